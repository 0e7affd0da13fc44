package storetest

import (
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// testDyadExtremeDates asks for dyads at the ends of the calendar, where
// dates compared as strings break ("10000-01-01" < "9999-12-31"), and over
// ranges that would give millions of periods: each answers at once, with
// the right periods or an EINVALID error naming the limit.
func testDyadExtremeDates(t *testing.T, s demarche.Store) {
	// A store already holding a document of 9999-12-31 must still serve.
	near := Code("near", "2011-03-04", "Drills Denounced", "Pyongyang condemned the naval exercise held by Washington near its coast.", "KCNA",
		Spec{Sentence: 0, Source: "PRKGOV", Target: "USA", CAMEO: "111", Verb: "condemned", Rule: "condemn"})
	put(t, s, "v1", storyDoc("far", "9999-12-31"), near)
	pair := func(by, from, to string, max int) demarche.DyadQuery {
		return demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA"}, Period: by, From: from, To: to, MaxPeriods: max}
	}
	for _, tc := range []struct {
		q         demarche.DyadQuery
		periods   int    // want this many, when no error
		first     string // label of the first period
		last      string // label of the last
		wantLimit bool
	}{
		{q: pair("day", "9999-12-31", "9999-12-31", 0), periods: 1, first: "9999-12-31", last: "9999-12-31"},
		{q: pair("week", "9999-12-25", "9999-12-31", 0), periods: 2, first: "9999-W51", last: "9999-W52"},
		{q: pair("month", "9999-12-02", "9999-12-31", 0), periods: 1, first: "9999-12", last: "9999-12"},
		{q: pair("month", "9999-11-15", "", 0), periods: 2, first: "9999-11", last: "9999-12"},
		{q: pair("quarter", "9999-12-31", "", 0), periods: 1, first: "9999-Q4", last: "9999-Q4"},
		{q: pair("year", "9998-06-01", "9999-12-31", 0), periods: 2, first: "9998", last: "9999"},
		{q: pair("day", "0001-01-01", "0001-01-03", 0), periods: 3, first: "0001-01-01", last: "0001-01-03"},
		{q: pair("year", "0001-01-01", "9999-12-31", 0), periods: 9999, first: "0001", last: "9999"},
		// Too many periods: by the dates, or by the data (2011 to 9999).
		{q: pair("day", "0001-01-01", "9999-12-31", 0), wantLimit: true},
		{q: pair("day", "", "", 0), wantLimit: true},
		{q: pair("month", "", "", 100), wantLimit: true},
		{q: pair("year", "", "", 0), periods: 9999 - 2011 + 1, first: "2011", last: "9999"},
	} {
		got, err := s.Dyad(ctx, tc.q)
		if tc.wantLimit {
			if demarche.ErrorCode(err) != demarche.EINVALID || !strings.Contains(err.Error(), "limit") {
				t.Errorf("Dyad(%+v): want EINVALID naming the limit, got %d periods, %v", tc.q, len(got), err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Dyad(%+v): %v", tc.q, err)
			continue
		}
		if len(got) != tc.periods || got[0].Period != tc.first || got[len(got)-1].Period != tc.last {
			t.Errorf("Dyad(%+v): %d periods %s…%s, want %d %s…%s", tc.q, len(got), got[0].Period, got[len(got)-1].Period, tc.periods, tc.first, tc.last)
		}
	}
	// The far document's events are in its period.
	got, err := s.Dyad(ctx, pair("day", "9999-12-31", "9999-12-31", 0))
	if err == nil && len(got) == 1 && got[0].Events != 1 {
		t.Errorf("9999-12-31: %d events, want 1", got[0].Events)
	}
}
