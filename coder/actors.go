package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// sectorOnly prefixes the code of a target named by its sector alone.
const sectorOnly = "~"

// actor is an actor found in a sentence: its code and the tokens that gave it.
type actor struct {
	code  string
	i, j  int    // token span of the phrase
	weak  bool   // from a modifier ("DPRK-China friendship"): a target at most
	title bool   // a capitalised title alone ("the President")
	note  string // how the code was composed, for explain
	// located: a generic phrase given the country of its place
	// (coder/located.go)
	located bool
	// ownBody: a generic phrase given the speaking state's own country
	// in its government's statement ("our peacekeepers", "the
	// population"; coder/ownpeople.go)
	ownBody bool
}

// npBounds returns the base noun phrase ending just before end (exclusive):
// its start, scanning left over noun-phrase tokens and coordinated lists of
// names ("Chile, Nepal, Peru and Taipei of China" is one list only
// from the right-hand side).
func (s *sentence) npStartLeft(end int) int {
	k := end - 1
	start := end
	for k >= 0 {
		t := s.tag(k)
		m := s.mentionAt(k)
		if m != nil {
			k = m.i - 1
			start = m.i
			continue
		}
		w := s.norm(k)
		if npTag(t) && !s.boundaryLeft(k) && !(t == "VBG" || t == "VBN") || w == "-" && start < end {
			if t == "PRP" && start < end {
				break // "it" does not continue a phrase
			}
			if timeWords[w] || (isNounTag(t) && timeWords[w]) {
				break
			}
			start = k
			k--
			if t == "DT" || t == "PDT" || t == "PRP" {
				break
			}
			continue
		}
		// past and present participles are adjectives only between a
		// determiner and a noun ("the visiting delegation")
		if (t == "VBG" || t == "VBN") && start < end && k > 0 && (s.tag(k-1) == "DT" || isAdjTag(s.tag(k-1))) {
			start = k
			k--
			continue
		}
		break
	}
	return start
}

// chainLeft returns the start of the noun phrase chain ending at end: a
// base noun phrase extended left through complements ("the delegation of the
// Ministry of Defence of Viet Nam"), coordination ("the U.S. and south
// Korean warmongers") and reduced relatives ("… headed by X").
func (s *sentence) chainLeft(end int) int {
	start := s.npStartLeft(end)
	if start == end {
		return end
	}
	andSeen := false
	for start > 0 {
		p := start - 1
		w := s.norm(p)
		switch {
		case complementPreps[w] || w == "against" || w == "to" && s.tag(p-1) != "VB":
			if p == 0 {
				return start
			}
			ns := s.npStartLeft(p)
			if ns == p {
				return start
			}
			start = ns
		case w == "by" && p > 0 && (s.tag(p-1) == "VBN" || s.tag(p-1) == "VBD"):
			// "the delegation headed by X": continue before the participle
			ns := s.npStartLeft(p - 1)
			if ns == p-1 {
				return start
			}
			start = ns
		case w == "and" || w == "&" || w == "," && andSeen || w == "as" && p > 1 && s.norm(p-1) == "well" && s.norm(p-2) == "as":
			if w != "," {
				andSeen = true
			}
			if w == "as" {
				p -= 2 // "China as well as Russia": coder/lists.go
			}
			ns := s.npStartLeft(p)
			if ns == p || !s.hasMention(ns, p) && !s.hasMention(start, start+1) {
				return start
			}
			start = ns
		default:
			return start
		}
	}
	return start
}

