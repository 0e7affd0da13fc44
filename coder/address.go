// The frame of a spoken statement: the forms of address that open many
// General Debate sentences ("Mr. President, Excellencies, Ladies and
// Gentlemen, allow me to …") name the people the speaker addresses, never
// the sentence's actors (without this, "Mr. President of the General
// Assembly" became the subject of the speaker's own congratulations,
// IGOUNO → IGOUNO); "you" the addressee, acts a requirement asks, objects
// shared by coordinated verbs, joint acts, and no dyad of an actor with
// itself. Found on the ungd3 sample of coder/testdata.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// The knowledge's word sets of forms of address (dict/data/66-ungd3.txt).
const (
	// setVocativeOpeners: the phrases a run of address may begin with
	// ("mr. president", "excellencies", "ladies and gentlemen").
	setVocativeOpeners = "VOCATIVE_OPENERS"
	// setVocativeHeads: the words a later form of address in the run may
	// begin with ("Mr.", "Your", "Heads", "Secretary-General").
	setVocativeHeads = "VOCATIVE_HEADS"
	// setVocativeWords: the uncapitalised words a form of address may hold
	// ("of", "the", "session", "delegates").
	setVocativeWords = "VOCATIVE_WORDS"
)

// maxVocative bounds one form of address, in tokens.
const maxVocative = 16

// vocativeEnd returns the index of the first token after the forms of
// address that open a sentence of a statement with a speaker, or 0 when it
// opens with none. A run is one or more forms separated by commas or a
// colon; the first begins with an opener phrase, each next one with a head
// word; every word of a form is capitalised, a number or ordinal, or one of
// the set's uncapitalised words; something must follow the run.
func (s *sentence) vocativeEnd() int {
	if s.doc.speaker == "" || len(s.toks) < 3 {
		return 0
	}
	openers := s.c.sets.lowered(setVocativeOpeners)
	if len(openers) == 0 {
		return 0
	}
	heads, words := s.c.sets.lowered(setVocativeHeads), s.c.sets.lowered(setVocativeWords)
	opens := false
	for n := 4; n >= 1 && !opens; n-- {
		if n <= len(s.toks) && openers[s.joinNorm(0, n)] {
			opens = true
		}
	}
	if !opens {
		return 0
	}
	end := 0
	for k := 0; k < len(s.toks); {
		if k > 0 && !heads[s.toks[k].Norm] {
			break
		}
		sep := -1
		for j := k; j < len(s.toks) && j < k+maxVocative; j++ {
			w := s.toks[j].Norm
			if w == "," || w == ":" {
				sep = j
				break
			}
			if !s.toks[j].Capitalized() && !words[w] && !ordinalWord(w) {
				break
			}
		}
		if sep < 0 {
			break
		}
		end, k = sep+1, sep+1
	}
	if end >= len(s.toks) {
		return 0
	}
	return end
}

// joinNorm joins the normalised tokens [i, j) with single spaces.
func (s *sentence) joinNorm(i, j int) string {
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, s.toks[k].Norm)
	}
	return strings.Join(parts, " ")
}

