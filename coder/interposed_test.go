package coder

import "testing"

// TestInterposedVenue: a venue between a verb and its complement ("called
// in a statement on Tuesday for …") is skipped, and "call in" before it is
// no summons; "call for X to do" asks X. Sentences written for this test.
func TestInterposedVenue(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2016-09-13", "wire", []struct{ text, want string }{
		{"The Chilean foreign ministry called in a statement on Tuesday for Bolivia to release the detained officers.", "CHL BOL 0253"},
		{"The Kenyan president called at a press conference for Somalia to withdraw its troops from the border.", "KEN SOM 0256"},
		{"The Thai prime minister called in an interview for Cambodia to resume the border talks.", "THA KHM 026"},
		{"Pakistan called for India to reconsider its visa rules.", "PAK IND 024"},
		{"Japan called in the Chinese ambassador to protest the incursion.", "JPN CHN 114"},
	}, t.Errorf)
}