// npEndRight returns the end (exclusive) of the base noun phrase starting at
// start.
func (s *sentence) npEndRight(start int) int {
	k := start
	for k < len(s.toks) {
		if m := s.mentionAt(k); m != nil {
			k = m.j
			continue
		}
		t, w := s.tag(k), s.norm(k)
		if npTag(t) && !(t == "VBG" || t == "VBN") && t != "PRP" || w == "-" && k > start {
			if (t == "DT" || t == "PRP$" || t == "PDT") && k > start && s.tag(k-1) != "DT" {
				break // a new noun phrase begins
			}
			if t == "POS" || t == "''" && k > start {
				k++
				continue
			}
			k++
			continue
		}
		if t == "PRP" && k == start {
			k++
			break
		}
		if (t == "VBG" || t == "VBN") && k+1 < len(s.toks) && (isNounTag(s.tag(k+1)) || isAdjTag(s.tag(k+1)) || s.mentionAt(k+1) != nil) &&
			(k > start || s.norm(k-1) == "the" || s.norm(k-1) == "a" || s.norm(k-1) == "an") {
			k++ // "the visiting Chinese delegation"
			continue
		}
		break
	}
	return k
}

// chainRight returns the end of the noun phrase chain starting at start:
// the base noun phrase and its complements and coordinated phrases.
func (s *sentence) chainRight(start int, limit int) int {
	end := s.npEndRight(start)
	if end == start {
		return start
	}
	for end < limit {
		w := s.norm(end)
		switch {
		case w == "\"" && s.quoteEnd(end, limit) > 0:
			// a quoted title naming the phrase: "Kim Jong Il's work "…""
			end = s.quoteEnd(end, limit)
		case w == "(" && s.parenEnd(end, limit) > 0:
			// "(KCNA)", "(Korean Friendship Association)"
			end = s.parenEnd(end, limit)
		case (s.tag(end) == "VBN" || s.tag(end) == "VBD") && s.norm(end+1) == "by" && end+2 < limit:
			// "the delegation … led by X and the delegation …": a reduced
			// relative inside a list of phrases
			e := s.npEndRight(end + 2)
			if e == end+2 {
				return end
			}
			end = e
		case s.tag(end) == "VBN" && s.c.sets.lowered(setPlaceVerbs)[w] && (s.norm(end+1) == "in" || s.norm(end+1) == "at") && end+2 < limit:
			// "the Korean Friendship Association headquartered in Spain":
			// where the body is, as "the Association of Koreans in Japan"
			// (coder/names.go)
			e := s.npEndRight(end + 2)
			if e == end+2 {
				return end
			}
			end = e
		case s.ccPartyComma(end, limit): // "of the C.C., the CPC": coder/ccbodies.go
			e := s.npEndRight(end + 1)
			if e == end+1 {
				return end
			}
			end = e
		case objectPreps[w] || w == "and" || w == "&" || w == "," && s.listContinues(end, limit) ||
			w != "," && s.listLink(end) > 0: // "as well as", "such as", "including": coder/lists.go
			k := end + 1
			if l := s.listLink(end); l > 0 && l < limit {
				k = l // "to X, and to Y", "X, its neighbour, and Y"
			}
			if w == "," && s.norm(end+1) == "and" && s.clauseAfter(k, limit) {
				return end // "…, and personages of Ecuador released …": a new clause
			}
			if w == "in" && s.norm(k) == "order" && (s.norm(k+1) == "to" || s.norm(k+1) == "that") {
				return end // "in order to": a purpose, not a phrase's complement
			}
			if s.visitComplement(w, k, limit) {
				return end // "X on a visit to the DPRK": coder/passiveagents.go
			}
			k = s.nameGerund(w, k, limit) // coder/passiveagents.go
			e := s.npEndRight(k)
			if e == k {
				return end
			}
			end = e
		default:
			return end
		}
	}
	if end > limit {
		return limit
	}
	return end
}

// parenEnd returns the token after the ")" closing the "(" at k, or 0.
func (s *sentence) parenEnd(k, limit int) int {
	for j := k + 1; j < limit && j < k+16; j++ {
		if s.norm(j) == ")" {
			return j + 1
		}
		if s.norm(j) == "(" {
			return 0
		}
	}
	return 0
}

// quoteEnd returns the token after the quote that closes the one at k, or
// 0 when none closes it before limit (or within 40 tokens).
func (s *sentence) quoteEnd(k, limit int) int {
	for j := k + 1; j < limit && j < k+40; j++ {
		if s.norm(j) == "\"" {
			return j + 1
		}
	}
	return 0
}

