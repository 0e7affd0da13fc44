package coder

import "testing"

// Acts of a government's own statement that the UN corpus left silent
// (dict/data/99-ungd-acts2.txt, coder/namedcounterparts.go): refuge given
// by opening doors, praise by pointing to a named party's work, sympathy
// spared, a cost imposed. The praise and the cost need a counterpart of
// another country: the speaker's own merits and costs borne at home are no
// event.
func TestUNGDSilentActs(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"SVK", "My country has opened its doors to families from Ukraine escaping the war.", "SVK UKR 075", ""},
		{"CZE", "We will open our borders to Syrian refugees next year.", "CZE SYR 03", ""},
		{"GHA", "I wish to highlight the efforts of the African Union to restore order in the Sahel.", "GHA IGO 051", ""},
		{"NOR", "Let me underline the work of the World Health Organization during the outbreak.", "NOR IGO 051", ""},
		{"ESP", "I cannot start without sparing a thought for our friends in Morocco after the earthquake.", "ESP MAR 018", ""},
		{"GBR", "We shall impose a heavy cost on Russia for its invasion.", "GBR RUS 13", ""},
		// the speaker's own merits and costs at home: no event
		{"PAN", "I want to highlight the commitment of Panama to the protection of the oceans.", "", "PAN * 05"},
		{"KEN", "We stress the efforts of our Government to feed every child.", "", "KEN * 05"},
		{"CUB", "The tightening of the blockade imposes a painful cost on Cuban families.", "", "CUB * 16"},
		// a party's wrongs pointed to are no praise
		{"ARM", "I highlight the blockade of the corridor by Azerbaijan.", "", "ARM AZE 051"},
	})
}