// ordinalWord reports whether w is a number or an ordinal written in
// figures or words ("75th", "seventy-fifth", "third").
func ordinalWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for _, suf := range []string{"first", "second", "third", "th"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// setEnvoyOffices: the offices the UN names by their brief ("the Special
// Envoy of the Secretary-General for Yemen", "the Personal Envoy for
// Western Sahara"; dict/data/66-ungd3.txt).
const setEnvoyOffices = "ENVOY_OFFICES"

// envoyWindow bounds how far before "for" the office's word may be.
const envoyWindow = 8

// envoyModifiers bounds how far before the office's word the body that
// holds it may be named.
const envoyModifiers = 4

// envoyBrief reads a country named as the brief of an envoy's office in a
// government's statement ("we commend the Special Envoy of the
// Secretary-General for Syria"): the country names the office, which is the
// United Nations', and is no actor of the sentence. It returns m, or the UN
// in its place, or nil when the office is another body's ("the African
// Union's High Representative for Libya": that body is named already).
func (s *sentence) envoyBrief(m *mention) *mention {
	if m == nil || m.actor == nil || s.doc.speaker == "" || m.actor.Kind == dict.KindPerson || m.actor.Kind == dict.KindOrg {
		return m
	}
	k := m.i - 1
	if k >= 0 && s.toks[k].Norm == "the" {
		k--
	}
	if k < 1 || s.toks[k].Norm != "for" && s.toks[k].Norm != "on" {
		return m
	}
	offices := s.c.sets.lowered(setEnvoyOffices)
	office := -1
	for j := k - 1; j >= 0 && j >= k-envoyWindow; j-- {
		w := s.toks[j].Norm
		if offices[w] {
			office = j
			break
		}
		if w == "," || w == ";" || w == ":" {
			return m
		}
	}
	if office < 0 {
		return m
	}
	// the office's own modifiers: "the African Union Special Envoy for",
	// "the Special Envoy of the League of Arab States for"
	for j := max(office-envoyModifiers, 0); j < k; j++ {
		if n := s.at[j]; n >= 0 {
			if o := s.ments[n]; o.actor != nil && !o.speaker && o.actor.Code != "IGOUNO" {
				return nil // the office is the named body's
			}
		}
	}
	return &mention{i: m.i, j: m.j, actor: venueActor}
}

// selfDyads drops, in a statement with a speaker, the events whose source
// and target are one actor ("the Security Council welcomed" read as the UN
// toward the UN; a group toward itself through a pronoun): the guide codes
// acts between two actors, and the speaker is never its own target.
// Measured on the General Debate corpus before the change: 68 such events,
// read by eye, none of them right.
func (s *sentence) selfDyads(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if !c.noTarget && c.src.code != "" && c.src.code == c.tgt.code {
			s.noteDrop(StageSameCountry, "dropped: "+c.src.code+" toward itself (address.go)")
			continue
		}
		if !c.noTarget && len(c.tgt.code) == 3 && c.tgt.code != demarche.NoActor && !strings.HasPrefix(c.src.code, "IGO") && demarche.Country(c.src.code) == c.tgt.code {
			// "Washington demanded that everyone play by the United
			// States' rules", "Ukraine's soldiers are fighting for
			// Ukraine's survival": a body of a state toward its own
			// country named bare is no dyad; the country is the act's
			// setting or its cause (13 such events in the General Debate
			// corpus, none right)
			s.note("target: " + c.tgt.code + ", the source's own country named bare, is no counterpart: --- (address.go)")
			c.tgt = actor{code: demarche.NoActor, i: c.tgt.i, j: c.tgt.j}
		}
		keep = append(keep, c)
	}
	return keep
}

// splitInfinitives retags the split infinitives of diplomatic prose that
// the tagger misreads ("to warmly/VB congratulate/NN you", "to once again
// thank/NN the Union"): after "to", up to three adverbs (an "-ly" word that
// is no verb of the dictionaries, or a word of splitAdverbs, "once",
// "again") and a verb of the dictionaries not read as a verb: the adverbs
// are adverbs and the verb a base form. After "dare" the verb is one even
// with no adverb between ("dared slander/JJR").
func (s *sentence) splitInfinitives() {
	for k := 1; k+1 < len(s.toks); k++ {
		dare := dareForms[s.toks[k-1].Norm] // "dared slander/JJR": a bare infinitive (syntax.go)
		if s.toks[k-1].Norm != "to" && !dare {
			continue
		}
		j := k
		for j < len(s.toks)-1 && j < k+3 && s.infinitiveAdverb(s.toks[j].Norm) {
			j++
		}
		if j == k && !dare || s.at[j] >= 0 || strings.HasPrefix(s.toks[j].Tag, "VB") || !s.c.lx.singleWordVerb(s.toks[j].Norm) {
			continue
		}
		for a := k; a < j; a++ {
			s.toks[a].Tag = "RB"
		}
		s.toks[j].Tag = "VB"
		k = j
	}
}

