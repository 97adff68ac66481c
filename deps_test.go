package claimwatch_test

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/claimwatch/claimwatch"

// The house rules of DESIGN.md, as data: which of our packages each package
// may import, and which third-party modules.
var allowed = map[string]struct {
	ours       []string
	thirdParty []string
}{
	"":                {},
	"config":          {[]string{""}, []string{"go.yaml.in/yaml/v3"}},
	"crawler":         {[]string{""}, []string{"github.com/gocolly/colly/v2", "github.com/mmcdole/gofeed", "github.com/PuerkitoBio/goquery", "github.com/saintfish/chardet", "github.com/temoto/robotstxt", "golang.org/x/net", "golang.org/x/text"}},
	"article":         {[]string{""}, []string{"github.com/markusmobius/go-trafilatura", "codeberg.org/readeck/go-readability", "github.com/PuerkitoBio/goquery", "golang.org/x/net", "github.com/liuzl/gocc", "golang.org/x/text", "github.com/markusmobius/go-htmldate"}},
	"claims":          {[]string{"", "claims/quantity"}, []string{"github.com/liuzl/gocc", "golang.org/x/text"}},
	"claims/quantity": {},
	"sentiment":       {[]string{""}, []string{"github.com/liuzl/gocc", "golang.org/x/text"}},
	"store":           {[]string{""}, []string{"modernc.org/sqlite"}},
	"index":           {[]string{""}, []string{"github.com/blevesearch/bleve/v2", "github.com/liuzl/gocc"}},
	"sample":          {},
	"pipeline":        {[]string{"", "article", "claims", "crawler", "index", "sentiment", "store"}, nil},
	"api":             {[]string{"", "index", "store", "verify", "verify/fx", "report"}, nil},
	"verify":          {[]string{"", "verify/fx"}, nil},
	"verify/fx":       {},
	"report":          {[]string{"", "verify", "verify/fx"}, nil},
	"digest":          {[]string{"", "report", "verify"}, []string{"github.com/wneessen/go-mail"}},
	"cmd/claimwatch":  {[]string{"", "api", "article", "claims", "config", "crawler", "index", "pipeline", "report", "sample", "sentiment", "store", "verify", "verify/fx", "digest"}, []string{"golang.org/x/term"}},
}

type pkg struct {
	ImportPath string
	Name       string
	Doc        string
	Imports    []string
	Deps       []string
	Standard   bool
}

func listPackages(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", "./...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func TestPackagesFollowTheDesign(t *testing.T) {
	for _, p := range listPackages(t) {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		rule, ok := allowed[rel]
		if !ok {
			t.Errorf("package %q is not in DESIGN.md's table (add it to deps_test.go with its rule)", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			switch {
			case isStd(imp):
			case imp == module || strings.HasPrefix(imp, module+"/"):
				target := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
				if !contains(rule.ours, target) {
					t.Errorf("%s imports %s: not allowed by DESIGN.md", displayName(rel), displayName(target))
				}
			default:
				if !hasPrefix(rule.thirdParty, imp) {
					t.Errorf("%s imports third-party %s: not allowed by DESIGN.md", displayName(rel), imp)
				}
			}
		}
		if rel == "" || rel == "claims/quantity" || rel == "sample" {
			for _, d := range p.Deps {
				if !isStd(d) && !strings.HasPrefix(d, module) {
					t.Errorf("%s depends on %s: it must use the standard library only", displayName(rel), d)
				}
			}
		}
	}
}

func TestEveryPackageHasADocComment(t *testing.T) {
	for _, p := range listPackages(t) {
		if strings.TrimSpace(p.Doc) == "" {
			t.Errorf("package %s has no doc comment", p.ImportPath)
		}
	}
}

func displayName(rel string) string {
	if rel == "" {
		return "claimwatch (root)"
	}
	return rel
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasPrefix(prefixes []string, s string) bool {
	for _, p := range prefixes {
		if s == p || strings.HasPrefix(s, p+"/") {
			return true
		}
	}
	return false
}
