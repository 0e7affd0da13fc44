package coder

import "testing"

// The speaking state referring to a topic of its own speech states nothing
// toward what it names; another leader's reference is a statement reported
// (coder/speechreferences.go).
func TestUNGDSpeechReferences(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"PRT", "Let me now refer to the question of migration.", "", "PRT * 010"},
		{"KEN", "The floods I referred to earlier have displaced thousands of families.", "", "KEN * 010"},
		{"NOR", "I am referring here to the crisis that Sudan is facing.", "", "NOR * 010"},
		{"FJI", "Fiji would like to refer to the report of the Secretary-General on oceans.", "", "FJI * 010"},
		// another speaker's reference is reported speech
		{"ECU", "President Lula of Brazil referred yesterday to the hunger that afflicts millions.", "BRA --- 010", ""},
	})
}
