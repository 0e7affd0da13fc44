package coder

import "testing"

// stance4Breadth is the breadth tranche of the fourth stance pass: the
// forms issue 11 names for its held-out arcs (a refusal to confirm, a
// downgrade of relations, a plain "the ministry said on Friday that …", an
// expression of regret, a postponed visit, a ministry's claim about the
// other side, a leader's refusal to apologise, an acknowledgement after a
// denial), in sentences written for this test (invented events between
// real states) and committed before the coder ran on them. A want is "SRC
// TGT CODE" as in TestStanceBreadth.
var stance4Breadth = []struct{ text, want string }{
	{"The Algerian interior ministry would not confirm that the two French nationals were in custody.", "DZA * 011"},
	{"Officials in Hanoi refused to say whether the vessel had been seized.", "VNM * 011"},
	{"A spokesman for the Qatari foreign ministry said he was unable to confirm the reports.", "QAT * 011"},
	{"Lithuania lowered the level of its diplomatic representation in Beijing.", "LTU CHN 16"},
	{"Morocco cut its diplomatic ties with Iran on Tuesday.", "MAR IRN 16"},
	{"The Nigerian government reduced its embassy staff in Niamey to a minimum.", "NGA NER 16"},
	{"The Armenian defence ministry said on Friday that Azerbaijani troops had seized a hilltop near Jermuk.", "ARM AZE 01"},
	{"Serbia's interior ministry said on Wednesday that Kosovo special police had raided four Serb-run offices.", "SRB KSV 01"},
	{"The Pakistani prime minister expressed deep regret to Afghanistan on Saturday for the civilian deaths.", "PAK AFG 055"},
	{"Seoul expressed regret that its warship had fired flares near a Japanese plane.", "KOR * 055"},
	{"The Indonesian president postponed his planned visit to Canberra.", "IDN AUS 16"},
	{"Bangladesh's foreign minister called off a scheduled trip to Yangon over the border shelling.", "BGD MMR 16"},
	{"Russia's defence ministry claimed on Sunday that Ukrainian saboteurs had tried to cross into the Kursk region.", "RUS UKR 01"},
	{"The Iranian foreign ministry alleged that Israeli agents had planted the bomb.", "IRN ISR 112"},
	{"Turkey's president said he had no intention of apologising to Greece.", "TUR GRC 12"},
	{"The Hungarian prime minister ruled out an apology to Romania for his speech.", "HUN ROU 12"},
	{"Having denied it for a week, Minsk admitted that Belarusian helicopters had crossed into Poland.", "BLR * 015"},
	{"The Egyptian military conceded on Monday that its jets had bombed the Libyan village by mistake.", "EGY * 015"},
	{"Beijing acknowledged for the first time that Chinese vessels had rammed the Philippine boat.", "CHN * 015"},
	{"The Rwandan government dismissed the report as fabricated.", "RWA * 016"},
	{"Caracas flatly denied that its troops had entered Guyana.", "VEN * 016"},
}

// stance4BreadthFloor is the least number of stance4Breadth sentences
// whose want must be found (18 of 21 when written; the three misses — a
// claim with no event in its content, "no intention of apologising", a
// visit to a city that is not a capital — were fixed as classes, see
// stance4_test.go).
const stance4BreadthFloor = 21

// TestStance4Breadth scores the fourth pass's breadth tranche and lists
// its misses.
func TestStance4Breadth(t *testing.T) {
	checkBreadth(t, "stance breadth, fourth pass", stance4Breadth, stance4BreadthFloor)
}
