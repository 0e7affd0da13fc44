package coder

import (
	"strings"

	"github.com/demarche-project/demarche/dict"
)

// Governments' own voice, mined from the whole General Debate corpus
// (issue 11): classes of constructions that cover hundreds of the
// corpus's sentences, not single items of a tune set.

// innerAdverbs are the adverbs a statement puts inside a multi-word verb
// of the dictionaries: "we are also grateful to", "we are very thankful",
// "I call once again on", "we call urgently upon". A closed list of
// degree, focus and sentence adverbs; none of them is a verb's particle.
var innerAdverbs = map[string]bool{
	"also": true, "very": true, "deeply": true, "truly": true, "most": true, "sincerely": true,
	"profoundly": true, "particularly": true, "especially": true, "extremely": true,
	"immensely": true, "greatly": true, "eternally": true, "forever": true, "equally": true,
	"likewise": true, "therefore": true, "indeed": true, "still": true, "again": true,
	"once": true, "always": true, "further": true, "firmly": true, "strongly": true,
	"urgently": true, "here": true, "now": true, "today": true, "thus": true, "hence": true,
	"genuinely": true, "heartily": true, "wholeheartedly": true, "immeasurably": true,
	"enormously": true, "tremendously": true, "ever": true, "so": true,
	"publicly": true, "solemnly": true, "earnestly": true, "respectfully": true,
	"humbly": true, "warmly": true, "highly": true, "everlastingly": true, "infinitely": true,
}

// restEnd matches the rest of a multi-word verb ("be grateful": grateful)
// from token k and returns the token after it. Up to two inner adverbs
// may stand before the rest's first word ("are also grateful", "call
// once again on") or an interposed venue ("called in a statement for");
// the rest itself is contiguous.
func (s *sentence) restEnd(f verbForm, k int) (int, bool) {
	if len(f.rest) == 0 {
		return k, true
	}
	skipped := 0
	for s.norm(k) != f.rest[0] && skipped < 2 && innerAdverbs[s.norm(k)] {
		k++
		skipped++
	}
	if s.norm(k) != f.rest[0] {
		// "called in a statement on Monday for …": the particle after an
		// interposed venue (interposed.go)
		if after := s.interposedPP(k); after > 0 && s.norm(after) == f.rest[0] {
			k = after
		}
	}
	for _, r := range f.rest {
		if s.norm(k) != r {
			return k, false
		}
		k++
	}
	if _, wd := weekdayNum[s.norm(k)]; wd && f.rest[len(f.rest)-1] == "on" && s.norm(k+1) == "that" {
		return k, false // "insisted on Monday that …": the day, not "insist on"
	}
	return k, true
}

// classVoiceAskGap is the verb class of an appeal whose addressee is a
// longer phrase before its "to V" (dict/data/73-ungd-voice-corpus.txt);
// its patterns end in "to".
const classVoiceAskGap = "voice_ask_gap"

