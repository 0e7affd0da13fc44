package coder

// KCNA names a party's central organs with a comma before the party: "…
// of the C.C., the Workers' Party of Korea"; a foreign party's department
// "of the C.C., the Communist Party of" its country. The comma after
// "C.C." joins the committee to its party as "of" would. Read as the end
// of a phrase, "the delegation of the liaison department of the C.C."
// named no country, and a reception "in honor of" that delegation, a
// meeting with it, a gift to it had no target.

// ccPartyComma reports whether the comma at k follows "C.C." (or "CC")
// and opens the party's name ("the C.C., the CPC").
func (s *sentence) ccPartyComma(k, limit int) bool {
	if k < 1 || k+1 >= limit || s.norm(k) != "," {
		return false
	}
	if w := s.norm(k - 1); w != "c.c." && w != "cc" && w != "c.c" {
		return false
	}
	n := k + 1
	if s.norm(n) == "the" {
		n++
	}
	return n < limit && s.mentionAt(n) != nil
}
