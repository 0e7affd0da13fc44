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

// Support assured to an addressee the formula did not take: the speaker
// counted on by its bare name, the Assembly (a SPEAKER_VENUE phrase, no
// speaker's own voice), an addressee named with its own people, and an
// unnamed one (---) (coder/assuredspeaker.go).
func TestUNGDAssuredSpeaker(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"the Assembly counts on our support", "LUX", "2019-09-25",
			"The Assembly can continue to count on our country's support in fighting terrorism.",
			[]string{"LUXGOV IGOUNO 051"}},
		{"the speaker counted on by name", "ARG", "2019-09-25",
			"The members of the Assembly can always count on Argentina.",
			[]string{"ARGGOV IGOUNO 051"}},
		{"an addressee with its own people", "CHL", "2019-09-25",
			"Peru and its people can count on our steady support in the reconstruction.",
			[]string{"CHLGOV PER 051"}},
		{"an unnamed addressee", "CRI", "2019-09-25",
			"The international community can count on the full support of the Costa Rican Government.",
			[]string{"CRIGOV --- 051"}},
		{"the speaker counts on another", "CMR", "2019-09-25",
			"Cameroon knows that it can count on the help of the United Nations.",
			nil},
		{"the speaker named beside another is not counted on alone", "ARG", "2019-09-25",
			"The Assembly can count on Argentina and Chile.",
			nil},
	})
}

// Partners of the speaker's act in a "together with" phrase set off by
// commas inside the sentence: after the speaker's own subject or after an
// opening adverbial, a list of partners included; a state shared with the
// partners ("remains committed", "became a Member", "celebrated") and a
// future act are no 060 (coder/placedjointacts.go).
func TestUNGDPlacedJointActs(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"after the speaker's subject", "FIN", "2019-09-25",
			"Finland, together with Kenya, launched a network of women mediators last year.",
			[]string{"FIN KEN 060"}},
		{"after an opening adverbial, a list", "CHL", "2019-09-25",
			"Last month, together with Peru, Colombia and the World Bank, we organized a conference on fisheries.",
			[]string{"CHLGOV PER 060", "CHLGOV COL 060", "CHLGOV IGOWBK 060"}},
		{"in partnership with", "GHA", "2019-09-25",
			"Ghana, in partnership with UNICEF, has built two hundred schools in the north.",
			[]string{"GHA IGOUNOCEF 060"}},
		{"a state shared is no act", "LVA", "2019-09-25",
			"Estonia, together with its partners in the European Union, is still bound by the Paris Agreement.",
			nil},
		{"an occasion shared is no act", "LTU", "2019-09-25",
			"Lithuania, together with Latvia and Estonia, celebrated the anniversary of its membership.",
			nil},
		{"a future act is an intention, not coded here", "NLD", "2019-09-25",
			"The Netherlands, together with Tajikistan, will host the water conference.",
			nil},
		{"another's subject is not the speaker's", "PSE", "2019-09-25",
			"Those States, together with Israel, bear the responsibility for the occupation.",
			nil},
	})
}

// The speaker pleased by a named party's act welcomes it (051 toward the
// party, as "we welcome X's decision"), whether by its act's noun, its
// possessive or a "that" clause; the speaker pleased by its own act, by an
// unnamed one, or not pleased, is no event (coder/pleasedby.go).
func TestUNGDPleasedBy(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"by the act of X", "SEN", "2019-09-25",
			"We are greatly encouraged by the efforts of the African Union in the Sahel.",
			[]string{"SENGOV IGOAFRAFU 051"}},
		{"X's act", "TZA", "2019-09-25",
			"Tanzania is pleased by Kenya's decision to reopen the border.",
			[]string{"TZA KEN 051"}},
		{"to see the act made by X", "FJI", "2019-09-25",
			"We are heartened to see the progress made by Samoa in its recovery.",
			[]string{"FJIGOV WSM 051"}},
		{"that X did", "BRB", "2019-09-25",
			"I am delighted that Canada agreed to host the next conference.",
			[]string{"BRBGOV CAN 051"}},
		{"grateful that X has done", "TON", "2019-09-25",
			"I am grateful that New Zealand has doubled its support for our schools.",
			[]string{"TONGOV NZL 051"}},
		{"that X was acted on", "NRU", "2019-09-25",
			"We are glad that Taiwan was invited to the health assembly.",
			nil},
		{"its own act", "GHA", "2019-09-25",
			"We are pleased by the progress of Ghana in reducing poverty.",
			nil},
		{"not pleased", "IRN", "2019-09-25",
			"We are not pleased by the decision of the United States to leave the agreement.",
			nil},
	})
}
