package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The benchmark scorer of ../shared/conformance/article-extraction, written
// from its README: 4-token shingles, per-page counts normalised so every
// page weighs the same, corpus precision and recall as means of page values.

var benchToken = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// wordTokens is the benchmark's tokenizer.
func wordTokens(s string) []string { return benchToken.FindAllString(s, -1) }

// charTokens is our Chinese variant: each Han character is a token, runs of
// other letters and digits are one token each.
func charTokens(s string) []string {
	var out []string
	for _, run := range benchToken.FindAllString(s, -1) {
		start := -1
		for i, r := range run {
			if unicode.Is(unicode.Han, r) {
				if start >= 0 {
					out = append(out, run[start:i])
					start = -1
				}
				out = append(out, string(r))
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			out = append(out, run[start:])
		}
	}
	return out
}

func shingles(tokens []string) map[string]int {
	m := map[string]int{}
	if len(tokens) == 0 {
		return m
	}
	if len(tokens) < 4 {
		m[strings.Join(tokens, "\x00")]++
		return m
	}
	for i := 0; i+4 <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+4], "\x00")]++
	}
	return m
}

// pageScore holds one page's normalised counts.
type pageScore struct{ tp, fp, fn float64 }

func scorePage(truth, pred string, tokenize func(string) []string) pageScore {
	t, p := shingles(tokenize(truth)), shingles(tokenize(pred))
	var s pageScore
	for k, c := range t {
		pc := p[k]
		s.tp += float64(min(c, pc))
		s.fn += float64(max(c-pc, 0))
	}
	for k, c := range p {
		s.fp += float64(max(c-t[k], 0))
	}
	if sum := s.tp + s.fp + s.fn; sum > 0 {
		s.tp, s.fp, s.fn = s.tp/sum, s.fp/sum, s.fn/sum
	}
	return s
}

// corpusScore returns precision, recall, F1 and accuracy as the benchmark
// defines them.
func corpusScore(truth, pred map[string]string, tokenize func(string) []string) (p, r, f1, acc float64) {
	var sumP, sumR float64
	var nP, nR, same int
	for id, t := range truth {
		s := scorePage(t, pred[id], tokenize)
		pp, pr := s.tp/(s.tp+s.fp), s.tp/(s.tp+s.fn)
		if s.fp == 0 && s.fn == 0 {
			pp, pr = 1, 1
		}
		if s.tp+s.fp > 0 {
			if math.IsNaN(pp) {
				pp = 0
			}
			sumP += pp
			nP++
		}
		if s.tp+s.fn > 0 {
			if math.IsNaN(pr) {
				pr = 0
			}
			sumR += pr
			nR++
		}
		if slices.Equal(tokenize(t), tokenize(pred[id])) {
			same++
		}
	}
	if nP > 0 {
		p = sumP / float64(nP)
	}
	if nR > 0 {
		r = sumR / float64(nR)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1, float64(same) / float64(len(truth))
}

// readBodies reads a benchmark JSON file, plain or wrapped in "output".
func readBodies(t *testing.T, path string) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	var wrapped struct {
		Output map[string]entry `json:"output"`
	}
	var plain map[string]entry
	out := map[string]string{}
	if json.Unmarshal(raw, &wrapped) == nil && wrapped.Output != nil {
		plain = wrapped.Output
	} else if err := json.Unmarshal(raw, &plain); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	for id, e := range plain {
		out[id] = e.ArticleBody
	}
	return out
}

const benchDir = "../../shared/conformance/article-extraction"

// TestScorerReproducesPublishedFigures checks our scorer against the
// figures the benchmark published for stored outputs.
func TestScorerReproducesPublishedFigures(t *testing.T) {
	if _, err := os.Stat(benchDir); err != nil {
		t.Skip("benchmark data not present")
	}
	truth := readBodies(t, filepath.Join(benchDir, "ground-truth.json"))
	for _, c := range []struct {
		file     string
		f1, p, r float64
		accuracy float64
	}{
		{"go_trafilatura", 0.9597, 0.9403, 0.9799, 0.2873},
		{"newspaper", 0.9487, 0.9639, 0.9339, 0.3260},
		{"html-text", 0.6649, 0.4995, 0.9942, 0},
	} {
		pred := readBodies(t, filepath.Join(benchDir, "output", c.file+".json"))
		p, r, f1, acc := corpusScore(truth, pred, wordTokens)
		if math.Abs(f1-c.f1) > 5e-5 || math.Abs(p-c.p) > 5e-5 || math.Abs(r-c.r) > 5e-5 || math.Abs(acc-c.accuracy) > 5e-5 {
			t.Errorf("%s: got F1 %.4f P %.4f R %.4f acc %.4f, published %.4f %.4f %.4f %.4f",
				c.file, f1, p, r, acc, c.f1, c.p, c.r, c.accuracy)
		}
	}
}

