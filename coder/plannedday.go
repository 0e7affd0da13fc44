// Weekdays of plans: "A meeting with Bulgarian officials, due to take
// place on Monday, has been called off" names the day the meeting was to
// be held, not the day of the event reported; read as the latest such day
// before the document, it would date the cancellation before the report.

package coder

// setPlanCues names the word set PLAN_CUES (dict/data/06-analysis-words.txt):
// the words that make the weekday after them the day of a plan.
const setPlanCues = "PLAN_CUES"

// plannedDay reports whether the weekday at k is the day of a plan: a plan
// cue ("due", "planned", "scheduled", "next") stands at most five words
// before it, with no comma or finite verb between ("due to take place on
// Monday", "planned for Thursday", "next Tuesday").
func (s *sentence) plannedDay(k int) bool {
	cues := s.c.sets.lowered(setPlanCues)
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := s.norm(j)
		if cues[w] {
			return true
		}
		if w == "," || w == ";" || s.finiteVerbAt(j) {
			return false
		}
	}
	return false
}
