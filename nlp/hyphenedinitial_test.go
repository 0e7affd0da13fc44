package nlp

import (
	"strings"
	"testing"
)

// TestHyphenedInitial: a single capital's initial after a hyphen keeps its
// period ("U.S.-S. Korea" is "U.S." "-" "S." "Korea", as "S. Korea" alone
// is "S." "Korea"), and the sentence does not end there; other chunks
// ending in a period still give it up.
func TestHyphenedInitial(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Envoys Denounce US-S. Korea Drills", "Envoys|Denounce|US|-|S.|Korea|Drills"},
		{"the U.S.-S. Korean exercises.", "the|U.S.|-|S.|Korean|exercises|."},
		{"They met in Seoul-Busan.", "They|met|in|Seoul|-|Busan|."},
		{"ties with Russia-U.S.", "ties|with|Russia|-|U.S|."},
		// the full-width hyphen of some stories cuts a pair as a dash does
		{"The Norway－Korea Society", "The|Norway|－|Korea|Society"},
	} {
		var got []string
		for _, tok := range Tokenize(tt.in, 0) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.in, g, tt.want)
		}
	}
	if n := Normalize("－"); n != "-" {
		t.Errorf("Normalize(full-width hyphen) = %q, want \"-\"", n)
	}
	text := "The society denounced the U.S.-S. Korea joint military drills. It called for peace."
	if n := len(Split(text)); n != 2 {
		t.Errorf("%q: %d sentences, want 2", text, n)
	}
}
