// Package verify groups claims from different articles and languages into
// facts, compares their values in one currency, works out which sources are
// independent of one another (citations, shared attributions, copied text)
// and gives each fact a verdict: corroborated, single-origin or conflicting,
// with forecasts met by their outcomes and stale repetitions flagged.
//
// The work is bucketed by entity, metric and kind of unit before anything
// is compared pairwise, so grouping n claims costs about n log n.
package verify

import (
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/verify/fx"
)

// Verdicts.
const (
	Corroborated = "corroborated"  // two or more independent origins agree
	SingleOrigin = "single-origin" // one origin, however many echoes
	Conflicting  = "conflicting"   // independent origins give figures that disagree
)

// Kinds of value a fact compares.
const (
	KindMoney   = "money" // converted to USD
	KindCount   = "count"
	KindPercent = "percent"
)

// Options tune the grouping. The zero value is ready to use.
type Options struct {
	// FX converts money to USD; nil means the bundled table.
	FX *fx.Table
	// StaleAfter is how long after a figure first appeared an undated
	// repetition of it counts as stale; 0 means 365 days.
	StaleAfter time.Duration
	// ConflictRatio is the largest ratio between two disagreeing figures of
	// one entity, metric and time that still counts as a conflict; beyond
	// it the two are taken for different quantities (visits and unique
	// visitors). 0 means 3.
	ConflictRatio float64
}

// Fact is one figure about one thing, as every article that states it
// states it.
type Fact struct {
	ID           string `json:"id"`
	Entity       string `json:"entity"`
	Metric       string `json:"metric"`
	Kind         string `json:"kind"` // money, count or percent
	Unit         string `json:"unit"` // USD for money
	Per          string `json:"per,omitempty"`
	Time         string `json:"time,omitempty"`
	Counterparty string `json:"counterparty,omitempty"`
	Product      string `json:"product,omitempty"`
	Change       bool   `json:"change,omitempty"`
	Modality     string `json:"modality"` // the modality most of its claims have
	// Value is the fact's figure: the median of its claims' values (in USD
	// for money); Low and High bound what its claims say.
	Value float64 `json:"value"`
	Low   float64 `json:"low"`
	High  float64 `json:"high"`

	Verdict string `json:"verdict"`
	// IndependentOrigins counts the origins that are not only stale
	// repetitions.
	IndependentOrigins int       `json:"independent_origins"`
	Origins            []Origin  `json:"origins"`
	Claims             []Claim   `json:"claims"`
	FirstSeen          time.Time `json:"first_seen"`
	LastSeen           time.Time `json:"last_seen"`
	// ConflictsWith names the facts about the same thing whose figures
	// disagree with this one.
	ConflictsWith []Rival `json:"conflicts_with,omitempty"`
	// Outcome is, for a forecast, the figure later reported for its period.
	Outcome *Outcome `json:"outcome,omitempty"`
	// Stale is set when the figure was repeated as current long after it
	// first appeared, or after a newer figure replaced it.
	Stale  bool    `json:"stale,omitempty"`
	Checks []Check `json:"checks,omitempty"`
}

// Claim is one article's statement of a fact.
type Claim struct {
	ArticleID string    `json:"article_id"`
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published"`
	Lang      string    `json:"lang"`

	Value    float64 `json:"value"`
	ValueMax float64 `json:"value_max,omitempty"`
	Unit     string  `json:"unit"`
	// ValueUSD is the value in US dollars for money; Rate the units of Unit
	// per dollar used, and RateFrom where it came from: "article" when the
	// article states the conversion itself, "table" for the month's average.
	ValueUSD     float64 `json:"value_usd,omitempty"`
	Rate         float64 `json:"rate,omitempty"`
	RateFrom     string  `json:"rate_from,omitempty"`
	Time         string  `json:"time,omitempty"`
	Per          string  `json:"per,omitempty"`
	Approx       string  `json:"approx"`
	Modality     string  `json:"modality"`
	Counterparty string  `json:"counterparty,omitempty"`
	Product      string  `json:"product,omitempty"`
	AttributedTo string  `json:"attributed_to,omitempty"`
	Quote        string  `json:"quote"`
	// Origin is the index in Fact.Origins of the origin this claim repeats.
	Origin int `json:"origin"`
	// Stale explains why this repetition is stale, when it is.
	Stale string `json:"stale,omitempty"`
}

// Origin is one independent source of a fact: an outside source the
// articles credit, or the first article that stated it, with everyone who
// repeated it.
type Origin struct {
	Label     string    `json:"label"`
	FirstSeen time.Time `json:"first_seen"`
	Articles  int       `json:"articles"`
	Tree      Node      `json:"tree"`
}

// Node is one step of an origin tree.
type Node struct {
	Label     string    `json:"label"`
	ArticleID string    `json:"article_id,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Via says how the node is tied to its parent: "cites" (links to it),
	// "credits" (names it as the source), "same source", "same text".
	Via      string `json:"via,omitempty"`
	Children []Node `json:"children,omitempty"`
}

// Rival is a fact that disagrees with another.
type Rival struct {
	ID    string  `json:"id"`
	Value float64 `json:"value"`
}

// Outcome is the reported figure that settles a forecast.
type Outcome struct {
	FactID string  `json:"fact_id"`
	Value  float64 `json:"value"`
	// DiffPercent is how far the outcome is from the forecast, in percent
	// of the forecast.
	DiffPercent float64 `json:"diff_percent"`
	Met         bool    `json:"met"` // the outcome agrees with the forecast
}

// Check is a consistency check between related claims of one article: a
// stated change against the change its two levels give.
type Check struct {
	URL      string  `json:"url"`
	From     float64 `json:"from"`
	To       float64 `json:"to"`
	FromTime string  `json:"from_time"`
	ToTime   string  `json:"to_time"`
	Stated   float64 `json:"stated_percent"`
	Computed float64 `json:"computed_percent"`
	OK       bool    `json:"consistent"`
}

// ChangePercent is the change from a to b in percent: 1.7 billion to 1.5
// billion is -11.76.
func ChangePercent(a, b float64) float64 {
	if a == 0 {
		return 0
	}
	return (b/a - 1) * 100
}

// Input is what Facts reads: claims and the articles they come from.
type Input struct {
	Articles []claimwatch.Article
	Claims   []claimwatch.Claim
}
