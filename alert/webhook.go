package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/demarche-project/demarche"
)

// Sender delivers the pending deliveries of a store to their webhooks.
type Sender struct {
	Store demarche.WatchStore

	// Owner names this process in delivery leases (host:pid:random).
	Owner string

	// HTTP posts the alerts; nil uses a client with a 30 s timeout.
	HTTP *http.Client

	// BaseURL is the dashboard's address, for the link of each alert.
	BaseURL string

	// URLs looks up the URLs of evidence documents; may be nil.
	URLs DocURLs

	// Backoff is the wait after the first failed attempt, doubled at each
	// failure up to MaxBackoff: default 30 s and 1 h. A Retry-After
	// header wins, up to MaxBackoff.
	Backoff, MaxBackoff time.Duration

	// Lease is how long a delivery is held by this sender while it posts
	// it (default 2 minutes); a sender killed meanwhile leaves it to the
	// next one after that.
	Lease time.Duration

	// Now returns the time; nil means time.Now.
	Now func() time.Time

	// Log receives one line per attempt; may be nil.
	Log func(format string, args ...any)
}

// Stats counts what one Deliver did.
type Stats struct {
	Sent   int // accepted (2xx)
	Failed int // failed; retried later
}

// IdempotencyKey is the Idempotency-Key header of a delivery: the alert's
// stable id for its first revision, "ID.N" for its revision N.
func IdempotencyKey(id string, revision int) string {
	if revision <= 1 {
		return id
	}
	return id + "." + strconv.Itoa(revision)
}

func (s *Sender) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Sender) logf(format string, args ...any) {
	if s.Log != nil {
		s.Log(format, args...)
	}
}

// Deliver posts every due delivery once, in batches of leased deliveries,
// until none is due or ctx ends. Failures are recorded with their next try
// and do not stop the others.
func (s *Sender) Deliver(ctx context.Context) (Stats, error) {
	var st Stats
	client := s.HTTP
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	lease := s.Lease
	if lease <= 0 {
		lease = 2 * time.Minute
	}
	tried := map[[2]string]bool{}
	for ctx.Err() == nil {
		now := s.now()
		ds, err := s.Store.LeaseDeliveries(ctx, s.Owner, now, now.Add(lease), 50)
		if err != nil {
			return st, err
		}
		fresh := 0
		for i := range ds {
			d := &ds[i]
			k := [2]string{d.Alert, d.Endpoint}
			if tried[k] {
				continue // due again already: the next round
			}
			tried[k] = true
			fresh++
			status, after, err := s.post(ctx, client, d)
			// The outcome is written even when ctx ends: the POST is done.
			wctx := context.WithoutCancel(ctx)
			if err == nil {
				st.Sent++
				s.logf("alert %s (revision %d) delivered to %s: HTTP %d", d.Alert, d.Revision, d.Endpoint, status)
				if err := s.Store.FinishDelivery(wctx, d, true, status, "", time.Time{}); err != nil {
					return st, err
				}
				continue
			}
			st.Failed++
			wait := s.backoff(d.Attempts, after)
			s.logf("alert %s to %s failed (attempt %d): %v; next try in %s", d.Alert, d.Endpoint, d.Attempts+1, err, wait)
			if err := s.Store.FinishDelivery(wctx, d, false, status, err.Error(), s.now().Add(wait)); err != nil {
				return st, err
			}
		}
		if fresh == 0 {
			break
		}
	}
	return st, ctx.Err()
}

// backoff is the wait after attempts failures (0 for the first).
func (s *Sender) backoff(attempts int, after time.Duration) time.Duration {
	first, most := s.Backoff, s.MaxBackoff
	if first <= 0 {
		first = 30 * time.Second
	}
	if most <= 0 {
		most = time.Hour
	}
	if after > 0 {
		return min(after, most)
	}
	d := first
	for i := 0; i < attempts && d < most; i++ {
		d *= 2
	}
	return min(d, most)
}

// post sends one delivery. It returns the HTTP status (0 without an
// answer), the Retry-After delay, and an error unless the answer is 2xx.
func (s *Sender) post(ctx context.Context, client *http.Client, d *demarche.Delivery) (int, time.Duration, error) {
	if d.Signal == nil {
		return 0, 0, fmt.Errorf("alert %s has no signal", d.Alert)
	}
	p := NewPayload(ctx, d.Alert, d.Revision, d.Signal, s.BaseURL, s.URLs)
	body, err := json.Marshal(p)
	if err != nil {
		return 0, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.Endpoint, bytes.NewReader(body))
	if err != nil {
		return 0, 0, fmt.Errorf("bad webhook URL %q: %v", d.Endpoint, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "demarche-watch/0.1")
	req.Header.Set("Idempotency-Key", IdempotencyKey(d.Alert, d.Revision))
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return resp.StatusCode, 0, nil
	}
	var after time.Duration
	if v, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && v > 0 {
		after = time.Duration(v) * time.Second
	} else if t, err := http.ParseTime(resp.Header.Get("Retry-After")); err == nil {
		after = time.Until(t)
	}
	return resp.StatusCode, after, fmt.Errorf("HTTP %s", resp.Status)
}
