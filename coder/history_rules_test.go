package coder

import (
	"strings"
	"testing"
)

// TestNewsHistoryAndMeans checks two readings of news prose: a dated
// episode told as fact in news is an event up to a generation back, and in
// state media only up to two years; the means of an act a verb is "about"
// ("accused X of V-ing … by V-ing") is part of that act, not an event.
// (State media's two years are tested with the KCNA sets.)
func TestNewsHistoryAndMeans(t *testing.T) {
	c := builtinCoder(t)
	for _, tc := range []struct {
		text, date, source string
		want, notWant      string // "SRC TGT ROOT" of an event, by country
	}{
		{"Japan signed a fisheries accord with China in 2005.", "2025-05-01", "", "JPN CHN 05", ""},
		{"Britain accused Iran of spreading lies by alleging that London had armed the rebels.", "2024-03-01", "", "GBR IRN 11", "GBR GBR 11"},
	} {
		_, evs, err := c.Explain(tc.text, tc.date, tc.source, false)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source[:3]+" "+strings.TrimSpace(e.Target + "   ")[:3]+" "+e.Root)
		}
		has := func(w string) bool {
			for _, g := range got {
				if g == w {
					return true
				}
			}
			return false
		}
		if tc.want != "" && !has(tc.want) {
			t.Errorf("%q (%s %s): want %q in %v", tc.text, tc.source, tc.date, tc.want, got)
		}
		if tc.notWant != "" && has(tc.notWant) {
			t.Errorf("%q (%s %s): %q not wanted in %v", tc.text, tc.source, tc.date, tc.notWant, got)
		}
	}
}