// ungdVoiceTargets retargets the speaker's praise, thanks, appeals and
// sympathy that found no target, where the statement names the addressee
// in one of the General Debate's recurrent ways:
//
//   - a vocative or "you" in the object ("our congratulations to you,
//     Mr. President", "I extend to you, Sir, …"): the Assembly's
//     President, the UN's (the first UNGD set's convention);
//   - an act noun whose owner is named: "we support the efforts of the
//     Special Envoy of the Secretary-General", "the initiative of Qatar",
//     "the reforms that Secretary-General Guterres is undertaking" — "we
//     welcome X's act" is 051 toward X; a Secretary-General, an envoy or
//     a representative of the Secretary-General is the UN's;
//   - a fronted addressee: "To Secretary-General Guterres, I extend my
//     gratitude …", "To our partners, …".
//
// It also settles the speaker's concern (012): concern about a situation
// or about something no actor does is no event (the UNGD sets'
// convention: "concern about a situation, no actor"); concern about a
// named actor's own acts ("we are concerned by the attacks of X") is
// disapproval, 111.
func (s *sentence) ungdVoiceTargets(cands []candidate) []candidate {
	if s.doc.speaker == "" || len(cands) == 0 {
		return cands
	}
	keep := cands[:0]
	for n := range cands {
		c := &cands[n]
		if !s.speakerSource(c) || len(c.code) < 3 || c.p == nil {
			keep = append(keep, *c)
			continue
		}
		untargeted := c.noTarget || c.tgt.code == "" || c.tgt.code == "---"
		if c.ofClass(classVoiceAskGap) && c.patternEndsWith("to") && !c.performative && !s.infinitiveAfter(c) &&
			(c.p.lemma(s) == "encourage" || c.p.lemma(s) == "invite") {
			// "encourage the contribution of Japan to peace" names no one
			// asked to act
			s.noteDrop(StageDropped, "dropped: \""+s.norm(c.verb[0])+" … to\" with no infinitive asks no one to act (ungdvoice.go)")
			continue
		}
		if c.code[:3] == "012" {
			if !s.settleConcern(c, untargeted) {
				continue
			}
			keep = append(keep, *c)
			continue
		}
		if c.code[:2] == "05" && !strings.HasPrefix(c.tgt.code, "IGO") && !c.unnamed && (untargeted || len(c.tgt.code) > 3) && s.assemblyOffice(c) {
			// "I congratulate Mr. X, Minister for Foreign Affairs of Y, on
			// his election as President of the General Assembly": the
			// Assembly's President, the UN's, not his government (a country
			// congratulated beside him keeps its own event)
			c.noTarget = false
			c.tgt = actor{code: venueActor.Code, i: c.tgt.i, j: c.tgt.j, note: "the President of the General Assembly named by his office (ungdvoice.go)"}
			keep = append(keep, *c)
			continue
		}
		if untargeted && !c.unnamed && len(c.code) >= 2 && c.code[:2] >= "17" && c.code[:2] <= "20" {
			// "we are fighting poverty", "we have battled the elements",
			// "we declared a state of emergency and closed schools": force
			// and repression with no one named against whom are the
			// statements' rhetoric and home affairs, not events (some 200
			// events of the General Debate corpus, nearly all wrong)
			s.noteDrop(StageDropped, "dropped: the speaker's force or coercion against no one named (ungdvoice.go)")
			continue
		}
		if !untargeted || c.unnamed {
			keep = append(keep, *c)
			continue
		}
		switch c.code[:2] {
		case "05", "02", "01", "04":
		default:
			keep = append(keep, *c)
			continue
		}
		if c.code[:3] == "010" || c.code[:3] == "013" || c.code[:3] == "014" {
			keep = append(keep, *c)
			continue
		}
		if a, ok := s.voiceAddressee(c); ok {
			c.noTarget = false
			c.tgt = a
		}
		keep = append(keep, *c)
	}
	return keep
}

// actNouns are the nouns of an act, an office's work or a stance whose
// owner is the one a statement welcomes, supports or praises.
var actNouns = map[string]bool{
	"effort": true, "efforts": true, "work": true, "initiative": true, "initiatives": true,
	"leadership": true, "role": true, "proposal": true, "proposals": true, "decision": true,
	"commitment": true, "commitments": true, "contribution": true, "contributions": true,
	"support": true, "assistance": true, "help": true, "engagement": true, "endeavours": true,
	"endeavors": true, "mediation": true, "stewardship": true, "presidency": true,
	"agenda": true, "vision": true, "call": true, "appeal": true, "reforms": true, "reform": true,
	"report": true, "steps": true, "action": true, "actions": true, "good": true, "offices": true,
	"dedication": true, "determination": true, "solidarity": true, "generosity": true,
	"cooperation": true, "partnership": true, "election": true, "appointment": true,
	"re-election": true, "reappointment": true, "tireless": true, "able": true, "wise": true,
	"important": true, "personal": true, "continued": true, "commendable": true,
	"outstanding": true, "valuable": true, "excellent": true, "untiring": true,
	"strong": true, "steadfast": true, "unwavering": true, "generous": true, "laudable": true,
	"skilful": true, "skillful": true, "successful": true, "ongoing": true, "relentless": true,
	"invaluable": true, "sustained": true, "strategy": true,
	"plan": true, "programme": true, "program": true, "mission": true, "mandate": true,
	"hard": true, "remarkable": true, "great": true, "recent": true, "tremendous": true,
}

