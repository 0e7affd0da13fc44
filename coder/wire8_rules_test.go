package coder

import (
	"strings"
	"testing"
)

// wire8Rules are the constructions fixed in the eighth wire pass
// (coder/causedacts.go, apposedreplies.go, coordinatedsubjects.go,
// phonecalls.go, truceonset.go, anaphoricobjects.go, nationalcivilians.go;
// dict/data/89-wire-consequences.txt, 15-actors-wire-parties.txt), each in
// sentences of our own written for the test, none from wire8.jsonl. Each
// want is "SRC TGT ROOT" by country, as codeWire gives them.
var wire8Rules = []wireCase{
	// an act caused by the clause before: the object of "prompting" acts
	{"prompting X to", "Police in Lima stormed the Venezuelan consulate, prompting Venezuela to break off relations with Peru.", []string{"PER VEN 19", "VEN PER 16"}},
	// a reply after a noun in apposition answers the clause before
	{"a claim X rejected", "Seoul said Pyongyang had hacked its banks, a claim North Korea rejected.", []string{"KOR PRK 01", "PRK KOR 12"}},
	{"charges X dismissed as", "Lithuania accused Belarus of pushing migrants across the border, charges Minsk dismissed as lies.", []string{"BLR LTU 01", "LTU BLR 11"}},
	{"a move X denounced", "Ukraine banned a church linked to Moscow, a move Russia denounced as persecution.", []string{"RUS UKR 11", "UKR RUS 17"}},
	// an event noun its author blamed on someone
	{"an attack X blamed on Y", "A bomb killed four soldiers in Quetta in an attack the army blamed on Afghan militants.", []string{"PAK AFG 11"}},
	// a foreign national named where he is keeps his nationality
	{"a French citizen in Moscow", "Russian police detained a German citizen in Moscow on Friday.", []string{"RUS DEU 17"}},
	// two coordinated sides fire at each other, and agree both ways
	{"X and Y traded fire", "India and Pakistan traded fire across the Line of Control on Monday.", []string{"IND PAK 19", "PAK IND 19"}},
	{"X and Y agreed at a summit", "Japan and South Korea agreed at a summit in Tokyo to resume defence exchanges.", []string{"JPN KOR 03", "JPN KOR 04", "KOR JPN 03", "KOR JPN 04"}},
	// the tagger's participle after coordinated names
	{"X and Y imposed/VBN", "Canada and Australia imposed sanctions on Myanmar's generals on Tuesday.", []string{"AUS MMR 16", "CAN MMR 16"}},
	// an act done in a phone call is a call both ways
	{"during a phone call", "Erdogan congratulated Pezeshkian on his election during a phone call on Sunday.", []string{"IRN TUR 04", "TUR IRN 04", "TUR IRN 05"}},
	// the speaker of an attribution said it on a visit
	{"said on a visit to", "Aid must reach Gaza without delay, Britain's foreign secretary said on a visit to Egypt.", []string{"GBR EGY 04", "GBR PSE 01"}},
	// a truce between two sides that took effect
	{"a ceasefire between X and Y took effect", "A ceasefire between Armenia and Azerbaijan took effect at noon.", []string{"ARM AZE 08", "AZE ARM 08"}},
	// a censure whose object names again the act told before
	{"condemned the attack", "Israeli jets bombed a market in Khan Younis, and Egypt condemned the attack as a massacre.", []string{"EGY ISR 11", "ISR --- 19"}},
	{"said …, calling the incident a violation", "The OSCE said Russian troops had fired at its observers near Donetsk, calling the incident a grave violation.", []string{"IGO RUS 11", "RUS IGO 19"}},
	// an appeal to a pronoun: the nearest person of another country before
	{"pressed him to", "Scholz received Lula in Berlin, where Scholz pressed him to back the trade deal.", []string{"DEU BRA 02", "DEU BRA 04"}},
	// a tour begun in a capital visits it
	{"began a tour in", "Modi began a three-nation tour of Africa in Accra on Wednesday.", []string{"IND GHA 04"}},
	// wire prose's lexicon
	{"airdrops", "American and Egyptian planes dropped aid over southern Gaza on Saturday.", []string{"EGY PSE 07", "USA PSE 07"}},
	{"supply X with weapons", "Norway said it would supply Ukraine with more air defence missiles.", []string{"NOR UKR 03"}},
	{"removed from office", "Pakistan's election commission removed the opposition mayor of Karachi from office.", []string{"PAK PAK 17"}},
	{"pardoned prisoners", "Myanmar's junta pardoned 3,000 prisoners on Wednesday.", []string{"MMR MMR 08"}},
	{"dismissed a request", "Israel dismissed a United Nations request for access to the detention camp.", []string{"ISR IGO 12"}},
}

// TestWire8Rules codes each construction and fails on any difference.
func TestWire8Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range wire8Rules {
		got := codeWire(t, c, tt.text)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, tt.want)
		}
	}
}
