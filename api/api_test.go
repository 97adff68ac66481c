package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/store"
)

func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	a := claimwatch.Article{ID: "tw1", URL: "http://tw.example/1", Source: "techdaily-tw", Title: "日燒70萬美元", Lang: "zh", Script: "Hant",
		Published: time.Date(2023, 8, 15, 8, 55, 0, 0, time.UTC), Text: "今年5月其虧損還翻了一番,達到了5.4億美元。<script>alert(1)</script>"}
	cs := []claimwatch.Claim{{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Time: "2023-05",
		Approx: "exact", Modality: "reported", Quote: "今年5月其虧損還翻了一番,達到了5.4億美元", Lang: "zh"}}
	ctx := t.Context()
	if err := st.SaveArticle(ctx, a, cs); err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(a, cs); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&Server{Store: st, Index: ix, Token: "test-token"}).Handler())
	t.Cleanup(srv.Close)
	return srv
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: content type %q", u, ct)
	}
	body, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("%s: %v\n%s", u, err, body)
	}
	return resp.StatusCode
}

func TestSearchEndpoint(t *testing.T) {
	srv := testServer(t)
	var res index.Results
	if code := getJSON(t, srv.URL+"/api/search?q="+url.QueryEscape("亏损")+"&type=article", &res); code != 200 {
		t.Fatalf("status %d", code)
	}
	if res.Total != 1 || res.Hits[0].ArticleID != "tw1" || !strings.Contains(res.Hits[0].Snippet, "<mark>") {
		t.Errorf("search: %+v", res)
	}
	if strings.Contains(res.Hits[0].Snippet, "<script>") {
		t.Errorf("snippet carries raw article HTML: %q", res.Hits[0].Snippet)
	}
	getJSON(t, srv.URL+"/api/search?type=claim&metric=loss&entity=OpenAI&from=2023-08-01&to=2023-08-31", &res)
	if res.Total != 1 || res.Hits[0].Value != 5.4e8 || res.Facets["entity"][0].Value != "OpenAI" {
		t.Errorf("filtered claim search: %+v", res)
	}
	getJSON(t, srv.URL+"/api/search?type=claim&metric=revenue", &res)
	if res.Total != 0 || res.Hits == nil {
		t.Errorf("empty search must give an empty list, got %+v", res)
	}
}

func TestBadRequestsGetClearJSONErrors(t *testing.T) {
	srv := testServer(t)
	for path, want := range map[string]struct {
		code int
		msg  string
	}{
		"/api/search?q=" + url.QueryEscape(`"open`): {400, "quoted phrase"},
		"/api/search?q=colour:red":                  {400, "unknown filter"},
		"/api/search?from=yesterday":                {400, "from must be a date"},
		"/api/search?size=-1":                       {400, "size must be"},
		"/api/search?size=5000":                     {400, "size must be"},
		"/api/search?type=page":                     {400, "type must be"},
		"/api/search?sentiment=happy":               {400, "sentiment must be"},
		"/api/articles/nope":                        {404, "not found"},
		"/api/nothing":                              {404, "no such endpoint"},
	} {
		var body map[string]string
		code := getJSON(t, srv.URL+path, &body)
		if code != want.code || !strings.Contains(body["error"], want.msg) {
			t.Errorf("%s: %d %q, want %d %q", path, code, body["error"], want.code, want.msg)
		}
	}
}

func TestArticleAndHealth(t *testing.T) {
	srv := testServer(t)
	var a struct {
		claimwatch.Article
		Claims []claimwatch.Claim `json:"claims"`
	}
	if code := getJSON(t, srv.URL+"/api/articles/tw1", &a); code != 200 || a.Title != "日燒70萬美元" || len(a.Claims) != 1 || a.Claims[0].Time != "2023-05" {
		t.Errorf("article: %d %+v", code, a)
	}
	var h map[string]any
	if code := getJSON(t, srv.URL+"/api/health", &h); code != 200 || h["status"] != "ok" || h["claims"].(float64) != 1 {
		t.Errorf("health: %d %v", code, h)
	}
}

func TestActionsNeedTheToken(t *testing.T) {
	started := make(chan struct{}, 2)
	release := make(chan struct{})
	s := &Server{Token: "secret", Crawl: func(context.Context) error { started <- struct{}{}; <-release; return nil }}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	post := func(token string) int {
		req, _ := http.NewRequest("POST", srv.URL+"/api/crawl", nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(""); code != 401 {
		t.Errorf("no token: %d", code)
	}
	if code := post("wrong"); code != 401 {
		t.Errorf("wrong token: %d", code)
	}
	if code := post("secret"); code != 202 {
		t.Errorf("right token: %d", code)
	}
	<-started
	if code := post("secret"); code != 409 {
		t.Errorf("second crawl while one runs: %d", code)
	}
	close(release)
	if code := (func() int {
		resp, _ := http.Get(srv.URL + "/api/openapi.json")
		resp.Body.Close()
		return resp.StatusCode
	})(); code != 200 {
		t.Errorf("openapi.json: %d", code)
	}
}

func TestRateLimitAnswers429(t *testing.T) {
	srv := httptest.NewServer((&Server{Rate: 1, Burst: 3}).Handler())
	defer srv.Close()
	codes := map[int]int{}
	for range 6 {
		resp, err := http.Get(srv.URL + "/api/nothing")
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode == 429 && resp.Header.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
		resp.Body.Close()
		codes[resp.StatusCode]++
	}
	if codes[404] != 3 || codes[429] != 3 {
		t.Errorf("status counts %v: want 3 answered, then 3 refused", codes)
	}
}

func TestFactEndpoints(t *testing.T) {
	srv := testServer(t)
	var list struct {
		Total int
		Facts []struct {
			ID      string
			Verdict string
			Claims  []struct{ URL string }
		}
	}
	if code := getJSON(t, srv.URL+"/api/facts?entity=OpenAI", &list); code != 200 || list.Total != 1 || list.Facts[0].Verdict != "single-origin" {
		t.Fatalf("facts: %d %+v", code, list)
	}
	var one struct {
		Fact struct {
			ID     string
			Claims []struct{ URL string }
		}
	}
	if code := getJSON(t, srv.URL+"/api/facts/"+list.Facts[0].ID, &one); code != 200 || one.Fact.ID != list.Facts[0].ID || one.Fact.Claims[0].URL != "http://tw.example/1" {
		t.Errorf("fact: %d %+v", code, one)
	}
	resp, err := http.Get(srv.URL + "/api/compare?format=html&id=" + list.Facts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<svg") || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("compare html: %d %s", resp.StatusCode, resp.Header)
	}
}