// voiceAddressee finds the addressee of an untargeted candidate of the
// speaker (see ungdVoiceTargets).
func (s *sentence) voiceAddressee(c *candidate) (actor, bool) {
	k := c.verb[1]
	hi := min(len(s.toks), k+24)
	if c.p.hi > k && c.p.hi < hi {
		hi = c.p.hi
	}
	// "… to you, Mr. President" / "extend to you, Sir"
	for n := k; n < hi; n++ {
		if s.norm(n) == "you" && s.vocativeAfter(n+1) {
			return actor{code: venueActor.Code, i: n, j: n + 1, note: "\"you\" with a vocative: the Assembly's President a statement addresses (ungdvoice.go)"}, true
		}
		if w := s.norm(n); w == ";" || w == ":" {
			break
		}
	}
	if strings.HasPrefix(c.code, "05") && s.officePronoun(k) && !s.otherActorBefore(c.verb[0]) {
		// "I assure him of our support", "we wish her every success",
		// "we offer her our gratitude": with no antecedent in the sentence
		// (coder/appeals.go looked), the officer the statement addresses
		// and speaks of, the Assembly's President or the Secretary-General
		// (the UNGD sets' gold reads them so)
		return actor{code: venueActor.Code, i: k, j: k + 1, note: "\"him\"/\"her\" with no antecedent: the Assembly's officer a statement speaks of (ungdvoice.go)"}, true
	}
	if s.norm(k) == "you" && (c.p.lemma(s) == "assure" || c.p.lemma(s) == "reassure") {
		// "allow me to assure you of our cooperation": the Assembly's
		// President a statement addresses
		return actor{code: venueActor.Code, i: k, j: k + 1, note: "\"you\" assured of support: the Assembly's President (ungdvoice.go)"}, true
	}
	// an act noun and its named owner, right after the verb (past the
	// "to"/"for" of thanks and gratitude)
	o := k
	for o < hi && (s.norm(o) == "to" || s.norm(o) == "for" || s.norm(o) == "with" || innerAdverbs[s.norm(o)]) {
		o++
	}
	if a, ok := s.actOwner(o, hi); ok && (!strings.HasPrefix(c.code, "02") || s.supportNounAt(o, a.i)) {
		// an appeal for "the reform of the Security Council" names what
		// is to be reformed, not the one appealed to; "for the continued
		// support of the United Nations" names who is asked
		return a, true
	}
	// a fronted addressee: "To the Secretary-General, I extend …"
	if s.norm(0) == "to" && c.src.i > 1 {
		for n := 1; n < c.src.i && n < 16; n++ {
			if s.norm(n) == "," {
				if a, ok := s.officeOrActor(1, n); ok {
					a.note = "the fronted addressee \"To X,\" (ungdvoice.go)"
					return a, true
				}
				break
			}
		}
	}
	return actor{}, false
}

// vocativeAfter reports whether a vocative of the Assembly's President
// follows at k: ", Mr. President", ", Madam President", ", Sir".
func (s *sentence) vocativeAfter(k int) bool {
	if s.norm(k) == "," {
		k++
	}
	switch s.norm(k) {
	case "sir":
		return true
	case "mr.", "mr", "madam", "madame", "mrs.", "ms.":
		return s.norm(k+1) == "president"
	}
	return false
}

