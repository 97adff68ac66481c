package sentiment

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/liuzl/gocc"
)

//go:embed lexicon/*.tsv
var lexiconFiles embed.FS

// kind is what a lexicon entry does to the score; lexicon/en.tsv documents each.
type kind uint8

const (
	kWord kind = iota
	kGood
	kBad
	kThing
	kUp
	kDown
	kNeg
	kInt
	kHedge
	kBut
	kThough
	kNone
)

var kindNames = map[string]kind{
	"word": kWord, "good": kGood, "bad": kBad, "thing": kThing,
	"up": kUp, "down": kDown, "neg": kNeg, "int": kInt, "hedge": kHedge,
	"but": kBut, "though": kThough, "none": kNone,
}

// entry is one line of a lexicon.
type entry struct {
	kind   kind
	weight float64 // valence, strength or multiplier, by kind
	alone  float64 // for up and down: valence when no quantity is near
}

// lexicon maps normalized entries to what they do. maxUnits is the longest
// entry in matching units (words for English, characters for Chinese), which
// bounds the longest-match search.
type lexicon struct {
	entries  map[string]entry
	maxUnits int
	// starts holds the first unit of every entry, so most positions of a
	// text are dismissed with one lookup.
	starts map[string]bool
}

// tables holds everything built once from the embedded data.
type tables struct {
	en, zh lexicon
	// t2s folds a Traditional character to its Simplified form, character by
	// character: lexicon lookup needs only that, and a map lookup per rune is
	// several times faster than a phrase-aware conversion of every sentence.
	t2s map[rune]rune
}

var loadTables = sync.OnceValue(func() *tables {
	t := &tables{t2s: buildT2S()}
	var err error
	if t.en, err = parseLexicon("lexicon/en.tsv", func(s string) (string, int) {
		return s, len(strings.Fields(s))
	}); err != nil {
		// The lexicons are compiled in; a bad line is a bug caught by any test.
		panic(err)
	}
	if t.zh, err = parseLexicon("lexicon/zh.tsv", func(s string) (string, int) {
		s = t.foldString(s)
		return s, utf8.RuneCountInString(s)
	}); err != nil {
		panic(err)
	}
	return t
})

// parseLexicon reads entry<TAB>kind<TAB>weight[<TAB>alone] lines; norm gives
// the lookup key of an entry and its length in matching units.
func parseLexicon(name string, norm func(string) (string, int)) (lexicon, error) {
	data, err := lexiconFiles.ReadFile(name)
	if err != nil {
		return lexicon{}, fmt.Errorf("read %s: %w", name, err)
	}
	lx := lexicon{entries: make(map[string]entry), starts: make(map[string]bool)}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f) > 4 {
			return lexicon{}, fmt.Errorf("%s:%d: want 3 or 4 tab-separated fields, got %d", name, n, len(f))
		}
		k, ok := kindNames[f[1]]
		if !ok {
			return lexicon{}, fmt.Errorf("%s:%d: unknown kind %q", name, n, f[1])
		}
		e := entry{kind: k}
		if e.weight, err = strconv.ParseFloat(f[2], 64); err != nil {
			return lexicon{}, fmt.Errorf("%s:%d: weight: %w", name, n, err)
		}
		switch {
		case len(f) == 4:
			if e.alone, err = strconv.ParseFloat(f[3], 64); err != nil {
				return lexicon{}, fmt.Errorf("%s:%d: alone: %w", name, n, err)
			}
		case k == kUp:
			e.alone = 0.5 * e.weight
		case k == kDown:
			e.alone = -0.5 * e.weight
		}
		key, units := norm(strings.ToLower(f[0]))
		first, _, _ := strings.Cut(key, " ")
		if units > 1 && !strings.Contains(key, " ") {
			_, size := utf8.DecodeRuneInString(key)
			first = key[:size]
		}
		lx.starts[first] = true
		if _, dup := lx.entries[key]; dup {
			return lexicon{}, fmt.Errorf("%s:%d: duplicate entry %q", name, n, f[0])
		}
		lx.entries[key] = e
		lx.maxUnits = max(lx.maxUnits, units)
	}
	return lx, sc.Err()
}

// buildT2S derives a per-character Traditional→Simplified table from the
// OpenCC tables in gocc by converting each CJK Unified Ideograph alone.
func buildT2S() map[rune]rune {
	cc, err := gocc.New("t2s")
	if err != nil {
		panic(fmt.Errorf("load t2s tables: %w", err))
	}
	var b strings.Builder
	const first, last = 0x4E00, 0x9FFF
	for r := rune(first); r <= last; r++ {
		b.WriteRune(r)
		b.WriteByte('\n') // keeps each character out of phrase rules
	}
	out, err := cc.Convert(b.String())
	if err != nil {
		panic(fmt.Errorf("convert t2s: %w", err))
	}
	m := make(map[rune]rune, 4096)
	r := rune(first)
	for _, line := range strings.Split(out, "\n") {
		if r > last {
			break
		}
		if s, size := utf8.DecodeRuneInString(line); size == len(line) && s != r {
			m[r] = s
		}
		r++
	}
	return m
}

// fold returns the Simplified form of r, with full-width ASCII made
// half-width and ASCII lower-cased, so one key matches every way of writing it.
func (t *tables) fold(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r >= '！' && r <= '～':
		return t.fold(r - '！' + '!')
	case r == '\u3000':
		return ' '
	}
	if s, ok := t.t2s[r]; ok {
		return s
	}
	return r
}

func (t *tables) foldString(s string) string {
	return strings.Map(t.fold, s)
}
