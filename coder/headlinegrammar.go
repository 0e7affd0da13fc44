// Headline grammar: a verb in -s after its subject as the present tense,
// the home government's offices opening a headline bare, talks named by
// their sides, departures from a capital, claims before a colon speaker,
// credentials, censured objects and receptions. Each construction was
// counted over the whole headline corpus first (found on the kcna-heads
// sample of coder/testdata).

package coder

import (
	"strings"
	"sync"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

// setHeadlinePlurals names the knowledge's set of plural nouns that KCNA
// headlines use in title case and that are also verbs of the dictionaries
// ("War Moves", "Joint Exercises", "Congratulatory Messages"): never the
// present tense of a headline.
const setHeadlinePlurals = "HEADLINE_PLURALS"

// headlinePresentTags reads the present tense of a verbless headline: the tagger,
// given the headline's words in lower case, takes a verb in -s after the
// subject for a plural noun ("DPRK Minister of Public Health Leaves/NNS
// for Nepal", "National Meeting Marks/NNS Day of KPA", "Syrian PM
// Supports/NNS Revolutionary Cause …"), so the headline kept no verb. The
// first word in -s after a noun that is a verb of the
// dictionaries, is no actor's name and is not one of the headline plurals
// is the finite verb.
func (s *sentence) headlinePresentTags() {
	if !s.headline {
		return
	}
	for _, t := range s.toks {
		if s.finiteTag(t.Tag) && !s.loweredName(t) {
			return
		}
	}
	plurals := s.c.sets.lowered(setHeadlinePlurals)
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "NNS" || !presentS(t.Norm) || s.mentionAt(k) != nil {
			continue
		}
		if p := s.toks[k-1].Tag; p != "NN" && p != "NNP" && p != "NNS" && p != "NNPS" {
			continue
		}
		if prev := s.toks[k-1]; !prev.Capitalized() && s.c.lx.singleWordVerb(prev.Norm) {
			continue // "DPRK and UNICEF sign/NN plans for …": the verb is before
		}
		next := &s.toks[k+1]
		if n := next.Tag; n == "VBN" || n == "VBD" || n == ":" || n == "," || n == "CC" || n == "POS" {
			continue // "Joint Exercises Staged", "Talks, Meetings …"
		}
		if plurals[t.Norm] || !s.c.lx.singleWordVerb(t.Norm) {
			continue
		}
		t.Tag = "VBZ"
		if s.finiteTag(next.Tag) || next.Tag == "VB" {
			next.Tag = "NNP" // "Visits/NNS Mangyongdae/VBP", "Sends/NNS Wreath/VBP"
		}
		return
	}
}

// loweredName reports whether a token the tagger read as a finite verb is a
// capitalised word that is no verb of the dictionaries: given in lower case
// to the tagger, an unknown name or noun of a title-case headline
// ("Mangyongdae", "Wreath") can come out as a present tense.
func (s *sentence) loweredName(t nlp.Token) bool {
	return (t.Tag == "VBP" || t.Tag == "VB") && t.Capitalized() && !s.c.lx.singleWordVerb(t.Norm) && s.c.lx.forms[t.Norm] == nil
}

// setHomeOffices names the knowledge's set of offices that a headline of a
// publication with a home country names bare, at its start, for its own
// country's holder: KCNA's "FM Meets Bulgarian Ambassador", "Foreign
// Ministry Spokesman on …", "Vice-Premier Meets President of AIPH".
const setHomeOffices = "HOME_OFFICES"

// homeOffices caches the actor phrase of each home country's government.
var homeOffices sync.Map // code → *dict.ActorPhrase

