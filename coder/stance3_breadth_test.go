package coder

import "testing"

// stance3Breadth is the breadth tranche of the third stance pass: the forms
// issue 11 names as missed on its held-out arcs, and the usual wording of
// wire services around them, in sentences written for this test (invented
// events between real states) before the coder ran on them. A want is "SRC
// TGT CODE" as in TestStanceBreadth. A plain wire sentence "X said on
// Friday that Y's forces did Z" is a statement (01) from X toward Y, as the
// arcs' episodes code it; an explicit "accused", "blamed", "alleged" is an
// accusation (112).
var stance3Breadth = []struct{ text, want string }{
	// refusing to confirm, declining, neither confirming nor denying (011)
	{"Israel's military refused to confirm that its aircraft had struck the convoy.", "ISR * 011"},
	{"The Chinese defence ministry refused to confirm reports that its carrier had entered Japanese waters.", "CHN * 011"},
	{"Asked whether Turkish troops had crossed the border, a spokesperson for the Turkish defence ministry refused to confirm it.", "TUR * 011"},
	{"The Saudi government would neither confirm nor deny that it had held talks with Iran.", "SAU * 011"},
	{"Officials in Islamabad would neither confirm nor deny the report.", "PAK * 011"},
	{"The Egyptian foreign ministry declined to comment on Sunday on the reports of a prisoner exchange.", "EGY * 011"},
	{"A spokesperson for the Dutch foreign ministry declined to comment when asked about the arrest.", "NLD * 011"},
	{"Seoul's defence ministry said it could neither confirm nor deny the reports.", "KOR * 011"},
	{"The Indian army said it would not comment on operational matters.", "IND * 011"},
	{"A spokeswoman for the German government told reporters she could not confirm the report.", "DEU * 011"},
	// plain wire statements about the other side (01)
	{"The Russian foreign ministry said on Friday that Ukrainian drones had attacked an oil depot in Bryansk.", "RUS UKR 01"},
	{"Azerbaijan's defence ministry said on Saturday that Armenian forces had shelled its positions in Lachin.", "AZE ARM 01"},
	{"The Serbian government said on Monday that Kosovo police had arrested two Serbian officials.", "SRB KSV 01"},
	{"A spokesperson for the Pakistani foreign office said on Thursday that Indian troops had violated the ceasefire.", "PAK IND 01"},
	{"Venezuela's foreign minister told reporters that Guyanese soldiers had entered the disputed territory.", "VEN GUY 01"},
	{"Japan's coast guard said in a statement that Chinese ships had entered its territorial waters near the Senkaku Islands.", "JPN CHN 01"},
	{"The Greek government said on Friday that Turkish jets had violated Greek airspace 20 times.", "GRC TUR 01"},
	// accusations (112)
	{"Ethiopia accused Egypt of trying to destabilise the region.", "ETH EGY 112"},
	{"Moscow accused London of directing the drone attack.", "RUS GBR 112"},
	{"Armenia's foreign ministry accused Azerbaijan on Friday of blocking the only road to the region.", "ARM AZE 112"},
	{"Kinshasa blamed Rwanda for the attack on the refugee camp.", "COD RWA 112"},
	{"The Pakistani foreign office alleged that India was behind the blast.", "PAK IND 112"},
	// summoning envoys (11)
	{"Poland's foreign ministry summoned the Russian ambassador over the missile that fell near the border.", "POL RUS 11"},
	{"Beijing summoned the Japanese ambassador to lodge a protest.", "CHN JPN 11"},
	{"The Turkish foreign ministry called in the Swedish envoy over the Koran burning.", "TUR SWE 11"},
	{"Algeria summoned France's charge d'affaires on Monday.", "DZA FRA 11"},
	// demands (10)
	{"Warsaw demanded an apology from Minsk for the incursion.", "POL BLR 10"},
	{"Ankara demanded that Stockholm extradite the suspects.", "TUR SWE 10"},
	{"The Chinese foreign ministry demanded that Manila stop its provocations.", "CHN PHL 10"},
	{"Seoul demanded an official apology from Tokyo.", "KOR JPN 10"},
	// refusing to apologise (12)
	{"The Polish president refused to apologise to Ukraine for the remarks.", "POL UKR 12"},
	{"Israel's prime minister refused to apologise for the raid on the aid ship.", "ISR * 12"},
	{"The Turkish government refused to apologize to Russia for downing the jet.", "TUR RUS 12"},
	{"Beijing rejected Seoul's demand for an apology.", "CHN KOR 12"},
	// regret (055)
	{"The Indian government expressed regret over the accidental firing of a missile into Pakistan.", "IND * 055"},
	{"Tokyo expressed its deep regret to Seoul over the incident.", "JPN KOR 055"},
	{"Russia's foreign ministry voiced regret over the deaths of Israeli civilians.", "RUS * 055"},
	{"The Kenyan president conveyed his regret to Uganda for the death of the fishermen.", "KEN UGA 055"},
	{"The Dutch government said it deeply regretted the error that killed the Iraqi civilians.", "NLD * 055"},
	// postponed visits (16)
	{"The Indian foreign minister postponed a planned visit to Canada.", "IND CAN 16"},
	{"Seoul postponed a visit by its defence minister to Tokyo.", "KOR JPN 16"},
	{"Egypt indefinitely postponed the visit of the Ethiopian prime minister.", "EGY ETH 16"},
	{"The French president has postponed his state visit to Algeria.", "FRA DZA 16"},
	{"China put off a planned trip by its foreign minister to Australia.", "CHN AUS 16"},
	// envoys recalled, diplomats expelled, relations downgraded (16)
	{"Italy recalled its ambassador to France for consultations.", "ITA FRA 16"},
	{"Bolivia recalled its ambassador in Santiago for consultations on Tuesday.", "BOL CHL 16"},
	{"Israel recalled its envoy to Turkey for consultations.", "ISR TUR 16"},
	{"Moldova expelled two Russian diplomats on Thursday.", "MDA RUS 16"},
	{"The Czech Republic expelled 18 Russian embassy staff.", "CZE RUS 16"},
	{"Ukraine ordered two Hungarian consuls to leave.", "UKR HUN 16"},
	{"Bulgaria expelled a Russian diplomat for spying.", "BGR RUS 16"},
	{"Nicaragua downgraded its relations with the Netherlands.", "NIC NLD 16"},
	// denials in a statement, to reporters, by a spokesperson (016)
	{"A spokesperson for the Eritrean government said in a statement that the accusations were false.", "ERI * 016"},
	{"The Burundian foreign ministry said in a statement that the claims of a military build-up were without foundation.", "BDI * 016"},
	{"A spokesperson for the Thai army told reporters that no such incident had taken place.", "THA * 016"},
}

