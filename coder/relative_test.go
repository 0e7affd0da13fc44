package coder

import "testing"

// TestGrievanceRelative: a relative clause after the object of a grievance
// ("indignant at the government which insulted …") tells that object's own
// act, and "dare" takes a bare infinitive that is done. Sentences written
// for this test.
func TestGrievanceRelative(t *testing.T) {
	wantPasses(t, builtinCoder(t), "2012-03-01", "KCNA", []struct{ text, want string }{
		{"The Cuban people are indignant at the U.S. administration which insulted the Cuban leadership.", "USA CUB 111"},
		{"Protesters voiced fury at the Thai government which slandered the Cambodian king.", "THA KHM 111"},
		{"Students expressed their wrath against the Japanese cabinet that dared deny the massacre in China.", "JPN CHN 016"},
		{"The puppet group in south Korea dared slander the supreme leadership of the DPRK again.", "KOR PRK 111"},
	}, t.Errorf)
}
