package http_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	dhttp "github.com/demarche-project/demarche/http"
)

// BenchmarkAPILatency measures the latency of the main endpoints over the
// two KCNA years (22,729 stories coded by the real coder) under a loopback
// load of 50 concurrent clients, and reports the 50th and 99th percentiles
// per endpoint in milliseconds, after the median latency of each endpoint
// for one client alone (its service time). Each client sends 10 requests to
// each endpoint, the endpoints interleaved. The server serves GOMAXPROCS
// requests at once, so under 50 clients the latency is mostly the wait for
// a turn: about 50 × the mean service time / GOMAXPROCS. Run it with
//
//	go test ./http -run '^$' -bench APILatency -benchtime 1x -timeout 30m
//
// It skips when ../shared is absent.
func BenchmarkAPILatency(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpora", "kcna")
	files := []string{filepath.Join(dir, "kcna-2011.jsonl.gz"), filepath.Join(dir, "kcna-2012.jsonl.gz")}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			b.Skipf("../shared/corpora/kcna is absent (%v): the latency benchmark needs the two KCNA years", err)
		}
	}
	st := loadStore(b, files...)
	q := &demarche.Question{Name: "Satellite launches", Terms: []string{"satellite*", "launch*", "rocket*"}, Track: []string{"PRK", "USA", "KOR", "JPN", "CHN", "RUS", "IGO"}}
	if err := analysis.ValidateQuestion(q); err != nil {
		b.Fatal(err)
	}
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: analysis.New(st, analysis.Options{}), Questions: []*demarche.Question{q}})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	var someDoc string
	st.EachDocument(context.Background(), demarche.DocumentFilter{}, func(sd *demarche.StoredDocument) error {
		if sd.Events > 3 {
			someDoc = sd.ID
			return io.EOF
		}
		return nil
	})
	endpoints := []struct{ name, path string }{
		{"events-dyad", "/api/events?dyad=PRK,RUS&limit=100"},
		{"events-month", "/api/events?source=PRK&from=2011-08-01&to=2011-08-31&limit=100"},
		{"dyad-month", "/api/dyad?a=PRK&b=RUS&by=month"},
		{"dyad-week", "/api/dyad?a=PRK&b=USA&by=week&directed=true"},
		{"document", "/api/documents/" + someDoc},
		{"search", "/api/search?q=friendship&limit=20"},
		{"signals-dyad", "/api/signals?source=PRK&target=RUS"},
		{"signals-all", "/api/signals?limit=50"},
		{"stances", "/api/stances/" + q.ID},
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	// One warm-up request each: the first signals request reads every
	// event, the following ones are served from the analysis cache until
	// the store changes.
	for _, ep := range endpoints {
		resp, err := client.Get(ts.URL + ep.path)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("%s: status %d", ep.path, resp.StatusCode)
		}
	}
	const clients, rounds = 50, 10
	b.ResetTimer()
	for range b.N {
		// One client alone: the service time of each endpoint.
		for _, ep := range endpoints {
			var l []time.Duration
			for range 20 {
				t0 := time.Now()
				resp, err := client.Get(ts.URL + ep.path)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				l = append(l, time.Since(t0))
			}
			sort.Slice(l, func(a, c int) bool { return l[a] < l[c] })
			b.ReportMetric(float64(l[len(l)/2].Microseconds())/1000, "ms-alone-"+ep.name)
			b.Logf("%-13s alone: p50 %7.1f ms", ep.name, float64(l[len(l)/2].Microseconds())/1000)
		}
		lat := make([][]time.Duration, len(endpoints))
		var mu sync.Mutex
		var wg sync.WaitGroup
		errs := make(chan error, clients)
		for c := 0; c < clients; c++ {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				for r := 0; r < rounds; r++ {
					for k := range endpoints {
						ep := endpoints[(k+c)%len(endpoints)]
						t0 := time.Now()
						resp, err := client.Get(ts.URL + ep.path)
						if err != nil {
							errs <- err
							return
						}
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						d := time.Since(t0)
						if resp.StatusCode != 200 {
							errs <- fmt.Errorf("%s: status %d", ep.path, resp.StatusCode)
							return
						}
						mu.Lock()
						lat[(k+c)%len(endpoints)] = append(lat[(k+c)%len(endpoints)], d)
						mu.Unlock()
					}
				}
			}(c)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			b.Fatal(err)
		}
		for i, ep := range endpoints {
			l := lat[i]
			sort.Slice(l, func(a, c int) bool { return l[a] < l[c] })
			p50, p99 := l[len(l)/2], l[len(l)*99/100]
			b.ReportMetric(float64(p50.Microseconds())/1000, "ms-p50-"+ep.name)
			b.ReportMetric(float64(p99.Microseconds())/1000, "ms-p99-"+ep.name)
			b.Logf("%-13s p50 %7.1f ms  p99 %7.1f ms  (%d requests)", ep.name, float64(p50.Microseconds())/1000, float64(p99.Microseconds())/1000, len(l))
		}
	}
}
