package coder

import (
	"strings"
	"testing"
)

// wireRootRules are the event-type classes of coder/wireroots.go and
// dict/data/99-wire-roots.txt, each in sentences of our own written for
// the test. Each want is "SRC TGT ROOT" by country, as codeWire gives them.
var wireRootRules = []wireCase{
	// a state's protest is an official complaint (11), a crowd's a protest (14)
	{"a state protests an act", "Manila protested Beijing's use of water cannon against its supply boats.", []string{"PHL CHN 11"}},
	{"a government protests with no addressee", "Tokyo protested after Chinese coast guard ships entered its waters.", []string{"JPN --- 11"}},
	{"a crowd still protests", "Hundreds of Kenyans protested in Nairobi against the new tax bill.", []string{"KEN --- 14"}},
	// a quarrel both ways is an accusation or a threat, not trade
	{"traded accusations", "Serbia and Kosovo traded accusations over the border clash.", []string{"KSV SRB 11", "SRB KSV 11"}},
	{"exchanged threats", "Iran and Israel exchanged threats after the strike.", []string{"IRN ISR 13", "ISR IRN 13"}},
	{"trade in goods stays trade", "Brazil and Argentina traded grain for machinery.", []string{"ARG BRA 06", "BRA ARG 06"}},
	// the trigger of the news in an "after" clause
	{"an accusation that prompted an expulsion", "Rwanda expelled the Belgian ambassador after Belgium accused Kigali of arming the rebels.", []string{"BEL RWA 11", "RWA BEL 16"}},
	{"an arrest that prompted a summons", "Beijing summoned the Philippine envoy after Manila detained eleven Chinese fishermen.", []string{"CHN PHL 11", "PHL CHN 17"}},
	{"a trigger dated back stays background", "Russia expelled two Estonian diplomats three weeks after Estonia accused Moscow of sabotage.", []string{"RUS EST 16"}},
	// an announced deployment is a force posture, not a threat
	{"a deployment announced", "Lithuania said it would deploy more troops to its border with Belarus.", []string{"LTU BLR 15"}},
	{"warships sent", "Britain sent two warships to Guyana.", []string{"GBR GUY 15"}},
	// delivered weapons are aid, promised ones an intention
	{"weapons delivered", "North Korea shipped artillery shells to Russia.", []string{"PRK RUS 07"}},
	{"weapons promised", "Germany will send more weapons to Ukraine.", []string{"DEU UKR 03"}},
	// the sides of a ceasefire called for are whom the call is made of
	{"a ceasefire between two sides", "The African Union called for an immediate ceasefire between Ethiopia and Eritrea.", []string{"IGO ERI 02", "IGO ETH 02"}},
	// trade stopped is an embargo; a decision blocked is rejected
	{"imports halted", "Russia halted imports of Moldovan wine.", []string{"RUS MDA 16"}},
	{"a bid blocked", "Greece blocked Turkey's bid to join the bloc.", []string{"GRC TUR 12"}},
	{"a crowd blocking roads is no embargo", "Farmers drove their tractors into central Paris, blocking roads to protest against cheap imports.", []string{"FRA --- 14"}},
	// a body's agreed measure is imposed, a future one threatened
	{"sanctions agreed", "EU ministers agreed to impose sanctions on Belarus.", []string{"IGO BLR 16"}},
	{"sanctions to come", "Canada will impose sanctions on Belarus.", []string{"CAN BLR 13"}},
	// a diplomat's expulsion ordered cuts relations (16)
	{"an ambassador's expulsion ordered", "Bolivia ordered the expulsion of the Argentine ambassador.", []string{"BOL ARG 16"}},
	{"a veto lifted", "Austria lifted its veto on Romania's entry into the Schengen area.", []string{"AUT ROU 08"}},
	// a foreign mission owns no local force; "them" is the earlier crowd
	{"police at a foreign embassy", "Police fired tear gas at hundreds of Iraqis who gathered outside the Swedish embassy in Baghdad.", []string{"IRQ IRQ 17", "IRQ SWE 14"}},
	{"repression of them", "Thousands of students marched on parliament in Dhaka before police fired tear gas to disperse them.", []string{"BGD BGD 14", "BGD BGD 17"}},
	// a defence names the attack it meets: the attacker toward the defender
	{"drones intercepted", "Israel intercepted dozens of drones launched by Iran overnight.", []string{"IRN ISR 19", "ISR IRN 19"}},
	{"an assault repelled", "Armenian troops repelled an Azerbaijani assault near the border.", []string{"ARM AZE 19", "AZE ARM 19"}},
	{"a vessel intercepted names no attack", "The Vietnamese navy intercepted a Chinese fishing boat near the Paracel Islands.", []string{"VNM CHN 19"}},
	// "the two sides" of a later clause are the pair the sentence named
	{"the two sides sign", "Turkish President Recep Tayyip Erdogan received Azerbaijani President Ilham Aliyev in Ankara, and the two sides signed six agreements.", []string{"AZE TUR 05", "TUR AZE 04", "TUR AZE 05"}},
	{"officials on both sides are no subject", "Turkey and Azerbaijan agreed to expand trade, officials on both sides said.", []string{"AZE TUR 03", "TUR AZE 03"}},
	// an adjunct's partner is not the verb's target
	{"the town taken after fighting", "Rebels of the M23 seized the town of Masisi after days of fighting with the Congolese army.", []string{"COD COD 19"}},
}

func TestWireRootRules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range wireRootRules {
		got := codeWire(t, c, tt.text)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, tt.want)
		}
	}
}
