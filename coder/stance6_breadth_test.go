package coder

import "testing"

// stance6Breadth is the breadth tranche of the sixth stance pass (helper
// stance6): thirty single wire sentences of the stance acts issue 11
// names — refusals to confirm, downgrades of relations, a postponed or
// cancelled visit, a plain "the ministry said on Friday that …", regret,
// a leader's refusal to apologise, denials and admissions — in wordings
// of our own (invented events between real states), written and
// committed before the coder ran on them, to measure whether the pass's
// fixes (made on arcs K and L) generalize. A want is "SRC TGT CODE" as in
// TestStanceBreadth.
var stance6Breadth = []struct{ text, want string }{
	{"Thailand's foreign ministry declined to confirm on Thursday that a Thai patrol boat had been detained by Cambodian authorities.", "THA * 011"},
	{"A government spokesman in Ankara would not be drawn on whether Turkish jets had struck the convoy.", "TUR * 011"},
	{"The Indian army refused to comment on reports that its soldiers had crossed the Line of Actual Control.", "IND * 011"},
	{"Officials in Baku neither confirmed nor denied that an Azerbaijani drone had crashed inside Iran.", "AZE * 011"},
	{"Asked whether its navy had laid the mines, the Iranian foreign ministry gave no direct answer.", "IRN * 011"},
	{"The Kenyan interior ministry said it could neither confirm nor deny the deportation of the activist.", "KEN * 011"},
	{"Kosovo lowered its relations with Serbia to the level of chargé d'affaires on Wednesday.", "KSV SRB 16"},
	{"Ghana expelled three Nigerian diplomats on Saturday and closed its consulate in Lagos.", "GHA NGA 16"},
	{"Peru downgraded its diplomatic relations with Mexico after the row over the asylum request.", "PER MEX 16"},
	{"The Philippine president put off a state visit to Beijing scheduled for next month.", "PHL CHN 16"},
	{"Croatia's prime minister called off his trip to Belgrade at the last minute.", "HRV SRB 16"},
	{"Algeria withdrew its ambassador from Madrid with immediate effect.", "DZA ESP 16"},
	{"Poland ordered the closure of the Belarusian consulate in Bialystok.", "POL BLR 16"},
	{"Uganda suspended talks with Kenya on the oil pipeline after the border shooting.", "UGA KEN 16"},
	{"The Georgian interior ministry said on Friday that Russian border guards had detained two Georgian shepherds near South Ossetia.", "GEO RUS 01"},
	{"Chile's foreign ministry said on Wednesday that a Bolivian military patrol had entered Chilean territory near Colchane.", "CHL BOL 01"},
	{"The Ukrainian defence ministry said that Belarusian troops were massing near the border.", "UKR BLR 01"},
	{"The Sri Lankan navy said on Sunday that Indian trawlers had been fishing illegally in its waters.", "LKA IND 01"},
	{"The Japanese foreign minister expressed deep regret to South Korea over the remarks made by a senior official.", "JPN KOR 055"},
	{"The Egyptian government voiced its regret over the deaths of three Sudanese migrants at the border.", "EGY * 055"},
	{"Vietnam said it deeply regretted that its fishing boat had collided with a Philippine coast guard vessel.", "VNM * 055"},
	{"Turkish President Recep Tayyip Erdogan flatly refused to apologise to Russia for the downing of the jet.", "TUR RUS 12"},
	{"Colombia's president said there would be no apology to Venezuela for the raid.", "COL VEN 12"},
	{"Israel's prime minister rebuffed Turkish demands for an apology over the flotilla raid.", "ISR TUR 12"},
	{"Asked whether Warsaw would apologise, the Polish president said: 'We have nothing to apologise for.'", "POL * 12"},
	{"The Serbian government dismissed reports of an arms build-up near Kosovo as pure fiction.", "SRB * 016"},
	{"Rwanda denied on Monday that its soldiers were fighting inside Congo.", "RWA * 016"},
	{"Pakistan admitted on Tuesday that its forces had fired on an Afghan border post.", "PAK * 015"},
	{"The Chinese defence ministry conceded for the first time that a Chinese submarine had sunk near the Taiwan Strait.", "CHN * 015"},
	{"Myanmar's junta acknowledged that a bomb dropped by its aircraft had landed inside Thailand.", "MMR * 015"},
}

// stance6BreadthFloor is the least number of stance6Breadth sentences
// whose want must be found.
const stance6BreadthFloor = 30

// TestStance6Breadth scores the sixth pass's breadth tranche and lists
// its misses.
func TestStance6Breadth(t *testing.T) {
	checkBreadth(t, "stance breadth, sixth pass", stance6Breadth, stance6BreadthFloor)
}

