// Coding one predicate: its patterns, modality, source and target.

package coder

import (
	"sort"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// codePredicate applies the patterns of the predicate's class and the
// modality of its clause.
func (s *sentence) codePredicate(p *pred, preds []*pred) []candidate {
	tr := s.tracePred(p)
	var m match
	matched := false
	var c *dict.VerbClass
	best := -1
	for _, cp := range s.patternsFor(p) {
		if matched && cp.pat.Weight() < best {
			break // a match of this weight that fills no slot beats lighter ones
		}
		mm, ok := s.matchPattern(cp.pat, p, cp.vend, 0, p.hi)
		tr.tried(cp.pat, ok)
		if !ok || matched {
			if ok && mm.target[0] >= 0 && m.target[0] < 0 {
				m, c = mm, cp.pat.Class // same weight, and its optional slot found a target
				break
			}
			continue
		}
		m, matched, c, best = mm, true, cp.pat.Class, cp.pat.Weight()
		if m.target[0] >= 0 || !hasOptionalSlot(cp.pat) {
			break
		}
	}
	if !matched && p.g.passive {
		// "Kim Jong Il's work was brought out by …": the passive's subject
		// is the object the patterns expect after the verb
		if pm, ok := s.passivePattern(p); ok {
			m, matched, c = pm, true, pm.pat.Class
			tr.tried(pm.pat, true)
		}
	}
	var code, rule string
	if matched {
		code, rule = m.pat.Code, m.pat.Pos.String()+" "+m.pat.Text
	} else {
		if p.noun {
			tr.why("an event noun codes only through a pattern")
			return nil
		}
		for _, cf := range p.cands {
			if cf.form.class.Code != dict.NoCode {
				c = cf.form.class
				break
			}
		}
		if c == nil {
			tr.why("no pattern matched and the classes have no default code")
			return nil
		}
		code, rule = c.Code, c.Pos.String()+" verbs "+c.Name
		m = match{target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}
	}
	if p.g.neg && !m.negWord && (p.g.future || p.g.hypo == "would") {
		// "will not give into pressure": a refusal, whatever the pattern
		for _, cf := range p.cands {
			if rc := cf.form.class.Refuse; rc != "" && code != rc {
				c, code, rule = cf.form.class, rc, cf.form.class.Pos.String()+" verbs "+cf.form.class.Name+" (refused)"
				break
			}
		}
	}
	if code == dict.NoCode {
		tr.why("no code: " + rule)
		return nil
	}
	if p.noun && !s.headline && m.source[0] < 0 && !matchedBefore(m) {
		tr.why("an event noun outside a headline codes only with words before it (\"on a visit to\")")
		return nil
	}
	// modality
	g := p.g
	if verbalRoots[cameo.Root(code)] && s.performative(p) {
		// "I would like to express my condolences", "allow me to thank":
		// the speaker does what it says it wishes to do
		g.gov, g.govIdx, g.hypo, g.future = govNone, -1, "", false
		rule += " (performative)"
	}
	refused := false
	switch {
	case g.neg && !m.negWord:
		if c.Refuse != "" && (g.future || g.hypo == "would" || g.hypo == "will") {
			if code != c.Refuse {
				rule += " (refused)"
			}
			code, refused = c.Refuse, true
		} else {
			tr.why("negated")
			return nil
		}
	case g.gov != govEmbed && p.g.infin && s.insideContent(p):
		tr.why("inside the content of an appeal or demand: not an event of its own")
		return nil
	case g.gov == govEmbed:
		tr.why("the content of \"" + s.norm(g.govIdx) + "\", not an event of its own")
		return nil
	case g.gov == govNegate:
		if c.Refuse != "" {
			code, refused = c.Refuse, true
			rule += " (refused)"
		} else {
			tr.why("governed by \"" + s.norm(g.govIdx) + "\": not done")
			return nil
		}
	case g.gov == govAttempt:
		tr.why("an attempt (\"" + s.norm(g.govIdx) + "\"): not coded")
		return nil
	case g.gov == govConsider:
		tr.why("considered (\"" + s.norm(g.govIdx) + "\"): the governing verb codes 014")
		return nil
	case (g.hypo == "should" || g.hypo == "must") && s.speakerOf(p) != nil && len(p.subj) > 0:
		// "X should lend an ear …, Y said": Y appeals to X
		sp := s.speakerOf(p)
		var out []candidate
		for _, src := range sp.subj {
			for _, t := range p.subj {
				out = append(out, candidate{p: sp, code: "020", rule: rule + " (\"" + g.hypo + "\" in reported speech: an appeal)",
					src: src, tgt: t, verb: [2]int{sp.v, sp.vend}})
			}
		}
		tr.coded("020", rule+" (an appeal)")
		return out
	case g.hypo != "" && cameo.Root(code) != "01" && g.hypo != "would" && g.hypo != "must":
		tr.why("hypothetical (\"" + g.hypo + "\")")
		return nil
	case g.hypo == "would" && !s.reported(p) && cameo.Root(code) != "01":
		tr.why("hypothetical (\"would\")")
		return nil
	case s.inConditional(p.v):
		tr.why("inside a condition")
		return nil
	}
	if !refused && (g.gov == govIntent || g.future || g.hypo == "would" || g.hypo == "must") {
		ic := intentOf(code)
		if ic == "" {
			tr.why("an intention to say something is not an event (\"" + s.norm(p.v) + "\")")
			return nil
		}
		if ic != code {
			rule += " (intention: " + code + " → " + ic + ")"
			code = ic
		}
	}
	if sub := s.backgroundClause(p); sub != "" {
		tr.why("inside a \"" + sub + "\" clause: background, not the news")
		return nil
	}
	if s.historical(p) {
		tr.why("a historical episode (an earlier year, or a past century, in the clause)")
		return nil
	}
	// source
	srcs := p.subj
	tgtSpan := m.target
	between := false
	if p.g.passive && !p.noun {
		// "X was praised by Y": Y is the source, X the target
		if by, together := s.byAgent(p); together {
			// "an MOU was signed between X and Y": X and Y, each way
			srcs, tgtSpan, between = by, [2]int{-1, -1}, true
		} else if len(by) > 0 {
			if tgtSpan[0] < 0 {
				tgtSpan = p.subjSpan
			}
			srcs = by
		} else {
			tr.why("passive without an agent: the source is not named")
			return nil
		}
	}
	if m.source[0] >= 0 && !p.g.passive {
		if m.source == p.subjSpan {
			srcs = p.subj
		} else {
			srcs = s.actorsIn(m.source[0], m.source[1], false)
			if len(srcs) == 0 {
				// "DPRK-China friendship meeting held": the two named
				// sides, each toward the other
				if w := s.actorsIn(m.source[0], m.source[1], true); len(w) > 1 {
					for i := range w {
						w[i].weak = false
					}
					srcs, between = w, true
				}
			}
		}
	}
	if len(srcs) == 0 {
		tr.why("no source actor")
		return nil
	}
	// target
	var tgts []actor
	if tgtSpan[0] >= 0 {
		if tgtSpan == p.subjSpan {
			tgts = p.subj
		} else {
			tgts = s.actorsIn(tgtSpan[0], tgtSpan[1], true)
			if len(tgts) == 0 && !s.pronounAt(tgtSpan[0]) {
				// "with Abebe Bekele, Ethiopian ambassador to the DPRK": the
				// unknown name's apposition, or a later phrase of the clause
				tgts, _ = s.targetSearch(tgtSpan[0], p.hi, [2]int{-1, -1})
			}
		}
	} else if !between && !s.pronounObject(p) && !c.SlotOnly {
		skip := [2]int{-1, -1}
		if m.source[0] >= 0 {
			skip = m.source
		}
		end := p.hi
		if governors[lemma(s.norm(p.v))] == govEmbed {
			end = s.objectEnd(p)
		}
		tgts, tgtSpan = s.targetSearch(p.vend, end, skip)
		if len(tgts) > 0 && len(srcs) > 0 && demarche.Country(tgts[0].code) == demarche.Country(srcs[0].code) && cameo.Root(code) == "01" {
			// a statement about relations between the speaker's country and
			// another is about the other ("… between the DPRK and Chad")
			for k := tgtSpan[1]; k < end; {
				more, span := s.targetSearch(k, end, skip)
				if len(more) == 0 || span[1] <= k {
					break
				}
				if demarche.Country(more[0].code) != demarche.Country(srcs[0].code) {
					tgts, tgtSpan = more, span
					break
				}
				k = span[1]
			}
		}
	}
	if r := cameo.Root(code); r != "18" && r != "19" && r != "20" {
		tgts = s.localTargets(tgts, srcs)
	}
	verb := [2]int{min(m.begin, p.v), p.vend}
	if m.begin == 0 && !matched {
		verb[0] = p.v
	}
	if verb[0] > p.v || verb[0] < p.g.start {
		verb[0] = p.v
	}
	var out []candidate
	for _, src := range srcs {
		if src.weak {
			continue
		}
		if m := s.mentionAt(src.i); m != nil && m.person != nil && m.person.DeadOn(s.doc.date) {
			tr.why(m.person.Name + " had died (" + m.person.Died + "): narration, not a new event")
			continue
		}
		if m := s.mentionAt(src.i); m != nil && m.actor != nil && m.actor.Until != "" && m.actor.Until < s.doc.date {
			tr.why(s.spanText(m.i, m.j) + " ceased to exist (" + m.actor.Until + "): narration, not a new event")
			continue
		}
		cand := candidate{p: p, code: code, rule: rule, src: src, verb: verb, speech: c.Speech}
		if c.Speech {
			cand.content = [2]int{p.vend, p.hi}
			if p.hi < p.vend || s.trailingSpeech(p) {
				cand.content = [2]int{0, p.g.start}
			}
		}
		if len(tgts) == 0 {
			// a coordinated subject acting together ("China and Gabon
			// vowed to enhance ties"): each toward the others
			if len(srcs) > 1 && !c.Speech && (together(c, code) || between) {
				for _, other := range srcs {
					if other.code != src.code && !other.weak {
						cc := cand
						cc.tgt = other
						out = append(out, cc)
					}
				}
				continue
			}
			cand.noTarget = true
			out = append(out, cand)
			continue
		}
		for _, t := range tgts {
			cc := cand
			cc.tgt = t
			out = append(out, cc)
			if c.Mutual && !t.weak && (m.target[0] >= 0 || cameo.Root(code) == "04") {
				back := cc
				back.src, back.tgt = t, src
				out = append(out, back)
			}
		}
	}
	if len(out) > 0 {
		tr.coded(code, rule)
		p.coded = true
	}
	return out
}

// together reports whether a coordinated subject without a target acts
// jointly: an agreement, a meeting, cooperation, a signature.
func together(c *dict.VerbClass, code string) bool {
	switch cameo.Root(code) {
	case "03", "06":
		return true
	case "04":
		return code != "042" && code != "043" // visitors arrive, they do not visit each other
	}
	return c.Mutual || code == "057"
}

func matchedBefore(m match) bool {
	return m.begin < m.target[0] || m.begin >= 0 && m.pat != nil && m.pat.Elems[0].Kind != dict.ElemVerb
}

// classPattern is a pattern with the end of the verb it is matched from.
type classPattern struct {
	pat  *dict.Pattern
	vend int
}

// patternsFor returns the patterns of all the predicate's classes, most
// specific first; among equals, those of longer multi-word verbs and then
// dictionary order.
func (s *sentence) patternsFor(p *pred) []classPattern {
	var out []classPattern
	for _, cf := range p.cands {
		for _, pat := range s.c.patterns[cf.form.class] {
			out = append(out, classPattern{pat, cf.vend})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		wi, wj := out[i].pat.Weight()+4*(out[i].vend-p.v-1), out[j].pat.Weight()+4*(out[j].vend-p.v-1)
		return wi > wj
	})
	return out
}

// pronounObject reports whether the verb's object is a pronoun ("criticizing
// it as …"): the target is whoever it refers to, not a later phrase.
func (s *sentence) pronounObject(p *pred) bool {
	k := p.vend
	if k < len(s.toks) && s.tag(k) == "PRP" {
		w := s.norm(k)
		return w == "it" || w == "them" || w == "him" || w == "her" || w == "us" || w == "you"
	}
	return false
}

// objectEnd returns where a predicate's objects end: the clause end, or an
// infinitive after its object ("urged the international community to
// support Palestine": the appeal's target is the community, not Palestine).
func (s *sentence) objectEnd(p *pred) int {
	for k := p.vend + 1; k < p.hi; k++ {
		if s.norm(k) == "to" && s.tag(k+1) == "VB" {
			return k
		}
	}
	return p.hi
}

// passivePattern finds a pattern whose first words after the verb stand in
// the passive's subject ("a statement was issued" is "issued a statement").
// What the pattern wants after those words is matched after the verb ("a
// reception was given by X in honour of Y" is "gave a reception … in honour
// of Y").
func (s *sentence) passivePattern(p *pred) (match, bool) {
	if p.subjSpan[1] <= p.subjSpan[0] {
		return match{}, false
	}
	for _, cp := range s.patternsFor(p) {
		var first *dict.Elem
		rest := -1
		for i, e := range cp.pat.Elems {
			if e.Kind != dict.ElemVerb {
				continue
			}
			for j := i + 1; j < len(cp.pat.Elems); j++ {
				if k := cp.pat.Elems[j].Kind; k != dict.ElemGap {
					first, rest = &cp.pat.Elems[j], j+1
					break
				}
			}
			break
		}
		if first == nil || first.Kind != dict.ElemWords || cp.pat.Code == dict.NoCode {
			continue
		}
		inSubject := false
		for k := p.subjSpan[0]; k < p.subjSpan[1] && !inSubject; k++ {
			for _, ph := range first.Phrases {
				if s.phraseAt(ph, k, p.subjSpan[1]) {
					inSubject = true
					break
				}
			}
		}
		if !inSubject {
			continue
		}
		m := match{pat: cp.pat, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}
		if onlyOptionalAfter(cp.pat, first) {
			return m, true
		}
		if end, ok := s.matchRight(cp.pat.Elems[rest:], p.vend, p.hi, &m); ok {
			m.end = end
			return m, true
		}
	}
	return match{}, false
}

// hasOptionalSlot reports whether a pattern has an optional target slot.
func hasOptionalSlot(p *dict.Pattern) bool {
	for _, e := range p.Elems {
		if e.Kind == dict.ElemOptional {
			for _, sub := range e.Sub {
				if sub.Kind == dict.ElemTarget {
					return true
				}
			}
		}
	}
	return false
}

// onlyOptionalAfter reports whether every element of p after first is a
// gap or optional: what the passive cannot show must not be required.
func onlyOptionalAfter(p *dict.Pattern, first *dict.Elem) bool {
	seen := false
	for i := range p.Elems {
		e := &p.Elems[i]
		if e == first {
			seen = true
			continue
		}
		if seen && e.Kind != dict.ElemGap && e.Kind != dict.ElemOptional {
			return false
		}
	}
	return true
}

// insideContent reports whether an infinitive stands inside the content of
// an appeal ("call on X to support Y in order to help Z": helping is asked
// for, not done): an earlier infinitive of the same sentence is the content
// of a verb that embeds, with no finite verb between.
func (s *sentence) insideContent(p *pred) bool {
	for _, q := range s.preds {
		if q == p || q.v >= p.v || q.g.gov != govEmbed || q.g.govIdx < 0 {
			continue
		}
		clear := true
		for k := q.v + 1; k < p.v; k++ {
			if s.finiteVerbAt(k) {
				clear = false
				break
			}
		}
		if clear {
			return true
		}
	}
	return false
}
