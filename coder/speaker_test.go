package coder

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// codeDoc codes one document and returns its events as "SRC TGT CODE".
func codeDoc(t *testing.T, c *Coder, doc *demarche.Document) []string {
	t.Helper()
	out, err := c.Code(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	got := eventLines(out.Events)
	return got
}

// checkCodePrefixes fails t unless got (events as "SOURCE TARGET CODE")
// has as many events as want and each starts with its want string.
func checkCodePrefixes(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("event %d: got %s, want %s", i, got[i], w)
		}
	}
}

// checkCodeSet compares coded events with wanted prefixes in any order.
func checkCodeSet(t *testing.T, got, want []string) {
	t.Helper()
	got = append([]string(nil), got...)
	want = append([]string(nil), want...)
	sort.Strings(got)
	sort.Strings(want)
	checkCodePrefixes(t, got, want)
}

// TestSpeaker checks that a government's own statement, whose speaker the
// document names, reads "we", "my Government" and "our people" as that
// state, and that news without a speaker does not.
func TestSpeaker(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, source, text string
		want                        []string // prefixes of "SRC TGT CODE"
	}{
		{"we call on everyone", "FIN", "", "We call on every member state to sign the convention.", []string{"FINGOV --- 02"}},
		{"my government condemns", "Chile", "", "My Government strongly condemns the nuclear tests carried out by North Korea.", []string{"CHLGOV PRK 111"}},
		{"speaking I", "KEN", "", "I congratulate Ghana on its successful elections.", []string{"KENGOV GHA 05"}},
		{"our people", "NPL", "", "Our people thank India for its help after the earthquake.", []string{"NPLCVL IND 05", "IND NPLGOV 07"}},
		{"we urge a state", "POL", "", "We urge Russia to end its aggression against Ukraine.", []string{"POLGOV RUS 02"}},
		{"no speaker in news", "", "wire", "We call on every member state to sign the convention.", nil},
		{"unknown country", "Atlantis", "", "We call on every member state to sign the convention.", nil},
		{"KCNA has no speaker", "", "KCNA", "We condemn the provocation by the United States.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: "2019-09-24", Source: tt.source, Country: tt.country, Text: tt.text})
			checkCodePrefixes(t, got, tt.want)
		})
	}
}

// TestSourceSpeaker checks a source block that names the speaker of a
// whole stream, and a user's extension of the speaker's words.
func TestSourceSpeaker(t *testing.T) {
	c := builtinWith(t, "user.txt", "source Gaimusho Press Releases\n  speaker: JPNGOV\n\nwords SPEAKER_GOV\n  word: this ministry\n")
	got := codeDoc(t, c, &demarche.Document{ID: "d", Date: "2012-04-13", Source: "Gaimusho Press Releases",
		Text: "This ministry protests strongly against the launch by North Korea."})
	if len(got) != 1 || !strings.HasPrefix(got[0], "JPNGOV PRK 1") {
		t.Fatalf("got %q, want a JPNGOV → PRK event", got)
	}
}
