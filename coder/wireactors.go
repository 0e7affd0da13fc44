// The actors of wire news: generic actors (police, protesters, a ministry)
// placed by the one country a sentence names or by "of <place>", compounds
// of police and state forces, carriers of aid, crowds' targets, deals
// brokered by a third party, venues of meetings and protests, and places
// as targets (found on the wire5 sample of coder/testdata).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// onlyNamedCountry returns the one country whose actors the sentence
// names, when at least one of them is the country's name or capital
// ("Sudan's Rapid Support Forces killed 100 villagers …", "lawyers for
// the journalist petitioned Algeria's Supreme Court"), or "": a country
// named only by an adjective ("Israeli strikes killed 20 people") often
// acts abroad, and a sentence naming two countries does not say whose a
// generic actor is.
func (s *sentence) onlyNamedCountry() string {
	found, byName := "", false
	for _, m := range s.ments {
		if m.inTitle {
			continue
		}
		code := m.code()
		if len(code) < 3 || code == demarche.NoActor {
			continue
		}
		c := demarche.Country(code)
		if c == "IGO" || c == "NGO" || c == "IMG" {
			continue
		}
		if found != "" && c != found {
			return ""
		}
		found = c
		if m.person == nil && m.actor != nil && (m.actor.Kind == dict.KindName || m.actor.Kind == dict.KindCapital || m.actor.Kind == dict.KindSeat) {
			byName = true
		}
	}
	if !byName {
		return ""
	}
	return found
}

// unknownProperPlace reports whether a locative complement of segs names a
// proper place ("in El Gezira state", "near Kuriga"): a capitalized word
// after the preposition.
func (s *sentence) unknownProperPlace(segs []segment) bool {
	for _, sg := range segs {
		if !locatedPreps[sg.prep] {
			continue
		}
		for k := sg.i; k < sg.j; k++ {
			if s.toks[k].Capitalized() && s.toks[k].IsWord() && s.mentionAt(k) == nil {
				return true
			}
		}
	}
	return false
}

// ofPlaceActor codes a generic head whose "of" complement is a place
// ("residents of the Mexican city of Culiacan", "farmers of the Indian
// state of Punjab"): the place's country, not a weak modifier of it.
func (s *sentence) ofPlaceActor(segs []segment, infos []segmentInfo) (actor, bool) {
	if len(segs) < 2 || segs[1].prep != "of" {
		return actor{}, false
	}
	info := infos[0]
	if !info.headIsSector || info.secAt < 0 || len(info.agents) > 0 || len(info.weak) > 0 {
		return actor{}, false
	}
	m := s.mentionAt(info.secAt)
	if m == nil || m.sector == nil || !s.locatedHead(m) {
		return actor{}, false
	}
	c := s.placeCountryAt(segs[1].i)
	if c == "" {
		return actor{}, false
	}
	sector := m.sector.Sector
	return actor{code: c + sector, i: segs[0].i, j: m.j, located: true,
		note: "\"" + s.norm(m.j-1) + "\" " + sector + " in " + c + " (its \"of\" place)"}, true
}

