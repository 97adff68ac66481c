package report

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/verify"
	"github.com/claimwatch/claimwatch/verify/fx"
)

// fonts is the font list of the page and the charts: Latin faces first,
// CJK faces where the machine has them, and the generic family last, so
// the text is legible anywhere; chart labels are source names and figures,
// which need no CJK glyph.
const fonts = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`

// palette colours origins; it is told apart by most colour-blind readers
// (Okabe–Ito).
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"}

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"headline": headline, "figure": figure, "date": date, "claimFigure": claimFigure, "origins": originsPhrase,
	"outcome": outcomePhrase, "check": checkPhrase, "clip": clip, "colour": func(off []int, fact, origin int) string { return colour(off[fact] + origin) }, "inc": func(i int) int { return i + 1 },
	"tree": treeHTML, "rate": func(r float64) string { return strconv.FormatFloat(fx.RoundSig(r, 5), 'f', -1, 64) },
	"iso": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: {{.Fonts}}; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-top: 1px solid #ddd; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta { color: #555; font-size: .9rem; }
.verdict { display: inline-block; padding: .1rem .55rem; border-radius: .8rem; font-weight: 600; font-size: .85rem; color: #fff; }
.corroborated { background: #1b7f3b; } .single-origin { background: #7a6a00; } .conflicting { background: #b3261e; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-top: .4rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
td.num { text-align: right; white-space: nowrap; }
.dot { display: inline-block; width: .75rem; height: .75rem; border-radius: 50%; vertical-align: middle; margin-right: .3rem; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
ul.tree li { margin: .15rem 0; }
ul.tree li::before { content: "└ "; color: #999; }
.via { color: #666; font-size: .85em; }
.chart { margin: .6rem 0; max-width: 100%; height: auto; }
.stale { color: #b3261e; font-size: .85em; }
.quote { color: #333; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="meta">{{if .Query}}Query: <code>{{.Query}}</code> · {{end}}{{len .Facts}} fact(s){{if not .Generated.IsZero}} · generated <time datetime="{{iso .Generated}}">{{.Generated.UTC.Format "2006-01-02 15:04 UTC"}}</time>{{end}} · claimwatch</p>
{{range .Charts}}{{.}}{{end}}
{{range $i, $f := .Facts}}
<section id="{{$f.ID}}">
<h2>{{inc $i}}. {{headline $f}}</h2>
<p><span class="verdict {{$f.Verdict}}">{{$f.Verdict}}</span> {{origins $f}} · fact <code>{{$f.ID}}</code> · seen {{date $f.FirstSeen}} to {{date $f.LastSeen}}</p>
<ul>
<li>Figure: <strong>{{figure $f.Value $f.Unit}}</strong>{{if ne $f.Low $f.High}} (claims range {{figure $f.Low $f.Unit}} to {{figure $f.High $f.Unit}}){{end}}</li>
{{range $f.ConflictsWith}}<li>Conflicts with <a href="#{{.ID}}"><code>{{.ID}}</code></a>: {{figure .Value $f.Unit}}</li>
{{end}}{{with $f.Outcome}}<li>Outcome: {{outcome $f .}}</li>
{{end}}{{if $f.Stale}}<li class="stale">Stale: repeated as current long after it first appeared</li>
{{end}}{{range $f.Checks}}<li>Check: {{check .}}</li>
{{end}}</ul>
<h3>Origins</h3>
{{range $oi, $o := $f.Origins}}<p><span class="dot" style="background:{{colour $.Offsets $i $oi}}"></span><strong>{{inc $oi}}. {{$o.Label}}</strong> <span class="via">first seen {{date $o.FirstSeen}}, {{$o.Articles}} article(s)</span></p>
{{tree $o.Tree}}
{{end}}
<h3>Claims</h3>
<table>
<tr><th>source</th><th>published</th><th>figure</th><th>in USD</th><th>origin</th><th>approx</th><th>modality</th><th>credited</th><th>quote</th></tr>
{{range $f.Claims}}<tr><td><span class="dot" style="background:{{colour $.Offsets $i .Origin}}"></span>{{if .URL}}<a href="{{.URL}}">{{.Source}}</a>{{else}}{{.Source}}{{end}}</td><td>{{date .Published}}</td><td class="num">{{claimFigure .}}{{if .Stale}} <span class="stale" title="{{.Stale}}">stale</span>{{end}}</td><td class="num">{{if and .ValueUSD (ne .Unit "USD")}}{{figure .ValueUSD "USD"}}{{if .RateFrom}} <span class="via">at {{rate .Rate}} {{.Unit}}/USD ({{.RateFrom}})</span>{{end}}{{end}}</td><td>{{inc .Origin}}</td><td>{{.Approx}}</td><td>{{.Modality}}</td><td>{{.AttributedTo}}</td><td class="quote" lang="{{.Lang}}">{{clip .Quote 240}}</td></tr>
{{end}}</table>
</section>
{{end}}
</body>
</html>
`))

func colour(i int) string { return palette[i%len(palette)] }

