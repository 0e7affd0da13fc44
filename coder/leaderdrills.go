// The leaders' guidance of drills and training: "Kim Jong Un guided a
// flight training of KPA Air Force Unit 378" (dict/data/92-kcna-leader-drills.txt).

package coder

// classLeaderGuidedDrill is the verb class of a leader's guidance of a
// drill (dict/data/92-kcna-leader-drills.txt).
const classLeaderGuidedDrill = "leader_guided_drill"

// leaderDrills keeps the events of the class leader_guided_drill only for a
// person of the publication's own country, and gives them that country as
// target when they name no unit of it: the leader's guidance of a drill is
// his visit to the unit. Anyone else's watching of a drill is dropped.
func (s *sentence) leaderDrills(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if !c.ofClass(classLeaderGuidedDrill) {
			keep = append(keep, c)
			continue
		}
		if !s.homePerson(c.src) {
			s.noteDrop(StageDropped, "a drill watched by "+c.src.code+" dropped: only the leaders' own guidance at home is a visit")
			continue
		}
		s.visitsHome(&c, "the leader's guidance of a drill at home (the publication's country)")
		keep = append(keep, c)
	}
	return keep
}
