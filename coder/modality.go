// Modality: what the clause around a predicate does to its event.

package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// modality applies the modality of the predicate's clause to its code:
// negation, refusal, the verb that governs it, hypothesis, intention,
// background and historical narration. ok is false when the predicate
// asserts no event; out is set when the modality makes another event (an
// appeal from "X should …, Y said").
func (s *sentence) modality(p *pred, k *coding, tr predTracer) (out []candidate, ok bool) {
	m, c := k.m, k.c
	code, rule, intended, performative := k.code, k.rule, k.intended, k.performative
	defer func() { k.code, k.rule, k.intended, k.performative = code, rule, intended, performative }()
	g := p.g
	if (verbalRoots[cameo.Root(code)] || cameo.Root(code) == "03" && s.c.sets.lowered(setDeclarativeVerbs)[s.lemmaAt(p.v)]) && (s.performative(p) || s.selfPerformative(p, code)) {
		// "I would like to express my condolences", "allow me to thank":
		// the speaker does what it says it wishes to do
		g.gov, g.govIdx, g.hypo, g.future = govNone, -1, "", false
		rule += " (performative)"
		performative = true
	}
	refused := false
	switch {
	case g.neg && !m.negWord:
		if c.Refuse != "" && refusalMood(g) { // kcnaacts2.go
			if code != c.Refuse {
				rule += " (refused)"
			}
			code, refused = c.Refuse, true
		} else {
			tr.why("negated")
			return nil, false
		}
	case !m.negWord && s.negativeSubject(p): // negation.go
		tr.why("a negative subject (\"no …\"): not done")
		return nil, false
	case g.gov != govEmbed && p.g.infin && s.insideContent(p):
		tr.why("inside the content of an appeal or demand: not an event of its own")
		return nil, false
	case g.gov == govEmbed:
		tr.why("the content of \"" + s.norm(g.govIdx) + "\", not an event of its own")
		return nil, false
	case s.demandContent(p): // coder/wireactors.go
		tr.why("the content of a demand or call (\"a demand that …\"): not an event of its own")
		return nil, false
	case g.gov == govNegate:
		if c.Refuse != "" {
			code, refused = c.Refuse, true
			rule += " (refused)"
		} else {
			tr.why("governed by \"" + s.norm(g.govIdx) + "\": not done")
			return nil, false
		}
	case g.gov == govAttempt:
		tr.why("an attempt (\"" + s.norm(g.govIdx) + "\"): not coded")
		return nil, false
	case g.gov == govConsider:
		tr.why("considered (\"" + s.norm(g.govIdx) + "\"): the governing verb codes 014")
		return nil, false
	case (g.hypo == "should" || g.hypo == "must") && s.speakerOf(p) != nil && len(p.subj) > 0:
		// "X should lend an ear …, Y said": Y appeals to X
		sp := s.speakerOf(p)
		for _, src := range sp.subj {
			for _, t := range p.subj {
				out = append(out, candidate{p: sp, pat: k.pat, code: "020", rule: rule + " (\"" + g.hypo + "\" in reported speech: an appeal)",
					src: src, tgt: t, verb: [2]int{sp.v, sp.vend}})
			}
		}
		tr.coded("020", rule+" (an appeal)")
		return out, true
	case (g.hypo == "should" || g.hypo == "must") && s.speakerExhorts(p):
		// "Russia must withdraw its troops", in a government's own
		// statement: the speaker appeals to Russia (voice.go)
		out = s.speakerAppeal(p, rule+" (\""+g.hypo+"\" in the speaker's statement: an appeal)")
		for i := range out {
			out[i].pat = k.pat // the entry that read it, for the rules that test it
		}
		tr.coded("020", rule+" (an appeal of the speaker)")
		return out, true
	case (g.hypo == "must" || g.hypo == "should") && s.mustPerform(p, code):
		// "we must applaud the United Nations": praise given in the saying
		// (ungdlists.go)
		rule += " (performative \"" + g.hypo + "\")"
		performative = true
		g.hypo = ""
	case (g.hypo == "must" || g.hypo == "should") && s.firstPerson(p):
		// "we must support …": an exhortation of the speaker's own side,
		// not an act nor a stated plan
		tr.why("\"" + g.hypo + "\" with a first-person subject: an exhortation")
		return nil, false
	case g.hypo == "must" || g.hypo == "should" || g.hypo == "ought":
		// "Japan should admit its crimes", "the United Nations must
		// uphold …": an obligation the author lays on another, its demand,
		// not an act nor an intention of the subject
		tr.why("\"" + g.hypo + "\" laid on the subject by the author: a demand, not its act or intention")
		return nil, false
	case g.hypo != "" && cameo.Root(code) != "01" && g.hypo != "would" && g.hypo != "must":
		tr.why("hypothetical (\"" + g.hypo + "\")")
		return nil, false
	case g.hypo == "would" && s.firstPerson(p) && verbalRoots[cameo.Root(code)] && cameo.Root(code) != "01" && !s.inConditional(p.v) && g.govIdx < 0 && !s.conditionBefore(p.v):
		// "I would commend our people", "we would urge all parties": the
		// speaker's polite form performs the act (voice.go)
		rule += " (performative \"would\")"
		performative = true
		g.hypo = ""
	case g.hypo == "would" && s.conditionalConsequent(p.v): // analysisprose.go
		tr.why("the consequence of an \"if\" clause: hypothetical")
		return nil, false
	case g.hypo == "would" && !s.reported(p) && cameo.Root(code) != "01":
		tr.why("hypothetical (\"would\")")
		return nil, false
	case s.inConditional(p.v):
		tr.why("inside a condition")
		return nil, false
	}
	// "would neither confirm nor deny", "would not comment": declining to
	// comment is done in the saying, not intended
	declined := g.hypo == "would" && len(code) >= 3 && code[:3] == "011"
	if !refused && !declined && (g.gov == govIntent || g.future || g.hypo == "would" || g.hypo == "must") && !s.decidedMeasure(p, code) /* measures.go */ && !s.announcedDeployment(p, code) && !s.agreedMeasure(p, code) /* wireroots.go */ {
		ic := intentOf(code)
		if cameo.Root(code) == "15" && c.Mutual && partners(p.subj) {
			// "the U.S. and south Korean generals decided to hold an
			// exercise": a drill partners plan together is military
			// cooperation intended, each toward the other
			ic = "0312"
		}
		if ic == "" {
			tr.why("an intention to say something is not an event (\"" + s.norm(p.v) + "\")")
			return nil, false
		}
		if ic != code {
			rule += " (intention: " + code + " → " + ic + ")"
			code, intended = ic, code
		}
	}
	if sub := s.backgroundClause(p); sub != "" && !s.stanceAfter(p, code, sub) /* stanceacts.go */ && !s.forceInTemporalClause(p, code, sub, c.Mutual) /* forceclauses.go */ &&
		!s.sequelClause(p, code, sub) /* sequelclauses.go */ && !s.actorlessMainAfter(p, code, sub) /* aftersequel.go */ && !s.triggerClause(p, code, sub) /* wireroots.go */ {
		tr.why("inside a \"" + sub + "\" clause: background, not the news")
		return nil, false
	}
	if s.historical(p) && !s.actsNow(p, code, performative) /* ungdframes.go */ && !s.stanceOnThePast(p, code) /* wireactors.go */ && !s.undatedSaying(p, code) /* datedsayings.go */ {
		tr.why("a historical episode (an earlier year, or a past century, in the clause)")
		return nil, false
	}
	return nil, true
}

// partners reports whether a subject names actors of two countries or more.
func partners(subj []actor) bool {
	for _, a := range subj[min(1, len(subj)):] {
		if !a.weak && demarche.Country(a.code) != demarche.Country(subj[0].code) {
			return true
		}
	}
	return false
}
