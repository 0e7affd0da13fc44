// Noun clauses: the verb of the main clause after a noun's "that" clause.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// setClauseVerbs names the knowledge files' set of verbs that take a
// clause with no "that" ("said Russia had sent troops"):
// dict/data/90-stance-syntax.txt.
const setClauseVerbs = "CLAUSE_TAKING_VERBS"

// matrixAfterNounClause reports whether the passive predicate p, found
// after the "that" at k of a report or claim noun, is the verb of the
// main clause whose subject is that noun ("Claims that Serbian troops had
// massed on the border were denied by the defence ministry"): the "that"
// clause has its own finite verb before p, with no coordinator, relative
// pronoun or clause-taking verb ("reports that Moscow said troops had
// been sent") between them, and p names its agent.
func (s *sentence) matrixAfterNounClause(k int, p *pred) bool {
	if p == nil || p.noun || !p.g.passive || !p.g.finite || p.vend >= len(s.toks) || s.norm(p.vend) != "by" {
		return false
	}
	clauseVerbs := s.c.sets.lowered(setClauseVerbs)
	for j := p.g.start - 1; j > k; j-- {
		switch w := s.norm(j); {
		case w == "and" || w == "or" || w == "but" || w == "nor" || w == "which" || w == "who" || w == "that" || w == "whether":
			return false
		case s.finiteVerbAt(j) || s.tag(j) == "MD":
			// the clause's own verb group: what it governs must not be a
			// clause (its verb is the one at j or the participle after it)
			for v := j; v < p.g.start && v <= j+3; v++ {
				if clauseVerbs[s.norm(v)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// agentInCapital reads a passive's agent named by its sector and placed
// in a capital ("denied by the defence ministry in Belgrade", "recalled by
// the foreign ministry in Bogota") as the capital's country, as a subject
// so placed is read; in wire prose only (a national outlet's "by a
// delegation in Pyongyang" is a visitor's).
func (s *sentence) agentInCapital(a, b int) []actor {
	if s.doc.home != "" || s.doc.speaker != "" {
		return nil
	}
	for k := a; k+1 < b; k++ {
		if w := s.norm(k); w != "in" && w != "at" {
			continue
		}
		if m := s.mentionAt(k + 1); m == nil || m.kind() != dict.KindCapital || m.j != b {
			return nil
		}
		acts := s.actorsIn(a, b, true)
		if len(acts) == 1 && !acts[0].weak && acts[0].i > k {
			return acts
		}
		return nil
	}
	return nil
}

// openingSubjectCountry returns the country of a sentence's opening
// subject when it is one state's body that speaks or acts ("China's
// foreign ministry said on Friday that the balloon was a weather
// airship"), for a later sentence's "the ministry" (docState.carry) even
// when the sentence gave no event; "" otherwise.
func (s *sentence) openingSubjectCountry() string {
	for _, p := range s.preds {
		if p.noun || !p.g.finite {
			continue
		}
		if p.subjSpan[0] != 0 || len(p.subj) != 1 || p.subj[0].weak {
			return ""
		}
		c := demarche.Country(p.subj[0].code)
		if c == "" || c == demarche.NoActor || strings.HasPrefix(p.subj[0].code, sectorOnly) {
			return ""
		}
		return c
	}
	return ""
}

// passiveSubjectStretch returns the tokens before a passive verb group
// that its subject may hold: its subject phrase, widened leftward to the
// start of its clause (a comma, semicolon, colon or finite verb), so that
// "Relations with Guatemala were downgraded", "Talks between Egypt and
// Ethiopia … were suspended" show their pattern's words even when the
// subject found is a name inside them, or none.
func (s *sentence) passiveSubjectStretch(p *pred) [2]int {
	end := p.g.start
	if p.subjSpan[1] > p.subjSpan[0] && p.subjSpan[1] <= end {
		end = max(end, p.subjSpan[1])
	}
	subj := [2]int{p.subjSpan[0], min(p.subjSpan[1], end)}
	if !p.g.finite || p.g.start == p.v {
		return subj // a reduced relative ("the banquet given by X"): its noun only
	}
	start := end
	for k := end - 1; k >= -1; k-- {
		if k < 0 || s.norm(k) == "," || s.norm(k) == ";" || s.norm(k) == ":" {
			break // the clause opens here: its subject is all before the verb
		}
		if k < end-16 || s.finiteVerbAt(k) || s.tag(k) == "MD" || s.tag(k) == "WDT" || s.norm(k) == "that" {
			return subj // inside another clause's object: the subject found
		}
		start = k
	}
	if subj[1] > subj[0] {
		if subj[0] <= start || subj[0] == 0 || s.tag(subj[0]-1) != "IN" && s.tag(subj[0]-1) != "TO" {
			// the subject found is the whole phrase: "At the end of
			// speeches a performance was given by …" keeps its adverbial out
			return subj
		}
		// "Relations with Guatemala were downgraded": the subject found is
		// the object of a preposition inside the phrase
	}
	if t := s.tag(start); t == "IN" || t == "TO" || t == "RB" {
		return subj // a clause that opens with an adverbial: not all subject
	}
	return [2]int{start, end}
}

// hasSlot reports whether elems hold a target or source slot, alone or
// inside an optional part.
func hasSlot(elems []dict.Elem) bool {
	for _, e := range elems {
		if e.Kind == dict.ElemTarget || e.Kind == dict.ElemSource || e.Kind == dict.ElemOptional && hasSlot(e.Sub) {
			return true
		}
	}
	return false
}

// staffOfBody reports whether a phrase of people with no country of its
// own ("officials", "a spokesman", "diplomats") is followed by an "at"
// complement naming a state's body with its country ("officials at the
// Pakistani high commission in London"): they speak for that body.
func (s *sentence) staffOfBody(head, at segmentInfo) bool {
	return len(head.agents) == 0 && len(head.weak) == 0 && (head.generic || head.headIsSector) &&
		at.headIsSector && at.secAt >= 0 && len(at.agents) > 0
}

// agentThenObject are the prepositions that may follow a passive's agent
// and open what its pattern wants ("sanctions imposed by X against Y",
// "an apology issued by X to Y"); not "with" ("exercises staged by X with
// the flag of Y as their target", "by X in collusion with Y").
var agentThenObject = map[string]bool{"to": true, "against": true, "on": true, "for": true, "over": true}

// passiveAgentEnd returns the end of a passive's "by" phrase right after
// its verb ("was issued by the Serbian interior ministry | to Croatia")
// when one of agentThenObject follows it, or -1.
func (s *sentence) passiveAgentEnd(p *pred) int {
	if p.vend >= p.hi || s.norm(p.vend) != "by" {
		return -1
	}
	e := s.npEndRight(p.vend + 1)
	if e <= p.vend+1 {
		return -1
	}
	if e+1 < p.hi {
		// "by the foreign ministry of Serbia", "by the ministry in Belgrade"
		if w := s.norm(e); w == "of" || (w == "in" || w == "at") && s.mentionAt(e+1) != nil && s.mentionAt(e+1).kind() == dict.KindCapital {
			if e2 := s.npEndRight(e + 1); e2 > e+1 && e2 <= p.hi {
				e = e2
			}
		}
	}
	if e >= p.hi || !agentThenObject[s.norm(e)] {
		return -1
	}
	return e
}

// passiveOtherSide returns the span of the first actor named before a
// passive verb (coder's passiveSubjectStretch) whose country is not its
// agent's ("talks between Egypt and Ethiopia … were suspended by Cairo":
// Ethiopia), or {-1, -1}.
func (s *sentence) passiveOtherSide(p *pred, by []actor) [2]int {
	none := [2]int{-1, -1}
	if len(by) == 0 {
		return none
	}
	own := demarche.Country(by[0].code)
	st := s.passiveSubjectStretch(p)
	for k := st[0]; k < st[1]; k++ {
		m := s.mentionAt(k)
		if m == nil || m.actor == nil {
			continue
		}
		if c := demarche.Country(m.actor.Code); c != "" && c != own {
			return [2]int{m.i, m.j}
		}
		k = m.j - 1
	}
	return none
}

// afterTimeAdverbial returns the token after a time adverbial that wire
// prose puts between a verb and its complement ("declined on Tuesday to
// say", "would not say on Thursday what …", "denied late on Monday
// that"): "on" + a weekday (with "night", "morning" …), a bare weekday,
// "yesterday", "today", "again"; k itself when none stands at k.
func (s *sentence) afterTimeAdverbial(k, hi int) int {
	j := k
	if j < hi && s.norm(j) == "late" || j < hi && s.norm(j) == "early" {
		j++
	}
	if j < hi && s.norm(j) == "on" {
		j++
	}
	if j >= hi {
		return k
	}
	w := s.norm(j)
	if _, wd := weekdayNum[w]; wd && s.toks[j].Capitalized() {
		j++
		if j < hi {
			switch s.norm(j) {
			case "night", "morning", "evening", "afternoon":
				j++
			}
		}
	} else if (w == "yesterday" || w == "today" || w == "again") && j == k {
		j++
	} else {
		return k
	}
	if j < hi && s.norm(j) == "," {
		j++
	}
	return j
}

// frontedAccordingTo codes a denial or a refusal to comment attributed at
// the start of the sentence ("According to the Kenyan foreign ministry, no
// Kenyan troops had crossed the border", "According to Ankara, Turkey had
// not sent any weapons"), as accordingTo does a closing attribution: the
// content holds a hedge, a falsehood, or an act of the speaker's own side
// said not to have happened.
func (s *sentence) frontedAccordingTo(out []candidate) []candidate {
	if len(s.toks) < 6 || s.norm(0) != "according" || s.norm(1) != "to" {
		return out
	}
	c := -1
	for j := 3; j < len(s.toks) && j < 16; j++ {
		if s.norm(j) == "," {
			c = j
			break
		}
	}
	if c < 0 {
		return out
	}
	var src []actor
	for _, a := range s.actorsIn(2, c, true) {
		if !strings.HasPrefix(a.code, sectorOnly) {
			src = append(src, a)
		}
	}
	if len(src) != 1 {
		return out
	}
	own := demarche.Country(src[0].code)
	for _, cd := range out {
		if stanceCodes[cd.code] && demarche.Country(cd.src.code) == own {
			return out
		}
	}
	st := &s.c.sets.stance
	code := ""
	for j := c + 1; j < len(s.toks) && code == ""; j++ {
		switch {
		case s.phraseIn(st.hedges, j, len(s.toks)) > 0:
			code = "011"
		case s.denialAt(j, len(s.toks)):
			code = "016"
		}
	}
	for _, p := range s.preds {
		if code != "" {
			break
		}
		if p.noun || p.v <= c || len(p.subj) == 0 || !(p.g.neg || s.negativeSubject(p)) {
			continue
		}
		if demarche.Country(p.subj[0].code) == own {
			code = "016" // "Kenya had not sent troops", "no Kenyan troops had crossed"
		}
	}
	if code == "" && c+3 < len(s.toks) && s.negativeClause(c+2, c+1) {
		// "no Kenyan troops had crossed the border": a verb the lexicon
		// need not know, its negative subject of the speaker's side
		for k := c + 2; k < c+5 && k < len(s.toks); k++ {
			if m := s.mentionAt(k); m != nil && m.actor != nil && demarche.Country(m.actor.Code) == own {
				code = "016"
				break
			}
		}
	}
	if code == "" {
		return out
	}
	s.note("\"according to\" " + src[0].code + " opening the sentence: the speaker of the stance after it (" + code + ")")
	return append(out, s.stanceCandidate(0, 2, src[0], code, "coder: a stance attributed with an opening \"according to\""))
}
