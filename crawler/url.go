package crawler

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "mc_cid": true, "mc_eid": true, "ref": true,
	"ref_src": true, "spm": true, "from": true, "source": true, "cmpid": true,
}

// ampParams are query parameters that ask for the AMP rendering of a page,
// with the values that do; the page without them is the same article.
var ampParams = map[string]func(v string) bool{
	"amp":        func(v string) bool { return v == "" || v == "1" || v == "true" },
	"_amp":       func(v string) bool { return v == "" || v == "1" || v == "true" },
	"outputtype": func(v string) bool { return strings.EqualFold(v, "amp") },
}

// fileSuffixes end a last path segment that names a document, never a
// directory, so a slash after it is a mistake and can be dropped.
var fileSuffixes = []string{".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp"}

// Canonical returns the form of raw under which a page is fetched and
// stored: scheme and host lower-cased, default ports, fragments, tracking
// parameters and AMP markers dropped, the remaining query sorted, so one
// article reached by two URLs is stored once.
//
// AMP variants map to the page they render: a trailing /amp or /amp/ path
// segment, a .amp.html suffix, ?amp=1, outputType=amp, and an amp.
// subdomain (amp.example.com → example.com). Trailing slashes are dropped
// only after a segment that names a file (/a/1.html/ → /a/1.html), the one
// case where a server cannot mean a different resource; /news/ and /news
// stay distinct here and are merged by the crawl's own dedup instead
// (see dedupKey).
func Canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	if h, ok := strings.CutPrefix(u.Host, "amp."); ok && strings.Contains(h, ".") {
		u.Host = h
	}
	u.Fragment, u.RawFragment = "", ""
	u.Path, u.RawPath = canonicalPath(u.Path), ""
	if u.RawQuery != "" {
		q := u.Query()
		for k, vs := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				q.Del(k)
				continue
			}
			if isAMP := ampParams[lk]; isAMP != nil && len(vs) == 1 && isAMP(vs[0]) {
				q.Del(k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			for _, v := range q[k] {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(v))
			}
		}
		u.RawQuery = b.String()
	}
	return u.String()
}

func canonicalPath(p string) string {
	if p == "" {
		return "/"
	}
	lower := strings.ToLower(p)
	switch {
	case strings.HasSuffix(lower, "/amp/"):
		p = p[:len(p)-len("amp/")]
	case strings.HasSuffix(lower, "/amp"):
		p = p[:len(p)-len("amp")]
	case strings.HasSuffix(lower, ".amp.html"):
		p = p[:len(p)-len(".amp.html")] + ".html"
	case strings.HasSuffix(lower, ".amp.htm"):
		p = p[:len(p)-len(".amp.htm")] + ".htm"
	}
	if len(p) > 1 && strings.HasSuffix(p, "/") {
		trimmed := strings.TrimRight(p, "/")
		lt := strings.ToLower(trimmed)
		for _, s := range fileSuffixes {
			if strings.HasSuffix(lt, s) {
				return trimmed
			}
		}
	}
	if p == "" {
		return "/"
	}
	return p
}

// dedupKey is the identity of a canonical URL within one crawl: a trailing
// slash on a non-root path is ignored (/news/1 and /news/1/ are the same
// page on every site we read), and the scheme too, since a site answering
// both http and https serves the same pages on each. The key is never
// fetched; the first form the crawl met is.
func dedupKey(canonical string) string {
	k := canonical
	if i := strings.Index(k, "://"); i >= 0 {
		k = k[i+3:]
	}
	path, query, hasQuery := strings.Cut(k, "?")
	if strings.Count(path, "/") > 1 || (strings.HasSuffix(path, "/") && strings.Index(path, "/") < len(path)-1) {
		path = strings.TrimRight(path, "/")
	}
	if hasQuery {
		return path + "?" + query
	}
	return path
}
