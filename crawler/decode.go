package crawler

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// Decode returns body as UTF-8 and the name of the charset it was read in.
//
// The order is the one browsers use: a byte-order mark, the charset of the
// Content-Type header, a <meta> charset in the first 1024 bytes, then
// sniffing. A page with no declaration that is valid UTF-8 is taken as
// UTF-8; only then is the charset guessed, because the HTML standard's
// last resort, windows-1252, turns every Chinese page into mojibake.
func Decode(body []byte, contentType string) ([]byte, string, error) {
	return decode(body, contentType, true)
}

// decode is Decode; htmlMeta says whether <meta> charsets count, which
// they do not in XML, where one would come from a CDATA section.
func decode(body []byte, contentType string, htmlMeta bool) ([]byte, string, error) {
	if name := bomCharset(body); name != "" {
		return decodeWith(body, name)
	}
	declared := func(name string) ([]byte, string, bool) {
		if name == "" {
			return nil, "", false
		}
		out, cs, err := decodeWith(body, name)
		// A page that says UTF-8 but is not gets sniffed instead: the
		// declaration is the mistake, not every byte of the page.
		if err != nil || (cs == "utf-8" && !utf8.Valid(stripBOM(body))) {
			return nil, "", false
		}
		// The reverse mistake, a UTF-8 page declared GBK or Latin-1, is
		// as common (templates copied between sites); text in a legacy
		// charset is practically never valid multi-byte UTF-8 by chance.
		if cs != "utf-8" && !isUTF16(cs) && multibyteUTF8(body) {
			return body, "utf-8", true
		}
		return out, cs, true
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if out, cs, ok := declared(params["charset"]); ok {
			return out, cs, nil
		}
	}
	// DetermineEncoding without a content type reads <meta> charsets; it
	// answers windows-1252 when it found none.
	if htmlMeta {
		if _, name, _ := charset.DetermineEncoding(body, "text/html"); name != "windows-1252" {
			if out, cs, ok := declared(name); ok {
				return out, cs, nil
			}
		}
	}
	if out, cs, ok := declared(xmlDeclCharset(body)); ok {
		return out, cs, nil
	}
	if utf8.Valid(body) {
		return body, "utf-8", nil
	}
	return decodeWith(body, sniff(body))
}

// decodeWith decodes body from the named charset. Labels are read as the
// WHATWG Encoding standard says (gb2312 and gbk mean GBK, big5 means Big5-HKSCS).
func decodeWith(body []byte, name string) ([]byte, string, error) {
	name = strings.ToLower(strings.Trim(strings.TrimSpace(name), `"'`))
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", fmt.Errorf("unknown charset %q", name)
	}
	canonical, _ := htmlindex.Name(enc)
	if canonical == "utf-8" {
		return bytes.ToValidUTF8(stripBOM(body), []byte("\uFFFD")), "utf-8", nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, "", fmt.Errorf("decode %s: %w", canonical, err)
	}
	return out, canonical, nil
}

// multibyteUTF8 reports whether b is valid UTF-8 with at least one
// character outside ASCII.
func multibyteUTF8(b []byte) bool {
	return utf8.Valid(b) && highBytes(b) > 0
}

func isUTF16(cs string) bool { return strings.HasPrefix(cs, "utf-16") }

func bomCharset(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "utf-16be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return "utf-16le"
	}
	return ""
}

func stripBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}) }

// xmlDeclCharset reads encoding="..." from an XML declaration (feeds).
func xmlDeclCharset(b []byte) string {
	if !bytes.HasPrefix(bytes.TrimSpace(b), []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(b[:end])
	i := strings.Index(decl, "encoding=")
	if i < 0 {
		return ""
	}
	v := decl[i+len("encoding="):]
	if len(v) < 2 {
		return ""
	}
	q := v[0]
	if j := strings.IndexByte(v[1:], q); j >= 0 {
		return v[1 : j+1]
	}
	return ""
}

// sniff guesses the charset of an undeclared page that is not UTF-8. The
// statistical detector is good at telling the CJK encodings apart; where it
// has no opinion GB18030 is the best bet for the Chinese web (it decodes
// GBK and GB2312 as well).
func sniff(b []byte) string {
	r, err := chardet.NewHtmlDetector().DetectBest(b)
	if err != nil || r.Confidence < 30 {
		return "gb18030"
	}
	switch strings.ToLower(r.Charset) {
	case "gb-18030", "gb18030":
		return "gb18030"
	case "big5":
		return "big5"
	case "shift_jis", "euc-jp", "euc-kr", "iso-2022-jp":
		return r.Charset
	case "iso-8859-1", "windows-1252":
		// Latin guesses on a non-UTF-8 page with high bytes are usually
		// Chinese text the detector failed on.
		if highBytes(b) > len(b)/10 {
			return "gb18030"
		}
		return "windows-1252"
	}
	if _, err := htmlindex.Get(strings.ToLower(r.Charset)); err == nil {
		return r.Charset
	}
	return "gb18030"
}

func highBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= 0x80 {
			n++
		}
	}
	return n
}

func isUTF8(b []byte) bool { return utf8.Valid(b) }
