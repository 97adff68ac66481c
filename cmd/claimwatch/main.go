// Command claimwatch watches the news about AI companies' money: it crawls
// the sources in feeds.yaml, extracts every numeric claim, indexes articles
// and claims, and answers searches from the command line and over HTTP.
//
// Each subcommand lives in its own file around one function with the
// signature of run, so tests drive the CLI in-process.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/claimwatch/claimwatch/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		var ue usageError
		if !errors.As(err, &ue) || ue.msg != "" {
			fmt.Fprintln(os.Stderr, "claimwatch:", err)
		}
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// env is what every subcommand gets: its arguments and where to write.
type env struct {
	stdout, stderr io.Writer
	log            *slog.Logger
}

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

var commands = map[string]command{
	"run":       {"crawl the sources in feeds.yaml once, then extract, store and index", cmdRun},
	"extract":   {"print the claims of one article file as JSON Lines", cmdExtract},
	"search":    {"search articles and claims", cmdSearch},
	"serve":     {"serve the JSON API", cmdServe},
	"reindex":   {"rebuild the search index from the store", cmdReindex},
	"demo":      {"run the whole pipeline against bundled offline sample sites", cmdDemo},
	"ingest":    {"add a local article file to the store and index, as if crawled", cmdIngest},
	"sentiment": {"score text line by line: one JSON object per input line", cmdSentiment},
	"sources":   {"list the sources, import an OPML file into feeds.yaml, or export them as OPML", cmdSources},
	"facts":     {"group claims into facts and show who agrees, who copied whom, and who disagrees", cmdFacts},
	"compare":   {"write a source-comparison report (HTML, Markdown, CSV, JSON) of facts", cmdCompare},
	"fx":        {"refresh the exchange-rate table from the ECB (update) or print it (show)", cmdFX},
	"digest":    {"compose the daily digest email: send it over SMTP (once per recipient and day) or write .eml files", cmdDigest},
}

type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return usageError{"no command given"}
		}
		return nil
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(stdout, "claimwatch", version)
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(stderr)
		return usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	e := &env{stdout: stdout, stderr: stderr, log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	return c.run(ctx, e, args[1:])
}

const version = "0.1.0"

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: claimwatch COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'claimwatch COMMAND -h' for a command's flags.")
}

// newFlags makes a flag set whose errors come back as usage errors.
func newFlags(e *env, name, argsHelp string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: claimwatch %s [flags] %s\n", name, argsHelp)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags wherever they stand among the arguments, so
// "extract FILE --date D" works as well as "extract --date D FILE".
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, usageError{}
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// common flags: where the configuration and the data live.
type paths struct {
	config string
	data   string
}

func (p *paths) register(fs *flag.FlagSet) {
	fs.StringVar(&p.config, "config", "", "feeds.yaml to read (default: ./feeds.yaml if present, else the embedded one)")
	fs.StringVar(&p.data, "data", "", "data directory (default: data_dir from the config, else ./data)")
}

func (p *paths) load() (*config.Config, error) {
	var (
		c   *config.Config
		err error
	)
	switch {
	case p.config != "":
		c, err = config.Load(p.config)
	default:
		if _, serr := os.Stat("feeds.yaml"); serr == nil {
			c, err = config.Load("feeds.yaml")
		} else {
			c = config.Default()
		}
	}
	if err != nil {
		return nil, err
	}
	if p.data == "" {
		p.data = c.DataDir
	}
	if p.data == "" {
		p.data = "data"
	}
	return c, nil
}

func (p *paths) dataDir() string {
	if p.data == "" {
		return "data"
	}
	return p.data
}

func (p *paths) indexDir() string { return filepath.Join(p.dataDir(), "index") }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func hostOf(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("not an absolute URL: %q", raw)
	}
	return u.Hostname(), nil
}
