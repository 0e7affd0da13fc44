// Headlines of state media commentary.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// mediaOn codes the headlines of state media commentary: "Rodong Sinmun
// on U.S. Moves", "KCNA Commentary on …": a statement (010) by the outlet
// about what follows "on".
func (s *sentence) mediaOn() []candidate {
	if len(s.ments) == 0 || s.ments[0].i != 0 || s.ments[0].actor == nil {
		return nil
	}
	m := s.ments[0]
	code := m.actor.Code
	if len(code) < 6 || code[3:6] != "MED" {
		return nil
	}
	k := m.j
	for k < len(s.toks) && k < m.j+3 && s.norm(k) != "on" {
		if !s.toks[k].Capitalized() {
			return nil // "KCNA Commentary on", "RS Article on", not a sentence
		}
		k++
	}
	if s.norm(k) != "on" {
		return nil
	}
	tgts, _ := s.targetSearch(k+1, len(s.toks), [2]int{-1, -1})
	src := actor{code: code, i: m.i, j: m.j, note: "publication"}
	p := &pred{v: k, vend: k + 1, hi: len(s.toks), g: verbGroup{start: k, govIdx: -1}}
	c := candidate{p: p, code: "010", rule: "coder: headline \"<outlet> on …\"", form: formOutletOn, src: src, verb: [2]int{m.j, k + 1}}
	return s.statementToward(c, tgts)
}

// statementToward returns c toward each of tgts that is not its source's
// own, or toward no one when none is.
func (s *sentence) statementToward(c candidate, tgts []actor) []candidate {
	var out []candidate
	for _, t := range s.localTargets(tgts, []actor{c.src}) {
		cc := c
		cc.tgt = t
		out = append(out, cc)
	}
	if len(out) == 0 {
		c.noTarget = true
		out = append(out, c)
	}
	return out
}

// colonSpeaker codes the headlines that name their speaker after a colon:
// "Provokers Will Face Bitter Defeat: Rodong Sinmun", "Israeli Occupation
// Illegal: Turkish FM": a statement by the speaker about the actors of
// what comes before the colon: censure (111) or praise (051) where a word
// of the knowledge files' CENSURE_WORDS or PRAISE_WORDS says so, else 010. It runs only when the headline coded
// nothing else.
func (s *sentence) colonSpeaker() []candidate {
	c := s.lastColon()
	if c < 0 {
		return nil
	}
	var srcs []actor
	for _, a := range s.actorsIn(c+1, len(s.toks), false) {
		if !a.weak && len(a.code) >= 3 && a.code[:3] != "---" && a.code[0] != '~' {
			srcs = append(srcs, a)
		}
	}
	if len(srcs) == 0 || srcs[0].i != c+1 {
		return nil // "S. Korea: War Exercises …", "…: Spokesman": no speaker named
	}
	tgts, _ := s.targetSearch(0, c, [2]int{-1, -1})
	if pair := s.openingPair(c); len(pair) == 2 {
		tgts = pair // kcnaacts.go
	}
	code := "010"
	for k := 0; k < c; k++ {
		if w := s.norm(k); w == "no" || w == "not" || w == "never" || w == "n't" {
			code = "010" // "Iran No Threat to Gulf: UAE VP"
			break
		}
		if s.c.sets.censure[s.norm(k)] && code != "111" {
			code = "111"
			continue
		}
		if s.c.sets.praise[s.norm(k)] && code == "010" {
			code = "051"
		}
	}
	p := &pred{v: c, vend: c + 1, hi: len(s.toks), g: verbGroup{start: c, govIdx: -1}}
	var out []candidate
	for _, src := range srcs {
		src.note = "speaker after the colon"
		cand := candidate{p: p, code: code, rule: "coder: headline \"…: <speaker>\"", form: formColonSpeaker, src: src, verb: [2]int{c, c + 1}}
		n := 0
		for _, t := range tgts {
			if t.code == "" || t.code[0] == '~' || len(t.code) < 3 || len(src.code) >= 3 && t.code[:3] == src.code[:3] {
				continue // "Traitors Will Meet …: KCNA", "DPRK Is Sure to Win: Rodong Sinmun"
			}
			cc := cand
			cc.tgt = t
			out = append(out, cc)
			n++
		}
		if n == 0 {
			cand.noTarget = true
			out = append(out, cand)
		}
	}
	return out
}

// publicationTargets gives an outlet's statement that names no target
// ("Xinhua carried an article titled …", "the radio aired an article on …")
// the first actor of another country that the rest of the sentence names,
// even as a modifier ("product of China-DPRK cooperation"): what the
// article is about.
func (s *sentence) publicationTargets(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if !c.noTarget || c.code != "010" || !c.usesSet("PUBLICATION") {
			continue
		}
		home := demarche.Country(c.src.code)
		if home == "" || strings.HasPrefix(c.src.code, sectorOnly) {
			continue
		}
	search:
		for k := c.verb[1]; k < len(s.toks); k++ {
			m := s.mentionAt(k)
			if m == nil {
				continue
			}
			if m.inTitle && s.ownTitle(m.i) {
				continue // "published its magazine "Korean Friends"": a name, not a topic
			}
			for _, a := range s.actorsIn(m.i, m.j, true) {
				if cc := demarche.Country(a.code); cc != "" && cc != home && !strings.HasPrefix(a.code, sectorOnly) {
					a.weak = false
					c.tgt, c.noTarget = a, false
					break search
				}
			}
			k = max(k, m.j-1)
		}
	}
}

// lastColon returns the last colon before the headline's final token, the
// one that names a speaker after it ("…: Swiss Organizations"), or -1.
func (s *sentence) lastColon() int {
	for k := len(s.toks) - 2; k > 0; k-- {
		if s.norm(k) == ":" {
			return k
		}
	}
	return -1
}
