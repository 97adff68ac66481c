// Package digest composes, schedules and sends the daily email: what changed
// in the money story since a subscriber's last digest, built around facts
// (new figures, newly corroborated or conflicting ones, forecasts met by
// their outcome, stale figures recirculating), then the day's most positive
// and most negative coverage per entity and the top articles. It renders
// HTML (with a small PNG chart per figure several sources state) and plain
// text, builds the MIME message, and sends it over SMTP exactly once per
// recipient and day through a Ledger the caller provides.
package digest

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/verify"
)

// Subscription is one recipient and what they follow. Entities, Metrics and
// Languages narrow (empty follows everything); Keywords widen: an article
// or figure that names a keyword is included even about an entity or metric
// the subscriber does not follow (in a language they read).
type Subscription struct {
	Email     string
	Entities  []string
	Metrics   []string
	Languages []string
	Keywords  []string
	Time      string         // HH:MM, when the digest goes out
	Location  *time.Location // the subscriber's time zone; nil is UTC
	Format    string         // html or text
}

// Corpus is what a digest is made from: the articles (with text, sentiment
// and mentions) and their claims.
type Corpus struct {
	Articles []claimwatch.Article
	Claims   []claimwatch.Claim
}

// Window is the stretch of time a digest covers: articles that arrived
// (were fetched) in [From, To).
type Window struct {
	From, To time.Time
}

func (w Window) has(t time.Time) bool { return !t.Before(w.From) && t.Before(w.To) }

// Kinds of fact news, in the order the digest shows them.
const (
	NewsOutcome      = "outcome"      // a forecast met (or missed) its outcome
	NewsConflicting  = "conflicting"  // independent sources now disagree
	NewsCorroborated = "corroborated" // a second independent source now agrees
	NewsStale        = "stale"        // an old figure repeated as current
	NewsNew          = "new"          // a figure not seen before
)

// FactNews is one fact and why it is in the digest.
type FactNews struct {
	Kind string
	Fact verify.Fact
	// Rivals are the facts this one conflicts with, as far as the corpus has them.
	Rivals []verify.Fact
	// Chart is the content ID of the fact's chart, when it has one (several
	// sources state it).
	Chart string
}

// Coverage is one article's stance toward an entity.
type Coverage struct {
	Article   claimwatch.Article
	Sentiment claimwatch.Sentiment
}

// EntitySection is everything the digest says about one entity.
type EntitySection struct {
	Entity   string
	Facts    []FactNews
	Positive *Coverage // the day's most positive coverage of the entity
	Negative *Coverage // and the most negative
}

// ArticleLine is one of the day's top articles.
type ArticleLine struct {
	Article claimwatch.Article
	Claims  int
}

// Digest is the content of one email.
type Digest struct {
	To       string
	Day      string // YYYY-MM-DD in the subscriber's zone
	Window   Window
	Location *time.Location
	Entities []EntitySection
	Top      []ArticleLine
	BaseURL  string // the web page, when one serves the corpus
	// Articles counts the window's articles the subscriber follows.
	Articles int
}

// Empty reports whether the digest has nothing to say.
func (d Digest) Empty() bool { return len(d.Entities) == 0 && len(d.Top) == 0 }

// MaxTop is how many top articles a digest lists.
const MaxTop = 10

