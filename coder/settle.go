// Sentence-level rules: one event per actor pair and occasion.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// settle applies the sentence-level rules: statements whose content is
// coded from the same source are dropped, statements need a target, and one
// event is kept per source country, target country and root.
func (s *sentence) settle(cands []candidate) []candidate {
	cands = s.dropRestatedNouns(cands) // restatednouns.go
	var out []candidate
	for i, c := range cands {
		if !c.noTarget && c.src.j > 0 && c.src.j < len(s.toks) && s.norm(c.src.j) == "," && c.tgt.i > c.src.j &&
			c.tgt.j <= s.chainRight(c.src.j+1, len(s.toks)) && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			// "a message from Sheikh X, emir of Kuwait": the apposition
			// restates the source, it is not whom the act is aimed at
			c.noTarget = true
		}
		if strings.HasPrefix(c.tgt.code, sectorOnly) && s.hasPlacedTarget(cands, c) /* located.go */ {
			s.noteDrop(StageDropped, "an event toward a sector alone dropped beside its placed twin")
			continue // "blew himself up at a mosque …, killing 30 worshippers"
		}
		if c.noTarget && !c.unnamed && s.hasTargeted(cands, c) {
			continue
		}
		if s.objectOfCensure(cands, c) || s.objectOfSourcelessCensure(c) /* body.go */ {
			s.noteDrop(StageDropped, "the object of a censure dropped: not an event of its own")
			continue
		}
		if strings.HasPrefix(c.tgt.code, sectorOnly) {
			c.noTarget = true // a sector that found no country: no target
		}
		if c.speech && c.p != nil && c.p.subjSpan[1] > 0 && s.norm(c.p.subjSpan[0]-1) == "as" && s.tag(c.p.subjSpan[0]-1) == "IN" && s.norm(c.p.vend) == "," {
			// "as X has said, …": a citation framing the speaker's own words
			s.noteDrop(StageDropped, fmt.Sprintf("\"as %s %s\": a citation, not a statement", c.src.code, s.norm(c.p.v)))
			continue
		}
		if s.attendanceDescription(c) { // body.go
			s.noteDrop(StageDropped, "an attendance or a description dropped: not an event")
			continue
		}
		if c.speech && (s.trailingPronounSpeaker(c) || s.introducesNextSentence(c)) { // body.go
			s.noteDrop(StageDropped, "a statement dropped: a pronoun speaker, or its content in the next sentence")
			continue
		}
		if s.wireAttribution(c, cands) { // wireacts.go
			continue
		}
		if c.speech && !s.hasContentClause(c) {
			s.noteDrop(StageDropped, fmt.Sprintf("\"%s\" by %s dropped: no reported content", s.spanText(c.verb[0], c.verb[1]), c.src.code))
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
				s.noteDrop(StageDropped, fmt.Sprintf("statement by %s dropped: its content is coded from the same source", c.src.code))
				continue
			}
			if !c.noTarget && c.tgt.i < c.verb[0] && (c.tgt.i < c.content[0] || c.tgt.i >= c.content[1]) {
				// a target inside the speaker's own phrase ("the manager
				// of a firm in China said …") is the speaker's, not what the
				// statement is about: the content names it, if anything does
				if tgts := s.statementTargets(c); len(tgts) > 0 {
					c.tgt = tgts[0]
				}
			}
			if c.noTarget || c.tgt.i >= c.verb[0] && c.tgt.i >= c.content[1] {
				tgts := s.statementTargets(c)
				if len(tgts) == 0 {
					tgts = s.frontedAddressee(c)
				}
				if len(tgts) == 0 {
					tgts = s.askerAddressee(c) // analysisprose.go
				}
				if len(tgts) == 0 {
					tgts = s.wholeContentTargets(&c) // kcnasilent.go
				}
				if len(tgts) == 0 {
					tgts = s.adjunctContentTargets(&c) // kcnaacts2.go
				}
				if len(tgts) == 0 {
					s.noteDrop(StageNoTarget, fmt.Sprintf("statement by %s dropped: it names no target (attribution)", c.src.code))
					continue
				}
				c.tgt, c.noTarget = tgts[0], false
			}
			if c.content[0] == 0 && c.content[1] <= c.verb[0] && strings.Contains(c.src.code, "MED") && !s.namedPersonSpeaker(c) /* body.go */ {
				if !s.outletPiece(c) {
					s.noteDrop(StageDropped, fmt.Sprintf("\", %s said\" by %s dropped: a news outlet's attribution", s.norm(c.p.v), c.src.code))
					continue
				}
				c.code, c.rule = s.contentStance(c), c.rule+" (the outlet's own article, its stance)"
				if c.code == "051" {
					// praise is of the content's subject ("President Kim Il Sung
					// was the father of …")
					c.code = "010"
					s.statementStance(&c)
				}
			}
			if c.code == "010" && c.byDefaultOf("say") {
				s.statementStance(&c)
			}
			if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && c.code == "010" {
				s.foreignContentTarget(&c) // body.go
			}
			if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && c.code == "010" {
				s.coordinatedContentTarget(&c) // stancetargets.go
			}
			if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && c.code == "010" {
				s.laterContentTarget(&c) // kcnaleads.go
			}
			if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && c.code == "010" {
				s.noteDrop(StageSameCountry, fmt.Sprintf("statement by %s about its own country dropped: attribution of a domestic fact", c.src.code))
				continue
			}
		}
		s.receptionOccasion(&c) // headlinegrammar.go
		drop, domestic := s.placeTarget(&c)
		if drop {
			continue
		}
		if !c.noTarget && sameCountryVoid(c.code) && !domestic && demarche.Country(c.src.code) == demarche.Country(c.tgt.code) && !warringSides(c.src.code, c.tgt.code) /* located.go */ && !s.stateAndSociety(c.src.code, c.tgt.code) /* wireactors.go */ {
			s.noteDroppedEvent(StageSameCountry, c, "visits, meetings, agreements and cooperation within one country are not coded")
			continue
		}
		if !c.noTarget && c.src.code == c.tgt.code && c.src.i == c.tgt.i {
			s.noteDrop(StageSameCountry, "an event of one phrase toward itself dropped")
			continue
		}
		dup := false
		for _, d := range out {
			if sameOccasion(d.code, c.code) && party(d.src.code) == party(c.src.code) &&
				party(d.tgt.code) == party(c.tgt.code) && d.noTarget == c.noTarget && !distinctActs(c, d) /* stanceacts.go */ {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		out = append(out, c)
	}
	return s.dropRedundant(out) // redundant.go
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

// hasTargeted reports whether another candidate has the same root and
// source country as c and a target: c, without one, is the same event.
func (s *sentence) hasTargeted(cands []candidate, c candidate) bool {
	for _, d := range cands {
		if !d.noTarget && cameo.Root(d.code) == cameo.Root(c.code) && demarche.Country(d.src.code) == demarche.Country(c.src.code) && !stanceStandsAlone(c, d) /* stanceacts.go */ {
			return true
		}
	}
	return false
}

// setArrivals names the word set ARRIVALS (dict/data/06-analysis-words.txt),
// whose words are the verbs of a visit that do not say where to: "arrive"
// alone names no destination ("Delegations arrive").
const setArrivals = "ARRIVALS"

// isHere reports whether token k is a dateline "here".
func (s *sentence) isHere(k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.here
}

// placeTarget applies the rules that give or take an event's target: a
// publication is about the first other country it names, a meeting verb
// with no one after it is a gathering, "arrived at" a moment is no visit,
// the speaking state is not its own target, and the home side's visits to
// unnamed places are visits to its own country (domestic). drop is true
// when the candidate is no event.
func (s *sentence) placeTarget(c *candidate) (drop, domestic bool) {
	if c.code == "042" && s.doc.home != "" && demarche.Country(c.src.code) == s.doc.home &&
		(!c.noTarget && s.isHere(c.tgt.i) || c.noTarget && s.norm(c.verb[1]) == "here") {
		// the home side's "left here", "arrived here": a journey abroad
		// begins or ends, no visit to its own country
		if t, ok := s.journeyAbroad(c); ok {
			c.tgt, c.noTarget = t, false
			c.rule += " (the home side's journey: the country it goes to)"
		} else {
			s.noteDrop(StageDropped, fmt.Sprintf("042 %s dropped: the home side leaving or reaching \"here\" visits no one", c.src.code))
			return true, false
		}
	}
	domestic = c.code == "042" && s.doc.home != "" && demarche.Country(c.src.code) == s.doc.home &&
		!c.p.g.particip && !s.c.sets.lowered(setArrivals)[c.p.lemma(s)] && (c.noTarget || c.tgt.i >= c.verb[1] && !s.isHere(c.tgt.i))
	if c.noTarget && !c.speech && cameo.Root(c.code) == "01" && c.code != "011" {
		// (a refusal to comment is about nothing it names: "declined to
		// comment and referred questions to NATO")
		// "carried an article titled … China-DPRK cooperation": a
		// publication is about the first other country it names
		cc := *c
		cc.content = [2]int{c.verb[1], len(s.toks)}
		if s.treePass {
			cc.content[1] = s.treeVerbEnd(c.p.v, cc.content[1]) // not what a verb coordinated with it names
		}
		for _, t := range s.statementTargets(cc) {
			if demarche.Country(t.code) != demarche.Country(c.src.code) && !strings.HasPrefix(t.code, sectorOnly) && !s.ownNamed(t) {
				c.tgt, c.noTarget = t, false
				c.rule += " (target: the first other country it names)"
				break
			}
		}
	}
	if c.noTarget && cameo.Root(c.code) == "04" && c.code != "042" && c.code != "043" && c.p.vend == c.verb[1] &&
		(c.p.vend >= len(s.toks) || s.tag(c.p.vend) == "IN" || s.tag(c.p.vend) == "TO" || !s.toks[c.p.vend].IsWord()) {
		s.noteDrop(StageDropped, fmt.Sprintf("%s by %s dropped: \"%s\" with no one after it is a gathering", c.code, c.src.code, s.norm(c.p.v)))
		return true, false
	}
	if c.noTarget && c.code == "042" && s.norm(c.p.vend) == "at" && !s.hasActor(c.p.vend, min(c.p.vend+4, len(s.toks))) && !s.namedPlaceAt(c.p.vend+1) /* names.go */ {
		s.note("\"arrived at\" a moment or a conclusion: no visit")
		return true, false
	}
	if !c.noTarget && s.doc.speaker != "" && demarche.Country(c.src.code) == demarche.Country(c.tgt.code) &&
		demarche.Country(c.src.code) == demarche.Country(s.doc.speaker) && !s.ownSideTarget(c) /* ownpeople.go */ {
		// "we reiterate the support of Trinidad and Tobago for …": the
		// speaking state naming itself is not its own target
		if c.tgt.ownBody { // ownpeople.go
			s.noteDrop(StageSameCountry, "dropped: an act toward the speaker's own body that is no praise, thanks, appeal or condolence")
			return true, false
		}
		c.noTarget, c.tgt = true, actor{}
	}
	if c.noTarget && domestic && !s.foreignDestination(c) {
		// a visit, an inspection, field guidance by the publication's own
		// side to a place that names no country: a place of its country
		// ("visited a farm", "inspected a KPA unit"); such visits at
		// home are news, unlike meetings between domestic bodies
		s.visitsHome(c, "the place visited: the publication's country")
	}
	return false, domestic
}

// journeyAbroad returns the first actor or place (gazetteer) of another
// country than the publication's named after a preposition of place past
// the verb of the home side's departure or return: "left here to take part
// in the conference to be held in Uganda" is a visit to Uganda, "in
// Geneva" to Switzerland.
func (s *sentence) journeyAbroad(c *candidate) (actor, bool) {
	for k := c.verb[1]; k+1 < len(s.toks); k++ {
		if !destinationPreps[s.norm(k)] {
			continue
		}
		if pl := s.placeAfterPrep(k, destinationPreps); pl != nil && pl.p.Country != s.doc.home && s.c.knownCountry(pl.p.Country) {
			// "to be held in Geneva": the place's country (gazetteer)
			return actor{code: pl.p.Country, i: pl.i, j: pl.j, note: "the place of the journey's destination"}, true
		}
		m := s.mentionAt(k + 1)
		if m == nil && s.norm(k+1) == "the" {
			m = s.mentionAt(k + 2)
		}
		if m == nil || m.here || m.speaker {
			continue
		}
		for _, a := range s.actorsIn(m.i, m.j, true) {
			if !a.weak && demarche.Country(a.code) != s.doc.home && !strings.HasPrefix(a.code, sectorOnly) && !strings.HasPrefix(a.code, "~") {
				return a, true
			}
		}
	}
	return actor{}, false
}

// homePerson reports whether a is a person of the publication's own
// country: the leaders whose inspections and guidance at home are visits.
func (s *sentence) homePerson(a actor) bool {
	m := s.mentionAt(a.i)
	return s.doc.home != "" && m != nil && m.person != nil && demarche.Country(a.code) == s.doc.home
}

// visitsHome makes the publication's country the target of a visit with
// no target or another country's: the place visited is at home.
func (s *sentence) visitsHome(c *candidate, note string) {
	if c.noTarget || demarche.Country(c.tgt.code) != s.doc.home {
		c.tgt, c.noTarget = actor{code: s.doc.home, i: c.verb[1], j: c.verb[1], note: note}, false
	}
}

// foreignDestination reports whether a visit names, after its verb, a place
// of another country than the publication's ("arrived in Vladivostok"):
// the place gives the host, not the home country.
func (s *sentence) foreignDestination(c *candidate) bool {
	end := min(len(s.toks), c.verb[1]+placeWindow)
	if c.p != nil && c.p.hi > c.verb[1] && c.p.hi < end {
		end = c.p.hi
	}
	found := s.placeAt(c.verb[1])
	for k := c.verb[1]; found == nil && k < end; k++ {
		found = s.placeAfterPrep(k, destinationPreps)
	}
	return found != nil && found.p.Country != s.doc.home
}

// frontedAddressee returns the addressee of a statement fronted before its
// speaker ("To the Israelis, I say: …").
func (s *sentence) frontedAddressee(c candidate) []actor {
	if s.norm(0) != "to" || c.verb[0] < 3 {
		return nil
	}
	e := s.chainRight(1, c.verb[0])
	if e <= 1 || s.norm(e) != "," {
		return nil
	}
	var out []actor
	for _, a := range s.actorsIn(1, e, true) {
		if demarche.Country(a.code) != demarche.Country(c.src.code) && !strings.HasPrefix(a.code, sectorOnly) {
			out = append(out, a)
		}
	}
	return out
}

// objectOfCensure reports whether c is read from an event noun that heads
// what another event criticises, accuses or obstructs ("obstructed the
// negotiations between Kosovo and the EU", "denounced the drills of the US
// and Japan"): as the guide says of denunciations, their object is not an
// event of its own.
func (s *sentence) objectOfCensure(cands []candidate, c candidate) bool {
	if c.p == nil || !c.p.noun {
		return false
	}
	for _, d := range cands {
		if d.p == nil || d.p.noun || d.noTarget {
			continue
		}
		switch cameo.Root(d.code) {
		case "11", "12":
			if d.verb[1] <= c.verb[0] && (c.verb[0] < d.tgt.i || d.tgt.i <= c.src.i && c.src.i < d.tgt.j) {
				// "we condemn the invasion by X", "we condemn X's invasion"
				s.note(fmt.Sprintf("%q: the object of %s's %s, not an event of its own", s.spanText(c.verb[0], c.verb[1]), d.src.code, d.code))
				return true
			}
		}
	}
	return false
}
