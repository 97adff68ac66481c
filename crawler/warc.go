package crawler

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Record is one WARC record as ReadWARC returns it. For response records
// the HTTP message in the block is parsed into Status, HTTPHeader and Body
// (the body exactly as it came off the wire, before any charset decoding).
type Record struct {
	Type      string      // warcinfo, request, response
	ID        string      // WARC-Record-ID
	TargetURI string      // WARC-Target-URI
	Date      time.Time   // WARC-Date
	Header    http.Header // the WARC header fields
	Block     []byte      // the record's content block

	Status     int
	HTTPHeader http.Header
	Body       []byte
	Truncated  bool // WARC-Truncated: the body was cut at the size limit
}

// DefaultArchiveMaxBytes is the size at which a WARC file is closed and the
// next one begun.
const DefaultArchiveMaxBytes = 100 << 20

// warcWriter appends records to gzip-per-record .warc.gz files in dir.
// Each record is compressed on its own and written with one write call, so
// a crash leaves every earlier record intact and readable; the file is
// synced when it is rotated or closed.
type warcWriter struct {
	dir    string
	max    int64
	prefix string

	mu   sync.Mutex
	f    *os.File
	size int64
	seq  int
	err  error // the first write error; later records are dropped
}

func newWARCWriter(dir string, max int64) (*warcWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	if max <= 0 {
		max = DefaultArchiveMaxBytes
	}
	w := &warcWriter{dir: dir, max: max, prefix: "claimwatch-" + time.Now().UTC().Format("20060102150405")}
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.rotate(); err != nil {
		return nil, err
	}
	return w, nil
}

// rotate closes the current file and opens the next; w.mu is held.
func (w *warcWriter) rotate() error {
	if w.f != nil {
		w.f.Sync()
		if err := w.f.Close(); err != nil {
			return fmt.Errorf("archive: %w", err)
		}
		w.f = nil
	}
	for {
		w.seq++
		name := filepath.Join(w.dir, fmt.Sprintf("%s-%05d.warc.gz", w.prefix, w.seq))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("archive: %w", err)
		}
		w.f, w.size = f, 0
		info := "software: claimwatch\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
		rec := encodeRecord(warcFields{{"WARC-Type", "warcinfo"}, {"WARC-Filename", filepath.Base(name)},
			{"Content-Type", "application/warc-fields"}}, []byte(info))
		return w.writeLocked(rec)
	}
}

func (w *warcWriter) writeLocked(member []byte) error {
	n, err := w.f.Write(member)
	w.size += int64(n)
	return err
}

// write appends compressed records, rotating first when the file is full.
// Records written together (a request and its response) stay in one file.
func (w *warcWriter) write(members ...[]byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil || w.f == nil {
		return
	}
	if w.size >= w.max {
		if w.err = w.rotate(); w.err != nil {
			return
		}
	}
	for _, m := range members {
		if w.err = w.writeLocked(m); w.err != nil {
			return
		}
	}
}

// Close syncs and closes the current file and returns the first error any
// write met.
func (w *warcWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f != nil {
		w.f.Sync()
		if err := w.f.Close(); err != nil && w.err == nil {
			w.err = err
		}
		w.f = nil
	}
	return w.err
}

type warcFields [][2]string

// encodeRecord builds one record and gzips it as its own member. WARC-Date
// and WARC-Record-ID are added when fields lack them.
func encodeRecord(fields warcFields, block []byte) []byte {
	var head bytes.Buffer
	head.WriteString("WARC/1.1\r\n")
	has := map[string]bool{}
	for _, f := range fields {
		has[f[0]] = true
	}
	if !has["WARC-Record-ID"] {
		fields = append(fields, [2]string{"WARC-Record-ID", newRecordID()})
	}
	if !has["WARC-Date"] {
		fields = append(fields, [2]string{"WARC-Date", time.Now().UTC().Format(time.RFC3339)})
	}
	fields = append(fields, [2]string{"Content-Length", strconv.Itoa(len(block))})
	for _, f := range fields {
		head.WriteString(f[0] + ": " + f[1] + "\r\n")
	}
	head.WriteString("\r\n")
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(head.Bytes())
	zw.Write(block)
	zw.Write([]byte("\r\n\r\n"))
	zw.Close()
	gzipWriters.Put(zw)
	return buf.Bytes()
}

// gzipWriters are reused: a compressor's state is larger than most pages.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

