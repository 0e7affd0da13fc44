// The sixth stance pass (helper stance6): readings arcs K and L and the
// held-out arcs' named misses called for — negation scope of a negative
// subject, the speaker of a wire report's later sentence named by its
// body alone ("the ministry said", "a military spokesman said"), stance
// acts of another actor inside an "after" clause.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// negativeSubject reports whether p's subject opens with a negative
// determiner ("no Sudanese unit had fired a missile", "none of its
// soldiers crossed", "not a single soldier has been sent", "neither
// government took part"): the act is said not to have happened.
func (s *sentence) negativeSubject(p *pred) bool {
	if p.noun || len(p.subj) == 0 || p.subjSpan[1] <= p.subjSpan[0] || p.subjSpan[0] > p.v {
		return false
	}
	i := p.subjSpan[0]
	// the determiner may stand just before the actor phrase
	for _, k := range []int{i, i - 1} {
		if k < 0 || k >= len(s.toks) {
			continue
		}
		switch s.norm(k) {
		case "no", "none", "nobody", "neither":
			if notNegating[s.norm(k+1)] {
				return false // "There is no reason for X to …", "No wonder, …"
			}
			return !(s.norm(k) == "neither" && s.norForward(k, p.v))
		case "single":
			if s.norm(k-1) == "a" && s.norm(k-2) == "not" {
				return true
			}
		case "a":
			if s.norm(k-1) == "not" || s.norm(k+1) == "single" && s.norm(k-1) == "not" {
				return true
			}
		case "of":
			if s.norm(k-1) == "none" {
				return true
			}
		}
	}
	return false
}

// notNegating follow a "no" that negates no subject.
var notNegating = setOf("reason", "wonder", "doubt", "need", "way", "matter", "longer", "sooner", "less", "more", "one")

// negativeClause reports whether the clause holding k (not before lo)
// opens with a negative determiner: "no Sudanese unit had fired", "none
// of its soldiers crossed", "not a single soldier was sent" — not "most
// of the threats were not carried out".
func (s *sentence) negativeClause(k, lo int) bool {
	start := lo
	for j := k - 1; j >= lo && j >= k-12; j-- {
		if w := s.norm(j); w == "," || w == "that" || w == "and" || w == "but" || isQuote(w) {
			start = j + 1
			break
		}
	}
	switch s.norm(start) {
	case "no", "none", "nobody":
		return !notNegating[s.norm(start+1)]
	case "not":
		return s.norm(start+1) == "a" && s.norm(start+2) == "single" || s.norm(start+1) == "one"
	}
	return false
}