// stance3Breadth2 is a second slice of the third pass's tranche, written
// after the first slice's misses were fixed and before the coder ran on
// it: other wordings of the same forms.
var stance3Breadth2 = []struct{ text, want string }{
	// refusing to confirm
	{"The Kremlin declined to confirm that Russian forces were using drones made in Iran.", "RUS * 011"},
	{"Moscow would not confirm the origin of the drones.", "RUS * 011"},
	{"A spokesman for the Russian defence ministry declined to say whether the drones had come from Iran.", "RUS * 011"},
	{"The Pentagon could not immediately confirm the report.", "USA * 011"},
	{"Tehran has neither confirmed nor denied sending the drones.", "IRN * 011"},
	{"The Iraqi government refused to be drawn on the report.", "IRQ * 011"},
	// downgrades
	{"Ukraine stripped the Iranian ambassador of his accreditation.", "UKR IRN 16"},
	{"Kyiv sharply reduced the number of Iranian diplomats in the country.", "UKR IRN 16"},
	{"Ukraine downgraded its diplomatic ties with Iran on Friday.", "UKR IRN 16"},
	{"The Lithuanian government lowered its diplomatic relations with China to the level of charge d'affaires.", "LTU CHN 16"},
	{"Morocco closed its embassy in Tehran and expelled the Iranian ambassador.", "MAR IRN 16"},
	// postponed and cancelled visits
	{"Blinken postponed his trip to Beijing.", "USA CHN 16"},
	{"The US secretary of state put off a planned visit to China.", "USA CHN 16"},
	{"The Japanese prime minister called off his visit to Seoul.", "JPN KOR 16"},
	{"Germany's foreign minister has postponed her trip to Ankara.", "DEU TUR 16"},
	{"Beijing cancelled a planned visit by the Czech senate speaker.", "CHN CZE 16"},
	// regret
	{"China expressed regret over the airship's unintended entry into US airspace.", "CHN USA 055"},
	{"Beijing regretted the incident.", "CHN * 055"},
	{"The Turkish government said it regretted the loss of life among the Syrian villagers.", "TUR * 055"},
	{"Canberra voiced its regret to Jakarta over the incursion.", "AUS IDN 055"},
	// refusing to apologise
	{"Biden said he would not apologise for shooting down the balloon.", "USA * 12"},
	{"The Chinese president refused to apologize to Washington.", "CHN USA 12"},
	{"The Turkish president said Ankara would never apologise to Moscow for downing the jet.", "TUR RUS 12"},
	{"Washington rejected China's demand for an apology.", "USA CHN 12"},
	// a ministry's plain statement about the other side
	{"China's foreign ministry said on Monday that American balloons had entered Chinese airspace more than ten times since last year.", "CHN USA 01"},
	{"The Iranian foreign ministry said on Friday that Ukraine had no evidence for its claims.", "IRN UKR 01"},
	{"The Russian defence ministry said on Thursday that a Polish jet had violated Russian airspace.", "RUS POL 01"},
	{"Beijing said on Friday that the airship belonged to a Chinese company and had drifted into US airspace.", "CHN USA 01"},
	// accusations and demands
	{"Ukraine accused Iran on Tuesday of supplying drones to Russia.", "UKR IRN 112"},
	{"The State Department accused China of violating US sovereignty.", "USA CHN 112"},
	{"Kyiv demanded that Tehran stop arming Moscow.", "UKR IRN 10"},
	// denials and acknowledgements
	{"Iran's foreign minister denied that Tehran had sent drones to Russia for use in Ukraine.", "IRN * 016"},
	{"Iran admitted for the first time that it had supplied drones to Russia before the war.", "IRN * 015"},
	{"The Iranian foreign minister acknowledged on Saturday that Tehran had sent a small number of drones to Moscow.", "IRN * 015"},
}

