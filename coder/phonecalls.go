package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// Acts done in a telephone call, in wire news: "Pope Francis praised
// Argentina's president during a phone call on Thursday", "Biden told Xi in
// a phone call that …", "Putin congratulated Tokayev by telephone". The
// call is a consultation of its own (041), both ways between the act's
// source and its target.

// phoneCallWords are the words that tell the act was done on the phone.
var phoneCallWords = setOf("phone", "telephone", "call", "calls", "conversation", "phone call", "video call", "videoconference")

// phoneCalls adds 041 both ways for an act between two countries whose
// clause says it was done in a phone call.
func (s *sentence) phoneCalls(out []candidate) []candidate {
	var add []candidate
	seen := map[string]bool{}
	for _, c := range out {
		if c.p == nil || c.p.noun || c.noTarget || cameo.Root(c.code) == "04" {
			continue
		}
		sc, tc := demarche.Country(c.src.code), demarche.Country(c.tgt.code)
		if sc == demarche.NoActor || tc == demarche.NoActor || sc == tc || c.tgt.weak || strings.HasPrefix(c.tgt.code, sectorOnly) {
			continue
		}
		if !s.inPhoneCall(c.verb[0]) || seen[sc+tc] {
			continue
		}
		seen[sc+tc], seen[tc+sc] = true, true
		p := &pred{v: c.verb[0], vend: c.verb[1], hi: len(s.toks)}
		rule := "phonecalls.go: an act done in a phone call is a call both ways"
		add = append(add, candidate{p: p, code: "041", rule: rule, src: c.src, tgt: c.tgt, verb: c.verb},
			candidate{p: p, code: "041", rule: rule, src: c.tgt, tgt: c.src, verb: c.verb})
	}
	return append(out, add...)
}

// inPhoneCall reports whether the clause of the verb at v goes on with
// "during/in a (tele)phone call", "by (tele)phone", "over the phone".
func (s *sentence) inPhoneCall(v int) bool {
	for k := v + 1; k+1 < len(s.toks) && k <= v+16; k++ {
		w := s.norm(k)
		if w == ";" || w == "." || s.finiteVerbAt(k) {
			return false
		}
		switch w {
		case "during", "in", "on", "over":
			j := k + 1
			for j < len(s.toks) && j <= k+3 && (s.tag(j) == "DT" || s.tag(j) == "JJ" || s.tag(j) == "PRP$") && !phoneCallWords[s.norm(j)] {
				j++
			}
			if j+1 < len(s.toks) && (s.norm(j) == "phone" || s.norm(j) == "telephone" || s.norm(j) == "video") &&
				phoneCallWords[s.norm(j+1)] {
				return true
			}
		case "by":
			if n := s.norm(k + 1); n == "phone" || n == "telephone" {
				return true
			}
		}
	}
	return false
}
