package coder

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
)

// TestEventDates: an event takes the date its sentence gives it, but not a
// date that names a document or an event ("the June 15 Joint Declaration",
// "the April 19 Popular Uprising") or one inside a name. Sentences written
// for this test.
func TestEventDates(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range []struct{ text, date string }{
		{"Malaysia and Qatar on Dec. 5 agreed to set up a joint fund.", "2011-12-05"},
		{"The North Side Committee for Implementing the June 15 Joint Declaration denounced the south Korean authorities on Tuesday.", "2011-12-06"},
		{"A south Korean civic group related to the April 19 Popular Uprising condemned the Japanese government.", "2011-12-09"},
	} {
		out, err := c.Code(context.Background(), &demarche.Document{ID: "d", Date: "2011-12-09", Source: "KCNA", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		for _, e := range out.Events {
			if e.Date != tt.date {
				t.Errorf("%q: %s %s %s dated %s, want %s", tt.text, e.Source, e.Target, e.CAMEO, e.Date, tt.date)
			}
		}
	}
}
