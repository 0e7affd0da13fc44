package coder

import "testing"

// In a government's own statement, the speaker's "acknowledge", "confirm",
// "take responsibility" admit nothing: a view or a message to the
// Assembly, no event; what it acknowledges of a named actor is praise (051)
// (coder/speakerregards.go).
func TestUNGDSpeakerAcknowledgements(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"GHA", "We acknowledge the importance of young people in building our nation.", "", "GHA * 015"},
		{"KEN", "I am glad to confirm today that Kenya has honoured each of its pledges.", "", "KEN * 015"},
		{"MNG", "We must act together as we take responsibility for the generations to come.", "", "MNG * 015"},
		{"BLZ", "Belize acknowledges the centrality of the United Nations in world affairs.", "", "BLZ IGO *"},
		{"TTO", "We acknowledge that the Court remains a source of hope for many victims.", "", "TTO * 05"},
		// what is acknowledged of a named actor is praise
		{"MWI", "Malawi acknowledges the sacrifices made by the Blue Helmets in the field.", "MWI IGO 051", "MWI * 015"},
		{"TON", "We acknowledge Japan's generous partnership with our islands in fisheries.", "TON JPN 051", "TON * 015"},
		// another state's admission is reported as fact
		{"AUS", "Last year the Government of Japan acknowledged its responsibility for the spill.", "JPN --- 015", ""},
	})
}

// The speaker's "consider X to be Y", "deliberate", "contemplate" state a
// view or name the debate itself, and "we are considering doing X" with no
// partner is its own plan: no option weighed (014) toward anyone
// (coder/speakerregards.go).
func TestUNGDSpeakerConsiderations(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"KGZ", "Kyrgyzstan considers regional dialogue to be the only road to lasting peace.", "", "KGZ * 014"},
		{"NPL", "We consider the talks between the two Koreas to be a hopeful sign.", "", "NPL * 014"},
		{"TGO", "While we deliberate here in this Hall, the epidemic goes on spreading.", "", "TGO * 014"},
		{"PER", "We are considering banning from office for life those convicted of bribery.", "", "PER * 014"},
		// an option weighed toward named parties stays
		{"LUX", "I am considering opening embassies in both Israel and Palestine next year.", "LUX ISR 014", ""},
	})
}

// A body named only inside the name of an instrument or of a conference is
// no source: the Charter or the conference acts on no one
// (coder/speakerregards.go, instrumentSources).
func TestUNGDInstrumentSources(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"MLT", "The Charter of the United Nations calls for the peaceful settlement of disputes.", "", "IGO * *"},
		{"FJI", "The United Nations Convention on the Law of the Sea promotes cooperation among coastal states.", "", "IGO * *"},
		{"PLW", "The coming United Nations Conference to Support the Implementation of Goal 14 will be decisive.", "", "IGO * *"},
		// the body itself keeps its acts
		{"GHA", "The United Nations called for an immediate ceasefire in the region.", "IGO --- 02", ""},
	})
}

// The speaker's plain statement (010) is the speech itself, told to the
// Assembly: no event; a statement whose content censures or praises a
// named actor keeps that stance (coder/speakerregards.go,
// speakerStatements).
func TestUNGDSpeakerStatements(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"FIN", "I want to stress that Ukraine is not only a question for Europe.", "", "FIN * 010"},
		{"MRT", "We reiterate our well-known position on the dispute over the islands.", "", "MRT * 010"},
		{"SLB", "We note that the trade embargo imposed on Cuba is still in force.", "", "SLB * 010"},
		{"BGD", "This year I am delivering my tenth address to the Assembly.", "", "BGD * 010"},
		// a statement reported of another keeps its event
		{"NOR", "Last week the President of France told the leaders of Italy that Europe would double its aid.", "FRA ITA 010", ""},
	})
}

// A threat the speaking state makes toward no one named is a warning told
// to the Assembly, a resolve or its own policy: no 13x; "we reserve the
// right to respond" stays (coder/speakerregards.go).
func TestUNGDSpeakerWarnings(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"GRC", "Last year I warned that the effects of the drought would soon become the rule.", "", "GRC * 13"},
		{"VUT", "We will ban plastic straws across all our islands by next spring.", "", "VUT * 13"},
		{"AUS", "We will meet the target and we will beat it.", "", "AUS * 13"},
		{"USA", "We reserve the right to respond decisively to any attack on our networks.", "USA --- 13", ""},
	})
}

// An occasion of the speaker's own celebrated or marked with no one else
// named is no praise of anyone (coder/speakerregards.go, ownOccasion).
func TestUNGDOwnOccasions(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"KNA", "Only last week we celebrated forty years of independence.", "", "KNA * 05"},
		{"SLV", "Every September El Salvador proudly celebrates its independence.", "", "SLV * 05"},
		{"GEO", "Next year we will celebrate the thirtieth anniversary of Georgia's independence.", "", "GEO * 03"},
		// an anniversary of a named body keeps its praise
		{"CUB", "Cuba celebrates with pride the eightieth anniversary of the United Nations.", "CUB IGO 051", ""},
	})
}

// Help toward no one named that goes to the speaker itself or to its own
// people is no aid given (coder/speakerregards.go, helpsHome).
func TestUNGDHelpAtHome(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"TUV", "We have set up a regional fund to help us recover faster after cyclones.", "", "TUV * 07"},
		{"ITA", "We spent billions to help families and businesses cope with the energy prices.", "", "ITA * 07"},
		// help to others abroad stays
		{"POL", "We helped many countries evacuate their citizens from the war zone.", "POL --- 07", ""},
	})
}

// The speaker's "deny" toward no one named withholds something, and its
// stressing that a content is "in line with" something is the speech
// itself: no denial (016) or verbal defence (052) (coder/speakerregards.go).
func TestUNGDSpeakerDenialsAndStress(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"AUT", "The more we deny extremists their propaganda victories, the fewer recruits they find.", "", "AUT * 016"},
		{"ALB", "I wish to emphasize that our new strategy is fully in line with the European agenda.", "", "ALB * 052"},
		// a rejection of named claims is no "deny" and stays
		{"SUR", "Suriname categorically rejects the claims made by the rapporteur.", "SUR --- 0", ""},
	})
}
