package coder

// precisionReadings applies, in order, the readings found by reading random
// events of the whole UN General Debate corpus for their precision (each in
// its own file): hosting only a visitor, the author of what is endorsed,
// help with an act, trade with no partner, anniversaries with no one named,
// cooperation with a body read one way.
func (s *sentence) precisionReadings(out []candidate) []candidate {
	out = s.hostedObjects(out)            // hostedobjects.go
	s.endorsedAuthors(out)                // endorsedauthors.go
	out = s.helpedActs(out)               // helpinfinitive.go
	out = s.partnerlessTrade(out)         // tradepartners.go
	out = s.unaddressedAnniversaries(out) // anniversaries.go
	out = s.venueStatements(out)          // venuestatements.go
	out = s.speechReferences(out)         // speechreferences.go
	out = s.speakerHopes(out)             // speakerhopes.go
	out = s.hallVisits(out)               // hallvisits.go
	out = s.ownPlans(out)                 // ownplans.go
	out = s.neededActs(out)               // neededacts.go
	s.yourPresident(out)                  // yourpresident.go
	s.sentPraise(out)                     // sentpraise.go
	out = s.unnamedGivers(out)            // unnamedgivers.go
	out = s.oneWayIntentions(out)         // oneway.go
	out = s.oneWayWithBodies(out)         // oneway.go
	out = s.asClauses(out)                // asclauses.go
	return out
}
