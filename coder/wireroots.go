package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// Wire roots (issue 11): the event type of acts that the verb's class
// reads one way and international news means another. The verb classes
// are in dict/data/99-wire-roots.txt; this file holds the readings that
// depend on who acts.

// wireRootReadings applies the readings of this file to a sentence's
// candidates.
func (s *sentence) wireRootReadings(cands []candidate) []candidate {
	return s.interceptedAttacks(s.repressedThem(s.stateComplaints(cands)))
}

// stateComplaints reads a protest (CAMEO 14) whose source is a state, its
// government or an international body as the official complaint it is
// (114, PLOVER ACCUSE): "Beijing protested the arms sale", "the
// Philippines protested China's use of water cannon", "the EU protested
// the arrests". A state does not march in the streets; its protest is a
// diplomatic act, which CAMEO codes under 11 and PLOVER calls ACCUSE, not
// PROTEST, the dissent of a population. Only the verb "protest" itself is
// read so: a state's boycott, strike or blockade keeps its code. A target
// of the protester's own country is dropped ("Beijing protested after
// Manila detained Chinese fishermen": its fishermen are whom it speaks for,
// not whom it complains to). A crowd placed by the sentence's place
// ("students blocked a highway in Jalalabad to protest …", located, or
// named by no actor of its own) is no state. Statements with a speaker are read by stateProtests
// (appeals.go).
func (s *sentence) stateComplaints(cands []candidate) []candidate {
	if s.doc.speaker != "" {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if cameo.Root(c.code) != "14" || c.verb[1] <= c.verb[0] || !strings.HasPrefix(s.norm(c.verb[0]), "protest") || !complainingState(c.src.code) || c.src.located || c.src.weak {
			continue
		}
		if !s.namedSpan(c.src.i, c.src.j) {
			continue // "students blocked a highway in Jalalabad to protest …": no state named
		}
		c.code, c.rule = "114", c.rule+" (a state's protest: an official complaint, 114)"
		if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			c.tgt, c.noTarget = actor{}, true
		}
	}
	return cands
}

// complainingState reports whether an actor code names a state as a
// whole, its government or an international body: the actors whose
// protest is a complaint.
func complainingState(code string) bool {
	if code == "" || strings.HasPrefix(code, sectorOnly) || code == demarche.NoActor {
		return false
	}
	if strings.HasPrefix(code, "IGO") {
		return true
	}
	return len(code) == 3 && code != "NGO" && code != "IMG" || len(code) == 6 && code[3:] == "GOV"
}

// triggerRoots are the roots of the acts an "after" clause of wire news
// reports as the trigger of its news: a concession (08), an accusation or
// criticism (11), a threat (13), a coercive act (17). Force (18–20) is read
// by forceInTemporalClause, rejections, denials and cuts in relations (12,
// 016, 16) by stanceAfter.
var triggerRoots = setOf("08", "11", "13", "17")

// triggerClause reports whether p, inside a clause opened by sub, is the
// act of another state that a wire report gives as the trigger of its
// news: "India expelled six Canadian diplomats after Canada accused New
// Delhi of involvement in the killing", "China summoned the Japanese
// ambassador after Japan arrested a Chinese captain", "Armenia recalled
// its envoy after Azerbaijan accused it of sabotage". The clause asserts
// the act as a fact with its own actors, and the coding guide codes such a
// fact.
// It is read only in wire news (KCNA and statements keep their temporal
// clauses as background), for a finite past verb whose subject is named
// and of another country than the main clause's, aimed at the main
// clause's side (a named actor of its country in the clause, or "it",
// "them" as its object: the news is a reaction to an act against the
// reacting side), in a clause not dated back from the news ("two weeks
// after", "days after").
func (s *sentence) triggerClause(p *pred, code, sub string) bool {
	if sub != "after" || !s.wireNews() || s.headline || !triggerRoots[cameo.Root(code)] {
		return false
	}
	k := s.newsClauseOpener(p, sub) // sequelclauses.go
	if k < 0 {
		return false
	}
	own := ""
	for _, a := range p.subj {
		if a.weak || strings.HasPrefix(a.code, sectorOnly) || a.code == demarche.NoActor {
			return false
		}
		own = demarche.Country(a.code)
	}
	main := ""
	for j := 0; j < k && main == ""; j++ {
		if m := s.mentionAt(j); m != nil && m.actor != nil {
			main = demarche.Country(m.code())
		}
	}
	if main == "" || main == own {
		return false
	}
	// the act is aimed at the main clause's side: a named actor of its
	// country, or a pronoun object standing for it
	for j := p.vend; j < p.hi && j < len(s.toks); j++ {
		if w := s.norm(j); j == p.vend && (w == "it" || w == "them" || w == "him" || w == "her") {
			return true
		}
		if m := s.mentionAt(j); m != nil && m.actor != nil && demarche.Country(m.code()) == main {
			return true
		}
	}
	return false
}

