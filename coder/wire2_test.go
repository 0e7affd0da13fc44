package coder

import (
	"sort"
	"strings"
	"testing"
)

// wireCase is a wire-news sentence written for the tests, with the events
// the coding guide gives it, each "SRC TGT ROOT" (country prefixes of the
// actor codes and the CAMEO root, as the evaluation matches events).
type wireCase struct {
	name, text string
	want       []string
}

// wireForce covers the roots of material conflict (13 to 20) and the stance
// constructions of wire reports (deny, refuse to confirm, acknowledge,
// regret, downgrade, expel diplomats, postpone a visit, "the ministry said
// on Friday that …").
var wireForce = []wireCase{
	// 13 threaten
	{"threaten to strike", "North Korea threatened on Tuesday to strike American bases on Guam.", []string{"PRK USA 13"}},
	{"warn of consequences", "Russia warned Ukraine of grave consequences if it joined the alliance.", []string{"RUS UKR 13"}},
	{"threaten to close", "Iran threatened to close the Strait of Hormuz.", []string{"IRN --- 13"}},
	{"ultimatum", "Pyongyang issued an ultimatum to Seoul over the loudspeakers on the border.", []string{"PRK KOR 13"}},
	// 14 protest
	{"rally against", "Thousands of South Koreans rallied outside the U.S. embassy against the missile shield.", []string{"KOR USA 14"}},
	{"demonstrate against government", "Venezuelan students demonstrated in Caracas against the government of Nicolas Maduro.", []string{"VEN VEN 14"}},
	{"hunger strike", "Belarusian opposition activists began a hunger strike on Monday.", []string{"BLR --- 14"}},
	// 15 force posture
	{"mass troops", "Russia massed troops on its border with Ukraine.", []string{"RUS UKR 15"}},
	{"deploy warships", "China deployed warships near the disputed islands on Friday.", []string{"CHN --- 15"}},
	{"high alert", "Japan put its forces on high alert on Tuesday.", []string{"JPN --- 15"}},
	// 16 reduce relations
	{"expel diplomats", "Poland expelled 45 Russian diplomats on Wednesday.", []string{"POL RUS 16"}},
	{"recall ambassador", "Morocco recalled its ambassador from Germany.", []string{"MAR DEU 16"}},
	{"recall ambassador, capital", "Ankara recalled its ambassador to Vienna for consultations.", []string{"TUR AUT 16"}},
	{"sever ties", "Saudi Arabia severed diplomatic ties with Qatar on Monday.", []string{"SAU QAT 16"}},
	{"break off relations", "Ukraine broke off diplomatic relations with Russia.", []string{"UKR RUS 16"}},
	{"suspend aid", "The European Union suspended its aid to Niger after the coup.", []string{"IGO NER 16"}},
	{"announce asset freezes", "The Canadian government announced asset freezes against four senior officers of the Russian army.", []string{"CAN RUS 16"}},
	{"impose sanctions", "Washington imposed new sanctions on Moscow on Thursday.", []string{"USA RUS 16"}},
	{"downgrade relations", "Lithuania downgraded its diplomatic relations with China.", []string{"LTU CHN 16"}},
	{"postpone visit", "The Chinese president postponed his visit to Pyongyang.", []string{"CHN PRK 16"}},
	// 17 coerce
	{"seize tanker", "Iranian forces seized a British tanker in the Gulf on Friday.", []string{"IRN GBR 17"}},
	{"arrest journalist", "Russian police arrested an American journalist in Yekaterinburg.", []string{"RUS USA 17"}},
	{"detain citizens", "China detained two Canadian citizens on spying charges.", []string{"CHN CAN 17"}},
	{"deport refugees", "Turkey deported dozens of Syrian refugees last week.", []string{"TUR SYR 17"}},
	// 18 assault
	{"kill police", "Taliban fighters killed eight Afghan police officers in Kunduz.", []string{"AFG AFG 18"}},
	{"kidnap soldier", "Hamas militants kidnapped an Israeli soldier near the border.", []string{"PSE ISR 18"}},
	// 19 fight
	{"air strikes", "Israeli jets struck targets in Gaza on Saturday.", []string{"ISR PSE 19"}},
	{"shelling", "Russian artillery shelled the Ukrainian city of Kharkiv overnight.", []string{"RUS UKR 19"}},
	{"exchange fire", "Indian and Pakistani troops exchanged fire across the Line of Control.", []string{"IND PAK 19", "PAK IND 19"}},
	{"clash", "Armenian and Azerbaijani forces clashed on the border on Tuesday.", []string{"ARM AZE 19", "AZE ARM 19"}},
	{"engage in a firefight, trailing attribution", "Somali troops engaged Kenyan police in a gun battle near the border, regional officials said.", []string{"SOM KEN 19"}},
	{"invade", "Turkish troops invaded northern Syria in October.", []string{"TUR SYR 19"}},
	{"bomb positions", "Saudi warplanes bombed Houthi positions in Yemen.", []string{"SAU YEM 19"}},
	// 20 mass violence
	{"chemical weapons", "Syrian government forces used chemical weapons against Syrian civilians.", []string{"SYR SYR 20"}},
	{"massacre", "The Myanmar army massacred Rohingya villagers in Rakhine.", []string{"MMR MMR 20"}},
	// stance
	{"deny accusation", "The Kremlin denied Kyiv's accusation that Russian troops had crossed the border.", []string{"RUS UKR 01"}},
	{"refuse to confirm", "Israel refused to confirm that it had carried out the strike in Syria.", []string{"ISR SYR 01"}},
	{"acknowledge shooting down", "Iran acknowledged that its military had shot down the Ukrainian airliner.", []string{"IRN UKR 01", "IRN UKR 19"}},
	{"regret decision", "South Korea expressed regret over Japan's decision to restrict exports.", []string{"KOR JPN 01"}},
	{"ministry said that", "India's foreign ministry said on Friday that Pakistan had violated the ceasefire.", []string{"IND PAK 01", "PAK --- 19"}},
	{"lodge protest", "China lodged a strong protest with Japan over the visit.", []string{"CHN JPN 11"}},
	{"call off talks", "Seoul called off the talks with Tokyo on Sunday.", []string{"KOR JPN 16"}},
}

