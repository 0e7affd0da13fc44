package coder

import "testing"

// TestSoughtFor: in "the Palestinian bid for UN membership" the "for"
// complement of a bid, campaign or plan is what is sought; the head's
// nationality says whose it is. Sentences written for this test.
func TestSoughtFor(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2012-10-01", "wire", []struct{ text, want string }{
		{"Peru backed the Palestinian bid for UN membership.", "PER PSE 05"},
		{"Chile rejected the Bolivian campaign for access to the Pacific.", "CHL BOL 12"},
		{"A spokesman for the Peruvian foreign ministry praised the talks.", "PER --- 051"},
	}, t.Errorf)
}
