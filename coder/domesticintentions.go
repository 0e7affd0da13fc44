package coder

import "github.com/demarche-project/demarche"

// foreignTargets keeps, of the targets found in the content of a stated
// intention (coder/intent.go intentions), those not of the intending
// subject's own country: "we intend to transform primary care for all
// 46 million Kenyans", "my Government aims to give every
// village of the country clean water", "Madagascar intends to bring light to all
// its people". A government's plans for its own country and people are
// domestic policy, no intention toward anyone (the guide codes no domestic
// economy; the UN sets' annotators code "commitments to goals with no
// counterpart, domestic programmes" as none), and with no other target
// the intention codes no event, as one toward no one already does. Read
// only when every subject is of one country: subjects of two countries
// keep their own ones as targets.
func (s *sentence) foreignTargets(tgts, srcs []actor) []actor {
	if len(srcs) == 0 || len(tgts) == 0 {
		return tgts
	}
	home := demarche.Country(srcs[0].code)
	if home == "" {
		return tgts
	}
	for _, src := range srcs[1:] {
		if demarche.Country(src.code) != home {
			return tgts // "the U.S. and Japan agreed to move U.S. marines": each way
		}
	}
	out := tgts[:0:0]
	for _, t := range tgts {
		if demarche.Country(t.code) == home {
			s.note("the intention's content names the subject's own country, domestic policy (domesticintentions.go)")
			continue
		}
		out = append(out, t)
	}
	return out
}
