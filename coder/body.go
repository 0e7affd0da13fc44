// Sentences inside stories: where a speech verb's reported content runs
// past the clause boundary the generic heuristics draw.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
)

// contentInfinitive returns the infinitive that continues the content of
// the verb of saying p at b ("… said he was excited to see X"): a
// predicate at b or after its "to", that p governs and that coded nothing.
func (s *sentence) contentInfinitive(p *pred, b int) *pred {
	v := b
	if s.norm(b) == "to" {
		v = b + 1
	}
	if v >= len(s.toks) || s.tag(v) != "VB" || s.norm(v-1) != "to" {
		return nil
	}
	for _, q := range s.preds {
		if q.v == v && !q.coded && q.g.govIdx == p.v {
			return q
		}
	}
	return nil
}

// speechContent returns the span of a speech verb's reported content: the
// clause to its right, [p.vend, p.hi), unless that clause stops short of
// the content at a boundary that, after a verb of saying, opens it:
//
//   - a colon after the verb and its adverbials ("the chairman said in his
//     lecture: the leader defended …"): the content is what follows it;
//   - "and" inside the subject of a "that" clause ("said that the drills
//     and the threats are …"), read as the start of a new clause;
//   - a relative pronoun after the verb's first noun phrase ("said the party
//     which the leader founded guides …"): the relative clause belongs to
//     the content's subject, whose own verb comes after it.
//
// A span that already holds a clause (a finite verb, "that") is kept.
func (s *sentence) speechContent(p *pred) [2]int {
	a, b := p.vend, p.hi
	n := len(s.toks)
	if b > a && b < n && s.norm(b) == "and" && (s.norm(a) == "that" || s.conjoinedSubject(a, b)) && !s.finiteVerbBetween(a, b) {
		// "said that the drills and the threats are …": the "and" joins
		// the content's subject, whose verb comes after it
		return [2]int{a, n}
	}
	if b > a && b < n {
		if q := s.contentInfinitive(p, b); q != nil {
			// "said he was very excited to see Kim Jong Il": the
			// infinitive and its object are part of what was said
			return [2]int{a, max(b, q.hi)}
		}
	}
	if b < a || b >= n || s.clauseBetween(a, b) {
		return [2]int{a, b}
	}
	switch w, t := s.norm(b), s.tag(b); {
	case w == ":":
		if s.wordsBetween(b+1, n) >= 3 {
			return [2]int{b + 1, n}
		}
	case (t == "WDT" || t == "WP") && b > a && !s.demonstrativeAt(a):
		// the relative clause is part of the subject only when a finite
		// verb follows it: the content's own predicate
		for k := b + 1; k < n; k++ {
			if s.norm(k) == ";" || s.norm(k) == ":" {
				break
			}
			if (s.finiteVerbAt(k) || s.tag(k) == "MD") && k > b+1 && s.tag(k-1) != "WDT" && s.tag(k-1) != "WP" && s.finiteVerbBetween(b+1, k) {
				return [2]int{a, n}
			}
		}
	}
	return [2]int{a, b}
}

// clauseBetween reports whether a finite verb, a modal or "that" stands in
// [a, b).
func (s *sentence) clauseBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.finiteVerbAt(k) || s.tag(k) == "MD" || s.norm(k) == "that" {
			return true
		}
	}
	return false
}

// finiteVerbBetween reports whether a finite verb or a modal stands in
// [a, b): the relative clause's own verb.
func (s *sentence) finiteVerbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return true
		}
	}
	return false
}

// wordsBetween counts the word tokens (not punctuation) in [a, b).
func (s *sentence) wordsBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if t := s.tag(k); t != "," && t != "." && t != ":" && t != "``" && t != "''" && t != "(" && t != ")" {
			n++
		}
	}
	return n
}

// demonstrativeAt reports whether the token at k is "this", "so" or "it":
// "said this when …" reports no content of its own.
func (s *sentence) demonstrativeAt(k int) bool {
	switch s.norm(k) {
	case "this", "so", "it", "these", "nothing":
		return true
	}
	return false
}

// foreignContentTarget retargets a statement whose target is the speaker's
// own country to the first other country its content names ("for lasting
// Pakistan-U.S. ties …, Zardari said": the statement is about the U.S.,
// not about Pakistan).
func (s *sentence) foreignContentTarget(c *candidate) {
	if c.p == nil || strings.Contains(c.p.subjHow, "pronoun") || s.norm(c.content[0]) == "if" {
		return // a speaker read through a pronoun, a hypothetical content
	}
	home := demarche.Country(c.src.code)
	for _, t := range s.statementTargets(*c) {
		if demarche.Country(t.code) != home {
			c.tgt = t
			return
		}
	}
	// the content's own modifiers ("for Pakistan-U.S. ties"), which the
	// target search passes over as adjuncts
	for k := c.content[0]; k < c.content[1]; k++ {
		if k >= c.src.i && k < c.src.j {
			continue
		}
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		for _, t := range s.actorsIn(m.i, m.j, true) {
			if x := demarche.Country(t.code); x != home && x != demarche.NoActor && !strings.HasPrefix(t.code, sectorOnly) {
				c.tgt, c.noTarget = t, false
				return
			}
		}
		k = max(k, m.j-1)
	}
}

