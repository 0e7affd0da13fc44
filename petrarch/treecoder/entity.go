package treecoder

import (
	"github.com/demarche-project/demarche/petrarch"
	"strings"
)

// entity is a noun phrase the matcher treats as one actor slot (PETRARCH's
// "(NE"): a base noun phrase, a phrase with its "of"/"in"/"from"
// complement ("the ambassadors of Arnor"), or a compound of such phrases
// ("Gondor and Osgiliath").
type entity struct {
	node       *Node
	start, end int // word span
	members    []member
	idx        int
}

// member is one actor of an entity: its actor codes (several for a code
// "A/B"), the agent codes before and after them, and its words.
type member struct {
	start, end int
	actors     []string
	prefix     []string
	suffix     []string
	actorAt    int // word where the actor phrase starts, -1 without actor
	actorEnd   int
	agentSpans [][2]int // words of each suffix agent
}

func (m member) hasActor() bool { return len(m.actors) > 0 }

// entityPreps are the prepositions whose complement is part of the actor
// phrase ("the government of Gondor", "soldiers from Gondor").
var entityPreps = map[string]bool{"OF": true, "IN": true, "FROM": true}

// isNP reports whether n is a noun phrase that can hold an actor; a
// temporal noun phrase ("NP-TMP": "today", "next week") cannot.
func isNP(n *Node) bool {
	if strings.Contains(n.Label, "-TMP") || strings.Contains(n.Label, "-ADV") {
		return false
	}
	b := n.Base()
	return b == "NP" || b == "NX" || b == "NML"
}

func isClause(n *Node) bool {
	switch n.Base() {
	case "S", "SBAR", "SINV", "SQ", "SBARQ", "VP", "FRAG", "PRN", "UCP":
		return true
	}
	return false
}

// possessive reports whether an NP ends with a possessive marker.
func possessive(n *Node) bool {
	if len(n.Kids) == 0 {
		return false
	}
	last := n.Kids[len(n.Kids)-1]
	return last.Leaf() && last.Label == "POS"
}

