// The eighth stance pass: the forms of denial, admission and downgrade
// that the episodes O and P of analysis/arcs_stance8_test.go found the
// coder missing, read as classes.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// claimSubjectBefore reports whether the be-form at token k has for
// subject a claim noun with words after it: "The charges against our
// citizen are absurd", "the reports about a spy ring are baseless", "the
// claims made by Tehran are false". The noun phrase between the claim
// noun and the verb holds no verb but a participle before "by", and no
// punctuation; a preposition must follow the claim noun (the head of a
// post-modified subject).
func (s *sentence) claimSubjectBefore(k int) bool {
	st := &s.c.sets.stance
	prep := false
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch t := s.tag(j); {
		case st.claims[s.norm(j)] && prep && j < k-1:
			return true
		case t == "IN" || t == "TO":
			prep = true
		case t == "VBN" && j+1 < k && s.norm(j+1) == "by":
		case t == "DT" || t == "PRP$" || t == "CD" || t == "POS" || t == "JJ" || t == "JJR" || t == "JJS" ||
			t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS":
		default:
			return false
		}
	}
	return false
}

// passiveStretchPastRelative returns the subject of a passive verb when
// passiveSubjectStretch found none because a relative clause or a
// participle set off by commas stands between the subject and its verb
// ("A visit to Ankara by the Iranian president that had been planned for
// next week has been postponed", "The summit, planned for March, was
// called off"), or because the clause is the content of a statement ("the
// ministry said on Monday that a visit by … had been postponed"): the
// noun phrase before the relative pronoun or the comma, from the opening
// of its clause.
func (s *sentence) passiveStretchPastRelative(p *pred) [2]int {
	none := [2]int{-1, -1}
	if !p.g.passive || !p.g.finite || p.g.start == p.v || p.noun {
		return none
	}
	end := p.g.start
	verb := false // a finite verb seen since end: the words are a relative clause's
	rel := -1     // where the relative clause or the participle opens
	closed := false
	verbs := 0 // finite verbs seen
	for k := end - 1; k >= 0 && k >= end-30; k-- {
		w, t := s.norm(k), s.tag(k)
		switch {
		case w == ";" || w == ":":
			return s.stretchFrom(k+1, end, rel)
		case w == ",":
			if rel < 0 && !verb && !closed && k == end-1 {
				closed, end = true, k // the closing comma of ", planned for March,"
				continue
			}
			if rel < 0 && closed && k+1 < end && (s.tag(k+1) == "VBN" && !verb || s.tag(k+1) == "VBD" && verbs == 1 && s.finiteVerbAt(k+1) || s.norm(k+1) == "due" && s.norm(k+2) == "to" && !verb) {
				// (or "the meeting, due to take place on Monday, has been
				// called off")
				// "the summit, planned for March, was called off" (the
				// participle may be tagged as a past tense)
				rel, end, verb = k, k, false
				continue
			}
			return s.stretchFrom(k+1, end, rel)
		case t == "WDT" || w == "which" || w == "who" || w == "that" && verb && k > 0 && isNounTag(s.tag(k-1)):
			if !verb || rel >= 0 {
				return none
			}
			rel, end, verb = k, k, false
		case w == "that" && !verb:
			// "said on Monday that a visit … had been postponed": the
			// complementizer opens the clause
			return s.stretchFrom(k+1, end, rel)
		case s.finiteVerbAt(k) || t == "MD":
			if rel >= 0 {
				return none // a second clause before the relative: not one subject
			}
			verb = true
			verbs++
		}
	}
	if end-30 <= 0 && !verb {
		return s.stretchFrom(0, end, rel) // the sentence opens the clause
	}
	return none
}

// stretchFrom returns [a, end) when a relative clause was skipped and the
// stretch opens on a noun phrase, else none.
func (s *sentence) stretchFrom(a, end, rel int) [2]int {
	if rel < 0 || a >= end {
		return [2]int{-1, -1}
	}
	if t := s.tag(a); t == "IN" || t == "TO" || t == "RB" || isVerbTag(t) {
		return [2]int{-1, -1}
	}
	return [2]int{a, end}
}

