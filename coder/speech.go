// Reported speech: statements, their content, and alleged content.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// verbalRoots are the roots of events that are words about someone.
var verbalRoots = map[string]bool{"01": true, "02": true, "05": true, "10": true, "11": true, "12": true, "13": true}

// describesObject reports whether p is a relative clause describing the
// object of an earlier statement, praise or criticism ("praising the
// soldiers who participated in …"): a description, not an event of its own.
func (s *sentence) describesObject(p *pred, done []candidate) bool {
	if !strings.HasPrefix(p.subjHow, "antecedent") && !(p.g.particip && p.g.passive) &&
		!(p.g.particip && s.tag(p.v) == "VBG" && strings.HasPrefix(p.subjHow, "noun phrase modified") && s.depicts(p)) {
		// "carried a photo of Kim providing field guidance": the
		// participle describes what the photo shows
		return false
	}
	for _, c := range done {
		if verbalRoots[cameo.Root(c.code)] && p.subjSpan[0] >= c.p.vend && p.subjSpan[0] < c.p.hi+2 && p.v > c.p.v {
			s.note(fmt.Sprintf("\"%s\" describes the object of \"%s\": not an event of its own", s.norm(p.v), s.norm(c.p.v)))
			return true
		}
	}
	return false
}

// alleged applies the verbs whose content is alleged ("Seoul claimed that
// Pyongyang had fired on a patrol boat"): the content's events are dropped, and a
// claimed use of force becomes an accusation of its author.
func (s *sentence) alleged(cands []candidate) []candidate {
	var claims []*pred
	trailing := map[*pred]bool{}
	for _, p := range s.preds {
		for _, cf := range p.cands {
			hearsay := cf.form.class.Speech && p.g.passive && s.norm(p.g.start-1) == "it"
			charge := (cf.form.class.Allege || cameo.Root(cf.form.class.Code) == "11") && s.trailingCharge(p)
			if (cf.form.class.Allege && len(p.subj) > 0 || hearsay || charge) && !p.g.neg {
				// "it is said that …": hearsay, not asserted either;
				// "…, it charged": what comes before is the charge
				claims = append(claims, p)
				trailing[p] = charge
				break
			}
		}
	}
	if len(claims) == 0 {
		return cands
	}
	out := cands[:0:0]
	for _, c := range cands {
		var claim *pred
		for _, q := range claims {
			if c.p != q && (c.p.v > q.v && c.p.v < q.hi || trailing[q] && c.p.v < q.g.start) {
				claim = q
			}
		}
		if claim == nil {
			out = append(out, c)
			continue
		}
		switch cameo.Root(c.code) {
		case "13", "15", "16", "17", "18", "19", "20":
			// a claimed threat, show of force, sanction or attack accuses
			// its author
			for _, src := range claim.subj {
				out = append(out, candidate{p: claim, code: "1123", rule: c.rule + " (alleged by \"" + s.norm(claim.v) + "\": accusation)",
					src: src, tgt: c.src, verb: [2]int{claim.v, claim.vend}})
			}
		default:
			s.note(fmt.Sprintf("%s %s → %s is alleged by \"%s\", not asserted", c.code, c.src.code, c.tgt.code, s.norm(claim.v)))
		}
	}
	return out
}

// trailingCharge reports whether an accusing verb closes the sentence as
// its attribution: "…, it charged.", "…, the spokesman claimed on Monday."
// Its clause is a short subject after a comma and the verb, followed by
// nothing or by a prepositional phrase; "…, the statement branded their
// drills as provocations" is a charge of its own, with its own object.
func (s *sentence) trailingCharge(p *pred) bool {
	if !p.g.finite || p.g.particip || !s.trailingSpeech(p) {
		return false
	}
	k := p.vend
	for k < len(s.toks) && !s.toks[k].IsWord() {
		k++
	}
	if k < len(s.toks) && s.tag(k) != "IN" {
		return false
	}
	return s.commaBefore(p.g.start, 6) // a short subject
}

// commaBefore reports whether a comma is among the n tokens before i.
func (s *sentence) commaBefore(i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if s.norm(k) == "," {
			return true
		}
	}
	return false
}

// reported reports whether the predicate is inside the content of a verb of
// saying ("said the U.S. would not …"), where "would" is a reported future.
func (s *sentence) reported(p *pred) bool {
	for _, q := range s.preds {
		if q.v < p.v && q.speech() && q.hi >= p.v {
			return true
		}
	}
	return false
}

// speakerOf returns the verb of saying whose content holds p (", Y said"
// after it, or "Y said that" before it), with a subject; nil when none.
func (s *sentence) speakerOf(p *pred) *pred {
	for _, q := range s.preds {
		if q == p || !q.speech() || len(q.subj) == 0 {
			continue
		}
		if q.v < p.v && q.hi >= p.v || q.v > p.v && s.trailingSpeech(q) {
			return q
		}
	}
	return nil
}

