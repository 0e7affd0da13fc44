package coder

import (
	"strings"
	"testing"
)

// stance8Breadth holds sentences of our own for each class the eighth
// stance pass fixed (coder/stance8.go, dict/data/99-stance8.txt), in
// other words than the episodes O and P of analysis/arcs_stance8_test.go:
// a claim noun with a post-modifier called false in a fronted quote or
// before a trailing attribution; a passive postponement past a relative
// clause or a participle, in a statement's content, or announced with a
// trailing participle, aimed at the visitor when the visit was to the
// announcer's side; "his government" after a person's statement and a
// later subject; foreigners named by their trade released; a swap
// brokered by a third party. A want is "SRC TGT CODE"
// as in TestStanceBreadth.
var stance8Breadth = []struct{ text, want string }{
	// denials: the claim noun heads a subject with words after it
	{"'The accusations against our diplomats are groundless,' a Russian embassy spokeswoman told reporters in Prague.", "RUS * 016"},
	{"The reports about Pakistani drones over the border are pure fabrication, Pakistan's army said on Sunday.", "PAK * 016"},
	{"'The claims made by Kyiv are absurd,' the Belarusian defence minister said.", "BLR * 016"},
	// passive postponements and cancellations announced by the host
	{"A trip to Paris by the Algerian president, planned for May, has been postponed, French officials said.", "FRA DZA 16"},
	{"A visit to Belgrade by the Croatian prime minister that had been expected next month was called off, the Serbian government said.", "SRB HRV 16"},
	{"A state visit to Rome by the Egyptian president has been put off, Italian officials said on Friday, citing the unrest in Cairo.", "ITA EGY 16"},
	// "his government" is the person's who spoke, not the latest subject's
	{"The Kenyan president told reporters that Ugandan soldiers had crossed the border, the first time his government had confirmed the incursion.", "KEN * 015"},
	{"Nepal's prime minister told parliament that Chinese workers had built the road, and his government acknowledged the work had begun.", "NPL * 015"},
	{"Estonia recalled its envoy on Friday after the Russian foreign minister told reporters that his government would never apologise.", "RUS * 12"},
	// troops that would withdraw: an intent to de-escalate
	{"Armenia said its troops would pull back from the border villages next week.", "ARM * 0356"},
	{"Asked about the buffer zone, Kigali said they would withdraw once the talks resumed.", "RWA * 0356"},
	// regret for an act of one's own side named by its nationality; a
	// foreign envoy summoned in the passive, by the host
	{"Seoul expressed regret that South Korean fishermen had entered Russian waters.", "KOR * 055"},
	{"The Turkish ambassador in Athens was summoned to the Greek foreign ministry on Monday.", "GRC TUR 114"},
	{"Israel's envoy was summoned on Tuesday, the Irish foreign ministry said.", "IRL ISR 114"},
	// a flag state strips ships of their flag or registration (163)
	{"Liberia revoked the registration of two tankers linked to Russia's shadow fleet.", "LBR * 163"},
	// foreigners named by their trade released (the other side of a swap
	// is not coded: the annotators of wire5 leave it out)
	{"China released the two Canadian businessmen on Friday.", "CHN CAN 0841"},
	{"Russia released the American dual citizen in exchange for a Russian arms dealer jailed in the United States.", "RUS USA 0841"},
	{"Belarus released three Polish hikers on Thursday.", "BLR POL 0841"},
	// a swap brokered by a third party mediates between its sides
	{"Azerbaijan released five Armenian soldiers on Monday, in a swap brokered by the United Arab Emirates.", "ARE AZE 045"},
}

// stance8Not holds sentences near those classes that must not give the
// code named: a report released is no person freed, a visit postponed
// by the visitor's own side is not aimed at its host's own country.
var stance8Not = []struct{ text, code string }{
	{"Iran released a report on Monday about the engineers who built its dams.", "0841"},
	{"We hosted more than two million hikers last year.", "043"},
	{"Cuba sends its doctors and teachers around the world.", "0841"},
	{"The ministry stripped the captain of his command after the collision.", "163"},
	{"The Chinese government expressed regret that Japan had decided to release the water.", "055"},
	{"The rally demanded that Seoul force the foreign troops withdraw from the peninsula.", "087"},
	{"Once the peacekeepers have withdrawn, the government will take charge of security.", "087"},
}

// TestStance8Breadth checks the classes of the eighth stance pass on
// sentences other than the episodes': 19 of 19 (2 of 19 with the coder
// before the pass; of the first twelve, written after the first fixes, 9
// passed when written).
func TestStance8Breadth(t *testing.T) {
	c := builtinCoder(t)
	pass := breadthPasses(t, c, stance8Breadth, t.Errorf)
	t.Logf("stance breadth, eighth pass: %d of %d", pass, len(stance8Breadth))
	for _, tt := range stance8Not {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-02", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if strings.HasPrefix(e.CAMEO, tt.code) {
				t.Errorf("%q: got %s %s %s, want no %s", tt.text, e.Source, e.Target, e.CAMEO, tt.code)
			}
		}
	}
}
