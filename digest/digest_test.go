package digest

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/verify"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// The test world: a digest for 2026-11-29 at 07:00 in Taipei (23:00 UTC the
// day before) that follows a digest whose window ended a day earlier.
var (
	taipei, _    = time.LoadLocation("Asia/Taipei")
	earlier      = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC) // fetched before the window
	inWindow     = time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	testWindow   = Window{From: time.Date(2026, 11, 27, 23, 0, 0, 0, time.UTC), To: time.Date(2026, 11, 28, 23, 0, 0, 0, time.UTC)}
	testDay      = "2026-11-29"
	subscribeAll = Subscription{Email: "analyst@example.com", Time: "07:00", Location: taipei, Format: "html"}
)

type corpusBuilder struct{ c Corpus }

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func (b *corpusBuilder) article(id, source, lang, script, published string, fetched time.Time, title string, mentions ...claimwatch.Mention) string {
	a := claimwatch.Article{ID: id, URL: "https://" + source + ".example/" + id, Source: source, Title: title, Lang: lang, Script: script,
		Published: date(published), FetchedAt: fetched, Text: title, Mentions: mentions}
	for _, m := range mentions {
		if m.Sentiment.Score*m.Sentiment.Score > a.Sentiment.Score*a.Sentiment.Score {
			a.Sentiment = m.Sentiment
		}
	}
	b.c.Articles = append(b.c.Articles, a)
	return id
}

func (b *corpusBuilder) claim(art, lang, quote string, c claimwatch.Claim) {
	c.ArticleID, c.Lang, c.Quote = art, lang, quote
	if c.Approx == "" {
		c.Approx = claimwatch.Exact
	}
	if c.Modality == "" {
		c.Modality = claimwatch.Reported
	}
	b.c.Claims = append(b.c.Claims, c)
}

func mention(e string, score float64) claimwatch.Mention {
	label := claimwatch.Neutral
	if score > 0.05 {
		label = claimwatch.Positive
	} else if score < -0.05 {
		label = claimwatch.Negative
	}
	return claimwatch.Mention{Entity: e, Sentiment: claimwatch.Sentiment{Label: label, Score: score}}
}

// testCorpus has, in the window: a Traditional Chinese report that
// corroborates an English loss figure from before; the outcome of an
// earlier forecast; a stale cost figure repeated; a Simplified Chinese cost
// that conflicts with it; and an article about an IPO.
func testCorpus() Corpus {
	var b corpusBuilder
	loss := claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Time: "2022"}
	cost := claimwatch.Claim{Entity: "OpenAI", Product: "ChatGPT", Metric: claimwatch.OperatingCost, Value: 7e5, Unit: "USD", Per: "day"}

	a1 := b.article("a1", "ailedger", "en", "", "2023-05-05", earlier, "OpenAI's losses doubled to $540 million", mention("OpenAI", -0.4))
	l1 := loss
	l1.Approx, l1.AttributedTo = claimwatch.About, "The Information"
	b.claim(a1, "en", "OpenAI's losses roughly doubled to around $540 million last year", l1)
	a2 := b.article("a2", "wire", "en", "", "2024-01-10", earlier, "Anthropic expects $850 million in 2024 revenue", mention("Anthropic", 0.3))
	b.claim(a2, "en", "Anthropic expects revenue of $850 million in 2024", claimwatch.Claim{Entity: "Anthropic", Metric: claimwatch.Revenue, Value: 8.5e8, Unit: "USD", Time: "2024", Modality: claimwatch.Forecast})
	a3 := b.article("a3", "ailedger", "en", "", "2023-08-14", earlier, "ChatGPT costs $700,000 a day to run", mention("OpenAI", -0.2))
	b.claim(a3, "en", "ChatGPT costs about $700,000 a day to run", cost)

	b1 := b.article("b1", "technews", "zh", "Hant", "2023-08-17", inWindow, "OpenAI去年虧損5.4億美元", mention("OpenAI", -0.6))
	b.claim(b1, "zh", "OpenAI去年虧損擴大至5.4億美元", loss)
	b2 := b.article("b2", "ft", "en", "", "2025-03-01", inWindow, "Anthropic's 2024 revenue reached $1.2 billion", mention("Anthropic", 0.7))
	b.claim(b2, "en", "Anthropic's revenue reached $1.2 billion in 2024", claimwatch.Claim{Entity: "Anthropic", Metric: claimwatch.Revenue, Value: 1.2e9, Unit: "USD", Time: "2024"})
	b3 := b.article("b3", "blog", "en", "", "2025-06-01", inWindow, "Why ChatGPT burns $700,000 a day", mention("OpenAI", -0.3))
	b.claim(b3, "en", "ChatGPT burns $700,000 a day", cost)
	b4 := b.article("b4", "computewire", "zh", "Hans", "2025-06-02", inWindow, "ChatGPT每天运营成本约100万美元", mention("OpenAI", 0.1))
	c4 := cost
	c4.Value, c4.Approx = 1e6, claimwatch.About
	b.claim(b4, "zh", "ChatGPT每天的运营成本约为100万美元", c4)
	b.article("b5", "wire", "en", "", "2025-06-03", inWindow, "Meta weighs an IPO of its AI unit", mention("Meta", 0.5))
	return b.c
}