// offsets numbers the origins of all the facts of a report one after the
// other, so an origin has one colour in the chart and in its fact's section.
func offsets(facts []verify.Fact) []int {
	out := make([]int, len(facts))
	n := 0
	for i, f := range facts {
		out[i] = n
		n += len(f.Origins)
	}
	return out
}

// HTML writes the report as one self-contained page.
func HTML(w io.Writer, r Report) error {
	data := struct {
		Report
		Fonts   template.CSS
		Charts  []template.HTML
		Offsets []int
	}{Report: r, Fonts: template.CSS(fonts), Offsets: offsets(r.Facts)}
	data.Title = title(r)
	data.Charts = charts(r.Facts)
	return page.Execute(w, data)
}

func treeHTML(n verify.Node) template.HTML {
	var b strings.Builder
	b.WriteString(`<ul class="tree">`)
	if n.URL == "" && n.ArticleID == "" {
		// A credited outside source: its articles hang directly below.
		for _, k := range n.Children {
			treeNode(&b, k)
		}
	} else {
		treeNode(&b, n)
	}
	b.WriteString("</ul>")
	return template.HTML(b.String())
}

func treeNode(b *strings.Builder, n verify.Node) {
	b.WriteString("<li>")
	label := html.EscapeString(n.Label)
	if n.URL != "" && (strings.HasPrefix(n.URL, "http://") || strings.HasPrefix(n.URL, "https://")) {
		label = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(n.URL), label)
	}
	b.WriteString(label)
	if !n.Published.IsZero() {
		b.WriteString(" " + date(n.Published))
	}
	if n.Via != "" {
		fmt.Fprintf(b, ` <span class="via">%s</span>`, html.EscapeString(n.Via))
	}
	if len(n.Children) > 0 {
		b.WriteString("<ul>")
		for _, k := range n.Children {
			treeNode(b, k)
		}
		b.WriteString("</ul>")
	}
	b.WriteString("</li>")
}

// charts draws one chart per unit among the facts: every claim's figure by
// the date it was published, coloured by its origin, with a dashed line at
// each fact's figure.
func charts(facts []verify.Fact) []template.HTML {
	byUnit := map[string][]int{}
	var units []string
	for i, f := range facts {
		if _, ok := byUnit[f.Unit]; !ok {
			units = append(units, f.Unit)
		}
		byUnit[f.Unit] = append(byUnit[f.Unit], i)
	}
	var out []template.HTML
	off := offsets(facts)
	for _, u := range units {
		out = append(out, chart(facts, byUnit[u], off))
	}
	return out
}

type point struct {
	t      time.Time
	v      float64
	source string
	series int
}