// wireFresh was written after the fixes that wireForce led to, and scored
// before any change for it: 7 of 15 exact then. Two golds were then
// corrected by the guide (", the Indian army said" is the army's statement;
// a missile launch is a show of force, 15) and four general fixes made
// (strikes on "Hamas targets", "warning shots", an admission about the other
// state, Tigrayan): 12 of 15. The failures are known gaps ("the ministry in
// Tokyo", a regret with its own capital); a pronoun object ("accusing
// them") then took the earlier target: 13 of 15.
var wireFresh = []wireCase{
	{"deny reports", "Seoul denies reports of secret talks with Pyongyang", []string{"KOR PRK 01"}},
	{"decline to say", "The foreign ministry in Tokyo declined to say whether Japan had lodged a protest with Beijing.", []string{"JPN CHN 01"}},
	{"admit firing", "Manila admitted on Thursday that its coast guard had fired warning shots at a Chinese vessel.", []string{"PHL CHN 01", "PHL CHN 19"}},
	{"regretted, own capital", "Vietnam's foreign ministry spokeswoman said on Thursday that Hanoi regretted the incident.", []string{"VNM --- 01"}},
	{"postponed visit", "The Dutch government said on Monday it had postponed the visit of its trade minister to Ankara.", []string{"NLD TUR 16"}},
	{"expel, accusing them", "Azerbaijan expelled two Iranian diplomats on Sunday, accusing them of espionage.", []string{"AZE IRN 16", "AZE IRN 11"}},
	{"shelled, army said", "Pakistani troops shelled Indian border posts in Kashmir on Tuesday, the Indian army said.", []string{"PAK IND 19", "IND PAK 01"}},
	{"detain reporter", "Turkish police detained a German reporter at Istanbul airport.", []string{"TUR DEU 17"}},
	{"seize ships", "Russian forces seized three Ukrainian navy ships near the Kerch Strait.", []string{"RUS UKR 17"}},
	{"attack positions of a people", "Ethiopian federal troops attacked positions held by Tigrayan forces.", []string{"ETH ETH 19"}},
	{"missile launch", "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.", []string{"PRK --- 15"}},
	{"march against", "Protesters in Hong Kong marched against the extradition bill on Sunday.", []string{"HKG --- 14"}},
	{"warn to crush", "China's defence ministry warned Taiwan that it would crush any independence moves.", []string{"CHN TWN 13"}},
	{"recall envoy", "Kenya recalled its ambassador to Somalia for consultations on Tuesday.", []string{"KEN SOM 16"}},
	{"army said its aircraft struck", "Israel's army said on Saturday that its aircraft had struck Hamas targets in Gaza.", []string{"ISR PSE 19"}},
}

