// Publications of the leaders' works by outlets abroad, told in the passive.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// passivePublication codes "X's work was brought out in booklet by the Y
// Publishing House of Nepal" (and carried, posted, published … by): the
// agent is the outlet and the source of a statement (010, or the stance a
// pattern states), the work's author or subject before the verb is the
// target. A work's own quoted title names no target. The DPRK's own
// publishers bringing out the leaders' works are not an event (no
// counterpart). It returns nil when the predicate is not such a passive.
func (s *sentence) passivePublication(p *pred, tr predTracer) []candidate {
	if p.noun || !p.g.passive || !p.g.finite {
		return nil // "the editorial issued by X": a reduced relative names, it does not tell
	}
	var class *dict.VerbClass
	for _, cf := range p.cands {
		if cf.form.class.Name == "publish" {
			class = cf.form.class
			break
		}
	}
	if class == nil || !s.c.kcna().publishingVerbs[p.lemma(s)] {
		return nil
	}
	by := -1
	for k := p.vend; k < p.hi && k < p.vend+8; k++ {
		if s.norm(k) == "by" {
			by = k
			break
		}
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			break
		}
	}
	start := by + 1
	if by < 0 {
		// "was posted on the website of X": coder/organisers.go
		if start = s.mediumPhrase(p); start < 0 {
			return nil
		}
	}
	srcs := s.outletAgent(start, p.hi)
	if len(srcs) == 0 {
		return nil
	}
	var tgts []actor
	lo := p.g.start
	if p.subjSpan[1] > p.subjSpan[0] && p.subjSpan[0] < lo {
		lo = p.subjSpan[0]
	}
	for lo > 0 && !clauseBreak(s.norm(lo-1)) {
		lo--
	}
	for k := lo; k < p.v; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		if !m.inTitle && (m.actor != nil || m.person != nil) {
			for _, a := range s.actorsIn(m.i, m.j, true) {
				if !strings.HasPrefix(a.code, sectorOnly) {
					a.weak = false
					tgts = append(tgts, a)
				}
			}
			if len(tgts) > 0 {
				break
			}
		}
		k = max(k, m.j-1)
	}
	if by < 0 && len(tgts) == 0 {
		return nil // "write-ups were posted on homepages of X and Y": whose, not said
	}
	work := false
	for k := lo; k < p.v; k++ {
		if w := s.norm(k); s.c.kcna().worksWords[w] {
			work = true
		} else if w == "according" {
			return nil // "according to data released by …": attribution
		}
	}
	if !work && !s.headline { // a headline's subject is the topic itself: "DPRK Introduced by Cuban Media" (headlinegrammar.go)
		return nil
	}
	home := demarche.Country(srcs[0].code)
	if home == "PRK" && (len(tgts) == 0 || demarche.Country(tgts[0].code) == "PRK") {
		tr.stop(StageNoSource, "the DPRK's own publication of a work: no counterpart, not an event")
		return []candidate{}
	}
	code, rule := "010", "coder: a work brought out by a named outlet (passive with its agent)"
	var pat *dict.Pattern
	if k, ok := s.matchPredicate(p, tr); ok && k.matched {
		if r := cameo.Root(k.code); r == "05" || r == "11" || r == "12" {
			code, rule, pat = k.code, k.rule, k.pat
		}
	}
	k := &coding{m: match{target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: p.v}, matched: false, c: class, pat: pat, code: code, rule: rule}
	return s.candidates(p, k, srcs, tgts, false, tr)
}

// outletAgent reads the agent phrase of a passive that starts at a: its
// actors, else its apposition's ("by the Sept. 4 issue of Tribuna, a paper
// of Ecuador"), else the place it is in ("by the X Publishing House in
// Vienna, Austria").
func (s *sentence) outletAgent(a, hi int) []actor {
	e := s.chainRight(a, hi)
	strong := func(acts []actor) []actor {
		out := acts[:0:0]
		for _, x := range acts {
			if !x.weak && !strings.HasPrefix(x.code, sectorOnly) {
				out = append(out, x)
			}
		}
		return out
	}
	if acts := strong(s.actorsIn(a, e, false)); len(acts) > 0 {
		return acts
	}
	if e < hi && s.norm(e) == "," {
		if e2 := s.chainRight(e+1, hi); e2 > e+1 {
			if acts := strong(s.actorsIn(e+1, e2, false)); len(acts) > 0 {
				return acts
			}
		}
	}
	for k := a; k < e; k++ {
		if s.norm(k) != "in" && s.norm(k) != "of" {
			continue
		}
		for j := k + 1; j < e && j < k+8; j++ {
			m := s.mentionAt(j)
			if m == nil || m.inTitle || m.actor == nil {
				continue
			}
			if c := demarche.Country(m.code()); c != "" {
				return []actor{{code: c + "MED", i: m.i, j: m.j, note: "outlet located in " + s.spanText(m.i, m.j)}}
			}
		}
	}
	return nil
}

// clauseBreak reports whether a token ends the clause before a passive's
// subject.
func clauseBreak(w string) bool {
	return w == ";" || w == ":" || w == "."
}