// announcedDeployment reports whether an intended act coded code is a
// deployment a state announces in wire news ("Poland said it would deploy
// thousands of troops to its border with Belarus", "NATO will send more
// troops to Kosovo"): a change of its force posture, which CAMEO codes 154
// and PLOVER calls MOBILIZE, with no intent code of its own. The intention
// reading (intentOf) would make it a threat of force (138), which needs
// someone threatened; the wire's annotators code the announced deployment
// itself. KCNA and statements keep the intention reading.
func (s *sentence) announcedDeployment(p *pred, code string) bool {
	return strings.HasPrefix(code, "154") && s.wireNews() && !p.g.neg
}

// setForeignMissionHeads names the word set FOREIGN_MISSION_HEADS
// (dict/data/99-wire-roots.txt): the heads of a state's mission abroad.
const setForeignMissionHeads = "FOREIGN_MISSION_HEADS"

// missionOwner reports whether mention m names only the state of a
// mission abroad, an adjective or name just before a mission's head ("the
// Israeli embassy", "the U.S. consulate", "Mexico's embassy"), and the
// generic head placed is not an official (head, of a sector other than
// GOV). Such a state is a guest of the place; it owns none of the place's
// police, courts or crowds (placedSourceOwnedElsewhere, wireacts.go),
// though its officials are its own ("officials at the Pakistani high
// commission in London").
func (s *sentence) missionOwner(m, head *mention) bool {
	if head == nil || head.sector == nil || head.sector.Sector == "GOV" {
		return false
	}
	heads := s.c.sets.lowered(setForeignMissionHeads)
	k := m.j
	if s.tag(k) == "POS" {
		k++
	}
	for ; k < len(s.toks) && k <= m.j+2; k++ {
		w := s.norm(k)
		if heads[w] || heads[w+" "+s.norm(k+1)] {
			return true
		}
		if !isAdjTag(s.tag(k)) && s.tag(k) != "NNP" {
			return false
		}
	}
	return false
}

// repressedThem gives a repression (175) aimed at "them" the crowd an
// earlier clause of the sentence names as its subject: "thousands of
// protesters tried to storm the embassy … before security forces fired
// tear gas to push them back", "students marched on parliament, and police
// used water cannon to disperse them". The pronoun is the crowd's; only a
// crowd of the force's own country is taken (a force turns on its own
// streets), never a state or its organs.
func (s *sentence) repressedThem(cands []candidate) []candidate {
	for _, c := range s.untargetedRepressions(cands) {
		them := false
		for k := c.p.vend; k < len(s.toks) && k < c.p.vend+7; k++ {
			if s.norm(k) == "them" {
				them = true
				break
			}
			if s.norm(k) == "," || s.norm(k) == ";" {
				break
			}
		}
		if !them {
			continue
		}
		own := demarche.Country(c.src.code)
		for _, q := range s.preds {
			if q.v >= c.p.v || len(q.subj) != 1 {
				continue
			}
			a := q.subj[0]
			if a.weak || stateActor(a.code) || demarche.Country(a.code) != own || len(a.code) < 6 {
				continue
			}
			c.tgt, c.noTarget = a, false
			c.rule += " (\"them\": the crowd of the earlier clause)"
			break
		}
	}
	return cands
}

// adjunctTail returns the last token of an adjunct opened by prep whose
// phrase ends at k, with the phrases that hang on it, in wire news: "after
// days of fighting with the Congolese army", "following talks between the
// two sides", "amid clashes with police". Their actors are the adjunct's,
// not the verb's target: "M23 rebels captured the town after days of
// fighting with the Congolese army" targets the town, not the army
// (targetSearch, clause.go). Only the adjuncts that tell another event
// ("after", "following", "amid") are read so: a place or an occasion ("at
// a reception on the occasion of the anniversary of the treaty between X
// and Y") and KCNA's and the statements' phrases keep their readings.
func (s *sentence) adjunctTail(prep string, k, hi int) int {
	if !eventAdjuncts[prep] || !s.wireNews() {
		return k
	}
	for k+2 < hi && adjunctTailPreps[s.norm(k+1)] && (s.tag(k) == "VBG" || isNounTag(s.tag(k))) {
		if s.tag(k+2) == "VBG" && s.mentionAt(k+2) == nil {
			k += 2 // "days of fighting", "weeks of negotiating"
			continue
		}
		e := s.chainRight(k+2, hi)
		if e <= k+2 {
			break
		}
		k = e - 1
	}
	return k
}

