// The third stance pass: readings that the stance arcs' wire reports need
// (tuned on arcs A–D and the third breadth tranche; see
// coder/testdata/README.md, "Stance arcs and stance breadth").

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// coordinatedPasts retags as a past tense the participle that follows the
// sentence's opening noun phrase and takes an object, when the sentence's
// first finite verb is a past tense coordinated with it: "Norway
// summoned/VBN China's ambassador on Friday and called/VBD off the talks"
// has two verbs under one subject, both finite.
func (s *sentence) coordinatedPasts() {
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "VBN" || !isNounTag(s.tag(k-1)) || s.chainLeft(k) != 0 || !s.startsNP(k+1) || s.tag(k+1) == "IN" {
			continue
		}
		for j := k + 1; j < len(s.toks); j++ {
			if !s.finiteVerbAt(j) && s.tag(j) != "MD" {
				continue
			}
			c := j - 1
			for c > k && isAdvTag(s.tag(c)) {
				c--
			}
			if s.tag(j) == "VBD" && (s.norm(c) == "and" || s.norm(c) == "but") {
				t.Tag = "VBD"
			}
			break
		}
		return // only the first verb after the opening noun phrase
	}
}

// stance3Readings runs the third stance pass's readings of the candidates.
func (s *sentence) stance3Readings(out []candidate) []candidate {
	s.speakerPossessives(out)
	s.negatedApologies(out)
	return out
}

// negatedApologies turns an apology that is said not to be made into a
// refusal to apologise (128, as "refused to apologise" is coded): "offered
// no apology for the raid", "said Tokyo had nothing to apologise for".
func (s *sentence) negatedApologies(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "055") || c.p == nil {
			continue
		}
		v := c.p.v
		neg := v >= 2 && s.norm(v-1) == "to" && (s.norm(v-2) == "nothing" || s.norm(v-2) == "no" && s.norm(v-3) == "reason")
		for k := c.verb[1]; !neg && k < len(s.toks) && k < c.verb[1]+3; k++ {
			if w := s.norm(k); w == "no" || w == "any" && s.notBefore(v) {
				j := k + 1
				for j < len(s.toks) && isAdjTag(s.tag(j)) {
					j++
				}
				neg = s.norm(j) == "apology" || s.norm(j) == "apologies"
			}
		}
		if neg {
			s.note("\"" + s.norm(v) + "\": no apology is made: a refusal to apologise (128)")
			c.code, c.rule = "128", c.rule+" (no apology made: 128)"
		}
	}
}

// possessiveLead are the words that may stand between a verb and the
// possessive of its object: "fired on one of its patrols", "shelled its
// positions", "attacked two of its vessels".
var possessiveLead = setOf("on", "at", "against", "upon", "into", "one", "two", "three", "several", "some", "many", "of", "a", "number")

// speakerPossessives gives an act reported in a statement's content, whose
// object is named by "its" or "our" and no country, the speaker as its
// target: "Guyana's defence force said that Venezuelan soldiers had opened
// fire on one of its patrols" → VEN → GUY. The possessive cannot be the
// reported actor's own when that one is of another country than the
// speaker and not named by a singular noun alone ("its own" is left out).
func (s *sentence) speakerPossessives(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || c.speech || c.p == nil || stanceCodes[c.code] || strings.HasPrefix(c.code, "01") {
			continue
		}
		k := c.p.vend
		for k < len(s.toks) && k < c.p.vend+4 && possessiveLead[s.norm(k)] {
			k++
		}
		if w := s.norm(k); w != "its" && w != "our" || s.norm(k+1) == "own" || s.mentionAt(k+1) != nil {
			continue
		}
		if s.norm(k) == "its" && !s.pluralPhrase(c.src) && !s.firedBy(c.src) {
			continue // "a Mauritanian vessel had fired on its …": whose, is not said
		}
		for j := range out {
			sp := &out[j]
			if !sp.speech || sp.p == nil || sp.p.v >= c.p.v || sp.noTarget && sp.src.code == "" {
				continue
			}
			if lo, hi := sp.content[0], sp.content[1]; hi > lo && (c.p.v < lo || c.p.v >= hi) {
				continue
			}
			if demarche.Country(sp.src.code) == demarche.Country(c.src.code) || demarche.Country(sp.src.code) == "" {
				continue
			}
			c.tgt, c.noTarget = sp.src, false
			s.note("\"" + s.norm(k) + " " + s.norm(k+1) + "\": the speaker's own, " + sp.src.code + " (\"" + s.norm(sp.p.v) + "\")")
			break
		}
	}
}

