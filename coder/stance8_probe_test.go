package coder

import "testing"

// stance8Probe is a probe written after the eighth stance pass's fixes
// and committed before the coder ran on it: sixteen sentences of our own
// on kinds of rows the episodes O and P do not tell (a tanker seized for
// breaking sanctions and stripped of its flag, an ambassador expelled and
// relations lowered, troops abroad hedged on then acknowledged, praised
// and thanked, regret, a postponed visit). It is the honest measure of how
// the pass generalizes; its misses are logged, not fixed one by one.
var stance8Probe = []struct{ text, want string }{
	{"Indonesia's navy seized an Iranian-flagged tanker off Batam on Tuesday on suspicion of transferring oil to another ship in breach of sanctions.", "IDN IRN 17"},
	{"The seizure of the tanker was condemned by Tehran as an act of piracy, according to the Iranian foreign ministry.", "IRN IDN 11"},
	{"Jakarta declined to say on Wednesday whether Washington had tipped off its navy about the tanker.", "IDN * 011"},
	{"Panama said on Thursday that it had stripped the tanker of its flag after learning that it was carrying Iranian crude.", "PAN * 16"},
	{"The Iranian ambassador in Jakarta was summoned on Friday to the foreign ministry, which handed him a protest note.", "IDN IRN 11"},
	{"Iran's foreign ministry spokesman said the vessel had done nothing wrong and demanded its immediate release.", "IRN * 10"},
	{"Estonia expelled the Russian ambassador on Monday and lowered its relations with Moscow to the level of charge d'affaires.", "EST RUS 16"},
	{"Moscow responded by ordering Estonia's envoy to leave Russia within two weeks, the Russian foreign ministry said in a statement.", "RUS EST 16"},
	{"The Kremlin said on Tuesday it had no comment on the expulsions.", "RUS * 011"},
	{"There was no immediate reaction from Tallinn to the Russian decision.", "EST * 011"},
	{"Pyongyang neither confirmed nor denied on Wednesday that its soldiers were fighting alongside Russian forces in Kursk.", "PRK * 011"},
	{"Russia formally acknowledged for the first time on Saturday that North Korean troops had helped retake the Kursk region.", "RUS * 015"},
	{"Kim Jong Un praised the soldiers who fought in Kursk as heroes, state media reported on Monday.", "PRK * 051"},
	{"Vladimir Putin thanked North Korea for sending its troops, the Kremlin said.", "RUS PRK 051"},
	{"The Japanese foreign minister voiced deep regret on Friday that a Japanese patrol boat had rammed a Taiwanese fishing vessel.", "JPN * 055"},
	{"Seoul has postponed a planned visit by its defence minister to Tokyo, citing the row over the radar incident.", "KOR JPN 16"},
}

// stance8ProbeFloor is the least sentences of stance8Probe that must pass:
// 12 of 16 when written (the coder before the pass also 12), 15 once
// three of its classes were fixed (a regret for one's own side's act
// named by its nationality; a foreign envoy summoned in the passive; a
// ship stripped of its flag). The miss left wants a target the sentence
// does not name (the seizure's author).
const stance8ProbeFloor = 15

// TestStance8Probe scores the probe and logs its misses.
func TestStance8Probe(t *testing.T) {
	pass := breadthPasses(t, builtinCoder(t), stance8Probe, t.Logf)
	t.Logf("stance probe, eighth pass: %d of %d", pass, len(stance8Probe))
	if pass < stance8ProbeFloor {
		t.Errorf("stance probe, eighth pass: %d of %d, below the floor of %d", pass, len(stance8Probe), stance8ProbeFloor)
	}
}
