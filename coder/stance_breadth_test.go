package coder

import (
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// TestStanceBreadth checks the usual ways governments deny (016), decline or
// hedge (011), acknowledge (015) and apologise (055), and the usual forms of
// downgrading or breaking relations (16x) and of threatening to (13), in
// sentences written for this test. Each want is "SRC TGT CODE": the
// source's country, the target's country ("---" for none, "*" for any: a
// target annotators would not agree on) and a prefix of the CAMEO code. The
// want must be found; other events are allowed when they are not of the
// same source with another root of these classes.
func TestStanceBreadth(t *testing.T) {
	c := builtinCoder(t)
	// known misses, logged and not asserted: "admitted to" after a
	// subject is read as the participle of "admitted to hospital"; a
	// participle after a verb the lexicon does not know has no subject;
	// "froze" before an adjective is tagged as one
	known := []struct{ text, want string }{
		{"Beijing froze high-level exchanges with Vilnius.", "CHN LTU 16"},
		{"Seoul backtracked on its denial on Thursday, admitting that its navy had fired warning shots.", "KOR * 015"},
		{"The Sudanese army admitted to carrying out the air strike.", "SDN * 015"},
	}
	for _, tt := range known {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-02", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("known miss %q: found %v", tt.text, wantFound(events, tt.want))
	}
	tests := []struct{ text, want string }{
		// denials
		{"The Kremlin dismissed the reports as baseless.", "RUS --- 016"},
		{"Tehran categorically rejected the reports that it had supplied missiles to the rebels.", "IRN * 016"},
		{"A spokesman for the Serbian government said the allegations were nothing but fabrication.", "SRB --- 016"},
		{"The Rwandan army said there were no such troops on Congolese soil.", "RWA * 016"},
		{"Pakistan flatly denied that its aircraft had entered Afghan airspace.", "PAK * 016"},
		{"Moscow described the accusations as absurd.", "RUS --- 016"},
		{"Beijing said the report was a lie.", "CHN --- 016"},
		{"Israel's military said the story was completely untrue.", "ISR --- 016"},
		{"Caracas branded the accusations a fabrication.", "VEN --- 016"},
		{"The Egyptian government strongly denied any involvement in the attack.", "EGY --- 016"},
		{"Minsk called the allegations fake news.", "BLR --- 016"},
		{"Hungary's foreign minister said reports of a secret deal with Russia were false.", "HUN * 016"},
		{"Iran's foreign ministry spokesman rejected the charges out of hand.", "IRN --- 016"},
		// declining, hedging
		{"The Pentagon declined to comment on the report.", "USA --- 011"},
		{"A Kremlin spokesman would not be drawn on whether Russian troops were involved.", "RUS * 011"},
		{"The Japanese defence ministry said it had no information to share.", "JPN --- 011"},
		{"Asked about the strike, the Turkish foreign minister neither confirmed nor denied it.", "TUR --- 011"},
		{"'It is not our practice to comment on intelligence matters,' a British government spokesman said.", "GBR --- 011"},
		{"The French foreign ministry referred questions to the defence ministry.", "FRA --- 011"},
		{"The South African government refused to say whether it had received the request.", "ZAF --- 011"},
		{"Germany's chancellor declined to speculate on the cause of the blast.", "DEU --- 011"},
		{"The Kenyan police had no comment on the arrests.", "KEN --- 011"},
		{"Seoul remained tight-lipped about the talks.", "KOR --- 011"},
		// acknowledging
		{"Russia admitted that its missile had hit the building.", "RUS * 015"},
		{"The Saudi government confirmed for the first time that its jets had struck the convoy.", "SAU * 015"},
		{"Ankara acknowledged that Turkish troops had crossed into Iraq.", "TUR * 015"},
		{"The Iranian military took responsibility for shooting down the airliner.", "IRN * 015"},
		{"Washington conceded that the drone strike had killed civilians.", "USA * 015"},
		{"India accepted responsibility for the accidental missile launch into Pakistan.", "IND * 015"},
		// apologising
		{"Japan apologised to South Korea for the remarks.", "JPN KOR 055"},
		{"The Greek prime minister offered an apology to Turkey over the incident.", "GRC TUR 055"},
		{"The German government issued a formal apology to Namibia.", "DEU NAM 055"},
		// downgrading and breaking relations
		{"Ecuador recalled its ambassador from Mexico.", "ECU MEX 16"},
		{"Lithuania expelled three Russian diplomats.", "LTU RUS 16"},
		{"Canada closed its embassy in Tehran.", "CAN IRN 16"},
		{"Morocco severed diplomatic ties with Iran.", "MAR IRN 16"},
		{"Bolivia broke off relations with Israel.", "BOL ISR 16"},
		{"Estonia declared a Russian diplomat persona non grata.", "EST RUS 16"},
		{"The Philippines suspended military cooperation with China.", "PHL CHN 16"},
		{"Kenya cancelled a summit with Somalia.", "KEN SOM 16"},
		{"Sweden ordered two Iranian diplomats to leave the country.", "SWE IRN 16"},
		{"Algeria withdrew its ambassador to Spain.", "DZA ESP 16"},
		{"Ukraine cut diplomatic ties with Iran.", "UKR IRN 16"},
		{"Chad ordered the German ambassador to leave within 48 hours.", "TCD DEU 16"},
		{"Argentina pulled its diplomats out of Venezuela.", "ARG VEN 16"},
		{"Latvia downgraded its embassy in Moscow to the level of a charge d'affaires.", "LVA RUS 16"},
		// threatening to
		{"Colombia threatened to break off diplomatic relations with Israel.", "COL ISR 13"},
		{"Ankara warned that it could recall its ambassador from Washington.", "TUR USA 13"},
		// second tranche, written after the first was fixed
		{"The Iraqi government said it had nothing to do with the rocket attack.", "IRQ * 016"},
		{"Damascus said its forces had played no role in the ambush.", "SYR * 016"},
		{"The Sudanese army rubbished the reports of a massacre.", "SDN --- 016"},
		{"Kigali scoffed at the accusations.", "RWA --- 016"},
		{"Azerbaijan's foreign ministry said the claims were 'absolutely groundless'.", "AZE --- 016"},
		{"The Greek government said it could not confirm the reports.", "GRC --- 011"},
		{"A Kremlin spokesman said Moscow was not in a position to comment on the matter.", "RUS --- 011"},
		{"Japan said it was sorry for the collision with the South Korean fishing boat.", "JPN * 055"},
		{"Tokyo expressed regret to Beijing for the collision.", "JPN CHN 055"},
		{"Hungary suspended diplomatic relations with Ukraine.", "HUN UKR 16"},
		{"Kosovo froze all contacts with Serbia.", "KSV SRB 16"},
		{"Peru broke diplomatic relations with Venezuela.", "PER VEN 16"},
		{"Guatemala shut its embassy in Managua.", "GTM NIC 16"},
		{"Mali withdrew its diplomatic staff from Algeria.", "MLI DZA 16"},
		{"Burkina Faso ended diplomatic relations with Taiwan.", "BFA TWN 16"},
		{"India called off the summit with Pakistan.", "IND PAK 16"},
		{"The Czech government threatened to expel Russian diplomats.", "CZE RUS 13"},
		{"Warsaw warned it would cut ties with Minsk.", "POL BLR 13"},
		// third tranche: passives, fronted content, attribution, reversals
		{"The allegations were dismissed by Moscow as baseless.", "RUS --- 016"},
		{"The claims are completely false, the Russian foreign ministry said on Friday.", "RUS --- 016"},
		{"There were no Russian troops in the region, according to a Kremlin spokesman.", "RUS * 016"},
		{"'These are lies,' the Chinese ambassador told reporters.", "CHN --- 016"},
		{"In a statement, Iran's foreign ministry denied that it had supplied drones to Russia.", "IRN * 016"},
		{"The Turkish defence ministry denied the report, calling it a fabrication.", "TUR --- 016"},
		{"Moscow dismissed the allegations, saying there were no Russian soldiers in Mali.", "RUS * 016"},
		{"Asked about the report, a spokesman for the Indian foreign ministry said he had no information.", "IND --- 011"},
		{"The White House would not say whether the president had approved the strike.", "USA --- 011"},
		{"Israel did not comment on the report, as is its practice.", "ISR --- 011"},
		{"The Chinese foreign ministry said it was not aware of the situation.", "CHN --- 011"},
		{"Pyongyang has made no comment on the launch.", "PRK --- 011"},
		{"Ankara offered no comment.", "TUR --- 011"},
		{"Moscow confirmed that its troops had entered the town.", "RUS * 015"},
		{"The Pentagon acknowledged the strike killed ten civilians.", "USA * 015"},
		{"For the first time, Tehran admitted supplying drones to Russia.", "IRN * 015"},
		{"Beijing has since conceded that the vessel belonged to its coast guard.", "CHN * 015"},
		{"The Israeli military said it had mistakenly struck the aid convoy and took full responsibility.", "ISR * 015"},
		{"Russia's defence ministry owned up to the error.", "RUS --- 015"},
		{"Tokyo reversed its earlier denial and confirmed that its jets had been involved.", "JPN * 015"},
		{"The Indonesian president sent a letter of apology to Malaysia.", "IDN MYS 055"},
		{"The Polish president asked forgiveness from Lithuania for the incident.", "POL LTU 055"},
		{"The Turkish president ruled out an apology to Russia.", "TUR RUS 12"},
		{"Japan rejected calls for an apology.", "JPN --- 12"},
		{"Nicaragua expelled the Vatican's ambassador.", "NIC VAT 16"},
		{"Tanzania summoned home its high commissioner in Kenya.", "TZA KEN 16"},
		{"Madrid withdrew its ambassador from Buenos Aires indefinitely.", "ESP ARG 16"},
		{"Ivory Coast postponed the summit with Burkina Faso.", "CIV BFA 16"},
		{"Egypt scrapped a planned visit by the Turkish foreign minister.", "EGY TUR 16"},
		{"Jordan expelled the Israeli ambassador and recalled its own envoy from Tel Aviv.", "JOR ISR 16"},
		{"Lithuania downgraded diplomatic relations with China to the level of charge d'affaires.", "LTU CHN 16"},
		{"Brazil threatened to recall its ambassador to Israel.", "BRA ISR 13"},
		// fourth tranche: appositions, quotes inside, negated content,
		// wire boilerplate, more downgrades and threats
		{"Maria Zakharova, a spokeswoman for the Russian foreign ministry, told reporters the story was pure fiction.", "RUS --- 016"},
		{"Beijing rejected Manila's accusation as slander.", "CHN PHL 016"},
		{"Moscow insisted it had no troops in Moldova.", "RUS * 016"},
		{"The Kenyan government insisted that none of its soldiers were involved.", "KEN --- 016"},
		{"Armenia called the report 'a lie from start to finish'.", "ARM --- 016"},
		{"There was no immediate comment from the Chinese foreign ministry.", "CHN --- 011"},
		{"Officials in Tehran were not immediately available for comment.", "IRN --- 011"},
		{"Syria's defence ministry confirmed the deaths of three soldiers in the Israeli strike.", "SYR * 015"},
		{"Niger gave the French ambassador 48 hours to leave the country.", "NER FRA 16"},
		{"The Algerian foreign ministry told two Moroccan diplomats to leave the country.", "DZA MAR 16"},
		{"Libya suspended the work of its embassy in Malta.", "LBY MLT 16"},
		{"Serbia broke off talks with Kosovo.", "SRB KSV 16"},
		{"Chile cancelled the visit of the Bolivian president.", "CHL BOL 16"},
		{"Ghana warned Togo that it would expel its diplomats.", "GHA TGO 13"},
		{"Indonesia said it could sever diplomatic relations with Australia.", "IDN AUS 13"},
		{"Ecuador threatened to close the Mexican embassy in Quito.", "ECU MEX 13"},
		// fifth tranche: denials and hedges as nouns and checks
		{"The Vietnamese foreign ministry repeated its denial on Monday.", "VNM --- 016"},
		{"Riyadh issued a categorical denial of the report.", "SAU --- 016"},
		{"Manila stood by its denial that its coast guard had rammed the boat.", "PHL * 016"},
		{"The Thai government said it was looking into the reports.", "THA --- 011"},
		{"Canada's foreign ministry said it was checking the information.", "CAN --- 011"},
		{"Ottawa broke its silence on Tuesday, confirming that two Canadians had been detained in China.", "CAN * 015"},
		{"Nigeria's army refused to confirm or deny the reports.", "NGA --- 011"},
		{"The Omani government would not confirm or deny that talks had taken place.", "OMN --- 011"},
		// sixth tranche: passives and other objects of downgrades, talks
		// halted, first admissions
		{"Russia's ambassador was expelled by Poland on Monday.", "POL RUS 16"},
		{"Poland expelled the ambassador of Belarus.", "POL BLR 16"},
		{"Pakistan pulled out of the summit with India.", "PAK IND 16"},
		{"Ethiopia suspended talks with Egypt over the dam.", "ETH EGY 16"},
		{"The Iranian delegation walked out of the talks with France.", "IRN FRA 16"},
		{"Moscow publicly acknowledged for the first time that its troops were fighting in Syria.", "RUS * 015"},
		{"The Egyptian government admitted responsibility for the crash.", "EGY --- 015"},
		{"Tehran threatened retaliation against Israel.", "IRN ISR 13"},
		{"Serbia and Croatia expelled each other's diplomats.", "SRB HRV 16"},
		// seventh tranche: quoted words inside the content
		{"The Kremlin said it would not comment on the report.", "RUS --- 011"},
		{"'We have no information about this,' a Turkish defence ministry official said.", "TUR --- 011"},
		{"The Japanese government said the report was 'groundless'.", "JPN --- 016"},
		{"Moscow called the accusations 'absurd'.", "RUS --- 016"},
		{"Seoul flatly rejected Pyongyang's claim that its warship had crossed the line.", "KOR PRK 016"},
		{"New Delhi termed the reports baseless.", "IND --- 016"},
		{"The Iranian foreign ministry described the report as baseless.", "IRN --- 016"},
	}
	pass := breadthPasses(t, c, tests, t.Errorf)
	t.Logf("stance breadth: %d of %d", pass, len(tests))
}

// checkBreadth scores a breadth tranche, logs its misses and its total
// under label, and fails below floor.
func checkBreadth(t *testing.T, label string, tranche []struct{ text, want string }, floor int) {
	t.Helper()
	pass := breadthPasses(t, builtinCoder(t), tranche, t.Logf)
	t.Logf("%s: %d of %d", label, pass, len(tranche))
	if pass < floor {
		t.Errorf("%s: %d of %d, below the floor of %d", label, pass, len(tranche), floor)
	}
}

// breadthPasses codes each sentence as a wire report of 2025-06-02 and
// counts those that yield their wanted event; each miss goes to report.
func breadthPasses(t *testing.T, c *Coder, tranche []struct{ text, want string }, report func(format string, args ...any)) int {
	t.Helper()
	return wantPasses(t, c, "2025-06-02", "wire", tranche, report)
}

// wantPasses codes each sentence as a document of date and source and
// counts those that yield their wanted event ("SRC TGT CODE", see
// wantFound; "" wants no event at all); each miss goes to report.
func wantPasses(t *testing.T, c *Coder, date, source string, cases []struct{ text, want string }, report func(format string, args ...any)) int {
	t.Helper()
	pass := 0
	for _, tt := range cases {
		_, events, err := c.ExplainSpeaker(tt.text, date, source, "", false)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" && len(events) == 0 || tt.want != "" && wantFound(events, tt.want) {
			pass++
			continue
		}
		got := eventLines(events)
		want := tt.want
		if want == "" {
			want = "no event"
		}
		report("miss %q: want %s, got %q", tt.text, want, got)
	}
	return pass
}

