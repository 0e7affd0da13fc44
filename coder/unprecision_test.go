package coder

import (
	"strings"
	"testing"
)

// precisionCase is a sentence of a government's statement written for the
// precision readings of the UN General Debate (coder/instrumentnames.go and
// the files named by each table): want is an event that must be coded ("SRC
// TGT CODE", prefixes as in wantFound; "" for none required), not an event
// that must not be ("SRC TGT CODE" likewise; "SRC * *" for any event of
// that source).
type precisionCase struct{ country, text, want, not string }

func runPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	c := builtinCoder(t)
	for _, tt := range cases {
		_, events, err := c.ExplainSpeaker(tt.text, "2019-09-24", "", tt.country, false)
		if err != nil {
			t.Fatal(err)
		}
		got := eventLines(events)
		if tt.want != "" && !wantFound(events, tt.want) {
			t.Errorf("%q: want %s, got %q", tt.text, tt.want, got)
		}
		if tt.not != "" {
			f := strings.Fields(tt.not)
			for _, e := range events {
				if strings.HasPrefix(e.Source, f[0]) && (f[1] == "*" || strings.HasPrefix(e.Target, f[1])) && (f[2] == "*" || strings.HasPrefix(e.CAMEO, f[2])) {
					t.Errorf("%q: want no %s, got %q", tt.text, tt.not, got)
					break
				}
			}
		}
	}
}

// A body's name inside an instrument's name, or naming the body's member
// states, addresses no body: target --- (coder/instrumentnames.go,
// coder/voiceacts.go).
func TestUNGDInstrumentNames(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"GRD", "We renew our pledge to the Charter of the United Nations.", "GRD --- 03", "GRD IGO *"},
		{"TUV", "Tuvalu signed the United Nations Framework Convention on Climate Change long ago.", "", "TUV IGO *"},
		{"PER", "My country respects the UN Charter in all that it does.", "", "PER IGO *"},
		{"KEN", "We are grateful to the Member States of the African Union for their trust.", "KEN --- 051", "KEN IGO *"},
		{"BOL", "We urge the States Members of the United Nations to act on the debt crisis.", "BOL --- 02", "BOL IGO *"},
		// the body itself stays the body
		{"GHA", "We thank the United Nations for its help in the election.", "GHA IGO 051", ""},
		{"SEN", "We support the resolutions of the Security Council on the matter.", "SEN IGO 051", ""},
	})
}

// Upholding or embracing an aim addresses no one, as
// supporting one does (coder/voiceacts.go supportedGoal).
func TestUNGDUpheldGoals(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"CRI", "Costa Rica upholds the principles of peaceful settlement and disarmament.", "", "CRI * 05"},
		{"BTN", "We have embraced democracy and its values over the past decades.", "", "BTN * 05"},
		{"SEN", "We embrace the initiative of Ghana on debt relief.", "SEN GHA 051", ""},
	})
}

// "cannot" negates on the parse's reading too (coder/tree.go negated): "we
// cannot ignore X" rejects nothing.
func TestUNGDCannotOnTheParse(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"KEN", "While we welcome the progress, we cannot ignore the dangers that lie ahead of the region.", "", "KEN * 12"},
		{"CHL", "Yet we cannot deny that the goals remain far away.", "", "CHL * 016"},
	})
}

// A statement told to the assembly it is made in is the speech itself, no
// act toward the United Nations; the United Nations named inside what is
// said, or another addressee, keeps its event (coder/venuestatements.go).
func TestUNGDVenueStatements(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"SLB", "I am pleased to inform the Assembly that Solomon Islands has ratified the Protocol.", "SLB --- 057", "SLB IGO *"},
		{"COL", "I want to reiterate to the General Assembly that our goal is peace.", "", "COL IGO *"},
		{"DMA", "Let me tell this body once again that the occupation is a crime.", "", "DMA IGO *"},
		// the United Nations as what a plain statement is about: the
		// speech itself too, no 010 (speakerregards.go, speakerStatements)
		{"DMA", "I stress that the Organization has failed the people of Syria.", "", "DMA IGO 010"},
		// another addressee
		{"CUB", "We told the United States that the blockade is a crime.", "CUB USA 111", ""},
	})
}
