package coder

// centuryDates reports whether the past century named at k ("the 20th
// century", "the last century") dates the clause of p: it stands before the
// verb ("In the 20th century the U.S. …"), or in a time adjunct after it
// ("… during the last century", "early in the 19th century"). A century
// that is the object of the verb ("glorified the 20th century as a century
// of independence") is what the act is about, not when it happened.
func (s *sentence) centuryDates(p *pred, k int) bool {
	if k < p.v {
		return true
	}
	for j := k - 1; j >= k-4 && j > p.v; j-- {
		switch s.norm(j) {
		case "in", "during", "since", "until", "till", "through", "throughout", "by", "from", "early", "late", "mid", "mid-", "turn":
			return true
		case "the", "last", "early-", "late-":
			continue
		}
		if j < k-1 {
			return false
		}
	}
	return false
}

// namedAfterPerson reports whether a phrase's head is a body named after a
// person ("Kim Jong Il Library", "Kim Il Sung Prize Council"): the person's
// name only modifies it, and the phrase names no agent of its own.
func namedAfterPerson(head segmentInfo) bool {
	if len(head.agents) > 0 {
		return false
	}
	for _, m := range head.weak {
		if m.person != nil {
			return true
		}
	}
	return false
}

// namesToEnd reports whether the tokens from k to limit (the end of a
// headline) are only names of actors, separated by commas: the tail of a
// headline's list that drops its "and" ("… Praised by Organizations of
// Brazil, Peru").
func (s *sentence) namesToEnd(k, limit int) bool {
	if limit != len(s.toks) {
		return false
	}
	n := 0
	for k < limit {
		if m := s.mentionAt(k); m != nil && m.actor != nil {
			k = m.j
			n++
			continue
		}
		if w := s.norm(k); w == "," || w == "." || w == "the" {
			k++
			continue
		}
		return false
	}
	return n > 0
}

// reportDated widens the span that dates a clause starting at a to the
// report it is the content of, when that report is dated in a past year:
// "the paper reported in its issue in 1950 that Colonel X … said that …"
// tells what was said then, not a new statement. Only a "that" complement
// of a verb of saying is widened, and only over a year, not over other cues.
func (s *sentence) reportDated(a, year int) int {
	if a < 2 || year == 0 || s.norm(a-1) != "that" {
		return a
	}
	for k := a - 2; k >= 0 && k > a-16; k-- {
		w := s.norm(k)
		if y, ok := yearNum(w); ok && y <= year-2 && s.norm(k-1) == "in" && !s.isNumberList(k) {
			for j := k - 1; j >= 0 && j > k-12; j-- {
				if v := s.norm(j); v == "reported" || v == "wrote" || v == "said" || v == "stated" || v == "disclosed" || v == "revealed" || v == "noted" {
					return k
				}
			}
			return a
		}
		if s.boundaryLeft(k) || w == "," {
			return a
		}
	}
	return a
}

// preposedClauseClosed reports whether the subordinate clause opened at k
// ends with a comma before the verb at v: "When making public the acts …,
// the Cuban ambassador criticized …" — the subordinate clause has its own
// verb (a gerund right after the subordinator, or a finite verb) before the
// comma, so the verb at v is the main clause's.
func (s *sentence) preposedClauseClosed(k, v int) bool {
	// a reduced clause: "after visiting …,", "when asked about …," (analysisprose.go)
	verb := s.tag(k+1) == "VBG" || s.reducedPassiveClause(k)
	for j := k + 1; j < v; j++ {
		if s.finiteVerbAt(j) {
			verb = true
		}
		if s.norm(j) == "," && verb {
			for i := j + 1; i < v; i++ {
				if s.finiteVerbAt(i) {
					return false
				}
			}
			return true
		}
	}
	return false
}
