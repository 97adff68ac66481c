package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/sample"
	"github.com/claimwatch/claimwatch/store"
)

// TestMain lets a test re-run this binary as the claimwatch command, so a
// test can kill a real process in the middle of its work.
func TestMain(m *testing.M) {
	if args := os.Getenv("CLAIMWATCH_AS_CLI"); args != "" {
		err := run(context.Background(), strings.Split(args, "\x1f"), os.Stdout, os.Stderr)
		if err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestKilledRunLeavesStoreAndIndexUsable(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	ctx := context.Background()
	sites, err := sample.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer sites.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	// A slower crawl than the demo's, so the kill lands in the middle.
	yaml := strings.Replace(string(sites.FeedsYAML()), "delay: 50ms", "delay: 150ms", 1)
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	args := []string{"run", "--config", cfg, "--data", data, "--quiet"}
	for attempt, atLeast := range []int{2, 6} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "CLAIMWATCH_AS_CLI="+strings.Join(args, "\x1f"))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it as soon as the store holds some articles, while it
		// is still writing others.
		stored := 0
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && stored < atLeast; time.Sleep(10 * time.Millisecond) {
			if st, err := store.Open(data); err == nil {
				n, _ := st.Count(ctx)
				stored = n.Articles
				st.Close()
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		st, err := store.Open(data)
		if err != nil {
			t.Fatalf("attempt %d: store does not open after a kill: %v\n%s", attempt, err, out.String())
		}
		if err := st.Check(ctx); err != nil {
			t.Fatalf("attempt %d: %v", attempt, err)
		}
		n, _ := st.Count(ctx)
		t.Logf("attempt %d: killed with %+v stored", attempt, n)
		if n.Articles >= 14 {
			t.Errorf("attempt %d: the run finished before the kill; the test proves nothing", attempt)
		}
		st.Close()
	}
	// The next run completes what was left, and the index agrees with the store.
	out, logs, err := cli(t, args...)
	if err != nil {
		t.Fatalf("run after kills: %v\n%s", err, logs)
	}
	if !strings.Contains(out, "store: 14 pages, 14 articles") {
		t.Errorf("after kills and a rerun:\n%s", out)
	}
	st, _ := store.Open(data)
	defer st.Close()
	n, _ := st.Count(ctx)
	ix, err := index.Open(filepath.Join(data, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs, _ := ix.Count()
	if docs != uint64(n.Articles+n.Claims) {
		t.Errorf("index has %d documents, store %d articles + %d claims", docs, n.Articles, n.Claims)
	}
	res, err := ix.Search(ctx, index.Query{Text: "亏损", Type: "article"})
	if err != nil || res.Total < 2 {
		t.Errorf("search after recovery: %v %+v", err, res.Total)
	}
}
