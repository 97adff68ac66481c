package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/claimwatch/claimwatch/store"
	"github.com/claimwatch/claimwatch/verify"
	"github.com/claimwatch/claimwatch/verify/fx"
)

func cmdFacts(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "facts", "")
	var p paths
	p.register(fs)
	entity := fs.String("entity", "", "only facts about this entity (canonical name, e.g. OpenAI)")
	metric := fs.String("metric", "", "only this metric (loss, revenue, funding, ...)")
	since := fs.String("since", "", "only facts stated on or after this date (YYYY-MM-DD)")
	verdict := fs.String("verdict", "", "only facts with this verdict: corroborated, single-origin or conflicting")
	format := fs.String("format", "table", "json or table")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("facts takes no arguments, got %q", rest)}
	}
	if *format != "json" && *format != "table" {
		return usageError{fmt.Sprintf("--format must be json or table, not %q", *format)}
	}
	var from time.Time
	if *since != "" {
		if from, err = time.Parse("2006-01-02", *since); err != nil {
			return usageError{fmt.Sprintf("--since %q must be a date like 2023-08-15", *since)}
		}
	}
	switch *verdict {
	case "", verify.Corroborated, verify.SingleOrigin, verify.Conflicting:
	default:
		return usageError{fmt.Sprintf("--verdict must be corroborated, single-origin or conflicting, not %q", *verdict)}
	}
	if _, err := p.load(); err != nil {
		return err
	}
	facts, err := loadFacts(ctx, p.dataDir(), store.ClaimFilter{Entity: *entity, Metric: *metric})
	if err != nil {
		return err
	}
	out := facts[:0]
	for _, f := range facts {
		if (!from.IsZero() && f.LastSeen.Before(from)) || (*verdict != "" && f.Verdict != *verdict) {
			continue
		}
		out = append(out, f)
	}
	if *format == "json" {
		return writeFactsJSON(e.stdout, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FACT\tENTITY\tMETRIC\tTIME\tFIGURE\tVERDICT\tORIGINS\tCLAIMS\tSOURCES")
	for _, f := range out {
		sources := map[string]bool{}
		var names []string
		for _, c := range f.Claims {
			if !sources[c.Source] {
				sources[c.Source] = true
				names = append(names, c.Source)
			}
		}
		fig := figureOf(f)
		if f.Stale {
			fig += " (stale)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", f.ID, f.Entity, metricOf(f), f.Time, fig, f.Verdict,
			f.IndependentOrigins, len(f.Claims), strings.Join(names, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d facts\n", len(out))
	return nil
}

func metricOf(f verify.Fact) string {
	m := f.Metric
	if f.Change {
		m += " (change)"
	}
	if f.Counterparty != "" {
		m += " ← " + f.Counterparty
	}
	return m
}

func figureOf(f verify.Fact) string {
	var s string
	switch f.Unit {
	case "USD":
		s = "$" + formatValue(f.Value)
	case "percent":
		s = fmt.Sprintf("%g%%", f.Value)
	case "count":
		s = formatValue(f.Value)
	default:
		s = formatValue(f.Value) + " " + f.Unit
	}
	if f.Per != "" {
		s += "/" + f.Per
	}
	if f.Modality == "forecast" {
		s += " (forecast)"
	}
	return s
}

// loadFacts reads the claims in the store and groups them into facts.
func loadFacts(ctx context.Context, dataDir string, filter store.ClaimFilter) ([]verify.Fact, error) {
	table, err := loadFX(dataDir)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(dataDir)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	arts, claims, err := st.ClaimsWithArticles(ctx, filter)
	if err != nil {
		return nil, err
	}
	return verify.Facts(verify.Input{Articles: arts, Claims: claims}, verify.Options{FX: table}), nil
}

// fxFile is where `fx update` keeps the refreshed rates in the data directory.
func fxFile(dataDir string) string { return filepath.Join(dataDir, "fx.csv") }

// loadFX returns the bundled rates, overridden by the data directory's
// fx.csv when `fx update` wrote one.
func loadFX(dataDir string) (*fx.Table, error) {
	f, err := os.Open(fxFile(dataDir))
	if errors.Is(err, os.ErrNotExist) {
		return fx.Default(), nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := fx.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", fxFile(dataDir), err)
	}
	return fx.Default().Merge(t), nil
}

// writeFactsJSON writes the facts as a JSON array, one fact to a line, so
// the output stays greppable and each line decodes alone. The facts are
// encoded in parallel: with 100,000 claims, encoding is most of the work.
func writeFactsJSON(w io.Writer, facts []verify.Fact) error {
	enc := make([][]byte, len(facts))
	workers := min(runtime.GOMAXPROCS(0), 1+len(facts)/200)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			je := json.NewEncoder(&buf)
			je.SetEscapeHTML(false)
			for i := k; i < len(facts); i += workers {
				buf.Reset()
				if err := je.Encode(facts[i]); err != nil {
					errs[k] = err
					return
				}
				enc[i] = bytes.Clone(bytes.TrimRight(buf.Bytes(), "\n"))
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("[")
	for i, b := range enc {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		bw.Write(b)
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}