func compose(t *testing.T, sub Subscription) Digest {
	t.Helper()
	return Compose(testCorpus(), sub, testDay, testWindow, verify.Options{})
}

func kinds(d Digest) map[string][]string {
	out := map[string][]string{}
	for _, e := range d.Entities {
		for _, n := range e.Facts {
			out[e.Entity] = append(out[e.Entity], n.Kind+" "+n.Fact.Metric+" "+FormatFigure(n.Fact.Value, n.Fact.Unit))
		}
	}
	return out
}

func TestComposeSortsFactsIntoWhatChanged(t *testing.T) {
	d := compose(t, subscribeAll)
	got := kinds(d)
	want := map[string][]string{
		"OpenAI":    {"conflicting operating_cost $700K", "conflicting operating_cost $1M", "corroborated loss $540M"},
		"Anthropic": {"outcome revenue $850M", "new revenue $1.2B"},
	}
	for e, w := range want {
		if fmt.Sprint(got[e]) != fmt.Sprint(w) {
			t.Errorf("%s: got %q, want %q", e, got[e], w)
		}
	}
	if d.Entities[0].Entity != "OpenAI" {
		t.Errorf("the entity with most news comes first, got %s", d.Entities[0].Entity)
	}
	for _, e := range d.Entities {
		for _, n := range e.Facts {
			if n.Fact.Metric == "loss" && n.Chart == "" {
				t.Error("a figure from two sources has no chart")
			}
			if n.Kind == NewsConflicting && len(n.Rivals) == 0 {
				t.Error("a conflicting figure lacks its rival")
			}
		}
	}
	// Coverage: the window's most positive and negative articles per entity.
	for _, e := range d.Entities {
		switch e.Entity {
		case "OpenAI":
			if e.Negative == nil || e.Negative.Article.ID != "b1" || e.Positive == nil || e.Positive.Article.ID != "b4" {
				t.Errorf("OpenAI coverage: %+v / %+v", e.Positive, e.Negative)
			}
		case "Meta":
			if e.Positive == nil || e.Positive.Article.ID != "b5" || len(e.Facts) != 0 {
				t.Errorf("Meta: %+v", e)
			}
		}
	}
	if len(d.Top) != 5 || d.Top[0].Claims != 1 || d.Top[4].Article.ID != "b5" {
		t.Errorf("top articles: %+v", d.Top)
	}
	for _, a := range d.Top {
		if a.Article.FetchedAt.Before(testWindow.From) {
			t.Errorf("article %s from before the window is in the top list", a.Article.ID)
		}
	}
}

func TestComposeMarksAStaleFigureRecirculating(t *testing.T) {
	// Without the conflicting Chinese figure, the blog's repetition of a
	// two-year-old cost is the news.
	c := testCorpus()
	var claims []claimwatch.Claim
	for _, cl := range c.Claims {
		if cl.ArticleID != "b4" {
			claims = append(claims, cl)
		}
	}
	c.Claims = claims
	d := Compose(c, subscribeAll, testDay, testWindow, verify.Options{})
	if got := fmt.Sprint(kinds(d)["OpenAI"]); got != "[corroborated loss $540M stale operating_cost $700K]" {
		t.Errorf("OpenAI: %s", got)
	}
}

