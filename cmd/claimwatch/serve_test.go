package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/sample"
)

// syncBuffer is a bytes.Buffer safe to read while another goroutine writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}

func TestServePollsSourcesAndAnswersSearches(t *testing.T) {
	sites, err := sample.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer sites.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, sites.FeedsYAML(), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	var out, logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--config", cfg, "--data", filepath.Join(dir, "data"), "--addr", "127.0.0.1:0"}, &out, &logs)
	}()
	addrRE := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var base string
	var health map[string]any
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if base == "" {
			if m := addrRE.FindStringSubmatch(out.String()); m != nil {
				base = "http://" + m[1]
			}
			continue
		}
		resp, err := http.Get(base + "/api/health")
		if err != nil {
			continue
		}
		json.NewDecoder(resp.Body).Decode(&health)
		resp.Body.Close()
		if health["articles"] == float64(len(sample.Articles)) {
			break
		}
	}
	if health["articles"] != float64(len(sample.Articles)) {
		cancel()
		t.Fatalf("serve did not crawl the sources: health %v\n%s\n%s", health, out.String(), logs.String())
	}
	resp, err := http.Get(base + "/api/search?q=" + url.QueryEscape("虧損") + "&type=article")
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Total int }
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if res.Total < 2 {
		t.Errorf("search while serving: %d hits", res.Total)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop after cancel")
	}
}
