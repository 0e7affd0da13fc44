package coder

import (
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/nlp"
)

// TestUNGDTargets checks the classes of targets read on the misses and
// invented events of the UN General Debate sets' tune halves and on random
// events of the whole UN corpus (ownpeople.go, appealobjects.go, markup.go, signedwith.go,
// condemnedvictims.go). Sentences in our own
// words.
func TestUNGDTargets(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		// The speaker's own people and bodies addressed by its government
		// (ownpeople.go).
		{"own people saluted", "YEM", "2019-09-25",
			"I salute our people in the camps and in exile.",
			[]string{"YEMGOV YEMCVL 051"}},
		{"own people thanked by name", "ZMB", "2022-09-21",
			"I thank the Zambian people for their calm during the vote.",
			[]string{"ZMBGOV ZMBCVL 051"}},
		{"own population encouraged", "LCA", "2021-09-24",
			"We keep encouraging our population to get vaccinated.",
			[]string{"LCAGOV LCACVL 020"}},
		{"own parliament asked", "PHL", "2020-09-22",
			"I have asked the Philippine Senate to approve the new treaty.",
			[]string{"PHLGOV PHLLEG 020"}},
		{"own people as the owner of the speaker's words", "MLI", "2016-09-22",
			"I convey the greetings of the Malian people to the Assembly.",
			[]string{"MLIGOV IGOUNO 051"}},
		{"own people helped by others is no target of the thanks", "HTI", "2019-09-26",
			"We are grateful for your steady support to the Haitian people.",
			[]string{"HTIGOV --- 051"}},
		{"the population encouraged", "BDI", "2022-09-22",
			"We keep encouraging the population to grow more food for export.",
			[]string{"BDIGOV BDICVL 020"}},
		{"own peacekeepers praised", "BRN", "2016-09-22",
			"I pay tribute to our peacekeepers for their courage.",
			[]string{"BRNGOV BRNMIL 051"}},
		{"no own people of the world", "AFG", "2016-09-22",
			"I thank my fellow citizens of the world.",
			[]string{"AFGGOV --- 051"}},
		{"own people as those others were kind to", "MLI", "2022-09-23",
			"I thank the neighbouring countries for their hospitality towards our people.",
			[]string{"MLIGOV --- 051"}},
		{"own people called on", "PSE", "2019-09-26",
			"I call on our people to remain steadfast.",
			[]string{"PSEGOV PSECVL 020"}},
		{"a generic noun is not the speaker's own", "TCD", "2016-09-22",
			"We commend the aid workers who serve in the camps.",
			[]string{"TCDGOV --- 051"}},
		{"the speaker named alone is no target", "TTO", "2017-09-22",
			"We reiterate the commitment of Trinidad and Tobago to the Charter.",
			[]string{"TTOGOV --- 030"}},
		// Actors inside what an appeal asks for are not its addressee
		// (appealobjects.go).
		{"a country inside what is called for", "TCD", "2019-09-25",
			"Chad renews its call for the lifting of the blockade imposed on Cuba.",
			[]string{"TCD --- 020"}},
		{"a UN body inside what is called for", "NAM", "2016-09-22",
			"We reiterate our call for the reform of the Security Council.",
			[]string{"NAMGOV --- 020"}},
		{"a beneficiary inside the act asked of an unnamed addressee", "MDA", "2024-09-25",
			"We urge the international community to swiftly provide all the help needed to Ukraine.",
			[]string{"MDAGOV --- 02"}},
		{"a mistagged verb of the act asked of an unnamed addressee", "MYS", "2020-09-22",
			"We call upon the international community to uphold Palestine's right to statehood.",
			[]string{"MYSGOV --- 020"}},
		{"call for X to act keeps X", "BOL", "2022-09-21",
			"We call for the General Assembly to declare a decade of water.",
			[]string{"BOLGOV IGOUNO 020"}},
		{"call for the members of X to act keeps X", "STP", "2019-09-25",
			"I appeal for the members of the Assembly to show courage.",
			[]string{"STPGOV IGOUNO 020"}},
		{"the helper whose help is asked for", "CRI", "2021-09-22",
			"We ask for the help of the Group of 20 in this task.",
			[]string{"CRIGOV IGOG20 02"}},
		{"an addressee named before the infinitive", "LVA", "2020-09-24",
			"We call on Russia to stop its meddling in Belarus.",
			[]string{"LVAGOV RUS 020"}},
		{"an act asked of an addressee named with a relative clause", "TTO", "2020-09-24",
			"We keep urging those States, which have not yet done so, to support the International Criminal Court.",
			[]string{"TTOGOV --- 020"}},
		{"an act asked of an addressee with a bare relative clause", "QAT", "2018-09-25",
			"I appeal to States that are present in the region to help the brotherly Yemeni people.",
			[]string{"QATGOV --- 020"}},
		// The victim of a condemned act is not the one condemned
		// (condemnedvictims.go).
		{"a blockade against a country", "NIC", "2019-09-27",
			"We condemn once more the cruel blockade against the brotherly Republic of Cuba.",
			[]string{"NICGOV --- 111"}},
		{"the expulsion of a country's diplomats", "NIC", "2019-09-27",
			"We express our condemnation of the expulsion of the two Cuban diplomats.",
			[]string{"NICGOV --- 111"}},
		{"sanctions imposed on a country", "CUB", "2021-09-23",
			"We reject the unilateral measures imposed on the Islamic Republic of Iran.",
			[]string{"CUBGOV --- 12"}},
		{"the place of a war", "PLW", "2022-09-22",
			"Palau condemns the war in Ukraine in the strongest terms.",
			[]string{"PLW --- 111"}},
		{"a seat of government as the place of the author", "ALB", "2022-09-22",
			"We condemn the aggression planned in Moscow.",
			[]string{"ALBGOV RUSGOV 111"}},
		{"the author of the condemned act keeps the target", "LVA", "2017-09-20",
			"We condemn the missile launches conducted by North Korea.",
			[]string{"LVAGOV PRKMIL 111"}},
		{"the condemned country itself keeps the target", "GIN", "2014-09-25",
			"We condemn Israel for the attacks on Gaza.",
			[]string{"GINGOV ISR 111"}},
		// An agreement signed with a partner is signed both ways
		// (signedwith.go).
		{"an agreement signed with a neighbour", "KGZ", "2023-09-21",
			"Last year we signed a treaty with Tajikistan on our common border.",
			[]string{"KGZGOV TJK 057", "TJK KGZGOV 057"}},
		{"a deal concluded with two partners", "MEX", "2020-09-23",
			"We have concluded a trade agreement with Canada and the United States.",
			[]string{"MEXGOV CAN 057", "CAN MEXGOV 057", "MEXGOV USA 057", "USA MEXGOV 057"}},
		{"an agreement signed with a UN body", "ECU", "2019-09-25",
			"We signed a memorandum of understanding with the United Nations.",
			[]string{"ECUGOV IGOUNO 057", "IGOUNO ECUGOV 057"}},
		// Emphasis marks of markup stand between a verb and its object
		// (markup.go).
		{"a bold addressee of thanks", "KWT", "2024-09-24",
			"I express Kuwait's warm appreciation to the **Sultanate of Oman** for its patient mediation.",
			[]string{"KWTGOV OMN 051"}},
		{"bold addressees of thanks in a list", "CAN", "2024-09-24",
			"I want to thank **CARICOM** and **Kenya** for what they are doing.",
			[]string{"CANGOV IGOCRB 051", "CANGOV KEN 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}

// TestDropEmphasis checks that only tokens made of emphasis marks go, with
// the other tokens' offsets kept.
func TestDropEmphasis(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"We **welcome** it.", []string{"We", "welcome", "it", "."}},
		{"The *report* and 2*3 stay.", []string{"The", "report", "and", "2*3", "stay", "."}},
		{"**", []string{"*", "*"}}, // nothing but marks: left as it is
		{"No marks here.", []string{"No", "marks", "here", "."}},
	} {
		toks := nlp.Tokenize(tt.text, 0)
		got := dropEmphasis(toks)
		var words []string
		for _, tok := range got {
			words = append(words, tok.Text)
			if tt.text[tok.Start:tok.End()] != tok.Text {
				t.Errorf("%q: token %q lost its offset", tt.text, tok.Text)
			}
		}
		if strings.Join(words, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: got %q, want %q", tt.text, words, tt.want)
		}
	}
}
