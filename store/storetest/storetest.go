// Package storetest is the conformance suite of demarche.Store: every
// backend runs Run against fresh stores of its own, and Crash against a real
// process killed mid-ingest.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// Open returns a new, empty store for one test; the store is closed by the
// suite.
type Open func(t *testing.T) demarche.Store

// Run runs the conformance suite.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, demarche.Store)
	}{
		{"PutAndRead", testPutAndRead},
		{"Idempotent", testIdempotent},
		{"NewVersion", testNewVersion},
		{"Duplicates", testDuplicates},
		{"DuplicatesInBatch", testDuplicatesInBatch},
		{"AtomicBatch", testAtomicBatch},
		{"Validation", testValidation},
		{"Filters", testFilters},
		{"Pagination", testPagination},
		{"Recode", testRecode},
		{"EachDocument", testEachDocument},
		{"Dyad", testDyad},
		{"DyadAfterChanges", testDyadAfterChanges},
		{"DyadExtremeDates", testDyadExtremeDates},
		{"Search", testSearch},
		{"Stats", testStats},
		{"Volume", testVolume},
		{"Hashes", testHashes},
		{"CleanText", testCleanText},
		{"LongText", testLongText},
		{"LanguagePlaces", testLanguagePlaces}, // issue 11
		{"Questions", testQuestions},
		{"WatchSources", testWatchSources},
		{"Alerts", testAlerts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

var ctx = context.Background()

func put(t *testing.T, s demarche.Store, version string, batch ...*demarche.Coded) *demarche.PutResult {
	t.Helper()
	res, err := s.Put(ctx, version, batch)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return res
}

func stats(t *testing.T, s demarche.Store) *demarche.StoreStats {
	t.Helper()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func events(t *testing.T, s demarche.Store, f demarche.EventFilter) []demarche.Event {
	t.Helper()
	var out []demarche.Event
	if err := s.EachEvent(ctx, f, func(e *demarche.Event) error {
		out = append(out, *e)
		return nil
	}); err != nil {
		t.Fatalf("EachEvent(%+v): %v", f, err)
	}
	return out
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := demarche.ErrorCode(err); got != code {
		t.Fatalf("error %v: code %q, want %q", err, got, code)
	}
}

const story = "Kim Jong Il sent a message to the Russian president. The message expressed thanks for the friendship proven by blood. " +
	"Pyongyang denounced the joint military drills of the United States and South Korea. The Korean people will never forgive the provocation."

func storyDoc(id, date string) *demarche.Coded {
	return Code(id, date, "Kim Jong Il Sends Message", story, "KCNA",
		Spec{Sentence: 0, Source: "PRKGOV", Target: "RUSGOV", CAMEO: "036", Verb: "sent", Rule: "send message"},
		Spec{Sentence: 1, Source: "PRKGOV", Target: "RUSGOV", CAMEO: "051", Verb: "expressed", Rule: "express thanks"},
		Spec{Sentence: 2, Source: "PRKGOV", Target: "USA", CAMEO: "111", Verb: "denounced", Rule: "denounce"},
		Spec{Sentence: 2, Source: "PRKGOV", Target: "KOR", CAMEO: "111", Verb: "denounced", Rule: "denounce"},
	)
}

func testPutAndRead(t *testing.T, s demarche.Store) {
	c := storyDoc("kcna-1", "2011-08-24")
	c.Doc.Parse = "(ROOT (S))"
	// A sentence whose text is not the body's bytes is kept as given.
	c.Sentences[3].Text = "The Korean people will never forgive  the provocation."
	res := put(t, s, "v1", c)
	if res.Added != 1 || res.Events != 4 || res.Sentences != 4 || res.Docs[0].Status != demarche.PutAdded {
		t.Fatalf("Put = %+v", res)
	}
	got, err := s.Document(ctx, "kcna-1")
	if err != nil {
		t.Fatal(err)
	}
	d := c.Doc
	if got.ID != d.ID || got.Date != d.Date || got.Title != d.Title || got.Text != d.Text || got.Source != d.Source ||
		got.URL != d.URL || got.Parse != d.Parse || got.Origin != d.Origin {
		t.Errorf("Document = %+v, want %+v", got.Document, *d)
	}
	if got.Version != "v1" || got.Revision != 1 || got.Events != 4 || got.Canonical != "" || got.Hash == "" || got.Ingested.IsZero() {
		t.Errorf("Document state = %+v", got)
	}
	if !slices.Equal(got.Sentences, c.Sentences) {
		t.Errorf("Sentences =\n%+v\nwant\n%+v", got.Sentences, c.Sentences)
	}
	if _, err := s.Document(ctx, "nope"); demarche.ErrorCode(err) != demarche.ENOTFOUND {
		t.Errorf("Document(nope) = %v, want ENOTFOUND", err)
	}
	ev := events(t, s, demarche.EventFilter{Doc: "kcna-1"})
	want := slices.Clone(c.Events)
	sortEvents(want)
	if len(ev) != len(want) {
		t.Fatalf("%d events, want %d", len(ev), len(want))
	}
	for i := range ev {
		w := want[i]
		w.Text = c.Sentences[w.Sentence].Text
		if ev[i] != w {
			t.Errorf("event %d =\n%+v\nwant\n%+v", i, ev[i], w)
		}
	}
}

func testIdempotent(t *testing.T, s demarche.Store) {
	fx := NewFixture(1, 20)
	first := put(t, s, "v1", fx.Coded...)
	before := stats(t, s)
	again := put(t, s, "v1", fx.Coded...)
	if again.Unchanged != len(fx.Coded) || again.Added+again.Replaced+again.Events+again.Sentences != 0 {
		t.Errorf("second Put = %+v", again)
	}
	for i, d := range again.Docs {
		if d.Canonical != first.Docs[i].Canonical {
			t.Errorf("doc %s: canonical %q, first %q", d.ID, d.Canonical, first.Docs[i].Canonical)
		}
	}
	// Only white space differs: the same content.
	c := *fx.Coded[0]
	doc := *c.Doc
	doc.Text = "  " + strings.ReplaceAll(doc.Text, " ", "  \n") + "\n"
	c.Doc = &doc
	if r := put(t, s, "v1", &c); r.Unchanged != 1 {
		t.Errorf("Put of the same text with other spaces = %+v", r)
	}
	after := stats(t, s)
	after.LastIngest, before.LastIngest = before.LastIngest, after.LastIngest
	if fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("Stats changed by a second Put:\n%+v\n%+v", before, after)
	}
	if n := len(events(t, s, demarche.EventFilter{Duplicates: true})); n != len(fx.All) {
		t.Errorf("%d events stored, want %d", n, len(fx.All))
	}
}

func testNewVersion(t *testing.T, s demarche.Store) {
	put(t, s, "v1", storyDoc("kcna-1", "2011-08-24"))
	c := Code("kcna-1", "2011-08-25", "Corrected", "Pyongyang thanked Moscow for the aid. Nothing else happened.", "KCNA",
		Spec{Sentence: 0, Source: "PRK", Target: "RUS", CAMEO: "051", Verb: "thanked"})
	res := put(t, s, "v2", c)
	if res.Replaced != 1 || res.Docs[0].Status != demarche.PutReplaced || res.Events != 1 {
		t.Fatalf("Put of a new version = %+v", res)
	}
	got, err := s.Document(ctx, "kcna-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Revision != 2 || got.Title != "Corrected" || got.Version != "v2" || len(got.Sentences) != 2 || got.Events != 1 {
		t.Errorf("replaced document = %+v", got)
	}
	ev := events(t, s, demarche.EventFilter{})
	if len(ev) != 1 || ev[0].ID != c.Events[0].ID || ev[0].Date != "2011-08-25" {
		t.Errorf("events after replacement = %+v", ev)
	}
	st := stats(t, s)
	if st.Documents != 1 || st.Canonical != 1 || st.Sentences != 2 || st.Events != 1 || st.CanonicalEvents != 1 {
		t.Errorf("Stats = %+v", st)
	}
	if fmt.Sprint(st.Versions) != "[{v2 1}]" {
		t.Errorf("Versions = %+v", st.Versions)
	}
	if hits, err := s.Search(ctx, demarche.SearchQuery{Text: "drills"}); err != nil || len(hits.Hits) != 0 {
		t.Errorf("search of the old text = %+v, %v", hits, err)
	}
	if hits, err := s.Search(ctx, demarche.SearchQuery{Text: "aid"}); err != nil || len(hits.Hits) != 1 {
		t.Errorf("search of the new text = %+v, %v", hits, err)
	}
	p, err := s.Dyad(ctx, demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}})
	if err != nil || len(p) != 0 {
		t.Errorf("dyad of replaced events = %+v, %v", p, err)
	}
}

