package coder

import (
	"strings"
	"testing"
)

// wire4 was written for the second wire pass, before the coder was run on
// it, to exercise in forms other than wire3's the classes of wire3's
// remaining tune misses: generic persons and groups as targets of a state
// organ acting at home ("the country's" after a subject naming the
// subject's country, a place giving the country of soldiers and their
// captive); nominal events with two sides as subjects ("clashes between
// police and protesters in …", "fighting between the army and rebels",
// "talks between A and B"); a place as where forces withdraw from or where
// people cross from; and names that are not their country ("the South
// China Sea", "anti-Israeli"). Each want is "SRC TGT ROOT", as codeWire
// gives them.
//
// Measured 2026-12-06: 3 of 30 coded exactly before the fixes of
// coder/wireplaces.go and dict/data/62-wire-targets.txt, 25 of 30 after.
var wire4 = []wireCase{
	// state organs acting at home on generic persons and groups
	{"court sentences activist", "A Moscow court sentenced an opposition activist to eight years in a penal colony.", []string{"RUS RUS 11"}},
	{"authorities detain blogger", "Egyptian authorities detained a prominent blogger on Tuesday.", []string{"EGY EGY 17"}},
	{"outlaw the country's party", "Nicaragua outlawed the country's largest opposition party on Friday.", []string{"NIC NIC 17"}},
	{"court dissolves party", "Cambodia's supreme court dissolved the main opposition party.", []string{"KHM KHM 17"}},
	{"troops detain premier, place", "Troops detained the prime minister at his residence in Khartoum.", []string{"SDN SDN 17"}},
	{"mutineers seize president, place", "Mutinous soldiers seized the president at a barracks outside Bamako.", []string{"MLI MLI 17"}},
	{"police detain relatives", "Chinese police detained several relatives of an exiled dissident.", []string{"CHN CHN 17"}},
	{"court sentences novelist", "A Turkish court sentenced a famous novelist to life in prison.", []string{"TUR TUR 11"}},
	{"arrest the country's former premier", "Pakistan arrested the country's former prime minister on corruption charges.", []string{"PAK PAK 17"}},
	{"police detain opposition leader", "Tanzanian police detained the leader of the main opposition party and dozens of his supporters.", []string{"TZA TZA 17"}},
	// nominal events with two sides
	{"clashes between police and protesters", "Clashes between police and protesters in Dhaka left at least five people dead.", []string{"BGD BGD 14"}},
	{"fighting between army and insurgents", "Fighting between the army and Islamist insurgents in northern Mozambique displaced thousands of families.", []string{"MOZ MOZ 19"}},
	{"talks between army and paramilitaries", "Talks between the Sudanese army and the paramilitary Rapid Support Forces resumed in Jeddah on Saturday.", []string{"SDN SDN 04"}},
	{"fighting between two states' troops", "Heavy fighting between Armenian and Azerbaijani troops broke out along the border.", []string{"ARM AZE 19", "AZE ARM 19"}},
	{"talks between two states", "Talks between Ethiopia and Egypt over the Nile dam ended without agreement.", []string{"EGY ETH 04", "ETH EGY 04"}},
	{"clashes between army and rebels, place", "Fierce clashes between the Congolese army and M23 rebels near Goma killed dozens of people.", []string{"COD COD 19"}},
	{"talks between two states, place", "Talks between Greece and Turkey on maritime borders resumed in Athens.", []string{"GRC TUR 04", "TUR GRC 04"}},
	{"clashes between rival militias", "Clashes between rival militias in Tripoli killed at least 27 people.", []string{"LBY LBY 19"}},
	// where forces withdraw from, where people cross from
	{"pull out of a camp", "Israeli troops pulled out of the Jenin refugee camp after a two-day raid.", []string{"ISR PSE 08"}},
	{"pull back from the capital", "Russian troops pulled back from positions near the Ukrainian capital Kyiv.", []string{"RUS UKR 08"}},
	{"turn back migrants crossing from", "Polish soldiers turned back a group of migrants who tried to cross from Belarus.", []string{"POL BLR 17"}},
	{"intercept migrants from", "Greek coast guards intercepted a boat carrying migrants from Turkey.", []string{"GRC TUR 17"}},
	{"pull out of a region", "Eritrean forces pulled out of the Tigray region of Ethiopia.", []string{"ERI ETH 08"}},
	{"retreat from a city", "Russian forces retreated from the city of Izium in the Kharkiv region.", []string{"RUS UKR 08"}},
	{"stop asylum seekers arriving from", "Finnish border guards stopped asylum seekers arriving from Russia.", []string{"FIN RUS 17"}},
	// names that are not their country
	{"agreement in the South China Sea", "Indonesia and Vietnam signed an agreement on fishing rights in the South China Sea.", []string{"IDN VNM 05", "VNM IDN 05"}},
	{"anti-Israeli demonstrators", "Anti-Israeli demonstrators rallied in Amman after Friday prayers.", []string{"JOR ISR 14"}},
	{"anti-American protesters", "Anti-American protesters burned flags outside the embassy in Islamabad.", []string{"PAK USA 14"}},
	{"talks on the South China Sea", "Vietnam and the Philippines held talks on the South China Sea in Hanoi.", []string{"PHL VNM 04", "VNM PHL 04"}},
	{"drills in the South China Sea", "Japan and Australia held joint naval drills in the South China Sea.", []string{"AUS JPN 06", "JPN AUS 06"}},
}

// wire4Floor is how many wire4 sentences must be coded exactly.
var wire4Floor = 26

// TestWire4 codes the wire4 sentences, logs those not coded exactly and
// fails below wire4Floor.
func TestWire4(t *testing.T) {
	c := builtinCoder(t)
	pass := 0
	for _, tt := range wire4 {
		got := codeWire(t, c, tt.text)
		want := append([]string(nil), tt.want...)
		if strings.Join(got, "; ") == strings.Join(want, "; ") {
			pass++
			continue
		}
		t.Logf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, want)
	}
	t.Logf("wire4: %d of %d sentences coded exactly (floor %d)", pass, len(wire4), wire4Floor)
	if pass < wire4Floor {
		t.Errorf("wire4 sentences: %d exact, below the floor %d", pass, wire4Floor)
	}
}