// homeOfficeAt reads an office of HOME_OFFICES that opens a headline of a
// publication with a home country as that country's government (GOV),
// unless the office is followed by its holder's name or its own
// complement ("Premier Pak Pong Ju …", "Foreign Minister of Guatemala",
// "Premier Soccer League"): then the rest of the phrase names who it is.
func (s *sentence) homeOfficeAt(i int) *mention {
	if i != 0 || !s.headline || s.doc.home == "" || len(s.toks) < 3 {
		return nil
	}
	n := s.setPhraseAt(0, len(s.toks), setHomeOffices)
	if n == 0 || n+1 >= len(s.toks) {
		return nil
	}
	next := s.toks[n]
	switch next.Norm {
	case "of", "for", "to", "'s", "'", "-", "and", ",", "in", "at":
		return nil
	}
	if next.Capitalized() && next.IsWord() && !s.c.lx.singleWordVerb(next.Norm) && s.c.lx.forms[next.Norm] == nil && next.Norm != "on" {
		return nil
	}
	code := s.doc.home + "GOV"
	a, ok := homeOffices.Load(code)
	if !ok {
		a, _ = homeOffices.LoadOrStore(code, &dict.ActorPhrase{Kind: dict.KindOrg, Code: code, Pos: dict.Pos{File: "coder: an office of HOME_OFFICES opening a headline, the publication's country's"}})
	}
	return &mention{i: 0, j: n, actor: a.(*dict.ActorPhrase)}
}

// headlineReadings adds the events that a headline's own grammar states and
// the clause analysis does not read.
func (s *sentence) headlineReadings(cands []candidate) []candidate {
	if !s.headline || len(s.toks) < 4 {
		return cands
	}
	return s.censuredObjects(s.colonClaims(s.leavesCapital(s.headlineTalks(cands))))
}

// colonClaims reads a headline whose speaker is named after its colon and
// whose claim is an obligation, a possibility, a future or a negation ("U.S.
// Must Apologize to Iran …: Pakistani Lawmaker", "Japan Should Not
// Interrupt …: KCNA", "Provokers Will Face Defeat: Rodong Sinmun"): the
// claim's act is not asserted, so it is not coded; the speaker's statement
// is (colonSpeaker, headline.go). A claim about the speaker's own country
// is its stated intention or threat, and stays.
func (s *sentence) colonClaims(cands []candidate) []candidate {
	c := s.lastColon()
	if c < 0 {
		return cands
	}
	said := s.colonSpeaker()
	if len(said) == 0 {
		return cands // no speaker named after the colon: the claim stays as read
	}
	speakers := map[string]bool{}
	for _, cd := range said {
		speakers[demarche.Country(cd.src.code)] = true
	}
	keep := cands[:0:0]
	dropped := false
	for _, cd := range cands {
		if cd.verb[1] <= c && cd.p != nil && !cd.p.noun && (cd.p.g.hypo != "" || cd.p.g.future || cd.p.g.neg) && !speakers[demarche.Country(cd.src.code)] {
			dropped = true // (the speaker's own country's intention or threat is its own: "DPRK Will …: Rodong Sinmun")
			continue
		}
		keep = append(keep, cd)
	}
	if !dropped {
		return cands
	}
	for _, cd := range keep {
		if cd.verb[0] >= c {
			return keep // the speaker's own event is read already
		}
	}
	return append(keep, said...)
}

