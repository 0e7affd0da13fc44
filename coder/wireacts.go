// Wire acts: constructions of international wire news whose events the
// clause reading lost or invented (issue 11, the PLOVER wire records).

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// causedAct reports whether a predicate's subject is the object of a verb
// of causing ("…, prompting Moscow to declare a state of emergency",
// coder/causedacts.go): its infinitive is an act that followed, not an aim,
// so force or coercion told there is done.
func (p *pred) causedAct() bool {
	return strings.HasSuffix(p.subjHow, "(a caused act)")
}

// wireAttribution reports whether a plain statement (010) of wire news is
// the reason a source gives for its own act told just before it ("rebuffed
// calls for a pause, saying it would only help Hamas"; "signed the aid
// bill and said weapons would flow within hours"): the act is the event,
// the saying its gloss (the wire annotators never code it; PLOVER has no
// type for a plain statement). A closing attribution (", the ministry
// said") stays: dev2's news annotators code it as a statement.
func (s *sentence) wireAttribution(c candidate, cands []candidate) bool {
	if c.code != "010" || c.p == nil || !s.wireNews() {
		return false
	}
	w := s.norm(c.verb[0])
	if w != "saying" && !(s.norm(c.verb[0]-1) == "and" && (w == "said" || w == "says")) {
		return false
	}
	for _, d := range cands {
		if !d.speech && d.verb[0] < c.verb[0] && d.src.code != "" && demarche.Country(d.src.code) == demarche.Country(c.src.code) {
			s.noteDrop(StageDropped, fmt.Sprintf("\"%s\" by %s dropped: the reason given for its own act (\"%s\")", w, c.src.code, s.norm(d.verb[0])))
			return true
		}
	}
	return false
}

// setProtestCrowds names PROTEST_CROWDS (dict/data/99-wire-acts.txt): the
// heads of a crowd that protests by what it is called.
const setProtestCrowds = "PROTEST_CROWDS"

// placedSourceOwnedElsewhere reports whether a generic source placed by
// the sentence's place c (coder/located.go) may belong to another state
// the sentence names ("a Tunisian court jailed a man for … in Lebanon",
// otherCountryNamed). An organisation owns no crowd, police or court
// ("people rallied in Tbilisi against the decision to suspend talks on
// joining the European Union"), and a protesting crowd is the place's,
// whatever state it protests ("protesters tried to storm the U.S. embassy
// in the Lebanese capital").
func (s *sentence) placedSourceOwnedElsewhere(c string, head *mention) bool {
	if head != nil && head.j > 0 && s.c.sets.lowered(setProtestCrowds)[s.norm(head.j-1)] {
		return false
	}
	for _, m := range s.ments {
		if m.inTitle || m.sector != nil && m.actor == nil && m.person == nil || s.missionOwner(m, head) /* wireroots.go */ {
			continue
		}
		code := m.code()
		if code == "" || code == demarche.NoActor {
			continue
		}
		if o := demarche.Country(code); o != c && o != "" && o != "IGO" && o != "NGO" && o != "IMG" {
			return true
		}
	}
	return false
}

// crowdDestination places a crowd source that neither its own phrase nor
// the sentence's places place (coder/located.go), in wire news: by the
// place it moves into ("farmers drove their tractors into central
// Brussels"), or, for a protesting crowd, by the owner of the seat of
// power it is aimed at ("protesters stormed Kenya's parliament": a
// country's own protesters storm its parliament). It returns "" when the
// clause names neither.
func (s *sentence) crowdDestination(head *mention) string {
	if !s.wireNews() || head == nil || head.sector == nil || !s.c.sets.lowered(setCrowdSectors)[strings.ToLower(head.sector.Sector)] {
		return ""
	}
	protest := s.c.sets.lowered(setProtestCrowds)[s.norm(head.j-1)]
	leg, gov := s.c.sets.lowered(setProtestSeatsLEG), s.c.sets.lowered(setProtestSeatsGOV)
	for k := head.j; k < len(s.toks) && k < head.j+12; k++ {
		w := s.norm(k)
		if s.tag(k) == "POS" {
			continue
		}
		if w == "," || w == ";" || w == "that" || w == "who" || w == "which" || beForms[w] {
			return "" // ("people were killed in …": victims, not a crowd acting)
		}
		if w == "into" {
			return s.placeCountryAt(k + 1)
		}
		if protest && (leg[w] || gov[w]) && isNounTag(s.tag(k)) && k >= 2 && s.norm(k-1) == "'s" {
			if m := s.mentionAt(k - 2); m != nil && m.person == nil && m.actor != nil && m.actor.Kind == dict.KindName {
				if c := m.actor.Code; len(c) == 3 && c != "IGO" && c != "NGO" {
					return c
				}
			}
		}
	}
	return ""
}

// wireActReadings applies the sentence-level wire readings of this file.
func (s *sentence) wireActReadings(out []candidate) []candidate {
	s.protestRoutes(out)
	s.backerTargets(out)
	s.answeredActs(out)
	return s.attackDestruction(out)
}

// protestRoutes takes from a protest (14) in wire news the target its own
// country's capital or name gives as the part of a place it moves through
// ("marched through the streets of Buenos Aires", "drove into the centre
// of Madrid"): the route is its place, not whom it is aimed at (the
// convention: a protest names a target only when the sentence says whom it
// is aimed at).
func (s *sentence) protestRoutes(out []candidate) {
	if !s.wireNews() {
		return
	}
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "14" || c.noTarget || c.tgt.i < 2 || demarche.Country(c.tgt.code) != demarche.Country(c.src.code) {
			continue
		}
		m := s.mentionAt(c.tgt.i)
		if m == nil || m.actor == nil || m.actor.Kind != dict.KindCapital && m.actor.Kind != dict.KindName || s.norm(c.tgt.i-1) != "of" || !s.partOfPlaceAt(c.tgt.i-2) {
			continue
		}
		c.tgt, c.noTarget = actor{}, true
		c.rule += " (the part of a place it moves through: no target)"
	}
}

