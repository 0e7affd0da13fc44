package coder

import "testing"

// TestDesignation checks that letters joined by a hyphen to a number are a
// model's designation, not the body they abbreviate elsewhere ("RS" is
// Rodong Sinmun in KCNA headlines).
func TestDesignation(t *testing.T) {
	c := builtinCoder(t)
	for _, tc := range []struct {
		text string
		want bool // RS read as an actor
	}{
		{"Moscow test-fired an RS-24 missile from a silo in the north on Friday.", false},
		{"RS on the U.S. Military Buildup", true},
	} {
		tr, _, err := c.Explain(tc.text, "2011-06-01", "KCNA", tc.want)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, a := range tr.Actors {
			if a.Text == "RS" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: RS an actor = %v, want %v", tc.text, got, tc.want)
		}
	}
}