// measureOtherSide returns, for a passive measure (16x) announced by src
// whose target span names only src's own country ("a visit to Ankara by
// the Iranian president has been postponed, Turkish officials said": the
// visit was to come to Ankara), the span of the first actor of another
// country in the measure's subject: the visitor, whose side the measure
// is aimed at. Else it returns span.
func (s *sentence) measureOtherSide(p *pred, src actor, span [2]int) [2]int {
	if span[0] < 0 {
		return span
	}
	if first := s.actorsIn(span[0], span[1], true); len(first) == 0 || demarche.Country(first[0].code) != demarche.Country(src.code) {
		return span
	}
	stretch := s.passiveSubjectStretch(p)
	if stretch[1] <= stretch[0] {
		stretch = s.passiveStretchPastRelative(p)
	}
	if stretch[1] <= stretch[0] {
		return span
	}
	// "a visit … by the Iranian president": the visitor after "by", else
	// the first mention of another country
	for k := stretch[0]; k < stretch[1]; k++ {
		if s.norm(k) != "by" {
			continue
		}
		if acts := s.actorsIn(k+1, stretch[1], true); len(acts) > 0 && s.otherCountry(acts[0], src) {
			s.note("\"" + s.norm(p.v) + "\": the measure's target names its announcer's own side; its subject's visitor is " + acts[0].code)
			return [2]int{k + 1, stretch[1]}
		}
	}
	for k := stretch[0]; k < stretch[1]; k++ {
		if m := s.mentionAt(k); m != nil && m.i == k && m.code() != "" {
			if acts := s.actorsIn(m.i, m.j, true); len(acts) > 0 && s.otherCountry(acts[0], src) {
				s.note("\"" + s.norm(p.v) + "\": the measure's target names its announcer's own side; the other side in its subject is " + acts[0].code)
				return [2]int{m.i, m.j}
			}
		}
	}
	return span
}

// otherCountry reports whether a names a country other than src's.
func (s *sentence) otherCountry(a, src actor) bool {
	c := demarche.Country(a.code)
	return c != "" && c != demarche.Country(src.code) && !strings.HasPrefix(a.code, sectorOnly)
}

// attributionWithTail reports whether the comma at k opens an
// attribution ("…, Turkish officials said on Monday, citing the
// engineer's detention") that a participle set off by a comma follows
// within five words of its verb: the attribution still closes the
// measure it reports.
func (s *sentence) attributionWithTail(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		if s.c.sets.lowered(setAttributionVerbs)[s.norm(j)] {
			return j > k+1 && s.participleTail(j)
		}
		if s.norm(j) == "," || s.norm(j) == "that" || s.tag(j) == "MD" {
			return false
		}
	}
	return false
}

// participleTail reports whether a participle set off by a comma follows
// the attribution verb at j within five words ("said on Monday, citing").
func (s *sentence) participleTail(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+5; k++ {
		if s.norm(k) == "," {
			return k+1 < len(s.toks) && s.tag(k+1) == "VBG"
		}
	}
	return false
}

// occasionWords open a clause that tells when an act was first or last
// done: "the first time his government had admitted …".
var occasionWords = setOf("the", "first", "second", "last", "only", "time", "that")

// afterOccasion returns where a possessed subject starts when the phrase
// [a, b) opens with "the first time" ("the first time his government had
// admitted their presence"), else a.
func (s *sentence) afterOccasion(a, b int) int {
	if b-a <= 2 || b-a > 6 {
		return a
	}
	time := false
	for k := a; k < b-2; k++ {
		if !occasionWords[s.norm(k)] {
			return a
		}
		time = time || s.norm(k) == "time"
	}
	if !time {
		return a
	}
	return b - 2
}

// personBefore returns the subject of the nearest earlier statement of
// the sentence ("the Kenyan president told reporters …"), else of the
// nearest earlier predicate that names a person: whom "his" or "her" stands for, rather
// than the latest subject ("… that Ugandan soldiers had crossed").
func (s *sentence) personBefore(p *pred, a int) (actor, bool) {
	var said, named actor
	hasSaid, hasNamed := false, false
	for _, q := range s.preds {
		if q == p || q.noun || len(q.subj) == 0 || q.subjSpan[1] > a || strings.HasPrefix(q.subj[0].code, sectorOnly) {
			continue
		}
		if s.saysAt(q) {
			said, hasSaid = q.subj[0], true
			continue
		}
		for k := q.subjSpan[0]; k < q.subjSpan[1]; k++ {
			if m := s.mentionAt(k); m != nil && m.person != nil {
				named, hasNamed = q.subj[0], true
				break
			}
		}
	}
	if hasSaid {
		return said, true
	}
	return named, hasNamed
}