func testDuplicates(t *testing.T, s demarche.Store) {
	fx := NewFixture(2, 30)
	res := put(t, s, "v1", fx.Coded...)
	for _, d := range res.Docs {
		want := fx.Dups[d.ID]
		if d.Canonical != want {
			t.Errorf("%s: canonical %q (%.3f), want %q", d.ID, d.Canonical, d.Similarity, want)
		}
		if want != "" && (d.Similarity < 0.8 || d.Similarity > 1) {
			t.Errorf("%s: similarity %v", d.ID, d.Similarity)
		}
	}
	if res.Duplicates != len(fx.Dups) {
		t.Errorf("Duplicates = %d, want %d", res.Duplicates, len(fx.Dups))
	}
	exact := 0
	for dup, canon := range fx.Dups {
		sd, err := s.Document(ctx, dup)
		if err != nil {
			t.Fatal(err)
		}
		if sd.Canonical != canon {
			t.Errorf("Document(%s).Canonical = %q, want %q", dup, sd.Canonical, canon)
		}
		if sd.Similarity == 1 {
			exact++
		}
	}
	if exact == 0 || exact == len(fx.Dups) {
		t.Errorf("%d exact copies among %d duplicates: the fixture has both kinds", exact, len(fx.Dups))
	}
	if got := ids(events(t, s, demarche.EventFilter{})); !slices.Equal(got, ids(naiveFilter(fx, demarche.EventFilter{}, nil))) {
		t.Errorf("events of canonical documents: %d, want %d", len(got), len(fx.Canonical))
	}
	all := demarche.EventFilter{Duplicates: true}
	if got := ids(events(t, s, all)); !slices.Equal(got, ids(naiveFilter(fx, all, nil))) {
		t.Errorf("all events: %d, want %d", len(got), len(fx.All))
	}
	st := stats(t, s)
	if st.Documents != int64(len(fx.Coded)) || st.Canonical != int64(len(fx.Coded)-len(fx.Dups)) ||
		st.Events != int64(len(fx.All)) || st.CanonicalEvents != int64(len(fx.Canonical)) {
		t.Errorf("Stats = %+v", st)
	}
	// Short texts that differ by one word are not near-duplicates.
	a := Code("short-a", "2011-05-01", "", "Kim Jong Il inspected a farm in South Hamgyong Province.", "KCNA")
	b := Code("short-b", "2011-05-01", "", "Kim Jong Il inspected a farm in North Hamgyong Province.", "KCNA")
	if r := put(t, s, "v1", a, b); r.Duplicates != 0 {
		t.Errorf("short texts linked: %+v", r.Docs)
	}
	// A copy of a duplicate is linked to the canonical document.
	var dupID string
	for d := range fx.Dups {
		dupID = d
		break
	}
	var orig *demarche.Coded
	for _, c := range fx.Coded {
		if c.Doc.ID == dupID {
			orig = c
		}
	}
	cp := Code("copy-of-copy", orig.Doc.Date, orig.Doc.Title, orig.Doc.Text, "", Spec{Sentence: 0, Source: "PRK", Target: "USA", CAMEO: "111"})
	if r := put(t, s, "v1", cp); r.Docs[0].Canonical != fx.Dups[dupID] {
		t.Errorf("copy of a duplicate linked to %q, want %q", r.Docs[0].Canonical, fx.Dups[dupID])
	}
}