// stance6Breadth2 is a second blind slice of the sixth pass, written and
// committed after the pass's fixes and before the coder ran on it, to
// measure them: single sentences and two-sentence reports (the second
// sentence's speaker named by its body or a pronoun), in wordings the
// first slice and arcs K–L do not use.
var stance6Breadth2 = []struct{ text, want string }{
	{"Nepal accused India of moving troops into Kalapani. The foreign ministry said on Sunday that Indian soldiers had set up a new post.", "NPL IND 01"},
	{"Azerbaijan's defence ministry rejected the Armenian charges on Monday. A ministry spokeswoman said no Azerbaijani unit had opened fire.", "AZE * 016"},
	{"Bangladesh summoned Myanmar's ambassador on Tuesday. It said Myanmar shells had landed in Bandarban.", "BGD MMR 01"},
	{"Ethiopia denied sending troops into Sudan's al-Fashaga region. The government spokesman said not a single Ethiopian soldier had crossed the border.", "ETH * 016"},
	{"Greece demanded an explanation from Turkey over the flights. Government officials in Athens declined to say whether fighter jets had been scrambled.", "GRC * 011"},
	{"The Kyrgyz president accused Tajikistan of starting the border clash. His office said Kyrgyzstan had recalled its ambassador from Dushanbe.", "KGZ TJK 16"},
	{"South Korea protested to Japan over the textbooks. The ministry in Seoul said it would lower the level of its delegation to the anniversary ceremony.", "KOR * 16"},
	{"Lebanon complained to the United Nations about the overflights. The Israeli military would not comment.", "ISR * 011"},
	{"The Saudi foreign ministry said it had no information on the whereabouts of the journalist.", "SAU * 011"},
	{"Officials in Islamabad would neither confirm nor deny that a Pakistani drone had crashed in Iran.", "PAK * 011"},
	{"A spokesman for the Nigerian army said it was not in a position to comment on the reports.", "NGA * 011"},
	{"The Ecuadorian government cut diplomatic relations with Mexico after the embassy raid.", "ECU MEX 16"},
	{"Sweden reduced its diplomatic staff in Tehran to a minimum on Thursday.", "SWE IRN 16"},
	{"The Czech Republic ordered two Russian diplomats to leave the country within 48 hours.", "CZE RUS 16"},
	{"The Brazilian president cancelled a planned meeting with the Argentine president.", "BRA ARG 16"},
	{"The Moroccan king's visit to Algiers was indefinitely postponed.", "MAR DZA 16"},
	{"Vietnam called off annual defence talks with China.", "VNM CHN 16"},
	{"The Danish foreign minister voiced deep regret to Greenland for the forced relocations.", "DNK * 055"},
	{"The Dutch prime minister offered his apologies to Indonesia for the violence of the colonial war.", "NLD IDN 055"},
	{"The Thai army said it regretted that its shells had fallen on Cambodian villages.", "THA * 055"},
	{"The Belgian king expressed his deepest regrets to Congo for the wounds of the past.", "BEL COD 055"},
	{"Japan's prime minister ruled out any new apology to South Korea.", "JPN KOR 12"},
	{"The Polish president said Poland had nothing to apologise for and would not do so.", "POL * 12"},
	{"The Indian government said it would not apologise to Canada.", "IND CAN 12"},
	{"The Chinese foreign ministry said on Monday that a Philippine vessel had deliberately rammed a Chinese coast guard ship.", "CHN PHL 01"},
	{"The Venezuelan defence ministry said on Saturday that Guyanese soldiers had fired at a Venezuelan patrol.", "VEN GUY 01"},
	{"The Sudanese army dismissed as baseless reports that it had bombed a market in Chad.", "SDN * 016"},
	{"Minsk flatly rejected the accusation that its border guards had pushed migrants into Latvia.", "BLR * 016"},
	{"The Serbian president conceded on Friday that Serbian police had entered Kosovo by mistake.", "SRB * 015"},
	{"After weeks of silence, Rwanda admitted that its troops were operating in eastern Congo.", "RWA * 015"},
}

// TestStance6Breadth2 scores the second slice (totals, with misses).
func TestStance6Breadth2(t *testing.T) {
	checkBreadth(t, "stance breadth, sixth pass, second slice", stance6Breadth2, stance6Breadth2Floor)
}

// stance6Breadth2Floor is the least number of stance6Breadth2 sentences
// whose want must be found (23 with the coder before the sixth pass, 26
// when first scored after it, 27 once its misses were read: a falsehood
// fronted after "dismissed as"; the three left are a passive postponed
// visit with no agent, which TestAnalysisProseRules codes as no event,
// "Congo" read as the Republic of the Congo, and "lower the level of its
// delegation").
const stance6Breadth2Floor = 27
