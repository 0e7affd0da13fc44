// Governments' own voice: who a statement's acts address and which of its
// words are acts (found on the ungd5 sample of coder/testdata, drawn as an
// evaluator would: any sentence with an event-like word, and any
// sentence). Readings by class:
//
//   - the member states of a body are not the body: "condolences to the
//     Member States of the Organization", "we call on all States Members
//     of the United Nations", "with the support of United Nations Member
//     States" address many unnamed states (target ---), not the UN;
//   - an appeal to unnamed many with a named example ("we have asked our
//     neighbouring States, especially Pakistan, to help") addresses both;
//   - "to protect and support X" after an appeal: the second verb shares
//     the infinitive's "to", it is no clause of its own (ungdlists.go);
//   - an act the speaker "looks forward to" doing is its intention (03x);
//   - "congratulations to you, Sir, and to your country, X": the
//     Assembly's President (IGOUNO) beside X;
//   - a monarchy speaking of itself as "the Kingdom", "the Sultanate",
//     "the Principality", "the Grand Duchy": the speaker (speaker.go);
//   - a preposed "after …," phrase with no verb is no temporal clause
//     (background.go);
//   - support for an aim ("we support an ambitious agenda", "climate
//     neutrality as a goal") is no one's act: no event;
//   - a speaker who acknowledges or recognises "that" something is so
//     states a view, not an admission (015): "Solomon Islands acknowledges
//     that achieving the goals will be arduous".

package coder

import "strings"

// voiceActReadings applies the sixth pass's readings to the candidates of a
// government's statement.
func (s *sentence) voiceActReadings(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	// a new slice: events are added beside the candidates read
	keep := make([]candidate, 0, len(cands))
	for _, c := range cands {
		if !c.noTarget && s.membersOfBody(c.tgt) && !s.namedBeside(c.tgt) {
			s.note("target: the members of a body are many unnamed states, --- (voiceacts.go)")
			c.tgt = actor{code: "---", i: c.tgt.i, j: c.tgt.j}
		}
		if !c.noTarget && s.bodyNamesInstrument(c.tgt) && !s.namedElsewhere(c.tgt) {
			s.note("target: the body only names an instrument (its charter, a convention), --- (instrumentnames.go)")
			c.tgt = actor{code: "---", i: c.tgt.i, j: c.tgt.j}
		}
		if s.lookedForward(c.verb[0]) {
			ic := intentOf(c.code)
			if ic == "" {
				s.noteDrop(StageDropped, "dropped: an act the speaker looks forward to is not done, and to intend a statement is not to make it (voiceacts.go)")
				continue
			}
			s.note("an act the speaker looks forward to is an intention: " + c.code + " → " + ic + " (voiceacts.go)")
			c.code, c.intended = ic, c.code
		}
		if s.supportedGoal(&c) {
			s.noteDrop(StageDropped, "dropped: the speaker supports a goal or an agenda, no one's act (voiceacts.go)")
			continue
		}
		if s.acknowledgedView(&c) {
			s.noteDrop(StageDropped, "dropped: the speaker acknowledges that something is so, a view, not an admission (voiceacts.go)")
			continue
		}
		keep = append(keep, c)
		if u, ok := s.youBesideNamed(&c, keep); ok {
			s.note("added: \"you\", the Assembly's President, listed before a named addressee (voiceacts.go)")
			keep = append(keep, u)
		}
		if u, ok := s.exampledAddressees(&c, keep); ok {
			s.note("added: the unnamed many an appeal names before its example (voiceacts.go)")
			keep = append(keep, u)
		}
	}
	return keep
}

// exampledAddressees reads an appeal whose named target is the example of
// unnamed many: "we have asked our neighbouring States, especially
// Pakistan, to help", "we call on donors, in particular Japan, to …" —
// the many are addressed too (---), as in a list (ungdlists.go). It
// returns that event unless the candidates already hold it.
func (s *sentence) exampledAddressees(c *candidate, have []candidate) (candidate, bool) {
	if !strings.HasPrefix(c.code, "02") || c.noTarget || c.tgt.code == "" || c.tgt.code == "---" || !s.speakerSource(c) {
		return candidate{}, false
	}
	k := c.tgt.i - 1
	switch s.norm(k) {
	case "especially", "particularly", "notably", "including", "chiefly", "mainly":
	case "particular":
		if s.norm(k-1) != "in" {
			return candidate{}, false
		}
		k--
	default:
		return candidate{}, false
	}
	if s.norm(k-1) != "," || !s.addresseeEndsAt(k-1) {
		return candidate{}, false
	}
	for _, h := range have {
		if h.src.code == c.src.code && (h.noTarget || h.tgt.code == "---") && h.code == c.code {
			return candidate{}, false
		}
	}
	u := *c
	u.tgt, u.noTarget, u.unnamed = actor{code: "---"}, true, true
	return u, true
}

