package coder

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
)

// stance4Rules are the constructions the fourth stance pass fixed (arcs E
// and F, tuned on), each in sentences written for this test (invented
// events between real states). A want is "SRC TGT CODE" as in
// TestStanceBreadth.
var stance4Rules = []struct{ text, want string }{
	// a stance beside another statement of the same source keeps its own event
	{"Chile voiced concern for the stranded Bolivian truckers and acknowledged that its customs officers had closed the crossing.", "CHL * 015"},
	{"Hungary voiced concern over the Slovak decision and denied that its officials had been warned in advance.", "HUN * 016"},
	// accused in a relative clause: the antecedent is accused
	{"Latvia expelled three Russian diplomats it accused of spying on a naval base.", "LVA RUS 112"},
	{"Ghana deported two Togolese officials whom it accused of smuggling fuel.", "GHA TGO 112"},
	{"Peru detained four Bolivian traders they accused of selling forged permits.", "PER BOL 112"},
	// a participle after the opening subject (and an adverb) taking a that-clause
	{"The Australian foreign minister later confirmed to journalists that Australian ships had shadowed the convoy.", "AUS * 015"},
	{"The Thai army chief subsequently acknowledged that Thai shells had landed in Cambodia.", "THA * 015"},
	// regret with the day, a possessive or an intensifier between
	{"Croatia expressed regret on Thursday for the injuries suffered by two Serbian fans.", "HRV * 055"},
	{"Morocco conveyed its regret to Spain over the drowning of the two swimmers.", "MAR ESP 055"},
	{"Malaysia voiced deep regret over the loss of the Indonesian fishermen.", "MYS * 055"},
	{"Chile offered its regret on Monday for the damage done to the Argentine consulate.", "CHL * 055"},
	// a visit "by X to Y" put off: toward Y
	{"Athens put off a planned trip by the Greek defence minister to Ankara.", "GRC TUR 16"},
	{"Rwanda cancelled a visit by its foreign minister to Kinshasa scheduled for next week.", "RWA COD 16"},
	// a claim about the other side with no event in its content: a statement toward it
	{"Azerbaijan's foreign ministry claimed on Friday that Armenian officials were stalling the border talks.", "AZE ARM 01"},
	{"The Indian army contended that Chinese patrols had been camping near the ridge for a month.", "IND CHN 01"},
	// no intention or reason to apologise: a refusal (12)
	{"The Japanese prime minister told parliament he saw no reason to apologise to China.", "JPN CHN 12"},
	{"The Polish government sees no reason to apologise to Germany.", "POL DEU 12"},
	// a visit called off toward a place of the gazetteer abroad
	{"The Ugandan president postponed a planned trip to Mombasa.", "UGA KEN 16"},
	// a negated act in a statement's content is a denial
	{"Sudan's army said on Sunday that its aircraft had carried out no strikes near the Chadian border.", "SDN * 016"},
	{"A Cambodian military spokesman told reporters that its troops had fired no shots at the Thai patrol.", "KHM * 016"},
	{"Iran insisted that it had sent no troops to Syria.", "IRN * 016"},
}

// TestStance4Rules checks each construction of the fourth stance pass.
func TestStance4Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range stance4Rules {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-02", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		if !wantFound(events, tt.want) {
			got := eventLines(events)
			t.Errorf("%q: want %s, got %q", tt.text, tt.want, got)
		}
	}
}

// TestStance4QuotedDenial checks that a quoted denial opening the sentence
// after another one ("… vessel. 'These claims are false,' …") is coded: the
// opening quote starts the second sentence.
func TestStance4QuotedDenial(t *testing.T) {
	c := builtinCoder(t)
	doc := &demarche.Document{ID: "q", Date: "2025-06-02", Source: "wire",
		Text: "Chile denied on Monday that its navy had boarded any Peruvian trawler. 'These claims are false,' a spokesperson for the Chilean navy told reporters in Valparaiso."}
	cd, err := c.Code(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range cd.Events {
		if e.Source[:3] == "CHL" && e.CAMEO == "016" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want two CHL denials, got %d in %v", n, cd.Events)
	}
}
