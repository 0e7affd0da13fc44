package coder

import "testing"

// "help" or "assist" with an act in the infinitive gives no aid
// (coder/helpinfinitive.go); help given to someone stays aid.
func TestUNGDHelpedActs(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"ISL", "Iceland helped to draft the treaty on plastics.", "", "ISL * 07"},
		{"CHL", "We helped broker the truce between the parties.", "", "CHL * 07"},
		{"NOR", "We are helping to design new rules for the ocean.", "", "NOR * 07"},
		{"DNK", "The new fund helps reduce the debt of small islands.", "", "DNK * 07"},
		// aid to someone named
		{"JPN", "Japan helped Tonga after the eruption.", "JPN TON 07", ""},
		{"FIN", "We assisted Mozambique with food and medicine.", "FIN MOZ 07", ""},
	})
}

// The intent to help an act is no intent to give aid either.
func TestUNGDHelpedActsIntended(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"PER", "Peru will help to build a fairer trading system.", "", "PER * 033"},
		{"TTO", "We support the court, whose mandate is to help put an end to impunity.", "", "TTO * 033"},
	})
}

// "cannot help but" is an idiom of feeling, no aid.
func TestUNGDCannotHelpBut(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"NOR", "I cannot help but recall the hopes of our founders.", "", "NOR * 07"},
	})
}
