package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/claimwatch/claimwatch/sentiment"
)

// sentimentLine is one output line of the sentiment command.
type sentimentLine struct {
	Label   string         `json:"label"`
	Score   float64        `json:"score"`
	Explain []sentimentWhy `json:"explain,omitempty"`
}

type sentimentWhy struct {
	Text   string   `json:"text"`
	Effect float64  `json:"effect"`
	Rules  []string `json:"rules,omitempty"`
}

func cmdSentiment(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sentiment", "[FILE|-]")
	lang := fs.String("lang", "", "en or zh (default: detected per line)")
	explain := fs.Bool("explain", false, "add the words that moved each score")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch *lang {
	case "", "en", "zh":
	default:
		return usageError{fmt.Sprintf("--lang must be en or zh, not %q", *lang)}
	}
	if len(rest) > 1 {
		return usageError{"sentiment takes at most one FILE"}
	}
	var in io.Reader = os.Stdin
	if len(rest) == 1 && rest[0] != "-" {
		f, err := os.Open(rest[0])
		if err != nil {
			return fmt.Errorf("read %s: %w", rest[0], err)
		}
		defer f.Close()
		in = f
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for n := 0; sc.Scan(); n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		line := sc.Text()
		var out sentimentLine
		if *explain {
			s, reasons := sentiment.Explain(line, *lang)
			out = sentimentLine{Label: s.Label, Score: round3(s.Score), Explain: []sentimentWhy{}}
			for _, r := range reasons {
				out.Explain = append(out.Explain, sentimentWhy{Text: r.Text, Effect: round3(r.Effect), Rules: r.Rules})
			}
		} else {
			s := sentiment.Score(line, *lang)
			out = sentimentLine{Label: s.Label, Score: round3(s.Score)}
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	return nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
