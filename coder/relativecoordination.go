package coder

// Coordination past a relative clause (issue 11, wire news): in "Iran's
// foreign minister blamed Israel for an air strike that destroyed its
// consulate, and warned that …", the verb after ", and" shares the
// subject of the main clause ("blamed"), not of the relative clause's verb
// ("destroyed"), which describes a noun. Without the comma ("a strike
// that destroyed the consulate and killed two generals") the two verbs of
// the relative clause stay coordinated.

// relativeClauseVerb reports whether the finite verb at j opens a relative
// clause on the noun before it ("a strike that destroyed", "the group
// which claimed") and the coordinator at k follows a comma, so that the
// verb after k goes back to the main clause.
func (s *sentence) relativeClauseVerb(j, k int) bool {
	if j < 2 || k < 1 || s.norm(k-1) != "," {
		return false
	}
	switch s.norm(j - 1) {
	case "that", "which", "who":
	default:
		return false
	}
	return isNounTag(s.tag(j - 2))
}