// trailingPronounSpeaker reports whether a trailing ", it said" (", he
// noted", ", they added") took its speaker from the sentence before it
// through the pronoun: in a story's body the pronoun stands for the
// article, the statement or a speaker of an earlier sentence, never for an
// actor its own content names ("If Nepal yields …, it said"), and the
// guide codes no pronoun-led statement. The note is added to the trace.
func (s *sentence) trailingPronounSpeaker(c candidate) bool {
	if c.p == nil || !strings.Contains(c.p.subjHow, "pronoun") || c.content[0] != 0 || c.content[1] > c.verb[0] {
		return false
	}
	s.note(fmt.Sprintf("\", %s %s\": the pronoun is an earlier sentence's speaker, not %s", s.norm(c.p.subjSpan[0]), s.norm(c.p.v), c.src.code))
	return true
}

// namedPersonSpeaker reports whether a statement's speaker is a person
// named before an apposition ("…, Choe Kyong Guk, director of the
// publishing house, said at the ceremony"): a person who speaks, not an
// outlet that attributes (", KCNA said"), even when the apposition makes
// the person an outlet's man.
func (s *sentence) namedPersonSpeaker(c candidate) bool {
	if c.p == nil || c.p.subjSpan[1] <= c.p.subjSpan[0] {
		return false
	}
	a := c.p.subjSpan[0]
	if s.norm(a) == "," {
		a++
	}
	k := a
	for k < c.p.subjSpan[1] && s.tag(k) == "NNP" {
		k++
	}
	if k-a >= 2 && k < len(s.toks) && s.norm(k) == "," {
		return true // the subject opens with the name
	}
	// the subject is the apposition: the name stands before its comma
	if a < 2 || s.norm(a-1) != "," {
		return false
	}
	j := a - 2
	for j >= 0 && s.tag(j) == "NNP" {
		j--
	}
	return a-2-j >= 2 && (j < 0 || s.norm(j) == ",")
}

// setAttendanceOpeners names the word set ATTENDANCE_OPENERS
// (dict/data/06-analysis-words.txt), whose words open an inverted list of
// those present: "Present there were …", "Among them were …", "Attending it
// were …", "On hand were …".
const setAttendanceOpeners = "ATTENDANCE_OPENERS"

// attendanceDescription reports whether c was read from a description
// inside an attendance list ("Among them were patriots who met their
// compatriots …", "Attending were members of the committee to mark …"):
// the list asserts who was there; a relative clause or a purpose
// infinitive in it describes a person, it reports no event of its own
// ("Among the participants are German artistes" itself stays coded).
func (s *sentence) attendanceDescription(c candidate) bool {
	if len(s.toks) < 2 || !s.c.sets.lowered(setAttendanceOpeners)[s.norm(0)] || s.norm(0) == "on" && s.norm(1) != "hand" {
		return false
	}
	if s.norm(0) == "also" && (!s.c.sets.lowered(setAttendanceOpeners)[s.norm(1)] || s.norm(1) == "also") {
		return false // "Also leaving here were …": a departure, not a list of those present
	}
	cop := -1
	for k := 1; k < len(s.toks) && k < 16; k++ {
		if w := s.norm(k); w == "were" || w == "was" || w == "are" || w == "is" {
			cop = k
			break
		}
		if s.norm(k) == "," || s.finiteVerbAt(k) {
			return false
		}
	}
	if cop < 0 || c.verb[0] <= cop {
		return false
	}
	for k := cop + 1; k < c.verb[0]; k++ {
		if t := s.tag(k); t == "WDT" || t == "WP" || t == "WP$" {
			s.note(fmt.Sprintf("%q in a relative clause of an attendance list: a description, not an event", s.spanText(c.verb[0], c.verb[1])))
			return true
		}
	}
	if c.verb[0] > 0 && s.norm(c.verb[0]-1) == "to" && s.tag(c.verb[0]) == "VB" {
		s.note(fmt.Sprintf("%q the purpose of a body in an attendance list: a description, not an event", s.spanText(c.verb[0], c.verb[1])))
		return true
	}
	return false
}