// addresseeEndsAt reports whether an ADDRESSEES phrase (00-sets.txt,
// 79-ungd5.txt) ends just before token e.
func (s *sentence) addresseeEndsAt(e int) bool {
	for _, set := range []map[string]bool{s.c.sets.lowered(setAddressees), s.c.sets.lowered("UNGD5_ADDRESSEES")} {
		for n := 4; n >= 1; n-- {
			if e-n < 0 {
				continue
			}
			parts := make([]string, n)
			for i := range parts {
				parts[i] = s.norm(e - n + i)
			}
			if set[strings.Join(parts, " ")] {
				return true
			}
		}
	}
	return false
}

// setMemberNouns names the word set MEMBER_NOUNS
// (dict/data/06-analysis-words.txt), whose words are the heads of a phrase
// naming the members of a body.
const setMemberNouns = "MEMBER_NOUNS"

// membersOfBody reports whether the international body a names is the
// complement of its member states ("the Member States of the
// Organization", "States Members of the United Nations", "member
// countries of ECOWAS") or the modifier of them ("United Nations Member
// States", "EU member countries"). "The members of the Organization" and
// "the members of this Assembly" stay the body (the UNGD sets' annotators
// read them as the body addressed), and so do a council's members.
func (s *sentence) membersOfBody(a actor) bool {
	if !strings.HasPrefix(a.code, "IGO") || a.j <= a.i {
		return false
	}
	if s.councilAt(a.i, a.j) {
		return false
	}
	k := a.i - 1
	if s.norm(k) == "the" {
		k-- // "the States Members of the United Nations"
	}
	if s.norm(k) == "of" && s.c.sets.lowered(setMemberNouns)[s.norm(k-1)] {
		// "Member States of", "States Members of", "members of"; "the
		// countries of the European Union" may name the Union itself
		w, v := s.norm(k-1), s.norm(k-2)
		return (w == "states" || w == "countries" || w == "nations") && (v == "member" || v == "members") ||
			w == "members" && (v == "states" || v == "countries")
	}
	if w := s.norm(a.j); w == "member" || w == "members" {
		switch s.norm(a.j + 1) {
		case "states", "state", "countries", "nations", "governments":
			return true
		}
		return w == "members"
	}
	switch s.norm(a.j) {
	case "states", "countries":
		// "all United Nations States Members", the Assembly's own order
		return s.norm(a.j+1) == "members"
	case "membership":
		// "the entire United Nations membership": every member state; a
		// membership sought or held ("its commitment to European Union
		// membership", "the full UN membership of Palestine") is no one
		for k := a.i - 1; k >= 0 && k >= a.i-2; k-- {
			switch s.norm(k) {
			case "entire", "whole", "wider", "broader", "general":
				return true
			}
		}
	}
	return false
}

// namedElsewhere reports whether the body a names is named again in the
// sentence outside a's phrase ("the Charter of the United Nations … this
// Organization"): the events toward it were merged into this one, which
// then stays the body's.
func (s *sentence) namedElsewhere(a actor) bool {
	for _, p := range s.phraseActors(0, len(s.toks)) {
		if p.code == a.code && (p.j <= a.i-3 || p.i >= a.j) {
			return true
		}
	}
	return false
}

// namedBeside reports whether the body whose members a names is named
// again beside a's phrase, in the same list ("the Secretary-General and
// the Member States of the Organization"): the events toward it were
// merged into this one, which then stays the body's. A mention in another
// clause or inside a later phrase ("work with all UN members to strengthen
// the role of the UN") is no second addressee.
func (s *sentence) namedBeside(a actor) bool {
	for _, p := range s.phraseActors(0, len(s.toks)) {
		if p.code != a.code {
			continue
		}
		if p.j <= a.i-3 && s.listedBeside(p.j, a.i) || p.i >= a.j && s.listedBeside(a.j, p.i) {
			return true
		}
	}
	return false
}

