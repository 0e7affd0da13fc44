// Negation carried by a clause's subject ("no Sudanese unit fired", "none
// of its nationals was involved"), not by its verb.

package coder

// negativeSubject reports whether p's subject opens with a negative
// determiner ("no Sudanese unit had fired a missile", "none of its
// soldiers crossed", "not a single soldier has been sent", "neither
// government took part"): the act is said not to have happened.
func (s *sentence) negativeSubject(p *pred) bool {
	if p.noun || len(p.subj) == 0 || p.subjSpan[1] <= p.subjSpan[0] || p.subjSpan[0] > p.v {
		return false
	}
	i := p.subjSpan[0]
	// the determiner may stand just before the actor phrase
	for _, k := range []int{i, i - 1} {
		if k < 0 || k >= len(s.toks) {
			continue
		}
		switch s.norm(k) {
		case "no", "none", "nobody", "neither":
			if s.c.sets.lowered(setNotNegating)[s.norm(k+1)] {
				return false // "There is no reason for X to …", "No wonder, …"
			}
			return !(s.norm(k) == "neither" && s.norForward(k, p.v))
		case "single":
			if s.norm(k-1) == "a" && s.norm(k-2) == "not" {
				return true
			}
		case "a":
			if s.norm(k-1) == "not" || s.norm(k+1) == "single" && s.norm(k-1) == "not" {
				return true
			}
		case "of":
			if s.norm(k-1) == "none" {
				return true
			}
		}
	}
	return false
}

// setNotNegating names the word set NOT_NEGATING
// (dict/data/06-analysis-words.txt), whose words follow a "no" that negates
// no subject.
const setNotNegating = "NOT_NEGATING"

// negativeClause reports whether the clause holding k (not before lo)
// opens with a negative determiner: "no Sudanese unit had fired", "none
// of its soldiers crossed", "not a single soldier was sent" — not "most
// of the threats were not carried out".
func (s *sentence) negativeClause(k, lo int) bool {
	start := lo
	for j := k - 1; j >= lo && j >= k-12; j-- {
		if w := s.norm(j); w == "," || w == "that" || w == "and" || w == "but" || isQuote(w) {
			start = j + 1
			break
		}
	}
	switch s.norm(start) {
	case "no", "none", "nobody":
		return !s.c.sets.lowered(setNotNegating)[s.norm(start+1)]
	case "not":
		return s.norm(start+1) == "a" && s.norm(start+2) == "single" || s.norm(start+1) == "one"
	}
	return false
}

// norForward reports whether "nor" follows k before the verb at v
// ("neither Chad nor Sudan": a coordination, not a negated subject).
func (s *sentence) norForward(k, v int) bool {
	for j := k + 1; j < v; j++ {
		if s.norm(j) == "nor" {
			return true
		}
	}
	return false
}
