package coder

import "testing"

// TestPublicationOccasion: a publication issued "to commemorate" or "to
// celebrate" a leader's anniversary states praise (051); one issued "to
// mark" it is a statement (010), as CONVENTIONS.md says. Sentences
// written for this test.
func TestPublicationOccasion(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2012-04-20", "KCNA", []struct{ text, want string }{
		{"A Nepalese study group issued a bulletin to commemorate the birth anniversary of President Kim Il Sung.", "NPL PRK 051"},
		{"A Nepalese study group issued a bulletin to mark the birth anniversary of President Kim Il Sung.", "NPL PRK 010"},
		{"A Peruvian group released a special issue of its bulletin to mark the founding anniversary of the Workers' Party of Korea.", "PER PRK 010"},
	}, t.Errorf)
}
