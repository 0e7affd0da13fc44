package storetest

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// EnvEvents sets the number of synthetic events of the dyad benchmarks
// (default 1,000,000; the target is measured at 10,000,000).
const EnvEvents = "DEMARCHE_BENCH_EVENTS"

// BenchEvents returns the number of synthetic events to generate, or skips
// under -short.
func BenchEvents(tb testing.TB) int {
	if testing.Short() {
		tb.Skip("generates a large store")
	}
	if v := os.Getenv(EnvEvents); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			tb.Fatalf("%s=%q: want a number of events", EnvEvents, v)
		}
		return n
	}
	return 1_000_000
}

// synthCountries are actor countries by decreasing frequency, the head of a
// Zipf distribution over about 150 countries.
var synthCountries = func() []string {
	head := []string{"PRK", "USA", "KOR", "CHN", "RUS", "JPN", "IGOUNO", "GBR", "DEU", "FRA", "IRN", "SYR", "CUB", "VNM", "LAO",
		"IND", "PAK", "ISR", "EGY", "UKR"}
	for i := 0; len(head) < 150; i++ {
		head = append(head, fmt.Sprintf("X%02d", i))
	}
	return head
}()

var synthSectors = []string{"", "", "", "GOV", "GOV", "GOV", "MIL", "MIL", "MED", "PTY", "CVL", "BUS", "LEG"}

// synthCode is a CAMEO code with its quad class and Goldstein score.
type synthCode struct {
	code string
	quad int
	gold float64
}

// synthCodes are about 200 CAMEO-shaped codes: the twenty roots, their
// three-digit children and some four-digit ones, with the quad class of
// their root and a Goldstein score near the root's.
var synthCodes = func() []synthCode {
	gold := []float64{0, 0, -0.1, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 7.5, -2.0, -2.0, -2.0, -5.0, -4.0, -6.5, -7.5, -7.0, -9.0, -9.5, -10.0}
	var out []synthCode
	for root := 1; root <= 20; root++ {
		quad := 1
		switch {
		case root >= 14:
			quad = 4
		case root >= 9:
			quad = 3
		case root >= 6:
			quad = 2
		}
		r := fmt.Sprintf("%02d", root)
		out = append(out, synthCode{r + "0", quad, gold[root]})
		for k := 1; k <= 6; k++ {
			out = append(out, synthCode{fmt.Sprintf("%s%d", r, k), quad, gold[root] + float64(k%3)/10})
		}
		for k := 1; k <= 3; k++ {
			out = append(out, synthCode{fmt.Sprintf("%s%d%d", r, k, k), quad, gold[root]})
		}
	}
	// Statements, praise and criticism first, as in state media.
	for _, c := range []string{"051", "010", "111", "043", "042"} {
		for i := range out {
			if out[i].code == c {
				out = append([]synthCode{out[i]}, append(out[:i:i], out[i+1:]...)...)
				break
			}
		}
	}
	return out
}()

// zipf draws from a Zipf-like distribution over n items (s = 1.1).
type zipf struct{ cum []float64 }

