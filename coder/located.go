// Located generic actors: wire news names the actors of domestic events by
// what they are and where they are ("police in Lagos", "gunmen killed 12
// villagers in northern Nigeria's Zamfara state", "protesters in
// Nairobi"). Such a phrase has a sector (COP, REB, CVL …) and no country of
// its own; the place the sentence gives designates it, as the coding guide
// gives bodies abroad the country they are in ("Koreans in Russia" →
// RUSCVL).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// Names of the word sets of dict/data/44-actors-wire-located.txt.
const (
	// setLocatedHeads are the head nouns of generic actors that take the
	// country of their place ("police", "gunmen", "protesters"); envoys,
	// delegations and titles are not among them: an ambassador in Beijing
	// is seldom China's.
	setLocatedHeads = "LOCATED_HEADS"
	// setPlaceNouns name a place after a nationality adjective ("the
	// Ukrainian city of Dnipro", "an Egyptian prison").
	setPlaceNouns = "PLACE_NOUNS"
	// setQuantityHeads head a phrase whose actor is in its "of" complement
	// ("thousands of protesters", "a group of gunmen").
	setQuantityHeads = "QUANTITY_HEADS"
	// setDomesticSources are the sectors of a source that acts at home:
	// a generic target of theirs with no place is of their country
	// ("Belarusian riot police detained opposition supporters").
	setDomesticSources = "DOMESTIC_SOURCES"
)

type locatedSets struct {
	heads, placeNouns, quantity, domestic map[string]bool
}

func (c *Coder) located() locatedSets {
	return locatedSets{heads: c.sets.lowered(setLocatedHeads), placeNouns: c.sets.lowered(setPlaceNouns),
		quantity: c.sets.lowered(setQuantityHeads), domestic: c.sets.lowered(setDomesticSources)}
}

// lowerSet is wordSet with lower-case keys.
func lowerSet(d *dict.Dict, name string) map[string]bool {
	out := map[string]bool{}
	for k := range wordSet(d, name) {
		out[strings.ToLower(k)] = true
	}
	return out
}

// locatedPreps introduce the place of an actor or of the event.
var locatedPreps = setOf("in", "at", "near", "outside", "inside", "across", "throughout", "through", "off")

// placeCountryAt returns the country of the place phrase starting at token
// k: a country's name or capital ("in Nigeria's Zamfara state", "in
// Tehran"), a place of the gazetteer ("in Lagos"), or a nationality
// adjective before a place noun ("in the Ukrainian city of Dnipro"), after
// determiners and adjectives ("in northern Iraq"). It returns "" when the
// phrase names none.
func (s *sentence) placeCountryAt(k int) string {
	for n := k; n < len(s.toks) && n < k+6; n++ {
		if m := s.mentionAt(n); m != nil {
			if m.person != nil || m.actor == nil || m.inTitle {
				return ""
			}
			switch m.actor.Kind {
			case dict.KindName, dict.KindCapital, dict.KindSeat:
				if c := m.actor.Code; len(c) == 3 && c != "IGO" {
					return c
				}
				return ""
			case dict.KindAdjective:
				if s.c.located().placeNouns[s.norm(m.j)] {
					return demarche.Country(m.actor.Code)
				}
			}
			return ""
		}
		if p := s.placeAt(n); p != nil {
			return p.p.Country
		}
		w, t := s.norm(n), s.tag(n)
		if w == "the" || w == "a" || w == "an" || isAdjTag(t) || t == "RB" || w == "-" {
			continue
		}
		if s.partOfPlaceAt(n) {
			return s.placeCountryAt(n + 2) // "the southern part of …" (coder/tolls.go)
		}
		return ""
	}
	return ""
}

// sentenceCountry returns the one country of the places the sentence
// names after a locative preposition, or "" when it names none or several.
func (s *sentence) sentenceCountry() string {
	if c := s.placesCountry(-1, -1); c != "" {
		return c
	}
	return s.dateline // coder/dateline.go
}

