package storetest

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// testLanguagePlaces checks the fields of issue 11: a document's language
// and speaking country and an event's location are stored and read back, Stats counts documents
// per language, Recode updates the language, and a bad language code is
// refused.
func testLanguagePlaces(t *testing.T, s demarche.Store) {
	en := Code("lp-1", "2011-05-02", "", "The delegation arrived in Vladivostok. It met officials.",
		"KCNA", Spec{Sentence: 0, Source: "PRKGOV", Target: "RUS", CAMEO: "042", Verb: "arrived"})
	en.Doc.Language = "en"
	e := &en.Events[0]
	e.Place, e.PlaceCountry, e.Lat, e.Lon, e.PlaceID = "Vladivostok", "RUS", 43.10562, 131.87353, "2013348"
	es := Code("lp-2", "2011-05-02", "", "La delegación llegó el lunes.", "KCNA")
	es.Doc.Language = "es"
	es.Doc.Country = "ESP" // the speaking state of a statement, kept for recode
	head := Code("lp-3", "2011-05-03", "Delegation Arrives", "", "KCNA")
	put(t, s, "v1", en, es, head)

	page, err := s.Events(ctx, demarche.EventFilter{Doc: "lp-1"})
	if err != nil || len(page.Events) != 1 {
		t.Fatalf("events of lp-1: %v, %v", page, err)
	}
	got := page.Events[0]
	if got.Place != e.Place || got.PlaceCountry != e.PlaceCountry || got.Lat != e.Lat || got.Lon != e.Lon || got.PlaceID != e.PlaceID {
		t.Errorf("place read back as %q %q %v %v %q, want %q %q %v %v %q", got.Place, got.PlaceCountry, got.Lat, got.Lon, got.PlaceID,
			e.Place, e.PlaceCountry, e.Lat, e.Lon, e.PlaceID)
	}
	if sd, err := s.Document(ctx, "lp-2"); err != nil || sd.Country != "ESP" {
		t.Errorf("document lp-2: country read back as %q (%v), want ESP", sd.Country, err)
	}
	for id, want := range map[string]string{"lp-1": "en", "lp-2": "es", "lp-3": ""} {
		sd, err := s.Document(ctx, id)
		if err != nil || sd.Language != want {
			t.Errorf("document %s: language %q (%v), want %q", id, sd.Language, err, want)
		}
	}
	st := stats(t, s)
	if st.Languages["en"] != 1 || st.Languages["es"] != 1 || st.Languages[""] != 1 || len(st.Languages) != 3 {
		t.Errorf("languages %v", st.Languages)
	}

	// a recoding may set the language of a document stored without one
	again := Code("lp-3", "2011-05-03", "Delegation Arrives", "", "KCNA")
	again.Doc.Language = "en"
	if _, err := s.Recode(ctx, "v2", []*demarche.Coded{again}); err != nil {
		t.Fatal(err)
	}
	if st := stats(t, s); st.Languages["en"] != 2 || st.Languages[""] != 0 {
		t.Errorf("languages after recode %v", st.Languages)
	}

	bad := Code("lp-4", "2011-05-03", "", "Text.", "KCNA")
	bad.Doc.Language = "English"
	if _, err := s.Put(ctx, "v1", []*demarche.Coded{bad}); demarche.ErrorCode(err) != demarche.EINVALID {
		t.Errorf("language %q: %v, want EINVALID", bad.Doc.Language, err)
	}
}
