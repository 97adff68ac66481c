// Package report writes source-comparison reports of facts: for each fact,
// every source's figure, who it came from (the origin tree), whether
// sources agree, and a chart of the figures over time coloured by origin.
// Reports come as one self-contained HTML file (inline CSS and SVG, no
// network), Markdown, CSV and JSON.
package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/verify"
	"github.com/claimwatch/claimwatch/verify/fx"
)

// Report is what a report shows.
type Report struct {
	Title string
	// Query says what was asked for ("entity=OpenAI metric=loss").
	Query string
	// Generated is when the report was made; zero leaves it out, so tests
	// are repeatable.
	Generated time.Time
	Facts     []verify.Fact
}

// Formats lists the formats Write knows.
var Formats = []string{"html", "md", "csv", "json"}

// FormatOf guesses a format from a file name's extension; "" when unknown.
func FormatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return "html"
	case ".md", ".markdown":
		return "md"
	case ".csv":
		return "csv"
	case ".json":
		return "json"
	}
	return ""
}

// Write writes r in format (html, md or markdown, csv, json).
func Write(w io.Writer, format string, r Report) error {
	switch strings.ToLower(format) {
	case "html":
		return HTML(w, r)
	case "md", "markdown":
		return Markdown(w, r)
	case "csv":
		return CSV(w, r)
	case "json":
		return JSON(w, r)
	}
	return fmt.Errorf("unknown report format %q (want html, md, csv or json)", format)
}