// placesCountry is sentenceCountry without the places of tokens [skipA,
// skipB) (coder/tolls.go: a toll's cause phrase names an author).
func (s *sentence) placesCountry(skipA, skipB int) string {
	found := ""
	for k := 0; k+1 < len(s.toks); k++ {
		if !locatedPreps[s.norm(k)] || k >= skipA && k < skipB {
			continue
		}
		c := s.placeCountryAt(k + 1)
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	if c, conflict := s.partPlaceCountry(); conflict || found != "" && c != "" && c != found {
		return ""
	} else if c != "" {
		found = c
	}
	return found
}

// locatedActor codes a phrase named by a generic head alone ("police in
// Lagos", "thousands of protesters", "gunmen"): the country of its own
// place complement, else of the one country the sentence's places name.
// ok is false when the phrase is not such a phrase or no place places it.
func (s *sentence) locatedActor(segs []segment, infos []segmentInfo, forTarget bool) (actor, bool) {
	l := s.c.located()
	h := 0
	if !infos[0].headIsSector && len(segs) > 1 && segs[1].prep == "of" && l.quantity[infos[0].head] {
		if infos[1].headIsSector {
			h = 1 // "thousands of protesters"
		} else if len(segs) > 2 && segs[2].prep == "of" && l.quantity[infos[1].head] && infos[2].headIsSector {
			h = 2 // "tens of thousands of people"
		}
	}
	info := infos[h]
	if !info.headIsSector || info.secAt < 0 || len(info.agents) > 0 || len(info.weak) > 0 {
		return actor{}, false
	}
	m := s.mentionAt(info.secAt)
	if m == nil || m.sector == nil || m.sector.Title != "" && s.toks[info.secAt].Capitalized() || !s.locatedHead(m) {
		return actor{}, false
	}
	sector := m.sector.Sector
	country, how := "", ""
	own := false
	for i := h + 1; i < len(segs) && country == ""; i++ {
		if locatedPreps[segs[i].prep] {
			country, how = s.placeCountryAt(segs[i].i), "its place"
			own = own || s.placeLike(segs[i])
		}
	}
	if country == "" && own && forTarget && s.unknownProperPlace(segs[h+1:]) {
		// "villagers in El Gezira state": a proper place the gazetteer
		// does not know, in the one country the sentence names (coder/wireactors.go)
		country, how = s.onlyNamedCountry(), "the one country the sentence names"
	}
	if country == "" && own {
		return actor{}, false // "people in many countries": a place, but no country
	}
	if country == "" && s.doc.home == "" && !(s.norm(segs[0].i) == "his" || s.norm(segs[0].i) == "her" || s.norm(segs[0].i) == "their" || s.norm(segs[0].i) == "its") {
		// "his lawyer" is someone's, not the place's; in a national
		// outlet (KCNA) a generic actor is as often its own country's
		// as the place's, so only its own complement places it there
		country, how = s.sentenceCountry(), "the sentence's place"
		if !forTarget && s.placedSourceOwnedElsewhere(country, m) /* wireacts.go */ && country != s.dateline {
			// a source is placed by the sentence only when no actor of
			// another country could be its owner ("a Tunisian court
			// jailed a man for … in Lebanon, his lawyer said")
			country = ""
		}
		if country == "" && (forTarget && s.tag(m.j-1) == "NNS" || stateForce(sector) && s.forceSubject(segs[0].i, m.j)) {
			// (a target only in the plural: "the journalist" is someone
			// the report named before, not of the place)
			// (a source only when it is a state's force: "Egypt's interior
			// ministry said security forces killed 10 militants")
			country, how = s.onlyNamedCountry(), "the one country the sentence names" // coder/wireactors.go
		}
	}
	if country == "" {
		country, how = s.crowdPlace(segs, m, forTarget), "the place its clause names (kcnaleads.go)"
	}
	if country == "" && !forTarget && !own {
		country, how = s.crowdDestination(m), "where its crowd goes (wireacts.go)"
	}
	if country == "" {
		return actor{}, false
	}
	return actor{code: country + sector, i: segs[0].i, j: m.j, located: true,
		note: "\"" + s.norm(m.j-1) + "\" " + sector + " in " + country + " (" + how + ")"}, true
}

// dropLocated removes the located actors of a list.
func dropLocated(as []actor) []actor {
	out := as[:0]
	for _, a := range as {
		if !a.located {
			out = append(out, a)
		}
	}
	return out
}

// otherCountryNamed reports whether the sentence names an actor of another
// country than c (a name, an adjective, an organisation or a person).
func (s *sentence) otherCountryNamed(c string) bool {
	for _, m := range s.ments {
		if m.inTitle || m.sector != nil && m.actor == nil && m.person == nil {
			continue
		}
		if code := m.code(); code != "" && demarche.Country(code) != c {
			return true
		}
	}
	return false
}

// domesticTarget gives a generic target with no place ("opposition
// supporters", "a protester") the country of a source that acts at home
// (police, courts, authorities): "Iranian authorities executed a
// protester" → IRN.
func (s *sentence) domesticTarget(t actor, src string) (string, bool) {
	l := s.c.located()
	sec := src[min(3, len(src)):]
	if len(src) < 6 || !l.domestic[strings.ToLower(sec)] || s.mentionAt(t.j-1) == nil || !s.locatedHead(s.mentionAt(t.j-1)) {
		return "", false
	}
	return demarche.Country(src) + t.code[len(sectorOnly):], true
}

// mayBeLocated reports, before tagging, whether a sentence without a
// named actor may still have one: a generic head and a place of the
// gazetteer ("Police in Lagos arrested …").
func (s *sentence) mayBeLocated() bool {
	head := false
	for _, m := range s.ments {
		if m.sector != nil && s.locatedHead(m) {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	for k := range s.toks {
		if s.toks[k].Capitalized() && s.placeAt(k) != nil {
			return true
		}
	}
	return false
}

// quantityWord reports whether token k is part of a quantity before a
// noun ("more than 200 protesters", "at least 30 people", "up to 40").
func (s *sentence) quantityWord(k int) bool {
	switch s.norm(k) {
	case "than":
		w := s.norm(k - 1)
		return w == "more" || w == "fewer" || w == "less"
	case "at":
		return s.norm(k+1) == "least" || s.norm(k+1) == "most"
	case "least", "most":
		return s.norm(k-1) == "at"
	case "up":
		return s.norm(k+1) == "to" && s.tag(k+2) == "CD"
	case "to":
		return s.norm(k-1) == "up" && s.tag(k+1) == "CD"
	case "nearly", "almost", "about", "around", "some", "roughly", "over":
		return s.tag(k+1) == "CD"
	}
	return false
}

// locatedHead reports whether the sector phrase m is a generic head that
// its place locates: its last word or the whole phrase is in LOCATED_HEADS.
func (s *sentence) locatedHead(m *mention) bool {
	l := s.c.located()
	if l.heads[s.norm(m.j-1)] {
		return true
	}
	if m.j-m.i < 2 {
		return false
	}
	var b strings.Builder
	for k := m.i; k < m.j; k++ {
		if k > m.i {
			b.WriteByte(' ')
		}
		b.WriteString(s.norm(k))
	}
	return l.heads[b.String()]
}

// setCrowdSectors are the sectors of crowds (civilians, students,
// opposition supporters …), whose force is a riot and whose blockades and
// protests are dissent (CAMEO 14), not a state's coercion or a verbal
// criticism.
const setCrowdSectors = "CROWD_SECTORS"

// crowdReadings recodes the acts of crowds: clashes, storming and force
// against their own state (19) are riots (145), blocking roads (17) is obstruction (144), protesting
// against something (111) is a demonstration (141): "protesters clashed
// with police", "farmers blocked highways", "refugees protested against
// plans to relocate them".
func (s *sentence) crowdReadings(out []candidate) {
	crowd := s.c.sets.lowered(setCrowdSectors)
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) == "14" && !c.noTarget && c.tgt.i > 0 && (s.norm(c.tgt.i-1) == "through" || s.norm(c.tgt.i-1) == "across") {
			if m := s.mentionAt(c.tgt.i); m != nil && m.actor != nil && (m.actor.Kind == dict.KindCapital || m.actor.Kind == dict.KindName) {
				// "marched through Santiago": the route, not the target
				c.noTarget, c.tgt = true, actor{}
			}
		}
		if len(c.src.code) != 6 || !crowd[strings.ToLower(c.src.code[3:])] || c.p == nil {
			continue
		}
		w := s.norm(c.p.v)
		switch root := cameo.Root(c.code); {
		case root == "19" && (strings.HasPrefix(w, "clash") || strings.HasPrefix(w, "storm") ||
			!c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && len(c.tgt.code) == 6 && (c.tgt.code[3:] == "COP" || c.tgt.code[3:] == "MIL")):
			// clashes, storming, and force against its own state's police
			// or troops; not a people's figurative fight
			c.code, c.rule = "145", c.rule+" (force by a crowd: a riot, 145)"
		case c.code == "1712" && s.rioters(c.src):
			// a crowd setting fire to tyres, cars, shops: a riot
			c.code, c.rule = "145", c.rule+" (destruction by a crowd: a riot, 145)"
		case (root == "17" || c.code == "192") && (strings.HasPrefix(w, "block") || strings.HasPrefix(w, "barricad") || strings.HasPrefix(w, "occup")):
			c.code, c.rule = "144", c.rule+" (a crowd's blockade: obstruction, 144)"
		case c.code == "111" && strings.HasPrefix(w, "protest") && s.norm(c.p.v-1) != "to" && !s.speechOccasion():
			// (a protest voiced at a press conference or in a statement
			// stays criticism, as the KCNA conventions code it)
			c.code, c.rule = "141", c.rule+" (a crowd's protest: a demonstration, 141)"
		}
	}
}

// domesticTargets applies domesticTarget to the sector-only targets of
// force (roots 18 to 20), which do not take the source's country as other
// targets do (coder/targets.go): "Indian police shot dead two suspected
// rebels" → INDREB, but "Israeli troops killed three militants" stays
// unnamed, since armed forces act abroad too.
func (s *sentence) domesticTargets(tgts, srcs []actor) []actor {
	if len(srcs) != 1 {
		return tgts
	}
	for i, t := range tgts {
		if strings.HasPrefix(t.code, sectorOnly) {
			if code, ok := s.domesticTarget(t, srcs[0].code); ok {
				tgts[i].code, tgts[i].note = code, t.note+" (a generic target of a source acting at home: its country)"
			}
		}
	}
	return tgts
}

// warringSides reports whether two actors of one country are a state and
// its armed or political opposition (REB, OPP against GOV, MIL): their
// talks, truces and agreements are events, unlike a state's meetings with
// its own bodies.
func warringSides(a, b string) bool {
	sec := func(c string) string {
		if len(c) >= 6 {
			return c[3:6]
		}
		return ""
	}
	x, y := sec(a), sec(b)
	state := func(s string) bool { return s == "GOV" || s == "MIL" }
	side := func(s string) bool { return s == "REB" || s == "OPP" }
	// an armed movement and a party of one country are rival factions
	// ("Fatah and Hamas signed a reconciliation accord", coder/tolls.go)
	return state(x) && side(y) || side(x) && state(y) || rivalFactions(x, y)
}

// setSpeechOccasions names the word set SPEECH_OCCASIONS
// (dict/data/06-analysis-words.txt), whose words are the occasions of a
// protest in words, not in the street.
const setSpeechOccasions = "SPEECH_OCCASIONS"

// speechOccasion reports whether the sentence names a press conference, a
// statement or a letter.
func (s *sentence) speechOccasion() bool {
	for k := range s.toks {
		if s.c.sets.lowered(setSpeechOccasions)[s.norm(k)] {
			return true
		}
	}
	return false
}

// deniedThat returns the "that" opening what a denial denies: right after
// the verb ("denied that …") or after the claim it rejects ("rejected
// India's accusations that …"), or -1.
func (s *sentence) deniedThat(vend int) int {
	for k := vend; k < len(s.toks) && k < vend+8; k++ {
		if s.norm(k) == "that" {
			return k
		}
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			break
		}
	}
	return -1
}

