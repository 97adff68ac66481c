package article

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

var fetched = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func TestParseDate(t *testing.T) {
	ref := time.Date(2023, 9, 1, 12, 0, 0, 0, shanghai)
	utcRef := ref.In(time.UTC)
	cases := []struct {
		name string
		in   string
		ref  time.Time
		want string // RFC 3339, "" for no date
	}{
		{"iso date", "2023-08-15", ref, "2023-08-15T00:00:00+08:00"},
		{"iso with zone", "2023-08-15T16:55:00+08:00", utcRef, "2023-08-15T16:55:00+08:00"},
		{"iso with Z", "2023-08-15T08:55:00Z", ref, "2023-08-15T08:55:00Z"},
		{"iso without zone takes ref zone", "2023-08-15 16:55", utcRef, "2023-08-15T16:55:00Z"},
		{"slashes", "2023/8/15 09:05", ref, "2023-08-15T09:05:00+08:00"},
		{"chinese full", "2023年8月15日 16:55", ref, "2023-08-15T16:55:00+08:00"},
		{"chinese with seconds glued", "2005年8月12日16:12:21", ref, "2005-08-12T16:12:21+08:00"},
		{"us slashes with am", "9/17/2004 5:54:13 AM", utcRef, "2004-09-17T05:54:13Z"},
		{"chinese afternoon", "2023年8月15日下午4:55", ref, "2023-08-15T16:55:00+08:00"},
		{"chinese full-width digits", "２０２３年８月１５日", ref, "2023-08-15T00:00:00+08:00"},
		{"glued date and time", "2023081516:55", ref, "2023-08-15T16:55:00+08:00"},
		{"compact date", "20230815", ref, "2023-08-15T00:00:00+08:00"},
		{"chinese without year", "8月15日", ref, "2023-08-15T00:00:00+08:00"},
		{"chinese without year after ref is last year", "12月30日", ref, "2022-12-30T00:00:00+08:00"},
		{"english mdy", "Aug 15, 2023", utcRef, "2023-08-15T00:00:00Z"},
		{"english mdy with time and zone", "August 15, 2023, 4:55 PM EDT", utcRef, "2023-08-15T16:55:00-04:00"},
		{"english dmy", "15 August 2023", utcRef, "2023-08-15T00:00:00Z"},
		{"english weekday dmy", "Tue, 15 Aug 2023 16:55:00 +0800", utcRef, "2023-08-15T16:55:00+08:00"},
		{"periodical issue", "1996年3月号", ref, "1996-03-01T00:00:00+08:00"},
		{"english issue", "March 1996 issue", utcRef, "1996-03-01T00:00:00Z"},
		{"invalid month", "2023-13-01", ref, ""},
		{"invalid day", "2023年2月30日", ref, ""},
		{"glued with bad hour", "2023081525:55", ref, ""},
		{"not a date", "OpenAI raised $6.6 billion", ref, ""},
		{"empty", "", ref, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := ParseDate(c.in, c.ref)
			if c.want == "" {
				if ok {
					t.Fatalf("ParseDate(%q) = %v, want no date", c.in, got)
				}
				return
			}
			if !ok {
				t.Fatalf("ParseDate(%q) found no date, want %s", c.in, c.want)
			}
			if s := got.Format(time.RFC3339); s != c.want {
				t.Errorf("ParseDate(%q) = %s, want %s", c.in, s, c.want)
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	cases := []struct {
		name, text, lang, script string
	}{
		{"english", "OpenAI said its revenue had tripled in the past year and that it was on track to lose billions.", "en", ""},
		{"traditional", "據外媒報道，OpenAI目前財政狀況不佳，可能在2024年底宣告破產。這一下降並非偶發事件。", "zh", "Hant"},
		{"simplified", "据外媒报道，OpenAI目前财政状况不佳，可能在2024年底宣告破产。这一下降并非偶发事件。", "zh", "Hans"},
		{"chinese with many latin names", "OpenAI 的 ChatGPT Plus 與 GPT-4 Turbo API 收入增長，Microsoft Azure 也受益。", "zh", "Hant"},
		{"traditional with shared characters", "皇后大道上的台灣銀行說，今年營收增長，隨後發布新產品。", "zh", "Hant"},
		{"simplified with shared characters", "台湾的公司发布了财报，着重介绍了干细胞业务。", "zh", "Hans"},
		{"english quoting a chinese name", "Moonshot AI, known in China as 月之暗面, raised $1 billion from Alibaba and Tencent this year.", "en", ""},
		{"french", "La société a levé des fonds auprès de plusieurs investisseurs pour financer sa croissance.", "other", ""},
		{"japanese", "オープンエーアイは新しいモデルを発表しました。売上は大幅に増加しています。", "other", ""},
		{"empty", "", "other", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang, script := DetectLang(c.text)
			if lang != c.lang || script != c.script {
				t.Errorf("DetectLang = %q %q, want %q %q", lang, script, c.lang, c.script)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	cases := []struct {
		name, title, site string
		guess             bool
		want              string
	}{
		{"site after dash", "OpenAI raises $6.6 billion at $157 billion valuation - TechCrunch", "", true, "OpenAI raises $6.6 billion at $157 billion valuation"},
		{"site after bar named", "Nvidia earnings beat | Reuters", "Reuters", false, "Nvidia earnings beat"},
		{"site before bar", "TechLedger | OpenAI's revenue run-rate reaches $3.4 billion", "TechLedger", true, "OpenAI's revenue run-rate reaches $3.4 billion"},
		{"chinese underscores", "月之暗面完成新一轮融资，估值达30亿美元_科技频道_新闻网", "", true, "月之暗面完成新一轮融资，估值达30亿美元"},
		{"og title hyphen kept", "OpenAI's revenue - what we know so far", "TechLedger", false, "OpenAI's revenue - what we know so far"},
		{"short title kept", "OpenAI - Wikipedia", "", true, "OpenAI - Wikipedia"},
		{"chinese site after double dash", "拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网", "", true, "拿起跨界“指挥棒”她跟学生“较着劲儿”成长"},
		{"chinese site after hyphen, twice", "脂溢性脱发：你知道什么该吃吗？-报社新闻-查报纸网", "", true, "脂溢性脱发：你知道什么该吃吗？"},
		{"latin hyphen kept", "COVID-19 cases rise again in Europe", "", true, "COVID-19 cases rise again in Europe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cleanTitle(c.title, c.site, c.guess); got != c.want {
				t.Errorf("cleanTitle(%q) = %q, want %q", c.title, got, c.want)
			}
		})
	}
}

func TestAttributions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"report by", "OpenAI's revenue reached $3.4 billion, according to a report by The Information.", []string{"The Information"}},
		{"according to known outlet", "The round values the company at $80 billion, according to Bloomberg.", []string{"Bloomberg"}},
		{"according to a person is not an outlet", "The deal is worth $1 billion, according to John Smith, a partner.", nil},
		{"outlet reported", "Anthropic expects $850 million in revenue, Reuters reported, citing sources.", []string{"Reuters"}},
		{"company reported is not an outlet", "Microsoft reported revenue of $62 billion.", nil},
		{"dateline", "SAN FRANCISCO (Reuters) - OpenAI said on Tuesday ...", []string{"Reuters"}},
		{"magazine reported", "Analytics India Magazine reported that OpenAI could go bankrupt.", []string{"Analytics India Magazine"}},
		{"ju waimei", "日前，據外媒Analytics India Magazine報道，OpenAI目前財政狀況不佳。", []string{"Analytics India Magazine"}},
		{"simplified ju", "据彭博社报道，该公司估值达到800亿美元。", []string{"彭博社"}},
		{"descriptor before a latin name", "据美国科技媒体The Information报道，OpenAI去年亏损5.4亿美元；根据网络分析公司SimilarWeb的数据，访问量下滑。", []string{"The Information", "SimilarWeb"}},
		{"genju data", "根據SimilarWeb的數據，ChatGPT在7月的用戶數量進一步下降。", []string{"SimilarWeb"}},
		{"genju report with time word", "根據Investopedia最近的一份報告，距離首次IPO還為時過早。", []string{"Investopedia"}},
		{"ju baodao credits nobody", "據報道，ChatGPT每天的運營成本為70萬美元。", nil},
		{"shuju is not ju", "數據顯示，用戶數量下降。", nil},
		{"sign-off", "我們依舊可以保持開放的心態靜觀其變。-51CTO-", []string{"51CTO"}},
		{"source line", "來源：36氪", []string{"36氪"}},
		{"simplified source line", "来源：第一财经日报", []string{"第一财经日报"}},
		{"deduplicated in order", "Bloomberg reported the deal. Later, Reuters reported it too, and Bloomberg reported again.", []string{"Bloomberg", "Reuters"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Attributions(c.text); !slices.Equal(got, c.want) {
				t.Errorf("Attributions = %q, want %q", got, c.want)
			}
		})
	}
}

func TestReferenceListLinks(t *testing.T) {
	text := "正文。\n\n參考鏈接\n\nhttps://analyticsindiamag.com/openai-might-go-bankrupt-by-the-end-of-2024/\n\n" +
		"https://zhuanlan.zhihu.com/p/645626973。\n\n(see https://example.com/a), and https://example.com/a again"
	got := appendTextLinks([]claimwatch.Link{{URL: "https://example.com/a"}}, text)
	var urls []string
	for _, l := range got {
		urls = append(urls, l.URL)
	}
	want := []string{"https://example.com/a",
		"https://analyticsindiamag.com/openai-might-go-bankrupt-by-the-end-of-2024/",
		"https://zhuanlan.zhihu.com/p/645626973"}
	if !slices.Equal(urls, want) {
		t.Errorf("links = %q, want %q", urls, want)
	}
}

// TestReferenceListLinksSurviveExtraction serves a reference list as
// link-dense markup, which extractors drop, and expects its links anyway.
func TestReferenceListLinksSurviveExtraction(t *testing.T) {
	page := `<html><body><nav><a href="/">首页</a> <a href="/news/">资讯</a></nav><article><h1>OpenAI去年亏损5.4亿美元</h1>` +
		strings.Repeat("<p>据美国科技媒体The Information报道，OpenAI去年亏损翻倍，达到5.4亿美元，主要用于开发ChatGPT。</p>", 4) +
		`<div class="refs"><p class="refs-title">参考链接</p><ul>` +
		`<li><a href="https://ledger.example/a.html">https://ledger.example/a.html</a></li>` +
		`<li><a href="https://ledger.example/b.html">https://ledger.example/b.html</a></li></ul></div></article>` +
		`<aside><h3>相关阅读</h3><ul><li><a href="/news/1003.html">英伟达获10亿美元订单</a></li></ul></aside></body></html>`
	a, err := Extract(claimwatch.Page{URL: "https://guigu.example/news/1001.html", Body: []byte(page), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	got := linkURLs(a)
	for _, u := range []string{"https://ledger.example/a.html", "https://ledger.example/b.html"} {
		if !slices.Contains(got, u) {
			t.Errorf("links %q lack %s", got, u)
		}
	}
	for _, u := range []string{"https://guigu.example/news/1003.html", "https://guigu.example/news/"} {
		if slices.Contains(got, u) {
			t.Errorf("links %q include navigation %s", got, u)
		}
	}
}

func TestID(t *testing.T) {
	a, b := ID("https://example.com/a"), ID("https://example.com/b")
	if len(a) != 16 || a == b || a != ID("https://example.com/a") {
		t.Errorf("ID gave %q and %q", a, b)
	}
}

func extractFile(t *testing.T, name, url string) claimwatch.Article {
	t.Helper()
	body, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(claimwatch.Page{URL: url, Body: body, FetchedAt: fetched, Source: "test"})
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	return a
}

func linkURLs(a claimwatch.Article) []string {
	var out []string
	for _, l := range a.Links {
		out = append(out, l.URL)
	}
	return out
}

func assertAbsent(t *testing.T, text string, furniture ...string) {
	t.Helper()
	for _, f := range furniture {
		if strings.Contains(text, f) {
			t.Errorf("text contains furniture %q", f)
		}
	}
}

func assertPresent(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q", w)
		}
	}
}

func TestExtractEnglishDropsNavAdsRelatedAndFooter(t *testing.T) {
	a := extractFile(t, "en_nav_ads.html", "https://techledger.example/2024/06/openai-revenue-run-rate?utm=x")
	assertAbsent(t, a.Text, "900 points", "700% returns", "$1 a week", "Nvidia beats", "xAI raises", "1200 Market Street", "12 million readers")
	assertPresent(t, a.Text, "$3.4 billion", "$13 billion", "$86 billion")
	if a.Title != "OpenAI's revenue run-rate reaches $3.4 billion" || a.SiteName != "TechLedger" || a.Byline != "Jane Doe" {
		t.Errorf("title %q site %q byline %q", a.Title, a.SiteName, a.Byline)
	}
	if want := "2024-06-12T18:05:00-04:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	if a.URL != "https://techledger.example/2024/06/openai-revenue-run-rate" {
		t.Errorf("URL %q, want the canonical", a.URL)
	}
	if a.Lang != "en" || a.Script != "" {
		t.Errorf("lang %q %q", a.Lang, a.Script)
	}
	want := []string{"https://www.theinformation.com/articles/openai-revenue", "https://www.reuters.com/technology/anthropic-revenue-2024/"}
	if got := linkURLs(a); !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
	if !slices.Equal(a.Attributions, []string{"The Information", "Reuters"}) {
		t.Errorf("attributions %q", a.Attributions)
	}
	if !strings.Contains(a.Text, "\n\n") {
		t.Error("paragraphs are not separated by blank lines")
	}
}

