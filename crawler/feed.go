package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch"
	"github.com/mmcdole/gofeed"
)

// FeedLink is one article a feed lists, with what the feed said about it.
type FeedLink struct {
	URL  string // absolute, as the feed gave it (not yet canonical)
	Item claimwatch.FeedItem
}

// ErrMalformedFeed is wrapped by ParseFeed's errors for a body that is no
// feed it can read, even after repair.
var ErrMalformedFeed = errors.New("malformed feed")

// ParseFeed reads an RSS 0.9x, 1.0 (RDF) or 2.0, Atom or JSON Feed body and
// returns the articles it lists, links resolved against baseURL (the URL
// the feed was fetched from).
//
// The body is decoded to UTF-8 first, by Decode's rules (a wrong declared
// charset is overruled), and the XML declaration is rewritten to say UTF-8,
// so gofeed never decodes it a second time. A feed gofeed rejects gets one
// repair pass: characters XML forbids are dropped, HTML entities (&nbsp;)
// become characters and bare ampersands are escaped.
func ParseFeed(body []byte, contentType, baseURL string) ([]FeedLink, error) {
	text, _, err := decode(body, contentType, false)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformedFeed, err)
	}
	text = utf8Declaration(text)
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(text))
	if err != nil {
		var rerr error
		repaired := repairXML(text)
		if feed, rerr = gofeed.NewParser().Parse(bytes.NewReader(repaired)); rerr != nil {
			// A feed cut short (a dropped connection, a generator that
			// died) still has its complete items.
			cut, ok := closeTruncated(repaired)
			if !ok {
				return nil, fmt.Errorf("%w: %v", ErrMalformedFeed, err)
			}
			if feed, rerr = gofeed.NewParser().Parse(bytes.NewReader(cut)); rerr != nil {
				return nil, fmt.Errorf("%w: %v", ErrMalformedFeed, err)
			}
		}
	}
	base, _ := url.Parse(baseURL)
	if base == nil {
		base = &url.URL{}
	}
	out := make([]FeedLink, 0, len(feed.Items))
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		abs := ""
		for _, l := range append([]string{it.Link}, it.Links...) {
			if abs = resolve(base, l); abs != "" {
				break
			}
		}
		if abs == "" && looksLikeURL(it.GUID) {
			abs = resolve(base, it.GUID)
		}
		if abs == "" {
			continue
		}
		fi := claimwatch.FeedItem{Title: cleanText(it.Title), Summary: it.Description}
		if fi.Summary == "" {
			fi.Summary = it.Content
		}
		switch {
		case it.PublishedParsed != nil:
			fi.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			fi.Published = *it.UpdatedParsed
		}
		if fi.Published.After(time.Now().Add(48 * time.Hour)) {
			fi.Published = time.Time{} // a date years ahead is a feed bug, not news
		}
		if it.Author != nil {
			fi.Author = cleanText(it.Author.Name)
		} else if len(it.Authors) > 0 && it.Authors[0] != nil {
			fi.Author = cleanText(it.Authors[0].Name)
		}
		out = append(out, FeedLink{URL: abs, Item: fi})
	}
	return out, nil
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// cleanText undoes what lenient XML parsing leaves in a title: entities
// it did not know (&nbsp;) and runs of white space.
func cleanText(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

var xmlDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']`)

// utf8Declaration makes the XML declaration of an already decoded body say
// what it now is.
func utf8Declaration(b []byte) []byte {
	if loc := xmlDecl.FindSubmatchIndex(b); loc != nil {
		out := make([]byte, 0, len(b))
		out = append(out, b[:loc[3]]...)
		out = append(out, `"UTF-8"`...)
		return append(out, b[loc[1]:]...)
	}
	return b
}

// closeTruncated cuts a feed after its last complete item and closes the
// document, for a feed whose end is missing.
func closeTruncated(b []byte) ([]byte, bool) {
	end := -1
	for _, tag := range []string{"</item>", "</entry>"} {
		if i := bytes.LastIndex(b, []byte(tag)); i >= 0 {
			end = max(end, i+len(tag))
		}
	}
	if end < 0 {
		return nil, false
	}
	closing := "</channel></rss>"
	switch head := b[:min(len(b), 1024)]; {
	case bytes.Contains(head, []byte("<rdf:RDF")):
		closing = "</rdf:RDF>"
	case bytes.Contains(head, []byte("<feed")):
		closing = "</feed>"
	}
	if bytes.Contains(b[end:], []byte(closing)) {
		return nil, false // not truncated: broken in some other way
	}
	return append(b[:end:end], closing...), true
}

// voidTag matches an HTML void element written without its closing slash
// (<br>, <img src="">), which XML reads as an element never closed.
var voidTag = regexp.MustCompile(`(?i)<(br|hr|img|wbr)(\s[^<>]*?)?\s*>`)

// xmlEntities are the entities XML itself defines; every other named
// entity in a feed comes from HTML.
var xmlEntities = map[string]bool{"amp": true, "lt": true, "gt": true, "quot": true, "apos": true}

// repairXML fixes what breaks most real feeds: control characters,
// HTML-only entities and bare ampersands. CDATA sections are left alone,
// since nothing in them is parsed.
func repairXML(b []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(b) + 64)
	for len(b) > 0 {
		if bytes.HasPrefix(b, []byte("<![CDATA[")) {
			end := bytes.Index(b, []byte("]]>"))
			if end < 0 { // an unclosed CDATA runs to the end
				writeValidXML(&out, b)
				out.WriteString("]]>")
				break
			}
			writeValidXML(&out, b[:end+3])
			b = b[end+3:]
			continue
		}
		if b[0] == '&' {
			n := entityLen(b)
			switch {
			case n == 0:
				out.WriteString("&amp;")
				b = b[1:]
				continue
			case b[1] != '#' && !xmlEntities[string(b[1:n-1])]:
				s := html.UnescapeString(string(b[:n]))
				if s == string(b[:n]) { // unknown to HTML too
					out.WriteString("&amp;")
					b = b[1:]
					continue
				}
				for _, r := range s {
					fmt.Fprintf(&out, "&#%d;", r)
				}
				b = b[n:]
				continue
			}
			if b[1] == '#' && !validXMLChar(charRef(b[2:n-1])) {
				b = b[n:] // &#1; names a character XML forbids
				continue
			}
			out.Write(b[:n])
			b = b[n:]
			continue
		}
		if b[0] == '<' {
			if loc := voidTag.FindIndex(b); loc != nil && loc[0] == 0 {
				tag := bytes.TrimRight(b[:loc[1]-1], " \t\r\n/")
				out.Write(tag)
				out.WriteString("/>")
				b = b[loc[1]:]
				continue
			}
		}
		i := bytes.IndexAny(b, "&<")
		if i < 0 {
			i = len(b)
		} else if i == 0 { // '<' not opening CDATA
			i = 1
		}
		writeValidXML(&out, b[:i])
		b = b[i:]
	}
	return out.Bytes()
}