// checkWant fails t unless the events of text meet want: "-" (no event at
// all), "!SRC TGT CODE" (no such event) or "SRC TGT CODE" (such an event;
// see wantFound).
func checkWant(t *testing.T, text, want string, events []demarche.Event) {
	t.Helper()
	got := eventLines(events)
	switch {
	case want == "-":
		if len(events) > 0 {
			t.Errorf("%q: want no event, got %q", text, got)
		}
	case strings.HasPrefix(want, "!"):
		if wantFound(events, want[1:]) {
			t.Errorf("%q: want no %s, got %q", text, want[1:], got)
		}
	case !wantFound(events, want):
		t.Errorf("%q: want %s, got %q", text, want, got)
	}
}

// checkWantAbsent checks that an event matches want ("SRC TGT CODE", none
// when "") and that no event's code begins with absent (none when "").
func checkWantAbsent(t *testing.T, text, want, absent string, events []demarche.Event) {
	t.Helper()
	for _, e := range events {
		if absent != "" && strings.HasPrefix(e.CAMEO, absent) {
			t.Errorf("%q: want no %s event, got %s %s %s", text, absent, e.Source, e.Target, e.CAMEO)
		}
	}
	if want != "" && !wantFound(events, want) {
		t.Errorf("%q: want %s, got %q", text, want, eventLines(events))
	}
}

// wantFound reports whether an event matches want ("SRC TGT CODE", TGT "*"
// for any target).
func wantFound(events []demarche.Event, want string) bool {
	f := strings.Fields(want)
	for _, e := range events {
		if !strings.HasPrefix(e.Source, f[0]) || !strings.HasPrefix(e.CAMEO, f[2]) {
			continue
		}
		switch {
		case f[1] == "*", strings.HasPrefix(e.Target, f[1]):
			return true
		case f[1] == "---" && e.Target == "":
			return true
		}
	}
	return false
}