// listedBeside reports whether the words [i, j) between two phrases join
// them in one list: at most eight words, a conjunction or a comma among
// them, and no verb but a participle ("and the Secretariat, headed by"),
// no sentence-internal stop.
func (s *sentence) listedBeside(i, j int) bool {
	if j-i > 8 {
		return false
	}
	joined := false
	for k := i; k < j; k++ {
		switch w := s.norm(k); {
		case w == "and" || w == "or" || w == "well" || w == ",": // "as well as"
			joined = true
		case w == ";" || w == ":" || isVerbTag(s.tag(k)) && s.tag(k) != "VBN" || s.tag(k) == "TO":
			return false
		}
	}
	return joined
}

// councilAt reports whether the phrase [i, j) names a council, a
// committee or a bureau: its members sit for it and act as the body ("the
// members of the Security Council"), unlike the membership at large of an
// organisation.
func (s *sentence) councilAt(i, j int) bool {
	for k := i; k < j; k++ {
		switch s.norm(k) {
		case "council", "committee", "bureau", "commission", "board", "assembly":
			return true
		}
	}
	return false
}

// acknowledgedView reports whether c is the speaker's acknowledgment (015)
// of a "that" clause, with no one acknowledged to.
func (s *sentence) acknowledgedView(c *candidate) bool {
	if !strings.HasPrefix(c.code, "015") || !s.speakerSource(c) || !(c.noTarget || c.tgt.code == "" || c.tgt.code == "---") {
		return false
	}
	switch s.lemmaAt(c.verb[0]) {
	case "acknowledge", "recognize", "recognise", "accept", "admit", "concede":
	default:
		return false
	}
	k := c.verb[1]
	for n := 0; n < 3 && k < len(s.toks); n++ {
		switch w := s.norm(k); {
		case w == "that":
			return true
		case isAdvTag(s.tag(k)), w == ",":
			k++
			continue
		}
		return false
	}
	return false
}

// sharedInfinitive reports whether the "and" at k joins a verb to an
// infinitive just before it, whose "to" it shares: "calls on the
// international community to protect and support Indigenous peoples",
// "to reform, strengthen and revitalize" — the verb after it is not a
// clause of its own coordinated with the main verb.
func (s *sentence) sharedInfinitive(k int) bool {
	if s.norm(k) != "and" && s.norm(k) != "or" {
		return false
	}
	j := k - 1
	for n := 0; n < 4 && j > 0; n++ {
		if s.tag(j) != "VB" {
			return false
		}
		if s.norm(j-1) == "to" {
			return true
		}
		if s.norm(j-1) != "," {
			return false
		}
		j -= 2
	}
	return false
}

// setGoalNouns names the word set GOAL_NOUNS
// (dict/data/06-analysis-words.txt), whose words head the objects of support
// that are aims, not anyone's act: "we support a transformative development
// agenda", "we support climate neutrality as a goal", "supporting the private
// sector".
const setGoalNouns = "GOAL_NOUNS"

// supportedGoal reports whether c is the speaker's support (05) toward no
// one whose object is an aim: the head noun of the object, up to a
// preposition, a comma, a relative or a participle, is a goal noun.
func (s *sentence) supportedGoal(c *candidate) bool {
	if !strings.HasPrefix(c.code, "05") || !s.speakerSource(c) || !(c.noTarget || c.tgt.code == "" || c.tgt.code == "---") {
		return false
	}
	switch s.lemmaAt(c.verb[0]) {
	case "support", "endorse", "back", "favour", "favor", "uphold", "embrace", "espouse":
	default:
		return false
	}
	head := ""
	for k := c.verb[1]; k < len(s.toks) && k < c.verb[1]+8; k++ {
		t := s.tag(k)
		if strings.HasPrefix(t, "NN") {
			head = s.norm(k)
			if s.toks[k].Capitalized() {
				head = "" // a title: "Our Common Agenda", "the Agenda for Humanity"
			}
			continue
		}
		if t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ") || isAdvTag(t) || t == "CD" || t == "HYPH" || s.norm(k) == "-" {
			if head != "" && t != "HYPH" && s.norm(k) != "-" && !strings.HasPrefix(t, "JJ") {
				break
			}
			continue
		}
		break
	}
	return s.c.sets.lowered(setGoalNouns)[head]
}

// lookedForward reports whether the verb at k is the gerund after "look
// forward to" ("we look forward to welcoming Palestine as a full Member",
// "to working with the next Secretary-General", "to continuing to work
// with"): an act to come, the intention to do it (03x).
func (s *sentence) lookedForward(k int) bool {
	if !strings.HasSuffix(s.norm(k), "ing") {
		return false
	}
	if s.norm(k-1) == "to" && s.norm(k-2) == "continuing" {
		k -= 2
		if !strings.HasSuffix(s.norm(k), "ing") {
			return false
		}
	}
	if s.norm(k-1) == "further" || s.norm(k-1) == "also" {
		k--
	}
	return s.norm(k-1) == "to" && s.norm(k-2) == "forward" && s.lemmaAt(k-3) == "look"
}

