package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// Replies a wire report tells after a noun in apposition to the clause
// before it: "Moldova accused Russia of meddling, charges the Russian
// embassy dismissed as unfounded", "the FSB said the gunmen were heading
// for Ukraine, a claim Kyiv rejected as absurd", "the court issued a
// warrant for him, a move Israel denounced as antisemitic". The noun
// stands for what the clause before it said or did; the reply's author
// answers that clause's author, who is the reply's target.

// The word sets of the apposed replies (dict/data/89-wire-consequences.txt).
const (
	// setApposedNouns names APPOSED_REPLY_NOUNS, the nouns that stand for
	// the clause before them: "a claim", "charges", "a move".
	setApposedNouns = "APPOSED_REPLY_NOUNS"
	// setReplyReject, setReplyDeny, setReplyCensure and setReplyPraise name
	// the verbs of the reply: rejection (120), denial (016), censure (111),
	// praise (051).
	setReplyReject  = "REPLY_REJECT_VERBS"
	setReplyDeny    = "REPLY_DENY_VERBS"
	setReplyCensure = "REPLY_CENSURE_VERBS"
	setReplyPraise  = "REPLY_PRAISE_VERBS"
)

// replyCode returns the code of a reply verb, "" for none.
func (s *sentence) replyCode(w string) string {
	switch sets := &s.c.sets; {
	case sets.lowered(setReplyDeny)[w]:
		return "016"
	case sets.lowered(setReplyReject)[w]:
		return "120"
	case sets.lowered(setReplyCensure)[w]:
		return "111"
	case sets.lowered(setReplyPraise)[w]:
		return "051"
	}
	return ""
}

// apposedReplies codes the reply told after a noun in apposition
// (", a claim Kyiv rejected"): its author toward the author of the
// clause before the comma. A candidate the clause analysis already made
// from the reply's verb gets that target; else one is added.
func (s *sentence) apposedReplies(out []candidate) []candidate {
	nouns := s.c.sets.lowered(setApposedNouns)
	for k := 2; k+2 < len(s.toks); k++ {
		if !nouns[s.norm(k)] {
			continue
		}
		comma := k - 1
		for comma > 0 && comma >= k-4 && s.norm(comma) != "," {
			if t := s.tag(comma); t != "DT" && t != "JJ" && !strings.HasPrefix(t, "NN") {
				break
			}
			comma--
		}
		if s.norm(comma) != "," {
			continue
		}
		a := k + 1
		if w := s.norm(a); w == "that" || w == "which" {
			a++
		}
		v, code := -1, ""
		for j := a + 1; j < len(s.toks) && j <= a+8; j++ {
			if c := s.replyCode(s.norm(j)); c != "" && isVerbTag(s.tag(j)) || c != "" && s.tag(j) == "JJ" {
				v, code = j, c
				break
			}
			if w := s.norm(j); w == "," || w == "." {
				break
			}
		}
		if v < 0 {
			continue
		}
		var src actor
		for _, x := range s.actorsIn(a, v, false) {
			if !x.weak && x.code != "" && !strings.HasPrefix(x.code, sectorOnly) {
				src = x
				break
			}
		}
		if src.code == "" {
			continue
		}
		tgt, ok := s.claimant(comma)
		if !ok || demarche.Country(tgt.code) == demarche.Country(src.code) {
			tgt, ok = s.reactedTo(out, comma)
		}
		if !ok || demarche.Country(tgt.code) == demarche.Country(src.code) {
			continue
		}
		rule := "apposedreplies.go: a reply after a noun in apposition (\", " + s.norm(k) + " X " + s.norm(v) + "\")"
		done := false
		for i := range out {
			if c := &out[i]; c.verb[0] == v {
				c.src, c.tgt, c.noTarget, done = src, tgt, false, true
				c.rule += " (" + rule + ")"
			}
		}
		if !done {
			p := &pred{v: v, vend: v + 1, hi: len(s.toks)}
			out = append(out, candidate{p: p, code: code, rule: rule, src: src, tgt: tgt, verb: [2]int{v, v + 1}})
		}
	}
	return out
}

// apposedReplyTags corrects the tagger's reading of an apposed noun read
// as a verb (", charges/VBZ the Russian embassy dismissed/VBN as
// unfounded"): before a reply verb, the noun is a noun and the reply verb
// is the finite verb of its clause.
func (s *sentence) apposedReplyTags() {
	if !s.wireNews() {
		return
	}
	nouns := s.c.sets.lowered(setApposedNouns)
	for k := 1; k+2 < len(s.toks); k++ {
		if s.norm(k-1) != "," || !nouns[s.norm(k)] {
			continue
		}
		for j := k + 2; j < len(s.toks) && j <= k+8; j++ {
			if w := s.norm(j); w == "," || w == "." {
				break
			}
			if s.replyCode(s.norm(j)) != "" && isVerbTag(s.tag(j)) {
				if !isVerbTag(s.tag(k)) {
					// ", charges/NNS Minsk dismissed/VBN as lies"
				} else if strings.HasSuffix(s.norm(k), "s") {
					s.toks[k].Tag = "NNS"
				} else {
					s.toks[k].Tag = "NN"
				}
				s.toks[j].Tag = "VBD"
				break
			}
			if isVerbTag(s.tag(j)) {
				break
			}
		}
	}
}

