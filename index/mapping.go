package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/liuzl/gocc"
)

// Analysis: one analyzer serves English and Chinese, so a query is analysed
// the same way whatever the language of the document it should find.
// Traditional characters are folded to Simplified before tokenizing (虧損
// and 亏损 become one term), Han runs are indexed as overlapping bigrams (the
// cjk analyzer's approach: no dictionary needed), and Latin words are
// lower-cased, stop-filtered and stemmed as the en analyzer does.
const (
	analyzerName  = "claimwatch"
	t2sFilterName = "claimwatch_t2s"
	keywordName   = "keyword"
	typeField     = "type"
	typeArticle   = "article"
	typeClaim     = "claim"
)

var (
	t2sOnce sync.Once
	t2sConv *gocc.OpenCC
	t2sErr  error
)

// toSimplified converts Traditional Chinese to Simplified. Text without
// Han characters is returned as is, which keeps English documents fast.
func toSimplified(s string) string {
	if !hasHan(s) {
		return s
	}
	t2sOnce.Do(func() { t2sConv, t2sErr = gocc.New("t2s") })
	if t2sErr != nil {
		return s
	}
	out, err := t2sConv.Convert(s)
	if err != nil {
		return s
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FA1F {
			return true
		}
	}
	return false
}

type t2sFilter struct{}

func (t2sFilter) Filter(in []byte) []byte { return []byte(toSimplified(string(in))) }

func init() {
	registry.RegisterCharFilter(t2sFilterName, func(map[string]any, *registry.Cache) (analysis.CharFilter, error) {
		return t2sFilter{}, nil
	})
}

func buildMapping() (mapping.IndexMapping, error) {
	im := mapping.NewIndexMapping()
	err := im.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":         custom.Name,
		"char_filters": []string{t2sFilterName},
		"tokenizer":    unicode.Name,
		"token_filters": []string{
			cjk.WidthName, en.PossessiveName, lowercase.Name, cjk.BigramName,
			en.StopName, en.SnowballStemmerName,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	im.DefaultAnalyzer = analyzerName
	im.TypeField = typeField
	im.DefaultMapping.Enabled = false

	text := func(store bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = store
		f.IncludeTermVectors = true // phrases and highlights
		return f
	}
	keyword := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Store = true
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		return f
	}
	date := func() *mapping.FieldMapping {
		f := mapping.NewDateTimeFieldMapping()
		f.Store = true
		f.IncludeInAll = false
		return f
	}
	num := func() *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.Store = true
		f.IncludeInAll = false
		return f
	}

	art := mapping.NewDocumentStaticMapping()
	art.AddFieldMappingsAt("title", text(true))
	art.AddFieldMappingsAt("text", text(true))
	for _, k := range []string{"type", "source", "lang", "script", "entity", "metric", "sentiment", "mention", "article_id"} {
		art.AddFieldMappingsAt(k, keyword())
	}
	art.AddFieldMappingsAt("url", stored())
	art.AddFieldMappingsAt("published", date())
	art.AddFieldMappingsAt("sentiment_score", num())
	im.AddDocumentMapping(typeArticle, art)

	cl := mapping.NewDocumentStaticMapping()
	cl.AddFieldMappingsAt("quote", text(true))
	cl.AddFieldMappingsAt("title", text(true))
	for _, k := range []string{"type", "source", "lang", "entity", "metric", "unit", "time", "approx", "modality",
		"attributed_to", "product", "counterparty", "sentiment", "article_id", "per"} {
		cl.AddFieldMappingsAt(k, keyword())
	}
	cl.AddFieldMappingsAt("url", stored())
	cl.AddFieldMappingsAt("published", date())
	cl.AddFieldMappingsAt("value", num())
	cl.AddFieldMappingsAt("sentiment_score", num())
	im.AddDocumentMapping(typeClaim, cl)
	return im, nil
}
