package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// defaultClient fetches URLs when Options.HTTP is nil.
var defaultClient = &http.Client{Timeout: 60 * time.Second}

// page is a fetched URL.
type page struct {
	url         string // the final URL, after redirects
	contentType string
	body        []byte
}

// fetch gets rawURL, retrying network errors and 5xx and 429 answers with
// exponential back-off. It fails with ENOTFOUND for 404 and 410, and
// EUNAVAILABLE for every other failure; the message names the URL.
func (o *opener) fetch(rawURL string) (*page, error) {
	client := o.opt.HTTP
	if client == nil {
		client = defaultClient
	}
	retries := o.opt.Retries
	if retries == 0 {
		retries = 3
	}
	wait := o.opt.RetryWait
	if wait <= 0 {
		wait = 500 * time.Millisecond
	}
	ua := o.opt.UserAgent
	if ua == "" {
		ua = "demarche/0.1"
	}
	var last error
	for attempt := 0; ; attempt++ {
		p, retry, after, err := o.get(client, rawURL, ua)
		if err == nil {
			return p, nil
		}
		last = err
		if !retry || attempt >= retries || o.ctx.Err() != nil {
			break
		}
		d := wait << attempt
		if after > 0 && after <= time.Minute {
			d = after
		}
		t := time.NewTimer(d)
		select {
		case <-o.ctx.Done():
			t.Stop()
			last = o.ctx.Err()
		case <-t.C:
			continue
		}
		break
	}
	var de *demarche.Error
	if errors.As(last, &de) {
		return nil, de
	}
	return nil, demarche.Errorf(demarche.EUNAVAILABLE, "%s: %v", rawURL, last)
}

// get makes one request. retry says whether the failure is worth another
// try; after is the server's Retry-After delay, if any.
func (o *opener) get(client *http.Client, rawURL, ua string) (p *page, retry bool, after time.Duration, err error) {
	req, err := http.NewRequestWithContext(o.ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, false, 0, demarche.Errorf(demarche.EINVALID, "bad URL %q: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.9, */*;q=0.8")
	resp, err := client.Do(req)
	if err != nil {
		return nil, o.ctx.Err() == nil, 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		switch {
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s >= 0 {
				after = time.Duration(s) * time.Second
			}
			return nil, true, after, fmt.Errorf("HTTP %s", resp.Status)
		case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
			return nil, false, 0, demarche.Errorf(demarche.ENOTFOUND, "%s: HTTP %s", rawURL, resp.Status)
		}
		return nil, false, 0, demarche.Errorf(demarche.EUNAVAILABLE, "%s: HTTP %s", rawURL, resp.Status)
	}
	body, err := readAll(resp.Body)
	if err != nil {
		// A connection cut in the middle of the body is worth a retry; a
		// page that is too large is not.
		return nil, !errors.Is(err, errTooLarge), 0, err
	}
	return &page{url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"), body: body}, false, 0, nil
}

// openURL fetches rawURL and opens the content with the format its content
// type, extension or content says.
func (o *opener) openURL(rawURL string) (Reader, error) {
	p, err := o.fetch(rawURL)
	if err != nil {
		return nil, err
	}
	return o.openPage(rawURL, p)
}

func (o *opener) openPage(rawURL string, p *page) (Reader, error) {
	body, ct, name := p.body, p.contentType, ""
	if u, err := url.Parse(p.url); err == nil {
		name = path.Base(u.Path)
	}
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err == nil {
			body, err = readAll(zr)
		}
		if err != nil {
			return nil, demarche.Errorf(demarche.EINVALID, "%s: gzip: %v", rawURL, err)
		}
		ct, name = "", strings.TrimSuffix(name, path.Ext(name))
	}
	in := &input{name: rawURL, url: p.url, contentType: ct, r: bufio.NewReader(bytes.NewReader(body)), closer: nopCloser{}}
	format := o.opt.Format
	if format == "" {
		format = detect(extOf(name), ct, body[:min(len(body), 4096)], false)
	}
	return o.reader(format, in)
}
