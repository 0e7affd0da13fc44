package coder

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// candidate is an event before the sentence-level checks.
type candidate struct {
	p        *pred
	code     string
	rule     string
	src, tgt actor
	noTarget bool
	verb     [2]int
	speech   bool   // a statement whose content is reported speech
	content  [2]int // the content clause of a statement
}

// intentCodes maps the root of an event to the code of the intention to do
// it (CAMEO 03x), for "will visit", "plans to", "agreed to deepen".
var intentCodes = map[string]string{
	"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
	"14": "133", "15": "138", "16": "131", "17": "131", "18": "138", "19": "138", "20": "138",
}

var intentSub = map[string]string{
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
	"0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356",
	"046": "036", "040": "036", "042": "036", "043": "036", "044": "036",
	"057": "030", "054": "032", "163": "1312", "161": "1313", "166": "136", "190": "138",
	"195": "1384", "194": "1384", "193": "1384", "204": "1385", "2041": "1385", "2042": "1385",
}

// intentOf returns the code of the intention to do code.
func intentOf(code string) string {
	if c, ok := intentSub[code]; ok {
		return c
	}
	root := cameo.Root(code)
	switch root {
	case "03", "09":
		return code
	case "01", "02", "10", "11", "12", "13":
		return "" // to intend to say something is not to say it
	}
	if c, ok := intentCodes[root]; ok {
		return c
	}
	return code
}

// codeSentence runs the whole analysis of one sentence.
func (s *sentence) codeSentence() []candidate {
	if s.isQuestion() {
		s.note("the sentence is a question: nothing it says is asserted")
		return nil
	}
	preds := s.findPredicates()
	s.preds = preds
	for _, p := range preds {
		if p.noun {
			continue
		}
		s.findSubject(p, preds)
		if len(p.subj) > 0 && (p.g.finite || s.finiteVerbAt(p.v)) {
			s.prevSubj, s.prevSubjEnd = p.subj, p.subjSpan[1]
		}
	}
	var out []candidate
	for _, p := range preds {
		if s.describesObject(p, out) {
			continue
		}
		out = append(out, s.codePredicate(p, preds)...)
	}
	if s.headline && len(out) == 0 {
		out = s.mediaOn()
	}
	out = s.alleged(out)
	out = s.purposes(out)
	return s.settle(out)
}

// verbalRoots are the roots of events that are words about someone.
var verbalRoots = map[string]bool{"01": true, "02": true, "05": true, "10": true, "11": true, "12": true, "13": true}

