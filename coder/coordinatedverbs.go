package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// setSecondActVerbs names the word set SECOND_ACT_VERBS
// (dict/data/99-ungd-second-acts.txt): the verbs of the speaker's own
// voice that, after "and", open a second act of the first verb's subject
// even past an infinitive in that verb's object.
const setSecondActVerbs = "SECOND_ACT_VERBS"

// notConjunctOf reports whether the predicate r, standing between the verb
// q that has a subject and the verb p coordinated after "and", cannot be
// the verb p is coordinated with, so that it does not keep p from taking
// q's subject (coordinatedPredicates, ungdlists.go). Coordinated verbs share
// their form: a participle in q's object ("the efforts aimed at calming the
// situation", "the measures taken by the G20 in postponing payments")
// cannot be the conjunct of a finite verb after it ("and call on North Korea
// to …", "and invite them to …"); nor can anything but a finite verb be the
// conjunct of a verb in -s ("Chad supports the efforts to end the war and
// calls on the parties …"). An infinitive in q's object can be p's conjunct
// ("we call on Israel to end the occupation and allow access": Israel is
// asked to allow it), except when p is a verb of the speaker's own voice
// (SECOND_ACT_VERBS: "we applaud the decision of Kenya to lead the mission
// and welcome the decision of Jamaica to join it").
func (s *sentence) notConjunctOf(r, p, q *pred) bool {
	rt, pt := s.tag(r.v), s.tag(p.v)
	second := s.secondAct(q, p)
	switch {
	case s.attributiveParticiple(r.v):
		return true
	case rt == "VBG" && pt != "VBG" && pt != "NN":
		return true
	case rt == "VBN" && r.g.particip && (pt == "VB" || pt == "VBP" || pt == "VBZ"):
		return true
	case pt == "VBZ" && s.tag(q.v) == "VBZ" && rt != "VBZ" && rt != "VBD" && !r.g.finite:
		return true
	}
	return second && (r.g.infin || r.g.particip)
}

// secondAct reports whether p, a bare or present verb after q, is one of
// the speaker's own acts of voice (SECOND_ACT_VERBS), spoken in the
// present as q is ("we applaud … and welcome …", "I would like to thank …
// and welcome …"); a narrative's past ("officials issued statements to
// mark the date and hail his visit") hails in the statements.
func (s *sentence) secondAct(q, p *pred) bool {
	pt, qt := s.tag(p.v), s.tag(q.v)
	if qt != "VBP" && qt != "VBZ" && q.g.hypo == "" {
		return false
	}
	return (pt == "VB" || pt == "VBP" || pt == "VBZ") && s.c.sets.lowered(setSecondActVerbs)[p.lemma(s)]
}

// infinitiveConjunct reports whether the bare verb p after "and" is the
// conjunct of an infinitive standing between it and the finite verb q, a
// verb no class may know: "we affirm our support for efforts to facilitate
// a truce and hold a dialogue" (the efforts are to hold it), "we call on
// Israel to end the blockade and allow relief in". A verb in -s or in the
// past cannot be, nor one of the speaker's own acts of voice
// (SECOND_ACT_VERBS: "… to lead the force and welcome the decision of …").
func (s *sentence) infinitiveConjunct(q, p *pred) bool {
	if pt := s.tag(p.v); pt != "VB" && pt != "VBP" || s.secondAct(q, p) {
		return false
	}
	// the infinitives of an active q ("we continue to advocate cooperation
	// and support …", "we wish to thank X and welcome …") share its
	// subject; a passive's do not ("the United Nations was established to
	// save … and develop …")
	k := q.vend
	for k < p.g.start && isAdvTag(s.tag(k)) {
		k++ // "are working hard to shirk … and shun …"
	}
	for !q.g.passive && k+1 < p.g.start && s.norm(k) == "to" && s.tag(k) == "TO" {
		j := k + 1
		for j < p.g.start && isAdvTag(s.tag(j)) {
			j++
		}
		if j >= p.g.start || s.tag(j) != "VB" {
			break
		}
		k = j + 1
	}
	return s.infinitiveBetween(k, p.g.start)
}

// infinitiveBetween reports whether "to" and a bare verb (adverbs between)
// stand in [a, b): an infinitive, whether or not a verb class knows it.
func (s *sentence) infinitiveBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.norm(k) != "to" || s.tag(k) != "TO" {
			continue
		}
		j := k + 1
		for j < b && isAdvTag(s.tag(j)) {
			j++
		}
		if j < b && s.tag(j) == "VB" {
			return true
		}
	}
	return false
}

