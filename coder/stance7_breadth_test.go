package coder

import (
	"hash/crc32"
	"testing"
)

// stance7Breadth is the breadth tranche of the seventh stance pass
// (helper stance7): sixty single sentences of stance language — refusals
// to confirm or comment, denials, admissions and confirmations, regret and
// apologies, refusals to apologise, recalls, expulsions, downgrades and
// breaks of relations, postponed or cancelled visits and talks, a threat,
// plain "said that" claims — in many syntactic forms (passive, reported
// speech with "that", "neither confirmed nor denied", nominal acts such as
// "its denial that" or "the ministry's acknowledgment that", headlines),
// written in our own words (some on real rows of recent years, some
// invented between real states) and committed with their wants before the
// coder ran on them. The tranche is split by the parity of
// crc32(sentence): the even half is tune (its misses are read and fixed
// by class), the odd half is check (totals only). A want is "SRC TGT
// CODE" as in TestStanceBreadth.
var stance7Breadth = []struct{ text, want string }{
	// refusals to confirm or comment (011)
	{"The Hungarian government neither confirmed nor denied that it had received a request from Kyiv to open the border crossing.", "HUN * 011"},
	{"Asked about the arrest, a spokesman for the Iranian judiciary said he had no comment.", "IRN * 011"},
	{"No comment was immediately available from the Algerian foreign ministry.", "DZA * 011"},
	{"Beijing declined to comment on the reports, which could not be independently verified.", "CHN * 011"},
	{"The Kremlin refused to say whether Russian troops had been moved to the border with Finland.", "RUS * 011"},
	{"Officials at the Pakistani high commission in London did not respond to requests for comment.", "PAK * 011"},
	{"South Africa's foreign ministry would not confirm that the ship had loaded weapons at the naval base.", "ZAF * 011"},
	{"Turkey remained silent on Wednesday over claims that its drones had struck a Kurdish convoy in Syria.", "TUR * 011"},
	{"Seoul declines to confirm North Korean soldiers captured in Ukraine", "KOR * 011"},
	{"Washington's refusal to confirm the strike was criticised in Baghdad.", "USA * 011"},
	// denials (016)
	{"The Rwandan government has denied claims that it backs the M23 rebels.", "RWA * 016"},
	{"Claims that Serbian troops had massed on the border were denied by the defence ministry in Belgrade.", "SRB * 016"},
	{"Moscow's denial that its jets had violated Estonian airspace was rejected by Tallinn.", "RUS * 016"},
	{"China flatly denied hacking into the computers of the British Electoral Commission.", "CHN * 016"},
	{"India's army chief said reports of a clash with Chinese troops in Arunachal Pradesh were baseless.", "IND * 016"},
	{"Venezuela said it had not detained any Guyanese nationals.", "VEN * 016"},
	{"Belarus denies arming migrants at Polish border", "BLR * 016"},
	{"The Iranian foreign ministry rejected as groundless the American accusations that Iran had supplied drones to Russia.", "IRN * 016"},
	{"Officials in Kigali dismissed the UN report as biased and inaccurate.", "RWA * 016"},
	// admissions and confirmations (015)
	{"The Israeli military acknowledged on Sunday that its soldiers had mistakenly shot three hostages.", "ISR * 015"},
	{"In a rare admission, Moscow conceded that its air defences may have hit the Azerbaijani airliner.", "RUS * 015"},
	{"The Pentagon confirmed that a US drone had been brought down over the Black Sea after contact with a Russian jet.", "USA * 015"},
	{"Iran's admission that its forces had shot down the Ukrainian airliner came three days after the crash.", "IRN * 015"},
	{"The Turkish foreign ministry's acknowledgment that a Turkish drone had struck the village was welcomed in Baghdad.", "TUR * 015"},
	{"South Korea's military admitted it had failed to detect the North Korean drones for hours.", "KOR * 015"},
	{"It was confirmed by the Japanese coast guard that two of its vessels had been shadowed by Chinese ships.", "JPN * 015"},
	{"Ankara admits its jets struck Iraqi territory", "TUR * 015"},
	// apologies and regret (055)
	{"The German chancellor apologised to Namibia for the colonial-era killings of the Herero and Nama.", "DEU NAM 055"},
	{"The Pakistani government expressed regret to Iran over the deaths of civilians in the strikes.", "PAK IRN 055"},
	{"Malaysia's prime minister offered an apology to Singapore for the remarks of a minister.", "MYS SGP 055"},
	{"An apology was issued by the Serbian interior ministry to Croatia after police detained Croatian fans.", "SRB HRV 055"},
	{"Tokyo voiced regret that its patrol plane had flown close to the South Korean destroyer.", "JPN * 055"},
	{"Poland says sorry to Ukraine over wrongly detained lorry drivers", "POL UKR 055"},
	// refusals to apologise (12)
	{"The French president ruled out apologising to Algeria for colonisation.", "FRA DZA 12"},
	{"Britain has refused to apologise to India for the Amritsar massacre.", "GBR IND 12"},
	{"There will be no apology, the Azerbaijani president told reporters when asked about the shooting of the Armenian soldiers.", "AZE * 12"},
	{"Ankara refused on Tuesday to issue an apology to Moscow for the downing of the Su-24.", "TUR RUS 12"},
	{"The Chinese ambassador said Beijing owed Lithuania no apology.", "CHN LTU 12"},
	// recalls (16)
	{"Israel recalled its ambassador to Ireland for consultations on Tuesday.", "ISR IRL 16"},
	{"Niger's ambassador in Paris was recalled by the military government.", "NER FRA 16"},
	{"The recall of the Colombian ambassador from Buenos Aires was announced by the foreign ministry in Bogota.", "COL ARG 16"},
	{"Algeria recalls envoy to France over Sahara stance", "DZA FRA 16"},
	// expulsions (16)
	{"Germany expelled two Iranian diplomats after a death sentence was passed on a German-Iranian citizen.", "DEU IRN 16"},
	{"Four Russian diplomats were declared persona non grata by the Norwegian government.", "NOR RUS 16"},
	{"The expulsion of a Chinese diplomat by Canada drew a furious response from Beijing.", "CAN CHN 16"},
	{"Moldova ordered a Russian diplomat to leave within 72 hours.", "MDA RUS 16"},
	{"Niger gives French ambassador 48 hours to leave", "NER FRA 16"},
	// downgrades and breaks of relations (16)
	{"Bolivia severed diplomatic relations with Israel on Tuesday over the war in Gaza.", "BOL ISR 16"},
	{"Relations with Guatemala were downgraded by Belize after the border incident.", "BLZ GTM 16"},
	{"Chad's decision to end its defence cooperation with France surprised diplomats.", "TCD FRA 16"},
	{"Mali cut diplomatic ties with Ukraine on Sunday, accusing Kyiv of backing the rebels.", "MLI UKR 16"},
	{"Venezuela suspended diplomatic relations with Peru after Lima recognised the opposition candidate.", "VEN PER 16"},
	// postponed or cancelled visits and talks (16)
	{"US President Donald Trump called off his visit to Denmark after the Danish prime minister refused to discuss selling Greenland.", "USA DNK 16"},
	{"Japan postponed a three-way summit with China and South Korea.", "JPN * 16"},
	{"The Philippine foreign secretary's trip to Beijing was cancelled by Manila after the water-cannon attack.", "PHL CHN 16"},
	{"Talks between Egypt and Ethiopia on the dam were suspended by Cairo.", "EGY ETH 16"},
	{"Seoul postpones defence talks with Tokyo", "KOR JPN 16"},
	// plain claims about the other side (01) and a threat (13)
	{"The Greek coast guard said on Friday that a Turkish patrol boat had harassed a Greek fishing vessel near Imia.", "GRC TUR 01"},
	{"Lithuania's border guard service said that Belarusian officers had pushed migrants across the frontier.", "LTU BLR 01"},
	{"Canada threatened to expel more Indian diplomats if New Delhi did not cooperate.", "CAN IND 13"},
}