// describesObject reports whether p is a relative clause describing the
// object of an earlier statement, praise or criticism ("praising the
// soldiers who participated in …"): a description, not an event of its own.
func (s *sentence) describesObject(p *pred, done []candidate) bool {
	if !strings.HasPrefix(p.subjHow, "antecedent") && !(p.g.particip && p.g.passive) {
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

// mediaOn codes the headlines of state media commentary: "Rodong Sinmun
// on U.S. Moves", "KCNA Commentary on …": a statement (010) by the outlet
// about what follows "on".
func (s *sentence) mediaOn() []candidate {
	if len(s.ments) == 0 || s.ments[0].i != 0 || s.ments[0].actor == nil {
		return nil
	}
	m := s.ments[0]
	code := m.actor.Code
	if len(code) < 6 || code[3:6] != "MED" {
		return nil
	}
	k := m.j
	for k < len(s.toks) && k < m.j+3 && s.norm(k) != "on" {
		if !s.toks[k].Capitalized() {
			return nil // "KCNA Commentary on", "RS Article on", not a sentence
		}
		k++
	}
	if s.norm(k) != "on" {
		return nil
	}
	tgts, _ := s.targetSearch(k+1, len(s.toks), [2]int{-1, -1})
	src := actor{code: code, i: m.i, j: m.j, note: "publication"}
	p := &pred{v: k, vend: k + 1, hi: len(s.toks), g: verbGroup{start: k, govIdx: -1}}
	c := candidate{p: p, code: "010", rule: "coder: headline \"<outlet> on …\"", src: src, verb: [2]int{m.j, k + 1}}
	if len(tgts) == 0 {
		c.noTarget = true
		return []candidate{c}
	}
	var out []candidate
	for _, t := range s.localTargets(tgts, []actor{src}) {
		cc := c
		cc.tgt = t
		out = append(out, cc)
	}
	if len(out) == 0 {
		c.noTarget = true
		out = append(out, c)
	}
	return out
}

// purposes drops a statement, publication or visit whose purpose clause
// was coded from the same source ("issued a statement to denounce X",
// "visited Pyongyang to mourn"): the purpose is the event.
func (s *sentence) purposes(cands []candidate) []candidate {
	out := cands[:0:0]
	for _, c := range cands {
		r := cameo.Root(c.code)
		drop := false
		if c.p.g.gov == govPurpose && (r == "11" || r == "12" || r == "10" || r == "02") {
			// "held a rally … to denounce X": the rally is the event
			for _, d := range cands {
				if d.p.v == c.p.g.govIdx && cameo.Root(d.code) == "14" {
					drop = true
				}
			}
		}
		if r == "01" || r == "04" {
			for _, d := range cands {
				if d.p != c.p && d.p.g.gov == govPurpose && d.p.g.govIdx >= c.p.v && d.p.g.govIdx < c.p.vend &&
					demarche.Country(d.src.code) == demarche.Country(c.src.code) && cameo.Root(d.code) != r {
					drop = true
				}
			}
		}
		if drop {
			s.note(fmt.Sprintf("%s %s → %s dropped: its purpose clause is the event", c.code, c.src.code, c.tgt.code))
			continue
		}
		out = append(out, c)
	}
	return out
}

// alleged applies the verbs whose content is alleged ("South Korea claimed
// that North Korea sank a warship"): the content's events are dropped, and a
// claimed use of force becomes an accusation of its author.
func (s *sentence) alleged(cands []candidate) []candidate {
	var claims []*pred
	for _, p := range s.preds {
		for _, cf := range p.cands {
			hearsay := cf.form.class.Speech && p.g.passive && s.norm(p.g.start-1) == "it"
			if (cf.form.class.Allege && len(p.subj) > 0 || hearsay) && !p.g.neg {
				// "it is said that …": hearsay, not asserted either
				claims = append(claims, p)
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
			if c.p != q && c.p.v > q.v && c.p.v < q.hi {
				claim = q
			}
		}
		if claim == nil {
			out = append(out, c)
			continue
		}
		switch cameo.Root(c.code) {
		case "17", "18", "19", "20":
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
		if cp, ok := s.passivePattern(p); ok {
			m, matched, c = match{pat: cp, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}, true, cp.Class
			tr.tried(cp, true)
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
			if c.Mutual && !t.weak && m.target[0] >= 0 {
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
func (s *sentence) passivePattern(p *pred) (*dict.Pattern, bool) {
	if p.subjSpan[1] <= p.subjSpan[0] {
		return nil, false
	}
	for _, cp := range s.patternsFor(p) {
		var first *dict.Elem
		for i, e := range cp.pat.Elems {
			if e.Kind != dict.ElemVerb {
				continue
			}
			for j := i + 1; j < len(cp.pat.Elems); j++ {
				if k := cp.pat.Elems[j].Kind; k != dict.ElemGap {
					first = &cp.pat.Elems[j]
					break
				}
			}
			break
		}
		if first == nil || first.Kind != dict.ElemWords || cp.pat.Code == dict.NoCode || !onlyOptionalAfter(cp.pat, first) {
			continue
		}
		for k := p.subjSpan[0]; k < p.subjSpan[1]; k++ {
			for _, ph := range first.Phrases {
				if s.phraseAt(ph, k, p.subjSpan[1]) {
					return cp.pat, true
				}
			}
		}
	}
	return nil, false
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
	for k := p.g.start - 1; k >= 0 && k > p.g.start-8; k-- {
		if s.norm(k) == "," {
			return true
		}
	}
	return false
}

// byAgent returns the actors of a passive verb's "by" phrase, or of a
// "between X and Y" phrase (together is then true).
func (s *sentence) byAgent(p *pred) (acts []actor, together bool) {
	for k := p.vend; k < p.hi && k < p.vend+8; k++ {
		switch s.norm(k) {
		case "by":
			e := s.chainRight(k+1, p.hi)
			return s.actorsIn(k+1, e, false), false
		case "between":
			e := s.chainRight(k+1, p.hi)
			if a := s.actorsIn(k+1, e, false); len(a) > 1 {
				return a, true
			}
			return nil, false
		}
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			break
		}
	}
	return nil, false
}

// localTargets gives a target named by its sector alone ("the
// authorities") the country of the source, as domestic news uses it, and
// drops modifier targets of the source's own country ("China-DPRK
// cooperation" in a Chinese paper is about the DPRK).
func (s *sentence) localTargets(tgts, srcs []actor) []actor {
	if len(srcs) == 0 {
		return tgts
	}
	home := demarche.Country(srcs[0].code)
	out := tgts[:0:0]
	for _, t := range tgts {
		if strings.HasPrefix(t.code, sectorOnly) {
			if !t.title && !stateHeads[s.norm(t.j-1)] {
				continue // "the soldier-builders": no country named, no target
			}
			place, why := home, " (country of the source)"
			if t.title && s.doc.home != "" {
				// "the President" in a national outlet is its own
				place, why = s.doc.home, " (a title alone: the publication's country)"
			}
			if place == "" || len(srcs) > 1 && !t.title {
				continue
			}
			t.code = place + t.code[len(sectorOnly):]
			t.note += why
		}
		if t.weak && demarche.Country(t.code) == home {
			continue
		}
		out = append(out, t)
	}
	return out
}

// stateHeads are the words for a state's own institutions that domestic
// news names without the country ("the authorities", "the puppet regime").
var stateHeads = setOf("authorities", "authority", "government", "regime", "administration", "puppets",
	"soldiers", "troops", "units", "servicemen", "service personnel",
	"puppet", "police", "prosecution", "prosecutors", "court", "courts", "parliament", "cabinet",
	"group", "clique", "traitors", "ruling party", "ministry", "army", "military", "forces", "'s", "'")

// pronounAt reports whether token k is a personal pronoun.
func (s *sentence) pronounAt(k int) bool { return s.tag(k) == "PRP" }

// settle applies the sentence-level rules: statements whose content is
// coded from the same source are dropped, statements need a target, and one
// event is kept per source country, target country and root.
func (s *sentence) settle(cands []candidate) []candidate {
	var out []candidate
	for i, c := range cands {
		if c.noTarget && s.hasTargeted(cands, c) {
			continue
		}
		if strings.HasPrefix(c.tgt.code, sectorOnly) {
			c.noTarget = true // a sector that found no country: no target
		}
		if c.speech && !s.hasContentClause(c) {
			s.note(fmt.Sprintf("\"%s\" by %s dropped: no reported content", s.spanText(c.verb[0], c.verb[1]), c.src.code))
			continue
		}
		if c.speech {
			keep := true
			for j, d := range cands {
				if i == j || d.speech {
					continue
				}
				if d.verb[0] >= c.content[0] && d.verb[0] < c.content[1] &&
					demarche.Country(d.src.code) == demarche.Country(c.src.code) {
					keep = false
				}
			}
			if !keep {
				s.note(fmt.Sprintf("statement by %s dropped: its content is coded from the same source", c.src.code))
				continue
			}
			if c.noTarget || c.tgt.i >= c.verb[0] && c.tgt.i >= c.content[1] {
				tgts := s.statementTargets(c)
				if len(tgts) == 0 {
					s.note(fmt.Sprintf("statement by %s dropped: it names no target (attribution)", c.src.code))
					continue
				}
				c.tgt, c.noTarget = tgts[0], false
			}
			if c.content[0] == 0 && c.content[1] <= c.verb[0] && strings.Contains(c.src.code, "MED") {
				s.note(fmt.Sprintf("\", %s said\" by %s dropped: a news outlet's attribution", s.norm(c.p.v), c.src.code))
				continue
			}
			if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && c.code == "010" {
				s.note(fmt.Sprintf("statement by %s about its own country dropped: attribution of a domestic fact", c.src.code))
				continue
			}
		}
		if !c.noTarget && sameCountryVoid(c.code) && demarche.Country(c.src.code) == demarche.Country(c.tgt.code) {
			s.note(fmt.Sprintf("%s %s → %s dropped: visits, meetings, agreements and cooperation within one country are not coded", c.code, c.src.code, c.tgt.code))
			continue
		}
		if !c.noTarget && c.src.code == c.tgt.code && c.src.i == c.tgt.i {
			continue
		}
		dup := false
		for _, d := range out {
			if sameOccasion(d.code, c.code) && demarche.Country(d.src.code) == demarche.Country(c.src.code) &&
				demarche.Country(d.tgt.code) == demarche.Country(c.tgt.code) && d.noTarget == c.noTarget {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		out = append(out, c)
	}
	return out
}

// sameCountryVoid reports whether an event of this code between two actors
// of one country says nothing: a visit, meeting, intention, agreement or
// cooperation between domestic bodies.
func sameCountryVoid(code string) bool {
	switch cameo.Root(code) {
	case "03", "04", "06":
		return true
	}
	return code == "057"
}

// backgroundClause returns the subordinator of a temporal clause that
// holds the predicate ("since they were killed", "after he visited", "when
// asked"): such clauses date the news, they are not the news. "While" and
// "as" clauses are kept: they often carry news ("While Moscow expressed its
// condolences to Seoul, …").
func (s *sentence) backgroundClause(p *pred) string {
	for k := p.g.start - 1; k >= 0; k-- {
		w, t := s.norm(k), s.tag(k)
		if w == ";" || w == ":" {
			return ""
		}
		if (w == "since" || w == "after" || w == "before" || w == "until" || w == "once" || w == "when") &&
			(t == "IN" || t == "WRB") && !s.isTimePhraseAfter(k) {
			return w
		}
		if w == "," || t == "WDT" || t == "WP" || w == "that" || s.finiteVerbAt(k) && k < p.g.start-1 {
			// a comma closes a preposed clause only after its verb
			if w == "," && !s.clauseHasVerb(k+1, p.g.start) {
				continue
			}
			return ""
		}
	}
	return ""
}

// isTimePhraseAfter reports whether the subordinator at k heads a time
// phrase rather than a clause ("after his visit", "since 2010").
func (s *sentence) isTimePhraseAfter(k int) bool {
	e := s.chainRight(k+1, len(s.toks))
	return e > k+1 && !s.finiteVerbAt(e) && s.tag(e) != "MD" && !beForms[s.norm(e)]
}

// clauseHasVerb reports whether [a, b) has a verb.
func (s *sentence) clauseHasVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if isVerbTag(s.tag(k)) {
			return true
		}
	}
	return false
}

// historical reports whether the predicate's clause narrates the past: it
// names a year two or more years before the document, a past century or
// decade.
func (s *sentence) historical(p *pred) bool {
	year := 0
	if len(s.doc.date) >= 4 {
		year, _ = strconv.Atoi(s.doc.date[:4])
	}
	a := p.g.start
	if p.subjSpan[1] > 0 && p.subjSpan[0] < a {
		a = p.subjSpan[0]
	}
	for a > 0 && !s.boundaryLeft(a-1) && s.norm(a-1) != "," {
		a-- // "In 1950 the U.S. attacked": the clause's preposed adjuncts date it
	}
	for k := a; k < p.hi; k++ {
		w := s.norm(k)
		if y, ok := yearNum(w); ok && year > 0 && y <= year-2 && s.norm(k-1) != "the" && !s.isNumberList(k) {
			return true
		}
		if (w == "century" && (s.norm(k-1) == "last" || strings.HasSuffix(s.norm(k-1), "th"))) ||
			len(w) == 5 && strings.HasSuffix(w, "0s") && w[0] == '1' {
			return true
		}
		if w == "ago" && (s.norm(k-1) == "century" || s.norm(k-1) == "decades" || strings.HasSuffix(s.norm(k-1), "years") && s.tag(k-2) == "CD") {
			return true // "a century ago", "60 years ago"
		}
		if historicalCues[w+" "+s.norm(k+1)] || historicalCues[w+" "+s.norm(k+1)+" "+s.norm(k+2)] {
			// before the verb, or as an adjunct after it ("fought … during
			// the war"), not inside an object ("the anniversary of the
			// victory in the Fatherland Liberation War")
			if k < p.v || w == "at" || w == "during" || w == "in" && s.norm(k+1) == "those" || s.norm(k-1) == "during" {
				return true
			}
		}
	}
	return false
}

// historicalCues are phrases that place a clause in the past of Korean
// history: the war of 1950–53, the colonial period.
var historicalCues = setOf("at that time", "in those days", "during the war", "the war", "korean war",
	"colonial rule", "fatherland liberation", "liberation war", "anti-japanese war", "anti-japanese armed",
	"outbreak of", "the war,", "in wartime", "wartime", "years ago", "the past")

// isNumberList reports whether the number at k is part of a quantity ("15
// 854 dead") rather than a year.
func (s *sentence) isNumberList(k int) bool {
	return s.tag(k-1) == "CD" || s.tag(k+1) == "CD"
}

// sameOccasion reports whether two codes for one pair of actors in one
// sentence describe one event: the same root, except for statements, where
// a denial and a refusal to comment are two different signals.
func sameOccasion(a, b string) bool {
	ra, rb := cameo.Root(a), cameo.Root(b)
	if ra != rb {
		return false
	}
	if ra == "01" {
		return a[:3] == b[:3]
	}
	return true
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

// hasTargeted reports whether another candidate has the same root and
// source country as c and a target: c, without one, is the same event.
func (s *sentence) hasTargeted(cands []candidate, c candidate) bool {
	for _, d := range cands {
		if !d.noTarget && cameo.Root(d.code) == cameo.Root(c.code) && demarche.Country(d.src.code) == demarche.Country(c.src.code) {
			return true
		}
	}
	return false
}

// hasContentClause reports whether a statement reports something: its
// content is a "that" clause, a clause with its own finite verb ("said
// the U.S. would …") or the sentence before a trailing ", he said".
func (s *sentence) hasContentClause(c candidate) bool {
	a, b := c.content[0], c.content[1]
	if a == 0 && b <= c.verb[0] {
		return true // trailing ", X said": the sentence before is the content
	}
	for k := a; k < b && k < a+12; k++ {
		if s.norm(k) == "that" || s.norm(k) == ":" {
			return true
		}
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return true
		}
	}
	return false
}

// event turns a candidate into an Event.
func (s *sentence) event(c candidate, docID string, index int, date string) demarche.Event {
	code := c.code
	info, _ := s.c.tax.Lookup(code)
	src := c.src.code
	tgt := demarche.NoActor
	var tspan demarche.Span
	if !c.noTarget {
		tgt = c.tgt.code
		tspan = s.span(c.tgt.i, c.tgt.j)
	}
	vspan := s.span(c.verb[0], c.verb[1])
	e := demarche.Event{
		Doc:        docID,
		Sentence:   index,
		Date:       date,
		Source:     src,
		Target:     tgt,
		SourceSpan: s.span(c.src.i, c.src.j),
		TargetSpan: tspan,
		VerbSpan:   vspan,
		CAMEO:      code,
		Root:       cameo.Root(code),
		Quad:       cameo.QuadClass(cameo.Root(code)),
		Goldstein:  info.Goldstein,
		PLOVER:     info.PLOVER,
		Mode:       info.Mode,
		Context:    info.Context,
		Text:       s.text,
		Rule:       c.rule,
	}
	e.SourceText = e.SourceSpan.Of(s.text)
	e.TargetText = e.TargetSpan.Of(s.text)
	e.VerbText = e.VerbSpan.Of(s.text)
	e.ID = demarche.EventID(docID, index, vspan, src, tgt, code)
	return e
}

// span converts a token range to a byte span in the sentence.
func (s *sentence) span(i, j int) demarche.Span {
	if i < 0 || j <= i || j > len(s.toks) {
		return demarche.Span{}
	}
	return demarche.Span{Start: s.toks[i].Start - s.base, End: s.toks[j-1].End() - s.base}
}

func (s *sentence) note(msg string) {
	if s.trace != nil {
		s.trace.Notes = append(s.trace.Notes, msg)
	}
}

var _ = strings.TrimSpace