func testDuplicatesInBatch(t *testing.T, s demarche.Store) {
	r := rand.New(rand.NewSource(3))
	text := randomText(r, 6)
	w := strings.Fields(text)
	w[20] = "edited"
	a := Code("a", "2012-01-01", "T", text, "KCNA", Spec{Sentence: 0, Source: "PRK", Target: "USA", CAMEO: "111"})
	b := Code("b", "2012-01-03", "T", strings.Join(w, " "), "Yonhap", Spec{Sentence: 0, Source: "PRK", Target: "USA", CAMEO: "111"})
	c := Code("c", "2012-01-02", "T", text, "TASS", Spec{Sentence: 0, Source: "PRK", Target: "USA", CAMEO: "111"})
	res := put(t, s, "v1", a, b, c)
	if res.Docs[0].Canonical != "" || res.Docs[1].Canonical != "a" || res.Docs[2].Canonical != "a" || res.Docs[2].Similarity != 1 {
		t.Errorf("links in one batch = %+v", res.Docs)
	}
	if n := len(events(t, s, demarche.EventFilter{})); n != 1 {
		t.Errorf("%d canonical events, want 1", n)
	}
	p, err := s.Dyad(ctx, demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Directed: true})
	if err != nil || len(p) != 1 || p[0].Events != 1 {
		t.Errorf("Dyad = %+v, %v; want one event", p, err)
	}
	p, err = s.Dyad(ctx, demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Directed: true, Duplicates: true})
	if err != nil || len(p) != 1 || p[0].Events != 3 {
		t.Errorf("Dyad with duplicates = %+v, %v; want three events", p, err)
	}
	// The same ID twice in a batch: the later content wins.
	d1 := Code("twice", "2012-02-01", "", "First text of the story.", "KCNA")
	d2 := Code("twice", "2012-02-01", "", "Second text of the story.", "KCNA", Spec{Sentence: 0, Source: "RUS", Target: "PRK", CAMEO: "010"})
	res = put(t, s, "v1", d1, d2)
	got, err := s.Document(ctx, "twice")
	if err != nil || got.Text != d2.Doc.Text || got.Events != 1 || res.Added != 1 || res.Replaced != 1 {
		t.Errorf("same ID twice: %+v %+v %v", res, got, err)
	}
	// A new version and the stored one in one batch: the stored one wins.
	d3 := Code("twice", "2012-02-01", "", "Third text of the story.", "KCNA")
	put(t, s, "v1", d3, d2)
	got, err = s.Document(ctx, "twice")
	if err != nil || got.Text != d2.Doc.Text || got.Revision != 2 {
		t.Errorf("new and stored version in one batch: %+v %v", got, err)
	}
}

func testAtomicBatch(t *testing.T, s demarche.Store) {
	fx := NewFixture(4, 300)
	put(t, s, "v1", fx.Coded[:3]...)
	before := stats(t, s)
	// A batch cut short at a random moment by its context: it is stored
	// whole or not at all. (Crash does the same with SIGKILL.)
	rest := fx.Coded[3:]
	cut := 0
	for timeout := 50 * time.Microsecond; timeout < 2*time.Second; timeout *= 2 {
		cctx, cancel := context.WithTimeout(ctx, timeout)
		_, err := s.Put(cctx, "v1", rest)
		cancel()
		st := stats(t, s)
		if err == nil {
			if st.Documents != int64(len(fx.Coded)) {
				t.Fatalf("a successful Put left %d documents, want %d", st.Documents, len(fx.Coded))
			}
			break
		}
		cut++
		if st.Documents != before.Documents || st.Events != before.Events || st.Sentences != before.Sentences {
			t.Fatalf("a Put cut after %v left rows: %+v, before %+v", timeout, st, before)
		}
		for _, c := range rest[:20] {
			if _, err := s.Document(ctx, c.Doc.ID); demarche.ErrorCode(err) != demarche.ENOTFOUND {
				t.Fatalf("document %s of a failed batch: %v", c.Doc.ID, err)
			}
		}
	}
	if cut == 0 {
		t.Log("no Put was cut short")
	}
	// A cancelled context stores nothing, and the store is still usable.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Put(cctx, "v1", fx.Coded[:5]); err == nil {
		t.Error("Put with a cancelled context succeeded")
	}
	put(t, s, "v1", rest...)
	if st := stats(t, s); st.Documents != int64(len(fx.Coded)) || st.Events != int64(len(fx.All)) {
		t.Errorf("Stats = %+v, want %d documents and %d events", st, len(fx.Coded), len(fx.All))
	}
}