// youBesideNamed reads the speaker's praise or congratulations addressed
// to "you", the Assembly's President, and to a named addressee after it:
// "my warm congratulations to you, Sir, and to your friendly country,
// Norway, on your election" — the President (IGOUNO, as youAddressee in
// ungd3set.go reads "you" alone) beside the named country. It returns that
// event unless the candidates already hold one toward the UN.
func (s *sentence) youBesideNamed(c *candidate, have []candidate) (candidate, bool) {
	if !strings.HasPrefix(c.code, "05") || c.noTarget || c.tgt.code == "" || c.tgt.code == "---" ||
		strings.HasPrefix(c.tgt.code, "IGO") || !s.speakerSource(c) || c.tgt.i <= c.verb[1] || c.tgt.i > c.verb[1]+16 {
		return candidate{}, false
	}
	you := -1
	for k := c.verb[1]; k < c.tgt.i; k++ {
		if s.norm(k) == "you" && s.tag(k) == "PRP" {
			you = k
			break
		}
	}
	if you < 0 || !s.wordWithin(you+1, c.tgt.i-you-1, "and") {
		return candidate{}, false
	}
	for _, h := range have {
		if h.src.code == c.src.code && strings.HasPrefix(h.tgt.code, "IGOUNO") && strings.HasPrefix(h.code, "05") {
			return candidate{}, false
		}
	}
	u := *c
	u.tgt, u.noTarget, u.unnamed = actor{code: venueActor.Code, i: you, j: you + 1, note: "\"you\", the Assembly's President (voiceacts.go)"}, false, false
	return u, true
}

// speakerStyles are the forms by which a speaking monarchy names itself,
// and the states that use them: "the Kingdom has hosted rounds of talks",
// "the Sultanate has always called for dialogue", "the Principality
// supports …" are the speaker's government, as "my country" is.
var speakerStyles = map[string]map[string]bool{
	"kingdom": setOf("SAU", "MAR", "BHR", "JOR", "SWZ", "LSO", "BTN", "THA", "KHM", "NLD", "BEL", "ESP",
		"NOR", "SWE", "DNK", "TON"),
	"sultanate":    setOf("OMN", "BRN"),
	"principality": setOf("MCO", "LIE", "AND"),
	"grand":        setOf("LUX"), // the Grand Duchy
	"emirate":      setOf("KWT"),
}

// speakerStyleAt matches "the Kingdom", "the Sultanate", "the
// Principality", "the Grand Duchy" at token i when the speaking state
// styles itself so and no name follows ("the Kingdom of Saudi Arabia" is a
// name, read as such).
func (s *sentence) speakerStyleAt(i int) *mention {
	if s.toks[i].Norm != "the" || i+1 >= len(s.toks) {
		return nil
	}
	w := s.toks[i+1].Norm
	states := speakerStyles[w]
	if states == nil || !states[s.doc.speaker] || !s.toks[i+1].Capitalized() {
		return nil
	}
	j := i + 2
	if w == "grand" {
		if s.norm(j) != "duchy" {
			return nil
		}
		j++
	}
	if s.norm(j) == "of" {
		return nil
	}
	return &mention{i: i, j: j, actor: s.c.speakerVoice.phrase(s.doc.speaker + "GOV"), speaker: true}
}

// preposedPhraseClosed reports whether "after", "before", "since" or
// "until" at k opens a phrase with no verb, closed by a comma before the
// predicate at v, which is then the main clause's: "Last spring, after
// nearly two decades of talks, we concluded a border treaty with
// Kazakhstan" (the adverb before the noun hid the time phrase from
// isTimePhraseAfter).
func (s *sentence) preposedPhraseClosed(k, v int) bool {
	switch s.norm(k) {
	case "after", "before", "since", "until":
	default:
		return false
	}
	for j := k + 1; j < v; j++ {
		if s.norm(j) == "," {
			if j == k+1 {
				return false
			}
			for i := j + 1; i < v; i++ {
				if s.finiteVerbAt(i) || s.norm(i) == "," {
					return false
				}
			}
			return true
		}
		if isVerbTag(s.tag(j)) || s.tag(j) == "MD" {
			return false
		}
	}
	return false
}