// leavesCapital reads a headline's departure from a named capital or
// country with no destination ("Kim Yong Nam Leaves Dakar", "Great King
// of Cambodia Leaves Pyongyang"): the end of a visit there, as "left here"
// is (042, visitor → the place's country). A visitor of the place's own
// country, or a departure "for" somewhere, is no visit.
func (s *sentence) leavesCapital(cands []candidate) []candidate {
	for k := 1; k+1 < len(s.toks); k++ {
		if w := s.norm(k); w != "leaves" && w != "leave" || !strings.HasPrefix(s.toks[k].Tag, "VB") {
			continue
		}
		m := s.mentionAt(k + 1)
		if m == nil || m.i != k+1 || m.actor == nil || m.actor.Kind != dict.KindCapital && m.actor.Kind != dict.KindName || m.j != len(s.toks) {
			return cands // "… Leaves Pyongyang for Jeju Island", "… Leaves Hyesan for …"
		}
		place := demarche.Country(m.actor.Code)
		if len(place) != 3 || place == "IGO" {
			return cands
		}
		var src *actor
		for _, a := range s.actorsIn(0, k, false) {
			if !a.weak && !strings.HasPrefix(a.code, sectorOnly) && len(demarche.Country(a.code)) == 3 {
				src = &a
				break
			}
		}
		if src == nil || demarche.Country(src.code) == place || s.hasRoot(cands, "04", demarche.Country(src.code), place) {
			return cands
		}
		p := &pred{v: k, vend: k + 1, hi: len(s.toks), g: verbGroup{start: k, govIdx: -1}}
		tgt := actor{code: place, i: m.i, j: m.j, note: "the place left"}
		return append(cands, candidate{p: p, code: "042", rule: "coder: headline \"<visitor> Leaves <capital>\" (headlinegrammar.go)", src: *src, tgt: tgt, verb: [2]int{k, k + 1}})
	}
	return cands
}

// headlineTalks reads a nominal headline of talks: "Talks between
// Delegations of WPK and PDPN", "Talks between DPRK, Cuban Military
// Delegations Held", "Friendly Meeting between Korean, Mongolian Women",
// "DPRK-Mongolia Parliamentary Talks": the sides named after "between"
// (joined by "and" or by the headline's comma), or joined by a hyphen
// before the noun, met, each way (040). Only when no verb comes before the
// talks noun, and for pairs of two countries not coded with a root 04
// already.
func (s *sentence) headlineTalks(cands []candidate) []candidate {
	t, n := -1, 0 // the talks noun and its length
	for k := 0; k < len(s.toks) && k < 8; k++ {
		if n = s.setPhraseAt(k, len(s.toks), "TALKS"); n > 0 {
			t = k
			break
		}
		if tag := s.tag(k); strings.HasPrefix(tag, "VB") && s.mentionAt(k) == nil {
			return cands
		}
	}
	if t < 0 {
		return cands
	}
	var lo, hi int
	modifiers := false // the sides may be modifiers of the noun ("DPRK-Mongolia Talks")
	switch {
	case s.norm(t+n) == "between":
		// "Talks between X, Y Held", "Friendly Meeting between X and Y"
		for k := 0; k < t; k++ {
			if !isAdjTag(s.tag(k)) || s.mentionAt(k) != nil {
				return cands
			}
		}
		lo, hi = t+n+1, len(s.toks)
		for k := lo; k < len(s.toks); k++ {
			if tag := s.toks[k].Tag; tag == "VBN" || tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "TO" || tag == ":" || s.norm(k) == "on" {
				hi = k // "… Held", "… Close", "…: KCNA", "… on Cooperation"
				break
			}
		}
		if s.talksNotHeld(hi) {
			return cands // "Direct Talks between DPRK and U.S. Urged", "… to Be Held"
		}
	case t > 0 && s.hyphenPair(t):
		modifiers = true // "DPRK-Mongolia Parliamentary Talks", "Korea-Russia Second Meeting"
		if s.talksNotHeld(t + n) {
			return cands // "DPRK-Japan Summit Talks Hailed", "DPRK-Japan Talks to Be Held"
		}
	default:
		return cands
	}
	var spans [][2]int
	if modifiers {
		m := s.mentionAt(0)
		m2 := s.mentionAt(m.j + 1)
		spans = [][2]int{{m.i, m.j}, {m2.i, m2.j}} // one phrase: read each name alone
	} else {
		spans = [][2]int{{lo, hi}}
	}
	var sides []actor
	for _, sp := range spans {
		for _, a := range s.actorsIn(sp[0], sp[1], false) {
			if a.weak && !modifiers || strings.HasPrefix(a.code, sectorOnly) || len(demarche.Country(a.code)) != 3 {
				continue
			}
			a.weak = false
			sides = append(sides, a)
		}
	}
	p := &pred{v: t, vend: t + n, noun: true, hi: len(s.toks), g: verbGroup{start: t, govIdx: -1}}
	for _, a := range sides {
		for _, b := range sides {
			ca, cb := demarche.Country(a.code), demarche.Country(b.code)
			if ca == cb || s.hasRoot(cands, "04", ca, cb) {
				continue
			}
			cands = append(cands, candidate{p: p, code: "040", rule: "coder: headline \"Talks between X and Y\", \"X-Y Talks\" (headlinegrammar.go)", src: a, tgt: b, verb: [2]int{t, t + n}})
		}
	}
	return cands
}

