// Passive agents named far from their verb: the "by" phrase that follows
// a target with its appositions ("A present was given to the DPRK's
// head of state, Kim Yong Nam, by the leader of a provincial committee of
// the CPC").

package coder

import "strings"

// farAgentSpan bounds the tokens read after a passive verb for its agent.
const farAgentSpan = 40

// farByAgent returns the named actors of a passive verb's "by" phrase when
// byAgent, which stops at the first comma, found none: the scan runs on
// over the verb's complements and their appositions ("to X, president of
// Y, by Z"; "before the bier … on Sunday by Z") and stops at what opens
// another clause (a semicolon, a relative pronoun, a finite verb, "and"
// before a verb), so that a "by" of another verb is not read. The agent is
// the phrase after "by", else its apposition ("by the managing director,
// a Chinese businessman"), else the delegation its relative clause says
// the agent leads ("by Minister of Culture X who is leading the visiting
// Syrian government delegation"). Only actors of a named country count:
// a title alone names no one.
func (s *sentence) farByAgent(p *pred, slotted bool) []actor {
	if !p.g.passive || p.noun {
		return nil
	}
	n := len(s.toks)
	for k := p.vend; k < n && k < p.vend+farAgentSpan; k++ {
		w := s.norm(k)
		switch {
		case w == ";" || w == ":" || w == "who" || w == "which" || w == "whose" || w == "while" || w == "but":
			return nil
		case w == "and" && isVerbTag(s.tag(k+1)):
			return nil
		case k > p.vend && isVerbTag(s.tag(k)):
			return nil
		case w != "by":
			continue
		}
		e := s.chainRight(k+1, n)
		if e <= k+1 {
			return nil // "by air", "by 2015": no phrase, no agent
		}
		if acts := namedActors(s.actorsIn(k+1, e, false)); len(acts) > 0 {
			return acts
		}
		if e < n && s.norm(e) == "," {
			// the apposition gives the agent's title only after a finite
			// passive, as byAgent reads it ("a report issued by X, a U.S.
			// survey organ" is attribution)
			if acts := s.titleApposition(e+1, n); len(acts) > 0 && p.g.finite {
				return acts
			}
			if m := s.mentionAt(e + 1); m != nil && m.actor != nil && p.g.finite && slotted {
				// "by Valery E. Sukhinin, Russian ambassador to the DPRK":
				// an apposition that opens with a nationality or a name,
				// when the pattern names the target itself (a reception
				// "hosted by X, Cuban ambassador to the DPRK" is left to
				// the parse's reading, whose target is the occasion's)
				ae := s.chainRight(e+1, n)
				if acts := namedActors(s.actorsIn(e+1, ae, false)); len(acts) > 0 && (ae >= n || !isVerbTag(s.tag(ae))) {
					return acts[:1] // not "…, south Korean KBS reported": a clause of its own
				}
			}
			e++
		}
		return s.leaderOf(e)
	}
	return nil
}

// leaderOf reads a relative clause at k that says whom the agent leads
// ("who is leading the visiting Syrian government delegation", "who heads
// the delegation of the Thai party"): the named actors of that phrase.
func (s *sentence) leaderOf(k int) []actor {
	if k >= len(s.toks) || s.norm(k) != "who" {
		return nil
	}
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		switch s.norm(j) {
		case "leading", "heading", "leads", "heads", "led", "headed":
			e := s.chainRight(j+1, len(s.toks))
			return namedActors(s.actorsIn(j+1, e, false))
		}
	}
	return nil
}

// namedActors keeps the actors that name a country or body, not a sector
// word or a title alone.
func namedActors(acts []actor) []actor {
	out := acts[:0:0]
	for _, a := range acts {
		if !a.weak && !a.title && !strings.HasPrefix(a.code, sectorOnly) {
			out = append(out, a)
		}
	}
	return out
}

// passiveAgent is byAgent, with farByAgent when the "by" phrase stands
// beyond the verb's first comma; slotted tells that the matched pattern
// has a target slot.
func (s *sentence) passiveAgent(p *pred, slotted bool) (acts []actor, together bool) {
	if acts, together = s.byAgent(p); together || len(acts) > 0 {
		return acts, together
	}
	return s.farByAgent(p, slotted), false
}

// nameGerund skips the capitalised gerund (tagged VBG or, capitalised, NNP) that a body's name holds after
// "for" ("a Chilean Committee for Supporting the Reunification of
// Korea", "the Slovak Association for
// Supporting the Juche Idea", "the Society for Studying …"): the name goes
// on after it, so that its last words ("Korea") are not read as an actor
// of their own and a list of such bodies is read to its end. k is the
// token after the link word w; the token the phrase resumes at is returned.
func (s *sentence) nameGerund(w string, k, limit int) int {
	if w == "for" && k >= 2 && k+1 < limit && s.toks[k].Capitalized() && s.toks[k-2].Capitalized() &&
		(s.tag(k) == "VBG" || s.tag(k) == "NNP") && strings.HasSuffix(s.norm(k), "ing") && s.mentionAt(k) == nil {
		return k + 1
	}
	return k
}

// visitComplement reports whether the link word w at k-1 opens the visit
// a phrase's person or body is on ("Wang Lin, the society's chairman,
// on a visit to the DPRK", "a delegation on an official
// goodwill visit to China"): the visit is an event of its own (the visit
// nouns' patterns), not a complement of the name, whose country it must
// not give.
func (s *sentence) visitComplement(w string, k, limit int) bool {
	if w != "on" || k >= limit {
		return false
	}
	switch s.norm(k) {
	case "a", "an", "his", "her", "their", "its":
	default:
		return false
	}
	visits := s.c.sets.lowered(setVisitNouns)
	for j := k + 1; j < limit && j <= k+4; j++ {
		if visits[s.norm(j)] {
			return true
		}
		if t := s.tag(j); !isAdjTag(t) && !isNounTag(t) && t != "VBG" {
			return false
		}
	}
	return false
}

// appositionHead gives a pattern's source slot that names no country (a
// title: "the society's chairman") the named person or body it is
// the apposition of ("Wang Lin, the society's chairman, on a visit to
// the DPRK"): the person named just before the comma that opens
// the slot's phrase.
func (s *sentence) appositionHead(a int, srcs []actor) []actor {
	if len(namedActors(srcs)) > 0 || a < 2 || !isNounTag(s.tag(a)) && s.norm(a) != "the" {
		return nil // an apposition opens with its title ("president of …")
	}
	for _, x := range srcs {
		if !strings.HasPrefix(x.code, sectorOnly) {
			return nil // a weak or a title actor of its own
		}
	}
	start := a
	if s.norm(start-1) != "," {
		start = s.npStartLeft(a)
	}
	if start < 2 || s.norm(start-1) != "," {
		return nil
	}
	m := s.mentionAt(start - 2)
	if m == nil || m.j != start-1 || m.person == nil {
		return nil // only a person's name takes a title in apposition
	}
	return namedActors(s.actorsIn(m.i, m.j, false))
}