func TestExtractTraditionalReadsDateUnderHeadline(t *testing.T) {
	a := extractFile(t, "zh_hant.html", "https://news.example.tw/a/123")
	assertAbsent(t, a.Text, "300點", "台積電市值", "比特幣", "0800-123-456")
	assertPresent(t, a.Text, "221億美元", "毛利率達到76%")
	if a.Lang != "zh" || a.Script != "Hant" {
		t.Errorf("lang %q %q", a.Lang, a.Script)
	}
	if want := "2024-02-22T08:30:00+08:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	if a.Title != "輝達營收創新高 資料中心業務成長409%" {
		t.Errorf("title %q", a.Title)
	}
	if !slices.Equal(a.Attributions, []string{"彭博社", "LSEG"}) {
		t.Errorf("attributions %q", a.Attributions)
	}
}

func TestExtractSimplifiedReadsJSONLDDateInChinaTime(t *testing.T) {
	a := extractFile(t, "zh_hans_jsonld.html", "https://www.example-news.cn/tech/moonshot.html")
	assertAbsent(t, a.Text, "88元红包", "亏损50亿元", "破万亿", "京ICP备")
	assertPresent(t, a.Text, "30亿美元", "1000万")
	if a.Lang != "zh" || a.Script != "Hans" {
		t.Errorf("lang %q %q", a.Lang, a.Script)
	}
	if want := "2024-08-05T10:20:00+08:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	if a.Byline != "李华" || a.Title != "月之暗面完成新一轮融资，估值达30亿美元" {
		t.Errorf("byline %q title %q", a.Byline, a.Title)
	}
	for _, u := range []string{"https://36kr.com/p/2890000000000001", "https://www.example-news.cn/tech/kimi-users.html"} {
		if !slices.Contains(linkURLs(a), u) {
			t.Errorf("links %q lack %s", linkURLs(a), u)
		}
	}
}

