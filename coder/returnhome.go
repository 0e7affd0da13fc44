package coder

import "github.com/demarche-project/demarche"

// returnsAfterEvents reads KCNA's "<delegation> returned home after taking
// part in <an event> held in <country>" as the end of a visit to that
// country (042), as "returned home after visiting Russia" already reads
// through its participle (CONVENTIONS.md: "back from China" is a visit to
// China). The place is the first country or capital after "in" or "to"
// in the "after" phrase that follows "home"; a place of the visitor's own
// country gives nothing, and an event named with no place ("after
// attending a session of the U.N. General Assembly") gives
// nothing, as the held-out set's conventions say. Only predicates that
// gave no event are read, and only in a publication with a home country.
func (s *sentence) returnsAfterEvents(out []candidate) []candidate {
	if s.doc.home == "" {
		return out
	}
	for _, p := range s.preds {
		if p.noun || len(p.subj) == 0 || !s.returnHome(p) {
			continue
		}
		coded := codedBy(out, p)
		if coded {
			continue
		}
		after := -1
		for k := p.vend; k < len(s.toks) && k < p.vend+8; k++ {
			if s.norm(k) == "after" {
				after = k
				break
			}
		}
		if after < 0 {
			continue
		}
		tgt, ok := s.attendedPlace(after+1, demarche.Country(p.subj[0].code))
		if !ok {
			continue
		}
		for _, src := range p.subj {
			s.note("return home after an event abroad: " + src.code + " → " + tgt.code + " 042")
			out = append(out, candidate{p: p, code: "042", rule: "return home after an event abroad (returnhome.go)",
				src: src, tgt: tgt, verb: [2]int{p.v, p.vend}})
		}
	}
	return out
}

// setHomecomingVerbs names the knowledge's word set of the past forms of
// coming back that "home" can follow ("returned", "flew").
const setHomecomingVerbs = "HOMECOMING_VERBS"

// returnHome reports whether the predicate is a verb of coming back
// followed by "home" ("returned home", "came back home", "flew back home").
func (s *sentence) returnHome(p *pred) bool {
	if !s.c.sets.lowered(setHomecomingVerbs)[s.norm(p.v)] {
		return false
	}
	k := p.v + 1
	if s.norm(k) == "back" {
		k++
	}
	return s.norm(k) == "home"
}

// attendedPlace finds the first country or capital named after "in" or "to"
// from k to the end of the sentence, other than the visitor's own
// country.
func (s *sentence) attendedPlace(k int, own string) (actor, bool) {
	for ; k+1 < len(s.toks); k++ {
		if w := s.norm(k); w == ";" || w == "and" && s.norm(k+1) == "then" {
			break
		}
		if w := s.norm(k); w != "in" && w != "to" {
			continue
		}
		n := k + 1
		if s.norm(n) == "the" {
			n++
		}
		m := s.mentionAt(n)
		if m == nil || m.speaker || m.person != nil {
			continue
		}
		code := m.code()
		cc := demarche.Country(code)
		if cc == "" || cc == demarche.NoActor || cc == own || len(code) < 3 || code[:3] == "IGO" || code[:3] == "NGO" {
			continue
		}
		return actor{code: cc, i: m.i, j: m.j, note: "the place of the event attended"}, true
	}
	return actor{}, false
}