// Compose builds the digest of sub for day over the articles that arrived
// in w. Facts are grouped over the whole corpus, so corroboration counts
// every source; what the previous digest knew is the same grouping over the
// articles that arrived before w, so "newly corroborated" needs no state.
func Compose(c Corpus, sub Subscription, day string, w Window, opts verify.Options) Digest {
	loc := sub.Location
	if loc == nil {
		loc = time.UTC
	}
	d := Digest{To: sub.Email, Day: day, Window: w, Location: loc}
	f := newFilter(sub)

	byID := map[string]*claimwatch.Article{}
	for i := range c.Articles {
		byID[c.Articles[i].ID] = &c.Articles[i]
	}
	var nowIn, beforeIn verify.Input
	for _, a := range c.Articles {
		if a.FetchedAt.Before(w.To) {
			nowIn.Articles = append(nowIn.Articles, a)
		}
		if a.FetchedAt.Before(w.From) {
			beforeIn.Articles = append(beforeIn.Articles, a)
		}
	}
	for _, cl := range c.Claims {
		a := byID[cl.ArticleID]
		if a == nil {
			continue
		}
		if a.FetchedAt.Before(w.To) {
			nowIn.Claims = append(nowIn.Claims, cl)
		}
		if a.FetchedAt.Before(w.From) {
			beforeIn.Claims = append(beforeIn.Claims, cl)
		}
	}
	now := verify.Facts(nowIn, opts)
	var before []verify.Fact
	if len(beforeIn.Claims) > 0 {
		before = verify.Facts(beforeIn, opts)
	}
	prev := matcher(before)
	factByID := map[string]verify.Fact{}
	for _, fc := range now {
		factByID[fc.ID] = fc
	}

	sections := map[string]*EntitySection{}
	section := func(e string) *EntitySection {
		s := sections[e]
		if s == nil {
			s = &EntitySection{Entity: e}
			sections[e] = s
		}
		return s
	}
	for _, fc := range now {
		settled := false // a forecast whose outcome arrived in the window
		if fc.Outcome != nil {
			if of, ok := factByID[fc.Outcome.FactID]; ok && touched(of, byID, w) {
				settled = true
			}
		}
		if !(touched(fc, byID, w) || settled) || !f.fact(fc, byID) {
			continue
		}
		old, existed := prev(fc)
		kind := ""
		switch {
		case fc.Outcome != nil && (!existed || old.Outcome == nil):
			kind = NewsOutcome
		case fc.Verdict == verify.Conflicting && (!existed || old.Verdict != verify.Conflicting):
			kind = NewsConflicting
		case fc.Verdict == verify.Corroborated && (!existed || old.Verdict != verify.Corroborated):
			kind = NewsCorroborated
		case fc.Stale && staleInWindow(fc, byID, w):
			kind = NewsStale
		case !existed:
			kind = NewsNew
		default:
			continue // known before and nothing about it changed
		}
		n := FactNews{Kind: kind, Fact: fc}
		for _, r := range fc.ConflictsWith {
			if rf, ok := factByID[r.ID]; ok {
				n.Rivals = append(n.Rivals, rf)
			}
		}
		if sources(fc) >= 2 {
			n.Chart = "chart-" + fc.ID + "@claimwatch"
		}
		s := section(fc.Entity)
		s.Facts = append(s.Facts, n)
	}

	// Coverage and top articles: the window's articles the subscriber follows.
	var inWindow []claimwatch.Article
	claimsOf := map[string]int{}
	for _, cl := range c.Claims {
		claimsOf[cl.ArticleID]++
	}
	for _, a := range c.Articles {
		if w.has(a.FetchedAt) && f.article(a) {
			inWindow = append(inWindow, a)
		}
	}
	d.Articles = len(inWindow)
	for _, a := range inWindow {
		for _, m := range a.Mentions {
			if !f.entity(m.Entity) && !f.keywordIn(a.Title+"\n"+a.Text) {
				continue
			}
			s := section(m.Entity)
			cv := &Coverage{Article: a, Sentiment: m.Sentiment}
			if m.Sentiment.Label == claimwatch.Positive && (s.Positive == nil || better(cv, s.Positive, 1)) {
				s.Positive = cv
			}
			if m.Sentiment.Label == claimwatch.Negative && (s.Negative == nil || better(cv, s.Negative, -1)) {
				s.Negative = cv
			}
		}
		d.Top = append(d.Top, ArticleLine{Article: a, Claims: claimsOf[a.ID]})
	}
	slices.SortStableFunc(d.Top, func(a, b ArticleLine) int {
		return cmp.Or(cmp.Compare(b.Claims, a.Claims),
			cmp.Compare(abs(b.Article.Sentiment.Score), abs(a.Article.Sentiment.Score)),
			b.Article.Published.Compare(a.Article.Published), cmp.Compare(a.Article.ID, b.Article.ID))
	})
	if len(d.Top) > MaxTop {
		d.Top = d.Top[:MaxTop]
	}

	order := map[string]int{NewsOutcome: 0, NewsConflicting: 1, NewsCorroborated: 2, NewsStale: 3, NewsNew: 4}
	for _, s := range sections {
		slices.SortStableFunc(s.Facts, func(a, b FactNews) int {
			return cmp.Or(cmp.Compare(order[a.Kind], order[b.Kind]), cmp.Compare(a.Fact.Metric, b.Fact.Metric),
				cmp.Compare(a.Fact.Time, b.Fact.Time), cmp.Compare(a.Fact.Value, b.Fact.Value))
		})
		d.Entities = append(d.Entities, *s)
	}
	// Entities with the most news first; ties by name.
	slices.SortStableFunc(d.Entities, func(a, b EntitySection) int {
		return cmp.Or(cmp.Compare(len(b.Facts), len(a.Facts)), cmp.Compare(a.Entity, b.Entity))
	})
	return d
}

