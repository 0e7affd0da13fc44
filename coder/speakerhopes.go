package coder

import "strings"

// speakerHopes drops, in a government's own statement, the optimistic
// comment (013) the speaking state makes, or the statement (010) read in
// its "hopes that": "we express the hope that the talks will succeed",
// "Guyana hopes that Venezuela will change its mind", "I reiterate our
// conviction that multilateralism is the only way", "we reaffirm our
// confidence in the process". A hope,
// a belief or a conviction the speaker states is no act toward anyone:
// the UN sets' annotators code none (coder/testdata/README.md: "hopes,
// beliefs, modal and normative sentences: none"; the ungd2, ungd3 and
// ungd7 tune notes). What goes with it keeps its own event ("we reaffirm
// our confidence in and pay tribute to the Secretary-General": the
// tribute, 051). A hope another leader expressed ("Chairman Kim expressed
// his hope of completing denuclearization") is a statement reported and
// keeps its event, as KCNA's "expressed the hope that …" does outside
// governments' statements.
func (s *sentence) speakerHopes(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		hope := strings.HasPrefix(c.code, "013") || c.code == "010" && c.p != nil && !c.p.noun && c.p.lemma(s) == "hope"
		if hope && s.speakerSource(&c) {
			s.noteDrop(StageDropped, "dropped: a hope or a conviction the speaking state states, no act toward anyone (speakerhopes.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