// lastComplement returns the first token of the last prepositional
// complement of the chain [a, b) ("tear gas at students" → "students"),
// or -1 when the chain has none.
func (s *sentence) lastComplement(a, b int) int {
	for k := b - 1; k > a; k-- {
		if m := s.mentionAt(k); m != nil && m.i < k {
			k = m.i + 1
			continue
		}
		if w := s.norm(k); objectPreps[w] || w == "at" {
			if k+1 < b {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// wireNews reports whether the sentence is news told by an outside
// reporter: no publication's home country and no speaking state.
func (s *sentence) wireNews() bool {
	return s.doc.home == "" && s.doc.speaker == ""
}

// forceRoot reports whether code is an act of force: an assault (18), a
// fight (19) or mass violence (20).
func forceRoot(code string) bool {
	r := cameo.Root(code)
	return r == "18" || r == "19" || r == "20"
}

// untargetedRepressions returns the repressions (175) of wire news that
// have a predicate and no target: those crowdTargets and repressedThem
// look for one for. Nil outside wire news.
func (s *sentence) untargetedRepressions(cands []candidate) []*candidate {
	if !s.wireNews() {
		return nil
	}
	var out []*candidate
	for i := range cands {
		if c := &cands[i]; c.code == "175" && c.noTarget && c.p != nil {
			out = append(out, c)
		}
	}
	return out
}

// ownedByEarlierPerson reports whether "his" or "her" (w) before a sector
// word is the earlier subject's, an official of a state, in wire news:
// "Kenya's president said his government was ready to …" → KENGOV.
func (s *sentence) ownedByEarlierPerson(w string) bool {
	if w != "his" && w != "her" || !s.wireNews() || len(s.prevSubj) != 1 {
		return false
	}
	code := s.prevSubj[0].code
	return len(code) == 6 && code[3:] == "GOV"
}

// stateSectors are the sectors of a state's own organs.
var stateSectors = setOf("GOV", "MIL", "COP", "JUD", "LEG", "SPY")

// stateAndSociety reports whether two actors of one country are a state
// organ and a part of society (strikers, a union, a company, students),
// in wire news: their talks and agreements are the news ("said his
// government was ready to resume talks with striking doctors"), unlike
// the meetings of a state's own organs.
func (s *sentence) stateAndSociety(a, b string) bool {
	if !s.wireNews() || len(a) < 6 || len(b) < 6 {
		return false
	}
	x, y := a[3:6], b[3:6]
	return stateSectors[x] != stateSectors[y]
}

// policeCompound codes the target named by the police as the modifier of
// what they did ("denounced the police killings of protesters",
// "condemned the police crackdown"): the police, of the sentence's place
// or of the one country it names, else by sector alone for the caller to
// place. Only the police: an army acts abroad as often as at home.
func (s *sentence) policeCompound(segs []segment, forTarget bool) (actor, bool) {
	if !forTarget || !s.wireNews() {
		return actor{}, false
	}
	seg := segs[0]
	for k := seg.i; k < seg.j-1; k++ {
		m := s.mentionAt(k)
		if m == nil || m.sector == nil || m.actor != nil || m.person != nil || m.sector.Sector != "COP" {
			continue
		}
		if m.j >= seg.j || !isNounTag(s.tag(m.j)) || s.mentionAt(m.j) != nil {
			return actor{}, false
		}
		country := s.sentenceCountry()
		if country == "" {
			country = s.onlyNamedCountry()
		}
		if country == "" {
			return actor{code: sectorOnly + "COP", i: m.i, j: m.j, note: "police as the modifier of their act"}, true
		}
		return actor{code: country + "COP", i: m.i, j: m.j, located: true,
			note: "police as the modifier of their act, in " + country}, true
	}
	return actor{}, false
}

// setCarrierNouns and setReliefWords name the word sets CARRIER_NOUNS and
// RELIEF_WORDS (dict/data/06-analysis-words.txt): vehicles that bring
// goods, and the relief they bring.
const (
	setCarrierNouns = "CARRIER_NOUNS"
	setReliefWords  = "RELIEF_WORDS"
)

// aidCarriers reads the arrival of a vehicle carrying relief as aid, not a
// visit: "a Turkish cargo plane carrying tents and medical supplies landed
// in Benghazi" → TUR → LBY 073.
func (s *sentence) aidCarriers(cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.code != "042" || c.p == nil || c.p.subjSpan[1] <= c.p.subjSpan[0] {
			continue
		}
		carrier, relief := false, false
		for k := c.p.subjSpan[0]; k < c.p.subjSpan[1] && k < len(s.toks); k++ {
			w := s.norm(k)
			carrier = carrier || s.c.sets.lowered(setCarrierNouns)[w]
			relief = relief || s.c.sets.lowered(setReliefWords)[w]
		}
		if carrier && relief {
			c.code, c.rule = "073", c.rule+" (a carrier of relief arriving: aid, 073)"
		}
	}
	return cands
}

// setCrowdNouns names the word set CROWD_NOUNS
// (dict/data/06-analysis-words.txt), whose words name a gathering whose
// people a force disperses.
const setCrowdNouns = "CROWD_NOUNS"

// crowdTargets gives a dispersal (175) of a gathering with no named people
// its people, of the sentence's place: "riot police broke up the protest
// in Tbilisi" → GEOCVL.
func (s *sentence) crowdTargets(cands []candidate) []candidate {
	for _, c := range s.untargetedRepressions(cands) {
		at := -1
		for k := c.p.vend; k < len(s.toks) && k < c.p.vend+4; k++ {
			if s.c.sets.lowered(setCrowdNouns)[s.norm(k)] {
				at = k
				break
			}
		}
		country := s.sentenceCountry()
		if at < 0 || country == "" {
			continue
		}
		c.tgt, c.noTarget = actor{code: country + "CVL", i: at, j: at + 1, located: true,
			note: "the people of the dispersed gathering, in " + country}, false
		c.rule += " (the gathering's people: target)"
	}
	return cands
}

// setBrokeredNouns names the word set BROKERED_NOUNS
// (dict/data/06-analysis-words.txt), whose words are what a third party
// brokers between two sides.
const setBrokeredNouns = "BROKERED_NOUNS"

// brokeredDeals codes the broker of a deal its parties made, named in a
// passive participle after the deal: "Iran and Saudi Arabia agreed to
// restore ties, in a deal brokered by China" → CHN → IRN and CHN → SAU
// 045 (mediation), each party from the subject of the clause before.
func (s *sentence) brokeredDeals(cands []candidate) []candidate {
	if !s.wireNews() {
		return cands
	}
	for _, p := range s.preds {
		if p.noun || s.tag(p.v) != "VBN" || s.norm(p.vend) != "by" || !s.c.sets.lowered(setBrokeredNouns)[s.norm(p.v-1)] {
			continue
		}
		if l := p.lemma(s); l != "broker" && l != "mediate" && l != "facilitate" {
			continue
		}
		var parties []actor
		for _, q := range s.preds {
			if q.v < p.v && !q.noun && len(q.subj) >= 2 {
				parties = q.subj
				break
			}
		}
		if len(parties) == 0 {
			parties = s.actParties(cands, p) // "Iran released the Turkish engineer …, in a swap brokered by Qatar": coder/stance8.go
		}
		if len(parties) == 0 {
			continue
		}
		agents := s.actorsIn(p.vend+1, s.chainRight(p.vend+1, len(s.toks)), false)
		broker := map[string]bool{}
		for _, a := range agents {
			broker[demarche.Country(a.code)] = true
		}
		for i := range cands {
			// the parties' own act is toward each other, not toward the
			// broker ("agreed to exchange prisoners in a deal brokered by
			// the United States")
			if c := &cands[i]; c.p != p && c.p != nil && c.p.v < p.v && len(parties) == 2 && !c.noTarget && broker[demarche.Country(c.tgt.code)] &&
				(c.src.code == parties[0].code || c.src.code == parties[1].code) {
				for _, t := range parties {
					if t.code != c.src.code {
						c.tgt = t
					}
				}
			}
		}
		// the brokers are not each other's target ("brokered by Qatar and
		// Egypt")
		keep := cands[:0]
		for _, c := range cands {
			if c.p != p {
				keep = append(keep, c)
			}
		}
		cands = keep
		for _, a := range agents {
			if a.weak || strings.HasPrefix(a.code, sectorOnly) {
				continue
			}
			for _, t := range parties {
				if demarche.Country(t.code) == demarche.Country(a.code) || t.weak {
					continue
				}
				cands = append(cands, candidate{p: p, code: "045", src: a, tgt: t, verb: [2]int{p.v, p.vend},
					rule: "a deal brokered by a third party: mediation toward each party (coder/wireactors.go)"})
			}
		}
	}
	return cands
}

// meetingPlaces drops from the targets of a meeting, an agreement or
// cooperation (roots 03 to 06) the country of the place where it happens,
// named by a nationality before a place noun after a locative preposition
// ("met in the Saudi city of Jeddah", "held talks in the Qatari capital"):
// the venue, not a party. A strike "in the Ukrainian city of Kharkiv" keeps
// its target.
func (s *sentence) meetingPlaces(code string, tgts []actor) []actor {
	switch cameo.Root(code) {
	case "03", "04", "05", "06":
	default:
		return tgts
	}
	if strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043") {
		return tgts // a visit is to its place
	}
	out := tgts[:0]
	for _, t := range tgts {
		if s.venueAdjective(t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// venueAdjective reports whether an actor names the venue of a meeting:
// a nationality before a place noun or a capital, after a locative
// preposition ("in the Saudi city of Riyadh", "in the Qatari capital",
// "held talks in Cairo").
func (s *sentence) venueAdjective(t actor) bool {
	m := s.mentionAt(t.i)
	if m == nil || m.person != nil {
		return false
	}
	switch {
	case m.kind() == dict.KindAdjective && s.c.located().placeNouns[s.norm(m.j)]:
	case m.kind() == dict.KindCapital:
	default:
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		w := s.norm(k)
		if locatedPreps[w] {
			return true
		}
		if pm := s.mentionAt(k); pm != nil && pm.kind() == dict.KindAdjective {
			k = pm.i
			continue
		}
		if w != "the" && w != "a" && w != "of" && !isAdjTag(s.tag(k)) && !s.c.located().placeNouns[w] {
			return false
		}
	}
	return false
}

// namedBeforeHead reports whether the conjunct at n is an organisation or
// a state's name before a shared head noun, after a bare nationality
// ("Israeli and Hamas negotiators", "British and EU officials"): the
// adjective is an actor of its own, not a modifier of the name.
func (s *sentence) namedBeforeHead(n, b int) bool {
	if s.norm(n) == "the" {
		n++
	}
	m := s.mentionAt(n)
	if m == nil || m.person != nil || m.actor == nil || m.kind() == dict.KindAdjective || m.j >= b {
		return false
	}
	return isNounTag(s.tag(m.j)) && s.mentionAt(m.j) == nil || s.mentionAt(m.j) != nil && s.mentionAt(m.j).sector != nil
}

// setDemandNouns names the word set DEMAND_NOUNS
// (dict/data/06-analysis-words.txt), whose words name a demand whose "that"
// clause says what is asked.
const setDemandNouns = "DEMAND_NOUNS"

// demandContent reports whether p is the verb of a "that" clause of a
// demand noun ("rejected a U.S. demand that he withdraw the police
// units"), or of a mandative verb ("we propose that the Union take over
// the funding", "suggested that Japan lift its sanctions") whose verb is
// not in a past or perfect tense ("insisted that Russia had withdrawn"
// is a claim): what is asked, not what is done.
func (s *sentence) demandContent(p *pred) bool {
	for k := p.v - 1; k > 0 && k >= p.v-8; k-- {
		w := s.norm(k)
		if w == "that" {
			if s.c.sets.lowered(setDemandNouns)[s.norm(k-1)] {
				return true
			}
			past := s.tag(p.v) == "VBD" && s.lemmaAt(p.v) != s.norm(p.v) // "lift", "cut": the bare form the tagger reads as past
			if s.norm(k+1) == "i" && k+2 == p.g.start {
				// "he has asked that I extend his greetings": the speaker
				// does it in the saying
				return false
			}
			return s.c.sets.lowered(setMandativeVerbs)[s.norm(k-1)] && !past && !s.perfectBetween(k, p.v)
		}
		if w == "," || w == ";" || k < p.v-1 && isVerbTag(s.tag(k)) && s.mentionAt(k) == nil {
			return false
		}
	}
	return false
}

// stanceOnThePast reports whether a verbal stance taken now (an apology,
// praise, criticism, a rejection, condolences) is about a past that only
// its "for"/"over" complement dates: "apologised to South Korea for the
// suffering of labourers during the war" is today's apology.
func (s *sentence) stanceOnThePast(p *pred, code string) bool {
	switch cameo.Root(code) {
	case "05", "11", "12":
	default:
		if !strings.HasPrefix(code, "018") {
			return false
		}
	}
	if !s.wireNews() {
		return false
	}
	for k := p.vend; k < p.hi && k < len(s.toks); k++ {
		if w := s.norm(k); w == "for" || w == "over" {
			return !s.historicalBefore(p, k)
		}
	}
	return false
}

// historicalBefore reports whether a year or a historical cue dates the
// clause of p before token end.
func (s *sentence) historicalBefore(p *pred, end int) bool {
	a := p.g.start
	if p.subjSpan[1] > 0 && p.subjSpan[0] < a {
		a = p.subjSpan[0]
	}
	for k := max(0, a-6); k < end; k++ {
		w := s.norm(k)
		if _, ok := yearNum(w); ok || s.c.sets.historicalCues[w+" "+s.norm(k+1)] {
			return true
		}
	}
	return false
}

// placeSectorSources gives a source named by its sector alone, which a
// reciprocal act turned from a target into a source ("police clashed with
// supporters of the opposition leader": the other side), the country of
// the sentence's place, or drops the event: an actor code is never a bare
// sector.
func (s *sentence) placeSectorSources(cands []candidate) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if strings.HasPrefix(c.src.code, sectorOnly) {
			country := s.sentenceCountry()
			if country == "" {
				country = s.onlyNamedCountry()
			}
			if country == "" {
				s.noteDrop(StageDropped, "event of "+c.src.code+" dropped: a source named by its sector alone, with no place")
				continue
			}
			c.src.code = country + c.src.code[len(sectorOnly):]
			c.rule += " (the sector's country: the sentence's place)"
		}
		out = append(out, c)
	}
	return out
}

// protestVenues drops the target of a domestic protest (14) that is the
// capital or country where it happens ("Serbian students blocked a highway
// in Belgrade", "rallied in Nairobi"): the venue, not whom the protest is
// against; its "against" phrase, if any, names the target.
func (s *sentence) protestVenues(cands []candidate) []candidate {
	if !s.wireNews() {
		return cands // (KCNA's "rallied in Seoul" is aimed at Seoul's rulers)
	}
	for i := range cands {
		c := &cands[i]
		if cameo.Root(c.code) != "14" || c.noTarget || c.tgt.i <= 0 {
			continue
		}
		m := s.mentionAt(c.tgt.i)
		if m == nil || m.actor == nil || m.person != nil || m.kind() != dict.KindCapital && m.kind() != dict.KindName {
			continue
		}
		if demarche.Country(c.tgt.code) != demarche.Country(c.src.code) {
			continue // foreigners protesting in Beijing protest against China (the official gold)
		}
		if w := s.norm(c.tgt.i - 1); w == "in" || w == "at" || w == "near" || w == "throughout" {
			c.noTarget, c.tgt = true, actor{}
			c.rule += " (the place of the protest: no target)"
			if t, ok := s.protestAgainst(c); ok {
				c.noTarget, c.tgt = false, t
				c.rule += " (target: what it is against)"
			}
		}
	}
	return cands
}

// protestAgainst returns the actor of a protest's "against" phrase in its
// clause ("… in Belgrade against the government" → the government, of the
// sentence's place when it names no country).
func (s *sentence) protestAgainst(c *candidate) (actor, bool) {
	if c.p == nil {
		return actor{}, false
	}
	for k := c.p.vend; k < c.p.hi && k+1 < len(s.toks); k++ {
		if s.norm(k) != "against" {
			continue
		}
		for _, a := range s.actorsIn(k+1, s.chainRight(k+1, len(s.toks)), true) {
			if a.weak {
				continue
			}
			if strings.HasPrefix(a.code, sectorOnly) {
				country := s.sentenceCountry()
				if country == "" {
					continue
				}
				a.code = country + a.code[len(sectorOnly):]
			}
			return a, true
		}
		return actor{}, false
	}
	return actor{}, false
}

// stateForce reports whether a sector is a state's armed or police force.
func stateForce(sector string) bool {
	return sector == "COP" || sector == "MIL"
}

// forceSubject reports whether the phrase [i, j) naming a force can be a
// clause's subject: not a noun's modifier ("the police raid") and not the
// object of a verb other than one of saying ("denounced the police raid …"
// where the tagger reads "raid" as a verb; "said security forces killed …"
// is a subject).
func (s *sentence) forceSubject(i, j int) bool {
	if j < len(s.toks) && isNounTag(s.tag(j)) {
		return false
	}
	k := i - 1
	if k >= 0 && s.norm(k) == "that" {
		return true
	}
	if k >= 0 && isVerbTag(s.tag(k)) {
		switch lemma(s.norm(k)) {
		case "say", "tell", "add", "report", "announce", "confirm", "claim", "state":
			return true
		}
		return false
	}
	return true
}

// placeObjectCountry returns the country of a place named as the object
// of an attack ("pounded the southern city of Kherson", "shelled the town
// of Avdiivka in Ukraine's east"): after determiners and adjectives, a
// place noun and "of", then a place phrase; "" when there is none.
func (s *sentence) placeObjectCountry(k int) (string, int) {
	j := k
	for j < len(s.toks) && j < k+4 && (s.norm(j) == "the" || isAdjTag(s.tag(j))) {
		j++
	}
	if j+2 < len(s.toks) && s.c.located().placeNouns[s.norm(j)] && s.norm(j+1) == "of" {
		return s.placeCountryAt(j + 2), j + 2
	}
	return "", -1
}

// placeTargets gives an attack (18 to 20) with no target the country of
// the place it hits, named as its object.
func (s *sentence) placeTargets(cands []candidate) []candidate {
	if !s.wireNews() {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if !forceRoot(c.code) || !c.noTarget || c.p == nil || c.p.noun {
			continue
		}
		if country, at := s.placeObjectCountry(c.p.vend); country != "" && country != demarche.Country(c.src.code) {
			c.tgt, c.noTarget = actor{code: country, i: at, j: at + 1, located: true, note: "the place attacked"}, false
			c.rule += " (target: the country of the place attacked)"
		}
	}
	return cands
}

// perfectBetween reports whether a form of "have" stands between tokens a
// and b: a perfect tense ("that Russia had withdrawn").
func (s *sentence) perfectBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if haveForms[s.norm(k)] {
			return true
		}
	}
	return false
}
