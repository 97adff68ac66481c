package digest

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strings"
	textt "text/template"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/verify"
)

// Rendered is a digest as email parts.
type Rendered struct {
	Subject string
	Text    string
	HTML    string // empty for a text-only subscriber
	Images  []Image
}

// Image is an inline image the HTML refers to as cid:ID.
type Image struct {
	ID   string // Content-ID without angle brackets
	Name string
	PNG  []byte
}

//go:embed digest.html.tmpl
var htmlTemplate string

//go:embed digest.txt.tmpl
var textTemplate string

var funcs = map[string]any{
	"figure":   figure,
	"fig":      FormatFigure,
	"kindText": kindText,
	"kindZH":   kindZH,
	"langName": langName,
	"sent":     sentText,
	"sentColor": func(s claimwatch.Sentiment) string {
		switch s.Label {
		case claimwatch.Positive:
			return "#1e7e34"
		case claimwatch.Negative:
			return "#b02a37"
		}
		return "#555555"
	},
	"verdictColor": func(v string) string {
		switch v {
		case verify.Corroborated:
			return "#1e7e34"
		case verify.Conflicting:
			return "#b02a37"
		}
		return "#8a6d00"
	},
	"metric": func(f verify.Fact) string {
		m := strings.ReplaceAll(f.Metric, "_", " ")
		if f.Product != "" && f.Metric == string(claimwatch.Other) {
			m = f.Product
		}
		if f.Change {
			m += " (change)"
		}
		if f.Counterparty != "" {
			m += " from " + f.Counterparty
		}
		return m
	},
	"date":  func(t time.Time) string { return t.Format("2006-01-02") },
	"clock": func(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02 15:04 MST") },
	"quotes": func(f verify.Fact, lang string) []verify.Claim {
		var out []verify.Claim
		seen := map[string]bool{}
		for _, c := range f.Claims {
			if (c.Lang == "zh") == (lang == "zh") && !seen[c.Quote] {
				seen[c.Quote] = true
				out = append(out, c)
			}
		}
		slices.SortStableFunc(out, func(a, b verify.Claim) int { return a.Published.Compare(b.Published) })
		if len(out) > 3 {
			out = out[:3]
		}
		return out
	},
	"staleWhy": func(f verify.Fact) string {
		for _, c := range f.Claims {
			if c.Stale != "" {
				return c.Stale
			}
		}
		return ""
	},
	"sources": sources,
	"sourceList": func(f verify.Fact) string {
		var names []string
		seen := map[string]bool{}
		for _, c := range f.Claims {
			if !seen[c.Source] {
				seen[c.Source] = true
				names = append(names, c.Source)
			}
		}
		return strings.Join(names, ", ")
	},
	"pct": func(v float64) string { return fmt.Sprintf("%+.1f%%", v) },
	"cid": func(id string) template.URL { return template.URL("cid:" + id) },
	"page": func(base, id string) string {
		if base == "" {
			return ""
		}
		return strings.TrimRight(base, "/") + "/articles/" + url.PathEscape(id)
	},
	"chartWidth": func() int { return ChartWidth },
	"add":        func(a, b int) int { return a + b },
}

var (
	htmlT = template.Must(template.New("digest").Funcs(funcs).Parse(htmlTemplate))
	textT = textt.Must(textt.New("digest").Funcs(funcs).Parse(textTemplate))
)

func figure(f verify.Fact) string {
	s := FormatFigure(f.Value, f.Unit)
	// A range only where the sources give one on one side of zero: the
	// spread of a change from -12% to 0% says nothing a reader can use.
	if lo, hi := FormatFigure(f.Low, f.Unit), FormatFigure(f.High, f.Unit); f.Low < f.High && f.Low*f.High > 0 && lo != hi {
		if sources(f) > 1 {
			s += " (" + lo + "–" + hi + ")"
		} else {
			s = lo + "–" + hi
		}
	}
	if f.Per != "" {
		s += "/" + f.Per
	}
	return s
}

func kindText(k string) string {
	return map[string]string{
		NewsOutcome:      "forecast settled",
		NewsConflicting:  "newly conflicting",
		NewsCorroborated: "newly corroborated",
		NewsStale:        "stale figure recirculating",
		NewsNew:          "new figure",
	}[k]
}

func kindZH(k string) string {
	return map[string]string{
		NewsOutcome:      "預測揭曉",
		NewsConflicting:  "說法衝突",
		NewsCorroborated: "獲獨立證實",
		NewsStale:        "舊數字重現",
		NewsNew:          "新數字",
	}[k]
}

func langName(a claimwatch.Article) string {
	switch {
	case a.Lang == "zh" && a.Script == "Hant":
		return "中文（繁體）"
	case a.Lang == "zh" && a.Script == "Hans":
		return "中文（简体）"
	case a.Lang == "zh":
		return "中文"
	case a.Lang == "en":
		return "English"
	}
	return a.Lang
}

func sentText(s claimwatch.Sentiment) string {
	if s.Label == "" {
		return "neutral"
	}
	return fmt.Sprintf("%s %+.2f", s.Label, s.Score)
}

// Subject is the digest's subject line: the day and what it holds, in both
// languages, so a reader of either knows it at a glance.
func Subject(d Digest) string {
	n := 0
	var names []string
	for _, e := range d.Entities {
		n += len(e.Facts)
		if len(e.Facts) > 0 && len(names) < 3 {
			names = append(names, e.Entity)
		}
	}
	s := fmt.Sprintf("claimwatch 每日摘要 %s: ", d.Day)
	switch {
	case n == 0 && len(d.Top) == 0:
		return s + "nothing new"
	case n == 0:
		return s + fmt.Sprintf("%d articles, no new figures", len(d.Top))
	}
	s += fmt.Sprintf("%d figures", n)
	if n == 1 {
		s = strings.TrimSuffix(s, "s")
	}
	return s + " (" + strings.Join(names, ", ") + ")"
}

// view is what the templates see.
type view struct {
	Digest
	Subject string
	HTML    bool
	Charts  map[string]Image // by fact ID
	Heights map[string]int
}

// Render turns a digest into its subject, text and (for an HTML
// subscriber) HTML with inline charts.
func Render(d Digest, format string) (Rendered, error) {
	v := view{Digest: d, Subject: Subject(d), HTML: format != "text", Charts: map[string]Image{}, Heights: map[string]int{}}
	r := Rendered{Subject: v.Subject}
	if v.HTML {
		for _, e := range d.Entities {
			for _, n := range e.Facts {
				if n.Chart == "" {
					continue
				}
				png, h, err := Chart(ChartBars(n.Fact), n.Fact.Value)
				if err != nil {
					return r, err
				}
				img := Image{ID: n.Chart, Name: "chart-" + n.Fact.ID + ".png", PNG: png}
				v.Charts[n.Fact.ID] = img
				v.Heights[n.Fact.ID] = h
				r.Images = append(r.Images, img)
			}
		}
		var b bytes.Buffer
		if err := htmlT.Execute(&b, v); err != nil {
			return r, fmt.Errorf("render digest html: %w", err)
		}
		r.HTML = b.String()
	}
	var b bytes.Buffer
	if err := textT.Execute(&b, v); err != nil {
		return r, fmt.Errorf("render digest text: %w", err)
	}
	r.Text = b.String()
	return r, nil
}
