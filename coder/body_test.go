package coder

import (
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// TestBody checks constructions of sentences inside KCNA stories: a
// speaker's content after a colon or past a relative clause, and the
// sentences that must stay silent (a pronoun or a document as the speaker,
// "said this", attendance). Sentences in our own words.
func TestBody(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string // prefixes of "SRC TGT CODE", in order
	}{
		{"content after a colon", "The head of the Mexican Committee for Solidarity with Korea said at the meeting: the DPRK is a bulwark of independence in our era.", []string{"MEXCVL PRK 05"}},
		{"colon after a dated statement", "The Italian Association for Friendship with Korea said in a statement on May 3: the United States must stop its threats against the DPRK.", []string{"ITA"}},
		{"relative clause in the content's subject", "The chief of the Danish Study Group said the party which the President founded leads the Korean people from victory to victory.", []string{"DNKCVL PRK"}},
		{"long subject of the content", "The Nepali weekly said the country's leader Kim Jong Un, a man of rare warmth and resolve, was the pride of the whole Korean nation.", []string{"NPLMED PRKGOV 05"}},
		{"trailing speaker, foreign country in a compound", "For a lasting India-China partnership it is essential that the border stays calm, Narendra Modi said.", []string{"INDGOV CHN 01"}},
		{"hypothetical content through a pronoun", "If Nepal bows to the Indian pressure, its sovereignty will be hurt, it said.", nil},
		{"intention to conduct exchange", "Jan Nowak, head of an engineering company of Poland, expressed his intention to conduct technical exchange with the Ministry of Light Industry of the DPRK.", []string{"POLBUS PRKGOV 031"}},
		{"named person of an outlet after the quote", "The new printing shop is a fruit of the DPRK-Laos friendship, Pak Chol Nam, director of the Foreign Languages Publishing House of the DPRK, said at the opening.", []string{"PRKMED LAO 0"}},
		{"outlet's attribution after a domestic fact", "Work is brisk at the building sites of the new power station in Huichon, ITAR-TASS said.", nil},
		{"attendance: relative clause", "Among them were south Korean activists who urged an end to the U.S. military presence and met compatriots from the north.", nil},
		{"attendance: purpose of a body", "Attending it were members of the Brazilian committee to celebrate the birthday of Kim Jong Il.", nil},
		{"attendance: a visiting delegation stays", "On hand were members of a delegation of Kyodo News on a visit to the DPRK.", []string{"JPNMED PRK 042"}},
		{"departure list is no attendance", "Also leaving here were a delegation of the DPRK Foreign Ministry and a delegation of the Academy of Sciences to visit Russia.", []string{"PRKGOV RUS 042"}},
		{"unnamed subject after a preposed clause", "Recalling that the ruling party has stalled a fair settlement since the days of the \"Saenuri Party,\" the group urged the party to change its stand.", nil},
		{"named subject after a preposed clause", "Noting that the talks had stalled, the Chinese foreign minister urged the United States to resume dialogue.", []string{"CHNGOV USA 02"}},
		{"joining another in a war", "The records prove that Britain joined the United States in waging the aggression war on Iraq.", []string{"GBR USA 062"}},
		{"joining another in a censure", "Canada joined Britain in condemning the attack.", nil},
		{"object of a sourceless censure", "The article strongly denounced the large-scale naval drills being staged by the U.S. and Japan near the peninsula.", nil},
		{"drills asserted on their own", "The U.S. and Japan staged large-scale naval drills near the peninsula.", []string{"USA --- 150", "JPN --- 150"}}, // each side toward the drill's aim, none named (CONVENTIONS.md, drilltargets.go)
		{"time word after a comma", "Kim Yong Nam, president of the Presidium of the DPRK Supreme People's Assembly, Monday sent greetings to Mexican President Felipe Calderon.", []string{"PRKGOV MEXGOV 051"}},
		{"a role in an act", "Canada played a leading role in imposing new sanctions on Iran.", []string{"CAN IRN 163"}},
		{"a role as a noun", "The Chinese troupe played music for the DPRK guests.", nil},
		{"promised effort", "Mongolia would make every effort to expand its ties with the DPRK, the minister of Mongolia said.", []string{"MNG PRK 03"}},
		{"pledge sparing no effort", "Laos will spare no effort to boost cooperation with Viet Nam.", []string{"LAO VNM 03"}},
		{"effort made in the past", "Peru made efforts to develop relations with Chile.", nil},
		{"speaker introducing the next sentence", "Pedro Alvarez, chairman of the Cuban Committee for Korea's Reunification, said:", nil},
		{"colon with nothing after", "The Peruvian Committee for the Study of the Juche Idea said in a statement:", nil},
		{"said this", "The prime minister of Benin said this when meeting the visiting delegation.", nil},
		{"pronoun speaker", "He said the DPRK would never tolerate any provocation.", nil},
		{"document as speaker", "The statement noted that the U.S. is to blame for the tension.", nil},
		{"attendance list", "Present there were the Cuban ambassador and embassy staff.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: "2012-06-01", Source: "KCNA", Text: tt.text})
			checkCodePrefixes(t, got, tt.want)
		})
	}
}

// TestBodyCoordinatedSubject checks that "and" inside the subject of a
// reported "that" clause does not end the content.
func TestBodyCoordinatedSubject(t *testing.T) {
	c := builtinCoder(t)
	text := "The Swedish Peace Committee in a statement on June 2 said that the risk of clashes and war is growing on the peninsula because of the aggressive moves of the U.S."
	got := codeDoc(t, c, &demarche.Document{ID: "d", Date: "2012-06-10", Source: "KCNA", Text: text})
	if len(got) != 1 || !strings.HasPrefix(got[0], "SWE") || !strings.Contains(got[0], " USA") {
		t.Fatalf("got %q, want one statement SWE → USA", got)
	}
}
