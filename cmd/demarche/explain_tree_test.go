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
		"The Socialist Party of Chile (Renewal Wing), met with the Cuban ambassador in Santiago on Tuesday.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"parse (id, form, lemma, UPOS, XPOS, head, relation):",
		"\tmet\tmeet\t",
		"-- second reading, on the parse --",
		"CHLPTY → CUBGOV  040",
		"[parse: source «The Socialist Party of Chile (Renewal Wing)» (nsubj",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
}
