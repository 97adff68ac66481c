package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressLine rewrites one status line on a terminal, at most a few times
// a second; on anything else (a file, CI) it stays silent and the summary
// at the end says what happened.
type progressLine struct {
	w     io.Writer
	tty   bool
	mu    sync.Mutex
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, quiet bool) *progressLine {
	p := &progressLine{w: w}
	if f, ok := w.(*os.File); ok && !quiet {
		p.tty = term.IsTerminal(int(f.Fd()))
	}
	return p
}

func (p *progressLine) show(format string, args ...any) {
	if !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < 150*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.shown = true
	fmt.Fprintf(p.w, "\r\033[K"+format, args...)
}

func (p *progressLine) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
