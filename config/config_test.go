package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestDefaultFeedsIsValid(t *testing.T) {
	c := Default()
	if len(c.Sources) < 10 {
		t.Fatalf("embedded feeds.yaml has %d sources, want a real list", len(c.Sources))
	}
	langs := map[string]int{}
	for _, s := range c.Sources {
		langs[s.Lang+s.Script]++
		if s.Delay < time.Second {
			t.Errorf("source %s: delay %v is not polite", s.Name, s.Delay)
		}
	}
	for _, want := range []string{"en", "zhHans", "zhHant"} {
		if langs[want] == 0 {
			t.Errorf("no source in %s", want)
		}
	}
	if len(c.Entities) == 0 || len(c.Digest.Subscribers) == 0 {
		t.Errorf("entities %d, subscribers %d: want some of each", len(c.Entities), len(c.Digest.Subscribers))
	}
}

func TestParseAppliesDefaults(t *testing.T) {
	c, err := Parse("f.yaml", []byte(`
defaults:
  delay: 5s
sources:
  - name: a
    kind: feed
    url: https://example.com/feed
    lang: en
  - name: b
    kind: site
    url: https://example.org/news/
    lang: zh
    script: Hant
    delay: 1s
    max_pages: 3
`))
	if err != nil {
		t.Fatal(err)
	}
	a, b := c.Sources[0], c.Sources[1]
	if a.Delay != 5*time.Second || a.MaxPages != DefaultMaxPages || a.AllowedDomains[0] != "example.com" {
		t.Errorf("source a = %+v", a)
	}
	if b.Delay != time.Second || b.MaxPages != 3 || b.Script != "Hant" {
		t.Errorf("source b = %+v", b)
	}
	if c.UserAgent != DefaultUserAgent {
		t.Errorf("user agent %q", c.UserAgent)
	}
}

func TestParseReportsFileLineAndReason(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		line       int
		want       string
	}{
		{"bad kind", "sources:\n  - name: a\n    kind: rss\n    url: https://x.com/\n    lang: en\n", 3, "kind must be feed or site"},
		{"relative url", "sources:\n  - name: a\n    kind: feed\n    url: /feed\n    lang: en\n", 4, "not an absolute http(s) URL"},
		{"missing lang", "sources:\n  - name: a\n    kind: feed\n    url: https://x.com/\n", 2, "lang must be en or zh"},
		{"unknown key", "sources:\n  - name: a\n    kind: feed\n    url: https://x.com/\n    lang: en\n    delays: 2s\n", 6, `unknown key "delays"`},
		{"unknown top key", "source:\n  - name: a\n", 1, `unknown key "source"`},
		{"bad duration", "sources:\n  - name: a\n    kind: feed\n    url: https://x.com/\n    lang: en\n    delay: soon\n", 6, "not a duration"},
		{"bad regexp", "sources:\n  - name: a\n    kind: site\n    url: https://x.com/\n    lang: en\n    article_pattern: '(['\n", 6, "not a valid regular expression"},
		{"duplicate", "sources:\n  - {name: a, kind: feed, url: 'https://x.com/', lang: en}\n  - {name: a, kind: feed, url: 'https://y.com/', lang: en}\n", 3, "used twice"},
		{"script on english", "sources:\n  - name: a\n    kind: feed\n    url: https://x.com/\n    lang: en\n    script: Hant\n", 6, "Chinese sources only"},
		{"syntax", "sources:\n  - name: a\n  kind: feed\n", 0, "did not find expected"},
		{"password in file", "sources:\n  - {name: a, kind: feed, url: 'https://x.com/', lang: en}\ndigest:\n  smtp:\n    password: hunter2\n", 0, "passwords do not belong"},
		{"bad timezone", "sources:\n  - {name: a, kind: feed, url: 'https://x.com/', lang: en}\ndigest:\n  subscribers:\n    - email: a@b.com\n      timezone: Mars/Olympus\n", 6, "unknown time zone"},
		{"bad metric", "sources:\n  - {name: a, kind: feed, url: 'https://x.com/', lang: en}\ndigest:\n  subscribers:\n    - email: a@b.com\n      metrics: [profits]\n", 6, `"profits" is not a metric`},
		{"list not mapping", "sources:\n  - just-a-url\n", 2, "expected a mapping"},
		{"empty", "\n", 0, "empty"},
		{"no sources", "entities: []\n", 0, "no sources"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("feeds.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "feeds.yaml:") {
				t.Errorf("error %q does not name the file", msg)
			}
			if tc.want != "" && !strings.Contains(msg, tc.want) {
				t.Errorf("error %q does not say %q", msg, tc.want)
			}
			if tc.line > 0 {
				var e *Error
				if !errors.As(err, &e) || e.Line != tc.line {
					t.Errorf("error %q: want line %d", msg, tc.line)
				}
			}
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	_, err := Parse("feeds.yaml", []byte("sources:\n  - name: a\n    kind: rss\n    url: https://x.com/\n    lang: fr\n"))
	if err == nil || !strings.Contains(err.Error(), "kind") || !strings.Contains(err.Error(), "lang") {
		t.Fatalf("want both problems reported, got %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("sources:\n  - {name: a, kind: feed, url: 'https://x.com/', lang: en}\n"))
	f.Add([]byte("sources: 5\n"))
	f.Add([]byte("{{{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err == nil && len(c.Sources) == 0 {
			t.Fatal("valid config without sources")
		}
	})
}