// unnamedSubjectAfterComma reports whether the words between the comma at e
// and the verb at v are a noun phrase of their own that names no actor:
// the verb's real subject ("… the days of the Grand National Party, the
// organization urged …", "The DPRK will win, the article said"), not an
// apposition of the phrase before the comma, which is then no source.
func (s *sentence) unnamedSubjectAfterComma(e, v int) bool {
	if e >= v || s.norm(e) != "," {
		return false
	}
	a := e + 1
	for a < v && (s.tag(a) == "``" || s.norm(a) == "\"") {
		a++
	}
	if a >= v || !s.startsNP(a) || s.chainRight(a, v) != v {
		return false
	}
	for k := a; k < v; k++ {
		if s.isTimeWord(k) || s.tag(k) == "CD" {
			return false // "…, Sunday sent": a time, not a subject
		}
	}
	for _, x := range s.actorsIn(a, v, true) {
		if !strings.HasPrefix(x.code, sectorOnly) {
			return false
		}
	}
	return true
}

// objectOfSourcelessCensure reports whether c was read from a participle
// that describes the object of a censure whose own source is no actor ("The
// statement condemned the joint exercises being staged by the U.S. and
// south Korea", "the article denounced the drills staged by …"): the
// object of a denunciation is not coded (the guide), whether or not the
// denunciation itself could be.
func (s *sentence) objectOfSourcelessCensure(c candidate) bool {
	if c.p == nil || c.p.noun {
		return false
	}
	// a reduced relative right after the object's noun ("the drills
	// being staged by", "the exercises staged by"), not a participle of the
	// censurer's own ("…, strongly demanding …")
	v := c.verb[0]
	j := v - 1
	if j > 0 && (s.norm(j) == "being" || s.norm(j) == "been") {
		j--
	}
	if t := s.tag(v); t != "VBN" && t != "VBG" || j < 0 || !strings.HasPrefix(s.tag(j), "NN") {
		return false
	}
	for _, p := range s.preds {
		if p.noun || p.vend > v || !p.censures() {
			continue
		}
		clean := true
		for k := p.vend; k < v; k++ {
			// (a VBP is left aside: "joint", "bilateral" are often read so)
			if w, t := s.norm(k), s.tag(k); w == ";" || w == ":" || t == "WDT" || t == "WP" || t == "VBD" || t == "VBZ" || t == "MD" {
				clean = false
				break
			}
		}
		if clean {
			s.note(fmt.Sprintf("%q describes what %q censures: not an event of its own", s.spanText(c.verb[0], c.verb[1]), s.norm(p.v)))
			return true
		}
	}
	return false
}

// censures reports whether the predicate is a verb of criticism or
// accusation (its classes' default code is 11x or 112).
func (p *pred) censures() bool {
	return p.inClass("criticize") || p.inClass("accuse")
}

// playedRoleIn reports whether the preposition at k is the "in" of "played
// a key role in" (or "took part in", "had a hand in"): the gerund after it
// is the subject's own act ("Japan played a leading role in imposing
// sanctions on the DPRK" is Japan imposing them), not an embedded noun.
func (s *sentence) playedRoleIn(k int) bool {
	if s.norm(k) != "in" || k < 2 {
		return false
	}
	switch s.norm(k - 1) {
	case "role", "roles", "part", "hand":
	default:
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		switch s.norm(j) {
		case "played", "plays", "play", "playing", "took", "takes", "had", "has":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// intendedEffort reports whether the noun at k is the "effort" of a
// promised effort: "Russia would make efforts to develop relations", "will
// spare no effort to", "expressed the will to make every possible effort
// to": the act after it is an intention (03x). Efforts made in the past
// ("made efforts to") stay an attempt, not coded.
func (s *sentence) intendedEffort(k int) bool {
	if w := s.norm(k); w != "effort" && w != "efforts" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch w := s.norm(j); {
		case w == "make" || w == "makes" || w == "made" || w == "making" || w == "exert" || w == "spare" || w == "redouble":
			if w == "spare" && s.norm(j+1) == "no" {
				return true // "will spare no effort to": a pledge
			}
			g := s.analyseGroup(j)
			if g.neg {
				return false
			}
			return g.future || g.hypo == "would" || g.govIdx >= 0 && (g.gov == govIntent || s.c.sets.intentNouns[s.norm(g.govIdx)])
		case s.tag(j) == "DT" || s.tag(j) == "JJ" || s.tag(j) == "PRP$" || w == "every" || w == "all" || w == "utmost" || w == "best" || w == "no":
			continue
		default:
			return false
		}
	}
	return false
}

// introducesNextSentence reports whether a statement read as a trailing
// ", X said" only opens a quotation that follows in the next sentences
// ("Juan Perez, chairman of the Committee for Korea's Reunification,
// said:"): what stands before the verb is the speaker, not his content.
func (s *sentence) introducesNextSentence(c candidate) bool {
	if c.content[0] != 0 || c.content[1] > c.verb[0] {
		return false
	}
	for k := c.verb[1]; k < len(s.toks); k++ {
		if s.norm(k) == ":" {
			if s.wordsBetween(k+1, len(s.toks)) < 3 {
				s.note(fmt.Sprintf("%q opens the quotation of the next sentences: no content here", s.spanText(c.verb[0], c.verb[1])))
				return true
			}
			return false
		}
	}
	return false
}
