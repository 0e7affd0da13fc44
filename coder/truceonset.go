package coder

import "github.com/demarche-project/demarche"

// A truce told by its onset, in wire news: "A ceasefire between Israel and
// Hezbollah took effect early on Wednesday", "the truce between the army
// and the rebels came into force at midnight". The truce is asserted (it
// began), and its two sides each declare it (0871) toward the other. A
// truce used as a time reference ("after a ceasefire between …") opens no
// clause of its own and is left alone.

// The word sets of a truce's onset (dict/data/89-wire-consequences.txt).
const (
	setTruceNouns  = "TRUCE_NOUNS"
	setTruceOnsets = "TRUCE_ONSETS"
)

// truceOnsets codes the two sides of a truce noun that opens its clause
// and whose verb says it began.
func (s *sentence) truceOnsets(out []candidate) []candidate {
	start := s.clauseStart()
	k := start
	for k < len(s.toks) && k < start+3 && (s.tag(k) == "DT" || s.tag(k) == "JJ") {
		k++
	}
	if k+4 >= len(s.toks) || !s.c.sets.lowered(setTruceNouns)[s.norm(k)] || s.norm(k+1) != "between" {
		return out
	}
	and := -1
	for j := k + 3; j < len(s.toks) && j < k+12; j++ {
		if s.norm(j) == "and" {
			and = j
			break
		}
	}
	if and < 0 {
		return out
	}
	end := and + 1
	for end < len(s.toks) && end < and+8 && !isVerbTag(s.tag(end)) && s.norm(end) != "," {
		end++
	}
	if end >= len(s.toks) || !s.truceOnsetAt(end) {
		return out
	}
	a, okA := s.firstNamed(s.actorsIn(k+2, and, false))
	b, okB := s.firstNamed(s.actorsIn(and+1, end, false))
	if !okA || !okB || demarche.Country(a.code) == demarche.Country(b.code) {
		return out
	}
	p := &pred{v: k, vend: k + 1, noun: true, hi: len(s.toks)}
	rule := "truceonset.go: a truce between two sides that took effect (both ways)"
	return append(out, candidate{p: p, code: "0871", rule: rule, src: a, tgt: b, verb: [2]int{k, k + 1}},
		candidate{p: p, code: "0871", rule: rule, src: b, tgt: a, verb: [2]int{k, k + 1}})
}

// truceOnsetAt reports whether the words at k say a truce began: "took
// effect", "came into force", "went into effect", "began", "was declared".
func (s *sentence) truceOnsetAt(k int) bool {
	ons := s.c.sets.lowered(setTruceOnsets)
	for n := 3; n >= 1; n-- {
		if k+n <= len(s.toks) && ons[s.spanNorm(k, k+n)] {
			return true
		}
	}
	return false
}

// spanNorm joins the normalised tokens [a, b) with spaces.
func (s *sentence) spanNorm(a, b int) string {
	out := ""
	for j := a; j < b; j++ {
		if j > a {
			out += " "
		}
		out += s.norm(j)
	}
	return out
}