// pluralPhrase reports whether an actor's phrase ends in a plural noun
// ("Venezuelan soldiers", "Armenian forces").
func (s *sentence) pluralPhrase(a actor) bool {
	return a.j > a.i && a.j <= len(s.toks) && (s.tag(a.j-1) == "NNS" || s.tag(a.j-1) == "NNPS")
}

// coordinatedContentTarget retargets a statement about the speaker's own
// country to the other country named by a predicate coordinated inside its
// content: "Beijing said that the airship belonged to a Chinese company
// and had drifted into US airspace" is about the United States. Only a
// predicate that keeps the reported tense (a perfect, a modal, "was") is
// read as the content's: "said … and urged Washington to …" is the
// speaker's second act.
func (s *sentence) coordinatedContentTarget(c *candidate) {
	e := c.content[1]
	if c.p == nil || e <= c.content[0] || e >= len(s.toks) || (s.norm(e) != "and" && s.norm(e) != "but") {
		return
	}
	k := e + 1
	for k < len(s.toks) && isAdvTag(s.tag(k)) {
		k++
	}
	switch w := s.norm(k); {
	case haveForms[w] || w == "was" || w == "were" || s.tag(k) == "MD":
	default:
		return
	}
	end := len(s.toks)
	for j := k; j < len(s.toks); j++ {
		if w := s.norm(j); w == ";" || w == ":" || w == "," && s.trailingAttribution(j) {
			end = j
			break
		}
	}
	cc := *c
	cc.content = [2]int{e + 1, end}
	s.foreignContentTarget(&cc)
	if !cc.noTarget && demarche.Country(cc.tgt.code) != demarche.Country(c.src.code) {
		s.note("\"" + s.norm(e) + " " + s.norm(k) + "\": a predicate of the content, whose other country is the statement's target")
		c.tgt, c.noTarget = cc.tgt, false
	}
}

// perfectGroup returns the finite clause of a perfect tense whose "have"
// stands at j, before k ("Washington had overreacted and seriously
// violated …": the second verb shares the subject of "had overreacted",
// not that of "said" before it), with its subject found; nil when no
// participle follows the "have" or the clause has no subject.
func (s *sentence) perfectGroup(j, k int, all []*pred) *pred {
	v := j + 1
	for v < k && isAdvTag(s.tag(v)) {
		v++
	}
	if v >= k || s.tag(v) != "VBN" || beForms[s.norm(v)] {
		return nil
	}
	return s.verbWithSubject(v, all)
}

// decidedMeasure reports whether the predicate is a diplomatic measure
// (16x) that its subject has decided to take ("Ukraine decided to strip
// the Iranian ambassador of his accreditation", "Kyiv has decided to
// reduce the number of diplomats"): a government's decision on its own
// relations, announced, is the measure, not a threat of it.
func (s *sentence) decidedMeasure(p *pred, code string) bool {
	g := p.g
	if !strings.HasPrefix(code, "16") || g.gov != govIntent || g.future || g.hypo != "" || g.neg || g.govIdx < 0 {
		return false
	}
	if s.lemmaAt(g.govIdx) != "decide" {
		return false
	}
	switch s.tag(g.govIdx) {
	case "VBD":
		return true
	case "VBN":
		return haveForms[s.norm(g.govIdx-1)] || isAdvTag(s.tag(g.govIdx-1)) && haveForms[s.norm(g.govIdx-2)]
	}
	return false
}