func newZipf(n int) *zipf {
	z := &zipf{cum: make([]float64, n)}
	sum := 0.0
	for i := range n {
		sum += 1 / math.Pow(float64(i+1), 1.1)
		z.cum[i] = sum
	}
	for i := range z.cum {
		z.cum[i] /= sum
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) int {
	x := r.Float64()
	lo, hi := 0, len(z.cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if z.cum[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Synthetic returns batch number batch of batches of a deterministic
// synthetic corpus: docs documents of one sentence, each with perDoc events,
// with Zipf-distributed actors (North Korea first) and codes. The batches
// advance from 1997 to 2014, as an ingest that follows the news does, each
// spreading over a few weeks.
func Synthetic(seed int64, batch, batches, docs, perDoc int) []*demarche.Coded {
	r := rand.New(rand.NewSource(seed*1_000_003 + int64(batch)))
	countries, codes := newZipf(len(synthCountries)), newZipf(len(synthCodes))
	actor := func() string {
		c := synthCountries[countries.draw(r)]
		if len(c) > 3 {
			return c
		}
		return c + synthSectors[r.Intn(len(synthSectors))]
	}
	first := dayNum("1997-01-01")
	span := float64(dayNum("2014-12-31") - first)
	start := first + int(span*float64(batch)/float64(batches))
	days := max(int(span/float64(batches)), 1) + 20
	out := make([]*demarche.Coded, docs)
	for i := range out {
		id := fmt.Sprintf("syn-%d-%d-%d", seed, batch, i)
		date := dayStr(min(start+r.Intn(days), first+int(span)))
		text := fmt.Sprintf("Synthetic story %s reported %d statements.", id, perDoc)
		d := &demarche.Document{ID: id, Date: date, Title: "", Text: text, Source: []string{"KCNA", "TASS", "Xinhua"}[r.Intn(3)]}
		c := &demarche.Coded{Doc: d, Sentences: []demarche.Sentence{{Doc: id, Index: 0, Text: text, Start: 0, End: len(text)}}}
		for k := 0; k < perDoc; k++ {
			src, tgt := actor(), actor()
			for tgt == src {
				tgt = actor()
			}
			code := synthCodes[codes.draw(r)]
			e := demarche.Event{Doc: id, Sentence: 0, Date: date, Source: src, Target: tgt, CAMEO: code.code, Root: code.code[:2],
				Quad: code.quad, Goldstein: code.gold, Rule: "synthetic", VerbSpan: demarche.Span{Start: 16, End: 16 + k%8}}
			e.ID = demarche.EventID(id, 0, e.VerbSpan, src, tgt, e.CAMEO+strconv.Itoa(k))
			c.Events = append(c.Events, e)
		}
		out[i] = c
	}
	return out
}

// Generate fills s with n synthetic events (ten per document) unless it
// already holds them, and logs the insert throughput.
func Generate(tb testing.TB, s demarche.Store, n int) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	if st.Events >= int64(n) {
		tb.Logf("reusing a store of %d events", st.Events)
		return
	}
	const perDoc, docs = 10, 2000
	batches := (n + perDoc*docs - 1) / (perDoc * docs)
	start, cpu0 := time.Now(), CPUTime()
	for b := int(st.Events) / (perDoc * docs); b < batches; b++ {
		if _, err := s.Put(ctx, "synthetic", Synthetic(1, b, batches, docs, perDoc)); err != nil {
			tb.Fatal(err)
		}
		if b%50 == 49 {
			tb.Logf("%d events in %v", (b+1)*perDoc*docs, time.Since(start).Round(time.Second))
		}
	}
	d := time.Since(start)
	tb.Logf("generated %d events in %v (%v CPU): %.0f events/s, %.0f docs/s", n, d.Round(time.Millisecond),
		(CPUTime() - cpu0).Round(time.Millisecond), float64(n)/d.Seconds(), float64(n/perDoc)/d.Seconds())
}

// DyadQueries are the aggregations the dyad benchmark times.
var DyadQueries = []struct {
	Name string
	Q    demarche.DyadQuery
}{
	{"PRK-USA/directed/month/all", demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Directed: true, Period: demarche.PeriodMonth}},
	{"PRK-USA/undirected/month/all", demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Period: demarche.PeriodMonth}},
	{"PRK-RUS/directed/month/2011", demarche.DyadQuery{A: []string{"PRK"}, B: []string{"RUS"}, Directed: true, From: "2011-01-01", To: "2011-12-31"}},
	{"PRK-RUS/directed/month/partial", demarche.DyadQuery{A: []string{"PRK"}, B: []string{"RUS"}, Directed: true, From: "2011-01-15", To: "2011-12-14"}},
	{"PRK-KOR+JPN/undirected/quarter", demarche.DyadQuery{A: []string{"PRK"}, B: []string{"KOR", "JPN"}, Period: demarche.PeriodQuarter}},
	{"PRK-USA/directed/week/2011", demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Directed: true, Period: demarche.PeriodWeek, From: "2011-01-01", To: "2011-12-31"}},
	{"PRKGOV-USAMIL/directed/month/all", demarche.DyadQuery{A: []string{"PRKGOV"}, B: []string{"USAMIL"}, Directed: true}},
	{"PRKMIL-USA/directed/month/all", demarche.DyadQuery{A: []string{"PRKMIL"}, B: []string{"USA"}, Directed: true}},
}

// BenchDyad times each of DyadQueries on s as a sub-benchmark, after
// checking the rollup against the events index on the first query.
func BenchDyad(b *testing.B, s demarche.Store) {
	ctx := context.Background()
	q := DyadQueries[0].Q
	fast, err := s.Dyad(ctx, q)
	if err != nil {
		b.Fatal(err)
	}
	q.Duplicates = true // no duplicates here: the same figures through the index
	slow, err := s.Dyad(ctx, q)
	if err != nil {
		b.Fatal(err)
	}
	if d := diffPeriods(fast, slow); d != "" {
		b.Fatalf("rollup and index disagree: %s", d)
	}
	for _, dq := range DyadQueries {
		b.Run(dq.Name, func(b *testing.B) {
			var events int
			for i := 0; i < b.N; i++ {
				p, err := s.Dyad(ctx, dq.Q)
				if err != nil {
					b.Fatal(err)
				}
				events = 0
				for _, x := range p {
					events += x.Events
				}
			}
			b.ReportMetric(float64(events), "events")
		})
	}
	b.Run("events-page/PRK-USA", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Events(ctx, demarche.EventFilter{Source: []string{"PRK"}, Target: []string{"USA"}, From: "2011-06-01"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("events-page/target-RUS", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Events(ctx, demarche.EventFilter{Target: []string{"RUS"}, CAMEO: []string{"190"}}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
