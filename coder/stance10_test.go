package coder

import "testing"

// stance10Rules are the constructions of the tenth stance pass (helper
// stance10), each in sentences of our own other than arcs S and T's: want
// is "SRC TGT CODE" as in TestStanceBreadth; absent, when set, is a code
// prefix that no event of the text may have.
var stance10Rules = []struct{ text, want, absent string }{
	// a fronted claim before "…, X said on <day>, accusing …": the
	// speaker is the phrase after the comma (clause.go, attributionWithTail)
	{"Armenian gunners shelled a village near the border overnight, Azerbaijan's defence ministry said on Sunday, accusing Yerevan of a provocation.", "AZE ARM 112", ""},
	{"Venezuelan troops had crossed into the disputed region, the Guyanese foreign ministry said on Friday, accusing Caracas of violating the court's order.", "GUY VEN 112", ""},
	// "its neighbour": the one other country the sentence names (stance10.go)
	{"Eritrean troops had massed near the border, the Ethiopian government said, accusing its neighbour of preparing an attack.", "ETH ERI 112", ""},
	{"Laos accused its neighbour of dumping waste into the Mekong.", "LAO --- 112", ""},
	{"Chad accused its neighbour of arming rebels during talks with Nigerian and Cameroonian ministers.", "TCD --- 112", ""},
	// a lead in a headline's form: the present tense after the opening name
	{"Latvia expels three Russian diplomats over espionage.", "LVA RUS 16", ""},
	{"Norway expels its Iranian counterpart's envoy.", "NOR * 16", ""},
	// the bare verb of a mandative "that" clause (stance10.go)
	{"Seoul demanded that Tokyo hand the documents to investigators.", "KOR JPN 10", ""},
	{"Poland demanded on Monday that Minsk name the guards who fired the shots.", "POL BLR 10", ""},
	// a subject set off by a non-restrictive relative clause
	{"Nepal, whose workers made up most of the victims, demanded an inquiry into the fire.", "NPL * 10", ""},
	{"Ghana, which hosts the regional office, condemned the attack on the convoy.", "GHA * 11", ""},
	// an office in an absolute "with" clause, of the opening subject's country
	{"Spain backtracked on Thursday, with the interior minister conceding that the guards had fired rubber bullets.", "ESP * 015", ""},
	{"Talks resumed on Monday, with the foreign minister conceding that progress was slow.", "", "015"},
	{"The Bangladeshi daily carried an article with a photo of the leader acknowledging the crowd.", "", "015"},
	// an own-side act denied: buying (OWN_ACTS)
	{"The Serbian defence minister said Serbia had never bought drones from Iran.", "SRB * 016", ""},
	// an admission walked back (reverse_admission)
	{"The Peruvian government walked back its admission on Tuesday.", "PER * 016", ""},
	{"Ukraine's army retracted the confession of a captured soldier.", "UKR * 016", ""},
}

// TestStance10Rules checks each construction of the tenth stance pass.
func TestStance10Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range stance10Rules {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-06", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		checkWantAbsent(t, tt.text, tt.want, tt.absent, events)
	}
}
