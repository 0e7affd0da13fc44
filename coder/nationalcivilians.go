package coder

import "github.com/demarche-project/demarche/dict"

// Foreign nationals named where they are, in wire news: "detained a French
// citizen in Moscow", "arrested an American academic in Chiang Mai". The
// nationality adjective says whose citizen he is; the place only says
// where he was. (KCNA's groups abroad, "Koreans in Japan", "the Association
// of Koreans in China", keep the country they are in: the convention of
// the state-media gold, outside wire news.)

// nationalCivil reports whether a civilian head's agents are nationality
// adjectives, in wire news, so that an "in PLACE" complement does not
// replace them.
func (s *sentence) nationalCivil(agents []*mention) bool {
	if !s.wireNews() || len(agents) == 0 {
		return false
	}
	for _, m := range agents {
		if m.kind() != dict.KindAdjective {
			return false
		}
	}
	return true
}
