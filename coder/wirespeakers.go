// The speaker of a wire report's later sentences, named by its body alone
// ("the ministry said", "his office", "It said"): the country of the
// report's earlier source; and a ministry named by its seat ("the foreign
// ministry in Hanoi").

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// carries reports whether the sentence may take its speaker's country
// from an earlier sentence of its document: a wire report (no
// publication's country, no speaking state) with no dateline of its own,
// after a sentence that gave an event.
func (s *sentence) carries() bool {
	return s.doc.carry != "" && s.doc.home == "" && s.doc.speaker == "" && s.dateline == "" && !s.headline
}

// carryOn remembers the country of the first event's source for the
// sentences that follow (docState.carry).
func (s *sentence) carryOn(events []demarche.Event) {
	if s.headline {
		return
	}
	if len(events) == 0 {
		if c := s.openingSubjectCountry(); c != "" { // coder/nounclauses.go
			s.doc.carry = c
		}
		return
	}
	if c := demarche.Country(events[0].Source); c != "" && c != demarche.NoActor {
		s.doc.carry = c
	}
}

// carriedSectors reports whether a sentence that named no actor may still
// have one: a speaking body of the country its report was about ("The
// ministry said on Friday that the talks had been put off").
func (s *sentence) carriedSectors() bool {
	if !s.carries() {
		return false
	}
	for _, m := range s.ments {
		if m.sector != nil {
			return true
		}
	}
	return false
}

// setVoiceHeads names the word set VOICE_HEADS
// (dict/data/06-analysis-words.txt), whose words are heads of a phrase that
// speaks for a government: named by its body alone in a report's later
// sentence ("the ministry said", "a military spokesman told reporters", "his
// office said"), it is the government the report's earlier sentence named.
const setVoiceHeads = "VOICE_HEADS"

// carriedActor codes a speaking body named by its sector alone in a wire
// report's later sentence ("the ministry", "a military spokesman", "his
// office") as the body of the country of the sentence before (the source
// of its first event). Targets, envoys and other heads are left to the
// other rules.
func (s *sentence) carriedActor(segs []segment, head segmentInfo, forTarget bool) (actor, bool) {
	if forTarget || !s.carries() || head.secAt < 0 || !head.headIsSector && !s.c.sets.lowered(setVoiceHeads)[head.head] || !s.c.sets.lowered(setVoiceHeads)[s.norm(s.phraseEnd(head.secAt)-1)] {
		return actor{}, false
	}
	switch s.norm(segs[0].i) {
	case "the", "a", "an", "his", "her", "its", "military", "defence", "defense", "foreign", "government":
	default:
		return actor{}, false
	}
	m := s.mentionAt(head.secAt)
	if m == nil || m.sector == nil {
		return actor{}, false
	}
	sector := m.sector.Sector
	return actor{code: s.doc.carry + sector, i: segs[0].i, j: s.phraseEnd(head.secAt),
		note: "\"" + s.norm(m.j-1) + "\" " + sector + " of " + s.doc.carry + " (the country of the sentence before)"}, true
}

// possessedCountry gives a clause whose subject is "his country", "its
// government", "our nation" (and no actor) the country of the earlier
// subject of the sentence: "the army chief told a rally that his country
// would never apologise" — Sudan's.
func (s *sentence) possessedCountry(p *pred, a, b int) bool {
	a = s.afterOccasion(a, b) // "the first time his government …": coder/stance8.go
	if b-a != 2 || s.prevSubj == nil || s.prevSubjEnd > a || s.mentionAt(a+1) != nil && s.mentionAt(a+1).actor != nil {
		return false
	}
	switch s.norm(a) {
	case "his", "her", "its", "their", "our":
	default:
		return false
	}
	switch s.norm(a + 1) {
	case "country", "nation", "government", "state":
	default:
		return false
	}
	prev := s.prevSubj[0]
	if who, ok := s.personBefore(p, a); ok && (s.norm(a) == "his" || s.norm(a) == "her") {
		prev = who // "Abiy told parliament that Eritrean troops had entered, and his government …": coder/stance8.go
	}
	c := demarche.Country(prev.code)
	if c == "" || c == demarche.NoActor || strings.HasPrefix(prev.code, sectorOnly) {
		return false
	}
	if s.norm(a+1) == "government" {
		c += "GOV"
	}
	p.subj = []actor{{code: c, i: a, j: b, note: "\"" + s.norm(a) + " " + s.norm(a+1) + "\": the earlier subject's country"}}
	p.subjHow, p.subjSpan = "\""+s.norm(a)+" "+s.norm(a+1)+"\" = the earlier subject's country", [2]int{a, b}
	return true
}

// carriedPronoun gives a pronoun that opens a wire report's later
// sentence as the subject of a verb of saying ("It said Ugandan troops
// had crossed …", "He told reporters that …") the country of the
// sentence before (docState.carry): in a short report the pronoun stands
// for the government the report is about. A quotation's trailing "he
// said" and pronouns inside the sentence are left to the other rules.
func (s *sentence) carriedPronoun(p *pred, k int, w string) bool {
	if !s.carries() || k != 0 || p.v != k+1 || w == "they" || !s.saysAt(p) {
		return false
	}
	p.subj = []actor{{code: s.doc.carry, i: k, j: k + 1, note: "\"" + w + "\": the government of the sentence before"}}
	p.subjHow, p.subjSpan = "pronoun \""+w+"\" = the country of the sentence before", [2]int{k, k + 1}
	return true
}

// setSeatHeads names the word set SEAT_HEADS
// (dict/data/06-analysis-words.txt), whose words are the offices of a
// government named by its seat.
const setSeatHeads = "SEAT_HEADS"

// setStanceVerbsAfterSeat names the word set STANCE_VERBS_AFTER_SEAT
// (dict/data/06-analysis-words.txt), whose words are the words that may
// follow a seat's office whose stance the phrase tells: a hedge, a denial, an
// admission ("the foreign ministry in Hanoi declined to comment / did not
// respond / denied"); its statements are left to the other rules.
const setStanceVerbsAfterSeat = "STANCE_VERBS_AFTER_SEAT"

// seatActor codes a government's office named by its seat ("the foreign
// ministry in Hanoi declined to comment", "the defence ministry in Ankara
// denied the report") as that capital's country: a ministry is in its own
// capital (an embassy, an envoy or a ministry in a provincial town is
// left to the other rules); a seat that is no capital ("La Paz") as well.
func (s *sentence) seatActor(segs []segment, head segmentInfo) (actor, bool) {
	if len(segs) != 2 || segs[1].prep != "in" || head.secAt < 0 || !s.c.sets.lowered(setSeatHeads)[head.head] || len(head.agents) > 0 {
		return actor{}, false
	}
	m := s.mentionAt(segs[1].i)
	if m == nil || m.actor == nil || m.actor.Kind != dict.KindCapital && m.actor.Kind != dict.KindSeat || m.j != segs[1].j || !s.c.sets.lowered(setStanceVerbsAfterSeat)[s.norm(m.j)] {
		return actor{}, false
	}
	sec := s.mentionAt(head.secAt)
	if sec == nil || sec.sector == nil {
		return actor{}, false
	}
	return actor{code: m.actor.Code + sec.sector.Sector, i: segs[0].i, j: segs[1].j,
		note: "\"" + s.norm(sec.j-1) + "\" in " + s.spanText(m.i, m.j) + ": the seat's country"}, true
}
