package coder

import "strings"

// helpedActs drops the aid (07x, or its intent 033x) read in "help" or "assist" whose
// complement is an act in the infinitive: "we helped to adopt the
// resolution", "Brazil has helped feed the world", "the deal helps to
// reduce the risk", "we will help to find solutions". The helper takes part
// in the act named by the infinitive (coded on its own where a class reads
// it: "helping to fund programmes in Jordan" is the funding); it gives no
// aid to anyone named. Help given to someone keeps its aid: "we helped
// Haiti to rebuild" (the object stands between), "help for Haiti", and so
// does help toward a named place or people in the infinitive's phrase ("we
// are helping to stabilise the situation in Mali"): only help with no
// named target is dropped.
func (s *sentence) helpedActs(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if !strings.HasPrefix(c.code, "07") && !strings.HasPrefix(c.code, "033") || !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" {
			keep = append(keep, c)
			continue
		}
		switch c.p.lemma(s) {
		case "help", "assist", "aid":
		default:
			keep = append(keep, c)
			continue
		}
		k := c.verb[1]
		if s.norm(k) == "but" && s.lemmaAt(c.verb[0]) == "help" {
			// "I cannot help but feel …": an idiom of feeling
			s.noteDrop(StageDropped, "dropped: \"cannot help but\" is an idiom, no aid (helpinfinitive.go)")
			continue
		}
		for k < len(s.toks) && isAdvTag(s.tag(k)) {
			k++
		}
		if s.norm(k) == "to" {
			k++
			for k < len(s.toks) && isAdvTag(s.tag(k)) {
				k++
			}
		}
		if t := s.tag(k); k > c.verb[1] && (t == "VB" || t == "VBP") || k == c.verb[1] && t == "VB" {
			s.noteDrop(StageDropped, "dropped: \""+s.norm(c.p.v)+"\" helps an act, \""+s.norm(k)+"\", and gives no aid (helpinfinitive.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
