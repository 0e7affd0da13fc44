package coder

import "testing"

// stance7Breadth2 is a second tune slice of the seventh stance pass,
// written (and committed with its wants) after the first slice's fixes
// and before the coder ran on it, to try the pass's fixes on other
// wordings and to find further classes: denials by adjective ("dismissed
// as absurd"), hedges, admissions, measures told by their agent ("said it
// had expelled"), acts in "after" clauses, threats, visa and consular
// measures. Own words; invented events between real states. A want is
// "SRC TGT CODE" as in TestStanceBreadth.
var stance7Breadth2 = []struct{ text, want string }{
	{"Hungary's foreign minister dismissed the accusations as absurd and politically motivated.", "HUN * 016"},
	{"The Kremlin rubbished the report as ridiculous on Monday.", "RUS * 016"},
	{"Ankara rejected the claims as baseless and ordered an inquiry.", "TUR * 016"},
	{"The Azerbaijani foreign ministry described the allegations as a fabrication.", "AZE * 016"},
	{"Pakistan's military spokesman called the Indian claims preposterous.", "PAK * 016"},
	{"The Egyptian foreign ministry had no immediate comment on the report.", "EGY * 011"},
	{"Saudi officials did not immediately respond to a request for comment on Sunday.", "SAU * 011"},
	{"The Chinese embassy in Manila declined on Tuesday to say whether the vessels belonged to its coast guard.", "CHN * 011"},
	{"Asked about the strike, the Israeli military said it would not comment on foreign reports.", "ISR * 011"},
	{"Serbia's president would not say on Thursday what evidence Belgrade held against the Kosovo police.", "SRB * 011"},
	{"Kazakhstan's defence minister conceded on Friday that a Kazakh jet had entered Russian airspace.", "KAZ * 015"},
	{"The Nigerian army accepted responsibility for the air strike that killed villagers in Niger.", "NGA * 015"},
	{"A spokesman for the Greek coast guard confirmed that its boat had fired warning shots at the Turkish trawler.", "GRC * 015"},
	{"Estonia said on Wednesday that it had expelled a Russian diplomat for spying.", "EST RUS 16"},
	{"Lithuania ordered two Belarusian diplomats to leave the country within a week.", "LTU BLR 16"},
	{"The Netherlands declared an Iranian diplomat persona non grata on Monday.", "NLD IRN 16"},
	{"Peru withdrew its ambassador from Mexico City after the Mexican president's remarks.", "PER MEX 16"},
	{"Algeria suspended visa services for French citizens after the row over deportations.", "DZA FRA 16"},
	{"Poland closed the Russian consulate in Poznan in response to the sabotage.", "POL RUS 16"},
	{"Burkina Faso broke off diplomatic relations with Ivory Coast on Saturday.", "BFA CIV 16"},
	{"Kenya called off a planned visit by its foreign minister to Kampala.", "KEN UGA 16"},
	{"Ecuador recalled its envoy from Caracas after Venezuela accused it of meddling.", "ECU VEN 16"},
	{"Armenia threatened on Tuesday to expel Azerbaijani diplomats if the shelling continued.", "ARM AZE 13"},
	{"Tunisia warned it would cut diplomatic ties with Libya over the border closures.", "TUN LBY 13"},
	{"Morocco's prime minister accused Algeria of arming the separatists.", "MAR DZA 112"},
	{"Iraq's foreign ministry said on Sunday that Turkish drones had struck a town in Kurdistan.", "IRQ TUR 01"},
	{"The Thai prime minister apologised to Cambodia for the shelling of the temple.", "THA KHM 055"},
	{"The Swiss government said it regretted that its police had detained the Chinese diplomat.", "CHE * 055"},
	{"Mexico's president rejected calls to apologise to Spain.", "MEX ESP 12"},
	{"Jordan's foreign minister said Amman would not apologise to anyone for protecting its borders.", "JOR * 12"},
}

// stance7Breadth2Floor is the least number of stance7Breadth2 sentences
// whose want must be found (26 with the coder before the pass, 26 when
// first scored after the first slice's fixes, 30 once its misses were
// read and fixed by class).
const stance7Breadth2Floor = 30

// TestStance7Breadth2 scores the second tune slice and lists its misses.
func TestStance7Breadth2(t *testing.T) {
	checkBreadth(t, "stance breadth, seventh pass, second tune slice", stance7Breadth2, stance7Breadth2Floor)
}

// stance7Breadth3 is a third tune slice of the seventh pass: fourteen
// probes of stance wordings written (wants in mind, set down here after
// one run) to look for further classes; it found one (an opening
// "According to X," before a denial). Tune.
var stance7Breadth3 = []struct{ text, want string }{
	{"Brazil has not confirmed the report, according to a government spokesperson.", "BRA * 011"},
	{"According to the Kenyan foreign ministry, no Kenyan troops had crossed the border.", "KEN * 016"},
	{"According to the Kenyan foreign ministry, Kenya had not sent troops into Somalia.", "KEN * 016"},
	{"Spain said on Monday it had recalled its ambassador to Argentina for consultations.", "ESP ARG 16"},
	{"The Philippines lodged a diplomatic protest with China and summoned its ambassador.", "PHL CHN 114"},
	{"Japan's top government spokesman refused to be drawn on whether Tokyo would expel the diplomats.", "JPN * 011"},
	{"Vietnam's foreign ministry did not deny that the vessel had entered Chinese waters.", "VNM * 011"},
	{"The Greek government acknowledged it had been informed of the flights in advance.", "GRC * 015"},
	{"Officials in Ottawa have so far refused to confirm the identity of the detained man.", "CAN * 011"},
	{"Cairo has yet to comment on the reports.", "EGY * 011"},
	{"The Turkish president said Ankara would never apologise for defending its airspace.", "TUR * 12"},
	{"Russia denied the charges, calling them \"Russophobic hysteria\".", "RUS * 016"},
	{"Romania's defence ministry said it was verifying the reports and would not comment further.", "ROU * 011"},
	{"The Venezuelan government announced it was breaking diplomatic relations with Panama.", "VEN PAN 16"},
	{"Georgia postponed talks with Russia scheduled for next week.", "GEO RUS 16"},
}

// TestStance7Breadth3 scores the third tune slice (13 of 15 with the
// coder before the pass and when first run; 15 after the fix).
func TestStance7Breadth3(t *testing.T) {
	checkBreadth(t, "stance breadth, seventh pass, third tune slice", stance7Breadth3, 15)
}