// The word sets of blame laid on someone for an event told as a noun
// (dict/data/89-wire-consequences.txt): "in an attack the group blamed on
// Israel", "an explosion Kyiv blamed on Russian saboteurs".
const (
	setBlamedEvents = "BLAMED_EVENT_NOUNS"
	setBlameVerbs   = "BLAME_VERBS"
	setGroupAnaphor = "GROUP_ANAPHORS"
)

// blamedEvents codes "EVENT-NOUN (that) X blamed on Y" as X accusing Y
// (112). X may be "the group" (or "the movement", "the militia"): the last
// organisation named before it.
func (s *sentence) blamedEvents(out []candidate) []candidate {
	for k := 1; k+4 < len(s.toks); k++ {
		if !s.c.sets.lowered(setBlamedEvents)[s.norm(k)] {
			continue
		}
		a := k + 1
		if w := s.norm(a); w == "that" || w == "which" {
			a++
		}
		v := -1
		for j := a + 1; j < len(s.toks) && j <= a+6; j++ {
			if s.c.sets.lowered(setBlameVerbs)[s.norm(j)] && s.norm(j+1) == "on" {
				v = j
				break
			}
			if w := s.norm(j); w == "," || w == "." || isVerbTag(s.tag(j)) && s.mentionAt(j) == nil {
				break
			}
		}
		if v < 0 {
			continue
		}
		src, ok := s.firstNamed(s.actorsIn(a, v, false))
		if !ok && s.c.sets.lowered(setGroupAnaphor)[strings.ToLower(s.spanText(a, v))] {
			src, ok = s.lastOrganisation(a)
		}
		if !ok {
			// "an attack the army blamed on …": a state's body with no
			// country of its own is the sentence's place's
			for _, x := range s.actorsIn(a, v, true) {
				if x.located && demarche.Country(x.code) != demarche.NoActor && !strings.HasPrefix(x.code, sectorOnly) {
					src, ok = x, true // placed by the sentence already (coder/located.go)
					break
				}
				if c := s.sentenceCountry(); strings.HasPrefix(x.code, sectorOnly) && c != "" {
					x.code = c + x.code[len(sectorOnly):]
					x.note += " (the sentence's place)"
					src, ok = x, true
					break
				}
			}
		}
		end := v + 2
		for end < len(s.toks) && s.norm(end) != "," && s.norm(end) != "." && !(isVerbTag(s.tag(end)) && s.mentionAt(end) == nil) {
			end++
		}
		tgt, tok := s.firstNamed(s.actorsIn(v+2, end, true))
		if !tok {
			for _, x := range s.actorsIn(v+2, end, true) {
				if x.weak && demarche.Country(x.code) != demarche.NoActor && !strings.HasPrefix(x.code, sectorOnly) {
					tgt, tok = x, true // "blamed on Ukrainian saboteurs"
					break
				}
			}
		}
		if !ok || !tok || demarche.Country(src.code) == demarche.Country(tgt.code) {
			continue
		}
		p := &pred{v: v, vend: v + 2, hi: len(s.toks)}
		out = append(out, candidate{p: p, code: "112", rule: "apposedreplies.go: an event noun its author blamed on someone (\"" + s.norm(k) + " X blamed on Y\")",
			src: src, tgt: tgt, verb: [2]int{v, v + 2}})
	}
	return out
}

// firstNamed returns the first actor of a list that names a country.
func (s *sentence) firstNamed(as []actor) (actor, bool) {
	for _, x := range as {
		if !x.weak && x.code != "" && !strings.HasPrefix(x.code, sectorOnly) && demarche.Country(x.code) != demarche.NoActor {
			return x, true
		}
	}
	return actor{}, false
}

// lastOrganisation returns the last organisation named before token k.
func (s *sentence) lastOrganisation(k int) (actor, bool) {
	for j := k - 1; j >= 0; j-- {
		m := s.mentionAt(j)
		if m == nil || m.actor == nil || m.actor.Kind != dict.KindOrg {
			continue
		}
		if x, ok := s.firstNamed(s.actorsIn(m.i, m.j, false)); ok {
			return x, true
		}
		j = m.i
	}
	return actor{}, false
}

// claimant returns the author of the claim a noun in apposition at the
// comma stands for: the subject of the last verb of saying or accusing
// before it ("Seoul said Pyongyang had hacked its banks, a claim …").
func (s *sentence) claimant(comma int) (actor, bool) {
	for i := len(s.preds) - 1; i >= 0; i-- {
		p := s.preds[i]
		if p.noun || p.v >= comma || !p.g.finite || len(p.subj) == 0 || !(p.speaks() || p.censures()) {
			continue
		}
		if a := p.subj[0]; a.code != "" && !a.weak && !strings.HasPrefix(a.code, sectorOnly) {
			return a, true
		}
	}
	return actor{}, false
}
