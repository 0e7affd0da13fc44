package storetest

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// BatchSize is the number of documents per Put in the benchmarks, as the
// ingest pipeline is expected to batch them.
var BatchSize = 2000

// IngestKCNA puts the KCNA documents into s in batches and returns the time
// it took.
func IngestKCNA(tb testing.TB, s demarche.Store, docs []*demarche.Coded) (time.Duration, *demarche.PutResult) {
	tb.Helper()
	total := &demarche.PutResult{}
	cpu0 := CPUTime()
	start := time.Now()
	for lo := 0; lo < len(docs); lo += BatchSize {
		r, err := s.Put(context.Background(), "bench", docs[lo:min(lo+BatchSize, len(docs))])
		if err != nil {
			tb.Fatal(err)
		}
		total.Added += r.Added
		total.Unchanged += r.Unchanged
		total.Duplicates += r.Duplicates
		total.Events += r.Events
		total.Sentences += r.Sentences
	}
	wall := time.Since(start)
	tb.Logf("ingest of %d documents: %v wall, %v CPU", len(docs), wall.Round(time.Millisecond), (CPUTime() - cpu0).Round(time.Millisecond))
	return wall, total
}

// CPUTime returns the user and system CPU time of the process so far: on a
// shared machine it varies less than the wall time.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// KCNAReport ingests the KCNA corpus into a store from open, ingests it
// again, and times a search, a monthly dyad aggregation and an event query;
// size returns the database size in bytes. It logs one line per figure and
// reports them as benchmark metrics.
func KCNAReport(b *testing.B, open func(b *testing.B) demarche.Store, size func() int64) {
	docs, input := KCNA(b)
	var events, sentences int
	for _, c := range docs {
		events += len(c.Events)
		sentences += len(c.Sentences)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := open(b)
		first, r := IngestKCNA(b, s, docs)
		second, r2 := IngestKCNA(b, s, docs)
		ctx := context.Background()
		t0 := time.Now()
		const searches = 20
		var hits int
		for j := 0; j < searches; j++ {
			res, err := s.Search(ctx, demarche.SearchQuery{Text: `"friendship sealed in blood"`})
			if err != nil {
				b.Fatal(err)
			}
			hits = len(res.Hits)
		}
		search := time.Since(t0) / searches
		t0 = time.Now()
		var common int
		for j := 0; j < searches; j++ {
			res, err := s.Search(ctx, demarche.SearchQuery{Text: "Kim Jong Il"})
			if err != nil {
				b.Fatal(err)
			}
			common = len(res.Hits)
		}
		searchCommon := time.Since(t0) / searches
		t0 = time.Now()
		for j := 0; j < searches; j++ {
			if _, err := s.Dyad(ctx, demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Directed: true}); err != nil {
				b.Fatal(err)
			}
		}
		dyad := time.Since(t0) / searches
		t0 = time.Now()
		n := 0
		if err := s.EachEvent(ctx, demarche.EventFilter{Source: []string{"PRK"}, Target: []string{"RUS"}, From: "2011-08-01", To: "2011-08-31"},
			func(*demarche.Event) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		query := time.Since(t0)
		t0 = time.Now()
		all := 0
		if err := s.EachEvent(ctx, demarche.EventFilter{}, func(*demarche.Event) error { all++; return nil }); err != nil {
			b.Fatal(err)
		}
		export := time.Since(t0)
		st, err := s.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
		db := size()
		b.Logf("KCNA: %d documents (%d duplicates), %d sentences, %d events; input %.1f MB gzip", len(docs), r.Duplicates, sentences, events, float64(input)/1e6)
		b.Logf("first ingest %v: %.0f docs/s, %.0f events/s; second ingest %v (%d unchanged)", first.Round(time.Millisecond),
			float64(len(docs))/first.Seconds(), float64(r.Events)/first.Seconds(), second.Round(time.Millisecond), r2.Unchanged)
		b.Logf("search phrase %v (%d hits), search common words %v (%d hits), dyad PRK→USA monthly %v, events PRK→RUS Aug 2011 %v (%d), export all %v (%d)",
			search, hits, searchCommon, common, dyad, query, n, export, all)
		b.Logf("database %.1f MB = %.1f× the gzip input; stats %+v", float64(db)/1e6, float64(db)/float64(input), fmt.Sprint(st.Documents, " docs ", st.Events, " events"))
		b.ReportMetric(first.Seconds(), "ingest-s")
		b.ReportMetric(second.Seconds(), "reingest-s")
		b.ReportMetric(float64(r.Events)/first.Seconds(), "events/s")
		b.ReportMetric(float64(search.Microseconds())/1000, "search-ms")
		b.ReportMetric(float64(dyad.Microseconds())/1000, "dyad-ms")
		b.ReportMetric(float64(db)/1e6, "db-MB")
	}
}
