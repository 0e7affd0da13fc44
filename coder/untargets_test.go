package coder

import "testing"

// Targets of governments' own statements, found by reading random events of
// the whole General Debate corpus (coder/voiceacts.go membersOfBody and
// namedElsewhere, coder/ungdlists.go helpReceived, coder/oneway.go
// oneWayWithBodies, coder/address.go selfDyads, coder/wireplaces.go
// geographicName). Sentences in our own words.
func TestUNGDTargetsOfStatements(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		// the members of a body, named after it, are many unnamed states
		{"UKR", "I appeal to all United Nations States Members to recognize the famine as a crime.", "UKRGOV --- 02", "UKR IGO *"},
		{"GUY", "We will work with the whole United Nations membership to fulfil the mandate.", "GUYGOV --- 03", "GUY IGO *"},
		{"MDA", "Our citizens reaffirmed their commitment to European Union membership.", "MDACVL IGOEUREEC 03", ""},
		// a body named again in another phrase is no second addressee ...
		{"SGP", "We will cooperate with all UN members to reinforce the role of the UN in conflict prevention.", "SGPGOV --- 03", "SGP IGO *"},
		// ... but named beside the member phrase, in one list, it is
		{"TGO", "We thank the Secretary-General and the Member States of the Organization for their help.", "TGOGOV IGOUNO 051", ""},
		// help received "with the support of" X: asserted, not planned or asked for
		{"TON", "We rebuilt the schools with the support of the United Nations Development Programme.", "IGOUNO TONGOV 07", ""},
		{"FRA", "This afternoon we will be presenting a pact for the environment, with the support of the United Nations agencies.", "", "IGO * 07"},
		{"BWA", "The floods are a call to our region to strengthen its warning systems, with the support of the United Nations.", "", "IGO * 07"},
		{"MEX", "With the support of United Nations Member States, we concluded the negotiations.", "", "IGO * 07"},
		// a body a state cooperates with does not cooperate back; states do
		{"KAZ", "Kazakhstan cooperates actively with the United Nations human rights mechanisms.", "KAZ IGOUNO 06", "IGO KAZ *"},
		{"ISL", "We have partnered with Suriname to lead a group of friends.", "SUR ISLGOV 06", ""},
		// a state's body toward its own country named bare is no dyad
		{"RUS", "Not only has Washington repudiated its obligations, it has started demanding that everyone play by the United States' rules.", "USAGOV --- 016", "USA USA *"},
		{"SWE", "Ukraine's soldiers are fighting for Ukraine's survival.", "", "UKR UKR *"},
		// a gulf, a bay or a lake named after a country is a place, not it
		{"PRT", "Portugal works with African partners for maritime security in the Gulf of Guinea.", "", "PRT GIN *"},
		{"FRA", "We help the states of the Lake Chad Basin in their fight against terrorism.", "", "FRA TCD *"},
		{"FRA", "We help Chad in its fight against terrorism.", "FRAGOV TCD 07", ""},
	})
}
