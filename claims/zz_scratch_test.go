package claims

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims/quantity"
)

func TestZZScratch(t *testing.T) {
	text := os.Getenv("ZZ_TEXT")
	if text == "" {
		t.Skip()
	}
	pub, _ := time.Parse("2006-01-02", os.Getenv("ZZ_DATE"))
	a := claimwatch.Article{ID: "t", Text: text, Published: pub, Lang: langOf(text)}
	x := extractor
	qs := quantity.Find(text)
	norm := fold(text)
	r := &reader{x: x, a: a, text: text, norm: norm, sents: sentences(text), ments: x.mentions(norm), qs: qs,
		times: map[int][]timeExpr{}, sources: map[int][2]string{}, metricHits: map[int][]hit{}, made: map[int]*Explanation{},
		asideSpans: map[int][]span{}, furnished: map[int]bool{}}
	r.source = r.articleSource()
	var prev *Explanation
	var prevQ quantity.Quantity
	for _, q := range qs {
		if !candidate(text, q) {
			fmt.Printf("NOTCAND %q\n", q.Text)
			continue
		}
		e, ok := r.claim(q, prev, prevQ)
		fmt.Printf("%v %q %+v\n", ok, q.Text, e)
		if ok {
			ee := e
			prev, prevQ = &ee, q
			r.made[q.Start] = prev
		}
	}
}
