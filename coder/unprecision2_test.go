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

// A hope, a belief or a conviction the speaking state states is no act
// toward anyone; another leader's hope is a statement reported
// (coder/speakerhopes.go).
func TestUNGDSpeakerHopes(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"NPL", "We express the hope that the coming summit on oceans will be a success.", "", "NPL * 013"},
		{"URY", "I reiterate our firm conviction that dialogue is the only path to peace.", "", "URY * 013"},
		{"MLT", "Malta expresses the hope that the parties in Libya will return to the table.", "", "MLT * 013"},
		// what comes with the hope keeps its event
		{"GAB", "We reaffirm our confidence in and pay tribute to the Secretary-General for his leadership.", "GAB IGO 051", "GAB * 013"},
		// another leader's hope is reported speech
		{"SEN", "President Macron of France expressed the hope that the talks would resume soon.", "FRA --- 013", ""},
	})
}
