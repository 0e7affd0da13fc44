package coder

import (
	"sort"
	"strings"
	"testing"
)

// wireClasses are the classes of the seventh wire pass
// (dict/data/85-wire7.txt): talks opened by a light verb, force shown
// around a neighbour (by a verb or a noun), the split "found X guilty",
// and a weapon's damage to buildings in a place. Each in sentences written
// for this test, with the uses that must stay silent. Each want is "SRC
// TGT ROOT" by country, as codeWire gives them.
var wireClasses = []wireCase{
	// talks opened by a light verb, both sides of a coordinated subject
	{"began talks", "Delegations of Ethiopia and Eritrea began talks in Nairobi on Monday.", []string{"ERI ETH 04", "ETH ERI 04"}},
	{"opened negotiations with", "Armenia opened negotiations with Turkey in Vienna.", []string{"ARM TUR 04", "TUR ARM 04"}},
	{"entered into talks with", "Kosovo entered into direct talks with Serbia under European mediation.", []string{"KSV SRB 04", "SRB KSV 04"}},
	{"opened a road: no talks", "Azerbaijan and Armenia opened a new border crossing on Friday.", nil},
	// force shown next to another state
	{"navy sailed around", "The Chinese navy sailed around Taiwan on Tuesday.", []string{"CHN TWN 15"}},
	{"warplanes flew near", "Russian warplanes flew near Estonian airspace on Sunday.", []string{"RUS EST 15"}},
	{"flew to: a visit, no show of force", "The Russian foreign minister flew to Ankara on Sunday.", []string{"RUS TUR 04"}},
	{"drills around as a subject", "China's drills around Taiwan entered a second day on Friday.", []string{"CHN TWN 15"}},
	// verdicts with a split "find guilty", at home when the convict is unnamed
	{"found a named person guilty", "A court in Ankara found the opposition mayor guilty of corruption.", []string{"TUR TUR 11"}},
	{"found activists guilty", "A Tunis court found three activists guilty of plotting against the state.", []string{"TUN TUN 11"}},
	{"found not guilty: acquittal", "A Paris court found the former minister not guilty of fraud.", nil},
	{"found without guilty", "Investigators found traces of explosives in Lebanon.", nil},
	// a weapon's damage to buildings in a place
	{"missiles knocked out plants", "A barrage of Russian missiles knocked out power plants across Ukraine.", []string{"RUS UKR 19"}},
	{"drones damaged facilities", "Ukrainian drones damaged an oil refinery in the Russian region of Bryansk.", []string{"UKR RUS 19"}},
	{"a storm: no actor", "A cyclone damaged thousands of homes across Mozambique.", nil},
	// force reported in an "after" or "when" clause of wire news
	{"after drones struck", "Kyiv asked its allies for help after Russian drones struck energy facilities across Ukraine.", []string{"RUS UKR 19"}},
	{"when troops shelled", "Dozens of families fled when Ethiopian troops shelled villages in Eritrea.", []string{"ETH ERI 19"}},
	{"weeks after: dated background", "Peacekeepers left the border zone in Lebanon two weeks after Israeli troops shelled their base.", nil},
	// the other side of a coordinated subject named by a sector word alone
	{"army and rebel fighters clashed", "Congolese troops and rebel fighters clashed near Goma on Sunday.", []string{"COD COD 19"}},
	{"army and rebels signed a ceasefire", "The Malian army and separatist rebels signed a ceasefire on Sunday.", []string{"MLI MLI 08"}},
	{"another state named: no home side", "Rwandan troops and rebel fighters clashed with Burundian soldiers.", []string{"BDI RWA 19", "RWA BDI 19"}},
	// generic rights and aid groups as the source (37-actors-wire7.txt)
	{"rights groups called on", "Rights groups called on the Egyptian government to free the blogger.", []string{"NGO EGY 02"}},
	{"aid agencies criticised", "Aid agencies criticised Sudan's army for blocking food convoys.", []string{"NGO SDN 11"}},
	{"a country's rights groups keep it", "Kenyan rights groups condemned the police.", []string{"KEN KEN 11"}},
	// force vowed on a condition put to another side: a threat to that side
	{"vowed unless a state acts", "Houthi rebels vowed to keep attacking ships unless Israel ended the war in Gaza.", []string{"YEM ISR 13"}},
	{"vowed until an organ acts", "Gang leaders in Port-au-Prince vowed to keep fighting until the prime minister resigned.", []string{"HTI HTI 13"}},
	// an object relative clause: its antecedent is the target
	{"which it accuses of", "Kinshasa refused talks with the rebels and would only negotiate with Rwanda, which it accuses of backing them.", []string{"COD RWA 11"}},
	{"which Washington accuses of", "The talks left out Iran, which Washington accuses of arming the Houthis.", []string{"USA IRN 11"}},
	{"which accuses: a subject relative", "The deal angered Rwanda, which accuses Burundi of backing rebel militias.", []string{"RWA BDI 11"}},
	// repression told in the passive without an agent: the state where it happens
	{"arrested in a capital", "Dozens of Iranian students were arrested in Tehran on Monday.", []string{"IRN IRN 17"}},
	{"a foreigner detained in a country", "A French journalist was detained in Algeria last week.", []string{"DZA FRA 17"}},
	{"sentenced, no place", "Three Kenyan activists were sentenced to prison for organising protests.", []string{"KEN KEN 11"}},
	{"the agent named elsewhere", "Hundreds were arrested in Tbilisi as riot police broke up the rally.", []string{"GEO GEO 17"}},
	{"killed: no agent assumed", "Five Nigerian soldiers were killed in Borno state.", nil},
	{"after a clash: mutual, left as background", "The government in Nairobi closed all schools after Kenyan students clashed with police.", nil},
}

func TestWireClasses(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range wireClasses {
		want := append([]string(nil), tt.want...)
		sort.Strings(want)
		got := codeWire(t, c, tt.text)
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, want)
		}
	}
}
