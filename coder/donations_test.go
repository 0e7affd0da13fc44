package coder

import "testing"

// TestDonations checks the donate class (77-donations.txt): a donation is
// aid whatever is given, with give_aid's finer codes where they apply, and
// no event without a donor. Sentences written for this test.
func TestDonations(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2019-03-04", "wire", []struct{ text, want string }{
		{"Vietnam donates textbooks to Lao primary schools", "VNM LAO 070"},
		{"The Thai Red Cross donated blankets to flood victims in Myanmar.", "THA MMR 073"},
		{"Cuba has donated medical equipment to a hospital in Haiti.", "CUB HTI 070"},
		{"A Mongolian delegation donated medicines to the Ministry of Health of Laos.", "MNG LAO 073"},
		{"Several hundred volunteers donated their blood.", ""},
	}, t.Errorf)
}