// listContinues reports whether the comma at k continues a list of noun
// phrases (a later "and" closes the list before the clause ends).
func (s *sentence) listContinues(k, limit int) bool {
	if s.headlineAdjectivePair(k) {
		return true // "from Cuban, Lao Embassies": coder/headlinelists.go
	}
	if s.headline && s.namesToEnd(k+1, limit) {
		return true // a headline's list drops its "and": "… by Organizations of Brazil, Peru"
	}
	pure := true // only names, "the" and commas so far: a long list of names (coder/ungdvoice.go)
	for i := k + 1; i < limit && (i < k+20 || pure && i < k+64); i++ {
		w, t := s.norm(i), s.tag(i)
		pure = pure && (w == "," || w == "the" || s.mentionAt(i) != nil)
		if w == "(" {
			if e := s.parenEnd(i, limit); e > 0 {
				i = e - 1 // "Chad (which sent troops) and Niger"
				continue
			}
		}
		if w == "and" || w == "as" && s.norm(i+1) == "well" {
			return true
		}
		if isVerbTag(t) && !(t == "VBN" || t == "VBG") || w == ";" {
			return false
		}
	}
	return false
}

func (s *sentence) hasMention(a, b int) bool {
	for k := a; k < b; k++ {
		if m := s.mentionAt(k); m != nil && (m.actor != nil || m.person != nil || m.here) {
			return true
		}
	}
	return false
}

// segment is a part of a chain between complement prepositions.
type segment struct {
	i, j int
	prep string // the preposition that introduced it ("" for the head)
}

// segments splits the chain [a, b) at complement prepositions and "by".
func (s *sentence) segments(a, b int) []segment {
	var out []segment
	cur := segment{i: a}
	for k := a; k < b; k++ {
		if m := s.mentionAt(k); m != nil {
			k = m.j - 1
			continue
		}
		w := s.norm(k)
		if objectPreps[w] || w == "at" {
			cur.j = k
			if cur.j > cur.i {
				out = append(out, cur)
			}
			cur = segment{i: k + 1, prep: w}
		}
	}
	cur.j = b
	if cur.j > cur.i {
		out = append(out, cur)
	}
	return out
}

// segmentInfo is what one segment says about the actors of a chain.
type segmentInfo struct {
	agents       []*mention // country, organisation, person mentions
	weak         []*mention // hyphen-compound modifiers
	sector       string     // strongest sector in the segment
	secAt        int        // token of the sector word, for spans
	head         string     // the last noun
	headIsSector bool       // the last noun is a sector word ("the authorities")
	possessor    bool       // a sector word as possessor ("the authorities' policy")
	generic      bool       // the head is generic ("delegation", "spokesman")
	civil        bool       // the head designates people ("Koreans", "women")
}

func (s *sentence) inspect(seg segment) segmentInfo {
	info := segmentInfo{secAt: -1}
	gov := ""
	for k := seg.i; k < seg.j; k++ {
		m := s.mentionAt(k)
		t := s.tag(k)
		if isNounTag(t) && m == nil {
			info.head = s.norm(k)
			info.headIsSector = false
		}
		if m == nil {
			continue
		}
		k = m.j - 1
		switch {
		case m.sector != nil:
			info.head = s.norm(m.j - 1)
			info.headIsSector = true
			if s.tag(m.j) == "POS" {
				info.possessor = true // "the government's inability": the government acts
			}
			if m.sector.Sector == "GOV" {
				gov = "GOV"
				if info.secAt < 0 {
					info.secAt = m.i
				}
			} else {
				info.sector = m.sector.Sector
				info.secAt = m.i
			}
			if m.sector.Sector == "CVL" {
				info.civil = true
			}
		case m.actor != nil || m.person != nil || m.here:
			part := s.pairBodyPart(m) // coder/pairbodies.go
			if part == pairPartner {
				continue // "Korea" of "the Laos-Korea Friendship Association"
			}
			if part == pairNone && s.isCompound(m) || s.isModifier(m, seg) || m.inTitle || m.here && seg.j-seg.i > 1 {
				info.weak = append(info.weak, m)
				continue
			}
			info.agents = append(info.agents, m)
			if m.kind() == dict.KindDemonym || m.actor != nil && m.actor.Kind == dict.KindOrg && strings.HasSuffix(m.actor.Code, "CVL") {
				info.civil = true // "Koreans in Russia", "the Women's Union in Japan"
			}
			if m.kind() != dict.KindAdjective {
				info.head = s.norm(m.j - 1)
				info.headIsSector = false
			}
		}
	}
	if info.sector == "" {
		info.sector = gov
	}
	info.generic = s.c.sets.genericHeads[info.head]
	return info
}