// stance3Breadth3 are sentences written while the second slice's misses
// were fixed, to try each fix on other wordings of its class (so they are
// tune sentences, not a check).
var stance3Breadth3 = []struct{ text, want string }{
	{"China expressed regret that its airship had strayed into US airspace.", "CHN USA 055"},
	{"China regretted the unintended entry of its airship into US airspace.", "CHN USA 055"},
	{"Tokyo regretted its error.", "JPN * 055"},
	{"Kenya voiced regret that two Ugandan fishermen had been killed.", "KEN * 055"},
	{"Biden said he made no apologies for shooting down the balloon.", "USA * 12"},
	{"The Japanese prime minister said Tokyo had nothing to apologise for.", "JPN * 12"},
	{"The Israeli prime minister offered no apology for the raid.", "ISR * 12"},
	{"Russia's foreign ministry said on Friday that it would not apologise to Poland.", "RUS POL 12"},
	{"Ukraine reduced its diplomatic presence in Iran.", "UKR IRN 16"},
	{"Britain cut the staff of its embassy in Minsk.", "GBR BLR 16"},
	{"Russia did not confirm the deployment.", "RUS * 011"},
	{"Moscow declined to confirm the report.", "RUS * 011"},
	{"Azerbaijan's defence ministry said on Saturday that Armenian forces had shelled its positions in Lachin.", "ARM AZE 19"},
	{"Moscow dismissed as baseless the reports that its jets had bombed the hospital.", "RUS * 016"},
	{"China's foreign ministry said on Sunday that Washington had overreacted and seriously violated international practice.", "USA --- 12"},
	{"Beijing said on Friday that the airship belonged to a Chinese company and had drifted into US airspace.", "CHN USA 01"},
	{"Ukraine decided on Saturday to strip the Iranian ambassador of his accreditation.", "UKR IRN 16"},
	{"Kyiv has decided to significantly reduce the number of diplomats at the Iranian embassy.", "UKR IRN 16"},
	{"Moscow did not respond to a request for comment.", "RUS --- 011"},
	{"The Iranian foreign ministry did not immediately respond to requests for comment.", "IRN --- 011"},
	{"Asked about the drones, Peskov said questions should be addressed to the defence ministry.", "RUS * 011"},
	{"'We make no apologies for taking down that balloon,' Biden told reporters on Thursday.", "USA * 12"},
	{"'I will not apologise,' the Turkish president told reporters.", "TUR * 12"},
	{"'We regret the unintended entry of the airship,' the Chinese foreign ministry said in a statement.", "CHN * 055"},
	{"Ukraine's foreign ministry said on Friday that the Iranian ambassador had been stripped of his accreditation.", "UKR IRN 16"},
	{"Two Russian diplomats were expelled, the Polish foreign ministry said on Monday.", "POL RUS 16"},
	{"Blinken's planned visit to Beijing was postponed, the State Department said on Friday.", "USA CHN 16"},
}

// stance3NotApology are sentences in which no apology is made: none of
// them may give 055.
var stance3NotApology = []string{
	"Warsaw demanded an apology from Minsk for the incursion.",
	"The Israeli prime minister offered no apology for the raid.",
	"The Japanese prime minister said Tokyo had nothing to apologise for.",
	"Seoul's foreign ministry said on Monday it regretted Japan's decision to claim the islets.",
	"Japan expressed regret on Tuesday that South Korea had decided to hold the drills.",
}

// stance3BreadthFloor is the least number of stance3Breadth sentences whose
// want must be found.
const stance3BreadthFloor = 115

// TestStance3Breadth scores the third pass's breadth tranche and lists its
// misses.
func TestStance3Breadth(t *testing.T) {
	all := append(append(append([]struct{ text, want string }{}, stance3Breadth...), stance3Breadth2...), stance3Breadth3...)
	checkBreadth(t, "stance breadth, third pass", all, stance3BreadthFloor)
}

// TestStance3NotApology checks that an apology demanded, refused or not
// made, and regret at another's decision, are no apology (055).
func TestStance3NotApology(t *testing.T) {
	c := builtinCoder(t)
	for _, text := range stance3NotApology {
		_, events, err := c.ExplainSpeaker(text, "2025-06-02", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if e.CAMEO == "055" {
				t.Errorf("%q: coded %s %s 055, no apology is made", text, e.Source, e.Target)
			}
		}
	}
}