// placeLike reports whether a complement names a place ("in many
// countries", "in the region", "in Lagos"), not a circumstance ("in an
// ambush", "in protest").
func (s *sentence) placeLike(seg segment) bool {
	for k := seg.i; k < seg.j; k++ {
		w := s.norm(k)
		if s.toks[k].Capitalized() && s.toks[k].IsWord() || s.c.located().placeNouns[w] ||
			w == "countries" || w == "country" || w == "world" || w == "nations" || w == "areas" || w == "parts" || w == "area" {
			return true
		}
	}
	return false
}

// setVictimVerbs names the word set VICTIM_VERBS
// (dict/data/06-analysis-words.txt), whose words are the participles of a
// wire report's toll ("were killed", "were wounded"), told in the passive
// before the clause of its cause.
const setVictimVerbs = "VICTIM_VERBS"

// victimsBefore reports whether the clause before token k tells a toll
// without its author ("at least 15 people were killed when …", "three
// soldiers died when …").
func (s *sentence) victimsBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.norm(j)
		if w == "," || w == ";" {
			continue
		}
		if s.c.sets.lowered(setVictimVerbs)[w] && (w == "died" || beForms[s.norm(j-1)] || s.norm(j-1) == "been") {
			return true
		}
		if w == "by" {
			return false // the toll has its author
		}
	}
	return false
}

// rioters reports whether an actor's phrase ends in a head of RIOTERS
// ("protesters", "a mob").
func (s *sentence) rioters(a actor) bool {
	set := s.c.sets.lowered("RIOTERS")
	for k := a.i; k < a.j && k < len(s.toks); k++ {
		if set[s.norm(k)] {
			return true
		}
	}
	return false
}

// hasPlacedTarget reports whether another event of the sentence, of c's
// root and source country, has a target with a country: an event toward a
// sector that found no country ("blew himself up outside a mosque") then
// adds nothing to it ("…, killing 30 worshippers").
func (s *sentence) hasPlacedTarget(cands []candidate, c candidate) bool {
	for _, d := range cands {
		if !d.noTarget && !strings.HasPrefix(d.tgt.code, sectorOnly) && d.tgt.code != "" &&
			cameo.Root(d.code) == cameo.Root(c.code) && demarche.Country(d.src.code) == demarche.Country(c.src.code) {
			return true
		}
	}
	return false
}
