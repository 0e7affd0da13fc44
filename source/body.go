package source

import (
	"context"
	"net/http"
	"strconv"
	"time"
)

// OpenBody returns a Reader for the content of a URL fetched by the caller
// (demarche watch makes its own conditional requests): rawURL names the
// input in errors, finalURL is the URL after redirects (for relative links
// and detection), contentType the answer's Content-Type. The format is
// detected as for a URL given to Open; feed items' pages are fetched with
// opt's client.
func OpenBody(ctx context.Context, rawURL, finalURL, contentType string, body []byte, opt Options) (Reader, error) {
	o, err := newOpener(ctx, opt)
	if err != nil {
		return nil, err
	}
	if finalURL == "" {
		finalURL = rawURL
	}
	return o.openPage(rawURL, &page{url: finalURL, contentType: contentType, body: body})
}

// ReadBody reads an answer's body, up to the largest document read whole
// (64 MiB); a longer one is an error.
func ReadBody(resp *http.Response) ([]byte, error) { return readAll(resp.Body) }

// RetryAfter returns the delay of an answer's Retry-After header (seconds
// or an HTTP date), or 0.
func RetryAfter(h http.Header, now time.Time) time.Duration {
	v := h.Get("Retry-After")
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