// setTalksHappen names the word set TALKS_HAPPEN
// (dict/data/06-analysis-words.txt), whose words are the verbs after a
// headline's talks that tell they took place.
const setTalksHappen = "TALKS_HAPPEN"

// talksNotHeld reports whether the words from k on make the talks the
// object or the plan of something else: "to" (a future) or a verb of the
// dictionaries that is none of talksHappen ("Urged", "Hailed", "Rejected").
func (s *sentence) talksNotHeld(k int) bool {
	for ; k < len(s.toks); k++ {
		w := s.norm(k)
		if w == "to" || w == "will" || isVerbTag(s.tag(k)) && !s.c.sets.lowered(setTalksHappen)[w] && s.c.lx.singleWordVerb(w) {
			return true
		}
	}
	return false
}

// talksNoun reports whether one of a headline's first words is a TALKS
// noun, so that headlineTalks may read it although no verb of the
// dictionaries is there.
func (s *sentence) talksNoun() bool {
	for k := 0; k < len(s.toks) && k < 8; k++ {
		if s.c.sets.lowered("TALKS")[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// hyphenPair reports whether the headline opens with two actors joined by
// a hyphen ("DPRK-U.S.", "Korea-Russia") followed only by adjectives and
// nouns up to token t.
func (s *sentence) hyphenPair(t int) bool {
	m := s.mentionAt(0)
	if m == nil || m.j >= t || s.norm(m.j) != "-" {
		return false
	}
	m2 := s.mentionAt(m.j + 1)
	if m2 == nil || m2.i != m.j+1 || m2.j > t {
		return false
	}
	for k := m2.j; k < t; k++ {
		if tag := s.tag(k); !isAdjTag(tag) && !strings.HasPrefix(tag, "NN") && tag != "CD" {
			return false
		}
	}
	return true
}

// hasRoot reports whether cands hold an event of the root from country a
// to country b.
func (s *sentence) hasRoot(cands []candidate, root, a, b string) bool {
	for _, c := range cands {
		if cameo.Root(c.code) == root && demarche.Country(c.src.code) == a && demarche.Country(c.tgt.code) == b {
			return true
		}
	}
	return false
}

// receptionOccasion gives a reception, banquet or dinner whose target is
// not a guest named before its occasion the root of that occasion: one given "to mark", "to celebrate" or
// "on" an anniversary, a national day or a birthday is a tribute (051, as
// the dev set's "Reception Given by Russian Ambassador to Mark Feb. 16");
// one with neither guest nor occasion stays the host's 043 toward nobody
// ("Thai FM Hosts Reception", the project's sets). It runs as candidates
// settle (settle.go), before a 043 within one country is dropped: "the
// Cuban embassy hosted a reception on the anniversary of the armed forces
// of Cuba" is Cuba's 051 toward its own forces.
func (s *sentence) receptionOccasion(c *candidate) {
	if c.code != "043" || !s.receptionAt(c) {
		return
	}
	// a guest of another country named before any occasion stays a guest
	guest := !c.noTarget && c.tgt.code != "" && c.tgt.code != demarche.NoActor && demarche.Country(c.tgt.code) != demarche.Country(c.src.code)
	if guest && (s.norm(c.tgt.i-1) == "to" || s.norm(c.tgt.i-1) == "the" && s.norm(c.tgt.i-2) == "to") {
		guest = false // "Cuban ambassador to the DPRK": the host's post, not a guest
	}
	for k := max(c.verb[1], c.p.vend); k < len(s.toks) && k < c.verb[1]+20; k++ {
		if guest && k >= c.tgt.i {
			return // "a banquet in welcome of Kim Jong Il"
		}
		if s.c.sets.lowered(setReceptionOccasion)[s.norm(k)] {
			c.code = "051" // "on the occasion of the birthday of Kim Jong Il": the honoree
			return
		}
		if t := s.tag(k); (t == "VBD" || t == "VBZ" || t == "VBP") && k > c.verb[1]+1 {
			return
		}
	}
}

// receptionAt reports whether a candidate's event word, or a noun next to
// its verb, is a reception.
func (s *sentence) receptionAt(c *candidate) bool {
	for k := max(0, c.p.v-3); k < len(s.toks) && k <= c.p.vend+3; k++ { // "Reception Given by …", "gave a reception"
		switch s.norm(k) {
		case "reception", "receptions", "banquet", "banquets", "dinner", "luncheon":
			return true
		}
	}
	return false
}

// setReceptionOccasion names the word set RECEPTION_OCCASION
// (dict/data/06-analysis-words.txt), whose words are the words that name a
// reception's occasion.
const setReceptionOccasion = "RECEPTION_OCCASION"

// setCensureParticiples names the knowledge's set of participles with
// which a headline censures, demands or calls for what it names first,
// usually with no agent: "U.S. Sanctions against DPRK under Fire",
// "Bush's Visit to South Korea Assailed", "Normalization of Relations
// between Japan and DPRK Called for".
const setCensureParticiples = "HEADLINE_CENSURE_PARTICIPLES"

// censuredObjects drops what a headline names as the object of its final
// censure, demand or call ("U.S. Sanctions and Blockade against DPRK
// Opposed" is no sanction, "Bush's Projected Trip to S. Korea Protested" no
// visit): the object of a denunciation is not an event of its own (the
// guide). The censure itself stays when the headline names its agent ("…
// Flayed by Nepali Organizations").
func (s *sentence) censuredObjects(cands []candidate) []candidate {
	if len(cands) == 0 {
		return cands
	}
	k := s.finalCensure()
	if k < 0 {
		return cands
	}
	keep := cands[:0:0]
	for _, c := range cands {
		if c.verb[1] <= k {
			s.note("the object of a headline's censure is not an event of its own: " + c.rule)
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// finalCensure returns the first token of a headline's last participle of
// HEADLINE_CENSURE_PARTICIPLES ("Assailed", "Called for") or of "under
// fire", when it ends the headline or only where or by whom follows ("…
// Denounced in S. Korea", "… Flayed by Nepali Organizations"), or -1.
func (s *sentence) finalCensure() int {
	set := s.c.sets.lowered(setCensureParticiples)
	n := len(s.toks)
	for n > 0 && (s.norm(n-1) == "." || s.norm(n-1) == "!") {
		n--
	}
	for k := n - 1; k > 1; k-- {
		start, end := -1, k+1
		switch w := s.norm(k); {
		case w == "fire" && s.norm(k-1) == "under":
			start = k - 1
		case w == "for" && set[s.norm(k-1)+" for"]:
			start = k - 1
		case set[w] && (s.tag(k) == "VBN" || s.tag(k) == "VBD"):
			start = k
		}
		if start < 0 {
			continue
		}
		if end < n && !censureTails[s.norm(end)] {
			return -1 // "… Condemned as Crime", "… Urged to Drop …": more than a tail
		}
		return start
	}
	return -1
}

// censureTails open what may follow a headline's closing censure: where,
// by whom, again.
var censureTails = setOf("in", "by", "abroad", "at", "again", "internationally", "worldwide", ",")
