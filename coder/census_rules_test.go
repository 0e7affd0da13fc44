package coder

import "testing"

// TestCensusClasses checks the classes of wrong drops that the census of
// silent sentences (eval --silent --reasons) found over KCNA 2011/2012 and
// the UN General Debate corpus, in sentences written for this test (a want
// is "SRC TGT CODE" as in wantFound, "" for no event).
func TestCensusClasses(t *testing.T) {
	c := builtinCoder(t)
	for _, g := range []struct {
		name, date, source string
		cases              []struct{ text, want string }
	}{
		// A statement, praise or criticism made now about a dated episode
		// is news: a year inside what is said, inside quotes or a title's
		// parenthesis, or past "as" in a century does not date the saying
		// (datedsayings.go). The verb's own adjuncts still do.
		{"DatedSayings", "2012-06-01", "KCNA", []struct{ text, want string }{
			{"The chairwoman of a Zambian study group said that the party founded by Kim Il Sung on October 10, 1945 keeps winning victories.", "ZMB PRK 010"},
			{"A Bolivian workers' union praised Kim Il Sung as the most outstanding statesman of the 20th century.", "BOL PRK 051"},
			{"A Chilean committee in a statement branded the treaty of the Seoul regime with Tokyo a replica of the \"Ulsa (1905) Treaty\".", "CHL KOR 111"},
			{"The Uruguayan paper said the founding of the Korean People's Army on April 25, 1932 was a great event.", "URY PRK 051"},
			{"The Nepali envoy said in March 1998 that the DPRK was a model for his country.", ""},
			{"In 1987 the Peruvian delegation praised the achievements of the DPRK.", ""},
			{"The Malian minister told reporters in May 1961 that Guinea should keep its troops home.", ""},
			{"The then Thai premier said that the border pact with Laos of 1962 was void.", ""},
		}},
		// Leader and sector names of a national outlet: "the President"
		// alone in KCNA is its own country's office holder; a sector with no
		// country and no title names no target (sectortargets.go).
		{"TitleAloneTargets", "2012-04-10", "KCNA", []struct{ text, want string }{
			{"The chairman of a Benin study group said the President was a great thinker and statesman.", "BEN PRK 051"},
		}},
	} {
		t.Run(g.name, func(t *testing.T) { wantPasses(t, c, g.date, g.source, g.cases, t.Errorf) })
	}
}