func TestComposeFollowsTheSubscription(t *testing.T) {
	tests := []struct {
		name     string
		sub      Subscription
		entities []string
		top      []string
	}{
		{"entity", Subscription{Entities: []string{"anthropic"}}, []string{"Anthropic"}, []string{"b2"}},
		{"metric", Subscription{Metrics: []string{"loss"}}, []string{"OpenAI", "Anthropic", "Meta"}, nil},
		{"language", Subscription{Languages: []string{"zh"}}, []string{"OpenAI"}, []string{"b1", "b4"}},
		{"keyword widens", Subscription{Entities: []string{"Anthropic"}, Keywords: []string{"ipo"}}, []string{"Anthropic", "Meta"}, []string{"b2", "b5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.sub.Email, tt.sub.Location = "x@example.com", taipei
			d := compose(t, tt.sub)
			var names []string
			for _, e := range d.Entities {
				names = append(names, e.Entity)
			}
			if fmt.Sprint(names) != fmt.Sprint(tt.entities) {
				t.Errorf("entities %q, want %q", names, tt.entities)
			}
			if tt.top != nil {
				var ids []string
				for _, a := range d.Top {
					ids = append(ids, a.Article.ID)
				}
				if fmt.Sprint(ids) != fmt.Sprint(tt.top) {
					t.Errorf("top %q, want %q", ids, tt.top)
				}
			}
			if tt.name == "metric" {
				for _, e := range d.Entities {
					for _, n := range e.Facts {
						if n.Fact.Metric != "loss" {
							t.Errorf("metric filter leaked %s", n.Fact.Metric)
						}
					}
				}
			}
		})
	}
}

func TestComposeOnlyNewsOfTheWindow(t *testing.T) {
	// The next day, with nothing new, the digest has nothing to say.
	next := Window{From: testWindow.To, To: testWindow.To.Add(24 * time.Hour)}
	d := Compose(testCorpus(), subscribeAll, "2026-11-30", next, verify.Options{})
	if !d.Empty() {
		t.Errorf("a digest with no new articles says %+v", kinds(d))
	}
	r, err := Render(d, "html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Subject, "nothing new") || !strings.Contains(r.Text, "沒有新消息") {
		t.Errorf("empty digest: %q\n%s", r.Subject, r.Text)
	}
}

func TestRenderTextMatchesGolden(t *testing.T) {
	d := compose(t, subscribeAll)
	d.BaseURL = "https://claims.example.com"
	r, err := Render(d, "text")
	if err != nil {
		t.Fatal(err)
	}
	if r.HTML != "" || len(r.Images) != 0 {
		t.Error("a text subscriber got HTML")
	}
	golden(t, "digest.txt", r.Subject+"\n\n"+r.Text)
}

