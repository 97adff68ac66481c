package verify

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

// synthetic builds n claims, ten to an article, about a few thousand
// underlying figures: 40 entities, every metric, values rounded as news
// rounds them, some in yuan, some forecasts, a fifth of the articles
// reposts that cite an earlier one.
func synthetic(n int) Input {
	r := rand.New(rand.NewPCG(1, 2))
	type truth struct {
		entity string
		metric claimwatch.Metric
		unit   string
		time   string
		value  float64
	}
	truths := make([]truth, n/25)
	for i := range truths {
		unit := "USD"
		switch r.IntN(6) {
		case 0:
			unit = "count"
		case 1:
			unit = "percent"
		}
		truths[i] = truth{fmt.Sprintf("Entity%02d", r.IntN(40)), claimwatch.Metrics[r.IntN(len(claimwatch.Metrics))], unit,
			fmt.Sprintf("%d", 2018+r.IntN(8)), float64(1+r.IntN(999)) * []float64{1e6, 1e7, 1e8, 1e9}[r.IntN(4)]}
		if unit == "percent" {
			truths[i].value = float64(r.IntN(200) - 100)
		}
	}
	var in Input
	start := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := 0; len(in.Claims) < n; a++ {
		art := claimwatch.Article{ID: fmt.Sprintf("a%06d", a), URL: fmt.Sprintf("https://s%03d.example/a/%d", a%300, a),
			Source: fmt.Sprintf("s%03d", a%300), Published: start.Add(time.Duration(r.IntN(8*365*24)) * time.Hour)}
		if a > 10 && r.IntN(5) == 0 {
			art.Links = []claimwatch.Link{{URL: in.Articles[r.IntN(len(in.Articles))].URL}}
		}
		in.Articles = append(in.Articles, art)
		for k := 0; k < 10 && len(in.Claims) < n; k++ {
			t := truths[r.IntN(len(truths))]
			c := claimwatch.Claim{ArticleID: art.ID, Entity: t.entity, Metric: t.metric, Unit: t.unit, Time: t.time,
				Approx: claimwatch.Exact, Modality: claimwatch.Reported, Offset: k * 100,
				Quote: fmt.Sprintf("%s reported %s of %g in %s, said a source at outlet %d", t.entity, t.metric, t.value, t.time, a%300)}
			v := t.value * (1 + (r.Float64()-0.5)*0.02) // rounding noise
			switch r.IntN(10) {
			case 0:
				v *= 1.5 // a disagreeing figure
			case 1:
				c.Approx = claimwatch.About
			case 2:
				c.Modality = claimwatch.Forecast
			case 3:
				if t.unit == "USD" {
					c.Unit, v = "CNY", v*7.1
				}
			}
			c.Value = v
			in.Claims = append(in.Claims, c)
		}
	}
	return in
}

func BenchmarkFacts100k(b *testing.B) {
	in := synthetic(100_000)
	b.ResetTimer()
	for b.Loop() {
		facts := Facts(in, Options{})
		b.ReportMetric(float64(len(facts)), "facts")
	}
}