// actOwner reads an object noun phrase at o headed by an act noun and
// returns its named owner: "the efforts of X", "X's initiative", "the
// reforms that X is undertaking", "the support and partnership of X".
func (s *sentence) actOwner(o, hi int) (actor, bool) {
	if o >= hi {
		return actor{}, false
	}
	n := o
	if w := s.norm(n); w == "the" || w == "this" || w == "these" || w == "that" || w == "those" {
		n++
	}
	// the owner before the noun: "X's initiative" is already read by the
	// patterns; here the noun comes first
	sawAct := false
	for ; n < len(s.toks) && n < o+8; n++ {
		w := s.norm(n)
		if actNouns[w] || s.c.sets.lowered(setPlaceEvents)[w] {
			sawAct = true
			continue
		}
		if w == "and" || w == "," || isAdjTag(s.tag(n)) || isAdvTag(s.tag(n)) {
			continue
		}
		break
	}
	if !sawAct || n >= len(s.toks) || n > hi {
		return actor{}, false
	}
	switch s.norm(n) {
	case "in", "that":
		if s.norm(n) == "that" && !s.passiveRelative(n+1) {
			break
		}
		// "the agreements (that have been) reached in the Sudan", "the
		// elections in Afghanistan": a political event in a named state
		if x, ok := s.eventPlace(o, n, hi); ok {
			return x, true
		}
	}
	switch s.norm(n) {
	case "of", "by":
		e := min(s.chainRight(n+1, hi), hi)
		if e <= n+1 {
			return actor{}, false
		}
		if a, ok := s.officeOrActor(n+1, e); ok {
			a.note = "the owner of the act the speaker praises or supports (ungdvoice.go)"
			return a, true
		}
	case "that", "which":
		// "the reforms that Secretary-General Guterres is undertaking" (the
		// relative clause is past the clause's end)
		hi = min(len(s.toks), n+12)
		e := min(s.npEndRight(n+1), hi)
		if e <= n+1 || e >= len(s.toks) {
			return actor{}, false
		}
		x := e
		for x < hi && (isAdvTag(s.tag(x)) || s.tag(x) == "MD") {
			x++
		}
		if !isVerbTag(s.tag(x)) {
			return actor{}, false
		}
		if a, ok := s.officeOrActor(n+1, e); ok {
			a.note = "the subject of the relative clause after the act the speaker praises (ungdvoice.go)"
			return a, true
		}
	}
	return actor{}, false
}

// officeOrActor returns the first actor named in [a, b): a named actor
// other than the speaker, or the Secretary-General (and his envoys and
// representatives), the UN's.
func (s *sentence) officeOrActor(a, b int) (actor, bool) {
	for k := a; k < b; k++ {
		m := s.mentionAt(k)
		if m == nil || m.speaker {
			continue
		}
		if m.sector != nil && m.sector.Title == "secretary-general" {
			if s.norm(m.j) == "of" && !s.unitedNationsAt(m.j+1) {
				return actor{}, false // "the Secretary-General of NATO"
			}
			return actor{code: venueActor.Code, i: m.i, j: m.j, note: "the Secretary-General, the UN's"}, true
		}
	}
	for _, x := range s.actorsIn(a, b, true) {
		if x.code == "" || x.code == "---" || strings.HasPrefix(x.code, "~") || strings.HasPrefix(x.code, s.doc.speaker) || x.weak {
			continue
		}
		return x, true
	}
	return actor{}, false
}

// unitedNationsAt reports whether "the United Nations" starts at k.
func (s *sentence) unitedNationsAt(k int) bool {
	if s.norm(k) == "the" {
		k++
	}
	return s.norm(k) == "united" && s.norm(k+1) == "nations"
}

// concernSituations are the nouns of a state of affairs: concern about
// them is about no actor's act.
var concernSituations = map[string]bool{
	"situation": true, "situations": true, "developments": true, "events": true, "crisis": true,
	"crises": true, "conflict": true, "conflicts": true, "lack": true, "prospects": true,
	"fragility": true, "instability": true, "deterioration": true, "tensions": true,
	"violence": true, "war": true, "escalation": true, "fate": true, "plight": true,
	"state": true, "stalemate": true, "impasse": true, "spread": true, "outbreak": true,
	"rise": true, "growth": true, "increase": true, "humanitarian": true, "security": true,
	"progress": true, "pace": true,
}

