package config

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/claimwatch/claimwatch"
	"go.yaml.in/yaml/v3"
)

// OPML is the outline format feed readers exchange subscriptions in.
type opml struct {
	XMLName xml.Name  `xml:"opml"`
	Version string    `xml:"version,attr"`
	Title   string    `xml:"head>title"`
	Created string    `xml:"head>dateCreated,omitempty"`
	Body    []outline `xml:"body>outline"`
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr,omitempty"`
	Type     string    `xml:"type,attr,omitempty"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string    `xml:"htmlUrl,attr,omitempty"`
	Language string    `xml:"language,attr,omitempty"`
	Children []outline `xml:"outline"`
}

// ImportOPML reads the feeds of an OPML file as sources. Nested outlines
// (folders) are flattened. The language comes from the outline's language
// attribute, else from its title (Han characters mean Chinese).
func ImportOPML(data []byte) ([]claimwatch.Source, error) {
	var doc opml
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("read OPML: %w", err)
	}
	var out []claimwatch.Source
	seen := map[string]bool{}
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			walk(o.Children)
			u, err := url.Parse(strings.TrimSpace(o.XMLURL))
			if o.XMLURL == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || seen[u.String()] {
				continue
			}
			seen[u.String()] = true
			title := firstNonEmpty(o.Title, o.Text, u.Host)
			lang, script := outlineLang(o.Language, title)
			out = append(out, claimwatch.Source{Name: slug(title, u), Kind: claimwatch.KindFeed, URL: u.String(),
				Lang: lang, Script: script})
		}
	}
	walk(doc.Body)
	if len(out) == 0 {
		return nil, fmt.Errorf("read OPML: no outline has an http(s) xmlUrl")
	}
	return out, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

func outlineLang(attr, title string) (string, string) {
	a := strings.ToLower(attr)
	switch {
	case strings.HasPrefix(a, "zh-tw"), strings.HasPrefix(a, "zh-hk"), strings.HasPrefix(a, "zh-hant"):
		return "zh", "Hant"
	case strings.HasPrefix(a, "zh-cn"), strings.HasPrefix(a, "zh-sg"), strings.HasPrefix(a, "zh-hans"):
		return "zh", "Hans"
	case strings.HasPrefix(a, "zh"):
		return "zh", ""
	case a != "":
		return "en", ""
	}
	for _, r := range title {
		if unicode.Is(unicode.Han, r) {
			return "zh", ""
		}
	}
	return "en", ""
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// slug makes a source name from a feed's title, or its host when the title
// has no Latin letters or digits (a Chinese title).
func slug(title string, u *url.URL) string {
	s := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(title), "-"), "-")
	if s == "" {
		s = strings.Trim(nonSlug.ReplaceAllString(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), "-"), "-")
	}
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "-")
	}
	return s
}

// ExportOPML writes the feed sources as an OPML 2.0 file.
func ExportOPML(sources []claimwatch.Source, now time.Time) ([]byte, error) {
	doc := opml{Version: "2.0", Title: "claimwatch sources", Created: now.UTC().Format(time.RFC1123Z)}
	for _, s := range sources {
		if s.Kind != claimwatch.KindFeed {
			continue
		}
		lang := s.Lang
		switch {
		case s.Lang == "zh" && s.Script == "Hant":
			lang = "zh-Hant"
		case s.Lang == "zh" && s.Script == "Hans":
			lang = "zh-Hans"
		}
		doc.Body = append(doc.Body, outline{Text: s.Name, Title: s.Name, Type: "rss", XMLURL: s.URL, Language: lang})
	}
	b, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

// AppendSources adds sources to the sources list of a feeds.yaml, keeping
// its comments and the rest of the file, and skipping any whose URL or
// name is already there (a name is made unique with a number). It returns
// the new file and the sources it added.
func AppendSources(file string, data []byte, add []claimwatch.Source) ([]byte, []claimwatch.Source, error) {
	c, err := Parse(file, data)
	if err != nil {
		return nil, nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil, nil, fmt.Errorf("%s: cannot read it as YAML", file)
	}
	root := doc.Content[0]
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "sources" {
			list = root.Content[i+1]
		}
	}
	if list == nil || list.Kind != yaml.SequenceNode {
		return nil, nil, fmt.Errorf("%s: no sources list to add to", file)
	}
	urls, names := map[string]bool{}, map[string]bool{}
	for _, s := range c.Sources {
		urls[s.URL], names[s.Name] = true, true
	}
	var added []claimwatch.Source
	for _, s := range add {
		if urls[s.URL] {
			continue
		}
		base, name := s.Name, s.Name
		for n := 2; names[name]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		s.Name = name
		urls[s.URL], names[s.Name] = true, true
		item := &yaml.Node{Kind: yaml.MappingNode}
		pair := func(k, v string) {
			item.Content = append(item.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k},
				&yaml.Node{Kind: yaml.ScalarNode, Value: v})
		}
		pair("name", s.Name)
		pair("kind", string(s.Kind))
		pair("url", s.URL)
		pair("lang", s.Lang)
		if s.Script != "" {
			pair("script", s.Script)
		}
		list.Content = append(list.Content, item)
		added = append(added, s)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, nil, err
	}
	enc.Close()
	if _, err := Parse(file, buf.Bytes()); err != nil {
		return nil, nil, fmt.Errorf("the merged file would be invalid: %w", err)
	}
	return buf.Bytes(), added, nil
}
