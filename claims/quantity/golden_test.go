package quantity

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var (
	update     = flag.Bool("update", false, "rewrite testdata/golden.txt from what Find and FindAll return now")
	goldenDump = flag.String("golden.dump", "", "write the full results of each golden input into this folder, to diff two versions")
)

// sharedDir is shared/ beside the checkout, as CI lays it.
const sharedDir = "../../../shared"

const goldenFile = "testdata/golden.txt"

// goldenInput is one text of the golden corpus, named by where it came from.
type goldenInput struct {
	name string
	text string
}

// goldenInputs reads the corpus: every text file of the conformance suites
// and the examples as it is on disk (HTML pages unzipped, nothing else
// done to them, so broken markup and GBK bytes are read too), and the titles
// and texts of claims' test articles.
func goldenInputs(t testing.TB) []goldenInput {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("shared folder not available: %v", err)
	}
	var ins []goldenInput
	for _, dir := range []string{"conformance", "examples"} {
		root := filepath.Join(sharedDir, dir)
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			name := filepath.ToSlash(path[len(sharedDir)+1:])
			switch {
			case strings.HasSuffix(path, ".txt"), strings.HasSuffix(path, ".json"), strings.HasSuffix(path, ".html"):
				b, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				ins = append(ins, goldenInput{name, string(b)})
			case strings.HasSuffix(path, ".html.gz"):
				b, err := gunzip(path)
				if err != nil {
					return err
				}
				ins = append(ins, goldenInput{name, string(b)})
			}
			return nil
		})
		if err != nil {
			t.Fatalf("read %s: %v", root, err)
		}
	}
	files, err := filepath.Glob("../testdata/*/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c struct {
			Article struct {
				Title string `json:"title"`
				Text  string `json:"text"`
			} `json:"article"`
		}
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := "claims/" + filepath.ToSlash(f[len("../"):])
		ins = append(ins, goldenInput{name + "#title", c.Article.Title}, goldenInput{name + "#text", c.Article.Text})
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].name < ins[j].name })
	return ins
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}

// goldenResults writes what Find and FindAll return for text, one
// quantity a line; %+v shows every field, unexported ones too.
func goldenResults(w io.Writer, text string) {
	fmt.Fprintln(w, "Find")
	for _, q := range Find(text) {
		fmt.Fprintf(w, "%+v\n", q)
	}
	fmt.Fprintln(w, "FindAll")
	for _, q := range FindAll(text) {
		fmt.Fprintf(w, "%+v\n", q)
	}
}

// The results over the whole corpus run to hundreds of megabytes, so the
// golden file keeps a SHA-256 of each input's results, beside one of the
// input itself: an input that was edited or added since (claims' test
// articles change often) is reported, not failed, until -update is run.
// -golden.dump writes the results in full to find what changed.
func TestFindMatchesGoldenResults(t *testing.T) {
	ins := goldenInputs(t)
	var got strings.Builder
	for _, in := range ins {
		h := sha256.New()
		if *goldenDump != "" {
			var full strings.Builder
			goldenResults(io.MultiWriter(h, &full), in.text)
			path := filepath.Join(*goldenDump, strings.NewReplacer("/", "_", "#", "_").Replace(in.name)+".txt")
			if err := os.WriteFile(path, []byte(full.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			goldenResults(h, in.text)
		}
		fmt.Fprintf(&got, "%x %x %s\n", h.Sum(nil), sha256.Sum256([]byte(in.text)), in.name)
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(goldenFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenFile, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := readGolden(goldenFile)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	compared, changed := 0, 0
	for _, line := range strings.Split(strings.TrimSuffix(got.String(), "\n"), "\n") {
		g := parseGoldenLine(line)
		w, ok := want[g.name]
		if !ok || w.input != g.input {
			changed++
			t.Logf("%s: input new or edited since %s was written; not compared", g.name, goldenFile)
			continue
		}
		compared++
		if w.results != g.results {
			t.Errorf("%s: results differ from %s", g.name, goldenFile)
		}
	}
	t.Logf("%d inputs compared, %d new or edited", compared, changed)
	if compared == 0 {
		t.Errorf("no input of %s was compared", goldenFile)
	}
}

// goldenLine is one line of the golden file.
type goldenLine struct{ results, input, name string }

func parseGoldenLine(line string) goldenLine {
	results, rest, _ := strings.Cut(line, " ")
	input, name, _ := strings.Cut(rest, " ")
	return goldenLine{results, input, name}
}

// readGolden reads the golden file by input name.
func readGolden(path string) (map[string]goldenLine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	want := map[string]goldenLine{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		g := parseGoldenLine(sc.Text())
		if g.name == "" {
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		want[g.name] = g
	}
	return want, sc.Err()
}