// attackDestruction drops, in wire news, the destruction of property
// (171x) beside an attack of the same source on the same target country
// (18, 19, 20) in one sentence: "gang members torched houses and killed 70
// people in an attack on the town" is one attack, one event per pair and
// occasion as the guide counts them (the wire annotators never code both).
func (s *sentence) attackDestruction(out []candidate) []candidate {
	if !s.wireNews() {
		return out
	}
	keep := out[:0:0]
	for _, c := range out {
		drop := false
		if strings.HasPrefix(c.code, "171") && !c.noTarget {
			for _, d := range out {
				if forceRoot(d.code) && !d.noTarget && demarche.Country(d.src.code) == demarche.Country(c.src.code) && demarche.Country(d.tgt.code) == demarche.Country(c.tgt.code) {
					drop = true
					break
				}
			}
		}
		if drop {
			s.noteDroppedEvent(StageDropped, c, "the destruction is part of the same side's attack")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// setBackerCompounds names BACKER_COMPOUNDS (dict/data/99-wire-acts.txt):
// the second halves of "X-backed Y".
const setBackerCompounds = "BACKER_COMPOUNDS"

// backerTargets gives an act aimed at "X-backed Y" (wire news) Y's actor
// as its target, not X, the backer: "Israeli jets struck Iranian-backed
// militias in Syria" → the militias in Syria; with no actor for Y, no
// target.
func (s *sentence) backerTargets(out []candidate) {
	if !s.wireNews() {
		return
	}
	backing := s.c.sets.lowered(setBackerCompounds)
	// the countries the sentence names only as backers, and where
	backers := map[string]int{}
	for _, m := range s.ments {
		c := demarche.Country(m.code())
		if c == "" {
			continue
		}
		if m.j+1 < len(s.toks) && s.norm(m.j) == "-" && backing[s.norm(m.j+1)] {
			if _, seen := backers[c]; !seen {
				backers[c] = m.j
			}
		} else {
			backers[c] = -1 // named as an actor too
		}
	}
	for i := range out {
		c := &out[i]
		if c.noTarget {
			continue
		}
		k, ok := backers[demarche.Country(c.tgt.code)]
		if !ok || k < 0 {
			continue
		}
		var tgt *actor
		if m := s.mentionAt(c.tgt.i); m != nil && m.j == k {
			// the act's own object: "struck Iranian-backed militias in Syria"
			a := k + 2
			for _, t := range s.actorsIn(a, s.chainRight(a, len(s.toks)), true) {
				if !strings.HasPrefix(t.code, sectorOnly) && demarche.Country(t.code) != demarche.Country(c.tgt.code) {
					tgt = &t
					break
				}
			}
		}
		if tgt != nil {
			c.tgt = *tgt
			c.rule += " (target: the backed side, not its backer)"
		} else {
			c.tgt, c.noTarget = actor{}, true
			c.rule += " (the backer of a side is no target)"
		}
	}
}

// speakerBefore returns, for a finite predicate q with no subject of its
// own that sits in the reported content of an earlier verb of saying, that
// verb: in wire news a participle set off by a comma after the content
// ("Hungary's prime minister said the bloc would not get his vote,
// accusing Brussels of blackmail") is the speaker's act, not the
// content's (clause.go's mainPredicate asks). It returns nil otherwise.
func (s *sentence) speakerBefore(q *pred, all []*pred) *pred {
	var sp *pred
	for _, r := range all {
		if r.v >= q.v {
			break
		}
		if !r.noun && len(r.subj) > 0 && r.speech() && (r.g.finite || s.finiteVerbAt(r.v)) {
			sp = r
		}
	}
	if sp == nil {
		return nil
	}
	for k := sp.vend; k < q.v; k++ {
		if w := s.norm(k); w == ";" || w == ":" || w == "," && s.norm(k+1) != "that" {
			return nil // the content runs from the verb of saying to q
		}
	}
	return sp
}

// answeredActs gives a threat with no target whose content names again an
// act the sentence told before ("blamed Israel for an air strike on its
// consulate …, and warned that the attack would not go unanswered") the
// author of that act as its target, in wire news, as anaphoricObjects
// does for a censure of "the attack".
func (s *sentence) answeredActs(out []candidate) {
	if !s.wireNews() {
		return
	}
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "13" || c.p == nil || c.p.noun || !(c.noTarget || c.tgt.code == "" || strings.HasPrefix(c.tgt.code, sectorOnly)) {
			continue
		}
		k := c.verb[1]
		if s.norm(k) == "that" {
			k++
		}
		if !s.anaphoricObjectAt(k) {
			continue
		}
		tgt, ok := s.reactedTo(out, c.verb[0])
		if !ok || demarche.Country(tgt.code) == demarche.Country(c.src.code) {
			// "blamed Israel for an air strike …, and warned that the
			// attack …": the act blamed is not coded, its author is the
			// blame's target
			ok = false
			for _, d := range out {
				if d.verb[0] < c.verb[0] && cameo.Root(d.code) == "11" && !d.noTarget && d.src.code == c.src.code && demarche.Country(d.tgt.code) != demarche.Country(c.src.code) {
					tgt, ok = d.tgt, true
				}
			}
			if !ok {
				continue
			}
		}
		c.tgt, c.noTarget = tgt, false
		c.rule += " (the act its content names again is the target's)"
	}
}