// stance7Half returns the tune (even crc32 of the sentence) or check
// (odd) half of stance7Breadth.
func stance7Half(check bool) []struct{ text, want string } {
	var half []struct{ text, want string }
	for _, s := range stance7Breadth {
		if (crc32.ChecksumIEEE([]byte(s.text))%2 == 1) == check {
			half = append(half, s)
		}
	}
	return half
}

// stance7 floors: the least sentences of each half whose want must be
// found (tune: 14 of 26 before the pass, 22 after; check: 27 of 34 before,
// 30 after, its misses unread).
const (
	stance7TuneFloor  = 22
	stance7CheckFloor = 30
)

// TestStance7BreadthTune scores the tune half and lists its misses.
func TestStance7BreadthTune(t *testing.T) {
	checkBreadth(t, "stance breadth, seventh pass, tune", stance7Half(false), stance7TuneFloor)
}

// TestStance7BreadthCheck scores the check half and prints its total only.
func TestStance7BreadthCheck(t *testing.T) {
	half := stance7Half(true)
	pass := breadthPasses(t, builtinCoder(t), half, func(string, ...any) {})
	t.Logf("stance breadth, seventh pass, check: %d of %d", pass, len(half))
	if pass < stance7CheckFloor {
		t.Errorf("stance breadth, seventh pass, check: %d of %d, below the floor of %d", pass, len(half), stance7CheckFloor)
	}
}
