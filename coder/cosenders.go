package coder

// More senders after a sender's apposition: "the leader got greetings
// from A, chairman of a Moldovan party, and B, general secretary of an
// Indian one". The "from" slot ends with the first sender's apposition, so the
// later senders, each an unknown name with an apposition of its own, were
// lost (or read as the target of the noun "messages"). Each is a sender of
// its own (the guide: compound actors are split).

// moreSenders returns the actors of the senders listed after a "from" slot
// that ends at end: ", and NAME, APPOSITION" or ", NAME, APPOSITION", where
// NAME is a run of capitalised words that names no actor and the
// apposition names one; also ", and PHRASE" where the phrase names an actor
// itself ("and the Paektusan Taekwon-Do Club, … of Russia").
func (s *sentence) moreSenders(slot [2]int, hi int) []actor {
	if slot[0] < 1 || s.norm(slot[0]-1) != "from" {
		return nil
	}
	return s.apposedConjuncts(slot, hi)
}

// apposedConjuncts returns the actors of the conjuncts of a phrase [span)
// that an apposition names, up to hi: the last conjunct inside the span
// when it is an unknown name whose apposition follows ("a delegation of the
// party of China and Ricardo Abreu, secretary of the Brazilian party,"),
// and the conjuncts after the span, as moreSenders reads them ("met Tomas
// Ruiz, chairman of a Peruvian society, and Karl Weber, chairman of an
// Austrian committee").
func (s *sentence) apposedConjuncts(span [2]int, hi int) []actor {
	var out []actor
	k := span[1]
	if a, e := s.innerApposedConjunct(span, hi); e > k {
		out, k = a, e
	}
	for k < hi {
		if q := s.norm(k); q == "\"" || s.tag(k) == "``" {
			// a body's quoted epithet ends the slot: the Party of Peru "Red Motherland"
			for e := k + 1; e < hi && e < k+8; e++ {
				if s.norm(e) == "\"" || s.tag(e) == "''" {
					k = e + 1
					break
				}
			}
		}
		n := k
		if s.norm(n) == "," {
			n++
		}
		and := s.norm(n) == "and"
		if and {
			n++
		}
		if n == k || n >= hi {
			break
		}
		name := n
		for name < hi && s.tag(name) == "NNP" && s.mentionAt(name) == nil && s.toks[name].Capitalized() {
			name++
		}
		switch {
		case name-n >= 2 && s.norm(name) == ",":
			// an unknown person and his apposition
			e := s.chainRight(name+1, hi)
			if e <= name+1 || !s.hasActor(name+1, e) {
				return out
			}
			if s.clauseSubjectAt(e, hi) {
				return out
			}
			out = append(out, s.actorsIn(name+1, e, false)...)
			k = e
		case and && name == n && s.tag(n) != "PRP$" && s.knownPhraseAt(n): // not "and its secretary general"
			e := s.chainRight(n, hi)
			if e <= n || !s.hasActor(n, e) {
				return out
			}
			if s.norm(e) == "," { // "the Club, regional organization of Russia"
				if ae := s.chainRight(e+1, hi); ae > e+1 && s.hasActor(e+1, ae) && !s.hasActor(n, e) {
					e = ae
				}
			}
			if s.clauseSubjectAt(e, hi) {
				return out
			}
			out = append(out, s.actorsIn(n, e, false)...)
			k = e
		default:
			return out
		}
		if s.norm(k) != "," && s.norm(k) != "and" {
			break
		}
	}
	return out
}

// innerApposedConjunct reads the last conjunct of a span that is an unknown
// name (two capitalised words or more after "and") with its apposition
// right after the span; it returns the apposition's actors and its end.
func (s *sentence) innerApposedConjunct(span [2]int, hi int) ([]actor, int) {
	e := span[1]
	if e >= hi || s.norm(e) != "," {
		return nil, -1
	}
	n := e
	for n > span[0] && s.tag(n-1) == "NNP" && s.mentionAt(n-1) == nil && s.toks[n-1].Capitalized() {
		n--
	}
	if e-n < 2 || n < 1 || s.norm(n-1) != "and" || n-1 <= span[0] {
		return nil, -1
	}
	ae := s.chainRight(e+1, hi)
	if ae <= e+1 || !s.hasActor(e+1, ae) {
		return nil, -1
	}
	return s.actorsIn(e+1, ae, false), ae
}

// addActors appends the actors of more whose code is not yet in as.
func addActors(as, more []actor) []actor {
	for _, a := range more {
		dup := false
		for _, b := range as {
			if a.code == b.code {
				dup = true
				break
			}
		}
		if !dup {
			as = append(as, a)
		}
	}
	return as
}

// clauseSubjectAt reports whether a finite verb before hi follows the
// phrase ending at e, past a few names and commas: the phrase opens a
// clause of its own ("…, and Brena District, Lima City, Peru awarded him a
// title"), it is no conjunct.
func (s *sentence) clauseSubjectAt(e, hi int) bool {
	for k := e; k < hi && k < e+6; k++ {
		switch t := s.tag(k); {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return true
		case t == "," || t == "NNP" || t == "DT" || s.mentionAt(k) != nil:
			continue
		}
		return false
	}
	return false
}