// better reports whether a is further in direction sign than b (ties go to
// the article with more words of the entity, then the earlier ID, so the
// choice is stable).
func better(a, b *Coverage, sign float64) bool {
	if a.Sentiment.Score*sign != b.Sentiment.Score*sign {
		return a.Sentiment.Score*sign > b.Sentiment.Score*sign
	}
	return a.Article.ID < b.Article.ID
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// touched reports whether an article of w states the fact.
func touched(f verify.Fact, arts map[string]*claimwatch.Article, w Window) bool {
	for _, c := range f.Claims {
		if a := arts[c.ArticleID]; a != nil && w.has(a.FetchedAt) {
			return true
		}
	}
	return false
}

func staleInWindow(f verify.Fact, arts map[string]*claimwatch.Article, w Window) bool {
	for _, c := range f.Claims {
		if a := arts[c.ArticleID]; c.Stale != "" && a != nil && w.has(a.FetchedAt) {
			return true
		}
	}
	return false
}

// sources counts the distinct sources that state a fact.
func sources(f verify.Fact) int {
	seen := map[string]bool{}
	for _, c := range f.Claims {
		seen[c.Source] = true
	}
	return len(seen)
}

// matcher finds, for a fact of today's grouping, the same fact in the
// earlier grouping: by ID, else by a claim they share (a fact's ID follows
// its first claim, which a newly found earlier article can change).
func matcher(before []verify.Fact) func(verify.Fact) (verify.Fact, bool) {
	byID := map[string]int{}
	byClaim := map[string]int{}
	for i, f := range before {
		byID[f.ID] = i
		for _, c := range f.Claims {
			byClaim[claimKey(c)] = i
		}
	}
	return func(f verify.Fact) (verify.Fact, bool) {
		if i, ok := byID[f.ID]; ok {
			return before[i], true
		}
		for _, c := range f.Claims {
			if i, ok := byClaim[claimKey(c)]; ok {
				return before[i], true
			}
		}
		return verify.Fact{}, false
	}
}

func claimKey(c verify.Claim) string { return c.ArticleID + "\x00" + c.Quote }

// filter is a subscription's choices, ready to match.
type filter struct {
	entities, metrics, langs map[string]bool
	keywords                 []string
}

func newFilter(s Subscription) filter {
	set := func(xs []string) map[string]bool {
		if len(xs) == 0 {
			return nil
		}
		m := map[string]bool{}
		for _, x := range xs {
			m[strings.ToLower(strings.TrimSpace(x))] = true
		}
		return m
	}
	f := filter{entities: set(s.Entities), metrics: set(s.Metrics), langs: set(s.Languages)}
	for _, k := range s.Keywords {
		if k = strings.ToLower(strings.TrimSpace(k)); k != "" {
			f.keywords = append(f.keywords, k)
		}
	}
	return f
}

func (f filter) entity(e string) bool { return f.entities == nil || f.entities[strings.ToLower(e)] }
func (f filter) metric(m string) bool { return f.metrics == nil || f.metrics[strings.ToLower(m)] }
func (f filter) lang(l string) bool   { return f.langs == nil || f.langs[strings.ToLower(l)] }

func (f filter) keywordIn(text string) bool {
	if len(f.keywords) == 0 {
		return false
	}
	text = strings.ToLower(text)
	for _, k := range f.keywords {
		if strings.Contains(text, k) {
			return true
		}
	}
	return false
}

// fact: in a language the subscriber reads, and about what they follow or
// naming a keyword.
func (f filter) fact(fc verify.Fact, arts map[string]*claimwatch.Article) bool {
	readable := false
	keyword := false
	for _, c := range fc.Claims {
		if f.lang(c.Lang) {
			readable = true
			if a := arts[c.ArticleID]; f.keywordIn(c.Quote) || (a != nil && f.keywordIn(a.Title)) {
				keyword = true
			}
		}
	}
	if !readable {
		return false
	}
	return keyword || (f.entity(fc.Entity) && f.metric(fc.Metric))
}

// article: in a language the subscriber reads, and naming an entity they
// follow (or any, when they follow all) or a keyword.
func (f filter) article(a claimwatch.Article) bool {
	if !f.lang(a.Lang) {
		return false
	}
	if f.keywordIn(a.Title + "\n" + a.Text) {
		return true
	}
	if f.entities == nil {
		return true
	}
	for _, m := range a.Mentions {
		if f.entity(m.Entity) {
			return true
		}
	}
	return false
}