// norForward reports whether "nor" follows k before the verb at v
// ("neither Chad nor Sudan": a coordination, not a negated subject).
func (s *sentence) norForward(k, v int) bool {
	for j := k + 1; j < v; j++ {
		if s.norm(j) == "nor" {
			return true
		}
	}
	return false
}

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
	if s.headline || len(events) == 0 {
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

// voiceHeads are heads of a phrase that speaks for a government: named by
// its body alone in a report's later sentence ("the ministry said", "a
// military spokesman told reporters", "his office said"), it is the
// government the report's earlier sentence named.
var voiceHeads = setOf("ministry", "spokesman", "spokeswoman", "spokesperson", "office", "presidency",
	"government", "statement", "official", "officials", "minister", "cabinet", "chancellery", "palace")

// carriedActor codes a speaking body named by its sector alone in a wire
// report's later sentence ("the ministry", "a military spokesman", "his
// office") as the body of the country of the sentence before (the source
// of its first event). Targets, envoys and other heads are left to the
// other rules.
func (s *sentence) carriedActor(segs []segment, head segmentInfo, forTarget bool) (actor, bool) {
	if forTarget || !s.carries() || head.secAt < 0 || !head.headIsSector && !voiceHeads[head.head] || !voiceHeads[s.norm(s.phraseEnd(head.secAt)-1)] {
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
	c := demarche.Country(s.prevSubj[0].code)
	if c == "" || c == demarche.NoActor || strings.HasPrefix(s.prevSubj[0].code, sectorOnly) {
		return false
	}
	if s.norm(a+1) == "government" {
		c += "GOV"
	}
	p.subj = []actor{{code: c, i: a, j: b, note: "\"" + s.norm(a) + " " + s.norm(a+1) + "\": the earlier subject's country"}}
	p.subjHow, p.subjSpan = "\""+s.norm(a)+" "+s.norm(a+1)+"\" = the earlier subject's country", [2]int{a, b}
	return true
}

// stanceAfter keeps a stance act inside an "after" clause whose actor is
// of another country than the main clause's subject: "Chad recalled its
// ambassador after Sudan's army chief refused to apologise", "the two
// states restored ties after Eritrea's minister expressed regret". The
// clause dates the main news but is news of its own on the question: the
// other side's denial, regret, acknowledgement, refusal or downgrade.
func (s *sentence) stanceAfter(p *pred, code, sub string) bool {
	if sub != "after" || len(p.subj) == 0 || p.subjSpan[0] < 0 || p.subjSpan[0] > p.v {
		return false
	}
	switch {
	case strings.HasPrefix(code, "011"), strings.HasPrefix(code, "015"), strings.HasPrefix(code, "016"),
		strings.HasPrefix(code, "055"), strings.HasPrefix(code, "12"), strings.HasPrefix(code, "16"):
	default:
		return false
	}
	own := demarche.Country(p.subj[0].code)
	if own == "" || own == demarche.NoActor || strings.HasPrefix(p.subj[0].code, sectorOnly) {
		return false
	}
	// the main clause's subject: the first actor before the subordinator
	k := p.subjSpan[0] - 1
	for k >= 0 && s.norm(k) != "after" {
		k--
	}
	for j := 0; j < k; j++ {
		if m := s.mentionAt(j); m != nil && m.actor != nil {
			c := demarche.Country(m.code())
			return c != "" && c != own
		}
	}
	return false
}

// distinctActs reports whether two candidates of one source and root are
// two acts, not two readings of one: downgrades told by two verbs
// ("called off the visit and lowered its relations with Eritrea to
// chargé d'affaires level"), an apology beside another act of
// diplomatic cooperation ("restored relations after its minister
// expressed regret").
func distinctActs(c, d candidate) bool {
	if c.p == nil || d.p == nil || c.p.v == d.p.v || len(c.code) < 3 || len(d.code) < 3 {
		return false
	}
	switch rc, rd := cameo.Root(c.code), cameo.Root(d.code); {
	case rc != rd:
		return false
	case rc == "16":
		return true
	case rc == "05":
		return (c.code[:3] == "055") != (d.code[:3] == "055")
	}
	return false
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

// seatHeads are the offices of a government named by its seat.
var seatHeads = setOf("ministry", "presidency", "office", "chancellery", "administration", "cabinet")

// stanceVerbsAfterSeat are the words that may follow a seat's office
// whose stance the phrase tells: a hedge, a denial, an admission ("the
// foreign ministry in Hanoi declined to comment / did not respond /
// denied"); its statements are left to the other rules.
var stanceVerbsAfterSeat = setOf("declined", "refused", "denied", "rejected", "dismissed", "did", "would", "could",
	"has", "had", "was", "confirmed", "acknowledged", "admitted", "conceded", "neither", "gave", "made", "offered", "expressed")

// seatActor codes a government's office named by its seat ("the foreign
// ministry in Hanoi declined to comment", "the defence ministry in Ankara
// denied the report") as that capital's country: a ministry is in its own
// capital (an embassy, an envoy or a ministry in a provincial town is
// left to the other rules).
func (s *sentence) seatActor(segs []segment, head segmentInfo) (actor, bool) {
	if len(segs) != 2 || segs[1].prep != "in" || head.secAt < 0 || !seatHeads[head.head] || len(head.agents) > 0 {
		return actor{}, false
	}
	m := s.mentionAt(segs[1].i)
	if m == nil || m.actor == nil || m.actor.Kind != dict.KindCapital || m.j != segs[1].j || !stanceVerbsAfterSeat[s.norm(m.j)] {
		return actor{}, false
	}
	sec := s.mentionAt(head.secAt)
	if sec == nil || sec.sector == nil {
		return actor{}, false
	}
	return actor{code: m.actor.Code + sec.sector.Sector, i: segs[0].i, j: segs[1].j,
		note: "\"" + s.norm(sec.j-1) + "\" in " + s.spanText(m.i, m.j) + ": the seat's country"}, true
}

// falsehoodAdjectives are the words of a falsehood that "dismissed as",
// "rejected as" front before the object.
var falsehoodAdjectives = setOf("baseless", "false", "groundless", "unfounded", "fabricated", "absurd", "untrue",
	"lies", "fabrication", "nonsense", "slander", "ridiculous", "fiction", "propaganda", "inaccurate", "incorrect")

// frontedAsPasts retags as a past tense the participle that follows the
// sentence's opening noun phrase, when that phrase names an actor and the
// participle fronts "as" and a falsehood before its object: "The
// Sudanese army dismissed/VBN as baseless reports that it had bombed …"
// (the later finite verb made the tagger read a reduced relative).
func (s *sentence) frontedAsPasts() {
	for k := 1; k+2 < len(s.toks); k++ {
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return
		}
		t := &s.toks[k]
		if t.Tag != "VBN" {
			continue
		}
		e := k
		for e > 1 && isAdvTag(s.tag(e-1)) {
			e--
		}
		if !isNounTag(s.tag(e-1)) || s.chainLeft(e) != 0 || s.norm(k+1) != "as" || !falsehoodAdjectives[s.norm(k+2)] {
			return
		}
		for j := 0; j < e; j++ {
			if m := s.mentionAt(j); m != nil && (m.actor != nil || m.person != nil) {
				t.Tag = "VBD"
				return
			}
		}
		return
	}
}

// beThenVerb returns the token after the "be" of a finite verb at k
// and its adverbs ("was indefinitely postponed", "has been put off"), and
// whether k is such a "be" (or a perfect's "has been").
func (s *sentence) beThenVerb(k int) (int, bool) {
	be := beForms[s.norm(k)]
	n := k + 1
	if !be && haveForms[s.norm(k)] && s.norm(n) == "been" {
		be, n = true, n+1
	}
	for n < len(s.toks) && isAdvTag(s.tag(n)) {
		n++
	}
	return n, be
}
