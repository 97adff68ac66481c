package api

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

type openAPI struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas   map[string]*schema `json:"schemas"`
		Responses map[string]struct {
			Content map[string]struct {
				Schema *schema `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"components"`
}

type operation struct {
	Responses map[string]struct {
		Ref     string `json:"$ref"`
		Content map[string]struct {
			Schema *schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 string             `json:"type"`
	Required             []string           `json:"required"`
	Properties           map[string]*schema `json:"properties"`
	Items                *schema            `json:"items"`
	AdditionalProperties *schema            `json:"additionalProperties"`
	Enum                 []any              `json:"enum"`
}

func loadOpenAPI(t *testing.T) *openAPI {
	t.Helper()
	data, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc openAPI
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &doc
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	doc := loadOpenAPI(t)
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for m := range ops {
			documented[strings.ToUpper(m)+" "+path] = true
		}
	}
	served := map[string]bool{}
	for _, r := range apiRoutes {
		served[r.method+" "+r.path] = true
		if !documented[r.method+" "+r.path] {
			t.Errorf("%s %s is served but not in openapi.json", r.method, r.path)
		}
	}
	for k := range documented {
		if !served[k] {
			t.Errorf("%s is in openapi.json but not served", k)
		}
	}
}

// validate checks v against s, resolving references in doc.
func (doc *openAPI) validate(s *schema, v any, at string) []string {
	if s.Ref != "" {
		return doc.validate(doc.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")], v, at)
	}
	var errs []string
	bad := func(f string, a ...any) []string { return append(errs, at+": "+fmt.Sprintf(f, a...)) }
	if len(s.Enum) > 0 {
		ok := false
		for _, e := range s.Enum {
			if e == v {
				ok = true
			}
		}
		if !ok {
			return bad("%v is not one of %v", v, s.Enum)
		}
	}
	switch s.Type {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return bad("want an object, got %T", v)
		}
		for _, r := range s.Required {
			if _, ok := m[r]; !ok {
				errs = append(errs, at+": missing required "+r)
			}
		}
		for k, x := range m {
			if p, ok := s.Properties[k]; ok {
				errs = append(errs, doc.validate(p, x, at+"."+k)...)
			} else if s.AdditionalProperties != nil {
				errs = append(errs, doc.validate(s.AdditionalProperties, x, at+"."+k)...)
			} else if s.Properties != nil {
				errs = append(errs, at+": undocumented property "+k)
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return bad("want an array, got %T", v)
		}
		for i, x := range a {
			errs = append(errs, doc.validate(s.Items, x, at+"["+strconv.Itoa(i)+"]")...)
		}
	case "string":
		if _, ok := v.(string); !ok {
			return bad("want a string, got %T", v)
		}
	case "number":
		if _, ok := v.(float64); !ok {
			return bad("want a number, got %T", v)
		}
	case "integer":
		if f, ok := v.(float64); !ok || f != float64(int64(f)) {
			return bad("want an integer, got %v", v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return bad("want a boolean, got %T", v)
		}
	}
	return errs
}

func TestResponsesMatchOpenAPI(t *testing.T) {
	doc := loadOpenAPI(t)
	srv := testServer(t)
	for _, tc := range []struct {
		method, path, opPath string
		status               int
		auth                 bool
	}{
		{"GET", "/api/health", "/api/health", 200, false},
		{"GET", "/api/search?q=" + url.QueryEscape("亏损"), "/api/search", 200, false},
		{"GET", "/api/search?type=claim&entity=OpenAI", "/api/search", 200, false},
		{"GET", "/api/search?size=x", "/api/search", 400, false},
		{"GET", "/api/articles/tw1", "/api/articles/{id}", 200, false},
		{"GET", "/api/articles/none", "/api/articles/{id}", 404, false},
		{"GET", "/api/sources", "/api/sources", 200, false},
		{"GET", "/api/facts", "/api/facts", 200, false},
		{"GET", "/api/facts?verdict=maybe", "/api/facts", 400, false},
		{"GET", "/api/facts/none", "/api/facts/{id}", 404, false},
		{"GET", "/api/compare?entity=OpenAI&format=json", "/api/compare", 200, false},
		{"GET", "/api/compare?format=pdf&entity=OpenAI", "/api/compare", 400, false},
		{"GET", "/api/compare", "/api/compare", 400, false},
		{"POST", "/api/crawl", "/api/crawl", 401, false},
		{"POST", "/api/crawl", "/api/crawl", 501, true},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		if tc.auth {
			req.Header.Set("Authorization", "Bearer test-token")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s %s: status %d, want %d: %s", tc.method, tc.path, resp.StatusCode, tc.status, body)
			continue
		}
		op := doc.Paths[tc.opPath][strings.ToLower(tc.method)]
		r, ok := op.Responses[strconv.Itoa(resp.StatusCode)]
		if !ok {
			t.Errorf("%s %s: status %d is not documented", tc.method, tc.path, resp.StatusCode)
			continue
		}
		sch := r.Content["application/json"].Schema
		if r.Ref != "" {
			sch = doc.Components.Responses[strings.TrimPrefix(r.Ref, "#/components/responses/")].Content["application/json"].Schema
		}
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Errorf("%s %s: not JSON: %s", tc.method, tc.path, body)
			continue
		}
		errs := doc.validate(sch, v, tc.path)
		sort.Strings(errs)
		for _, e := range errs {
			t.Errorf("%s %s: %s", tc.method, tc.path, e)
		}
	}
}
