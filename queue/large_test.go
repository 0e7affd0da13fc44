package queue

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// TestPublishTooLarge publishes documents larger than the queue carries:
// each is reported and skipped at once, and the documents after it are
// queued — one document larger than NATS's max_payload, then one larger
// than the stream's largest message, which the stream refuses after the
// publish (a permanent error, not retried).
func TestPublishTooLarge(t *testing.T) {
	e := newEnv(t, Config{})
	ctx := context.Background()
	start := time.Now()
	p := e.q.NewPublisher(ctx)
	var mu sync.Mutex
	var rejected []error
	p.Rejected = func(err error) { mu.Lock(); rejected = append(rejected, err); mu.Unlock() }
	big := doc(1, strings.Repeat("The envoy spoke at length. ", 80000)) // 2.2 MB, over the 1 MB max_payload
	if err := p.Publish(doc(0, "")); err != nil {
		t.Fatal(err)
	}
	err := p.Publish(big)
	if demarche.ErrorCode(err) != demarche.EINVALID || !strings.Contains(err.Error(), "max_payload") || !strings.Contains(err.Error(), big.Origin) {
		t.Errorf("Publish of a 2 MB document: %v, want an EINVALID error naming its origin and max_payload", err)
	}
	if err := p.Publish(doc(2, "")); err != nil {
		t.Fatalf("Publish after a document too large: %v", err)
	}
	st, err := p.Close()
	if err != nil || st.Published != 2 {
		t.Errorf("Close: %+v, %v; want 2 published and no error", st, err)
	}

	// The stream's own limit, below the server's: refused after the
	// publish, by JetStream.
	js := e.q.js
	s, err := js.Stream(ctx, e.q.cfg.Stream)
	if err != nil {
		t.Fatal(err)
	}
	sc := s.CachedInfo().Config
	sc.MaxMsgSize = 64 << 10
	if _, err := js.UpdateStream(ctx, sc); err != nil {
		t.Fatal(err)
	}
	p = e.q.NewPublisher(ctx)
	p.Rejected = func(err error) { mu.Lock(); rejected = append(rejected, err); mu.Unlock() }
	mid := doc(3, strings.Repeat("The envoy spoke again. ", 5000)) // 115 KB
	for _, d := range []*demarche.Document{mid, doc(4, "")} {
		if err := p.Publish(d); err != nil {
			t.Fatalf("Publish %s: %v", d.ID, err)
		}
	}
	st, err = p.Close()
	if err != nil || st.Published != 1 || st.Rejected != 1 {
		t.Errorf("Close: %+v, %v; want 1 published, 1 rejected and no error", st, err)
	}
	mu.Lock()
	if len(rejected) != 1 || !strings.Contains(rejected[0].Error(), mid.ID) || demarche.ErrorCode(rejected[0]) != demarche.EINVALID {
		t.Errorf("rejected: %v, want one EINVALID error naming %s", rejected, mid.ID)
	}
	mu.Unlock()
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("took %v: a permanent error was retried", took)
	}
	if s, err := e.q.Status(ctx); err != nil || s.Messages != 3 {
		t.Errorf("queue holds %+v, %v; want 3 documents", s, err)
	}
}
