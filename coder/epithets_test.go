package coder

import "testing"

// TestStateEpithets: the state media's epithets of the DPRK ("Songun
// Korea", "socialist Korea", 10-countries.txt) name the DPRK, not Korea
// as a whole or South Korea. Sentences written for this test.
func TestStateEpithets(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2012-04-04", "KCNA", []struct{ text, want string }{
		{"A Nepali weekly praised the achievements of socialist Korea.", "NPL PRK 051"},
		{"The Malian committee lauded Songun Korea in a statement.", "MLI PRK 051"},
	}, t.Errorf)
}
