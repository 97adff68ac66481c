package crawler

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

// maxRobotsBytes is how much of a robots.txt is read; RFC 9309 asks
// crawlers to read at least 500 KiB.
const maxRobotsBytes = 512 << 10

// robots is what one host's robots.txt says to us.
type robots struct {
	group *robotstxt.Group // nil: no rules for us
	// all is set when nothing may be fetched (robots.txt answered 5xx):
	// RFC 9309 has a crawler assume a complete disallow until it can read
	// the file.
	all         bool
	status      int
	unreachable error // robots.txt could not be fetched at all
	crawlDelay  time.Duration
}

// allows reports whether u may be fetched.
func (rb *robots) allows(u *url.URL) bool {
	if rb == nil {
		return true
	}
	if rb.all {
		return false
	}
	if rb.group == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return rb.group.Test(p)
}

// fetchRobots reads robots.txt for the host of base. Only a network error
// is returned as an error; every HTTP answer has a meaning (RFC 9309):
// 2xx the rules, 4xx no rules, 5xx no access.
func fetchRobots(ctx context.Context, client *http.Client, agent string, base *url.URL) *robots {
	u := url.URL{Scheme: base.Scheme, Host: base.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return &robots{unreachable: err}
	}
	req.Header.Set("User-Agent", agent)
	resp, err := client.Do(req)
	if err != nil {
		return &robots{unreachable: fmt.Errorf("robots.txt unreachable: %s", reason(err))}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		return &robots{unreachable: fmt.Errorf("robots.txt unreachable: %s", reason(err))}
	}
	rb := &robots{status: resp.StatusCode}
	switch {
	case resp.StatusCode >= 500:
		rb.all = true
		return rb
	case resp.StatusCode >= 400 || resp.StatusCode < 200 || resp.StatusCode >= 300:
		return rb
	}
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		return rb // unreadable rules restrict nothing we can name
	}
	g := data.FindGroup(agent)
	rb.group = g
	if g != nil {
		rb.crawlDelay = g.CrawlDelay
	}
	return rb
}
