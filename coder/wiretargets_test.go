package coder

import (
	"strings"
	"testing"
)

// wireTargetRules are the target classes of coder/wiretargets.go, each in
// sentences of our own written for the test. Each want is "SRC TGT ROOT"
// by country, as codeWire gives them.
var wireTargetRules = []wireCase{
	// the owner of the facilities struck is the target, not their place
	{"a group's bases in a place", "Pakistani aircraft pounded Taliban hideouts in the hills of eastern Afghanistan.", []string{"PAK AFG 19"}},
	{"an organisation's positions by its", "The United Nations said Syrian troops shelled two of its observation posts near the Golan Heights.", []string{"IGO SYR 01", "SYR IGO 19"}},
	{"a state's positions in another state", "Israeli jets struck Iranian bases in Syria overnight.", []string{"ISR IRN 19"}},
	// no owner: the place's country stays the target
	{"facilities with no owner", "Russian missiles hit energy facilities in western Ukraine.", []string{"RUS UKR 19"}},
	// "its" standing for the source itself is no owner
	// a fight told after a clause whose subject a passive participle
	// modifies is the subject's, not the participle's agent's
	{"rebels backed by a neighbour", "Houthi rebels backed by Iranian advisers entered the port city after weeks of fighting with Saudi troops.", []string{"SAU YEM 19", "YEM SAU 19"}},
	// people named by the body they serve: the body is the target
	{"employees of a state agency", "Canadian prosecutors charged two employees of China's state news agency Xinhua with spying.", []string{"CAN CHN 11"}},
	{"a body with no actor", "Prosecutors in Ohio charged two employees of a local bank with fraud.", nil},
	// a demand to free persons is aimed at who holds them
	{"a ministry's demand after a detention", "Eritrean soldiers detained nine Ethiopian traders near the border, Ethiopia's foreign ministry said, demanding their release.", []string{"ERI ETH 17", "ETH ERI 10"}},
	{"a state's demand in a second clause", "Sudanese police detained four Chadian students in Khartoum, and Chad demanded their release.", []string{"SDN TCD 17", "TCD SDN 10"}},
	// the broker of "an X-brokered truce" is no counterpart of its parties
	{"a brokered truce", "Sudanese army and rebel leaders signed a Saudi-brokered truce in Jeddah.", []string{"SDN --- 08"}},
	// people placed in a capital are the target, not its government
	{"foreigners arrested in a capital", "Iranian police arrested three Britons in Tehran.", []string{"IRN GBR 17"}},
	{"people in part of a capital", "Israeli police arrested dozens of Palestinians in East Jerusalem.", []string{"ISR PSE 17"}},
	{"the source's own positions", "Indian troops reinforced their positions along the border with China.", nil},
}

func TestWireTargetRules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range wireTargetRules {
		got := codeWire(t, c, tt.text)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q\n  got  %q\n  want %q", tt.name, tt.text, got, tt.want)
		}
	}
}
