package coder

// setAsPerformativeLemmas names the word set AS_PERFORMATIVE_LEMMAS
// (dict/data/97-ungd-precision2.txt).
const setAsPerformativeLemmas = "AS_PERFORMATIVE_LEMMAS"

// asClauses drops, in a government's own statement, an event of the
// speaking state read in a preposed or inserted "as" clause of time or
// circumstance: "as we celebrate the seventy-fifth anniversary of the
// United Nations, …", "as we work together to formulate the new agenda,
// we are cognizant that …", "as we mourn his loss, we are comforted …",
// "as we deliberate on the theme of this session, …". The clause sets the
// occasion of what the sentence asserts, as a visit used as a time
// reference does (the guide: background is not coded); the main clause
// keeps its own events. Comparisons ("as well as", "just as much as we
// condemn") are not such clauses. An act toward a named party other than
// the Assembly ("as we urge the Government of Myanmar to …", "as we stand
// shoulder to shoulder with Egypt") is asserted all the same, and stays;
// so do the thanks and congratulations the "as" clause performs ("as we
// thank the outgoing President for his efforts, …") and the material acts
// it reports as facts ("as we host the largest refugee population in the
// world, …": asylum, 075).
func (s *sentence) asClauses(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		named := !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" && c.tgt.code != venueActor.Code
		material := c.code >= "07" // aid, asylum, force: a fact the clause reports ("as we host the largest refugee population")
		if !named && !material && c.p != nil && !c.p.noun && !s.c.sets.lowered(setAsPerformativeLemmas)[c.p.lemma(s)] && s.speakerSource(&c) && c.src.j == c.src.i+1 && c.src.i >= 0 && s.clauseAs(c.src.i-1) && s.ownVerbAfter(c.src.j, c.verb[0]) {
			s.noteDrop(StageDropped, "dropped: the speaker's act in an \"as\" clause, the occasion of what the sentence asserts (asclauses.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// clauseAs reports whether the token at k is "as" opening a clause of
// time or circumstance before a pronoun subject: at the start of the
// sentence or after a comma, a dash or a conjunction, not in a comparison
// ("as well as", "as much as", "such as", "as soon as").
func (s *sentence) clauseAs(k int) bool {
	if k < 0 || s.norm(k) != "as" {
		return false
	}
	if w := s.norm(k + 1); w != "we" && w != "i" {
		return false
	}
	if k == 0 {
		return true
	}
	switch s.norm(k - 1) {
	case ",", "—", "–", "-", "and", "but", "now", "today", "even", "so", "yet", "year", "week":
		return true
	}
	return false
}

// ownVerbAfter reports whether the verb at v is the clause's own, right
// after its subject ending at j: at most four tokens between (auxiliaries,
// adverbs, "prepare to") and no punctuation ("as I begin my statement, to
// convey …" is the main clause's verb, its subject read back into the
// "as" clause).
func (s *sentence) ownVerbAfter(j, v int) bool {
	if v < j || v-j > 4 {
		return false
	}
	for k := j; k < v; k++ {
		if t := s.tag(k); t == "," || t == ":" || t == "." || s.norm(k) == "," {
			return false
		}
	}
	return true
}