func testValidation(t *testing.T, s demarche.Store) {
	good := func() *demarche.Coded { return storyDoc("v", "2011-01-01") }
	tests := []struct {
		name   string
		change func(c *demarche.Coded)
	}{
		{"no document", func(c *demarche.Coded) { c.Doc = nil }},
		{"no id", func(c *demarche.Coded) { c.Doc.ID = "" }},
		{"bad date", func(c *demarche.Coded) { c.Doc.Date = "24 August 2011" }},
		{"event of another document", func(c *demarche.Coded) { c.Events[0].Doc = "other" }},
		{"event of no sentence", func(c *demarche.Coded) { c.Events[0].Sentence = 9 }},
		{"span outside the sentence", func(c *demarche.Coded) { c.Events[0].VerbSpan = demarche.Span{Start: 5, End: 500} }},
		{"no CAMEO code", func(c *demarche.Coded) { c.Events[0].CAMEO = "" }},
		{"bad quad", func(c *demarche.Coded) { c.Events[0].Quad = 7 }},
		{"sentence twice", func(c *demarche.Coded) { c.Sentences[1].Index = 0 }},
		{"bad offsets", func(c *demarche.Coded) { c.Sentences[1].End = -1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good()
			tt.change(c)
			_, err := s.Put(ctx, "v1", []*demarche.Coded{storyDoc("fine", "2011-01-01"), c})
			wantCode(t, err, demarche.EINVALID)
		})
	}
	_, err := s.Put(ctx, "", []*demarche.Coded{good()})
	wantCode(t, err, demarche.EINVALID)
	if st := stats(t, s); st.Documents != 0 {
		t.Errorf("invalid batches stored %d documents", st.Documents)
	}
	for _, f := range []demarche.EventFilter{{Source: []string{"P"}}, {Quad: []int{9}}, {From: "2011-13-01"}, {Cursor: "!!"}} {
		_, err := s.Events(ctx, f)
		wantCode(t, err, demarche.EINVALID)
	}
	for _, q := range []demarche.DyadQuery{{A: []string{"PRK"}}, {A: []string{"PRK"}, B: []string{"USA"}, Period: "decade"},
		{A: []string{"PRK"}, B: []string{"USA"}, From: "yesterday"}} {
		_, err := s.Dyad(ctx, q)
		wantCode(t, err, demarche.EINVALID)
	}
	for _, q := range []string{"", "   ", "-only -negative"} {
		_, err := s.Search(ctx, demarche.SearchQuery{Text: q})
		wantCode(t, err, demarche.EINVALID)
	}
}

func testFilters(t *testing.T, s demarche.Store) {
	fx := NewFixture(5, 60)
	put(t, s, "v1", fx.Coded...)
	tests := []struct {
		name string
		f    demarche.EventFilter
	}{
		{"all", demarche.EventFilter{}},
		{"duplicates too", demarche.EventFilter{Duplicates: true}},
		{"source country", demarche.EventFilter{Source: []string{"PRK"}}},
		{"source code", demarche.EventFilter{Source: []string{"RUSMIL"}}},
		{"source lower case", demarche.EventFilter{Source: []string{"prkgov"}}},
		{"source group", demarche.EventFilter{Source: []string{"USA", "KORGOV", "IGOUNO"}}},
		{"target country", demarche.EventFilter{Target: []string{"RUS"}}},
		{"no target", demarche.EventFilter{Target: []string{demarche.NoActor}}},
		{"directed dyad", demarche.EventFilter{Source: []string{"PRK"}, Target: []string{"USA"}}},
		{"undirected dyad", demarche.EventFilter{Source: []string{"PRK"}, Target: []string{"USA"}, Either: true}},
		{"undirected codes", demarche.EventFilter{Source: []string{"PRKGOV"}, Target: []string{"RUS", "CHN"}, Either: true}},
		{"same country both ways", demarche.EventFilter{Source: []string{"PRK"}, Target: []string{"PRK"}, Either: true}},
		{"either with one side", demarche.EventFilter{Source: []string{"KOR"}, Either: true}},
		{"actor", demarche.EventFilter{Actor: []string{"RUS"}}},
		{"actor and target", demarche.EventFilter{Actor: []string{"PRK"}, Target: []string{"USA"}}},
		{"cameo", demarche.EventFilter{CAMEO: []string{"111", "0841"}}},
		{"root", demarche.EventFilter{Root: []string{"08", "19"}}},
		{"quad", demarche.EventFilter{Quad: []int{3, 4}}},
		{"min confidence", demarche.EventFilter{MinConfidence: 0.5}},
		{"from", demarche.EventFilter{From: "2011-06-01"}},
		{"range", demarche.EventFilter{From: "2011-03-01", To: "2011-03-31"}},
		{"publication", demarche.EventFilter{Publication: []string{"TASS"}}},
		{"document", demarche.EventFilter{Doc: "doc-007"}},
		{"duplicate document", demarche.EventFilter{Doc: "copy-000"}},
		{"duplicate document, duplicates too", demarche.EventFilter{Doc: "copy-000", Duplicates: true}},
		{"version", demarche.EventFilter{Version: "v1", Source: []string{"CHN"}}},
		{"other version", demarche.EventFilter{Version: "v0"}},
		{"everything", demarche.EventFilter{Actor: []string{"PRK"}, Quad: []int{1}, From: "2011-01-01", To: "2011-12-31", Publication: []string{"KCNA"}}},
	}
	version := map[string]string{}
	for _, c := range fx.Coded {
		version[c.Doc.ID] = "v1"
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := ids(naiveFilter(fx, tt.f, version))
			got := ids(events(t, s, tt.f))
			if !slices.Equal(got, want) {
				t.Errorf("%d events, want %d; first difference: %s", len(got), len(want), firstDiff(got, want))
			}
			if len(want) == 0 && tt.name != "other version" && tt.name != "duplicate document" {
				t.Errorf("the case selects nothing: make the fixture exercise it")
			}
		})
	}
}