func TestRenderHTMLPutsChineseAndEnglishSideBySide(t *testing.T) {
	d := compose(t, subscribeAll)
	r, err := Render(d, "html")
	if err != nil {
		t.Fatal(err)
	}
	h := r.HTML
	for _, want := range []string{
		`<td class="en"`, `<td class="zh"`, "OpenAI去年虧損擴大至5.4億美元", "ChatGPT每天的运营成本约为100万美元",
		"OpenAI&#39;s losses roughly doubled", `src="cid:chart-`, "newly corroborated", "獲獨立證實",
		"Outcome: reported $1.2B", "missed", "Most negative", "中文（繁體）", "中文（简体）", "Top articles",
		`href="https://technews.example/b1"`,
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(h, "<svg") || strings.Contains(h, "<style") || strings.Contains(h, "ZgotmplZ") {
		t.Error("HTML uses SVG, a style sheet or an unsafe URL: mail clients drop them")
	}
	if len(r.Images) == 0 {
		t.Fatal("no chart")
	}
	for _, img := range r.Images {
		if !strings.Contains(h, "cid:"+img.ID) {
			t.Errorf("chart %s is not referred to", img.ID)
		}
	}
	golden(t, "digest.html", h)
}

func TestChartHasABarPerSource(t *testing.T) {
	d := compose(t, subscribeAll)
	var fact verify.Fact
	for _, n := range d.Entities[0].Facts {
		if n.Fact.Metric == "loss" {
			fact = n.Fact
		}
	}
	bars := ChartBars(fact)
	if len(bars) != 2 || bars[0].Text != "$540M" {
		t.Fatalf("bars %+v", bars)
	}
	b, h, err := Chart(bars, fact.Value)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != ChartWidth*scale || img.Bounds().Dy() != h*scale || h < 2*barHeight {
		t.Errorf("chart %v, height %d", img.Bounds(), h)
	}
	// Some pixels are bar-coloured: the chart is not blank.
	r, g, bb, _ := img.At((labelWidth+2)*scale, (barGap+barHeight/2)*scale).RGBA()
	if r>>8 != 0x3b || g>>8 != 0x6e || bb>>8 != 0xa8 {
		t.Errorf("no bar where the first bar should be: %x %x %x", r>>8, g>>8, bb>>8)
	}
	if err := os.MkdirAll(filepath.Join("testdata", "screenshots"), 0o755); err == nil {
		os.WriteFile(filepath.Join("testdata", "screenshots", "chart.png"), b, 0o644)
	}
}

func TestFormatFigure(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{5.4e8, "USD", "$540M"}, {1.2e9, "USD", "$1.2B"}, {7e5, "USD", "$700K"}, {45, "percent", "45%"},
		{1.5e8, "count", "150M"}, {3e12, "USD", "$3T"}, {2500, "count", "2500"}, {5e9, "CNY", "5B CNY"},
	}
	for _, tt := range tests {
		if got := FormatFigure(tt.v, tt.unit); got != tt.want {
			t.Errorf("FormatFigure(%g, %s) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

func TestSendTimeIsInTheSubscribersZone(t *testing.T) {
	sub := Subscription{Time: "07:00", Location: taipei}
	at, err := SendTime(sub, "2026-11-29")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 11, 28, 23, 0, 0, 0, time.UTC); !at.Equal(want) {
		t.Errorf("07:00 in Taipei is %v, want %v", at.UTC(), want)
	}
	// 23:30 UTC on the 28th is already the 29th in Taipei.
	if got := Today(sub, time.Date(2026, 11, 28, 23, 30, 0, 0, time.UTC)); got != "2026-11-29" {
		t.Errorf("Today = %s", got)
	}
	ny, _ := time.LoadLocation("America/New_York")
	at, _ = SendTime(Subscription{Time: "07:00", Location: ny}, "2026-03-08") // the day clocks spring forward
	if at.UTC().Hour() != 11 {
		t.Errorf("07:00 EDT is %v", at.UTC())
	}
}

func TestMessageIsMultipartWithInlineCharts(t *testing.T) {
	d := compose(t, subscribeAll)
	r, err := Render(d, "html")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Message(r, Envelope{From: "claimwatch <digest@claims.example.com>", To: "analyst@example.com"}, testDay, testWindow.To)
	if err != nil {
		t.Fatal(err)
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if id := m.Header.Get("Message-ID"); id != "<"+MessageID("digest@claims.example.com", "analyst@example.com", testDay)+">" || !strings.HasSuffix(id, "@claims.example.com>") {
		t.Errorf("Message-ID %q", id)
	}
	subj, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil || subj != r.Subject || m.Header.Get("Subject") == r.Subject {
		t.Errorf("Subject %q (raw %q) not encoded as %q: %v", subj, m.Header.Get("Subject"), r.Subject, err)
	}
	parts := walk(t, m.Header.Get("Content-Type"), m.Body)
	for _, want := range []string{"text/plain", "text/html", "image/png"} {
		if parts[want] == nil {
			t.Errorf("no %s part in %v", want, keys(parts))
		}
	}
}

// walk returns the leaf parts of a MIME body by media type, decoded.
func walk(t *testing.T, ctype string, body io.Reader) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		b, _ := io.ReadAll(body)
		out[mt] = b
		return out
	}
	mr := multipart.NewReader(body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range walk(t, p.Header.Get("Content-Type"), p) {
			out[k] = v
		}
	}
	return out
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (run with -update after checking the change):\n%s", name, got)
	}
}