// TestExtractScoresOnArticleBenchmark runs Extract on the 181 pages and
// holds the F1 reached so far as a floor.
func TestExtractScoresOnArticleBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark run skipped in short mode")
	}
	if _, err := os.Stat(benchDir); err != nil {
		t.Skip("benchmark data not present")
	}
	raw, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	truth, pred := map[string]string{}, map[string]string{}
	start := time.Now()
	var bytesIn int
	for id, e := range gt {
		truth[id] = e.ArticleBody
		body := readGzip(t, filepath.Join(benchDir, "html", id+".html.gz"))
		bytesIn += len(body)
		a, err := Extract(claimwatch.Page{URL: e.URL, Body: body, FetchedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Logf("%s: %v", id, err)
		}
		pred[id] = a.Text
	}
	elapsed := time.Since(start)
	p, r, f1, acc := corpusScore(truth, pred, wordTokens)
	t.Logf("article-extraction: F1 %.4f precision %.4f recall %.4f accuracy %.4f; %d pages in %v (%.1f MB/s)",
		f1, p, r, acc, len(gt), elapsed.Round(time.Millisecond), float64(bytesIn)/1e6/elapsed.Seconds())
	if os.Getenv("ARTICLE_WORST") != "" {
		logWorst(t, truth, pred, wordTokens)
	}
	const floor = 0.970 // measured 0.9710; the goal is 0.970
	if f1 < floor {
		t.Errorf("F1 %.4f fell below the floor %.2f", f1, floor)
	}
}

func logWorst(t *testing.T, truth, pred map[string]string, tokenize func(string) []string) {
	type row struct {
		id   string
		p, r float64
	}
	var rows []row
	for id := range truth {
		s := scorePage(truth[id], pred[id], tokenize)
		rows = append(rows, row{id, s.tp / (s.tp + s.fp + 1e-9), s.tp / (s.tp + s.fn + 1e-9)})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return int(1e6*(a.p+a.r)) - int(1e6*(b.p+b.r))
	})
	for _, r := range rows[:20] {
		t.Logf("worst %s P %.3f R %.3f", r.id[:12], r.p, r.r)
	}
}

func readGzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

const zhDir = "../../shared/conformance/zh-extraction"