// secondActRetags tags as a verb the speaker's second act after "and"
// that the tagger, reading the noun before "and", takes for a noun or an
// adjective: "we back the mediation aimed at easing the tension and
// urge/NN Serbia to …", "… and invite/JJ Serbia to …", "Lesotho supports
// the declaration and therefore calls/NNS upon all States …". Only a
// sentence whose subject acts in the present before ("we back", "I
// strongly urge", "Lesotho supports") is read, and only a word of
// SECOND_ACT_VERBS in the form that agrees with that verb (the bare form
// after "we"/"I", the form in -s after a verb in -s), after "and"
// (adverbs between), with its object after it: "on"/"upon"/"to"/"for", a
// determiner, a pronoun, a name or an actor.
func (s *sentence) secondActRetags() {
	first, third := -1, -1 // the first person's present verb; a verb in -s
	for k := 0; k+1 < len(s.toks) && first < 0; k++ {
		if s.toks[k].Tag == "VBZ" && third < 0 && s.namedSubjectBefore(k) {
			third = k
		}
		if n := s.toks[k].Norm; n != "we" && n != "i" {
			continue
		}
		j := k + 1
		for j < len(s.toks) && j < k+4 && isAdvTag(s.toks[j].Tag) {
			j++
		}
		if j < len(s.toks) && s.toks[j].Tag == "VBP" {
			first = j
		}
	}
	if first < 0 && third < 0 {
		return
	}
	from := first
	if from < 0 || third >= 0 && third < from {
		from = third
	}
	second := s.c.sets.lowered(setSecondActVerbs)
	for k := from + 1; k+2 < len(s.toks); k++ {
		if s.toks[k].Norm != "and" {
			continue
		}
		v := k + 1
		for v+1 < len(s.toks) && isAdvTag(s.toks[v].Tag) {
			v++
		}
		t := &s.toks[v]
		if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" && t.Tag != "NNP" || v+1 >= len(s.toks) {
			continue
		}
		tag := ""
		switch {
		case first >= 0 && first < k && second[t.Norm]:
			tag = "VBP"
		case third >= 0 && third < k && strings.HasSuffix(t.Norm, "s") && second[s.lemmaAt(v)]:
			tag = "VBZ"
		default:
			continue
		}
		n := s.toks[v+1]
		switch {
		case n.Norm == "on" || n.Norm == "upon" || n.Norm == "to" || n.Norm == "for":
		case n.Tag == "DT" || n.Tag == "PRP" || n.Tag == "PRP$" || n.Tag == "NNP" || n.Tag == "NNPS" || s.mentionAt(v+1) != nil:
		default:
			continue
		}
		t.Tag = tag
	}
}

// namedSubjectBefore reports whether an actor named at the start of the
// clause stands just before the verb at k (adverbs between): "Lesotho
// fully supports", "In Syria, Chad reiterates", not "a country such as
// Cabo Verde goes" (whose subject is the noun before "such as").
func (s *sentence) namedSubjectBefore(k int) bool {
	j := k - 1
	for j >= 0 && isAdvTag(s.toks[j].Tag) {
		j--
	}
	m := s.mentionAt(j)
	if m == nil || m.j != j+1 {
		return false
	}
	i := m.i
	for i > 0 && (s.toks[i-1].Tag == "DT" || s.toks[i-1].Tag == "PRP$") {
		i--
	}
	return i == 0 || s.toks[i-1].Norm == ","
}

// coordinationFiniteBetween reports whether a finite verb or a modal
// stands in [a, b), as finiteVerbBetween, but for a past form between a
// determiner and its noun, which is the noun's participle ("we welcome the
// recently signed/VBD peace agreement … and urge …").
func (s *sentence) coordinationFiniteBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.finiteVerbAt(k) && s.tag(k) != "MD" {
			continue
		}
		if k+1 < b && s.attributiveParticiple(k) {
			continue
		}
		return true
	}
	return false
}

// attributiveParticiple reports whether the past form at k stands between
// a determiner (adverbs between) and its noun: "the recently signed/VBD
// peace agreement" names a thing, it asserts no act.
func (s *sentence) attributiveParticiple(k int) bool {
	if t := s.tag(k); t != "VBD" && t != "VBN" {
		return false
	}
	j := k - 1
	for j >= 0 && isAdvTag(s.tag(j)) {
		j--
	}
	n := s.tag(k + 1)
	return j >= 0 && (s.tag(j) == "DT" || s.tag(j) == "PRP$") && (n == "NN" || n == "NNS" || isAdjTag(n))
}

// secondActPronouns gives an appeal coordinated after another act of a
// government's statement, and aimed at a pronoun, the pronoun's
// antecedent: the nearest actor of another country named before it in the
// sentence ("we hope that the United States will lift the sanctions and
// appeal to it to do so": the United States; "him"/"her" want a person,
// "it" a state or a body). An appeal already aimed at a named addressee
// keeps it. Only the speaker's own appeals (a statement with a speaker),
// only after "and", and only when the pronoun follows the verb.
func (s *sentence) secondActPronouns(out []candidate) {
	if s.doc.speaker == "" {
		return
	}
	for i := range out {
		c := &out[i]
		if !c.noTarget || c.p == nil || c.p.noun || cameo.Root(c.code) != "02" || !strings.HasPrefix(c.src.code, s.doc.speaker) {
			continue
		}
		p := c.p
		if s.norm(p.g.start-1) != "and" {
			continue
		}
		o := p.vend
		if s.norm(o) == "to" {
			o++
		}
		w := s.norm(o)
		if w != "it" && w != "them" && w != "him" && w != "her" {
			continue
		}
		s.mentionsBefore(p.g.start-1, func(m *mention) bool {
			if m.speaker || (w == "him" || w == "her") != (m.person != nil) {
				return false
			}
			a, ok := s.firstNamed(s.actorsIn(m.i, m.j, false))
			if !ok || demarche.Country(a.code) == demarche.Country(c.src.code) {
				return false
			}
			c.tgt, c.noTarget = a, false
			c.rule += " (\"" + w + "\": the nearest actor named before, coordinatedverbs.go)"
			return true
		})
	}
}
