package article

import (
	"strings"
	"sync"
	"unicode"

	"github.com/liuzl/gocc"
)

// Language and script codes an Article carries.
const (
	LangEnglish = "en"
	LangChinese = "zh"
	LangOther   = "other"

	ScriptTraditional = "Hant"
	ScriptSimplified  = "Hans"
)

// englishWords are the commonest English function words; their share of the
// Latin words tells English from the other languages written in Latin letters.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true,
	"that": true, "for": true, "it": true, "on": true, "with": true, "as": true, "was": true,
	"by": true, "at": true, "be": true, "this": true, "from": true, "are": true, "has": true,
	"have": true, "an": true, "its": true, "said": true, "will": true, "or": true, "but": true,
	"not": true, "which": true, "their": true, "they": true, "were": true, "been": true,
}

// sampleRunes bounds the text DetectLang reads: the first few thousand
// characters decide the language as well as the whole article does.
const sampleRunes = 6000

// DetectLang tells the language of text from its characters: "zh" when Han
// characters make up a good share of the letters (Chinese articles are full of
// Latin names like OpenAI, so the bar is well under half), "en" when Latin
// words are mostly English, and "other" otherwise. For Chinese it also tells
// the script, "Hant" or "Hans", by counting the characters that differ between
// Traditional and Simplified; script is "" when those counts tie.
func DetectLang(text string) (lang, script string) {
	var han, kana, latin, otherLetters, n int
	var word strings.Builder
	var words, english int
	flush := func() {
		if word.Len() == 0 {
			return
		}
		words++
		if englishWords[strings.ToLower(word.String())] {
			english++
		}
		word.Reset()
	}
	for _, r := range text {
		if n++; n > sampleRunes {
			break
		}
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			flush()
		case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			kana++
			flush()
		case r < 0x250 && unicode.IsLetter(r):
			latin++
			word.WriteRune(r)
		case unicode.IsLetter(r):
			otherLetters++
			flush()
		default:
			flush()
		}
	}
	flush()
	// A Latin word averages about five letters and says about as much as two
	// Han characters; Chinese finance news is thick with Latin product
	// names, so one Han character in seven letters already makes Chinese.
	switch {
	case han == 0 && latin == 0 && otherLetters == 0 && kana == 0:
		return LangOther, ""
	case kana*10 > han+kana && kana > 0:
		return LangOther, ""
	case han > 0 && han*6 >= latin && han >= otherLetters:
		return LangChinese, chineseScript(text)
	case latin > otherLetters && words > 0 && english*100 >= words*8:
		return LangEnglish, ""
	}
	return LangOther, ""
}

var (
	convOnce      sync.Once
	t2s, s2t      *gocc.OpenCC
	scriptOfRune  sync.Map // rune → int8: +1 Traditional only, -1 Simplified only, 0 shared
	convInitError error
)

func loadConverters() {
	convOnce.Do(func() {
		t2s, convInitError = gocc.New("t2s")
		if convInitError == nil {
			s2t, convInitError = gocc.New("s2t")
		}
	})
}

// chineseScript counts the Han characters that exist in one script only.
func chineseScript(text string) string {
	loadConverters()
	if convInitError != nil {
		return ""
	}
	var trad, simp, n int
	for _, r := range text {
		if n++; n > sampleRunes {
			break
		}
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		switch runeScript(r) {
		case 1:
			trad++
		case -1:
			simp++
		}
	}
	switch {
	case trad > simp:
		return ScriptTraditional
	case simp > trad:
		return ScriptSimplified
	}
	return ""
}

// sharedHan are characters s2t changes that are nonetheless standard in
// Traditional text, each the Traditional form of one of its meanings: 后
// (empress, 皇后), 台 (台灣), 干 (干涉), 里 (公里), 只 (只有), 面 (面對).
// Counted as Simplified they tip short Traditional texts the wrong way.
const sharedHan = "后台干里只面系范制冲余征松才丑几向周卷云须斗于谷表游志准划胡姜布朴咸伙克困折"

// runeScript classes one character: a character t2s changes is Traditional,
// one s2t changes is Simplified. Characters both scripts share (and the few
// both converters touch) count for neither.
func runeScript(r rune) int8 {
	if v, ok := scriptOfRune.Load(r); ok {
		return v.(int8)
	}
	if strings.ContainsRune(sharedHan, r) {
		scriptOfRune.Store(r, int8(0))
		return 0
	}
	s := string(r)
	ts, err1 := t2s.Convert(s)
	st, err2 := s2t.Convert(s)
	var v int8
	switch {
	case err1 != nil || err2 != nil:
	case ts != s && st == s:
		v = 1
	case st != s && ts == s:
		v = -1
	}
	scriptOfRune.Store(r, v)
	return v
}