// isCompound reports whether a name is part of a hyphenated compound
// modifier ("DPRK-China friendship", "anti-DPRK"): it names a topic, not an
// actor.
func (s *sentence) isCompound(m *mention) bool {
	return s.norm(m.j) == "-" && m.j+1 < len(s.toks) && s.toks[m.j+1].IsWord() ||
		m.i > 0 && s.norm(m.i-1) == "-" && m.i > 1 && s.toks[m.i-2].IsWord()
}

// isModifier reports whether a name only modifies the noun it stands
// before: an adjective of a noun that designates no actor ("the Swiss
// national day"), a person before a noun that is not part of the name ("the
// Kim Jong Il Juche Idea", "Kim Il Sung Square").
func (s *sentence) isModifier(m *mention, seg segment) bool {
	if k := m.kind(); k == dict.KindCapital || k == dict.KindSeat {
		// "the Pyongyang mission of …", "Pyongyang Koryo Hotel": a place
		// naming something else
		n := m.j
		if sm := s.mentionAt(n); sm != nil && sm.sector != nil && sm.j == seg.j &&
			(sm.sector.Title != "" || s.c.sets.stateHeads[s.norm(n)] || s.norm(n) == "officials" || s.norm(n) == "official") {
			// "a Kremlin spokesman", "Tokyo officials": the seat speaks
			// through its own official
			return false
		}
		return n < seg.j && (isNounTag(s.tag(n)) || s.mentionAt(n) != nil && s.mentionAt(n).sector != nil) && s.tag(n) != "POS"
	}
	if m.kind() != dict.KindAdjective && m.person == nil {
		return false
	}
	if m.person != nil {
		n := m.j
		// a weekday or a month after the name dates the act: "Kim Jong Il
		// Saturday sent …" is the person, not a body named after him
		return n < seg.j && s.tag(n) == "NNP" && s.mentionAt(n) == nil && s.toks[n].Capitalized() && !timeWords[s.norm(n)] && !months[s.norm(n)] &&
			!s.nameGoesOn(m, seg.j) // coder/names.go
	}
	// an adjective: is there an agent noun after it in the phrase? An
	// adjective that ends its phrase is a noun ("praised by Italian")
	if m.j >= seg.j || !s.toks[m.j].IsWord() {
		return false
	}
	if s.properNameAfter(m.j, seg.j) {
		return false // "the German Creusen Concert", "the El Salvadorian Farabundo Marti Front"
	}
	for k := m.j; k < seg.j; k++ {
		if n := s.mentionAt(k); n != nil {
			return false // a sector word, a name, a person: "Russian troops"
		}
		if s.tag(k) == "POS" || s.norm(k) == "," {
			break
		}
		if isNounTag(s.tag(k)) && s.c.sets.genericHeads[s.norm(k)] {
			return false // "Chinese delegation"
		}
		if s.c.sets.lowered(setStatehoodHeads)[s.norm(k)] {
			return false // "the Moldovan Republic": the country itself (coder/names.go)
		}
		if t := s.tag(k); (t == "NNS" || t == "NNPS") && s.toks[k].IsWord() {
			return false // "Finnish Communists", "Japanese reactionaries": people
		}
	}
	return true
}

