// Joint undertakings named by their partners: "a zone to be jointly
// developed and run by the DPRK and China".

package coder

import "github.com/demarche-project/demarche"

// jointlyBy codes "jointly developed (and run) by X and Y": the partners'
// economic cooperation (0311), each toward the other, as the official gold
// codes the Hwanggumphyong zone. It adds nothing when another rule already
// coded the pair.
func (s *sentence) jointlyBy(out []candidate) []candidate {
	for k := 0; k+2 < len(s.toks); k++ {
		if s.norm(k) != "jointly" || !s.c.kcna().jointVerbs[s.norm(k+1)] {
			continue
		}
		by := -1
		for j := k + 1; j < len(s.toks) && j < k+6; j++ {
			if s.norm(j) == "by" {
				by = j
				break
			}
		}
		if by < 0 {
			continue
		}
		sides := s.betweenSides(by+1, len(s.toks))
		if countries(sides) < 2 {
			continue
		}
		p := &pred{v: k + 1, vend: k + 2, hi: len(s.toks), g: verbGroup{start: k, govIdx: -1}}
		for _, a := range sides {
			for _, b := range sides {
				if a.weak || b.weak || demarche.Country(a.code) == demarche.Country(b.code) {
					continue
				}
				out = append(out, candidate{p: p, code: "0311", rule: "coder: \"jointly … by X and Y\"", src: a, tgt: b, verb: [2]int{k, k + 2}})
			}
		}
	}
	return out
}