// entityLen returns the length of the entity reference at the start of b
// ("&amp;" is 5), or 0 when the ampersand starts none.
func entityLen(b []byte) int {
	i := 1
	if i < len(b) && b[i] == '#' {
		i++
		hex := i < len(b) && (b[i] == 'x' || b[i] == 'X')
		if hex {
			i++
		}
		start := i
		for i < len(b) && (isDigit(b[i]) || (hex && isHex(b[i]))) {
			i++
		}
		if i == start || i >= len(b) || b[i] != ';' {
			return 0
		}
		return i + 1
	}
	start := i
	for i < len(b) && i-start < 32 && (isLetter(b[i]) || (i > start && isDigit(b[i]))) {
		i++
	}
	if i == start || i >= len(b) || b[i] != ';' {
		return 0
	}
	return i + 1
}

// charRef returns the character a numeric reference's digits ("65",
// "x41") name, or -1.
func charRef(digits []byte) rune {
	base, d := 10, string(digits)
	if len(d) > 0 && (d[0] == 'x' || d[0] == 'X') {
		base, d = 16, d[1:]
	}
	n, err := strconv.ParseInt(d, base, 32)
	if err != nil {
		return -1
	}
	return rune(n)
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isHex(c byte) bool    { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// writeValidXML copies b without the characters XML 1.0 forbids.
func writeValidXML(out *bytes.Buffer, b []byte) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if validXMLChar(r) && !(r == utf8.RuneError && n == 1) {
			out.Write(b[:n])
		}
		b = b[n:]
	}
}

func validXMLChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || (r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}