// compose builds an actor code from a mention and the sector of its phrase.
func compose(m *mention, sector string, home string) (string, string) {
	switch {
	case m.person != nil:
		return m.role.Code, "person " + m.person.Name + ": " + m.role.Title + " " + m.role.Period()
	case m.here:
		return home, "\"here\": the publication's country"
	}
	a := m.actor
	switch a.Kind {
	case dict.KindOrg:
		if len(a.Code) == 3 && sector != "" {
			return a.Code + sector, "organisation " + a.Code + " + sector " + sector
		}
		return a.Code, "organisation " + a.Code
	case dict.KindCapital, dict.KindSeat:
		if sector != "" && sector != "GOV" {
			return a.Code + sector, a.Kind.String() + " + sector " + sector
		}
		return a.Code + "GOV", a.Kind.String() + " of " + a.Code + " as metonym"
	case dict.KindDemonym:
		if sector == "" {
			sector = "CVL"
		}
		return a.Code + sector, "demonym + sector " + sector
	}
	if sector != "" {
		return a.Code + sector, a.Kind.String() + " " + a.Code + " + sector " + sector
	}
	return a.Code, a.Kind.String() + " " + a.Code
}

// actorsIn resolves the actors of the chain [a, b). A chain of coordinated
// phrases ("the delegation of X … and the delegation of Y", "Malaysia,
// Austria and China") gives the actors of each. forTarget admits weak
// (modifier) actors and "by" complements, and sector-only phrases ("the
// authorities") for the caller to place.
func (s *sentence) actorsIn(a, b int, forTarget bool) []actor {
	if a >= b {
		return nil
	}
	conj := s.conjuncts(a, b)
	if len(conj) == 1 {
		return s.conjunctActors(a, b, forTarget, "")
	}
	// a conjunct without a sector of its own takes the last one's ("the U.S.
	// and south Korean warmongers")
	last := s.inspect(s.segments(conj[len(conj)-1][0], conj[len(conj)-1][1])[0])
	if last.sector == "" {
		// "the foreign ministers of Spain, Italy and Greece": the bare
		// names share the plural head of the first (coder/lists.go)
		last.sector = s.sharedHeadSector(conj[0])
	}
	var out []actor
	country := ""
	for _, c := range conj {
		member := forTarget || s.memberOfPrevious(c[0]) && len(out) > 0
		acts := s.conjunctActors(c[0], c[1], member, last.sector)
		for _, a := range acts {
			if country == "" && !strings.HasPrefix(a.code, sectorOnly) && !a.weak && party(a.code) == demarche.Country(a.code) {
				country = demarche.Country(a.code)
			}
		}
		out = append(out, acts...)
	}
	out = uniqueActors(out)
	if country != "" {
		// "teachers and parents of south Korea": a generic conjunct
		// belongs to its named siblings, not to a place (coder/located.go)
		out = dropLocated(out)
	}
	// "the army of Cuba, the country's ministers": a sector-only
	// conjunct belongs to its siblings' country
	for i := range out {
		if strings.HasPrefix(out[i].code, sectorOnly) && country != "" {
			out[i].code = country + out[i].code[len(sectorOnly):]
			out[i].note += " (country of the coordinated phrase)"
		}
	}
	return out
}

// conjuncts splits [a, b) at top-level "and", "&" and list commas, where
// what follows starts a noun phrase.
func (s *sentence) conjuncts(a, b int) [][2]int {
	var out [][2]int
	start := a
	for k := a; k < b; k++ {
		if m := s.mentionAt(k); m != nil {
			k = m.j - 1
			continue
		}
		if n := s.listLink(k); n > 0 && k > start && k+1 < b && !objectPreps[s.norm(k)] && !s.ccPartyComma(k, b) {
			if n < b && s.startsNP(n) && (s.introducesMembers(k) || !s.bareAdjectives(start, k) && s.endsWithAgent(k) ||
				s.bareAdjectives(start, k) && s.namedBeforeHead(n, b) /* wireactors.go */) {
				out = append(out, [2]int{start, k})
				start = n
				k = n - 1
			}
		}
	}
	out = append(out, [2]int{start, b})
	return out
}

