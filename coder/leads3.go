// Readings of KCNA story leads and inner sentences that the coder left
// silent, by class (the third blind sample of leads, issue 11; knowledge in
// dict/data/81-leads3.txt and 34-actors-leads3.txt).

package coder

// raisingVerbs are the verbs whose passive raises the subject of their
// infinitive: "Lee was reported to have hurled mud at the DPRK", "the
// group is said to have staged …", "X is known to have sent …": the
// subject of the passive is the subject of the act.
var raisingVerbs = setOf("report", "say", "know", "believe", "see", "find", "understand", "rumour", "rumor", "confirm")

// raisedSubject reports whether the verb at k is a passive verb of
// reporting whose infinitive takes its subject ("was reported to have
// hurled"), not a purpose whose organiser must be named ("a meeting was
// held to mark …").
func (s *sentence) raisedSubject(k int) bool {
	if k < 0 || k >= len(s.toks) || !raisingVerbs[s.lemmaAt(k)] {
		return false
	}
	return s.norm(k+1) == "to"
}