func newRecordID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func sha1Digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// exchange writes a request record and the response record it led to.
// truncated marks a body cut at the size limit.
func (w *warcWriter) exchange(req *http.Request, resp *http.Response, body []byte, truncated bool, at time.Time) {
	target := req.URL.String()
	date := at.UTC().Format(time.RFC3339)

	var rb bytes.Buffer
	fmt.Fprintf(&rb, "%s %s HTTP/1.1\r\nHost: %s\r\n", req.Method, req.URL.RequestURI(), req.Host)
	if req.Host == "" {
		rb.Reset()
		fmt.Fprintf(&rb, "%s %s HTTP/1.1\r\nHost: %s\r\n", req.Method, req.URL.RequestURI(), req.URL.Host)
	}
	req.Header.Write(&rb)
	rb.WriteString("\r\n")

	var hb bytes.Buffer
	proto := resp.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	fmt.Fprintf(&hb, "%s %s\r\n", proto, statusText(resp))
	// The body is stored as the client received it: Go removes
	// Content-Encoding, Content-Length and chunking when it undoes them,
	// so the stored header describes the stored body.
	resp.Header.Write(&hb)
	hb.WriteString("\r\n")
	block := append(hb.Bytes(), body...)

	respID := newRecordID()
	fields := warcFields{{"WARC-Type", "response"}, {"WARC-Record-ID", respID}, {"WARC-Date", date},
		{"WARC-Target-URI", target}, {"Content-Type", "application/http;msgtype=response"},
		{"WARC-Block-Digest", sha1Digest(block)}, {"WARC-Payload-Digest", sha1Digest(body)}}
	if truncated {
		fields = append(fields, [2]string{"WARC-Truncated", "length"})
	}
	reqRec := encodeRecord(warcFields{{"WARC-Type", "request"}, {"WARC-Date", date}, {"WARC-Target-URI", target},
		{"WARC-Concurrent-To", respID}, {"Content-Type", "application/http;msgtype=request"}}, rb.Bytes())
	w.write(reqRec, encodeRecord(fields, block))
}

func statusText(resp *http.Response) string {
	if resp.Status != "" {
		return resp.Status
	}
	return fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
}

// ReadWARC calls fn for every record of a .warc.gz (or plain .warc) file
// in order. It stops at fn's first error and returns it.
func ReadWARC(path string, fn func(Record) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read warc: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	br := bufio.NewReader(f)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br) // reads the members one after another
		if err != nil {
			return fmt.Errorf("read warc %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	tr := textproto.NewReader(bufio.NewReaderSize(r, 64<<10))
	for n := 0; ; n++ {
		line, err := tr.ReadLine()
		if errors.Is(err, io.EOF) && line == "" {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read warc %s: record %d: %w", path, n, err)
		}
		if line == "" {
			n--
			continue // tolerate extra blank lines between records
		}
		if !strings.HasPrefix(line, "WARC/") {
			return fmt.Errorf("read warc %s: record %d starts with %q", path, n, line)
		}
		mh, err := tr.ReadMIMEHeader()
		if err != nil {
			return fmt.Errorf("read warc %s: record %d: %w", path, n, err)
		}
		size, err := strconv.Atoi(mh.Get("Content-Length"))
		if err != nil || size < 0 {
			return fmt.Errorf("read warc %s: record %d: bad Content-Length %q", path, n, mh.Get("Content-Length"))
		}
		block := make([]byte, size)
		if _, err := io.ReadFull(tr.R, block); err != nil {
			return fmt.Errorf("read warc %s: record %d: %w", path, n, err)
		}
		var tail [4]byte
		if _, err := io.ReadFull(tr.R, tail[:]); err != nil || string(tail[:]) != "\r\n\r\n" {
			return fmt.Errorf("read warc %s: record %d: missing record end", path, n)
		}
		rec := Record{Type: mh.Get("WARC-Type"), ID: mh.Get("WARC-Record-ID"), TargetURI: mh.Get("WARC-Target-URI"),
			Header: http.Header(mh), Block: block, Truncated: mh.Get("WARC-Truncated") != ""}
		rec.Date, _ = time.Parse(time.RFC3339, mh.Get("WARC-Date"))
		if rec.Type == "response" && strings.HasPrefix(mh.Get("Content-Type"), "application/http") {
			rec.Status, rec.HTTPHeader, rec.Body, err = parseHTTPResponse(block)
			if err != nil {
				return fmt.Errorf("read warc %s: record %d: %w", path, n, err)
			}
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}

func parseHTTPResponse(block []byte) (int, http.Header, []byte, error) {
	head, body, ok := bytes.Cut(block, []byte("\r\n\r\n"))
	if !ok {
		return 0, nil, nil, errors.New("http response without a header end")
	}
	tr := textproto.NewReader(bufio.NewReader(bytes.NewReader(append(head, "\r\n\r\n"...))))
	status, err := tr.ReadLine()
	if err != nil {
		return 0, nil, nil, err
	}
	_, rest, _ := strings.Cut(status, " ")
	code, err := strconv.Atoi(strings.Fields(rest + " 0")[0])
	if err != nil {
		return 0, nil, nil, fmt.Errorf("bad status line %q", status)
	}
	h, err := tr.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, nil, nil, err
	}
	return code, http.Header(h), body, nil
}
