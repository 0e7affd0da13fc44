package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/demarche-project/demarche"
)

// maxCached is the most signal reports kept.
const maxCached = 64

// cache keeps the store's coverage and recent signal reports while the
// store does not change, as its Stats tell (counts and last ingest): a
// server answering the same query again does not read every event again.
type cache struct {
	mu      sync.Mutex
	key     string // the store state the entries belong to
	cov     map[string]*coverage
	signals map[string]*demarche.SignalReport
	stances map[string]*demarche.StanceReport
	titles  map[string]string // document ID → title
}

// maxTitles is the most document titles kept.
const maxTitles = 500000

// stateKey identifies the state of the store, or "" when the store cannot
// tell (nothing is cached then).
func (s *Service) stateKey(ctx context.Context) string {
	st, ok := s.store.(interface {
		Stats(context.Context) (*demarche.StoreStats, error)
	})
	if !ok {
		return ""
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d/%d/%d/%d/%s", stats.Documents, stats.Sentences, stats.Events, stats.CanonicalEvents, stats.LastIngest.UTC().Format("2006-01-02T15:04:05.000000000"))
}

// entries returns the cache maps for the store state key, emptied when the
// state changed.
func (c *cache) entries(key string) {
	if c.key != key || c.cov == nil {
		c.key = key
		c.cov = map[string]*coverage{}
		c.signals = map[string]*demarche.SignalReport{}
		c.stances = map[string]*demarche.StanceReport{}
		c.titles = map[string]string{}
	}
}

func (c *cache) getStances(key string, q *demarche.Question) *demarche.StanceReport {
	if key == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	b, _ := json.Marshal(q)
	return c.stances[string(b)]
}

func (c *cache) putStances(key string, q *demarche.Question, rep *demarche.StanceReport) {
	if key == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	if len(c.stances) >= maxCached {
		c.stances = map[string]*demarche.StanceReport{}
	}
	b, _ := json.Marshal(q)
	c.stances[string(b)] = rep
}

// title returns the cached title of a document.
func (c *cache) title(key, doc string) (string, bool) {
	if key == "" {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	t, ok := c.titles[doc]
	return t, ok
}

func (c *cache) putTitle(key, doc, title string) {
	if key == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	if len(c.titles) >= maxTitles {
		c.titles = map[string]string{}
	}
	c.titles[doc] = title
}

func (c *cache) getCoverage(key, until string) *coverage {
	if key == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	return c.cov[until]
}

func (c *cache) putCoverage(key, until string, cov *coverage) {
	if key == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	c.cov[until] = cov
}

func queryKey(q demarche.SignalQuery) string {
	b, _ := json.Marshal(q)
	return string(b)
}

func (c *cache) getSignals(key string, q demarche.SignalQuery) *demarche.SignalReport {
	if key == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	return c.signals[queryKey(q)]
}

func (c *cache) putSignals(key string, q demarche.SignalQuery, rep *demarche.SignalReport) {
	if key == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries(key)
	if len(c.signals) >= maxCached {
		c.signals = map[string]*demarche.SignalReport{}
	}
	c.signals[queryKey(q)] = rep
}

// copyReport returns a copy of a report whose signal list the caller may
// change.
func copyReport(r *demarche.SignalReport) *demarche.SignalReport {
	cp := *r
	cp.Signals = append([]demarche.Signal(nil), r.Signals...)
	return &cp
}