// flatNP reports whether an NP has no phrase inside but modifiers, and
// possessive noun phrases that are flat themselves.
func flatNP(n *Node) bool {
	if !isNP(n) {
		return false
	}
	for _, k := range n.Kids {
		switch {
		case k.Leaf():
		case isNP(k) && possessive(k) && flatNP(k):
		case k.Base() == "ADJP" || k.Base() == "QP" || k.Base() == "NML" || k.Base() == "NX" || k.Base() == "ADVP":
			for _, kk := range k.Kids {
				if !kk.Leaf() {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// findEntities marks the entities of the tree, outermost first.
func (s *sentence) findEntities(n *Node) {
	if n.Leaf() {
		return
	}
	if isNP(n) {
		if ms, ok := s.entityMembers(n); ok {
			e := &entity{node: n, start: n.Start, end: n.End, members: ms, idx: len(s.ents)}
			s.ents = append(s.ents, e)
			for i := n.Start; i < n.End; i++ {
				s.entAt[i] = e.idx
			}
			return
		}
	}
	for _, k := range n.Kids {
		s.findEntities(k)
	}
}

// entityMembers returns the members of n when n is an entity.
func (s *sentence) entityMembers(n *Node) ([]member, bool) {
	if flatNP(n) {
		return s.flatMembers(n), true
	}
	kids := n.Kids
	// trailing punctuation does not change the phrase
	for len(kids) > 1 && kids[len(kids)-1].Leaf() && isPunct(kids[len(kids)-1].Label) {
		kids = kids[:len(kids)-1]
	}
	// NP + PP(of|in|from NP)
	if len(kids) == 2 && isNP(kids[0]) && kids[1].Base() == "PP" {
		pp := kids[1]
		if len(pp.Kids) == 2 && pp.Kids[0].Leaf() && entityPreps[strings.ToUpper(pp.Kids[0].Word)] && isNP(pp.Kids[1]) {
			head, ok1 := s.entityMembers(kids[0])
			tail, ok2 := s.entityMembers(pp.Kids[1])
			if ok1 && !ok2 && s.d.Verbs.Syntactic {
				// "the mayor of [the West Bank city of Nablus]": the
				// complement's own head phrase
				tail, ok2 = s.headMembers(pp.Kids[1])
				if ok2 && !anyActor(tail) {
					ok2 = false
				}
			}
			if ok1 && ok2 {
				// an actor or agent phrase across the preposition ("the
				// Prince of Dol Amroth", "Ministry of Silly Walks")
				whole := s.codeWords(n.Start, n.End)
				hend := kids[0].End
				if whole.actorAt >= 0 && whole.actorAt < hend && whole.actorEnd > hend {
					return []member{whole}, true
				}
				for _, sp := range whole.agentSpans {
					if sp[0] < hend && sp[1] > hend {
						return []member{whole}, true
					}
				}
				for _, h := range head {
					if h.hasActor() {
						// "the Gondor of the Prince …": two actors, two entities
						return nil, false
					}
				}
				return mergeMembers(head, tail), true
			}
		}
	}
	// a compound: NPs joined by CC and commas
	cc := false
	var ms []member
	for _, k := range kids {
		switch {
		case k.Leaf() && (k.Label == "CC" || k.Label == "," || k.Label == ":"):
			if k.Label == "CC" {
				cc = true
			}
		case isNP(k):
			sub, ok := s.entityMembers(k)
			if !ok {
				return nil, false
			}
			ms = append(ms, sub...)
		case k.Leaf() && (k.Label == "DT" || k.Label == "RB"):
			// "both X and Y", "either … or"
		case k.Leaf() && strings.HasPrefix(k.Label, "NN"):
			ms = append(ms, s.codeWords(k.Index, k.Index+1))
		default:
			return nil, false
		}
	}
	if cc && len(ms) > 1 {
		// "US and British activists": a bare adjective or pronoun member
		// takes the agents of the last one
		last := ms[len(ms)-1]
		for i := range ms[:len(ms)-1] {
			m := &ms[i]
			if m.end-m.start == 1 && m.hasActor() && len(m.suffix) == 0 && len(last.suffix) > 0 &&
				(strings.HasPrefix(s.tags[m.start], "JJ") || s.tags[m.start] == "PRP") {
				m.suffix = append([]string(nil), last.suffix...)
			}
		}
		return ms, true
	}
	return nil, false
}

// headMembers returns the members of the head noun phrase of n: n's own
// when n is an entity, else those of its first noun phrase, recursively.
func (s *sentence) headMembers(n *Node) ([]member, bool) {
	for depth := 0; n != nil && isNP(n) && depth < 20; depth++ {
		if ms, ok := s.entityMembers(n); ok {
			return ms, true
		}
		if len(n.Kids) == 0 {
			break
		}
		n = n.Kids[0]
	}
	return nil, false
}

func anyActor(ms []member) bool {
	for _, m := range ms {
		if m.hasActor() {
			return true
		}
	}
	return false
}

func isPunct(tag string) bool {
	switch tag {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-":
		return true
	}
	return false
}

// mergeMembers combines a head phrase and its complement: the head's own
// actor wins ("Osgiliath soldiers in south Ithilen"); without one the
// complement's actors take the head's agents ("lawmakers in Fornost and
// Gondor").
func mergeMembers(head, tail []member) []member {
	for _, h := range head {
		if h.hasActor() {
			out := append([]member(nil), head...)
			for i := range out {
				out[i].end = tail[len(tail)-1].end
			}
			return out
		}
	}
	anyActor := false
	for _, t := range tail {
		if t.hasActor() {
			anyActor = true
		}
	}
	if !anyActor {
		out := append([]member(nil), head...)
		for i := range out {
			out[i].end = tail[len(tail)-1].end
			out[i].suffix = append(append([]string(nil), out[i].suffix...), tail[0].suffix...)
		}
		if len(head) == 1 && len(tail) == 1 {
			out[0].start, out[0].end = head[0].start, tail[0].end
		}
		return out
	}
	var out []member
	for _, h := range head {
		for _, t := range tail {
			m := t
			m.start = h.start
			m.prefix = append(append([]string(nil), h.prefix...), t.prefix...)
			m.suffix = append(append([]string(nil), h.suffix...), t.suffix...)
			out = append(out, m)
		}
	}
	return out
}

// flatMembers splits a flat noun phrase at its coordinations ("Danish
// media and government", "Mordor, Rohan, Fornost and Bree") and codes each
// part. An adjectival actor or agent of the first part carries over to the
// parts that have none ("Danish" → DNKMED, DNKGOV).
func (s *sentence) flatMembers(n *Node) []member {
	var leaves []*Node
	var walk func(*Node)
	walk = func(x *Node) {
		if x.Leaf() {
			leaves = append(leaves, x)
			return
		}
		for _, k := range x.Kids {
			walk(k)
		}
	}
	walk(n)
	// split points: a CC after a noun, and the commas of a list with a CC
	hasCC := false
	for i, l := range leaves {
		if l.Label == "CC" && i > 0 && isNounTag(leaves[i-1].Label) && l.Parent == n {
			hasCC = true
		}
	}
	var parts [][2]int
	start := n.Start
	if hasCC {
		for i, l := range leaves {
			if l.Parent != n {
				continue
			}
			if (l.Label == "CC" && i > 0 && isNounTag(leaves[i-1].Label)) || (l.Label == "," && i > 0 && isNounTag(leaves[i-1].Label)) {
				if l.Index > start {
					parts = append(parts, [2]int{start, l.Index})
				}
				start = l.Index + 1
			}
		}
	}
	if start < n.End {
		parts = append(parts, [2]int{start, n.End})
	}
	var ms []member
	for _, p := range parts {
		if p[0] < p[1] {
			ms = append(ms, s.codeWords(p[0], p[1]))
		}
	}
	if len(ms) > 1 {
		first := ms[0]
		last := first.end - 1
		for i := 1; i < len(ms); i++ {
			if !ms[i].hasActor() && first.hasActor() && first.actorEnd <= last && s.adjectival(first.actorAt, first.actorEnd) {
				ms[i].actors = first.actors
				ms[i].actorAt = first.actorAt
			}
			// agents of the first part's modifiers
			var pre []string
			for k, sp := range first.agentSpans {
				if sp[1] <= last && s.adjectival(sp[0], sp[1]) {
					pre = append(pre, first.suffix[k])
				}
			}
			if len(pre) > 0 {
				ms[i].suffix = append(pre, ms[i].suffix...)
			}
		}
	}
	if len(ms) == 0 {
		ms = []member{s.codeWords(n.Start, n.End)}
	}
	return ms
}

func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") || t == "PRP" }

// adjectival reports whether the words [a, b) are adjectives.
func (s *sentence) adjectival(a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	for i := a; i < b; i++ {
		if !strings.HasPrefix(s.tags[i], "JJ") {
			return false
		}
	}
	return true
}

// codeWords finds the actor (the first actor phrase of the words) and the
// agents (every agent phrase not inside another, longest first) of [a, b).
func (s *sentence) codeWords(a, b int) member {
	m := member{start: a, end: b, actorAt: -1}
	for i := a; i < b; {
		if s.deleted[i] {
			i++
			continue
		}
		if m.actorAt < 0 {
			if ap, ok := s.actorAt(i, b); ok {
				m.actorAt, m.actorEnd = i, i+len(ap.Words)
				m.actors = ap.Actor.CodeAt(s.date)
				if len(m.actors) == 0 {
					m.actors = []string{petrarch.NoCode}
				}
				i += len(ap.Words)
				continue
			}
		}
		if ag := s.agentAt(i, b); ag != nil {
			if ag.Prefix {
				m.prefix = append(m.prefix, ag.Code)
			} else {
				m.suffix = append(m.suffix, ag.Code)
				m.agentSpans = append(m.agentSpans, [2]int{i, i + len(ag.Words)})
			}
			i += len(ag.Words)
			continue
		}
		i++
	}
	// "[---]" actors are actors without a country: their agents still count
	return m
}

func (s *sentence) wordsAt(i, end int, words []string) bool {
	if i+len(words) > end {
		return false
	}
	for k, w := range words {
		if s.words[i+k] != w || s.deleted[i+k] {
			return false
		}
	}
	return true
}

func (s *sentence) actorAt(i, end int) (petrarch.ActorPhrase, bool) {
	for _, ap := range s.d.ActorsAt(s.words[i]) {
		if s.wordsAt(i, end, ap.Words) {
			return ap, true
		}
	}
	return petrarch.ActorPhrase{}, false
}

func (s *sentence) agentAt(i, end int) *petrarch.Agent {
	for _, ag := range s.d.AgentsAt(s.words[i]) {
		if s.wordsAt(i, end, ag.Words) {
			return ag
		}
	}
	return nil
}

// codes returns the actor codes of a member: prefix agents, the actor,
// then the agents its code does not already contain.
func (s *sentence) memberCodes(m member) []string {
	if !m.hasActor() {
		if len(m.suffix) > 0 {
			return []string{addAgents(petrarch.NoCode, m.suffix)}
		}
		if len(m.prefix) > 0 {
			return []string{strings.Join(m.prefix, "")}
		}
		if n := s.cfg.NewActorLength; n > 0 {
			var words []string
			for i := m.start; i < m.end; i++ {
				if !s.deleted[i] && s.tags[i] != "POS" && !isPunct(s.tags[i]) {
					words = append(words, s.words[i])
				}
			}
			if len(words) > 0 && len(words) <= n && !(len(words) == 1 && timeWords[words[0]]) {
				return []string{"\"" + strings.Join(words, " ") + "\""}
			}
		}
		return []string{petrarch.NoCode}
	}
	var out []string
	for _, a := range m.actors {
		c := a
		for _, p := range m.prefix {
			if !strings.HasPrefix(c, p) {
				c = p + c
			}
		}
		out = append(out, addAgents(c, m.suffix))
	}
	return out
}

// addAgents appends agent codes that the code does not already hold.
func addAgents(code string, agents []string) string {
	for _, ag := range agents {
		if containsChunk(code, ag) {
			continue
		}
		code += ag
	}
	return code
}

// containsChunk reports whether code holds ag at a position after the
// country (a multiple of three).
func containsChunk(code, ag string) bool {
	for i := 3; i+len(ag) <= len(code); i += 3 {
		if code[i:i+len(ag)] == ag {
			return true
		}
	}
	return false
}

// codes returns the codes of an entity: those of its members, without the
// members that have no code at all when others have one.
func (s *sentence) entityCodes(e *entity) []string {
	var all, coded []string
	for _, m := range e.members {
		for _, c := range s.memberCodes(m) {
			all = append(all, c)
			if c != petrarch.NoCode {
				coded = append(coded, c)
			}
		}
	}
	if len(coded) > 0 && len(coded) < len(all) {
		return dedupe(coded)
	}
	return dedupe(all)
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// coded reports whether an entity names an actor of the dictionaries
// rather than only "---" or a new actor.
func (s *sentence) coded(e *entity) bool {
	for _, c := range s.entityCodes(e) {
		if !strings.HasPrefix(c, petrarch.NoCode) && !strings.HasPrefix(c, "\"") {
			return true
		}
	}
	return false
}

// timeWords are single words that are never new actors.
var timeWords = map[string]bool{"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true,
	"FRIDAY": true, "SATURDAY": true, "SUNDAY": true, "TODAY": true, "YESTERDAY": true, "TOMORROW": true,
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true, "JUNE": true, "JULY": true,
	"AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true, "DECEMBER": true}
