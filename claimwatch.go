// Package claimwatch holds the domain types shared by every stage of the
// pipeline: sources, pages, articles, claims and their sentiment. It has no
// logic beyond the invariants of those types and depends on the standard
// library alone, so every other package can use it without pulling anything in.
package claimwatch

import (
	"net/http"
	"time"
)

// SourceKind says how a source is read.
type SourceKind string

// The kinds of source feeds.yaml may name.
const (
	KindFeed SourceKind = "feed" // RSS, Atom or JSON Feed, read with gofeed
	KindSite SourceKind = "site" // HTML listing pages crawled for article links
)

// Source is one publisher claimwatch reads, as configured in feeds.yaml.
type Source struct {
	Name string     // short unique name, e.g. "techcrunch"
	Kind SourceKind // feed or site
	URL  string     // the feed URL or the first listing page
	// AllowedDomains limits what a crawl of this source may fetch; empty means
	// the host of URL only.
	AllowedDomains []string
	// Delay is the pause between two requests to one host.
	Delay time.Duration
	// Lang is the language the source writes in ("en", "zh"), Script its
	// Chinese script ("Hant", "Hans"); both are hints, the article's own
	// text decides when it disagrees.
	Lang   string
	Script string
	// ArticlePattern is a regular expression an article URL must match on a
	// listing page (sites only); empty takes every same-site link.
	ArticlePattern string
	// MaxPages caps the pages fetched from this source in one run.
	MaxPages int
	// Concurrency is the most requests in flight to one host of this
	// source at a time (1 unless configured).
	Concurrency int
	// Interval is how often `serve` polls the source.
	Interval time.Duration
	// Sitemap is the URL of a (news) sitemap listing the site's articles.
	Sitemap string
	// FollowPattern is a regular expression for further listing pages
	// (pagination, sections) a site crawl may follow, up to MaxDepth.
	FollowPattern string
	// MaxDepth is how many listing pages deep a site crawl goes (1: only URL).
	MaxDepth int
}

// Entity is an organization claimwatch watches, with every name it goes by.
type Entity struct {
	Name     string   // canonical name, e.g. "OpenAI"
	Aliases  []string // other names in English, Traditional and Simplified Chinese
	Products []string // products that stand for the entity ("ChatGPT" → OpenAI)
}

// FeedItem is what a feed said about an article before its page was fetched.
type FeedItem struct {
	Title     string
	Summary   string
	Published time.Time
	Author    string
}

// Page is one fetched document, decoded to UTF-8.
type Page struct {
	URL         string // the URL as requested (canonical form)
	FinalURL    string // after redirects
	Source      string // Source.Name
	Status      int
	Header      http.Header
	ContentType string
	Charset     string // the charset the body was decoded from
	Body        []byte // UTF-8
	FetchedAt   time.Time
	Feed        *FeedItem // set when the page was found through a feed
	// LangHint and ScriptHint come from the source's configuration.
	LangHint   string
	ScriptHint string
}

// Link is a hyperlink an article cites.
type Link struct {
	URL  string `json:"url"`
	Text string `json:"text,omitempty"`
}

// Article is the readable content of a page.
type Article struct {
	ID        string    `json:"id"` // stable: derived from the canonical URL
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Byline    string    `json:"byline,omitempty"`
	SiteName  string    `json:"site_name,omitempty"`
	Published time.Time `json:"published"`
	Updated   time.Time `json:"updated,omitzero"` // last modified, when the page says so
	Canonical string    `json:"canonical,omitempty"`
	Image     string    `json:"image,omitempty"`
	Lang      string    `json:"lang"`             // "en", "zh" or "other"
	Script    string    `json:"script,omitempty"` // "Hant" or "Hans" for Chinese
	Text      string    `json:"text"`             // main text, paragraphs separated by blank lines
	Links     []Link    `json:"links,omitempty"`  // links the article cites
	// Attributions are the outlets the article credits ("Analytics India Magazine").
	Attributions []string  `json:"attributions,omitempty"`
	Sentiment    Sentiment `json:"sentiment"`
	// Mentions are the entities the article names, each with the
	// sentiment toward it (an article may praise Meta and doubt OpenAI).
	Mentions []Mention `json:"mentions,omitempty"`
	// DuplicateOf names an earlier article whose text this one repeats,
	// exactly or nearly (the same story republished). Both are kept.
	DuplicateOf string    `json:"duplicate_of,omitempty"`
	FetchedAt   time.Time `json:"fetched_at"`
}

// Mention is an entity an article names and the article's sentiment toward it.
type Mention struct {
	Entity    string    `json:"entity"`
	Sentiment Sentiment `json:"sentiment"`
}

// Sentiment is a label and a score in [-1, 1].
type Sentiment struct {
	Label string  `json:"label"` // positive, negative or neutral
	Score float64 `json:"score"`
}

// Sentiment labels.
const (
	Positive = "positive"
	Negative = "negative"
	Neutral  = "neutral"
)

// Metric is one word of the metric vocabulary of CLAIMS.md.
type Metric string

// The metric vocabulary.
const (
	Revenue           Metric = "revenue"
	AnnualizedRevenue Metric = "annualized_revenue"
	Profit            Metric = "profit"
	Loss              Metric = "loss"
	OperatingCost     Metric = "operating_cost"
	ComputeCost       Metric = "compute_cost"
	TrainingCost      Metric = "training_cost"
	StaffCost         Metric = "staff_cost"
	CashBurn          Metric = "cash_burn"
	Funding           Metric = "funding"
	Valuation         Metric = "valuation"
	Capex             Metric = "capex"
	Users             Metric = "users"
	GPUs              Metric = "gpus"
	Employees         Metric = "employees"
	Other             Metric = "other"
)

// Metrics lists the vocabulary in the order CLAIMS.md gives it.
var Metrics = []Metric{Revenue, AnnualizedRevenue, Profit, Loss, OperatingCost,
	ComputeCost, TrainingCost, StaffCost, CashBurn, Funding, Valuation, Capex,
	Users, GPUs, Employees, Other}

// Claim is one numeric statement about an organization, as one article makes
// it. Its JSON form is the record of CLAIMS.md, field for field; the fields
// that tie it to the store are not part of that record.
type Claim struct {
	Entity       string    `json:"entity"`
	Product      string    `json:"product,omitempty"`
	Counterparty string    `json:"counterparty,omitempty"`
	Metric       Metric    `json:"metric"`
	Value        float64   `json:"value"`
	ValueMax     float64   `json:"value_max,omitempty"` // 0 when the figure is not a range
	Unit         string    `json:"unit"`                // ISO 4217, "percent" or "count"
	Per          string    `json:"per,omitempty"`
	Time         string    `json:"time,omitempty"`
	Change       bool      `json:"change,omitempty"`
	Approx       string    `json:"approx"`   // exact, about, at_least, at_most
	Modality     string    `json:"modality"` // reported or forecast
	AttributedTo string    `json:"attributed_to,omitempty"`
	Quote        string    `json:"quote"`
	Lang         string    `json:"lang"`
	Sentiment    Sentiment `json:"sentiment"`

	// ArticleID names the article the claim was read from; Offset is the
	// byte offset of the figure in the article's text.
	ArticleID string `json:"-"`
	Offset    int    `json:"-"`
}

// Units that are not currencies.
const (
	UnitPercent = "percent"
	UnitCount   = "count"
)

// Approximation qualifiers.
const (
	Exact   = "exact"
	About   = "about"
	AtLeast = "at_least"
	AtMost  = "at_most"
)

// Modalities.
const (
	Reported = "reported"
	Forecast = "forecast"
)