// JSON writes the report as one JSON object: title, query, generated and
// the facts as verify gives them.
func JSON(w io.Writer, r Report) error {
	out := struct {
		Title     string        `json:"title"`
		Query     string        `json:"query,omitempty"`
		Generated *time.Time    `json:"generated,omitempty"`
		Facts     []verify.Fact `json:"facts"`
	}{Title: r.Title, Query: r.Query, Facts: r.Facts}
	if !r.Generated.IsZero() {
		out.Generated = &r.Generated
	}
	if out.Facts == nil {
		out.Facts = []verify.Fact{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// csvHeader names the columns of CSV: one row per claim, with its fact.
var csvHeader = []string{"fact_id", "entity", "metric", "time", "per", "counterparty", "kind", "fact_value", "verdict",
	"independent_origins", "origin", "origin_label", "source", "url", "published", "value", "value_max", "unit",
	"value_usd", "rate", "rate_from", "approx", "modality", "attributed_to", "stale", "quote"}

// CSV writes one row per claim, each with its fact's verdict and its origin.
func CSV(w io.Writer, r Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	num := func(v float64) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	for _, f := range r.Facts {
		for _, c := range f.Claims {
			label := ""
			if c.Origin < len(f.Origins) {
				label = f.Origins[c.Origin].Label
			}
			rec := []string{f.ID, f.Entity, f.Metric, f.Time, f.Per, f.Counterparty, f.Kind, num(f.Value), f.Verdict,
				strconv.Itoa(f.IndependentOrigins), strconv.Itoa(c.Origin + 1), label, c.Source, c.URL,
				c.Published.Format(time.RFC3339), strconv.FormatFloat(c.Value, 'f', -1, 64), num(c.ValueMax), c.Unit,
				num(c.ValueUSD), num(c.Rate), c.RateFrom, c.Approx, c.Modality, c.AttributedTo, c.Stale, oneLine(c.Quote)}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// Markdown writes one section per fact: verdict, figures, origin tree and
// claims table.
func Markdown(w io.Writer, r Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdText(title(r)))
	if r.Query != "" {
		fmt.Fprintf(&b, "Query: `%s`  \n", strings.ReplaceAll(r.Query, "`", "'"))
	}
	if !r.Generated.IsZero() {
		fmt.Fprintf(&b, "Generated: %s  \n", r.Generated.UTC().Format("2006-01-02 15:04 UTC"))
	}
	fmt.Fprintf(&b, "%d facts.\n", len(r.Facts))
	for i, f := range r.Facts {
		fmt.Fprintf(&b, "\n## %d. %s\n\n", i+1, mdText(headline(f)))
		fmt.Fprintf(&b, "- **Verdict:** %s (%s)\n", f.Verdict, originsPhrase(f))
		fmt.Fprintf(&b, "- **Figure:** %s", figure(f.Value, f.Unit))
		if f.Low != f.High {
			fmt.Fprintf(&b, " (claims range %s to %s)", figure(f.Low, f.Unit), figure(f.High, f.Unit))
		}
		fmt.Fprintf(&b, "\n- **Seen:** %s to %s, %d claims\n", date(f.FirstSeen), date(f.LastSeen), len(f.Claims))
		fmt.Fprintf(&b, "- **Fact ID:** `%s`\n", f.ID)
		for _, rv := range f.ConflictsWith {
			fmt.Fprintf(&b, "- **Conflicts with:** `%s` (%s)\n", rv.ID, figure(rv.Value, f.Unit))
		}
		if o := f.Outcome; o != nil {
			fmt.Fprintf(&b, "- **Outcome:** %s\n", outcomePhrase(f, o))
		}
		if f.Stale {
			fmt.Fprintf(&b, "- **Stale:** repeated as current long after it first appeared\n")
		}
		for _, c := range f.Checks {
			fmt.Fprintf(&b, "- **Check:** %s\n", checkPhrase(c))
		}
		b.WriteString("\n### Origins\n\n")
		for oi, o := range f.Origins {
			fmt.Fprintf(&b, "%d. %s, first seen %s, %d article(s)\n", oi+1, mdText(o.Label), date(o.FirstSeen), o.Articles)
			mdTree(&b, o.Tree, "   ", o.Tree.URL == "")
		}
		b.WriteString("\n### Claims\n\n| source | published | figure | in USD | origin | approx | modality | credited | quote |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
		for _, c := range f.Claims {
			usd := ""
			if c.ValueUSD != 0 && c.Unit != "USD" {
				usd = figure(c.ValueUSD, "USD")
			}
			src := mdCell(c.Source)
			if c.URL != "" {
				src = fmt.Sprintf("[%s](%s)", src, c.URL)
			}
			stale := ""
			if c.Stale != "" {
				stale = " (stale)"
			}
			fmt.Fprintf(&b, "| %s | %s | %s%s | %s | %d | %s | %s | %s | %s |\n", src, date(c.Published), mdCell(claimFigure(c)), stale, usd,
				c.Origin+1, c.Approx, c.Modality, mdCell(c.AttributedTo), mdCell(clip(c.Quote, 200)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdTree(b *strings.Builder, n verify.Node, indent string, skipRoot bool) {
	if !skipRoot {
		fmt.Fprintf(b, "%s- %s\n", indent, nodeText(n, true))
		indent += "  "
	}
	for _, k := range n.Children {
		mdTree(b, k, indent, false)
	}
}

func nodeText(n verify.Node, md bool) string {
	s := n.Label
	if md {
		s = mdText(s)
		if n.URL != "" {
			s = fmt.Sprintf("[%s](%s)", s, n.URL)
		}
	}
	if !n.Published.IsZero() {
		s += ", " + date(n.Published)
	}
	if n.Via != "" {
		s += " (" + n.Via + ")"
	}
	return s
}

func title(r Report) string {
	if r.Title != "" {
		return r.Title
	}
	return "Source comparison"
}

// headline names a fact: "OpenAI · loss · 2022 · $540M".
func headline(f verify.Fact) string {
	parts := []string{f.Entity}
	if f.Product != "" {
		parts = append(parts, f.Product)
	}
	m := f.Metric
	if f.Change {
		m += " change"
	}
	parts = append(parts, m)
	if f.Counterparty != "" {
		parts = append(parts, "with "+f.Counterparty)
	}
	if f.Time != "" {
		parts = append(parts, f.Time)
	}
	v := figure(f.Value, f.Unit)
	if f.Per != "" {
		v += " a " + f.Per
	}
	if f.Modality == "forecast" {
		v += " (forecast)"
	}
	return strings.Join(append(parts, v), " · ")
}

func originsPhrase(f verify.Fact) string {
	n := f.IndependentOrigins
	s := fmt.Sprintf("%d independent origin", n)
	if n != 1 {
		s += "s"
	}
	arts := map[string]bool{}
	for _, c := range f.Claims {
		arts[c.ArticleID] = true
	}
	return fmt.Sprintf("%s, %d article(s)", s, len(arts))
}

func outcomePhrase(f verify.Fact, o *verify.Outcome) string {
	if o.FactID == f.ID {
		return "reported later as forecast (met)"
	}
	met := "missed"
	if o.Met {
		met = "met"
	}
	return fmt.Sprintf("reported later as %s, %+.1f%% against the forecast (%s; fact %s)", figure(o.Value, f.Unit), o.DiffPercent, met, o.FactID)
}

func checkPhrase(c verify.Check) string {
	ok := "consistent"
	if !c.OK {
		ok = "INCONSISTENT"
	}
	return fmt.Sprintf("%s → %s (%s → %s) is %+.2f%%; the article says %+g%%: %s", compact(c.From), compact(c.To), c.FromTime, c.ToTime, c.Computed, c.Stated, ok)
}

func claimFigure(c verify.Claim) string {
	s := figure(c.Value, c.Unit)
	if c.ValueMax != 0 {
		s += "–" + figure(c.ValueMax, c.Unit)
	}
	if c.Per != "" {
		s += " a " + c.Per
	}
	if c.Time != "" {
		s += " (" + c.Time + ")"
	}
	return s
}

// figure writes a value with its unit: $540M, 5.08M CNY, 1.5B, -12%.
func figure(v float64, unit string) string {
	switch unit {
	case "USD":
		if v < 0 {
			return "-$" + compact(-v)
		}
		return "$" + compact(v)
	case "percent":
		return strconv.FormatFloat(v, 'f', -1, 64) + "%"
	case "count", "":
		return compact(v)
	}
	return compact(v) + " " + unit
}

// compact writes 540000000 as 540M and 13510000000 as 13.51B.
func compact(v float64) string {
	a := math.Abs(v)
	for _, s := range []struct {
		div float64
		suf string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}} {
		if a >= s.div {
			return strconv.FormatFloat(fx.RoundSig(v/s.div, 4), 'f', -1, 64) + s.suf
		}
	}
	return strconv.FormatFloat(fx.RoundSig(v, 6), 'f', -1, 64)
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func clip(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func mdText(s string) string {
	return strings.NewReplacer("\\", "\\\\", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "`", "\\`").Replace(oneLine(s))
}

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", "\\|") }