// quotedFirstPerson gives the verbs of a quotation that opens the sentence,
// whose subject is "we" or "I", the speaker that the attribution after it
// names: "'We make no apologies for taking down that balloon,' Biden told
// reporters" is Biden's refusal. The speaker is named in the sentence
// itself; in a government's own statement (a known speaker) "we" is
// already that government.
func (s *sentence) quotedFirstPerson(preds []*pred) {
	if len(s.toks) == 0 || !isQuote(s.norm(0)) || s.doc.speaker != "" {
		return
	}
	var att *pred
	q := 0
	for _, p := range preds {
		if p.noun || len(p.subj) == 0 || !s.saysAt(p) {
			continue
		}
		if q = s.quotedBefore(p.v); q > 0 {
			att = p
			break
		}
	}
	if att == nil {
		return
	}
	for _, p := range preds {
		if p == att || p.noun || p.v >= q || len(p.subj) > 0 {
			continue
		}
		k := p.g.start - 1
		for k > 0 && isAdvTag(s.tag(k)) {
			k--
		}
		if w := s.norm(k); (w == "we" || w == "i") && k > 0 && (isQuote(s.norm(k-1)) || s.norm(k-1) == "," || s.norm(k-1) == "and" || s.norm(k-1) == "but") {
			p.subj, p.subjSpan = att.subj, att.subjSpan
			p.subjHow = "\"" + w + "\" of the quotation: its speaker (\"" + s.norm(att.v) + "\")"
		}
	}
}

// announcedMeasure returns, for a passive diplomatic measure (16x) with no
// agent, the government whose statement in the same sentence announces it:
// "Ukraine's foreign ministry said that the Iranian ambassador had been
// stripped of his accreditation", "Blinken's visit to Beijing was
// postponed, the State Department said". A government announces its own
// measures; a statement by anyone else (a paper, a party) names no agent.
func (s *sentence) announcedMeasure(p *pred, code string) []actor {
	if cameo.Root(code) != "16" || s.headline {
		return nil
	}
	for _, q := range s.preds {
		if q == p || q.noun || len(q.subj) == 0 || !s.saysAt(q) || q.g.neg || q.g.passive {
			continue
		}
		if p.v >= q.subjSpan[0] && p.v < q.subjSpan[1] {
			continue
		}
		sp := q.subj[0]
		c := sp.code
		if len(c) < 3 || sp.weak || strings.HasPrefix(c, sectorOnly) {
			continue
		}
		if sector := c[3:]; sector != "" && !strings.HasPrefix(sector, "GOV") && !strings.HasPrefix(sector, "MIL") {
			continue
		}
		if q.v < p.v || s.trailingAttributionOf(q, p) {
			s.note("\"" + s.norm(p.v) + "\": a measure " + c + " announces (\"" + s.norm(q.v) + "\"), its own")
			return q.subj[:1]
		}
	}
	return nil
}

// trailingAttributionOf reports whether the statement q closes the
// sentence after p's clause (", the ministry said").
func (s *sentence) trailingAttributionOf(q, p *pred) bool {
	k := q.subjSpan[0] - 1
	return k > p.v && s.norm(k) == "," && s.trailingAttribution(k)
}

// measureTarget returns the span of a passive measure's target: its
// subject ("the Iranian ambassador"), or, when that is the announcing
// government's own (a visit of its own minister), the place or actor the
// subject names after "to" ("Blinken's planned visit to Beijing").
func (s *sentence) measureTarget(p *pred, src actor) [2]int {
	span := p.subjSpan
	own := true
	for _, a := range s.actorsIn(span[0], span[1], false) {
		own = own && demarche.Country(a.code) == demarche.Country(src.code)
	}
	if !own {
		return span
	}
	for k := span[0]; k < span[1]; k++ {
		if s.norm(k) == "to" || s.norm(k) == "with" {
			if len(s.actorsIn(k+1, span[1], false)) > 0 {
				return [2]int{k + 1, span[1]}
			}
		}
	}
	return span
}
