package article

import (
	"strings"

	"golang.org/x/text/width"
)

// Normalize folds text for matching, not for display: full-width ASCII
// (digits, Latin letters and punctuation such as ５.４億、（）：％) becomes
// half-width, the ideographic space a space, and Traditional characters
// Simplified, so "５.４億美元" and "5.4亿美元" compare equal. The Chinese
// full stop and enumeration comma stay, having no ASCII twin that means
// the same. Offsets into the result do not map back to s; quote from the
// original text and use Normalize only to compare or index.
func Normalize(s string) string {
	s = width.Fold.String(s)
	s = strings.ReplaceAll(s, "\u3000", " ")
	if !hasHan(s) {
		return s
	}
	loadConverters()
	if convInitError != nil {
		return s
	}
	if out, err := t2s.Convert(s); err == nil {
		return out
	}
	return s
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || r >= 0x20000 && r <= 0x3134f {
			return true
		}
	}
	return false
}
