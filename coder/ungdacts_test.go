package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// ungdActCase is one sentence of a government's own statement and the
// events it must give (prefixes of "SRC TGT CODE", in any order).
type ungdActCase struct {
	name, country, date, text string
	want                      []string
}

func runUNGDActs(t *testing.T, tests []ungdActCase) {
	t.Helper()
	c := builtinCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}

// TestUNGDLitotes checks the double negations that perform the act they
// frame (litotes.go), counted on the unannotated General Debate corpus
// before they were kept. Sentences in our own words.
func TestUNGDLitotes(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"remiss if I did not", "FJI", "2019-09-25",
			"I would be remiss if I did not thank New Zealand for its steadfast friendship.",
			[]string{"FJIGOV NZL 051"}},
		{"remiss if we failed to", "TON", "2017-09-20",
			"We would be remiss if we failed to commend the Secretary-General for his leadership.",
			[]string{"TONGOV IGOUNO 051"}},
		{"it would be remiss of me not to", "KEN", "2018-09-26",
			"It would be remiss of me not to congratulate Ethiopia and Eritrea on their historic peace.",
			[]string{"KENGOV ETH 051", "KENGOV ERI 051"}},
		{"remiss if I did not, opened by it", "GUY", "2016-09-22",
			"It would be remiss if I did not condemn the attacks carried out against the people of Nigeria.",
			[]string{"GUYGOV NGACVL 111"}},
		{"remiss not to", "MLT", "2015-09-30",
			"I would be remiss not to express our condolences to Nepal after the earthquake.",
			[]string{"MLTGOV NPL 018"}},
		{"cannot conclude without", "SEN", "2019-09-24",
			"I cannot conclude my statement without thanking Morocco for its constant solidarity.",
			[]string{"SENGOV MAR 051"}},
		{"could not end without", "BRB", "2020-09-26",
			"We could not end this address without paying tribute to the United Nations peacekeepers.",
			[]string{"BRBGOV IGOUNO 051"}},
		{"a real refusal stays negated", "CUB", "2018-09-26",
			"We will not thank those who imposed the blockade on our people.",
			nil},
		{"remiss about someone else is no act of ours", "PER", "2018-09-26",
			"It would be remiss not to mention that the talks between Chile and Bolivia failed.",
			nil},
		{"without a gerund of the speaker's own act", "NOR", "2018-09-26",
			"We cannot solve these problems without the help of China.",
			nil},
	})
}

// TestUNGDRaisedAid checks aid and support a government raises or keeps
// up, told by its own noun (99-ungd-acts.txt), counted on the unannotated
// General Debate corpus before they were kept. Sentences in our own words.
func TestUNGDRaisedAid(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"aid doubled", "SWE", "2016-09-22",
			"This year we doubled our humanitarian assistance to Yemen.",
			[]string{"SWEGOV YEM 070"}},
		{"contributions raised to a UN body", "NLD", "2019-09-26",
			"The Netherlands has tripled its contributions to the World Food Programme.",
			[]string{"NLD IGOUNOWFP 070"}},
		{"an increase promised is an intention", "JPN", "2018-09-25",
			"We will increase our funding for Jordan and Lebanon.",
			[]string{"JPNGOV JOR 033", "JPNGOV LBN 033"}},
		{"support kept up", "EST", "2022-09-21",
			"We continue our firm support for Ukraine.",
			[]string{"ESTGOV UKR 051"}},
		{"support to be kept up", "LTU", "2022-09-21",
			"We will maintain our solidarity with Georgia.",
			[]string{"LTUGOV GEO 032"}},
		{"prices raised are no aid", "BRA", "2022-09-20",
			"Exporters increased the price of grain sold to Egypt.",
			nil},
	})
}

