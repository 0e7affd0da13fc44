package coder

import "github.com/demarche-project/demarche/dict"

// A headline's comma joins nationality adjectives that share one head
// noun, as prose joins them with "and": "Greetings from Cuban, Syrian
// Leaders", "Floral Baskets from Cuban, Lao Embassies", "Russian, Chinese
// Delegations Visit …" name two leaders, two embassies, two delegations.
// Read as a phrase that ends at the comma, the first adjective lost its
// noun and the second conjunct was cut off the list.

// headlineAdjectivePair reports whether the comma at k, in a headline,
// stands between two nationality adjectives (the first with no noun of its
// own).
func (s *sentence) headlineAdjectivePair(k int) bool {
	if !s.headline || k < 1 || k+1 >= len(s.toks) || s.norm(k) != "," {
		return false
	}
	before := s.mentionEndingAt(k)
	after := s.mentionAt(k + 1)
	return before != nil && after != nil && before.kind() == dict.KindAdjective && before.sector == nil &&
		after.kind() == dict.KindAdjective && after.i == k+1
}

// mentionEndingAt returns the mention whose span ends just before k.
func (s *sentence) mentionEndingAt(k int) *mention {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if m := s.mentionAt(j); m != nil {
			if m.j == k {
				return m
			}
			return nil
		}
	}
	return nil
}