// wireFreshFloor is how many wireFresh sentences must be coded exactly.
const wireFreshFloor = 13

// codeWire codes a wire sentence and returns its events as sorted "SRC TGT
// ROOT" triples with country prefixes.
func codeWire(t *testing.T, c *Coder, text string) []string {
	t.Helper()
	_, events, err := c.ExplainSpeaker(text, "2019-08-20", "wire", "", false)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var got []string
	for _, e := range events {
		k := e.Source[:min(3, len(e.Source))] + " " + e.Target[:min(3, len(e.Target))] + " " + e.CAMEO[:min(2, len(e.CAMEO))]
		if !seen[k] {
			seen[k] = true
			got = append(got, k)
		}
	}
	sort.Strings(got)
	return got
}

// TestWireForce checks the conflict and stance sentences: each must give
// exactly its events (root and dyad, duplicates of one pair and root
// merged as the evaluation merges them).
func TestWireForce(t *testing.T) {
	c := builtinCoder(t)
	pass := 0
	for _, tt := range wireForce {
		want := append([]string(nil), tt.want...)
		sort.Strings(want)
		got := codeWire(t, c, tt.text)
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, want)
			continue
		}
		pass++
	}
	t.Logf("wire: %d of %d sentences coded exactly", pass, len(wireForce))
}

// TestWireFresh scores the sentences written after the fixes: it logs the
// misses and fails below its floor.
func TestWireFresh(t *testing.T) {
	c := builtinCoder(t)
	pass := 0
	for _, tt := range wireFresh {
		want := append([]string(nil), tt.want...)
		sort.Strings(want)
		got := codeWire(t, c, tt.text)
		if strings.Join(got, "; ") == strings.Join(want, "; ") {
			pass++
			continue
		}
		t.Logf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, want)
	}
	t.Logf("fresh wire: %d of %d sentences coded exactly (floor %d)", pass, len(wireFresh), wireFreshFloor)
	if pass < wireFreshFloor {
		t.Errorf("fresh wire sentences: %d exact, below the floor %d", pass, wireFreshFloor)
	}
}

// TestWireWeapons checks strikes and missiles named as the subject: the state
// whose adjective they carry uses force (195), whatever the verb says.
func TestWireWeapons(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range []wireCase{
		{"air strike killed", "An Israeli air strike killed five Palestinians in Gaza on Monday.", []string{"ISR PSE 19"}},
		{"missiles hit", "Russian missiles hit the Ukrainian port of Odesa overnight.", []string{"RUS UKR 19"}},
		{"ground offensive", "The Turkish army launched a ground offensive against Kurdish militants in northern Iraq.", []string{"TUR IRQ 19"}},
		// the protesters are placed by the city (coder/located.go)
		{"tear gas", "Indian police fired tear gas at protesters in Srinagar.", []string{"IND IND 17"}},
		{"recapture", "Iraqi forces recaptured the city of Mosul from Islamic State.", []string{"IRQ IMG 19"}},
		// the repelled attack is Russia's, reported as a fact (wireroots.go,
		// as wire8's annotators code "repelling a Russian air attack")
		{"repel", "Ukraine's army repelled a Russian attack near the border.", []string{"RUS UKR 19", "UKR RUS 19"}},
		{"denied content", "Turkey denied that its jets had violated Greek airspace.", []string{"TUR GRC 01"}},
		{"hit out at", "China hit out at Japan on Monday over the visit.", []string{"CHN JPN 11"}},
	} {
		want := append([]string(nil), tt.want...)
		sort.Strings(want)
		if got := codeWire(t, c, tt.text); strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, want)
		}
	}
}