func TestExtractLeavesDateZeroWhenPageHasNone(t *testing.T) {
	a := extractFile(t, "nodate.html", "https://blog.example/research")
	if !a.Published.IsZero() {
		t.Errorf("published %v, want zero", a.Published)
	}
	assertAbsent(t, a.Text, "Home Blog")
	assertPresent(t, a.Text, "fifty thousand")
}

func TestExtractSurvivesBrokenHTML(t *testing.T) {
	a := extractFile(t, "broken.html", "https://broken.example/mistral")
	assertPresent(t, a.Text, "€600 million", "Lightspeed", "chat assistant")
	if want := "2024-06-11T09:15:00Z"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	if !slices.Contains(a.Attributions, "Bloomberg") {
		t.Errorf("attributions %q lack Bloomberg", a.Attributions)
	}
}

func TestExtractRejectsFutureDate(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head><body><article><h1>Title</h1><p>Published 3 March 2024</p><p>` +
		strings.Repeat("OpenAI said its revenue grew again this year. ", 20) + `</p></article></body></html>`
	a, err := Extract(claimwatch.Page{URL: "https://x.example/a", Body: []byte(page), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2024-03-03"; a.Published.Format(time.DateOnly) != want {
		t.Errorf("published %v, want %s (the meta date is in the future)", a.Published, want)
	}
}

func TestExtractUsesFeedDateFirst(t *testing.T) {
	body, _ := os.ReadFile("testdata/en_nav_ads.html")
	feed := &claimwatch.FeedItem{Title: "Feed title", Published: time.Date(2024, 6, 13, 1, 0, 0, 0, time.UTC)}
	a, err := Extract(claimwatch.Page{URL: "https://techledger.example/x", Body: body, FetchedAt: fetched, Feed: feed})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(feed.Published) {
		t.Errorf("published %v, want the feed's %v", a.Published, feed.Published)
	}
}

func TestTrimFurniture(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"footer lines go", "正文第一段。\n\n正文第二段。\n\n【编辑:刘欢】 返回搜狐，查看更多\n\n松花江网 版权所有 吉ICP备10003441号", "正文第一段。\n\n正文第二段。"},
		{"date line on top goes", "2022-02-13 09:57 光明网\n\n土豆，听名字就土得掉渣。", "土豆，听名字就土得掉渣。"},
		{"long paragraph with a mark stays", "Body.\n\n" + strings.Repeat("All rights reserved is a phrase the court examined at length. ", 5), "Body.\n\n" + strings.Repeat("All rights reserved is a phrase the court examined at length. ", 5)},
		{"a lone paragraph stays", "Copyright 2024 Example Inc.", "Copyright 2024 Example Inc."},
		{"sentence opening with a date stays when long", "2023年8月15日，" + strings.Repeat("OpenAI宣布新一輪融資，估值達到八百億美元。", 3), "2023年8月15日，" + strings.Repeat("OpenAI宣布新一輪融資，估值達到八百億美元。", 3)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := trimFurniture(c.in); got != c.want {
				t.Errorf("trimFurniture = %q, want %q", got, c.want)
			}
		})
	}
}

// TestExtractKeepsShortChineseBrief checks that a 100-character brief is
// neither dropped nor swapped for readability's larger, noisier take.
func TestExtractKeepsShortChineseBrief(t *testing.T) {
	brief := "據路透社報道，Anthropic正與投資者洽談新一輪融資，估值可能達到600億美元，較上一輪增長逾一倍。知情人士稱，談判仍處於早期階段，條款可能改變。"
	var side strings.Builder
	for i := range 30 {
		side.WriteString("<li><a href=\"/n/" + strconv.Itoa(i) + "\">熱門新聞標題第" + strconv.Itoa(i) + "則，點擊閱讀全文了解更多詳情</a></li>")
	}
	page := `<html lang="zh-Hant"><head><title>Anthropic洽談融資 估值或達600億美元</title></head><body>` +
		`<div class="side"><ul>` + side.String() + `</ul></div>` +
		`<div class="article"><h1>Anthropic洽談融資 估值或達600億美元</h1><p>` + brief + `</p></div>` +
		`<div class="foot">關於我們 聯絡我們 廣告刊登</div></body></html>`
	a, err := Extract(claimwatch.Page{URL: "https://news.example.hk/a/1", Body: []byte(page), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != brief {
		t.Errorf("text %q, want the brief alone", a.Text)
	}
	if !slices.Equal(a.Attributions, []string{"路透社"}) {
		t.Errorf("attributions %q", a.Attributions)
	}
}

const seedPath = "../../shared/examples/000_ad21ea9e24e98342.txt"

var seedRefs = []string{
	"https://analyticsindiamag.com/openai-might-go-bankrupt-by-the-end-of-2024/",
	"https://analyticsindiamag.com/openai-raises-alarm-over-open-source-ai-dangers/",
	"https://zhuanlan.zhihu.com/p/645626973",
}

func TestFromTextOnSeedRepost(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("seed example not present")
	}
	a := FromText(string(raw), "https://example.com/seed", time.Time{}, "")
	if want := "2023-08-15T16:55:00+08:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	if a.Lang != "zh" || a.Script != "Hant" {
		t.Errorf("lang %q %q", a.Lang, a.Script)
	}
	if a.Title != "日燒508萬,OpenAI只能活到2024?" {
		t.Errorf("title %q", a.Title)
	}
	assertAbsent(t, a.Text, "彌勒天書閣", "maitreya-books.com", "2023081516:55")
	assertPresent(t, a.Text, "5.4億美元", "-51CTO-")
	for _, w := range []string{"Analytics India Magazine", "SimilarWeb", "51CTO"} {
		if !slices.Contains(a.Attributions, w) {
			t.Errorf("attributions %q lack %s", a.Attributions, w)
		}
	}
	for _, u := range seedRefs {
		if !slices.Contains(linkURLs(a), u) {
			t.Errorf("links %q lack %s", linkURLs(a), u)
		}
	}
	if slices.Contains(linkURLs(a), "https://maitreya-books.com/") {
		t.Error("the furniture's link was kept")
	}
}

// TestExtractSeedAsHTMLDropsSidebarFurniture serves the seed as a page with
// its unrelated first paragraph in a sidebar, as the issue asks.
func TestExtractSeedAsHTMLDropsSidebarFurniture(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("seed example not present")
	}
	paras := splitParagraphs(string(raw))
	var b strings.Builder
	b.WriteString(`<html lang="zh-Hant"><head><title>` + paras[1] + ` - 51CTO</title></head><body>`)
	b.WriteString(`<aside class="sidebar"><p>` + paras[0] + `</p></aside><article><h1>` + paras[1] + `</h1><div class="time">` + paras[2] + `</div>`)
	for _, p := range paras[3:] {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article></body></html>`)
	a, err := Extract(claimwatch.Page{URL: "https://www.51cto.com/article/123.html", Body: []byte(b.String()), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	assertAbsent(t, a.Text, "彌勒天書閣")
	assertPresent(t, a.Text, "5.4億美元")
	if want := "2023-08-15T16:55:00+08:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	for _, u := range seedRefs {
		if !slices.Contains(linkURLs(a), u) {
			t.Errorf("links %q lack %s", linkURLs(a), u)
		}
	}
}

