package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGD4Constructions checks the fifth pass on governments' own voice
// (appeals.go, dict/data/70-ungd4.txt): each construction was counted on
// the unannotated General Debate corpus before it was worked. Sentences in
// our own words.
func TestUNGD4Constructions(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"the subject of the infinitive after call for", "PRY", "2021-09-22",
			"We call for the Security Council to meet without delay on the crisis.",
			[]string{"PRYGOV IGOUNO 02"}},
		{"a state after call for", "FJI", "2019-09-22",
			"We call for Australia to halve its coal exports by the end of the decade.",
			[]string{"FJIGOV AUS 02"}},
		{"a passive infinitive names what the call is about", "VCT", "2019-09-22",
			"We call for Venezuela to be spared any further coercive measures.",
			[]string{"VCTGOV --- 02"}},
		{"an actor not heading the phrase is no addressee", "MLT", "2019-09-22",
			"We call for a stronger commitment from Japan to fund the programme.",
			[]string{"MLTGOV --- 02"}},
		{"a praised him goes back to the office named before", "TTO", "2019-09-22",
			"The Secretary-General has led the reform with patience, and we thank him for it.",
			[]string{"TTOGOV IGOUNO 051"}},
		{"her election: the Assembly's President named before", "BRB", "2018-09-22",
			"She is the first woman of our continent to serve as President of the General Assembly, and we warmly welcome her election.",
			[]string{"BRBGOV IGOUNO 051"}},
		{"a state before the pronoun is no antecedent of him", "GUY", "2016-09-22",
			"He helped to end the dispute between Chile and Bolivia, and I commend him for that.",
			[]string{"GUYGOV --- 051"}},
		{"a named person is the antecedent, not the speaker's minister", "NZL", "2019-09-22",
			"My Foreign Minister met President Ramaphosa in Pretoria, and we thank him for his hospitality.",
			// the meeting, both ways, since "my Foreign Minister" is the
			// speaker's (dict/data/38-actors-speaker.txt)
			[]string{"NZLGOV ZAFGOV 051", "NZLGOV ZAFGOV 040", "ZAFGOV NZLGOV 040"}},
		{"an act after the appeal's to V is asked of others", "GAB", "2022-09-22",
			"We urge the Security Council to act by imposing sanctions on the armed groups.",
			[]string{"GABGOV IGOUNO 02"}},
		{"the speaker's own means after its own act stay", "GAB", "2022-09-22",
			"We have helped our neighbours by sending troops to the mission.",
			[]string{"GABGOV --- 07"}},
		{"welcoming a declaration for refugees praises it", "SWE", "2016-09-22",
			"We welcome the Global Compact on Refugees adopted last year.",
			[]string{"SWEGOV --- 051"}},
		{"the return of one's own refugees is no asylum", "RWA", "2019-09-22",
			"We welcome the voluntary return of Rwandan refugees from abroad.",
			nil},
		{"hosting refugees is still asylum", "JOR", "2016-09-22",
			"We have hosted more than a million refugees from Syria.",
			[]string{"JORGOV SYR 075"}},
		{"a state showing its resolve does not demonstrate in the streets", "KAZ", "2018-09-22",
			"We have demonstrated in practice that a country can give up its nuclear arsenal.",
			nil},
		{"a programme of action is no rally", "MWI", "2020-09-22",
			"My Government has launched a national plan of action against child marriage.",
			nil},
		{"a state's protest is its disapproval", "GUY", "2018-09-22",
			"Guyana has protested every incursion by Venezuela into its waters.",
			[]string{"GUY VEN 111"}},
		{"citizens still march", "ARG", "2018-09-22",
			"Thousands of Argentine students marched in Buenos Aires for free education.",
			[]string{"ARGEDU --- 14"}},
		{"fighting for a cause is no threat of war", "URY", "2019-09-22",
			"We will always fight for a fairer trading system.",
			nil},
		{"seizing a chance to thank is thanking", "GMB", "2019-09-22",
			"I seize this opportunity to thank Japan for its help with our schools.",
			[]string{"GMBGOV JPN 051", "JPN GMBGOV 070"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
