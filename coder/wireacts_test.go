package coder

import (
	"strings"
	"testing"
)

// TestWireActs checks the wire-news constructions of coder/wireacts.go,
// a class at a time, in sentences written for this test: every event of
// want must be coded ("SRC TGT CODE" as in wantFound), and none of
// unwanted.
func TestWireActs(t *testing.T) {
	c := builtinCoder(t)
	for _, g := range []struct {
		name  string
		cases []struct {
			text           string
			want, unwanted []string
		}
	}{
		// An act told as the consequence of the clause before it
		// ("prompting X to …", coder/causedacts.go) happened: force or
		// coercion there is not a mere purpose.
		{"CausedActs", []struct {
			text           string
			want, unwanted []string
		}{
			{"Armenian troops shelled a village near the border, prompting Baku to impose martial law in two districts.",
				[]string{"ARM AZE 19", "AZE * 1724"}, nil},
			{"Ecuadorean guerrillas raided a border post, prompting the Peruvian army to fire artillery at their camps.",
				[]string{"PER * 19"}, nil},
			{"Chilean troops crossed the border to attack Bolivia.", nil, []string{"CHL BOL 19"}},
		}},
		// A source's "saying …" or "and said …" after its own act glosses
		// the act: no plain statement beside it. A closing attribution
		// (", officials said") and a statement with a stance stay.
		{"SayingAfterOwnAct", []struct {
			text           string
			want, unwanted []string
		}{
			{"Norway expelled two Iranian diplomats, saying they had spied on Kurdish exiles.",
				[]string{"NOR IRN 166"}, []string{"NOR IRN 010"}},
			{"The Kenyan president signed the loan deal with Beijing and said the railway would be finished next year.",
				[]string{"KEN CHN 057"}, []string{"KEN CHN 010"}},
			{"Peru released twelve Bolivian fishermen, officials in La Paz said.",
				[]string{"BOL PER 010"}, nil},
		}},
		// A crowd source is placed where the sentence places it even when
		// an organisation is named beside it (an organisation owns no
		// crowd), a protesting crowd even beside the foreign state whose
		// embassy it protests at; with no place, by where it drives its
		// vehicles or by the owner of the seat it storms.
		{"CrowdSources", []struct {
			text           string
			want, unwanted []string
		}{
			{"Thousands of people rallied in Bucharest on Saturday against the government's plan to leave the European Union's migration pact.",
				[]string{"ROUCVL ROUGOV 14"}, nil},
			{"Hundreds of protesters in Amman gathered outside the Israeli embassy, throwing stones at riot police.",
				[]string{"JORCVL JORCOP 145"}, []string{"ISRCVL * 14"}},
			{"Angry demonstrators stormed Peru's congress on Thursday.",
				[]string{"PERCVL PERLEG 145"}, nil},
			{"Hundreds of dairy farmers drove their tractors into central Dublin, hurling eggs at police outside the agriculture ministry.",
				[]string{"IRLCVL IRLCOP 145"}, nil},
			{"Thousands of farmers drove their tractors into central Warsaw, blocking roads around the parliament.",
				[]string{"POLCVL POL 144"}, nil},
			{"Officials in Brussels said the European Commission would drive reforms through the parliament.", nil, []string{"BEL * 144", "IGO * 144"}},
		}},
		// The destruction of property beside the same side's attack on the
		// same country is part of that attack: one event per pair.
		{"AttackDestruction", []struct {
			text           string
			want, unwanted []string
		}{
			{"Armed bandits burned dozens of homes and killed 40 villagers in a raid on a village in northern Nigeria's Katsina state.",
				[]string{"NGA NGA 18"}, []string{"NGA NGA 171"}},
			{"Israeli settlers torched Palestinian homes near Nablus.",
				[]string{"ISR PSE 1712"}, nil},
		}},
		// A border closed with a named neighbour restricts movement
		// against it (191); a protest moving through the streets of its
		// own capital has no target.
		{"BordersAndRoutes", []struct {
			text           string
			want, unwanted []string
		}{
			{"Lithuania shut two border crossings with Belarus on Wednesday.", []string{"LTU BLR 191"}, nil},
			{"Kazakhstan sealed its border to trucks from Kyrgyzstan.", []string{"KAZ KGZ 191"}, nil},
			{"Peru closed its museums for a week.", nil, []string{"PER * 191"}},
			{"Hundreds of nurses marched through the streets of Santiago on Monday.",
				[]string{"CHL --- 141"}, []string{"CHL CHL 14"}},
		}},
		// "X-backed Y": an act against Y is not aimed at X, the backer.
		{"BackedSides", []struct {
			text           string
			want, unwanted []string
		}{
			{"Turkish drones struck Kurdish-led, U.S.-backed fighters in northern Syria.", nil, []string{"TUR USA 19"}},
			{"Jordanian jets bombed Iranian-backed smugglers in southern Syria.", []string{"JOR SYR 195"}, []string{"JOR IRN 19"}},
			{"Israeli troops killed three Iranian soldiers in Syria.", []string{"ISR IRN 18"}, nil},
			// the irregular past of "retake" (99-wire-acts.txt)
			{"Iraqi forces retook the town of Tal Afar from Islamic State militants.", []string{"IRQ IMG 19"}, nil},
		}},
		// An official's counterpart is the other state's official: the
		// nationality before it gives the country, a capital after it is
		// the meeting's place.
		{"Counterparts", []struct {
			text           string
			want, unwanted []string
		}{
			{"Spain's foreign minister met his Moroccan counterpart in Rabat on Thursday.",
				[]string{"ESPGOV MARGOV 04", "MARGOV ESPGOV 04"}, nil},
			{"The Greek defence minister held talks with his Turkish defence counterpart in Athens.",
				[]string{"GRC TURMIL 04"}, nil},
		}},
		// A participle set off by a comma after reported speech whose
		// content has no actor for a subject is the speaker's act.
		{"SpeakerParticiples", []struct {
			text           string
			want, unwanted []string
		}{
			{"Slovakia's prime minister said the plan would never pass, accusing Germany of bullying smaller members.",
				[]string{"SVKGOV DEU 112"}, nil},
			{"Iran said it would retaliate, accusing Israel of the attack.", []string{"IRN ISR 112"}, nil},
		}},
		// A threat whose content names again an act told before is aimed at
		// that act's author.
		{"AnsweredActs", []struct {
			text           string
			want, unwanted []string
		}{
			{"Iraq blamed Turkey for a drone strike on a resort in Duhok, and warned that the attack would not go unanswered.",
				[]string{"IRQ TUR 13"}, nil},
			{"Turkish drones struck a resort in Duhok, and Iraq warned that the attack would not go unanswered.",
				[]string{"IRQ TUR 13"}, nil},
		}},
	} {
		t.Run(g.name, func(t *testing.T) {
			for _, tc := range g.cases {
				_, events, err := c.ExplainSpeaker(tc.text, "2024-05-06", "wire", "", false)
				if err != nil {
					t.Fatal(err)
				}
				for _, w := range tc.want {
					if !wantFound(events, w) {
						t.Errorf("%q: want %s, got %q", tc.text, w, eventLines(events))
					}
				}
				for _, u := range tc.unwanted {
					if wantFound(events, u) {
						t.Errorf("%q: unwanted %s, got %q", tc.text, u, strings.Join(eventLines(events), "; "))
					}
				}
			}
		})
	}
}
