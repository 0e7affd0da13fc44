package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGDSecondActs checks the second acts of a government's sentence
// (coordinatedverbs.go, 99-ungd-second-acts.txt): a verb after "and" takes
// the first verb's subject past the participles and, for the speaker's own
// acts, the infinitives of the first verb's object, while a verb an
// infinitive's addressee is asked to do stays theirs. Sentences in our own
// words.
func TestUNGDSecondActs(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"past a participle in the object", "EST", "2018-09-25",
			"We back the efforts aimed at calming the situation and call on Serbia to respect the accord.",
			[]string{"ESTGOV --- 05", "ESTGOV SRB 02"}},
		{"past a passive participle and a gerund", "GHA", "2020-09-25",
			"We welcome the steps taken by Japan in cancelling the debts and invite Korea to go further.",
			[]string{"GHAGOV JPN 051", "GHAGOV KOR 02"}},
		{"a second act the tagger reads as a noun", "EST", "2018-09-25",
			"We back the mediation aimed at easing the tension and urge Serbia to respect the accord.",
			[]string{"ESTGOV --- 05", "ESTGOV SRB 02"}},
		{"a second act the tagger reads as an adjective", "EST", "2018-09-25",
			"We back the mediation aimed at easing the tension and invite Serbia to respect the accord.",
			[]string{"ESTGOV --- 05", "ESTGOV SRB 02"}},
		{"a verb in -s past an infinitive", "TCD", "2019-09-25",
			"Chad supports the efforts to restore calm in Libya and calls on Egypt to help.",
			[]string{"TCD --- 05", "TCD EGY 02"}},
		{"the speaker's welcome past infinitives", "TTO", "2023-09-25",
			"We praise the decision of Brazil to offer to lead the force and welcome the decision of Chile to join it.",
			[]string{"TTOGOV BRA 051", "TTOGOV CHL 051"}},
		{"the addressee's act stays the addressee's", "CUB", "2019-09-25",
			"We call on Israel to end the blockade and allow relief into Gaza.",
			[]string{"CUBGOV ISR 02"}},
		{"a second verb keeps its own negation", "FRA", "2019-09-25",
			"France will keep demanding the implementation of the accord and will not accept the breaches committed by Iran.",
			[]string{"FRA IRN 12"}},
		{"an agreement entered into is signed by both", "HND", "2016-09-25",
			"In May my Government entered into an agreement with the World Bank to fight graft.",
			[]string{"HNDGOV IGOWBK 057", "IGOWBK HNDGOV 057"}},
		{"a second act in -s the tagger reads as a plural noun", "KWT", "2016-09-25",
			"Kuwait welcomes the recognition of Palestine by several states and therefore calls on other nations to follow.",
			[]string{"KWT PSE 051", "KWT --- 02"}},
		{"an abstract subject before such as names no actor", "CPV", "2016-09-25",
			"The burden borne by a small island such as Cabo Verde goes beyond its means and calls for stronger partnerships.",
			nil},
		{"a participle before its noun asserts nothing", "ZAF", "2018-09-25",
			"We welcome the recently signed peace accord in South Sudan and urge the United Nations to support it.",
			[]string{"ZAFGOV SSD 051", "ZAFGOV IGOUNO 02"}},
		{"a second predicate's agent is not what the first endorses", "FJI", "2023-09-25",
			"Fiji stands with its Pacific neighbours and is alarmed by the decision of Japan to release the water.",
			[]string{"FJI --- 051", "FJI JPN 111"}},
		{"a second clause's subject before an adverb", "GMB", "2022-09-25",
			"We urge our partners to meet this test, and we therefore support the agenda of the Secretary-General.",
			[]string{"GMBGOV --- 02", "GMBGOV IGOUNO 051"}},
		{"a coordinated appeal to a pronoun", "TZA", "2016-09-25",
			"We trust that Canada will drop its remaining tariffs and appeal to it to do so soon.",
			[]string{"TZAGOV CAN 02"}},
		{"a pronoun with no actor before stays unnamed", "TZA", "2016-09-25",
			"We thank our partners in Europe and invite them to do more.",
			[]string{"TZAGOV --- 051", "TZAGOV --- 02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
