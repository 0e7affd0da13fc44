package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGDConstructions checks the third pass on General Debate statements
// (ungdframes.go, dict/data/63-ungd-general.txt): constructions that recur
// across many statements, found on the corpus without gold (the silent
// sentences of `demarche eval --silent --max-docs 400` over
// ungd-2014-2024.jsonl.gz). Sentences in our own words; each expectation
// was written before the coder was run on it.
//
// Measured 2026-12-06 on those 400 statements: the coder's events went
// from 5761 to 5861 and the silent two-country sentences from 4826 to 4773
// (61.8% → 61.1%). The events each construction added were read by eye
// (right = root, source country and target country as an annotator
// following the guide would code them):
//
//	join X in V-ing (a government's statement only)   12/17 (first ten 8/10)
//	the speaking state's name + "would like/wish to"  16/19 (first ten 8/10)
//	acts done in the saying are not history           10/12 (first ten 9/10)
//	"condemns/NN" after the state's name retagged     10/13 (first ten 7/10)
//	welcoming an actor's thing ("… Council resolution") 3/3
//	"stand/remain/be ready to" as an intention (03x)   23/38 (first ten 7/10)
//	impersonal frames ("It is a privilege to …")        5/7
//	thanks put on record by verbs of stating            8/9
//
// Not kept: a resolution's year ("resolution 1325 (2000)") taken out of
// the historical test added 5 events, none right (anniversaries marked,
// plans based on a resolution). The tune halves did not move (ungd2 tune
// F1 0.846, ungd tune 0.829), nor did the check halves' totals (ungd2
// check 0.556, ungd check 0.531).
func TestUNGDConstructions(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		// "join X in V-ing Y": the speaker does V to Y itself
		{"join earlier speakers in congratulating", "FJI", "2014-09-25",
			"I join those who spoke before me in congratulating Ms. Maria Espinosa on her election.",
			[]string{"FJIGOV IGOUNO 051"}},
		{"a delegation joins others in thanking", "CPV", "2015-09-28",
			"My delegation joins other delegations in thanking the Secretary-General for his leadership.",
			[]string{"CPVGOV IGOUNO 051"}},
		{"a state joins a body in condemning", "GHA", "2015-09-28",
			"Ghana joins the African Union in condemning the coup in Burkina Faso.",
			[]string{"GHA BFA 111"}},
		// the speaking state named by its name as the subject of a
		// performative wish: "Palau would like to thank …"
		{"the speaker's name would like to thank", "PLW", "2014-09-25",
			"Palau would like to thank Japan for its generous support.",
			[]string{"PLW JPN 051"}},
		{"the speaker's name wishes to congratulate", "CRI", "2016-09-20",
			"Costa Rica wishes to congratulate the Secretary-General on his re-election.",
			[]string{"CRI IGOUNO 051"}},
		{"the speaker's long name would like to commend", "SYR", "2015-09-28",
			"The Syrian Arab Republic would like to commend Iran for standing by us over many years.",
			[]string{"SYR IRN 051"}},
		{"another state's wish stays hypothetical", "CRI", "2016-09-20",
			"Brazil would like to thank Japan for its support.",
			nil},
		// an act done in the saying is done now, whatever past it thanks
		// for: "for his leadership over the past year"
		{"performative thanks for a past session", "SOM", "2015-09-28",
			"I would also like to convey our thanks to Mr. Peter Thomson for his leadership over the past year.",
			[]string{"SOMGOV IGOUNO 051"}},
		{"present thanks for past help", "NPL", "2016-09-20",
			"We thank India for the help it gave us during the past year.",
			[]string{"NPLGOV IND 051", "IND NPLGOV 070"}},
		{"a past condemnation stays history", "GHA", "2016-09-20",
			"During the past decade we condemned the coup in Mali.",
			nil},
		// the speaking state's name, then a verb of its acts that the
		// tagger reads as a plural noun ("condemns/NN in the strongest terms")
		{"a name and a verb read as a noun", "CHE", "2014-09-25",
			"Switzerland condemns in the strongest terms the attacks by Russia on Ukraine.",
			[]string{"CHE RUS 111"}},
		{"a long name and welcomes before a capital", "KWT", "2014-09-25",
			"The State of Kuwait welcomes Security Council resolution 2165 (2014) on humanitarian access in Syria.",
			[]string{"KWT IGOUNO 051"}},
		{"supports a state in its claim", "ECU", "2014-09-25",
			"Ecuador supports Argentina in its claim to the Malvinas Islands.",
			[]string{"ECU ARG 051"}},
		// "X stands ready to cooperate with Y": a stated intention (03x)
		{"stands ready to work with", "KGZ", "2015-09-28",
			"Kyrgyzstan stands ready to work closely with Afghanistan on regional trade.",
			[]string{"KGZ AFG 03"}},
		{"we stand ready to provide assistance", "ZAF", "2014-09-25",
			"We stand ready to provide assistance to Liberia.",
			[]string{"ZAFGOV LBR 03"}},
		{"remains ready to continue cooperation", "SVK", "2015-09-28",
			"Slovakia remains ready to continue its cooperation with the United Nations.",
			[]string{"SVK IGOUNO 03"}},
		{"ready with nothing to do to anyone", "SVK", "2015-09-28",
			"We are ready to listen.",
			nil},
		// a resolution's year is part of its name, not the date of the act
		{"a state's name welcomes a resolution of an earlier year", "KWT", "2016-09-20",
			"Kuwait welcomes Security Council resolution 2231 (2015) on the nuclear agreement.",
			[]string{"KWT IGOUNO 051"}},
		// an impersonal frame of the speaker's own act: "It is a privilege
		// to congratulate …"
		{"it is a privilege to congratulate", "BRB", "2014-09-25",
			"It is a real privilege to congratulate Ms. Maria Espinosa on her election.",
			[]string{"BRBGOV IGOUNO 051"}},
		{"it is fitting to offer thanks", "BRN", "2014-09-25",
			"It is also fitting to offer our thanks to the Secretary-General for his work.",
			[]string{"BRNGOV IGOUNO 051"}},
		{"it is an honour to address the Assembly", "GEO", "2014-09-25",
			"Today it is an honour for me to stand and speak before this General Assembly.",
			nil},
		// thanks and support put on record by verbs of stating
		{"underline our gratitude", "ZAF", "2015-09-28",
			"We would like to underline our gratitude to China.",
			[]string{"ZAFGOV CHN 051"}},
		{"registers its appreciation", "SLB", "2015-09-28",
			"Solomon Islands registers its appreciation to the Secretary-General for his leadership.",
			[]string{"SLB IGOUNO 051"}},
		{"place on record", "NPL", "2015-09-28",
			"My delegation wishes to place on record its sincere gratitude to Japan for its help.",
			[]string{"NPLGOV JPN 051"}},
		{"stated its support for", "ISL", "2015-09-28",
			"Iceland has stated its support for the initiative of France.",
			[]string{"ISL FRA 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
