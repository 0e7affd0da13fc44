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
