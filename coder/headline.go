// Headlines of state media commentary.

package coder

import ()

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
	c := candidate{p: p, code: "010", rule: "coder: headline \"<outlet> on …\"", src: src, verb: [2]int{m.j, k + 1}}
	if len(tgts) == 0 {
		c.noTarget = true
		return []candidate{c}
	}
	var out []candidate
	for _, t := range s.localTargets(tgts, []actor{src}) {
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
