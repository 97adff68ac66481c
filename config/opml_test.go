package config

import (
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

const sampleOPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>my feeds</title></head><body>
  <outline text="AI">
    <outline text="TechCrunch AI" type="rss" xmlUrl="https://techcrunch.com/category/artificial-intelligence/feed/"/>
    <outline text="科技新報" type="rss" xmlUrl="https://technews.tw/feed/" language="zh-TW"/>
    <outline text="36氪" type="rss" xmlUrl="https://36kr.com/feed"/>
  </outline>
  <outline text="no feed" htmlUrl="https://example.com/"/>
  <outline text="ftp" xmlUrl="ftp://example.com/feed"/>
</body></opml>`

func TestImportOPML(t *testing.T) {
	got, err := ImportOPML([]byte(sampleOPML))
	if err != nil {
		t.Fatal(err)
	}
	want := []claimwatch.Source{
		{Name: "techcrunch-ai", Kind: "feed", URL: "https://techcrunch.com/category/artificial-intelligence/feed/", Lang: "en"},
		{Name: "technews-tw", Kind: "feed", URL: "https://technews.tw/feed/", Lang: "zh", Script: "Hant"},
		{Name: "36", Kind: "feed", URL: "https://36kr.com/feed", Lang: "zh"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sources: %+v", len(got), got)
	}
	for i := range want {
		if got[i].Name != want[i].Name || got[i].URL != want[i].URL || got[i].Lang != want[i].Lang || got[i].Script != want[i].Script {
			t.Errorf("source %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if _, err := ImportOPML([]byte("<opml><body></body></opml>")); err == nil {
		t.Error("empty OPML: no error")
	}
	if _, err := ImportOPML([]byte("not xml")); err == nil {
		t.Error("bad OPML: no error")
	}
}

func TestAppendSourcesKeepsCommentsAndSkipsKnown(t *testing.T) {
	file := "# my config\nsources:\n  # English\n  - name: techcrunch-ai\n    kind: feed\n    url: https://techcrunch.com/category/artificial-intelligence/feed/\n    lang: en\n"
	add, _ := ImportOPML([]byte(sampleOPML))
	out, added, err := AppendSources("feeds.yaml", []byte(file), add)
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 2 {
		t.Errorf("added %+v, want the two new feeds", added)
	}
	for _, want := range []string{"# my config", "# English", "https://technews.tw/feed/", "script: Hant"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("merged file lacks %q:\n%s", want, out)
		}
	}
	c, err := Parse("merged", out)
	if err != nil || len(c.Sources) != 3 {
		t.Fatalf("merged file: %v, %d sources", err, len(c.Sources))
	}
}

func TestExportOPMLRoundTrips(t *testing.T) {
	c := Default()
	data, err := ExportOPML(c.Sources, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	back, err := ImportOPML(data)
	if err != nil {
		t.Fatal(err)
	}
	feeds := 0
	for _, s := range c.Sources {
		if s.Kind == claimwatch.KindFeed {
			feeds++
		}
	}
	if len(back) != feeds {
		t.Fatalf("round trip: %d of %d feeds", len(back), feeds)
	}
	for i, s := range back {
		if s.Lang == "" || !strings.HasPrefix(s.URL, "https://") {
			t.Errorf("feed %d: %+v", i, s)
		}
	}
}

func FuzzImportOPML(f *testing.F) {
	f.Add([]byte(sampleOPML))
	f.Fuzz(func(t *testing.T, data []byte) {
		srcs, err := ImportOPML(data)
		if err == nil && len(srcs) == 0 {
			t.Fatal("no error and no sources")
		}
	})
}
