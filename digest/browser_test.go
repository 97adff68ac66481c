package digest

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless Debian chromium, or skips where there is none,
// except in CI, where a missing browser is a broken install.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; .ci/run must install it")
		}
		t.Skip("chromium is not installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// TestDigestRenderedInBrowser shows the HTML part as a mail client would
// (the cid: charts resolved to the attached PNGs) and saves screenshots
// for review in testdata/screenshots: a desktop client and a phone.
func TestDigestRenderedInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a browser")
	}
	d := compose(t, subscribeAll)
	d.BaseURL = "https://claims.example.com"
	r, err := Render(d, "html")
	if err != nil {
		t.Fatal(err)
	}
	page := r.HTML
	for _, img := range r.Images {
		page = strings.ReplaceAll(page, "cid:"+img.ID, "data:image/png;base64,"+base64.StdEncoding.EncodeToString(img.PNG))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	dir := filepath.Join("testdata", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, size := range []struct {
		name          string
		width, height int
	}{{"digest.png", 900, 900}, {"digest-phone.png", 420, 900}} {
		ctx := browser(t, size.width, size.height)
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.CSS("h2.entity"))); err != nil {
			t.Fatal(err)
		}
		// Every chart decoded, and the English and Chinese quotes of a
		// figure stand side by side (same row, Chinese to the right).
		broken, err := chromedp.Run(ctx, chromedp.Evaluate[int](`[...document.images].filter(i => !i.complete || i.naturalWidth === 0).length`))
		if err != nil || broken != 0 {
			t.Errorf("%d charts did not load: %v", broken, err)
		}
		charts, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.images.length`))
		if charts != len(r.Images) || charts == 0 {
			t.Errorf("%d images on the page, %d charts attached", charts, len(r.Images))
		}
		side, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const en = document.querySelector('td.en'), zh = document.querySelector('td.zh');
			const a = en.getBoundingClientRect(), b = zh.getBoundingClientRect();
			return Math.abs(a.top - b.top) < 2 && b.left >= a.right - 1;
		})()`))
		if err != nil || !side {
			t.Errorf("English and Chinese are not side by side at width %d: %v", size.width, err)
		}
		text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		if err != nil || !strings.Contains(text, "OpenAI去年虧損擴大至5.4億美元") {
			t.Errorf("the Chinese quote is not shown: %v", err)
		}
		overflow, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
		if overflow {
			t.Errorf("the digest is wider than a %dpx window", size.width)
		}
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, size.name), shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("saved %s", filepath.Join(dir, size.name))
	}
}