// settleConcern decides a speaker's concern (012); it reports whether the
// candidate stays (recoded 111 when an actor's act is its object).
func (s *sentence) settleConcern(c *candidate, untargeted bool) bool {
	if untargeted {
		s.noteDrop(StageDropped, "dropped: the speaker's concern about no named actor is no event (ungdvoice.go)")
		return false
	}
	// the words between the verb and the target
	for k := c.verb[1]; k < c.tgt.i && k < len(s.toks); k++ {
		w := s.norm(k)
		if t := s.tag(k); t == "VBZ" || t == "VBP" || t == "VBD" || t == "MD" || w == ";" || w == ":" ||
			w == "and" && (isVerbTag(s.tag(k+1)) || s.norm(k+2) == "that" || s.norm(k+1) == "we" || s.norm(k+1) == "i") {
			// "we remain concerned on the slow talks, and hope that the
			// Assembly will …": the target belongs to another clause
			s.noteDrop(StageDropped, "dropped: the speaker's concern names no actor in its own complement (ungdvoice.go)")
			return false
		}
		if concernSituations[w] || w == "in" || w == "within" || w == "between" || w == "among" {
			s.noteDrop(StageDropped, "dropped: the speaker's concern about a situation is no event (ungdvoice.go)")
			return false
		}
	}
	if s.modifierActor(c.tgt) {
		s.noteDrop(StageDropped, "dropped: the actor only modifies what the speaker is concerned about (ungdvoice.go)")
		return false
	}
	c.code = "111"
	c.rule += " (concern about a named actor's acts: disapproval, ungdvoice.go)"
	return true
}

// modifierActor reports whether the actor t only names the source of
// what the speaker is concerned about ("UN reports that …", "World Bank
// figures"); an adjective ("the Israeli occupation") or a possessive
// ("Iran's missile programme") names the author of an act.
func (s *sentence) modifierActor(t actor) bool {
	m := s.mentionAt(t.i)
	if m == nil || m.j >= len(s.toks) {
		return false
	}
	if m.actor != nil && m.actor.Kind == dict.KindAdjective {
		return false // "the Israeli occupation": the adjective names the author
	}
	switch s.norm(m.j) {
	case "reports", "report", "data", "figures", "findings", "statistics", "estimates":
		return true // "UN reports that …": a source, tagged a verb at times
	}
	return false
}

// supportNounAt reports whether a noun of help stands in [a, b): "the
// continued support of", "the assistance of", "the involvement of".
func (s *sentence) supportNounAt(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.norm(k) {
		case "support", "assistance", "help", "cooperation", "engagement", "involvement", "solidarity", "contribution", "contributions":
			return true
		}
	}
	return false
}

// splitPair reports whether the split adverb at k is the second of a pair
// after "to" or a modal: "to once again thank", "will now again call on".
func (s *sentence) splitPair(k int) bool {
	return k >= 2 && s.c.sets.splitAdverbs[s.norm(k-1)] && (s.norm(k-2) == "to" || s.tag(k-2) == "MD")
}

// setPresidingWords names the word set PRESIDING_WORDS
// (dict/data/06-analysis-words.txt), whose words name the presidency of an
// assembly.
const setPresidingWords = "PRESIDING_WORDS"

// assemblyOffice reports whether the clause after c's verb congratulates
// or thanks someone for presiding over the General Assembly: "on his
// election as President of the General Assembly", "to the presidency of
// this Assembly", "for presiding over the Assembly at its seventieth
// session". A national assembly ("President of the National Assembly")
// is not the UN's.
func (s *sentence) assemblyOffice(c *candidate) bool {
	if c.tgt.i < c.verb[0] && !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" {
		return false // a target before the verb is not the one addressed after it
	}
	for k := c.verb[1]; k < len(s.toks) && k < c.verb[1]+40; k++ {
		w := s.norm(k)
		if w == ";" || w == ":" {
			return false
		}
		if w == "and" && k > c.verb[1] && isVerbTag(s.tag(k+1)) && s.tag(k+1) != "VBG" {
			return false // "…, and thank Japan": another act
		}
		if w != "assembly" || !s.toks[k].Capitalized() {
			continue
		}
		switch s.norm(k - 1) {
		case "national", "people's", "parliamentary", "legislative", "constituent", "world", "health":
			return false
		}
		for j := k - 1; j >= c.verb[1] && j >= k-6; j-- {
			if s.c.sets.lowered(setPresidingWords)[s.norm(j)] {
				return true
			}
		}
		return false
	}
	return false
}

