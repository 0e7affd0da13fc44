package storetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// testCleanText stores documents with characters that a backend refuses
// (PostgreSQL: NUL; both: bytes that are not UTF-8): the text is stored
// with them replaced one for one, the replacement is counted, and every
// backend stores the same.
func testCleanText(t *testing.T, s demarche.Store) {
	text := "Pyongyang sent a note\x00 to Moscow. The envoy \xff\xfe replied\x07 at once. Trade grew."
	doc := Code("nul-1", "2024-02-01", "A note\x00", text, "KCNA\x00",
		Spec{Sentence: 0, Source: "PRK", Target: "RUS", CAMEO: "051", Verb: "sent"},
		Spec{Sentence: 1, Source: "RUS", Target: "PRK", CAMEO: "051", Verb: "replied"})
	doc.Events[1].VerbText += "\x00"
	doc.Events[1].VerbSpan.End++
	ok := Code("ok-1", "2024-02-01", "", "Seoul answered.", "KCNA")
	res := put(t, s, "v1", doc, ok)
	if res.Added != 2 || res.Events != 2 {
		t.Fatalf("Put of a document with NUL and bad bytes: %+v", res)
	}
	got, err := s.Document(ctx, "nul-1")
	if err != nil {
		t.Fatal(err)
	}
	want := "Pyongyang sent a note  to Moscow. The envoy ?? replied  at once. Trade grew."
	if got.Text != want || got.Title != "A note " || got.Source != "KCNA " {
		t.Errorf("stored document: title %q, text %q, publication %q; want text %q", got.Title, got.Text, got.Source, want)
	}
	if got.Cleaned != 6 {
		t.Errorf("Cleaned = %d, want 6 (4 in the text, 1 in the title, 1 in the publication)", got.Cleaned)
	}
	for _, sn := range got.Sentences {
		if strings.ContainsAny(sn.Text, "\x00\x07") {
			t.Errorf("sentence %d stored with a control character: %q", sn.Index, sn.Text)
		}
	}
	page, err := s.Events(ctx, demarche.EventFilter{Doc: "nul-1"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range page.Events {
		if strings.ContainsRune(e.VerbText, 0) || strings.ContainsRune(e.Text, 0) {
			t.Errorf("event %s stored with NUL: %q %q", e.ID, e.VerbText, e.Text)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Cleaned != 1 || st.Documents != 2 {
		t.Errorf("Stats: %d documents, %d cleaned; want 2 and 1", st.Documents, st.Cleaned)
	}
	hits, err := s.Search(ctx, demarche.SearchQuery{Text: "envoy"})
	if err != nil || len(hits.Hits) != 1 {
		t.Errorf("Search in a cleaned document: %+v, %v", hits, err)
	}
	// The same input again changes nothing.
	if res := put(t, s, "v1", doc); res.Unchanged != 1 {
		t.Errorf("Put of the same input again: %+v, want unchanged", res)
	}
	// The stored document coded again is the stored one (recode).
	again := Code("nul-1", "2024-02-01", got.Title, got.Text, got.Source,
		Spec{Sentence: 0, Source: "PRK", Target: "RUS", CAMEO: "051", Verb: "sent"})
	if _, err := s.Recode(ctx, "v2", []*demarche.Coded{again}); err != nil {
		t.Errorf("Recode of the cleaned document: %v", err)
	}
	// Replacing it with a clean version takes it off the count.
	put(t, s, "v1", Code("nul-1", "2024-02-01", "A note", "Pyongyang sent a note to Moscow.", "KCNA"))
	if st, _ := s.Stats(ctx); st.Cleaned != 0 {
		t.Errorf("Stats after the document was replaced by a clean one: %d cleaned, want 0", st.Cleaned)
	}
	// An ID with a control character is refused, alone.
	_, err = s.Put(ctx, "v1", []*demarche.Coded{Code("bad\x00id", "2024-02-01", "", "Seoul answered.", "KCNA")})
	if demarche.ErrorCode(err) != demarche.EINVALID {
		t.Errorf("Put of an id with NUL: %v, want EINVALID", err)
	}
}

// testLongText stores a document of 2 MB of distinct words, more than one
// PostgreSQL tsvector holds: it is indexed in parts, and a word near its
// end is found.
func testLongText(t *testing.T, s demarche.Store) {
	var b strings.Builder
	for i := 0; b.Len() < 2<<20; i++ {
		fmt.Fprintf(&b, "Wordzq%dx%d spoke. ", i, i*7919)
	}
	b.WriteString("Finally the marmalade envoy left.")
	res := put(t, s, "v1", Code("long-1", "2024-02-02", "", b.String(), "KCNA"))
	if res.Added != 1 {
		t.Fatalf("Put of a 2 MB document: %+v", res)
	}
	for _, q := range []string{"marmalade", "wordzq3x23757"} {
		hits, err := s.Search(ctx, demarche.SearchQuery{Text: q, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits.Hits) != 1 || hits.Hits[0].Doc != "long-1" {
			t.Errorf("Search %q in a 2 MB document: %+v", q, hits.Hits)
		}
	}
}
