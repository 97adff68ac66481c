package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/verify/fx"
)

// ecbURL is where the ECB publishes its historical reference rates.
const ecbURL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"

func cmdFX(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && (args[0] == "update" || args[0] == "show") {
		sub := args[0]
		if sub == "update" {
			return fxUpdate(ctx, e, args[1:])
		}
		return fxShow(e, args[1:])
	}
	fmt.Fprintln(e.stderr, "usage: claimwatch fx update [--url URL] [--out FILE]   refresh the rates from the ECB\n       claimwatch fx show [--month YYYY-MM] [CURRENCY...]  print the rates of a month")
	return usageError{"fx needs update or show"}
}

func fxUpdate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "fx update", "")
	var p paths
	p.register(fs)
	src := fs.String("url", ecbURL, "the ECB's historical rates (eurofxref-hist.zip or .csv); a file path works too")
	out := fs.String("out", "", "write the table here (default: fx.csv in the data directory)")
	since := fs.Int("since", 2015, "first year to keep")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if _, err := p.load(); err != nil {
		return err
	}
	data, err := fetch(ctx, *src)
	if err != nil {
		return err
	}
	ecb, err := fx.ParseECB(data, *since)
	if err != nil {
		return err
	}
	// Currencies the ECB does not quote (TWD) keep the bundled figures.
	merged := fx.Default().Merge(ecb)
	path := *out
	if path == "" {
		path = fxFile(p.dataDir())
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	first, last := ecb.Span()
	comment := fmt.Sprintf("Monthly average exchange rates: units of each currency per 1 US dollar.\nECB reference rates from %s (%s to %s), fetched %s; other currencies from the bundled table.",
		*src, first, last, time.Now().UTC().Format("2006-01-02"))
	if err := merged.WriteCSV(&buf, comment); err != nil {
		return err
	}
	// Write beside and rename, so a failed update leaves the old table.
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "fx: %d currencies, ECB months %s to %s, written to %s\n", len(ecb.Currencies()), first, last, path)
	return nil
}

func fetch(ctx context.Context, src string) ([]byte, error) {
	if !strings.HasPrefix(src, "http://") && !strings.HasPrefix(src, "https://") {
		return os.ReadFile(src)
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, fmt.Errorf("fx update: %w", err)
	}
	req.Header.Set("User-Agent", "claimwatch/"+version)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fx update: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fx update: %s answered %s", src, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("fx update: %w", err)
	}
	return data, nil
}

func fxShow(e *env, args []string) error {
	fs := newFlags(e, "fx show", "[CURRENCY...]")
	var p paths
	p.register(fs)
	month := fs.String("month", "", "the month, YYYY-MM (default: the table's last)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if _, err := p.load(); err != nil {
		return err
	}
	t, err := loadFX(p.dataDir())
	if err != nil {
		return err
	}
	first, last := t.Span()
	m := last
	if *month != "" {
		m = *month
	}
	at, err := time.Parse("2006-01", m)
	if err != nil {
		return usageError{fmt.Sprintf("--month %q must look like 2023-08", m)}
	}
	curs := rest
	if len(curs) == 0 {
		curs = t.Currencies()
	}
	fmt.Fprintf(e.stdout, "units per US dollar, %s (table %s to %s)\n", m, first, last)
	for _, c := range curs {
		r, ok := t.Rate(c, at)
		if !ok {
			fmt.Fprintf(e.stdout, "%-4s unknown\n", strings.ToUpper(c))
			continue
		}
		fmt.Fprintf(e.stdout, "%-4s %g\n", strings.ToUpper(c), r)
	}
	return nil
}