// officePronoun reports whether a personal pronoun "him" or "her" is the
// object at k ("assure him", "to her", "wish him"), not a possessive
// ("her election" is read by coder/appeals.go).
func (s *sentence) officePronoun(k int) bool {
	if s.norm(k) == "to" {
		k++
	}
	w := s.norm(k)
	if w != "him" && w != "her" {
		return false
	}
	if w == "her" && k+1 < len(s.toks) && isNounTag(s.tag(k+1)) && s.norm(k+1) != "success" && s.norm(k+1) != "well" {
		return false // "her country", "her efforts": a possessive
	}
	return true
}

// otherActorBefore reports whether an actor other than the speaker is
// named before token v: "him" may then be one of theirs ("… between Chile
// and Bolivia, and I commend him").
func (s *sentence) otherActorBefore(v int) bool {
	for k := 0; k < v; k++ {
		if m := s.mentionAt(k); m != nil && !m.speaker && (m.actor != nil || m.person != nil) {
			return true
		}
	}
	return false
}

// infinitiveAfter reports whether the first "to" after the target (or the
// verb) of c opens an infinitive: "… to continue", "… to also reflect".
func (s *sentence) infinitiveAfter(c *candidate) bool {
	k := c.verb[1]
	if !c.noTarget && c.tgt.j > k {
		k = c.tgt.j
	}
	for start := k; k < len(s.toks) && k < start+40; k++ {
		if s.norm(k) != "to" {
			continue
		}
		n := k + 1
		for n < len(s.toks) && n < k+4 && (isAdvTag(s.tag(n)) || !wordToken(s.norm(n))) {
			n++ // "to **resume", "to also reflect"
		}
		return s.tag(n) == "VB"
	}
	return false
}

// wordToken reports whether a token holds a letter or a digit (not "**",
// quotes or dashes).
func wordToken(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// setPlaceEvents names the word set PLACE_EVENTS
// (dict/data/06-analysis-words.txt), whose words are political events a
// speaker welcomes or supports where they happen: the state named after "in"
// is their target.
const setPlaceEvents = "PLACE_EVENTS"

// passiveRelative reports whether a passive relative clause starts at k:
// "(that) have been reached", "was signed".
func (s *sentence) passiveRelative(k int) bool {
	for n := k; n < len(s.toks) && n < k+3; n++ {
		if s.tag(n) == "VBN" && n > k {
			return true
		}
		if !beForms[s.norm(n)] && !haveForms[s.norm(n)] {
			return false
		}
	}
	return false
}

// eventPlace reads "N … in X" after an object [o, n) headed by a political
// event (placeEvents) and returns the state X.
func (s *sentence) eventPlace(o, n, hi int) (actor, bool) {
	ev := false
	for k := o; k < n; k++ {
		if s.c.sets.lowered(setPlaceEvents)[s.norm(k)] {
			ev = true
		}
	}
	if !ev {
		return actor{}, false
	}
	in := -1
	for k := n; k < len(s.toks) && k < n+6; k++ {
		if s.norm(k) == "in" {
			in = k
			break
		}
		if w := s.norm(k); w == "," || w == ";" || w == "and" {
			return actor{}, false
		}
	}
	if in < 0 {
		return actor{}, false
	}
	k := in + 1
	for k < len(s.toks) && k < in+4 && s.mentionAt(k) == nil && (s.norm(k) == "the" || isAdjTag(s.tag(k)) || strings.HasSuffix(s.norm(k), "ly")) {
		k++ // "in the sisterly Republic of …"
	}
	m := s.mentionAt(k)
	if m == nil || m.actor == nil || m.speaker || m.actor.Kind != dict.KindName || strings.HasPrefix(m.actor.Code, s.doc.speaker) {
		return actor{}, false
	}
	return actor{code: m.actor.Code, i: m.i, j: m.j, note: "the state where the welcomed event took place (ungdvoice.go)"}, true
}