func testPagination(t *testing.T, s demarche.Store) {
	fx := NewFixture(6, 40)
	put(t, s, "v1", fx.Coded...)
	want := ids(naiveFilter(fx, demarche.EventFilter{Actor: []string{"PRK"}}, nil))
	for _, limit := range []int{1, 3, 7, 1000} {
		var got []string
		f := demarche.EventFilter{Actor: []string{"PRK"}, Limit: limit}
		pages := 0
		for {
			p, err := s.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			pages++
			if len(p.Events) > limit {
				t.Fatalf("page of %d events, limit %d", len(p.Events), limit)
			}
			got = append(got, ids(p.Events)...)
			if p.Next == "" {
				break
			}
			f.Cursor = p.Next
		}
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: pages give %d events, want %d", limit, len(got), len(want))
		}
		if limit == 1 && pages < len(want) {
			t.Errorf("limit 1: %d pages for %d events", pages, len(want))
		}
	}
	p, err := s.Events(ctx, demarche.EventFilter{})
	if err != nil || len(p.Events) != min(100, len(fx.Canonical)) {
		t.Errorf("default page: %d events, %v", len(p.Events), err)
	}
	if got := events(t, s, demarche.EventFilter{Actor: []string{"PRK"}, Limit: 5}); !slices.Equal(ids(got), want[:5]) {
		t.Errorf("EachEvent with a limit = %v", ids(got))
	}
	stop := errors.New("stop")
	n := 0
	err = s.EachEvent(ctx, demarche.EventFilter{}, func(*demarche.Event) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("EachEvent stopped with %v after %d events", err, n)
	}
}

func testRecode(t *testing.T, s demarche.Store) {
	c := storyDoc("kcna-1", "2011-08-24")
	other := storyDoc("kcna-2", "2011-10-25") // not a near-duplicate: too late
	other.Doc.Title = "Other"
	put(t, s, "v1", c, other)
	// The new dictionaries drop one event, keep two, recode one (051 →
	// 057) and find a new one.
	n := Code("kcna-1", "2011-08-24", c.Doc.Title, c.Doc.Text, "KCNA",
		Spec{Sentence: 0, Source: "PRKGOV", Target: "RUSGOV", CAMEO: "036", Verb: "sent", Rule: "send message"},
		Spec{Sentence: 1, Source: "PRKGOV", Target: "RUSGOV", CAMEO: "057", Verb: "expressed", Rule: "new rule"},
		Spec{Sentence: 2, Source: "PRKGOV", Target: "USA", CAMEO: "111", Verb: "denounced", Rule: "denounce"},
		Spec{Sentence: 3, Source: "PRK", Target: "USA", CAMEO: "112", Verb: "forgive", Rule: "never forgive"},
	)
	res, err := s.Recode(ctx, "v2", []*demarche.Coded{n})
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != 1 || res.Changed != 1 || res.Added != 2 || res.Removed != 2 || res.Kept != 2 {
		t.Errorf("Recode = %+v", res)
	}
	if got := fmt.Sprint(res.Codes); got != "[{051 0 1} {057 1 0} {111 0 1} {112 1 0}]" {
		t.Errorf("Codes = %s", got)
	}
	got := events(t, s, demarche.EventFilter{Doc: "kcna-1"})
	want := slices.Clone(n.Events)
	sortEvents(want)
	if !slices.Equal(ids(got), ids(want)) {
		t.Errorf("events after recode = %v, want %v", ids(got), ids(want))
	}
	for _, e := range got {
		if e.CAMEO == "057" && e.Rule != "new rule" {
			t.Errorf("recoded event = %+v", e)
		}
	}
	if v2 := events(t, s, demarche.EventFilter{Version: "v2"}); len(v2) != 4 {
		t.Errorf("%d events of v2, want 4", len(v2))
	}
	st := stats(t, s)
	if fmt.Sprint(st.Versions) != "[{v1 4} {v2 4}]" || st.Events != 8 {
		t.Errorf("Stats after recode = %+v", st)
	}
	p, err := s.Dyad(ctx, demarche.DyadQuery{A: []string{"PRK"}, B: []string{"RUS"}, Directed: true, Period: demarche.PeriodYear})
	if err != nil || len(p) != 1 || p[0].Events != 4 || fmt.Sprint(p[0].TopCodes) != "[{036 2} {051 1} {057 1}]" {
		t.Errorf("Dyad after recode = %+v, %v", p, err)
	}
	// Recoding again with the same result changes nothing.
	res, err = s.Recode(ctx, "v2", []*demarche.Coded{n})
	if err != nil || res.Changed != 0 || res.Kept != 4 || len(res.Codes) != 0 {
		t.Errorf("second Recode = %+v, %v", res, err)
	}
	// A recode that splits sentences differently replaces them.
	split := Code("kcna-1", "2011-08-24", c.Doc.Title, c.Doc.Text, "KCNA")
	split.Sentences = split.Sentences[:1]
	split.Sentences[0].End = len(c.Doc.Text)
	split.Sentences[0].Text = c.Doc.Text
	res, err = s.Recode(ctx, "v3", []*demarche.Coded{split})
	if err != nil || res.Removed != 4 || res.Changed != 1 {
		t.Errorf("Recode to one sentence = %+v, %v", res, err)
	}
	if sd, err := s.Document(ctx, "kcna-1"); err != nil || len(sd.Sentences) != 1 || sd.Version != "v3" || sd.Events != 0 {
		t.Errorf("document after recode = %+v, %v", sd, err)
	}
	if hits, err := s.Search(ctx, demarche.SearchQuery{Text: "provocation"}); err != nil || len(hits.Hits) != 2 {
		t.Errorf("search after resplit: %+v, %v", hits, err)
	}
	_, err = s.Recode(ctx, "v2", []*demarche.Coded{storyDoc("missing", "2011-01-01")})
	wantCode(t, err, demarche.ENOTFOUND)
	changed := storyDoc("kcna-2", "2011-10-25")
	changed.Doc.Title = "Another title"
	_, err = s.Recode(ctx, "v2", []*demarche.Coded{changed})
	wantCode(t, err, demarche.ECONFLICT)
}