// TestExtractScoresOnChineseSet scores Extract on the 69 Chinese pages with
// the benchmark's coarse tokens and with our character-level tokens, and
// counts the dates read right at the precision the ground truth gives.
func TestExtractScoresOnChineseSet(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark run skipped in short mode")
	}
	if _, err := os.Stat(zhDir); err != nil {
		t.Skip("zh-extraction data not present")
	}
	truth := readBodies(t, filepath.Join(zhDir, "eval", "cleaned_ground.json"))
	dates := readBodies(t, filepath.Join(zhDir, "eval", "date_ground.json"))
	authors := readBodies(t, filepath.Join(zhDir, "eval", "author_ground.json"))
	pred := map[string]string{}
	var dated, right, named, namedRight int
	for id := range truth {
		raw, err := os.ReadFile(filepath.Join(zhDir, "original", id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		body := decodeTestPage(raw)
		if bad := badDecoding(raw, body); bad != "" {
			t.Errorf("%s: %s", id[:8], bad)
		}
		if bad := mojibake(string(body)); bad != "" {
			t.Errorf("%s: mojibake after decoding: %q", id[:8], bad)
		}
		// 49 pages carry their URL in the CleanEval-style wrapper; the
		// crawler would have had it.
		url := "http://zh.example/" + id
		if m := wrapperURL.FindSubmatch(body); m != nil {
			url = string(m[1])
		}
		a, _ := Extract(claimwatch.Page{URL: url, Body: body, FetchedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		pred[id] = a.Text
		if w := strings.TrimSpace(authors[id]); w != "" && w != "UNKNOWN" && w != "UNKNWON" {
			named++
			if sameNames(w, a.Byline) {
				namedRight++
			} else if os.Getenv("ARTICLE_WORST") != "" {
				t.Logf("author %s: want %q got %q", id[:8], w, a.Byline)
			}
		}
		want := dates[id]
		if !zhDateUsable.MatchString(want) {
			continue
		}
		dated++
		if sameDate(want, a.Published) {
			right++
		} else if os.Getenv("ARTICLE_WORST") != "" {
			t.Logf("date %s: want %s got %v", id[:8], want, a.Published)
		}
	}
	_, _, f1w, _ := corpusScore(truth, pred, wordTokens)
	p, r, f1c, _ := corpusScore(truth, pred, charTokens)
	t.Logf("zh-extraction: coarse-token F1 %.4f; character F1 %.4f (P %.4f R %.4f); dates right %d/%d; authors right %d/%d",
		f1w, f1c, p, r, right, dated, namedRight, named)
	if os.Getenv("ARTICLE_WORST") != "" {
		logWorst(t, truth, pred, charTokens)
	}
	const floor = 0.97 // measured 0.9738; the goal is 0.95
	if f1c < floor {
		t.Errorf("character F1 %.4f fell below the floor %.2f", f1c, floor)
	}
	if right < 53 { // measured 53 of 55; the goal is 95%
		t.Errorf("dates right on %d of %d pages, below the floor of 53", right, dated)
	}
	if namedRight < 22 { // measured 25 of 50
		t.Errorf("authors right on %d of %d pages, below the floor of 22", namedRight, named)
	}
}

// sameNames compares author lists as sets of names.
func sameNames(want, got string) bool {
	split := func(s string) []string {
		f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '、' })
		slices.Sort(f)
		return f
	}
	return slices.Equal(split(want), split(got))
}

var wrapperURL = regexp.MustCompile(`^\s*<text id="([^"]+)"`)

// mojibakeMarks are sequences that appear when UTF-8 is read as Latin-1 or
// GBK bytes as UTF-8 (or the reverse): "Ã©", "â€", "锟斤拷", and runs of
// Latin-1 letters where a Chinese page has Han.
var mojibakeMarks = regexp.MustCompile(`Ã.|â€|锟斤拷|ï»¿|[À-ÿ]{4,}|[\x{80}-\x{9f}]`)

// badDecoding reports a page whose decoding left too many replacement
// characters: a few come from the pages themselves (a character cut in
// half by a truncated link text, a byte lost in the source, as four pages
// here have), but a wrong charset leaves one every few characters.
func badDecoding(raw, body []byte) string {
	if !utf8.Valid(body) {
		return "decoded page is not valid UTF-8"
	}
	bad := bytes.Count(body, []byte("\ufffd")) - bytes.Count(raw, []byte("\xef\xbf\xbd"))
	if runes := utf8.RuneCount(body); bad*1000 > runes {
		return fmt.Sprintf("%d replacement characters in %d", bad, runes)
	}
	return ""
}

// mojibake returns the first sign of a mis-decoded page in s, or "".
func mojibake(s string) string {
	if m := mojibakeMarks.FindString(s); m != "" {
		return m
	}
	han := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han < 50 {
		return "fewer than 50 Han characters"
	}
	return ""
}

var zhDateUsable = regexp.MustCompile(`^\d{4}(-\d{1,2}(-\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)?)?)?$`)

// sameDate compares at the precision the ground truth gives, as a wall
// clock in China time or in the zone the prediction carries. The ground
// truth is the wall clock a page shows, without a zone; most pages show
// China time, but one that shows another zone (RFI prints Paris time) has
// its instant kept by Extract in that displayed zone, and that wall clock
// is what the annotator copied.
func sameDate(want string, got time.Time) bool {
	if got.IsZero() {
		return false
	}
	nums := regexp.MustCompile(`\d+`).FindAllString(want, -1)
	matches := func(g time.Time) bool {
		have := []int{g.Year(), int(g.Month()), g.Day(), g.Hour(), g.Minute(), g.Second()}
		for i, n := range nums {
			v, _ := strconv.Atoi(n)
			if v != have[i] {
				return false
			}
		}
		return true
	}
	return matches(got.In(shanghai)) || matches(got)
}

// decodeTestPage does what the crawler does before article sees a page:
// decode the declared or sniffed charset to UTF-8, GB2312 read as GB18030.
func decodeTestPage(raw []byte) []byte {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		return raw
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// TestMojibakeCheckCatchesWrongCharset makes sure the decoding check of
// TestExtractScoresOnChineseSet would fail a page read in the wrong charset.
func TestMojibakeCheckCatchesWrongCharset(t *testing.T) {
	matches, _ := filepath.Glob(filepath.Join(zhDir, "original", "2168485b*.html")) // a GB2312 page
	if len(matches) == 0 {
		t.Skip("zh-extraction data not present")
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(raw) {
		t.Skip("page is not GBK")
	}
	if bad := badDecoding(raw, bytes.ToValidUTF8(raw, []byte("\ufffd"))); bad == "" {
		t.Error("GBK bytes read as UTF-8 passed the decoding check")
	}
	latin1, _ := charmap.ISO8859_1.NewDecoder().Bytes(raw)
	if mojibake(string(latin1)) == "" {
		t.Error("GBK bytes read as Latin-1 passed the mojibake check")
	}
	if bad := mojibake(string(decodeTestPage(raw))); bad != "" {
		t.Errorf("GB18030 decoding flagged: %q", bad)
	}
}