// infinitiveAdverb reports whether w may stand between "to" and its verb.
func (s *sentence) infinitiveAdverb(w string) bool {
	if s.c.sets.splitAdverbs[w] || w == "once" || w == "again" || w == "further" {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !s.c.lx.singleWordVerb(w) && w != "only"
}

// youAddressee gives the speaker's praise, thanks and congratulations
// addressed to "you" the Assembly's President, the one a General Debate
// statement addresses: "allow me to congratulate you on your election", "I
// assure you of my delegation's full support" (051 toward the UN, the
// first set's convention for the Assembly's officers). "I thank you for
// your attention" closes the speech: no act toward anyone, it is dropped.
func (s *sentence) youAddressee(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if s.addressedToYou(&c) {
			s.noteDrop(StageDropped, "dropped: thanks for the audience's attention close the speech (address.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// addressedToYou retargets one candidate toward the Assembly's President
// when its object is "you"; it reports whether the candidate is the
// closing formula, to be dropped.
func (s *sentence) addressedToYou(c *candidate) (closing bool) {
	if !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" {
		return false
	}
	root := c.code[:min(2, len(c.code))]
	lemma := c.p.lemma(s)
	if root != "05" && lemma != "assure" {
		return false
	}
	k := c.verb[1]
	if s.norm(k) != "you" || !s.speakerSource(c) {
		return false
	}
	if lemma == "thank" && !s.thanksBeyondClosing(k+1) {
		return true
	}
	if lemma == "assure" {
		if !s.wordWithin(k+1, 10, "support") {
			return false
		}
		c.code = "051"
	}
	c.noTarget = false
	c.tgt = actor{code: venueActor.Code, i: k, j: k + 1, note: "\"you\", the Assembly's President a statement addresses (address.go)"}
	return false
}

// speakerSource reports whether the candidate's source is the speaking
// state.
func (s *sentence) speakerSource(c *candidate) bool {
	sp := s.doc.speaker
	return sp != "" && strings.HasPrefix(c.src.code, sp)
}

// thanksBeyondClosing reports whether "thank you" goes on past the
// closing formula: "for" and something other than the audience's
// attention ("thank you all for your support"), or "as well as" others;
// an address, "all", "again", "very much" in between are skipped.
func (s *sentence) thanksBeyondClosing(k int) bool {
	for n := 0; n < 10 && k < len(s.toks); n++ {
		switch s.norm(k) {
		case "for":
			w1, w2 := s.norm(k+1), s.norm(k+2)
			if w1 == "listening" || w1 == "your" && (w2 == "kind" || w2 == "attention" || w2 == "patience" || w2 == "time" || w2 == "undivided") {
				return false
			}
			return true
		case "as":
			return s.norm(k+1) == "well"
		case "all", "again", ",", "mr.", "mr", "madam", "madame", "president", "sir", "excellencies", "very", "much", "so", "once":
			k++
			continue
		}
		return false
	}
	return false
}

// wordWithin reports whether the word w is among the n tokens from k.
func (s *sentence) wordWithin(k, n int, w string) bool {
	for j := k; j < len(s.toks) && j < k+n; j++ {
		if s.norm(j) == w {
			return true
		}
	}
	return false
}

// requiredActs drops, in a statement with a speaker, the acts a
// requirement puts on the speakers ("the 2030 Agenda requires that we work
// together", "that will require us to rethink how we cooperate"): what is
// required is not done (the guide: hypothetical events are not coded).
func (s *sentence) requiredActs(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if c.p != nil && s.requiredAt(c.p) {
			s.noteDrop(StageDropped, "dropped: the act is what a requirement asks, not done (address.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// setRequireForms names the word set REQUIRE_FORMS
// (dict/data/06-analysis-words.txt), whose words are the forms of the verbs
// that put an act on someone.
const setRequireForms = "REQUIRE_FORMS"

// requiredAt reports whether p's clause is "REQUIRE that SUBJECT …" or
// "REQUIRE us to …", the requiring word read as a verb.
func (s *sentence) requiredAt(p *pred) bool {
	if a := p.subjSpan[0]; p.subjSpan[1] > a && s.norm(a-1) == "that" && s.c.sets.lowered(setRequireForms)[s.norm(a-2)] && isVerbTag(s.tag(a-2)) {
		return true
	}
	if k := p.g.start; p.g.infin && s.norm(k) == "to" && s.tag(k-1) == "PRP" && s.c.sets.lowered(setRequireForms)[s.norm(k-2)] && isVerbTag(s.tag(k-2)) {
		return true
	}
	return false
}

// sharedObjects gives a verb coordinated before another its object, when
// it has none of its own: "we support and stand ready to take part in
// the Organization's peace efforts" supports the UN; "we condemn and reject
// the measures of Israel" condemns Israel. Only praise, support and
// disapproval (05, 11, 12), the speaker's, in a statement with a speaker.
func (s *sentence) sharedObjects(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" || !s.speakerSource(c) {
			continue
		}
		if r := c.code[:min(2, len(c.code))]; r != "05" && r != "11" && r != "12" {
			continue
		}
		if t, ok := s.sharedObject(c.verb[1]); ok {
			c.noTarget, c.tgt = false, t
			c.tgt.note += " (the object of the coordinated verb, address.go)"
		}
	}
	return cands
}

// sharedObject reads "and [adverbs] VERB [ready|committed|…] [to VERB]
// [preposition]" from k and returns the first named actor of the object
// after it, up to the end of the clause.
func (s *sentence) sharedObject(k int) (actor, bool) {
	if w := s.norm(k); w != "and" && w != "or" {
		return actor{}, false
	}
	j := k + 1
	for j < len(s.toks) && isAdvTag(s.tag(j)) {
		j++
	}
	if j >= len(s.toks) || !isVerbTag(s.tag(j)) || s.at[j] >= 0 {
		return actor{}, false
	}
	// the verb group: verbs, adverbs, "ready", "committed", "to", prepositions,
	// "part" and "side" ("take part in", "stand side by side with")
	start := -1
	for n := j + 1; n < len(s.toks) && n < j+8; n++ {
		w, t := s.norm(n), s.tag(n)
		if t == "DT" || t == "PRP$" || t == "NNP" || t == "NNPS" || s.at[n] >= 0 {
			start = n
			break
		}
		if w == "," || w == ";" || w == ":" || w == "." || w == "that" || w == "which" {
			return actor{}, false
		}
		if !(isVerbTag(t) || isAdvTag(t) || t == "IN" || t == "TO" || t == "JJ" || t == "RP" || w == "part" || w == "side") {
			return actor{}, false
		}
	}
	if start < 0 {
		return actor{}, false
	}
	end := start
	for end < len(s.toks) && end < start+12 {
		w := s.norm(end)
		if w == "," || w == ";" || w == ":" || w == "." || w == "which" || w == "that" || w == "who" ||
			w == "to" && isVerbTag(s.tag(end+1)) || isVerbTag(s.tag(end)) && s.tag(end) != "VBN" && s.tag(end) != "VBG" {
			break
		}
		end++
	}
	for _, a := range s.actorsIn(start, end, true) {
		if a.code != "" && a.code != "---" && !strings.HasPrefix(a.code, "~") && !strings.HasPrefix(a.code, s.doc.speaker) {
			return a, true
		}
	}
	return actor{}, false
}

// finiteOutsideRelative reports whether a finite verb or modal stands in
// [a, b) outside a relative clause opened by "who", "that" or "which" in
// that span: "I join the speakers who preceded me in congratulating
// you" joins, the relative clause only describes those joined (ungd3: some
// 40 statement openings of the corpus).
func (s *sentence) finiteOutsideRelative(a, b int) bool {
	rel := false
	for k := a; k < b; k++ {
		switch s.norm(k) {
		case "who", "that", "which":
			rel = true
			continue
		}
		if !rel && (s.finiteVerbAt(k) || s.tag(k) == "MD") {
			return true
		}
	}
	return false
}

// setJointActHeads names the word set JOINT_ACT_HEADS
// (dict/data/06-analysis-words.txt), whose words open a fronted phrase naming
// the partners of the speaker's act: "Together with Japan, we …", "In close
// cooperation with the ILO, we …".
const setJointActHeads = "JOINT_ACT_HEADS"

// jointActs codes the partners a statement names in a fronted "Together
// with X, we V …" or "In cooperation with X, we V …": the speaker acts with
// each named partner, material cooperation (060) toward it, when the
// clause asserts the act (not negated, modal, future or governed: "together
// with them, we must …" is no act). 87 sentences of the corpus open so,
// nearly all silent before.
func (s *sentence) jointActs(cands []candidate) []candidate {
	if s.doc.speaker == "" || len(s.toks) < 6 {
		return cands
	}
	a := -1
	switch {
	case s.norm(0) == "together" && s.norm(1) == "with":
		a = 2
	case s.norm(0) == "in" && s.c.sets.lowered(setJointActHeads)[s.norm(1)] && s.norm(2) == "with":
		a = 3
	case s.norm(0) == "in" && s.norm(1) == "close" && s.c.sets.lowered(setJointActHeads)[s.norm(2)] && s.norm(3) == "with":
		a = 4
	}
	if a < 0 {
		return cands
	}
	comma := -1
	for k := a; k < len(s.toks) && k < a+20; k++ {
		if s.norm(k) == "," {
			comma = k
			break
		}
	}
	pend := comma // the partners' phrase ends at the comma
	if comma < 0 {
		comma = s.unpunctuatedJointAct(a) // coder/jointactsnocomma.go
		pend = comma + 1
	}
	if comma < 0 || comma+2 >= len(s.toks) || s.at[comma+1] < 0 || !s.ments[s.at[comma+1]].speaker {
		return cands
	}
	m := s.ments[s.at[comma+1]]
	src := s.actorsIn(m.i, m.j, false)
	if len(src) == 0 {
		return cands
	}
	v := m.j
	for v < len(s.toks) && v < m.j+5 && (haveForms[s.norm(v)] || beForms[s.norm(v)] || isAdvTag(s.tag(v))) {
		v++
	}
	if v >= len(s.toks) || !isVerbTag(s.tag(v)) || s.tag(v) == "MD" {
		return cands
	}
	g := s.analyseGroup(v)
	if g.neg || g.hypo != "" || g.future || g.gov != govNone || g.infin {
		return cands
	}
	q := &pred{v: v, vend: v + 1, g: g, subj: src, subjHow: "the speaker after \"together with\"", subjSpan: [2]int{m.i, m.j}}
	seen := map[string]bool{}
	for _, t := range s.actorsIn(a, pend, true) {
		if t.code == "" || t.code == "---" || strings.HasPrefix(t.code, "~") || strings.HasPrefix(t.code, s.doc.speaker) || seen[t.code] {
			continue
		}
		seen[t.code] = true
		cands = append(cands, candidate{p: q, code: "060", rule: "coder: address.go, the partners of a fronted \"together with\" (060)", src: src[0], tgt: t, verb: [2]int{v, v + 1}})
	}
	return cands
}

// assemblyPresident reports whether a title alone is "the President" a
// government's statement speaks to ("we welcome the President's decision",
// "I congratulate the President on his election"): capitalised, after
// "the", going on with no "of" (not "the President of the Republic", the
// speaker's own) — the President of the General Assembly, the UN's.
func (s *sentence) assemblyPresident(t actor) bool {
	k := t.i
	for k < t.j && s.norm(k) == "the" {
		k++
	}
	if k != t.j-1 || s.norm(k) != "president" || !s.toks[k].Capitalized() || s.norm(k-1) != "the" {
		return false
	}
	return s.norm(t.j) != "of" && s.norm(t.j) != "-elect"
}
