package main

import (
	"strings"
	"testing"
)

// TestExplainShowsParse runs explain on a sentence the clause heuristics
// leave without a subject: the output shows the parse, the second reading
// and the tree relation that gave the event.
func TestExplainShowsParse(t *testing.T) {
	code, out, errs := runCmd(t, "", "explain", "--date", "2012-05-01",
		"The Peruvian minister, after a meeting that lasted three hours in the old building of the ministry, thanked Chile for its aid.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"parse (id, form, lemma, UPOS, XPOS, head, relation):",
		"\tthanked\tthank\t",
		"-- second reading, on the parse --",
		"PERGOV → CHL  051",
		"[parse: source «The Peruvian minister, after a meeting» (nsubj",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
}
