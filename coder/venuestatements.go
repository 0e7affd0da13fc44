package coder

import "strings"

// venueStatements drops, in a government's own statement, a statement
// (010, or the censure read in its content, 111) made to the United
// Nations as its addressee: "I am pleased to inform the Assembly that …",
// "I wish to reiterate to the General Assembly that …", "let me tell this
// body that …". Told to the assembly it is delivered in, the statement is
// the speech itself, not an act toward the United Nations, and the UN
// sets' annotators code none. The addressee is the target named before
// the statement's content; a United Nations named inside the content ("I
// stress that the Organization has failed") is what the statement is
// about, and keeps its event.
//
// The addressee is the phrase right after the verb of saying, with at most
// "to" and a determiner or an adverb between them.
func (s *sentence) venueStatements(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		statement := c.code == "010" || c.code == "111" && c.censureInContent
		if statement && c.speech && !c.noTarget && c.tgt.code == "IGOUNO" && s.addressedAfter(c.verb[1], c.tgt.i) {
			s.noteDrop(StageDropped, "dropped: a statement told to the assembly it is made in, the speech itself (venuestatements.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// addressedAfter reports whether the phrase at i follows the verb ending at
// end as its addressee: "inform the Assembly", "reiterate to this body",
// "tell you, Mr. President,".
func (s *sentence) addressedAfter(end, i int) bool {
	if i < end || i-end > 3 {
		return false
	}
	for k := end; k < i; k++ {
		if t := s.tag(k); s.norm(k) != "to" && t != "DT" && t != "PRP$" && !strings.HasPrefix(t, "RB") {
			return false
		}
	}
	return true
}
