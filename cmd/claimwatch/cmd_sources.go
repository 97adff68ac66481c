package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/config"
)

func cmdSources(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources", "list | import FILE.opml | export")
	var p paths
	p.register(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		rest = []string{"list"}
	}
	switch rest[0] {
	case "list":
		cfg, err := p.load()
		if err != nil {
			return err
		}
		for _, s := range cfg.Sources {
			script := s.Script
			if script == "" {
				script = "-"
			}
			fmt.Fprintf(e.stdout, "%-20s %-4s %-2s %-4s every %-6v %s\n", s.Name, s.Kind, s.Lang, script, s.Interval, s.URL)
		}
		return nil
	case "export":
		cfg, err := p.load()
		if err != nil {
			return err
		}
		out, err := config.ExportOPML(cfg.Sources, time.Now())
		if err != nil {
			return err
		}
		_, err = e.stdout.Write(out)
		return err
	case "import":
		if len(rest) != 2 {
			return usageError{"sources import takes one OPML file"}
		}
		return importOPML(e, p.config, rest[1])
	}
	return usageError{fmt.Sprintf("unknown sources action %q: use list, import or export", rest[0])}
}

// importOPML adds an OPML file's feeds to feeds.yaml (the named one, or
// ./feeds.yaml, which is created from the embedded default when missing).
func importOPML(e *env, configPath, opmlPath string) error {
	data, err := os.ReadFile(opmlPath)
	if err != nil {
		return fmt.Errorf("read %s: %w", opmlPath, err)
	}
	srcs, err := config.ImportOPML(data)
	if err != nil {
		return fmt.Errorf("%s: %w", opmlPath, err)
	}
	if configPath == "" {
		configPath = "feeds.yaml"
	}
	current, err := os.ReadFile(configPath)
	if os.IsNotExist(err) {
		current = claimwatch.DefaultFeeds
	} else if err != nil {
		return err
	}
	merged, added, err := config.AppendSources(configPath, current, srcs)
	if err != nil {
		return err
	}
	// Write beside and rename, so a failure never leaves half a config.
	tmp, err := os.CreateTemp(filepath.Dir(configPath), ".feeds-*.yaml")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(merged); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), configPath); err != nil {
		return err
	}
	for _, s := range added {
		fmt.Fprintf(e.stdout, "added %s (%s) %s\n", s.Name, s.Lang, s.URL)
	}
	fmt.Fprintf(e.stdout, "%d of %d feeds added to %s (the rest were there already)\n", len(added), len(srcs), configPath)
	return nil
}
