package coder

import "testing"

// TestPairTiesInOwnVoice checks that in a government's own statement only
// the speaker's own pair ("our two countries", "bilateral") gives the
// other member as target; "the two countries" there may be a pair the
// speaker watches (pairties.go).
func TestPairTiesInOwnVoice(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range []struct{ text, country, want string }{
		{"We will keep strengthening the ties of friendship between our two countries, and we thank Ghana for its support.", "TGO", "TGOGOV GHA 03"},
		{"Togo values the friendship of Ghana and is resolved to deepen the bilateral cooperation.", "TGO", "TGO GHA 03"},
		{"We welcome the restored diplomatic relations between the two countries, which should lead to the end of the embargo against Cuba.", "AGO", "AGOGOV --- 051"},
	} {
		_, events, err := c.ExplainSpeaker(tt.text, "2016-09-25", "ungd", tt.country, false)
		if err != nil {
			t.Fatal(err)
		}
		if !wantFound(events, tt.want) {
			t.Errorf("%q: want %s, got %q", tt.text, tt.want, eventLines(events))
		}
	}
}
