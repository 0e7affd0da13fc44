package coder

// More senders after a sender's apposition: "Kim Jong Un received messages
// of greeting from Vladimir Voronin, chairman of the Party of Communists of
// Moldova, and Prakash Karat, general secretary of the Communist Party of
// India". The "from" slot ends with the first sender's apposition, so the
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
	var out []actor
	k := slot[1]
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
