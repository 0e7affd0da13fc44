// Readings of analytical news prose: essays and explainers that tell a
// relationship's history in sentences that are read alone.

package coder

import (
	"fmt"
	"sort"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// reducedPassiveClause reports whether the subordinator at k opens a
// reduced passive clause ("when asked about the map by the embassy, …",
// "once elected, …"): a past participle right after it, with no subject.
func (s *sentence) reducedPassiveClause(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.norm(k) {
	case "when", "once", "if", "after", "before", "until", "unless", "though", "although", "while":
	default:
		return false
	}
	return s.tag(k+1) == "VBN"
}

// subjectNounSuffix ends the name of a noun class whose events are told
// only as the subject of a clause: "Kim's visit to Russia in 2019 showed
// …" asserts the visit; "after Kim's visit to Russia" dates something
// else and stays background, as the guide says.
const subjectNounSuffix = "_subject"

// nominalSubjectAsserted reports whether the event noun p, matched with its
// possessive source at m.source, is the subject of a clause that tells it
// as a fact: the phrase opens the sentence or a clause (not the object of
// a preposition), and the clause's verb is in the past or present, not a
// modal, not negated and not a passive ("was postponed", "is expected").
func (s *sentence) nominalSubjectAsserted(p *pred, m match) bool {
	a := m.source[0]
	if a < 0 {
		return false
	}
	a = min(a, p.v) // "the expulsion of X by Y drew …": the noun opens the clause
	for k := a; k < p.v; k++ {
		if s.tag(k) == "IN" {
			return false // "the cancellation of X's visit to Y": another noun's complement
		}
	}
	for a > 0 && (s.tag(a-1) == "DT" || s.tag(a-1) == "JJ") {
		a--
	}
	if a > 0 {
		w := s.norm(a - 1)
		if !(w == "," && s.clauseHasVerb(0, a-1) || w == ";" || w == ":" || w == "and" || w == "but") {
			return false
		}
	}
	// the clause's verb: the first finite verb or modal after the noun
	for k := p.v + 1; k < len(s.toks); k++ {
		t := s.tag(k)
		if t == "MD" {
			return false
		}
		if !s.finiteVerbAt(k) {
			if w := s.norm(k); w == ";" || w == ":" {
				return false
			}
			continue
		}
		if w := s.norm(k + 1); w == "not" || w == "n't" || w == "never" {
			return false
		}
		if n, be := s.beThenVerb(k); be && (s.tag(n) == "VBN" || s.tag(n) == "VBD" || s.tag(n) == "TO") { // reportedtags.go
			return false
		}
		return true
	}
	return false
}

// subjectNounClass reports whether c is a noun class told only as a
// clause's subject (its name ends in subjectNounSuffix).
func subjectNounClass(c *dict.VerbClass) bool {
	return c != nil && strings.HasSuffix(c.Name, subjectNounSuffix)
}

// askerAddressee gives the addressee of a reply told after a preposed
// "when asked about … by X," clause: the reply answers X ("When asked by
// the Russian embassy, the ministry responded that …"). Only actors of
// another country than the speaker's count.
func (s *sentence) askerAddressee(c candidate) []actor {
	if c.verb[0] < 4 || !s.reducedPassiveClause(0) {
		return nil
	}
	switch s.norm(1) {
	case "asked", "questioned", "pressed", "queried", "approached", "contacted":
	default:
		return nil
	}
	by, end := -1, -1
	for k := 2; k < c.verb[0]; k++ {
		if w := s.norm(k); w == "by" && by < 0 {
			by = k
		} else if w == "," {
			end = k
			break
		}
	}
	if by < 0 || end < 0 {
		return nil
	}
	var out []actor
	for _, a := range s.actorsIn(by+1, end, true) {
		if demarche.Country(a.code) != demarche.Country(c.src.code) && !strings.HasPrefix(a.code, sectorOnly) && !strings.HasSuffix(a.code, "MED") {
			out = append(out, a) // reporters who ask are not whom a reply addresses
		}
	}
	return out
}

// presupposingQuestion reports whether the sentence is a headline that
// asks about an act it takes as given: "Why Did Pyongyang and Moscow
// Admit …?", "How Has Tokyo Answered …?" ask about the reason or manner of
// an act, which the article reports. A yes-no question ("Did X Admit …?")
// or one with a modal ("Why Would X …?") asserts nothing, nor does a
// question in running text, which is the writer's rhetoric.
func (s *sentence) presupposingQuestion() bool {
	if !s.headline || len(s.toks) < 4 {
		return false
	}
	k := 0
	if s.norm(0) == "so" || s.norm(0) == "but" || s.norm(0) == "and" {
		k = 1
	}
	switch s.norm(k) {
	case "why", "how":
	default:
		return false
	}
	switch s.norm(k + 1) {
	case "did", "does", "do", "has", "have", "had":
		return true
	}
	return false
}

// titleLowerWords may stay in lower case in a title-cased
// headline.
var titleLowerWords = setOf("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "over", "as", "vs", "vs.", "via", "per", "than", "that", "off", "up", "out", "about", "after", "amid", "upon", "its", "is")

// titleCased reports whether a sentence given as text is written as a
// headline: every word but the short function words capitalised, and at
// least three capitalised words that name no actor ("Why Did Pyongyang
// and Moscow Finally Admit …"), and no final period. It is then read as a
// headline.
func (s *sentence) titleCased() bool {
	if n := len(s.toks); n < 4 || strings.HasSuffix(s.toks[n-1].Text, ".") {
		return false // a headline has no final period; a list of names ends "Co."
	}
	caps := 0
	for k := 1; k < len(s.toks); k++ {
		w := s.toks[k].Text
		if !s.toks[k].IsWord() || w == "" {
			continue
		}
		r := w[0]
		if r >= 'a' && r <= 'z' {
			if !titleLowerWords[strings.ToLower(w)] {
				return false
			}
			continue
		}
		if r >= 'A' && r <= 'Z' && len(w) >= 3 && s.at[k] < 0 {
			caps++
		}
	}
	return caps >= 3
}

// setConflictSettings names the knowledge files' set of head nouns of a
// war named by its sides (68-analysis-prose.txt).
const setConflictSettings = "CONFLICT_SETTINGS"

// conflictSetting reports whether the phrase seg is a war or conflict
// named by the countries that modify it and set after "in", "during",
// "throughout" or "amid": "fighting in the Russia-Ukraine war" tells where
// they fight, not whom.
func (s *sentence) conflictSetting(seg segment) bool {
	if seg.j <= seg.i || !s.c.sets.lowered(setConflictSettings)[strings.ToLower(s.toks[seg.j-1].Text)] {
		return false
	}
	k := seg.i - 1
	for k >= 0 && s.tag(k) == "DT" {
		k--
	}
	switch s.norm(k) {
	case "in", "during", "throughout", "amid", "amidst":
		return true
	}
	return false
}

// conditionalConsequent reports whether token v is in the main clause of
// a sentence opened by a condition ("If Seoul responds to the call, it
// would help …"): what "would" happen then is hypothetical, whoever
// reports it.
func (s *sentence) conditionalConsequent(v int) bool {
	k := 0
	if w := s.norm(0); w == "but" || w == "and" || w == "so" {
		k = 1
	}
	if w := s.norm(k); w != "if" && w != "unless" {
		return false
	}
	for j := k + 1; j < v; j++ {
		if s.norm(j) == "," {
			return true
		}
	}
	return false
}

// replyClass names the verb class of replies (68-analysis-prose.txt).
const replyClass = "respond_that"

// dropBareReplies removes the predicates that are only replies without a
// content clause ("responded to the efforts with drills", "retorted the
// report"): such a verb is a reaction, and as a clause's verb it would
// lend its subject to the infinitives around it.
func (s *sentence) dropBareReplies(preds []*pred) []*pred {
	out := preds[:0]
	for _, p := range preds {
		if !p.noun && len(p.cands) > 0 && s.onlyReply(p) && !(s.norm(p.vend) == "that" || s.norm(p.vend) == "by" && s.norm(p.vend+1) == "saying") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// onlyReply reports whether every class of p is the reply class.
func (s *sentence) onlyReply(p *pred) bool {
	for _, cf := range p.cands {
		if cf.form.class.Name != replyClass {
			return false
		}
	}
	return true
}

// The two Koreas named by their side, as news about them does: "the North",
// "the South" (analysisprose.go, koreanSides).
var (
	northKorea = &dict.ActorPhrase{Words: []string{"north"}, Kind: dict.KindName, Code: "PRK", Pos: dict.Pos{File: "coder: \"the North\" beside a Korea"}}
	southKorea = &dict.ActorPhrase{Words: []string{"south"}, Kind: dict.KindName, Code: "KOR", Pos: dict.Pos{File: "coder: \"the South\" beside a Korea"}}
)

// koreanSides adds "the North" and "the South" as North and South Korea
// when the sentence itself names a Korea ("Seoul's defence ministry
// accused the North of …", "the North's troops fought beside Russia's"):
// capitalised, after "the", and not part of a longer name ("the North
// Atlantic", "the South China Sea", "the North and South Headquarters of
// …", "the Movement for Freedom in the North"").
func (s *sentence) koreanSides() {
	korea := false
	for _, m := range s.ments {
		if c := demarche.Country(m.code()); c == "PRK" || c == "KOR" {
			korea = true
			break
		}
	}
	if !korea {
		return
	}
	added := false
	for k := 1; k < len(s.toks); k++ {
		w := s.toks[k].Text
		if (w != "North" && w != "South") || s.at[k] >= 0 || s.norm(k-1) != "the" {
			continue
		}
		if s.sideNameGoesOn(k + 1) {
			continue
		}
		a := northKorea
		if w == "South" {
			a = southKorea
		}
		s.ments = append(s.ments, &mention{i: k, j: k + 1, actor: a})
		added = true
	}
	if !added {
		return
	}
	sort.SliceStable(s.ments, func(a, b int) bool { return s.ments[a].i < s.ments[b].i })
	for i := range s.at {
		s.at[i] = -1
	}
	for n, m := range s.ments {
		for k := m.i; k < m.j; k++ {
			s.at[k] = n
		}
	}
}

// sideNameGoesOn reports whether the word before k is part of a longer name:
// a capitalised word follows (after "and", "," or "-" too: "the North,
// South and Overseas Committees"), or a closing quote.
func (s *sentence) sideNameGoesOn(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	capital := func(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
	n := s.toks[k].Text
	switch {
	case capital(n) || isCloserText(n) || n == "\u201d":
		return true
	case n == "and" || n == "," || n == "-" || n == "/":
		return k+1 < len(s.toks) && capital(s.toks[k+1].Text)
	}
	return false
}

// ownSideWarnings corrects a warning or threat whose target is the
// speaker's own country as the subject of what it warns of ("Kenya warned
// that Nairobi could close its border with Somalia"): the warning is aimed
// at the other state its content names, else at no one named.
func (s *sentence) ownSideWarnings(out []candidate) {
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "13" || c.noTarget || demarche.Country(c.tgt.code) != demarche.Country(c.src.code) ||
			s.norm(c.verb[1]) != "that" || c.tgt.i <= c.verb[1] || s.finiteVerbBetween(c.verb[1], c.tgt.i) {
			continue // only the subject of "warned that …" (a crackdown on one's own people is domestic)
		}
		if !stateSide(c.src.code) || !stateSide(c.tgt.code) || s.passiveAfter(c.tgt.j) {
			continue // "warned that the authorities would be punished": they are whom it threatens
		}
		if t, ok := s.otherCountryAfter(c.tgt.j, demarche.Country(c.src.code)); ok {
			c.tgt, c.rule = t, c.rule+" (target: the other state of the warning)"
			continue
		}
		c.noTarget, c.rule = true, c.rule+" (own side warned of: no target)"
	}
}

// stateSide reports whether code is a state acting as one: the country
// alone, its government or its forces.
func stateSide(code string) bool {
	return len(code) == 3 || len(code) == 6 && (strings.HasSuffix(code, "GOV") || strings.HasSuffix(code, "MIL"))
}

// passiveAfter reports whether a passive verb group follows at k, with
// at most a modal and "not" before it ("would be punished", "will not be
// tolerated").
func (s *sentence) passiveAfter(k int) bool {
	for ; k < len(s.toks) && (s.tag(k) == "MD" || s.norm(k) == "not" || s.norm(k) == "never" || s.tag(k) == "RB"); k++ {
	}
	for ; k < len(s.toks) && beForms[s.norm(k)]; k++ {
		if s.tag(k+1) == "VBN" {
			return true
		}
	}
	return false
}

// setUnassertedNouns names the knowledge files' set of nouns whose "that"
// clause is not asserted (68-analysis-prose.txt).
const setUnassertedNouns = "UNASSERTED_NOUNS"

// unassertedReports drops the events told inside the "that" clause of a
// report, claim or allegation ("declined to confirm reports that Moscow
// had sent troops to Syria", "amid claims that …"): the writer reports
// that something is said, not that it happened. The clause runs to the
// next comma or semicolon.
func (s *sentence) unassertedReports(out []candidate) []candidate {
	nouns := s.c.sets.lowered(setUnassertedNouns)
	if len(nouns) == 0 {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if k := s.unassertedClause(c.verb[0], nouns); k >= 0 && c.src.i > k && !s.matrixAfterNounClause(k, c.p) /* coder/nounclauses.go */ {
			// (a source before the clause acts in the main clause: "spread
			// rumours that … and sent instructions to …")
			s.note(fmt.Sprintf("%q: inside what a report or claim says, not asserted", s.spanText(c.verb[0], c.verb[1])))
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// unassertedClause returns the "that" of the clause governed by one of
// nouns that token v is in, or -1. A report with an author ("said in his
// report that …", "X's reports that …") is speech, whose content is coded.
func (s *sentence) unassertedClause(v int, nouns map[string]bool) int {
	for k := v - 1; k > 0; k-- {
		switch w := s.norm(k); {
		case w == "," || w == ";" || w == ":":
			return -1
		case w == "that" && !isVerbTag(s.tag(k+1)) && s.tag(k+1) != "MD":
			if !nouns[strings.ToLower(s.toks[k-1].Text)] || k >= 2 && (s.tag(k-2) == "PRP$" || s.tag(k-2) == "POS") {
				return -1
			}
			return k
		}
	}
	return -1
}

// setUnrealisedGovernors names the knowledge files' set of verbs whose
// object is not yet done (68-analysis-prose.txt).
const setUnrealisedGovernors = "UNREALISED_GOVERNORS"

// unrealisedMeetings drops the meetings named by a noun ("talks between
// Kyiv and Moscow") that a verb of proposing, hoping, calling for or
// offering governs in the same clause ("Minsk offered to host peace talks
// between Kyiv and Moscow", "Qatar called for talks between …"): they are
// wished for, not held. The governing verb's own event stays.
func (s *sentence) unrealisedMeetings(out []candidate) []candidate {
	govs := s.c.sets.lowered(setUnrealisedGovernors)
	if len(govs) == 0 {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if c.p != nil && c.p.noun && cameo.Root(c.code) == "04" && s.governedByUnrealised(c.verb[0], govs) {
			s.note(fmt.Sprintf("%q: proposed or hoped for, not held", s.spanText(c.verb[0], c.verb[1])))
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// governedByUnrealised reports whether a word of govs comes before token v
// in its clause, with no finite verb, comma or clause boundary between.
func (s *sentence) governedByUnrealised(v int, govs map[string]bool) bool {
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		w := strings.ToLower(s.toks[k].Text)
		if govs[w] || k+1 < v && govs[w+" "+strings.ToLower(s.toks[k+1].Text)] {
			return true
		}
		if w == "," || w == ";" || s.boundaryLeft(k) || s.finiteVerbAt(k) {
			return false
		}
	}
	return false
}

// newsLeaderSurname reads a bare "Kim" in news given without a
// publication as the DPRK's supreme leader on the document's date ("During
// the meeting, Kim praised Putin"), as international news names him after
// the first mention. Not in a publication with a home country (KCNA's
// bare "Kim" names many people), not beside South Korea (whose officials
// are Kims too), not inside a longer name.
func (s *sentence) newsLeaderSurname() {
	if s.doc.home != "" || s.doc.speaker != "" {
		return
	}
	for _, m := range s.ments {
		if demarche.Country(m.code()) == "KOR" {
			return
		}
	}
	for k, t := range s.toks {
		if t.Text != "Kim" || s.at[k] >= 0 || s.nextIsCapitalizedName(k) || k > 0 && s.toks[k-1].Capitalized() && s.toks[k-1].IsWord() && k-1 > 0 {
			continue
		}
		per, role := s.supremeLeader("PRK")
		if per == nil {
			return
		}
		s.ments = append(s.ments, &mention{i: k, j: k + 1, person: per, role: role, byName: true})
		sort.SliceStable(s.ments, func(a, b int) bool { return s.ments[a].i < s.ments[b].i })
		for i := range s.at {
			s.at[i] = -1
		}
		for n, m := range s.ments {
			for j := m.i; j < m.j; j++ {
				s.at[j] = n
			}
		}
	}
}

// supremeLeader returns the person whose role on the document's date is
// the supreme leader of country, from the people named "Kim …".
func (s *sentence) supremeLeader(country string) (*dict.Person, dict.Role) {
	for _, p := range s.c.lx.phrases["kim"] {
		if p.actor == nil || p.actor.Person == nil {
			continue
		}
		for _, r := range p.actor.Person.Roles {
			if r.Title == "supreme-leader" && demarche.Country(r.Code) == country && r.Covers(s.doc.date) {
				return p.actor.Person, r
			}
		}
	}
	return nil, dict.Role{}
}