func testEachDocument(t *testing.T, s demarche.Store) {
	fx := NewFixture(7, 450)
	put(t, s, "v1", fx.Coded...)
	var seen []string
	err := s.EachDocument(ctx, demarche.DocumentFilter{}, func(d *demarche.StoredDocument) error {
		seen = append(seen, d.ID)
		if len(d.Sentences) != 8 {
			t.Fatalf("%s: %d sentences", d.ID, len(d.Sentences))
		}
		return nil
	})
	if err != nil || len(seen) != len(fx.Coded) {
		t.Fatalf("EachDocument saw %d documents, want %d (%v)", len(seen), len(fx.Coded), err)
	}
	var canon int
	if err := s.EachDocument(ctx, demarche.DocumentFilter{Canonical: true}, func(d *demarche.StoredDocument) error {
		if d.Canonical != "" {
			t.Errorf("%s is a duplicate", d.ID)
		}
		canon++
		return nil
	}); err != nil || canon != len(fx.Coded)-len(fx.Dups) {
		t.Errorf("canonical documents: %d, want %d (%v)", canon, len(fx.Coded)-len(fx.Dups), err)
	}
	// A resumable recode: recode while iterating, then only the rest is left.
	done := 0
	err = s.EachDocument(ctx, demarche.DocumentFilter{NotVersion: "v2"}, func(d *demarche.StoredDocument) error {
		if done == 250 {
			return errors.New("killed")
		}
		done++
		c := &demarche.Coded{Doc: &d.Document, Sentences: d.Sentences}
		_, err := s.Recode(ctx, "v2", []*demarche.Coded{c})
		return err
	})
	if err == nil || err.Error() != "killed" {
		t.Fatalf("EachDocument = %v", err)
	}
	left := 0
	if err := s.EachDocument(ctx, demarche.DocumentFilter{NotVersion: "v2"}, func(d *demarche.StoredDocument) error {
		if d.Version == "v2" {
			t.Errorf("%s already recoded", d.ID)
		}
		left++
		return nil
	}); err != nil || left != len(fx.Coded)-250 {
		t.Errorf("%d documents left to recode, want %d (%v)", left, len(fx.Coded)-250, err)
	}
}

func testDyad(t *testing.T, s demarche.Store) {
	fx := NewFixture(8, 200)
	put(t, s, "v1", fx.Coded...)
	checkDyads(t, s, fx)
}