// TestUNGDAssuredSupport checks the support a speaker assures to the one
// who "can count on" it (assuredsupport.go), counted on the unannotated
// General Debate corpus before it was kept. Sentences in our own words.
func TestUNGDAssuredSupport(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"you can count on", "NPL", "2019-09-27",
			"Mr. President, you can count on the steadfast cooperation of Nepal.",
			[]string{"NPLGOV IGOUNO 051"}},
		{"he may rest assured", "MWI", "2017-09-21",
			"He may rest assured of my delegation's unwavering support throughout the session.",
			[]string{"MWIGOV IGOUNO 051"}},
		{"an imperative assurance", "TUV", "2022-09-23",
			"Please be assured of our full support during your presidency.",
			[]string{"TUVGOV IGOUNO 051"}},
		{"a named state counts on the speaker", "BOL", "2019-09-25",
			"The people of Cuba can always rely on the solidarity of Bolivia.",
			[]string{"BOLGOV CUB 051"}},
		{"the speaker counting on others is no support given", "FJI", "2019-09-25",
			"We know that we can count on the support of Australia.",
			nil},
		{"another's support assured is not the speaker's", "TON", "2019-09-25",
			"You can count on the support of the Pacific Islands Forum.",
			nil},
	})
}

// TestUNGDNamedSelf checks the speaking state naming itself in a frame
// that performs its act ("Tonga would like to take this opportunity to
// thank Japan"; voice.go's performFrame with ungdacts.go's speakerNamed).
// Sentences in our own words.
func TestUNGDNamedSelf(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"the state's own name takes the opportunity", "TON", "2018-09-27",
			"Tonga would like to take this opportunity to thank Japan for its friendship.",
			[]string{"TON JPN 051"}},
		{"another state's opportunity is not the speaker's act", "TON", "2018-09-27",
			"Japan would like to take this opportunity to thank Australia.",
			nil},
	})
}

// TestUNGDGoingActs checks the speaker's thanks and sympathy told as the
// subject of "go to", "extend to", "be due to" (ungdacts.go), counted on
// the unannotated General Debate corpus before they were kept. Sentences
// in our own words.
func TestUNGDGoingActs(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"thanks go to", "GHA", "2019-09-25",
			"Our warm thanks go to Norway for its steady partnership.",
			[]string{"GHAGOV NOR 051"}},
		{"congratulations are due to", "MLT", "2018-09-27",
			"My congratulations are also due to Ms. Espinosa Garces on her election.",
			[]string{"MLTGOV IGOUNO 051"}},
		{"sympathy goes to a people", "FJI", "2017-09-21",
			"Our deepest sympathy goes to the people of Mexico after the earthquake.",
			[]string{"FJIGOV MEXCVL 018"}},
		{"a title gives way to the name in apposition", "LSO", "2016-09-22",
			"Similar praise goes to the Secretary-General, Mr. Ban Ki-moon, for his service.",
			[]string{"LSOGOV IGOUNO 051"}},
		{"unnamed addressees", "WSM", "2019-09-27",
			"Our gratitude goes out to the volunteers who rebuilt the schools.",
			[]string{"WSMGOV --- 051"}},
		{"another's gratitude is not the speaker's", "PER", "2019-09-27",
			"Their gratitude goes to Chile for the help.",
			nil},
	})
}

// TestUNGDFramedOpening checks the impersonal frame after an opening
// phrase ("At the outset, it is my pleasure to congratulate …"; voice.go's
// performFrame no longer stops at the comma before "it"). Sentences in our
// own words.
func TestUNGDFramedOpening(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"an opening phrase before the frame", "JOR", "2019-09-26",
			"At the outset, it is my pleasure to congratulate Mr. Tijjani Muhammad-Bande on his election.",
			[]string{"JORGOV IGOUNO 051"}},
		{"a frame of someone else's act stays unread", "JOR", "2019-09-26",
			"At the outset, it is their pleasure to praise the United States.",
			nil},
	})
}