// FuzzParseDate checks ParseDate and findDate on any input. Fuzz it with a
// bounded minimization, -fuzzminimizetime=200x: by default each new
// interesting input is minimized for up to 60 s during which no fuzzing
// happens, and on a loaded machine the toolchain can report that worker as
// hung without saving an input (golang/go#52569).
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-08-15", "2023081516:55", "2023年8月15日 16:55", "Aug 15, 2023", "15 August 2023", "8月15日", "2023-08-15T16:55:00+08:00", "UTC+99"} {
		f.Add(s)
	}
	ref := time.Date(2024, 1, 1, 0, 0, 0, 0, shanghai)
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDate(s, ref); ok && (d.Year() < 1969 || d.Year() > 2101) {
			t.Errorf("ParseDate(%q) = %v out of range", s, d)
		}
		findDate(s, ref)
	})
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"en_nav_ads.html", "zh_hant.html", "broken.html"} {
		if b, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<p>據外媒報道<a href='javascript:x'>x</a></p>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		Extract(claimwatch.Page{URL: "https://x.example/a", Body: body, FetchedAt: fetched})
		FromText(string(body), "", time.Time{}, "")
	})
}

func BenchmarkExtract(b *testing.B) {
	body, err := os.ReadFile("testdata/en_nav_ads.html")
	if err != nil {
		b.Fatal(err)
	}
	zh, _ := os.ReadFile("testdata/zh_hant.html")
	pages := [][]byte{body, zh}
	var n int
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n / len(pages)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Extract(claimwatch.Page{URL: "https://x.example/a", Body: pages[i%len(pages)], FetchedAt: fetched}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestExtractIsSafeConcurrently runs Extract from several goroutines, as the
// pipeline's worker pool does; run it with -race.
func TestExtractIsSafeConcurrently(t *testing.T) {
	pages := []string{"zh_hant.html", "zh_hans_jsonld.html", "en_nav_ads.html"}
	done := make(chan claimwatch.Article)
	for i := range 6 {
		go func() {
			body, _ := os.ReadFile("testdata/" + pages[i%len(pages)])
			a, _ := Extract(claimwatch.Page{URL: "https://x.example/" + strconv.Itoa(i), Body: body, FetchedAt: fetched})
			done <- a
		}()
	}
	for range 6 {
		if a := <-done; a.Text == "" {
			t.Error("empty text from a concurrent Extract")
		}
	}
}

func TestNormalize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"full-width digits and units", "５.４億美元", "5.4亿美元"},
		{"full-width punctuation", "（約）１２％：ＯｐｅｎＡＩ", "(约)12%:OpenAI"},
		{"ideographic space", "營收\u3000增長", "营收 增长"},
		{"simplified unchanged", "据报道，收入增长百分之五。", "据报道,收入增长百分之五。"},
		{"english unchanged", "Revenue rose 5% to $1.2 billion.", "Revenue rose 5% to $1.2 billion."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in); got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestFindDatesInPageText(t *testing.T) {
	ref := time.Date(2026, 1, 1, 0, 0, 0, 0, shanghai)
	cases := []struct {
		name, text string
		find       func(string, time.Time) (time.Time, bool)
		want       string // RFC 3339, "" for none
	}{
		{"iso date followed by a number", "http://www.qianlong.com/ 2005-07-18 13:03:17 1个月之后", findDate, "2005-07-18T13:03:17+08:00"},
		{"first day of a span is an event", "第四届年会（2004年12月11－12日，南开大学）", findDate, ""},
		{"blog creation date is not publication", "建立于:2004年10月6日 日志:279", findDate, ""},
		{"labelled date wins", "访问:121369 ggjjzhzz 发表于 2005-9-15 11:46:00", findLabelledDate, "2005-09-15T11:46:00+08:00"},
		{"issue only as last resort", "——《北京之春》1996年3月号", findDate, ""},
		{"issue", "——《北京之春》1996年3月号", issueDate, "1996-03-01T00:00:00+08:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := c.find(c.text, ref)
			if c.want == "" {
				if ok {
					t.Fatalf("found %v, want none", got)
				}
				return
			}
			if !ok || got.Format(time.RFC3339) != c.want {
				t.Errorf("got %v %v, want %s", got, ok, c.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	cases := []struct{ url, want string }{
		{"http://auto.qianlong.com/36/2005/07/18/1680@2723871.htm", "2005-07-18"},
		{"https://example.com/news/2023-08-15/openai-funding", "2023-08-15"},
		{"http://business.sohu.com/20040716/n221031086.shtml", "2004-07-16"},
		{"https://example.com/2023/13/45/x", ""},
		{"https://example.com/p/202308151234", ""},
		{"https://example.com/a/1", ""},
	}
	for _, c := range cases {
		got, ok := urlDate(c.url, shanghai)
		if s := got.Format("2006-01-02"); ok != (c.want != "") || ok && s != c.want {
			t.Errorf("urlDate(%q) = %s %v, want %q", c.url, s, ok, c.want)
		}
	}
}

// TestExtractSkipsDatesOfListedArticles checks that the dates of a list of
// related articles do not become the page's date, while the date after a
// single link (a site or author link) does.
func TestExtractSkipsDatesOfListedArticles(t *testing.T) {
	page := `<html><body><table><tr><td><div class="Heading">广汽回应现代合资内幕 全面合作项目即将展开</div>
<div class="Date"><a href="http://www.qianlong.com/">http://www.qianlong.com/</a> 2005-07-18 13:03:17</div>
<p>` + strings.Repeat("广汽集团与现代汽车的合作项目即将全面展开，双方表示将在商用车领域合资建厂。", 8) + `</p></td>
<td><a href="/a/1">郑梦九军马南调</a> <font>2005-06-28 15:28:56</font><br>
<a href="/a/2">现代在华四处撒网</a> <font>2005-06-28 15:08:31</font><br>
<a href="/a/3">对比进口产品价格偏高</a> <font>2005-06-28 09:40:42</font></td></tr></table></body></html>`
	a, err := Extract(claimwatch.Page{URL: "http://auto.example.cn/news/1.htm", Body: []byte(page), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2005-07-18T13:03:17+08:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
	if a.Title != "广汽回应现代合资内幕 全面合作项目即将展开" {
		t.Errorf("title %q, want the headline from the Heading element", a.Title)
	}
}

func TestTrimFurnitureTail(t *testing.T) {
	body := "正文第一段，讲述了事情的经过和各方的反应。\n\n正文第二段，记者采访了相关人士。"
	// Navigation and sign-offs end an article only below most of its text.
	long := body + "\n\n" + strings.Repeat("正文第三段很长，记者采访了许多相关人士并记录了他们的看法。", 12)
	cases := []struct{ name, in, want string }{
		{"related list with dates", body + "\n\n来源：南方都市报\n\n·韩红发新专辑 (2005-04-27 18:03PM)\n\n·蔡依林热舞 (2005-04-27 18:03PM)\n\n盛典国际商机无限 图片精选 其他报道", body},
		{"footer heading takes the rest", body + "\n\n正文第三段。\n\n相关内容\n\n" + strings.Repeat("很长的推荐文字，", 40), body + "\n\n正文第三段。"},
		{"reprint notice", body + "\n\n原创版权禁止商业转载\n\n授权>>转载申请事宜以及报告非法侵权行为，请联系我们：010-56807194", body},
		{"header line and reporters on top", "【新春走基层】\n\n光明日报记者 王建宏 张文攀\n\n" + body, body},
		{"title and source line on top", "孩子：我的奶酪，谁做主 2005-02-06 13:26更新 来源：转载文章\n\n" + body, body},
		{"share bar anywhere", "First paragraph of the story.\n\nWhatsapp Facebook Pint Baixar\n\nSecond paragraph of the story.", "First paragraph of the story.\n\nSecond paragraph of the story."},
		{"newsletter box", "The story.\n\nThanks for signing up!\n\nKeep an eye on your inbox for the latest news.\n\nMore of the story.", "The story.\n\nMore of the story."},
		{"page navigation ends the article", long + "\n\n来源：新闻晨报\n\n编辑：山石\n\n第1页/共1页 << 上一页 | 下一页 >>\n\n幻灯欣赏：\n\n" + strings.Repeat("情感 - 爱上大龄离异男以后\n\n", 12) + strings.Repeat("打开你的窗 男人的玩物 泳衣也可爱，", 10), long},
		{"numbered pages end the article", long + "\n\n[1] [2] [3] [4]\n\n（责任编辑： 黄帅 ）\n\n" + strings.Repeat("凡本网注明来源的作品，版权均属本网所有。", 12), long},
		{"forum sign-off ends the post", long + "\n\n本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.\n\n郑重声明\n\n1.任何言论纯属作者个人观点；", long},
		{"post meta line and dated list", body + "\n\n发表于2004年12月27日12:40-(阅读:3727;评论:63)\n\n[2005-08-21] 为什么总要面对呢\n\n[2005-08-17] 无序列表", body},
		{"a copy run together goes", body + "\n\n" + strings.Repeat("第三段也是正文，讲的是后来的事情。", 12) + "\n\n" + strings.ReplaceAll(body, "\n\n", "") + strings.Repeat("第三段也是正文，讲的是后来的事情。", 12), body + "\n\n" + strings.Repeat("第三段也是正文，讲的是后来的事情。", 12)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := trimFurniture(c.in); got != c.want {
				t.Errorf("trimFurniture =\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

func TestFindByline(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"author label", "时间：2004年10月21日14:18 作者：郭励弘 我来说两句(0)", "郭励弘"},
		{"paper's reporter", "□ 本报记者 葛灵丹 (责编：萧潇、张妍)", "葛灵丹"},
		{"reporter glued to dateline", "本报记者罗科苏盈发自北京 23日下午", "罗科苏盈"},
		{"reporters in brackets", "推动云南工业高质量发展。（记者 胡晓蓉） 责任编辑：孙重远", "胡晓蓉"},
		{"two reporters", "新华网黑龙江频道 记者 伊琳 李清芬 个人简介", "伊琳 李清芬"},
		{"editor when nothing else", "不活跃的比例有所增加。 来源：新闻晨报 编辑：山石 相关报道", "山石"},
		{"reporter as subject of a sentence", "记者近日从西藏自治区农业农村厅了解到，改造户用卫生厕所4.66万座。", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := findByline(c.text); got != c.want {
				t.Errorf("findByline = %q, want %q", got, c.want)
			}
		})
	}
	for _, junk := range []string{"Discuz! Team and Comsenz UI Team", "www.yunnan.cn,云南日报报业集团,云南网", "L_104485", "https://example.com/author/jane"} {
		if plausibleByline(junk) {
			t.Errorf("plausibleByline(%q) = true", junk)
		}
	}
}

func TestExtractDetails(t *testing.T) {
	page := `<html><head><title>OpenAI raises $6.6 billion - TechLedger</title>
<link rel="canonical" href="/news/openai-raises">
<meta property="og:image" content="/img/openai.jpg">
<meta property="article:published_time" content="2024-10-02T14:00:00Z">
<meta property="article:modified_time" content="2024-10-03T09:30:00Z">
<meta name="description" content="The round values the company at $157 billion.">
</head><body><h1>OpenAI raises $6.6 billion</h1>
<p class="article-dek">The round values the company at $157 billion.</p>
<p>` + strings.Repeat("OpenAI said on Wednesday that it had raised $6.6 billion from investors led by Thrive Capital. ", 4) + `</p>
<p>` + strings.Repeat("The company expects revenue of $3.7 billion this year and a loss of about $5 billion. ", 4) + `</p>
<p>Thanks for signing up!</p>
</body></html>`
	a, d, err := ExtractDetails(claimwatch.Page{URL: "https://techledger.example/news/openai-raises?utm=x", Body: []byte(page), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if d.Canonical != "https://techledger.example/news/openai-raises" {
		t.Errorf("canonical %q", d.Canonical)
	}
	if d.Image != "https://techledger.example/img/openai.jpg" {
		t.Errorf("image %q", d.Image)
	}
	if want := "2024-10-03T09:30:00Z"; d.Updated.Format(time.RFC3339) != want {
		t.Errorf("updated %v, want %s", d.Updated, want)
	}
	assertAbsent(t, a.Text, "The round values the company", "Thanks for signing up")
	assertPresent(t, a.Text, "Thrive Capital", "$3.7 billion")
}

func TestRepeatsItself(t *testing.T) {
	table := "索引号：11220000013544357T/2022-00426 分类：环境监测、保护与治理;通告 发文机关：吉林省人民政府 成文日期：2022年01月27日"
	if !repeatsItself(table + "\n\n" + table) {
		t.Error("a block printed twice was not noticed")
	}
	if repeatsItself(table + "\n\n为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行。") {
		t.Error("a text without repetition was taken for one")
	}
}

func TestArchivePageTakesFirstPost(t *testing.T) {
	post := func(title, text string) string {
		return `<table class="post"><tr><td class="post-title">` + title + `</td></tr><tr><td class="post-body">` + text + `</td></tr></table>`
	}
	page := `<html><body><div id="side">` + strings.Repeat("<p>博客首页 注册新的博客 控制面板</p>", 3) + `</div>` +
		post("湘菜粤菜", strings.Repeat("湘菜粤菜兵分两路，新鲜的是，湘菜浓妆淡抹，粤菜却是明艳照人。", 4)) +
		post("真的累了", strings.Repeat("<p>当斑竹半年来，没有功劳也有苦劳，而一切都怪我太认真。</p>", 20)) +
		post("侦探", strings.Repeat("<p>读小学的时候，我就爱看侦探小说，以及侦探电影。</p>", 10)) +
		`</body></html>`
	a, err := Extract(claimwatch.Page{URL: "http://blog.example/archives.php?date=200506", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	assertPresent(t, a.Text, "湘菜粤菜兵分两路")
	assertAbsent(t, a.Text, "当斑竹半年来", "侦探小说")
}

func TestWrittenDateOfOfficialDocument(t *testing.T) {
	page := "索引号：11220000013544357T/2022-00426 发文机关：吉林省人民政府 成文日期：2022年01月27日 发布日期：2022年01月28日"
	got, ok := writtenDate(page, time.Date(2026, 1, 1, 0, 0, 0, 0, shanghai))
	if !ok || got.Format("2006-01-02") != "2022-01-27" {
		t.Errorf("writtenDate = %v, %v; want 2022-01-27", got, ok)
	}
	if _, ok := writtenDate("发布日期：2022年01月28日", time.Now()); ok {
		t.Error("a page without 成文日期 gave a written date")
	}
}

func TestIsOneBlock(t *testing.T) {
	long := strings.Repeat("一夜间，播客成了继博客和RSS后网络上的热门话题。", 50)
	if !isOneBlock(long + "\n\n网页内容仅为个人意见") {
		t.Error("a page's text run together was not noticed")
	}
	if isOneBlock(long[:len(long)/2] + "\n\n" + long[len(long)/2:]) {
		t.Error("two long paragraphs taken for one block")
	}
}

func TestZoneOfClock(t *testing.T) {
	rfi := time.Date(2022, 2, 6, 12, 48, 6, 0, time.UTC)
	late := time.Date(2019, 11, 19, 7, 3, 25, 0, time.UTC)
	cases := []struct {
		name  string
		t     time.Time
		shown string
		want  string // RFC 3339, "" for no zone found
	}{
		{"paris wall clock, day first", rfi, "06/02/2022 - 13:48", "2022-02-06T13:48:06+01:00"},
		{"pacific evening of the day before", late, "November 18, 2019 11:03 PM", "2019-11-18T23:03:25-08:00"},
		{"clock with seconds", rfi, "2022-02-06 20:48:06", "2022-02-06T20:48:06+08:00"},
		{"chinese afternoon", time.Date(2023, 8, 15, 8, 55, 0, 0, time.UTC), "2023年8月15日下午4:55", "2023-08-15T16:55:00+08:00"},
		{"half-hour zone", rfi, "6 Feb 2022, 18:18", "2022-02-06T18:18:06+05:30"},
		{"same clock keeps the zone", rfi, "06/02/2022 12:48", "2022-02-06T12:48:06Z"},
		{"minutes off by a quarter hour", rfi, "06/02/2022 - 13:33", ""},
		{"seconds disagree", rfi, "2022-02-06 13:48:07", ""},
		{"day disagrees", rfi, "07/02/2022 - 13:48", ""},
		{"year disagrees", rfi, "06/02/2021 - 13:48", ""},
		{"no date and two offsets a day apart fit", rfi, "01:48", ""},
		{"no clock", rfi, "06/02/2022", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := zoneOfClock(c.t, c.shown)
			if c.want == "" {
				if ok {
					t.Fatalf("zoneOfClock(%q) = %v, want none", c.shown, got)
				}
				return
			}
			if !ok || got.Format(time.RFC3339) != c.want || !got.Equal(c.t) {
				t.Errorf("zoneOfClock(%q) = %v %v, want %s", c.shown, got, ok, c.want)
			}
		})
	}
}

func TestZoneOfWall(t *testing.T) {
	meta := time.Date(2019, 11, 13, 21, 26, 50, 0, time.UTC)
	pst := time.FixedZone("PST", -8*3600)
	cases := []struct {
		name string
		wall time.Time // as read from the page; UTC stands for "no zone written"
		want string    // RFC 3339, "" for no zone found
	}{
		{"wall clock five hours behind", time.Date(2019, 11, 13, 16, 26, 0, 0, time.UTC), "2019-11-13T16:26:50-05:00"},
		{"wall clock the next day", time.Date(2019, 11, 14, 5, 26, 50, 0, time.UTC), "2019-11-14T05:26:50+08:00"},
		{"written zone agreeing", time.Date(2019, 11, 13, 13, 26, 0, 0, pst), "2019-11-13T13:26:50-08:00"},
		{"written zone contradicting", time.Date(2019, 11, 13, 16, 26, 0, 0, pst), ""},
		{"minutes off", time.Date(2019, 11, 13, 16, 40, 0, 0, time.UTC), ""},
		{"more than a zone away", time.Date(2019, 11, 14, 16, 26, 0, 0, time.UTC), ""},
		{"a day without a time", time.Date(2019, 11, 13, 0, 0, 0, 0, time.UTC), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := zoneOfWall(meta, c.wall, time.UTC)
			if c.want == "" {
				if ok {
					t.Fatalf("zoneOfWall(%v) = %v, want none", c.wall, got)
				}
				return
			}
			if !ok || got.Format(time.RFC3339) != c.want || !got.Equal(meta) {
				t.Errorf("zoneOfWall(%v) = %v %v, want %s", c.wall, got, ok, c.want)
			}
		})
	}
}

// TestExtractKeepsDisplayedZone checks that a <time> element whose text is
// a wall clock in another zone keeps its instant in that zone.
func TestExtractKeepsDisplayedZone(t *testing.T) {
	page := `<html lang="zh-Hans"><head><meta property="article:published_time" content="2022-02-06T12:48:06+00:00"></head><body><article>
<h1>法国报纸摘要 - 马克龙星期一在莫斯科与普京会面</h1>
<p class="m-pub-dates">发表时间： <time datetime="2022-02-06T12:48:06+00:00" pubdate="pubdate">06/02/2022 - 13:48</time></p>
<p>` + strings.Repeat("法国总统马克龙下星期访问莫斯科和基辅，星期一在莫斯科与俄罗斯总统普京会面。", 8) + `</p></article></body></html>`
	a, err := Extract(claimwatch.Page{URL: "https://www.rfi.fr/cn/1", Body: []byte(page), FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2022-02-06T13:48:06+01:00"; a.Published.Format(time.RFC3339) != want {
		t.Errorf("published %v, want %s", a.Published, want)
	}
}

func TestHeadOfDates(t *testing.T) {
	cases := []struct {
		name, in string
		n        int
		want     string
	}{
		{"cut inside a date's time", "发布日期： 7/5/2005 9:23:57 PM 正文", 14, "发布日期： 7/5/2005 9:23:57 PM"},
		{"cut inside a chinese date", "日期：2005年7月5日 正文开始", 8, "日期：2005年7月5日"},
		{"cut after the date", "发布日期： 7/5/2005 9:23:57 PM 正文", 25, "发布日期： 7/5/2005 9:23:57 PM"},
		{"cut in plain text", "正文第一段，讲述了事情的经过。", 5, "正文第一段"},
		{"short text whole", "2005-07-05", 30, "2005-07-05"},
		{"full-width digits narrowed", "日期：２００５－０７－０５", 5, "日期：2005-07-05"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := headOfDates(c.in, c.n); got != c.want {
				t.Errorf("headOfDates(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
			}
		})
	}
}

func TestDatelineMonth(t *testing.T) {
	ref := time.Date(2026, 1, 1, 0, 0, 0, 0, shanghai)
	body := "为了贯彻落实北京市“十五”时期儿童发展规划，开展了本次调查和研究。"
	cases := []struct {
		name, text string
		want       string // YYYY-MM, "" for none
	}{
		{"under the author line", "北京市妇女儿童工作委员会儿童心理调研课题组\n\n2003年5月\n\n" + body, "2003-05"},
		{"first paragraph, full-width digits", "２００３年５月\n\n" + body, "2003-05"},
		{"too far down", "标题\n\n作者\n\n" + body + "\n\n2003年5月\n\n" + body, ""},
		{"month inside a sentence", "2003年5月，课题组开展了调查。\n\n" + body, ""},
		{"full date is not a month", "课题组\n\n2003年5月12日\n\n" + body, ""},
		{"chronology headings", "大事记\n\n2003年5月\n\n" + body + "\n\n2003年6月\n\n" + body, ""},
		{"bad month", "课题组\n\n2003年13月\n\n" + body, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := datelineMonth(c.text, ref)
			if c.want == "" {
				if ok {
					t.Fatalf("found %v, want none", got)
				}
				return
			}
			if !ok || got.Format("2006-01") != c.want || got.Location() != shanghai {
				t.Errorf("got %v %v, want %s", got, ok, c.want)
			}
		})
	}
}

// TestExtractPrefersDocumentDateline checks that a report reposted by a
// portal is dated by its own month, not the portal's later timestamp, and
// that a timestamp within that month, being more precise, is kept.
func TestExtractPrefersDocumentDateline(t *testing.T) {
	page := func(stamp string) []byte {
		return []byte(`<html><body><h1>北京市儿童心理素质发展现状调查研究报告</h1>
<div class="Date"><a href="http://www.qianlong.com/">http://www.qianlong.com/</a> ` + stamp + `</div>
<div class="Content"><p align="center"><strong>　　北京市妇女儿童工作委员会儿童心理调研课题组</strong></p>
<p align="center"><strong>　　2003年5月</strong></p>
<p>　　为了贯彻落实北京市“十五”时期儿童发展规划，进一步了解全市13—15岁儿童目前的心理发展现状，北京市妇女儿童工作委员会开展了本次儿童心理素质发展现状的调查和研究。</p>
<p>　　本次研究对象为13—15岁的儿童。13—15岁是青春期的生长高峰时期，生理剧变，心理矛盾交织，亲子关系比较不协调，对纷繁复杂的社会的认知也比较偏颇。</p>
<p>　　本次研究分为两个阶段：首先组织心理专家、教育专家具体指导，委托调查公司设计调查问卷并负责调查，2002年底完成调查，收回三个城区和两个郊区的问卷。</p>
<p>　　根据世界卫生组织对健康的科学定位，参考北京市中小学生心理健康教育设立的五条标准，我们认为健康的儿童不仅需要没有心理疾病，还要有良好的社会适应。</p>
<p>　　调查显示，大多数儿童对自己的学习和生活感到满意，但也有相当一部分儿童表示学习压力较大，与父母的沟通不够顺畅，希望得到更多的理解和支持。</p>
<p>　　课题组建议，学校和家庭应当共同关注儿童的心理健康，开设心理辅导课程，培养专业的心理教师，为儿童的健康成长创造良好的环境。</p>
</div></body></html>`)
	}
	for _, c := range []struct{ stamp, want string }{
		{"2005-03-06 16:17:00", "2003-05-01T00:00:00+08:00"},
		{"2003-05-20 09:30:00", "2003-05-20T09:30:00+08:00"},
	} {
		a, err := Extract(claimwatch.Page{URL: "http://beijing.example.cn/3825/1060.htm", Body: page(c.stamp), FetchedAt: fetched})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published.Format(time.RFC3339) != c.want {
			t.Errorf("posted %s: published %v, want %s (text %q)", c.stamp, a.Published, c.want, headOf(a.Text, 80))
		}
	}
}