// checkDyads compares aggregations with the naive computation.
func checkDyads(t *testing.T, s demarche.Store, fx *Fixture) {
	t.Helper()
	pairs := []struct{ a, b []string }{
		{[]string{"PRK"}, []string{"USA"}},
		{[]string{"PRK"}, []string{"RUS"}},
		{[]string{"PRK"}, []string{"PRK"}},
		{[]string{"PRKGOV"}, []string{"RUS"}},
		{[]string{"RUSMIL", "RUSGOV"}, []string{"PRK", "KOR"}},
		{[]string{"USA", "KOR"}, []string{"PRK"}},
		{[]string{"CHN"}, []string{demarche.NoActor}},
	}
	ranges := [][2]string{{"", ""}, {"2011-01-01", "2011-12-31"}, {"2011-02-14", "2011-07-09"}, {"2011-03-03", "2011-03-20"},
		{"2011-04-01", "2011-04-30"}, {"2011-04-01", "2011-05-17"}, {"2011-04-15", "2011-05-31"}, {"2013-01-01", "2013-02-01"}}
	periods := []string{demarche.PeriodDay, demarche.PeriodWeek, demarche.PeriodMonth, demarche.PeriodQuarter, demarche.PeriodYear}
	for _, pr := range pairs {
		for _, directed := range []bool{true, false} {
			for _, rg := range ranges {
				for pi, per := range periods {
					for _, dups := range []bool{false, true} {
						if dups && per != demarche.PeriodMonth {
							continue
						}
						q := demarche.DyadQuery{A: pr.a, B: pr.b, Directed: directed, Period: per, From: rg[0], To: rg[1], TopCodes: []int{3, -1, 0}[pi%3], Duplicates: dups}
						got, err := s.Dyad(ctx, q)
						if err != nil {
							t.Fatalf("Dyad(%+v): %v", q, err)
						}
						if d := diffPeriods(got, naiveDyad(fx, q)); d != "" {
							t.Fatalf("Dyad(%+v): %s", q, d)
						}
					}
				}
			}
		}
	}
	q := demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}}
	got, err := s.Dyad(ctx, q)
	if err != nil || len(got) == 0 {
		t.Fatalf("default dyad = %v, %v", got, err)
	}
	if got[0].Period[4] != '-' || len(got[0].Period) != 7 || len(got[0].TopCodes) > 5 {
		t.Errorf("default period or top codes: %+v", got[0])
	}
}

func testDyadAfterChanges(t *testing.T, s demarche.Store) {
	fx := NewFixture(9, 120)
	put(t, s, "v1", fx.Coded...)
	// Replace some documents with new versions (other events), recode
	// others, and check the rollup still matches the events.
	r := rand.New(rand.NewSource(10))
	var replaced, recoded []*demarche.Coded
	for i, c := range fx.Coded[:100] {
		if _, dup := fx.Dups[c.Doc.ID]; dup {
			continue
		}
		var specs []Spec
		for k := r.Intn(5); k > 0; k-- {
			cd := codes[r.Intn(len(codes))]
			specs = append(specs, Spec{Sentence: r.Intn(8), Source: actors[r.Intn(4)], Target: actors[3+r.Intn(6)], CAMEO: cd.code, Verb: "w"})
		}
		text := c.Doc.Text
		if i%2 == 0 {
			text = randomText(r, 8)
		}
		n := Code(c.Doc.ID, c.Doc.Date, c.Doc.Title, text, c.Doc.Source, specs...)
		n.Events = distinct(n.Events)
		if i%2 == 0 {
			replaced = append(replaced, n)
		} else {
			recoded = append(recoded, n)
		}
		fx.Coded[i] = n
	}
	put(t, s, "v2", replaced...)
	if _, err := s.Recode(ctx, "v2", recoded); err != nil {
		t.Fatal(err)
	}
	fx.All, fx.Canonical = nil, nil
	for _, c := range fx.Coded {
		for _, e := range c.Events {
			fx.All = append(fx.All, e)
			if _, dup := fx.Dups[c.Doc.ID]; !dup {
				fx.Canonical = append(fx.Canonical, e)
			}
		}
	}
	checkDyads(t, s, fx)
	st := stats(t, s)
	if st.Events != int64(len(fx.All)) || st.CanonicalEvents != int64(len(fx.Canonical)) {
		t.Errorf("Stats = %+v, want %d events, %d canonical", st, len(fx.All), len(fx.Canonical))
	}
}

