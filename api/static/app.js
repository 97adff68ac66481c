// claimwatch: the little behaviour the pages need. Everything works without it.
(function () {
  "use strict";
  // Clicking a claim in the list highlights its place in the text, and back.
  function focus(id) {
    document.querySelectorAll("mark.claim.focus").forEach(function (m) { m.classList.remove("focus"); });
    var m = document.getElementById("c" + id);
    if (m) { m.classList.add("focus"); m.scrollIntoView({ block: "center", behavior: "smooth" }); }
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest("[data-claim]");
    if (!t) return;
    if (t.classList.contains("claimref")) { ev.preventDefault(); }
    focus(t.getAttribute("data-claim"));
  });
  document.documentElement.setAttribute("data-js", "ready");
})();