// TestUNGDPossessedForce checks force a speaker reports by a noun with its
// author's possessive (99-ungd-acts.txt, ungdacts.go), counted on the
// unannotated General Debate corpus before it was kept. Sentences in our
// own words.
func TestUNGDPossessedForce(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"a war against a state", "LTU", "2023-09-21",
			"Russia's brutal war against Ukraine has disrupted the grain trade.",
			[]string{"RUS UKR 190"}},
		{"an attack on a state", "CAN", "2022-09-22",
			"Russia's unprovoked attack on Ukraine changed Europe.",
			[]string{"RUS UKR 190"}},
		{"a blockade of ports", "ROU", "2023-09-21",
			"Russia's blockade of Ukrainian ports hurts the poorest countries.",
			[]string{"RUS UKR 191"}},
		{"another's support for the war gives the war no wrong author", "EST", "2023-09-21",
			"We saw Belarus's military support for Russia's war in Ukraine grow.",
			nil},
		{"a sector word alone is no author", "POL", "2019-09-24",
			"Ongoing military aggression in eastern Ukraine continues.",
			nil},
		{"the object of a condemnation", "FIN", "2022-09-21",
			"Finland condemns the Russian aggression in Ukraine.",
			[]string{"FIN RUS 111"}},
	})
}

// TestUNGDJoinedSpeaker checks the speaker joining others in its own act
// inside a frame of its voice (ungdacts.go), counted on the unannotated
// General Debate corpus before it was kept. Sentences in our own words.
func TestUNGDJoinedSpeaker(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"allow me to join others in", "KEN", "2018-09-26",
			"Allow me to join previous speakers in congratulating Ms. Espinosa Garces on her election.",
			[]string{"KENGOV IGOUNO 051"}},
		{"an impersonal frame before join", "UGA", "2019-09-25",
			"It is an honour to join other delegations in thanking Norway for its mediation.",
			[]string{"UGAGOV NOR 051"}},
		{"another's joining is not the speaker's", "UGA", "2019-09-25",
			"Kenya joined other delegations in thanking Norway.",
			[]string{"KEN NOR 051"}},
	})
}

// TestUNGDDeservedActs checks the speaker's support a named subject
// "deserves" (ungdacts.go), counted on the unannotated General Debate
// corpus before it was kept. Sentences in our own words.
func TestUNGDDeservedActs(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"a body deserves our support", "NOR", "2018-09-27",
			"The African Union deserves our strong support in its mediation.",
			[]string{"NORGOV IGOAFRAFU 051"}},
		{"an officer deserves our gratitude", "IRL", "2019-09-27",
			"Secretary-General Guterres deserves our gratitude for his leadership.",
			[]string{"IRLGOV IGOUNO 051"}},
		{"a pronoun names no one", "IRL", "2019-09-27",
			"They deserve our support.",
			nil},
		{"another's support is not ours", "IRL", "2019-09-27",
			"Haiti deserves the support of the international community.",
			nil},
	})
}

// TestUNGDHelpFrom checks help received named with "from" ("thanks to
// generous support from X": 070 X → the speaker; ungdlists.go's
// helpReceived). Sentences in our own words.
func TestUNGDHelpFrom(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"thanks to support from", "TUV", "2021-09-24",
			"Thanks to generous support from New Zealand, we have vaccinated our people.",
			[]string{"NZL TUVGOV 070"}},
		{"with support from", "VUT", "2021-09-24",
			"With support from the European Union, we rebuilt our schools.",
			[]string{"IGOEUREEC VUTGOV 070"}},
	})
}

// TestUNGDAppreciationFor checks appreciation expressed "for" the one it
// addresses (99-ungd-acts.txt), counted on the unannotated General Debate
// corpus before it was kept. Sentences in our own words.
func TestUNGDAppreciationFor(t *testing.T) {
	runUNGDActs(t, []ungdActCase{
		{"appreciation for a named officer", "WSM", "2016-09-22",
			"We express our deep appreciation for Secretary-General Ban Ki-moon.",
			[]string{"WSMGOV IGOUNO 051"}},
		{"gratitude for a named state", "FJI", "2016-09-22",
			"I convey our gratitude for Australia in these hard times.",
			[]string{"FJIGOV AUS 051"}},
	})
}