// actParties returns the two sides of the first act told before a
// brokered deal's participle p whose source and target are states of two
// countries ("Iran released the Turkish engineer …, in a swap brokered by
// Qatar": Iran and Turkey), each named by its country: the parties the
// broker mediated between when no joint subject names them.
func (s *sentence) actParties(cands []candidate, p *pred) []actor {
	for _, c := range cands {
		if c.p == nil || c.p == p || c.p.v >= p.v || c.noTarget || c.speech {
			continue
		}
		a, b := demarche.Country(c.src.code), demarche.Country(c.tgt.code)
		if a == "" || b == "" || a == b || a == demarche.NoActor || b == demarche.NoActor || strings.HasPrefix(c.tgt.code, sectorOnly) || strings.HasPrefix(c.src.code, sectorOnly) {
			continue
		}
		return []actor{{code: a, i: c.src.i, j: c.src.j}, {code: b, i: c.tgt.i, j: c.tgt.j}}
	}
	return nil
}

// ownSideRegret reads a regret whose "that" clause tells an act of the
// regretter's own side, named by its nationality, as an expression of
// regret (055), not a pessimistic comment (012): "the Japanese foreign
// minister voiced deep regret on Friday that a Japanese patrol boat had
// rammed a Taiwanese fishing vessel". The target is the other side the
// clause names.
func (s *sentence) ownSideRegret(out []candidate) []candidate {
	for i := range out {
		c := &out[i]
		if c.code != "012" || c.p == nil || c.p.noun {
			continue
		}
		own := demarche.Country(c.src.code)
		if own == "" || own == demarche.NoActor {
			continue
		}
		k := -1
		for j := c.verb[1]; j < len(s.toks) && j < c.verb[1]+4; j++ {
			if w := s.norm(j); w == "regret" || w == "regrets" {
				k = j + 1
				break
			}
		}
		if k < 0 {
			continue
		}
		that := -1
		for j := k; j < len(s.toks) && j < k+5; j++ {
			if s.norm(j) == "that" {
				that = j
				break
			}
			if s.norm(j) == "," || isVerbTag(s.tag(j)) {
				break
			}
		}
		if that < 0 || that+1 >= len(s.toks) {
			continue
		}
		subj := s.actorsIn(that+1, s.chainRight(that+1, len(s.toks)), false)
		if len(subj) == 0 || demarche.Country(subj[0].code) != own || strings.HasPrefix(subj[0].code, sectorOnly) {
			continue
		}
		s.note("\"regret that\" " + subj[0].code + " …: the regretter's own side's act (055)")
		c.code, c.rule = "055", c.rule+" (the regret is for its own side's act: 055)"
		c.noTarget, c.tgt = true, actor{}
		for _, t := range s.actorsIn(subj[0].j, len(s.toks), true) {
			if s.otherCountry(t, c.src) {
				c.noTarget, c.tgt = false, t
				break
			}
		}
	}
	return out
}

// summonsHost returns, for a foreign envoy summoned in the passive with no
// agent (114), the government that summoned: the one whose statement in
// the sentence tells it ("Iran's ambassador was summoned on Friday, the
// Indonesian foreign ministry said"), else the country of the place named
// after "in" in the subject or the clause ("the Iranian ambassador in
// Jakarta was summoned", "was summoned to the foreign ministry in
// Jakarta"), when it is not the envoy's own.
func (s *sentence) summonsHost(p *pred, code string) []actor {
	if code != "114" || p.noun || s.headline || p.lemma(s) != "summon" {
		return nil
	}
	envoy := ""
	if len(p.subj) > 0 {
		envoy = demarche.Country(p.subj[0].code)
	}
	if st := s.announcer(p); len(st) > 0 && demarche.Country(st[0].code) != envoy {
		return st
	}
	lo, hi := p.subjSpan[0], p.hi
	if lo < 0 || lo >= p.v {
		lo = p.vend
	}
	for k := lo; k+1 < hi && k+1 < len(s.toks); k++ {
		if s.norm(k) != "in" && !(s.norm(k) == "to" && k >= p.vend && envoy != "") || k >= p.v && k < p.vend {
			continue // (or "was summoned to the Russian foreign ministry")
		}
		for _, a := range s.actorsIn(k+1, s.chainRight(k+1, len(s.toks)), false) {
			if c := demarche.Country(a.code); c != "" && c != envoy && !strings.HasPrefix(a.code, sectorOnly) {
				s.note("\"" + s.norm(p.v) + "\": a summons with no agent, by the host " + c + " (\"in " + s.norm(k+1) + "\")")
				return []actor{{code: c + "GOV", i: a.i, j: a.j, note: "the host of the summoned envoy"}}
			}
			break
		}
	}
	return nil
}
