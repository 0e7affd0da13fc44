package coder

import "testing"

// TestDeniedIntentNoun: an intention or plan denied by "no", "without" or
// "not … any" is not an intention ("has no intention to invade"), but
// "spare no effort to" is. Sentences written for this test.
func TestDeniedIntentNoun(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2015-06-01", "wire", []struct{ text, want string }{
		{"Turkey has no intention to invade Syria.", ""},
		{"Vietnam did not have any intention to attack Cambodia.", ""},
		{"Chile will spare no effort to provide assistance to Haiti.", "CHL HTI 033"},
		{"Chile stated its intention to provide assistance to Haiti.", "CHL HTI 033"},
	}, t.Errorf)
}