// titleWithName reports whether the sector word at k is a capitalised title
// followed, before end, by a name of two or more capitalised words.
func (s *sentence) titleWithName(k, end int) bool {
	m := s.mentionAt(k)
	if m == nil || m.sector == nil || !s.toks[k].Capitalized() {
		return false
	}
	n := 0
	for j := m.j; j < end && s.toks[j].Capitalized() && s.toks[j].IsWord() && s.mentionAt(j) == nil; j++ {
		n++
	}
	return n >= 2
}

// previousPerson returns the nearest person named before token k, or nil.
func (s *sentence) previousPerson(k int) *mention {
	for j := k - 1; j >= 0; j-- {
		if m := s.mentionAt(j); m != nil && m.person != nil {
			return m
		}
	}
	return nil
}

// uniqueActors drops repeated codes ("the Workers' Party of Korea (WPK)").
func uniqueActors(as []actor) []actor {
	out := as[:0:0]
	for _, a := range as {
		dup := false
		for _, b := range out {
			if a.code == b.code && a.weak == b.weak {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// endsWithAgent reports whether the phrase ending before k ends with a
// word that designates an actor (a name, a sector word, a generic head):
// "civic and public organizations", "the Friendship and Solidarity
// Committee" coordinate words inside one phrase, not two actors.
func (s *sentence) endsWithAgent(k int) bool {
	e := k - 1
	for e >= 0 && (s.norm(e) == "\"" || s.norm(e) == ")" || s.tag(e) == "''" || s.norm(e) == "," && e == k-1) {
		if s.norm(e) == ")" {
			for e >= 0 && s.norm(e) != "(" {
				e--
			}
		}
		e--
	}
	if e < 0 {
		return false
	}
	if m := s.mentionAt(e); m != nil {
		return m.kind() != dict.KindAdjective || m.sector != nil
	}
	// an unknown name of two or more words: a person ("Chairman Stefan Muller")
	n := 0
	for j := e; j >= 0 && s.tag(j) == "NNP" && s.mentionAt(j) == nil; j-- {
		n++
	}
	return s.c.sets.genericHeads[s.norm(e)] || n >= 2 && !s.nameAfterFor(e-n+1) // kcnaleads.go
}

// bareAdjectives reports whether [a, b) holds only country adjectives (and
// determiners): "Uruguayan and Nigerian newspapers" shares one noun.
func (s *sentence) bareAdjectives(a, b int) bool {
	seen := false
	for k := a; k < b; k++ {
		if m := s.mentionAt(k); m != nil && m.kind() == dict.KindAdjective && m.sector == nil {
			k = m.j - 1
			seen = true
			continue
		}
		if t := s.tag(k); t != "DT" && s.norm(k) != "," {
			return false
		}
	}
	return seen
}

// conjunctActors resolves one noun phrase with its complements.
// inherited is a sector to use when the phrase has none of its own.
func (s *sentence) conjunctActors(a, b int, forTarget bool, inherited string) []actor {
	segs := s.segments(a, b)
	if len(segs) == 0 {
		return nil
	}
	infos := make([]segmentInfo, len(segs))
	for i := range segs {
		infos[i] = s.inspect(segs[i])
	}
	head := infos[0]
	sector := head.sector
	if sector == "" && len(head.agents) > 0 && (len(segs) == 1 || noAgentsAfter(infos)) {
		sector = inherited
	}
	agents := strongest(head.agents)
	if other := s.koreanOf(segs, infos); other != nil {
		// "the Korean Teachers' Union of south Korea": the complement
		// says which Korea, or where the Koreans are
		agents = other
	}
	if len(agents) == 0 || head.civil && len(segs) > 1 {
		// no agent in the head: the complements say who ("a spokesman for
		// a farmers' union of south Korea", "Koreans in Russia")
		for i := 1; i < len(segs); i++ {
			in := infos[i]
			if i == 1 && segs[i].prep == "for" && len(head.weak) > 0 && s.c.sets.nounGovernors[head.head] {
				// "the Palestinian bid for UN membership", "Japan's
				// campaign for a seat": what is sought, not who seeks it;
				// the head's own modifier says who
				break
			}
			if !forTarget {
				// the author of a phrase is in its "of", "for", "from"
				// complements ("a spokesman for the party"), or "in" for
				// people abroad; not in "at", "on", "by" …
				switch prep := segs[i].prep; {
				case prep == "of" || prep == "for" || prep == "from":
				case prep == "in" && (head.civil || head.generic || infos[i-1].civil || infos[i-1].generic || i == 1 && namedAfterPerson(head) || s.abroadHead(head) || s.abroadHead(infos[i-1])):
					// "the Association of Koreans in China": people abroad
					// take the country they are in; so does a body named
					// after a leader ("Kim Jong Il Library in Ecuador")
				case prep == "at" && i == 1 && s.staffOfBody(head, infos[1]): // coder/nounclauses.go
					// "officials at the Pakistani high commission": its staff
				default:
					continue
				}
			}
			if (sector == "" || sector == "GOV" && head.generic) && in.sector != "" {
				sector = in.sector
			}
			if len(in.agents) == 0 {
				continue
			}
			if len(agents) > 0 && !(head.civil && segs[i].prep == "in" && !s.nationalCivil(agents) /* nationalcivilians.go */) {
				break
			}
			agents = strongest(in.agents)
			if abroad := s.peopleAbroad(segs, infos, i); abroad != nil {
				// "a delegation of Korean medical workers in the U.S.":
				// people named by their nation take the country they are in
				agents = abroad
			}
			if sector == "" || sector == "GOV" && head.generic {
				// "the envoys of the Defence Ministry of Laos"
				for k := i + 1; k < len(segs) && sector == ""; k++ {
					sector = infos[k].sector
				}
			}
			break
		}
	}
	var out []actor
	if len(agents) == 0 {
		if a, ok := s.ofPlaceActor(segs, infos); ok { // coder/wireactors.go
			return []actor{a}
		}
		if a, ok := s.inPlaceActor(segs, infos); ok { // coder/wireprose.go
			return []actor{a}
		}
		weak := head.weak
		for i := 1; len(weak) == 0 && i < len(segs); i++ {
			weak = infos[i].weak
		}
		if !forTarget && len(weak) > 0 {
			weak = weak[:1]
		}
		if forTarget && s.conflictSetting(segs[0]) { // analysisprose.go
			weak = nil
		}
		for _, m := range weak {
			code, note := compose(m, sector, s.doc.home)
			// the first name of "the Germany-Korea Friendship Group" is
			// the group's own country
			strong := !forTarget && (head.sector != "" || head.generic) && s.isCompound(m) && m.person == nil
			// "a Qatari plane carrying food landed in …": a carrier acts for
			// its country (coder/wireactors.go)
			strong = strong || !forTarget && m.kind() == dict.KindAdjective && (s.c.sets.lowered(setCarrierNouns)[s.norm(m.j)] || s.c.sets.lowered(setCarrierNouns)[s.norm(m.j+1)])
			out = append(out, actor{code: code, i: m.i, j: m.j, weak: !strong, note: note + " (modifier)"})
		}
		if len(out) == 0 && forTarget && (s.norm(segs[0].i) == "his" || s.norm(segs[0].i) == "her") {
			// "on his demise", "to his statue": the person named just before
			if m := s.previousPerson(segs[0].i); m != nil {
				code, note := compose(m, "", s.doc.home)
				return []actor{{code: code, i: m.i, j: m.j, note: note + " (by \"" + s.norm(segs[0].i) + "\")"}}
			}
		}
		if len(out) == 0 && !forTarget && head.headIsSector && s.ownedByEarlierSubject(segs[0].i) {
			// "Iran said its military had shot down …": the sector of the
			// state that is the subject of the clause before (voice.go)
			c := demarche.Country(s.prevSubj[0].code)
			return []actor{{code: c + head.sector, i: segs[0].i, j: s.phraseEnd(head.secAt), note: "\"" + s.norm(segs[0].i) + "\" " + head.sector + ": of the earlier subject " + c}}
		}
		if len(out) == 0 && !forTarget && head.secAt >= 0 && s.doc.home != "" && s.titleWithName(head.secAt, segs[0].j) {
			// "Vice Foreign Minister Kim Jong Gyu" in a national outlet: an
			// official of its own country
			m := s.mentionAt(head.secAt)
			return []actor{{code: s.doc.home + m.sector.Sector, i: segs[0].i, j: segs[0].j,
				note: "title and name without a country: the publication's country"}}
		}
		if len(out) == 0 {
			// "the governor of Jilin Province", "veterans in Vladivostok"
			// (coder/placedbodies.go)
			if a, ok := s.placedBody(segs, infos); ok {
				return []actor{a}
			}
		}
		if len(out) == 0 {
			// "police in Lagos", "gunmen … in northern Nigeria": a generic
			// actor takes the country of its place (coder/located.go)
			if a, ok := s.locatedActor(segs, infos, forTarget); ok {
				return []actor{a}
			}
			if a, ok := s.datelineActor(segs, head); ok { // coder/dateline.go
				return []actor{a}
			}
			if a, ok := s.carriedActor(segs, head, forTarget); ok { // coder/wirespeakers.go
				return []actor{a}
			}
			if a, ok := s.seatActor(segs, head); ok { // coder/wirespeakers.go
				return []actor{a}
			}
			if a, ok := s.policeCompound(segs, forTarget); ok { // coder/wireactors.go
				return []actor{a}
			}
		}
		if len(out) == 0 && forTarget && (head.headIsSector || head.possessor) {
			// "the authorities": a sector without a country, for the
			// caller to place
			title := false
			if m := s.mentionAt(head.secAt); m != nil && m.sector != nil && m.sector.Title != "" && s.toks[head.secAt].Capitalized() {
				title = true
			}
			out = append(out, actor{code: sectorOnly + head.sector, i: segs[0].i, j: s.phraseEnd(head.secAt), title: title, note: "sector " + head.sector + " without a country"})
		}
		return out
	}
	for _, m := range agents {
		code, note := compose(m, sector, s.doc.home)
		if code == "" {
			continue
		}
		i, j := m.i, m.j
		if head.secAt >= j && head.secAt < segs[0].j {
			j = s.phraseEnd(head.secAt)
		}
		out = append(out, actor{code: code, i: i, j: j, note: note})
	}
	return out
}

// sectorFromOwnPhrase is a hook for names whose code carries no sector and
// should not take one from the phrase; every name takes the phrase's sector.
func sectorFromOwnPhrase(*mention) bool { return false }

// phraseEnd returns the end of the mention at k, or k+1.
func (s *sentence) phraseEnd(k int) int {
	if m := s.mentionAt(k); m != nil {
		return m.j
	}
	return k + 1
}

// strongest keeps, of the agents of one noun phrase, the people ("U.S.
// President Obama"), else the organisations ("North Korea's Korean Central
// News Agency"): the other names only modify them.
func strongest(ms []*mention) []*mention {
	if ps := persons(ms); len(ps) > 0 {
		return ps
	}
	var orgs []*mention
	for _, m := range ms {
		if m.actor != nil && m.actor.Kind == dict.KindOrg {
			orgs = append(orgs, m)
		}
	}
	if len(orgs) > 0 {
		return orgs
	}
	return ms
}

func persons(ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.person != nil {
			out = append(out, m)
		}
	}
	return out
}