// eventAdjuncts open the adjuncts that tell another event.
var eventAdjuncts = setOf("after", "following", "amid")

// adjunctTailPreps are the prepositions of the phrases that hang on an
// adjunct's noun.
var adjunctTailPreps = setOf("of", "with", "between", "against", "by", "over", "on")

// namedAttacks name an attack that is not told by its weapons.
var namedAttacks = setOf("attack", "attacks", "assault", "assaults", "offensive", "raid", "raids", "strike", "strikes", "barrage", "incursion")

// setInterceptLemmas and setAerialWeapons name the word sets
// INTERCEPT_LEMMAS and AERIAL_WEAPONS (dict/data/99-wire-roots.txt).
const (
	setInterceptLemmas = "INTERCEPT_LEMMAS"
	setAerialWeapons   = "AERIAL_WEAPONS"
)

// interceptedAttacks codes the attack a defence names: "Ukrainian air
// defences repelled a massive Russian drone attack on Kyiv" is Ukraine's
// fight against Russia's forces (coded by its verb) and Russia's attack on
// Ukraine (195, aerial); "Israel intercepted drones launched by Iran" is
// Iran's attack on Israel. The attack is reported as a fact with its
// actor: the defence's target; its target is the defender's country. Only
// in wire news, for a defence coded as a use of force (roots 19) between
// two countries, when the defence's object names the attack or its
// weapons ("intercepted a coast guard vessel" names none), and once per
// pair.
func (s *sentence) interceptedAttacks(cands []candidate) []candidate {
	if !s.wireNews() {
		return cands
	}
	lemmas, aerial := s.c.sets.lowered(setInterceptLemmas), s.c.sets.lowered(setAerialWeapons)
	n := len(cands)
	for i := 0; i < n; i++ {
		c := cands[i]
		if cameo.Root(c.code) != "19" || c.noTarget || c.p == nil || c.p.noun || c.verb[1] <= c.verb[0] || !lemmas[s.lemmaAt(c.verb[0])] {
			continue
		}
		if l := s.lemmaAt(c.verb[0]); (l == "shoot" || l == "fend" || l == "beat" || l == "fight") && c.verb[1]-c.verb[0] < 2 {
			continue // "shot" alone is a shooting, not a defence
		}
		own, enemy := demarche.Country(c.src.code), demarche.Country(c.tgt.code)
		if own == "" || enemy == "" || own == enemy || own == demarche.NoActor || enemy == demarche.NoActor || strings.HasPrefix(c.tgt.code, sectorOnly) {
			continue
		}
		dup := false
		for _, d := range cands {
			if forceRoot(d.code) && demarche.Country(d.src.code) == enemy && demarche.Country(d.tgt.code) == own {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		code := ""
		for k := c.verb[1]; k < c.p.hi && k < len(s.toks) && code != "195"; k++ {
			switch w := s.norm(k); {
			case aerial[w]:
				code = "195"
			case namedAttacks[w]:
				code = "190"
			}
		}
		if code == "" {
			continue // "intercepted a coast guard vessel": no attack named
		}
		cands = append(cands, candidate{p: c.p, class: c.class, code: code, src: c.tgt, tgt: actor{code: own, i: c.src.i, j: c.src.j, note: "the defender's country"},
			verb: c.verb, rule: c.rule + " (the attack it names: its attacker toward the defender's country, wireroots.go)"})
	}
	return cands
}

// namedSpan reports whether tokens [i, j) hold a name, an adjective, a
// capital or a person: an actor the sentence names, not one a place gives.
func (s *sentence) namedSpan(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && (m.actor != nil || m.person != nil) {
			return true
		}
	}
	return false
}

// agreedMeasure reports whether an intended diplomatic measure (16x) is
// one a body agreed on in wire news: "EU foreign ministers agreed to impose
// sanctions on Iranian officials", "NATO agreed to suspend contacts with
// Russia". A body's agreement on its own measure is its decision, as
// "decided to" (decidedMeasure, measures.go): the sanction is imposed, not
// threatened (1312).
func (s *sentence) agreedMeasure(p *pred, code string) bool {
	g := p.g
	if !strings.HasPrefix(code, "16") || !s.wireNews() || g.gov != govIntent || g.future || g.hypo != "" || g.neg || g.govIdx < 0 {
		return false
	}
	return s.lemmaAt(g.govIdx) == "agree" && s.tag(g.govIdx) == "VBD"
}