// peopleAbroad returns the agents of the "in" phrase that follows segment
// i when segment i designates people by their nation alone ("Korean
// workers", "Koreans") and the next segment places them abroad ("in the
// U.S."): pro-DPRK groups abroad take the country they are in. A head of
// another sector ("Korean teachers in Canada") counts only for Koreans.
func (s *sentence) peopleAbroad(segs []segment, infos []segmentInfo, i int) []*mention {
	if i+1 >= len(segs) || segs[i+1].prep != "in" || len(infos[i+1].agents) == 0 {
		return nil
	}
	if sec := infos[i].sector; !infos[i].civil && (sec == "" || sec == "GOV" || sec == "MIL") {
		return nil // "the Korean embassy in Japan" is not people abroad
	}
	for _, m := range infos[i].agents {
		if k := m.kind(); k != dict.KindDemonym && k != dict.KindAdjective {
			return nil
		}
		if c := demarche.Country(m.code()); c != "PRK" && c != "KOR" && !infos[i].civil {
			return nil // only Koreans abroad, unless the head says people
		}
	}
	return strongest(infos[i+1].agents)
}

// marksOccasion reports whether c is the marking of an occasion (05x by a
// verb of OCCASION_VERBS: "to mark the anniversary of …").
func (s *sentence) marksOccasion(c candidate) bool {
	return cameo.Root(c.code) == "05" && s.c.sets.occasionVerbs[s.lemmaAt(c.p.v)]
}

// publicationSubsumed drops an outlet's plain statement (010: "posted an
// article") when the same source's article is coded by what it does
// ("… an article urging the U.S. to …", "… accusing the authorities"):
// one event per pair and occasion, and the article's act is the event. The
// marking of an occasion is not such an act: "released a bulletin to mark
// the anniversary" keeps the publication (010) and drops the marking.
func (s *sentence) publicationSubsumed(cands []candidate) []candidate {
	out := cands[:0:0]
	published := func(c candidate) bool { return c.code == "010" && c.usesSet("PUBLICATION") }
	for i, c := range cands {
		drop, marking := false, false
		for j, d := range cands {
			if i == j || demarche.Country(d.src.code) != demarche.Country(c.src.code) {
				continue
			}
			switch {
			case published(c) && d.verb[0] > c.verb[0] && cameo.Root(d.code) != "01" && !s.marksOccasion(d):
				drop = true
			case s.marksOccasion(c) && published(d) && d.verb[0] < c.verb[0]:
				// "released a bulletin to mark the anniversary of …": the
				// publication is the event, the marking its occasion (010)
				drop, marking = true, true
			}
		}
		if drop && marking {
			s.noteDroppedEvent(StageDropped, c, "the occasion a publication marks")
			continue
		}
		if drop {
			s.noteDrop(StageDropped, fmt.Sprintf("%s's publication (010) dropped: the article's own act is coded", c.src.code))
			continue
		}
		if c.code == "010" && c.usesSet("PUBLICATION") && !c.noTarget && s.ownNamed(c.tgt) {
			// "published its magazine "Korean Friends"": the outlet's own
			// publication's name names no one
			c.noTarget, c.tgt = true, actor{}
		}
		if c.code == "010" && c.usesSet("PUBLICATION") {
			// "carried articles titled "An independent power" and
			// "Boundless reverence"": the titles state the stance
			if code := s.titleStance(c.verb[1]); code != "010" {
				c.code, c.rule = code, c.rule+" (the stance of its titles)"
			}
		}
		if c.code == "010" && c.usesSet("PUBLICATION") && !c.noTarget &&
			demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && c.src.code != "" {
			s.noteDrop(StageSameCountry, fmt.Sprintf("%s's publication about its own country dropped: a domestic publication", c.src.code))
			continue
		}
		out = append(out, c)
	}
	return out
}

// titleStance is the stance that the quoted titles of articles after
// token from state (a title after "titled", "headlined", "under the title
// of", and the titles listed with it; not the title of a leader's work that
// an outlet carries): censure (111) or praise (051) by the knowledge files'
// CENSURE_WORDS and PRAISE_WORDS, else 010. A title that is a question
// states nothing.
func (s *sentence) titleStance(from int) string {
	code := "010"
	titled, in := false, false
	for k := from; k < len(s.toks); k++ {
		w := s.toks[k].Text
		if w == "\"" || w == "“" || w == "”" {
			if in {
				in = false
			} else {
				in = titled
			}
			continue
		}
		if !in {
			switch s.norm(k) {
			case "titled", "headlined", "captioned", "entitled", "title", "of", "under", "the":
				if s.norm(k) != "of" && s.norm(k) != "under" && s.norm(k) != "the" {
					titled = true
				}
			case "and", ",":
			default:
				titled = false
			}
			continue
		}
		if w == "?" {
			return "010"
		}
		if s.c.sets.censure[s.norm(k)] {
			code = "111"
		} else if s.c.sets.praise[s.norm(k)] && code == "010" {
			code = "051"
		}
	}
	return code
}

// ownTitle reports whether the quoted title around token k names the
// outlet's own publication ("its magazine "Korean Friends"", "their
// bulletin "Juche""): the words before the opening quote say "its" or
// "their".
func (s *sentence) ownTitle(k int) bool {
	q := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if w := s.toks[j].Text; w == "\"" || w == "“" {
			q = j
			break
		}
	}
	for j := q - 1; q > 0 && j >= 0 && j >= q-4; j-- {
		if w := s.norm(j); w == "its" || w == "their" {
			return true
		}
	}
	return false
}

// ownNamed reports whether a target phrase is the source's own publication
// given by its name ("its magazine "Korean Friends-2011"").
func (s *sentence) ownNamed(t actor) bool {
	for k := t.i; k < t.j && k < len(s.toks); k++ {
		if w := s.toks[k].Text; w == "\"" || w == "“" {
			return s.ownTitle(k + 1)
		}
	}
	if t.i > 0 {
		if w := s.toks[t.i-1].Text; w == "\"" || w == "“" {
			return s.ownTitle(t.i)
		}
	}
	return false
}
