// Title appositions: a slot filled by a bare title ("the former President",
// "the Secretary-General's Special Envoy") whose comma apposition names the
// person or the body ("to the former President, Mr. Peter Thomson, for his
// leadership"). The title gives no country; the name does. Found on the
// ungd7 sample of coder/testdata (UN General Debate sentences).

package coder

import "github.com/demarche-project/demarche/dict"

// titleOnly reports whether every mention in [a, b) is a sector or title
// word with no country or name of its own, one of them a person's title
// ("President", "Secretary-General", "Special Envoy").
func (s *sentence) titleOnly(a, b int) bool {
	title := false
	for k := a; k < b; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		if m.actor != nil || m.person != nil || m.speaker || m.sector == nil {
			return false
		}
		if m.sector.Title != "" {
			title = true
		}
	}
	return title
}

// namedApposition returns the end of the apposition after the comma at
// comma when the phrase [j, comma) is a bare title and the apposition names
// a person or an actor and is closed by a comma, a full stop or the bound
// hi: "the former President, Mr. Peter Thomson, for …". ok is false
// otherwise.
func (s *sentence) namedApposition(j, comma, hi int) (end int, ok bool) {
	if comma >= hi || s.norm(comma) != "," || !s.titleOnly(j, comma) {
		return 0, false
	}
	for k := j; k < comma; k++ {
		if titleBreaks[s.norm(k)] {
			return 0, false // not "the President and his country, Fiji", "in our language, Portuguese"
		}
	}
	ae := s.chainRight(comma+1, hi)
	if ae <= comma+1 {
		return 0, false
	}
	// the name opens the apposition, after at most a few words of address
	// ("His Excellency Mr.", "H.E.", "my friend")
	named := false
	for k := comma + 1; k < ae && k <= comma+5; k++ {
		if m := s.mentionAt(k); m != nil {
			named = (m.person != nil || m.actor != nil && m.kind() == dict.KindName) && !m.speaker
			break
		}
	}
	if !named {
		return 0, false
	}
	if ae < len(s.toks) {
		if w := s.norm(ae); w != "," && w != "." && w != ";" && ae != hi {
			return 0, false
		}
	}
	return ae, true
}

// titleBreaks end a title's phrase: a coordinated second phrase or a
// prepositional phrase other than the title's own "of" ("the chairman of
// the committee, X").
var titleBreaks = setOf("and", "or", "in", "on", "at", "for", "with", "to", "by", "from", "as", "through", "during", "after", "before")