// chart draws the SVG of some facts that share a unit.
func chart(facts []verify.Fact, idx []int, off []int) template.HTML {
	const (
		W, H                    = 860, 340
		left, right, top, below = 78, 210, 24, 46
	)
	type series struct {
		label, sources string
		colour         string
	}
	var (
		pts  []point
		ser  []series
		unit = facts[idx[0]].Unit
	)
	for fi, i := range idx {
		f := facts[i]
		for oi, o := range f.Origins {
			srcs := map[string]bool{}
			var names []string
			for _, c := range f.Claims {
				if c.Origin == oi && !srcs[c.Source] {
					srcs[c.Source] = true
					names = append(names, c.Source)
				}
			}
			label := o.Label
			if len(idx) > 1 {
				label = fmt.Sprintf("%d.%d %s", fi+1, oi+1, o.Label)
			}
			ser = append(ser, series{label: label, sources: strings.Join(names, ", "), colour: colour(off[i] + oi)})
			seen := map[string]bool{}
			for _, c := range f.Claims {
				if c.Origin != oi {
					continue
				}
				v := c.Value
				if f.Unit == "USD" {
					v = c.ValueUSD
				}
				// One article's figure in two currencies is one point.
				k := fmt.Sprintf("%s %.4g", c.ArticleID, v)
				if seen[k] {
					continue
				}
				seen[k] = true
				pts = append(pts, point{t: c.Published, v: v, source: c.Source, series: len(ser) - 1})
			}
		}
	}
	if len(pts) == 0 {
		return ""
	}
	t0, t1 := pts[0].t, pts[0].t
	v0, v1 := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		if p.t.Before(t0) {
			t0 = p.t
		}
		if p.t.After(t1) {
			t1 = p.t
		}
		v0, v1 = math.Min(v0, p.v), math.Max(v1, p.v)
	}
	for _, i := range idx {
		v0, v1 = math.Min(v0, facts[i].Value), math.Max(v1, facts[i].Value)
	}
	pad := t1.Sub(t0) / 12
	if pad < 5*24*time.Hour {
		pad = 5 * 24 * time.Hour
	}
	t0, t1 = t0.Add(-pad), t1.Add(pad)
	lo, hi, step := axis(v0, v1)
	x := func(t time.Time) float64 {
		return left + float64(t.Sub(t0))/float64(t1.Sub(t0))*float64(W-left-right)
	}
	y := func(v float64) float64 { return float64(H-below) - (v-lo)/(hi-lo)*float64(H-below-top) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="figures by publication date, coloured by origin" font-family='%s' font-size="12">`, W, H, W, H, strings.ReplaceAll(fonts, `"`, ""))
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%d" height="%d" fill="#fff"/>`, W, H)
	// Value grid.
	for v := lo; v <= hi+step/2; v += step {
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#e5e5e5"/>`, left, W-right, y(v), y(v))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" fill="#555">%s</text>`, left-6, y(v)+4, html.EscapeString(figure(v, unit)))
	}
	// Time ticks: months, or years over a long span.
	for _, tk := range timeTicks(t0, t1) {
		xx := x(tk)
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#bbb"/>`, xx, xx, H-below, H-below+4)
		label := tk.Format("2006-01")
		switch span := t1.Sub(t0); {
		case span > 3*365*24*time.Hour:
			label = tk.Format("2006")
		case span < 75*24*time.Hour:
			label = tk.Format("01-02")
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>`, xx, H-below+18, label)
	}
	fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#888"/>`, left, W-right, H-below, H-below)
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" fill="#555">published</text>`, (left+W-right)/2, H-8)
	// Each fact's figure.
	for n, i := range idx {
		f := facts[i]
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#999" stroke-dasharray="5 4"/>`, left, W-right, y(f.Value), y(f.Value))
		lab := figure(f.Value, unit)
		if len(idx) > 1 {
			lab = fmt.Sprintf("%d: %s", n+1, lab)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" fill="#777" font-size="11">%s</text>`, left+4, y(f.Value)-4, html.EscapeString(lab))
	}
	// Points, each labelled with its source: names are Latin, so they read
	// on a machine with no CJK font.
	sort.SliceStable(pts, func(a, b int) bool { return pts[a].t.Before(pts[b].t) })
	type box struct{ x0, x1, y float64 }
	var placed []box
	for _, p := range pts {
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="6" fill="%s" fill-opacity="0.85" stroke="#fff"><title>%s %s %s</title></circle>`,
			x(p.t), y(p.v), ser[p.series].colour, html.EscapeString(p.source), date(p.t), html.EscapeString(figure(p.v, unit)))
		// Labels that would overlap an earlier one move down a line.
		lb := box{x(p.t) + 8, x(p.t) + 8 + 6.5*float64(len([]rune(p.source))), y(p.v) + 4}
		for moved := true; moved; {
			moved = false
			for _, o := range placed {
				if lb.x0 < o.x1 && o.x0 < lb.x1 && math.Abs(lb.y-o.y) < 12 {
					lb.y = o.y + 13
					moved = true
				}
			}
		}
		placed = append(placed, lb)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" fill="%s" font-size="11">%s</text>`, lb.x0, lb.y, ser[p.series].colour, html.EscapeString(p.source))
	}
	// Legend: one line per origin, with the sources that repeat it.
	lx := W - right + 14
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="bold" fill="#333">origins</text>`, lx, top+4)
	for i, s := range ser {
		yy := top + 24 + i*34
		if yy > H-below {
			fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#555">… %d more</text>`, lx, yy, len(ser)-i)
			break
		}
		fmt.Fprintf(&b, `<circle cx="%d" cy="%d" r="6" fill="%s"/>`, lx+6, yy-4, s.colour)
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#222">%s</text>`, lx+18, yy, html.EscapeString(clip(s.label, 24)))
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#666" font-size="10">%s</text>`, lx+18, yy+13, html.EscapeString(clip(s.sources, 30)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// axis picks a range and step of 4–6 round ticks covering lo..hi, from
// zero when the figures are all positive.
func axis(lo, hi float64) (float64, float64, float64) {
	if lo > 0 {
		lo = 0
	}
	if hi < 0 {
		hi = 0
	}
	if hi == lo {
		hi = lo + 1
	}
	raw := (hi - lo) / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	return math.Floor(lo/step) * step, math.Ceil(hi*1.05/step) * step, step
}

func timeTicks(t0, t1 time.Time) []time.Time {
	span := t1.Sub(t0)
	if span < 75*24*time.Hour {
		// Short spans: a tick a week (or a day), labelled with the date.
		every := 7
		if span < 15*24*time.Hour {
			every = 1
		}
		if span < 40*24*time.Hour && every == 7 {
			every = 3
		}
		t := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
		var out []time.Time
		for ; t.Before(t1); t = t.AddDate(0, 0, every) {
			out = append(out, t)
		}
		return out
	}
	months := 1
	switch {
	case span > 8*365*24*time.Hour:
		months = 24
	case span > 3*365*24*time.Hour:
		months = 12
	case span > 365*24*time.Hour:
		months = 3
	case span > 180*24*time.Hour:
		months = 2
	}
	t := time.Date(t0.Year(), t0.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	if months >= 12 {
		t = time.Date(t0.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	var out []time.Time
	for ; t.Before(t1); t = t.AddDate(0, months, 0) {
		out = append(out, t)
	}
	return out
}