func testSearch(t *testing.T, s demarche.Store) {
	put(t, s, "v1", storyDoc("kcna-1", "2011-08-24"))
	put(t, s, "v1", Code("kcna-2", "2012-03-01", "Blood Ties", "The friendship between the two peoples was sealed in blood. Trade grew.", "KCNA",
		Spec{Sentence: 0, Source: "PRK", Target: "CHN", CAMEO: "051", Verb: "sealed"}))
	put(t, s, "v1", Code("tass-1", "2011-08-25", "", "Moscow praised the friendship proven by blood in a statement.", "TASS"))
	put(t, s, "v1", Code("copy", "2011-08-24", "Kim Jong Il Sends Message", story, "Yonhap")) // exact copy of kcna-1
	put(t, s, "v1", Code("tass-2", "2011-09-01", "", "Talks opened in Moscow.\n\nThe sides discussed   railways and ports. Nothing more.", "TASS"))
	type hit struct {
		doc string
		idx int
	}
	tests := []struct {
		name string
		q    demarche.SearchQuery
		want []hit // in any order
	}{
		{"word", demarche.SearchQuery{Text: "friendship"}, []hit{{"kcna-1", 1}, {"kcna-2", 0}, {"tass-1", 0}}},
		{"stemmed", demarche.SearchQuery{Text: "denounce"}, []hit{{"kcna-1", 2}}},
		{"phrase", demarche.SearchQuery{Text: `"friendship proven by blood"`}, []hit{{"kcna-1", 1}, {"tass-1", 0}}},
		// All words in a document; the hits are the sentences that hold them.
		{"all words", demarche.SearchQuery{Text: "friendship blood peoples"}, []hit{{"kcna-1", 1}, {"kcna-1", 3}, {"kcna-2", 0}}},
		{"all words in one document", demarche.SearchQuery{Text: "friendship trade"}, []hit{{"kcna-2", 0}, {"kcna-2", 1}}},
		{"or", demarche.SearchQuery{Text: "drills OR trade"}, []hit{{"kcna-1", 2}, {"kcna-2", 1}}},
		{"not", demarche.SearchQuery{Text: "friendship -moscow"}, []hit{{"kcna-1", 1}, {"kcna-2", 0}}},
		{"case", demarche.SearchQuery{Text: "PYONGYANG"}, []hit{{"kcna-1", 2}}},
		{"publication", demarche.SearchQuery{Text: "friendship", Publication: []string{"TASS"}}, []hit{{"tass-1", 0}}},
		{"dates", demarche.SearchQuery{Text: "friendship", From: "2012-01-01"}, []hit{{"kcna-2", 0}}},
		{"dates to", demarche.SearchQuery{Text: "friendship", To: "2011-08-24"}, []hit{{"kcna-1", 1}}},
		{"duplicates", demarche.SearchQuery{Text: "provocation", Duplicates: true}, []hit{{"kcna-1", 3}, {"copy", 3}}},
		{"punctuation", demarche.SearchQuery{Text: `friendship: "blood!"`}, []hit{{"kcna-1", 1}, {"kcna-2", 0}, {"tass-1", 0}}},
		{"paragraphs", demarche.SearchQuery{Text: "railway"}, []hit{{"tass-2", 0}}},
		{"nothing", demarche.SearchQuery{Text: "zebra"}, nil},
		{"limit", demarche.SearchQuery{Text: "friendship", Limit: 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "limit" {
				if len(res.Hits) != 2 {
					t.Errorf("%d hits, want 2", len(res.Hits))
				}
				more, err := s.Search(ctx, demarche.SearchQuery{Text: "friendship", Limit: 2, Offset: 2})
				if err != nil || len(more.Hits) != 1 {
					t.Errorf("offset 2: %+v, %v", more, err)
				}
				return
			}
			var got []hit
			for _, h := range res.Hits {
				got = append(got, hit{h.Doc, h.Sentence.Index})
				sd, err := s.Document(ctx, h.Doc)
				if err != nil {
					t.Fatal(err)
				}
				if h.Sentence != sd.Sentences[h.Sentence.Index] || h.Date != sd.Date || h.Title != sd.Title || h.Publication != sd.Source {
					t.Errorf("hit %+v, document %+v", h, sd.Sentences[h.Sentence.Index])
				}
				if len(h.Highlights) == 0 {
					t.Errorf("hit %s/%d without highlights", h.Doc, h.Sentence.Index)
				}
				for _, sp := range h.Highlights {
					w := strings.ToLower(sp.Of(h.Sentence.Text))
					if w == "" || !strings.ContainsAny(w[:1], "abcdefghijklmnopqrstuvwxyz") {
						t.Errorf("highlight %v = %q in %q", sp, w, h.Sentence.Text)
					}
				}
			}
			slices.SortFunc(got, func(a, b hit) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
			slices.SortFunc(tt.want, func(a, b hit) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("hits %v, want %v", got, tt.want)
			}
		})
	}
	res, err := s.Search(ctx, demarche.SearchQuery{Text: "denounced drills"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("Search = %+v, %v", res, err)
	}
	h := res.Hits[0]
	if len(h.Events) != 2 || h.Events[0].CAMEO != "111" || h.Events[0].Text != h.Sentence.Text {
		t.Errorf("events of the hit = %+v", h.Events)
	}
	var marked []string
	for _, sp := range h.Highlights {
		marked = append(marked, sp.Of(h.Sentence.Text))
	}
	if fmt.Sprint(marked) != "[denounced drills]" {
		t.Errorf("highlights %v", marked)
	}
}

func testStats(t *testing.T, s demarche.Store) {
	st := stats(t, s)
	if st.Documents != 0 || st.Events != 0 || !st.LastIngest.IsZero() || len(st.Versions) != 0 {
		t.Errorf("Stats of an empty store = %+v", st)
	}
	fx := NewFixture(11, 30)
	put(t, s, "v1", fx.Coded[:20]...)
	put(t, s, "v2", fx.Coded[20:]...)
	st = stats(t, s)
	sentences := 0
	v1 := 0
	for i, c := range fx.Coded {
		sentences += len(c.Sentences)
		if i < 20 {
			v1 += len(c.Events)
		}
	}
	want := fmt.Sprintf("%d %d %d %d %d [{v1 %d} {v2 %d}]", len(fx.Coded), len(fx.Coded)-len(fx.Dups), sentences,
		len(fx.All), len(fx.Canonical), v1, len(fx.All)-v1)
	got := fmt.Sprintf("%d %d %d %d %d %v", st.Documents, st.Canonical, st.Sentences, st.Events, st.CanonicalEvents, st.Versions)
	if got != want {
		t.Errorf("Stats = %s, want %s", got, want)
	}
	if st.LastIngest.IsZero() {
		t.Error("no last ingest time")
	}
}

func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("at %d got %s, want %s", i, got[i], want[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(got), len(want))
}