// trailingSpeech reports whether a verb of saying ends the sentence after a
// comma (", he said"): its content is what comes before.
func (s *sentence) trailingSpeech(p *pred) bool {
	if p.hi < len(s.toks)-2 {
		return false
	}
	for k := p.vend; k < p.hi; k++ {
		// "X, chairman of Y, said Z did …": the comma closes an
		// apposition, and the clause after the verb is its content
		if w := s.norm(k); w == "that" || w == ":" || s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return false
		}
	}
	return s.commaBefore(p.g.start, 7)
}

// statementTargets returns the target of a statement: the first actor of
// another country than the speaker's named in its content, else the first.
func (s *sentence) statementTargets(c candidate) []actor {
	home := demarche.Country(c.src.code)
	var first []actor
	for k := c.content[0]; k < c.content[1]; {
		tgts, span := s.targetSearch(k, c.content[1], [2]int{-1, -1})
		tgts = s.localTargets(tgts, []actor{c.src})
		if len(tgts) == 0 || span[1] <= k {
			break
		}
		if first == nil {
			first = tgts
		}
		for _, t := range tgts {
			if demarche.Country(t.code) != home {
				return []actor{t}
			}
		}
		k = span[1]
	}
	return first
}

// hasContentClause reports whether a statement reports something: its
// content is a "that" clause, a clause with its own finite verb ("said
// the U.S. would …") or the sentence before a trailing ", he said".
func (s *sentence) hasContentClause(c candidate) bool {
	a, b := c.content[0], c.content[1]
	if a == 0 && b <= c.verb[0] {
		return true // trailing ", X said": the sentence before is the content
	}
	for k := a; k < b && k < a+20; k++ {
		if s.norm(k) == "that" || s.norm(k) == ":" {
			return true
		}
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return true
		}
		if s.pastAfterSubject(k) { // coder/names.go
			return true // "said the United States sought/VBN to paint …"
		}
	}
	return false
}

// performative reports whether p is a first-person act wrapped in a wish or
// a request for leave, which performs it ("I would like to thank", "we wish
// to congratulate", "allow me to express"): the governors are the knowledge
// files' PERFORMATIVES. For "allow me", p takes the speaker as its subject.
func (s *sentence) performative(p *pred) bool {
	gi := p.g.govIdx
	if fi := s.frameWord(p); fi >= 0 && !p.g.neg {
		return s.performFrame(p, fi) // "I take this opportunity to thank" (voice.go)
	}
	if gi < 0 || p.g.neg || !s.c.sets.performatives[s.lemmaAt(gi)] || s.analyseGroup(gi).neg {
		return false
	}
	if s.behalfWish(p, gi) { // kcnaacts.go
		return true
	}
	if g := s.analyseGroup(gi); g.start > 0 {
		if m := s.mentionAt(g.start - 1); m != nil && m.speaker && s.norm(m.i) != "us" && s.norm(m.i) != "me" && len(p.subj) > 0 {
			// "on behalf of X, I would like to congratulate": the wish is
			// the speaker's own, whoever it speaks for
			return true
		}
	}
	first := func(k int) bool {
		if m := s.mentionAt(k); m != nil && m.speaker {
			return true
		}
		w := s.norm(k)
		return w == "i" || w == "we" || w == "me" || w == "us"
	}
	if first(gi + 1) {
		// "allow me to …", "let us …"
		if len(p.subj) == 0 {
			if m := s.mentionAt(gi + 1); m != nil && m.speaker {
				p.subj, p.subjHow, p.subjSpan = s.actorsIn(m.i, m.j, false), "the speaker (\""+s.norm(gi)+" "+s.norm(gi+1)+"\")", [2]int{m.i, m.j}
			}
		}
		return len(p.subj) > 0
	}
	return p.subjSpan[1]-p.subjSpan[0] >= 1 && first(p.subjSpan[1]-1) && len(p.subj) > 0
}

// depicts reports whether a participle's noun phrase is a picture of its
// subject ("a photo of Kim Jong Il providing field guidance"): the DEPICTIONS
// of the knowledge files just before the phrase.
func (s *sentence) depicts(p *pred) bool {
	for k := p.subjSpan[0] - 1; k >= 0 && k >= p.subjSpan[0]-3; k-- {
		if s.c.sets.depictions[s.norm(k)] {
			return true
		}
	}
	for k := p.subjSpan[0]; k < p.subjSpan[1]; k++ {
		if s.c.sets.depictions[s.norm(k)] {
			return true
		}
	}
	return false
}

// firstPerson reports whether the predicate's subject is the speaker's own
// voice: "we", "I", or a speaker phrase ("my Government").
func (s *sentence) firstPerson(p *pred) bool {
	if p.subjSpan[1] <= p.subjSpan[0] {
		return false
	}
	k := p.subjSpan[1] - 1
	if m := s.mentionAt(k); m != nil && m.speaker {
		return true
	}
	w := s.norm(k)
	return p.subjSpan[1]-p.subjSpan[0] == 1 && (w == "we" || w == "i")
}
