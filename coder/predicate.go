// Coding one predicate: its patterns, modality, source and target.

package coder

import (
	"sort"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// coding is one predicate's coding under way: the pattern that matched (or
// the class's default), the code and the rule that gave it.
type coding struct {
	m       match
	matched bool
	c       *dict.VerbClass
	pat     *dict.Pattern // the pattern matched; nil when the class's default code applies
	code    string
	rule    string
	// intended is the code of the act when the clause only intends it
	// (set by modality, which then codes the intention)
	intended string
	// performative is set by modality when the speaker does what it says
	// it would ("I would like to thank", "we must applaud")
	performative bool
}

// codePredicate applies the patterns of the predicate's classes
// (matchPredicate), the modality of its clause (modality.go), finds its
// sources and targets (participants.go) and makes its events.
func (s *sentence) codePredicate(p *pred, preds []*pred) []candidate {
	tr := s.tracePred(p)
	if out := s.passivePublication(p, tr); out != nil {
		return out
	}
	k, ok := s.matchPredicate(p, tr)
	if !ok && p.noun && s.treePass {
		k, ok = s.treeNounMatch(p, tr)                                        // coder/tree.go
		if ok && subjectNounClass(k.c) && !s.nominalSubjectAsserted(p, k.m) { // analysisprose.go
			tr.stop(StageNoPattern, "an event noun of its class codes only as the subject of a clause that tells it")
			ok = false
		}
	}
	if !ok {
		return nil
	}
	if s.describingParticiple(p, k.code) { // coder/reducedrelatives.go
		tr.why("a passive participle describing the noun before it (\"the N " + s.norm(p.v) + " by X\"): background, not an event")
		return nil
	}
	out, ok := s.modality(p, k, tr)
	if !ok || out != nil {
		return out
	}
	srcs, tgts, between, ok := s.participants(p, k, tr)
	if !ok {
		return nil
	}
	tgts = s.meetingPlaces(k.code, tgts)   // coder/wireactors.go
	tgts = s.summitSidelines(k.code, tgts) // coder/wireprose.go
	return s.candidates(p, k, srcs, tgts, between, tr)
}

// matchPredicate finds the most specific pattern of the predicate's classes
// that matches, else the default code of its class; ok is false when
// nothing codes it.
func (s *sentence) matchPredicate(p *pred, tr predTracer) (k *coding, ok bool) {
	var m match
	matched := false
	var c *dict.VerbClass
	best := -1
	for _, cp := range s.patternsFor(p) {
		if matched && cp.pat.Weight() < best {
			break // a match of this weight that fills no slot beats lighter ones
		}
		mm, ok := s.matchPattern(cp.pat, p, cp.vend, 0, p.hi)
		if at := s.afterTimeAdverbial(cp.vend, p.hi); !ok && at > cp.vend {
			// "declined on Tuesday to say whether …": coder/nounclauses.go
			mm, ok = s.matchPattern(cp.pat, p, at, 0, p.hi)
		}
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
	var pat *dict.Pattern
	if matched {
		pat, code, rule = m.pat, m.pat.Code, m.pat.Pos.String()+" "+m.pat.Text
	} else {
		if p.noun {
			tr.stop(StageNoPattern, "an event noun codes only through a pattern")
			s.needTree = s.needTree || s.nounWithModifiers(p) // coder/tree.go
			return nil, false
		}
		for _, cf := range p.cands {
			if cf.form.class.Code != dict.NoCode {
				c = cf.form.class
				break
			}
		}
		if c == nil {
			tr.stop(StageNoPattern, "no pattern matched and the classes have no default code")
			return nil, false
		}
		code, rule = c.Code, c.Pos.String()+" verbs "+c.Name
		m = match{target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}
	}
	if p.g.neg && !m.negWord && refusalMood(p.g) { // kcnaacts2.go
		// "will not give into pressure": a refusal, whatever the pattern
		for _, cf := range p.cands {
			if rc := cf.form.class.Refuse; rc != "" && code != rc {
				c, code, rule = cf.form.class, rc, cf.form.class.Pos.String()+" verbs "+cf.form.class.Name+" (refused)"
				pat = nil
				break
			}
		}
	}
	if code == dict.NoCode {
		tr.stop(StageNoCode, "no code: "+rule)
		return nil, false
	}
	if p.noun && subjectNounClass(c) && !s.nominalSubjectAsserted(p, m) { // analysisprose.go
		tr.stop(StageNoPattern, "an event noun of its class codes only as the subject of a clause that tells it")
		return nil, false
	}
	if p.noun && !s.headline && m.source[0] < 0 && !matchedBefore(m) {
		tr.stop(StageNoPattern, "an event noun outside a headline codes only with words before it (\"on a visit to\")")
		return nil, false
	}
	return &coding{m: m, matched: matched, c: c, pat: pat, code: code, rule: rule}, true
}

// candidates makes the events of a coded predicate, one per source and
// target: coordinated subjects acting together toward each other, and
// reciprocal events both ways.
func (s *sentence) candidates(p *pred, k *coding, srcs, tgts []actor, between bool, tr predTracer) []candidate {
	m, matched, c, code, rule := k.m, k.matched, k.c, k.code, k.rule
	verb := [2]int{min(m.begin, p.v), p.vend}
	if m.begin == 0 && !matched {
		verb[0] = p.v
	}
	if verb[0] > p.v || verb[0] < p.g.start {
		verb[0] = p.v
	}
	var out []candidate
	resp := s.respectively(p, srcs, tgts) // coder/lists.go
	for si, src := range srcs {
		if src.weak {
			tr.stop(StageNoSource, s.spanText(src.i, src.j)+" is only a modifier (\"Russian\" of an unknown noun): no source")
			continue
		}
		if r, ok := s.relativesOf(src); ok {
			src = r // "the bereaved families of former President Roh": coder/relatives.go
		} else if m := s.mentionAt(src.i); m != nil && m.person != nil && m.person.DeadOn(s.doc.date) {
			tr.stop(StageNoSource, m.person.Name+" had died ("+m.person.Died+"): narration, not a new event")
			continue
		}
		if m := s.mentionAt(src.i); m != nil && m.actor != nil && m.actor.Until != "" && m.actor.Until < s.doc.date {
			tr.stop(StageNoSource, s.spanText(m.i, m.j)+" ceased to exist ("+m.actor.Until+"): narration, not a new event")
			continue
		}
		cand := candidate{p: p, class: c, pat: k.pat, code: code, rule: rule, intended: k.intended, performative: k.performative, src: src, verb: verb, speech: c.Speech}
		if c.Speech {
			cand.content = s.speechContent(p) // body.go
			if p.hi < p.vend || s.trailingSpeech(p) {
				cand.content = [2]int{0, p.g.start}
			}
		}
		if len(tgts) == 0 {
			// a coordinated subject acting together ("China and Gabon
			// vowed to enhance ties"): each toward the others
			if len(srcs) > 1 && !c.Speech && (together(c, code) || between) {
				n, own := 0, 0
				for _, other := range srcs {
					if other.code == src.code || other.weak {
						continue
					}
					if !between && cameo.Root(code) == "04" && demarche.Country(other.code) == demarche.Country(src.code) && demarche.Country(src.code) == s.doc.home {
						own++
						continue
					}
					cc := cand
					cc.tgt = other
					out = append(out, cc)
					n++
				}
				if n > 0 || own == 0 {
					continue
				}
				// "X, secretary of the C.C., the WPK, met …": the
				// publication's own side, a person and his own party, meet
				// no one among themselves
			}
			cand.noTarget = true
			out = append(out, cand)
			continue
		}
		for ti, t := range tgts {
			if resp && ti != si {
				continue // "X and Y … A and B respectively": X with A, Y with B
			}
			cc := cand
			cc.tgt = t
			out = append(out, cc)
			if c.Mutual && !t.weak && (m.target[0] >= 0 || cameo.Root(code) == "04") && !s.againstSlot(m.target) {
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

// againstSlot reports whether a pattern's target slot follows "against":
// drills staged against a country are aimed at it, not held with it, so a
// mutual class codes them one way only.
func (s *sentence) againstSlot(span [2]int) bool {
	k := span[0] - 1
	for k > 0 && (s.tag(k) == "DT" || s.tag(k) == "PRP$") {
		k-- // "against the DPRK", "against its neighbour"
	}
	return k >= 0 && s.norm(k) == "against"
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
	return c.Mutual || code == "057" || code == "054" // ("Djibouti and Eritrea restored relations", stanceacts.go)
}

func matchedBefore(m match) bool {
	return m.begin < m.target[0] || m.begin >= 0 && m.pat != nil && m.pat.Elems[0].Kind != dict.ElemVerb
}

// classPattern is a pattern with the end of the verb it is matched from.
// weightedPattern is a pattern with its weight (dict.Pattern.Weight),
// computed once when the coder is made: the patterns of a predicate's
// classes are weighed for every predicate.
type weightedPattern struct {
	pat *dict.Pattern
	w   int
}

type classPattern struct {
	pat  *dict.Pattern
	vend int
	w    int // the pattern's weight, plus 4 a verb word beyond the first
}

// patternsFor returns the patterns of all the predicate's classes, most
// specific first; among equals, those of longer multi-word verbs and then
// dictionary order.
func (s *sentence) patternsFor(p *pred) []classPattern {
	if p.pats != nil {
		return p.pats // the classes of a predicate do not change once found
	}
	var out []classPattern
	for _, cf := range p.cands {
		for _, wp := range s.c.patterns[cf.form.class] {
			out = append(out, classPattern{wp.pat, cf.vend, wp.w + 4*(cf.vend-p.v-1)})
		}
	}
	if len(p.cands) > 1 { // one class's patterns are sorted already (New)
		sort.SliceStable(out, func(i, j int) bool { return out[i].w > out[j].w })
	}
	p.pats = out
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
	span := s.passiveSubjectStretch(p) // coder/nounclauses.go
	if span[1] <= span[0] {
		span = s.passiveStretchPastRelative(p) // coder/stance8.go
	}
	if span[1] <= span[0] {
		return match{}, false
	}
	for _, cp := range s.patternsFor(p) {
		var first *dict.Elem
		rest := -1
		for i, e := range cp.pat.Elems {
			if e.Kind == dict.ElemWords {
				// words wanted before the verb ("{not|never} * the
				// claims", "neither * nor …"): the passive's rewrite
				// cannot check them (coder/negation.go reads a negated passive)
				break
			}
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
		inSubject, after := false, -1
		for k := span[0]; k < span[1] && !inSubject; k++ {
			for _, ph := range first.Phrases {
				if s.phraseAt(ph, k, span[1]) {
					inSubject, after = true, k+len(ph)
					break
				}
			}
		}
		if !inSubject {
			continue
		}
		m := match{pat: cp.pat, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}
		if end, ok := s.matchRight(cp.pat.Elems[rest:], p.vend, p.hi, &m); ok && m.target[0] >= 0 {
			// "a floral basket was sent to X by Y": the optional slot
			// after the verb is the target
			m.end = end
			return m, true
		}
		if in := (match{pat: cp.pat, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}); after < span[1] && hasSlot(cp.pat.Elems[rest:]) {
			// "relations with Guatemala were downgraded by Belize": the
			// slot stands in the subject, after the pattern's words
			if _, ok := s.matchRight(cp.pat.Elems[rest:], after, span[1], &in); ok && in.target[0] >= 0 {
				in.end = p.vend
				return in, true
			}
		}
		if by := s.passiveAgentEnd(p); by > p.vend {
			// "an apology was issued by the interior ministry to
			// Croatia": what the pattern wants comes after the agent
			m = match{pat: cp.pat, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}
			if end, ok := s.matchRight(cp.pat.Elems[rest:], by, p.hi, &m); ok && m.target[0] >= 0 {
				m.end = end
				return m, true
			}
		}
		m = match{pat: cp.pat, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}
		if end, ok := s.matchRight(cp.pat.Elems[rest:], p.vend, p.hi, &m); ok {
			m.end = end
			return m, true
		}
		if onlyOptionalAfter(cp.pat, first) {
			m.target = [2]int{-1, -1}
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

// codedBy reports whether one of the candidates was read from predicate p.
func codedBy(cands []candidate, p *pred) bool {
	for _, c := range cands {
		if c.p == p {
			return true
		}
	}
	return false
}
