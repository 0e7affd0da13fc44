// Governments in their own voice: the constructions of official statements
// (UN General Debate speeches and the like) that wrap, own or address an
// act ("I take this opportunity to thank", "express my country's
// gratitude to", "we welcome the adoption of").

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// possessorEnd returns, when an actor named at token k owns the noun that
// follows ("Namibia's appreciation", "my country's support"), the index of
// its possessive marker; else k.
func (s *sentence) possessorEnd(k int) int {
	m := s.mentionAt(k)
	if m == nil || m.actor == nil && m.person == nil && m.sector == nil && !m.speaker {
		return k
	}
	j := m.j
	for n := s.mentionAt(j); n != nil && n.i == j && j-k < 8; n = s.mentionAt(j) {
		j = n.j // "the Nigerian Government's": adjective and sector
	}
	if j < len(s.toks) && s.tag(j) == "POS" {
		return j
	}
	return k
}

// setMeFrames names the word set ME_FRAMES (dict/data/06-analysis-words.txt),
// whose words are the verbs after which "me" is the speaker doing what the
// frame names: "it gives me pleasure to", "let me take this opportunity to",
// "allow me to take this opportunity to" (ungd3: "let" and "allow" 35 and
// some 50 silent sentences of the corpus).
const setMeFrames = "ME_FRAMES"

// performFrame reports whether p's governor gi (a PERFORMATIVE_FRAMES word,
// "opportunity", "pleased") frames an act of the speaker's own voice named
// just before it, in the same clause ("I take this opportunity to appeal",
// "we are pleased to welcome"); p then takes the speaker as its subject.
func (s *sentence) performFrame(p *pred, gi int) bool {
scan:
	for k := gi - 1; k >= 0 && k >= gi-8; k-- {
		switch s.norm(k) {
		case ",", ";", ":", "that", "which", "who":
			break scan // "At the outset, it is my pleasure to …": the impersonal frame below
		}
		m := s.mentionAt(k)
		if m == nil || !m.speaker && !s.speakerNamed(m) /* ungdacts.go */ {
			continue
		}
		if w := s.norm(m.i); w == "us" || w == "me" && !s.c.sets.lowered(setMeFrames)[s.norm(m.i-1)] {
			return false
		}
		if len(p.subj) == 0 || p.subjSpan[0] >= gi || p.subjSpan[1] <= k {
			p.subj, p.subjHow, p.subjSpan = s.actorsIn(m.i, m.j, false), "the speaker (\""+s.norm(gi)+"\")", [2]int{m.i, m.j}
		}
		return len(p.subj) > 0
	}
	if s.impersonalFrame(p, gi) { // ungdframes.go
		return true
	}
	return s.coordinatedFrame(p, gi) // ungdlists.go
}

// frameWord returns the PERFORMATIVE_FRAMES word just before the "to" of
// p's infinitive ("opportunity to thank", "pleased to welcome"), or -1.
func (s *sentence) frameWord(p *pred) int {
	if !p.g.infin {
		return -1
	}
	j := p.g.start
	if s.norm(j) != "to" {
		j--
	}
	f := j - 1
	for n := 0; n < 2 && f > 0 && innerAdverbs[s.norm(f)] && !s.c.sets.performFrames[s.norm(f)]; n++ {
		f-- // "I am pleased today to", "we are honoured once again to" (ungdvoice.go)
	}
	if j < 1 || s.norm(j) != "to" || !s.c.sets.performFrames[s.norm(f)] {
		return -1
	}
	return f
}

// setOfficeWords names the word set OFFICE_WORDS
// (dict/data/06-analysis-words.txt), whose words head "the presidency of X",
// "at the helm of X": the office of a person congratulated or thanked without
// a name the dictionaries know.
const setOfficeWords = "OFFICE_WORDS"

// officeTargets gives praise with no known target ("I congratulate you,
// Madam, on being elected to preside over the Assembly", "thank
// Mr. X for his work at the helm of the Assembly") the body whose office the
// clause names after the verb.
func (s *sentence) officeTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if r := cameo.Root(c.code); (r == "11" || r == "12") && c.noTarget && !s.pronounObject(c.p) {
			// "we condemn the tests conducted by X": the agent of what is
			// condemned or rejected is the target
			s.agentTarget(c)
			continue
		}
		if cameo.Root(c.code) != "05" || !c.noTarget && demarche.Country(c.tgt.code) != "" && c.tgt.code != demarche.NoActor && !c.tgt.title {
			continue
		}
		hi := len(s.toks)
		for k := c.verb[1]; k+2 < hi; k++ {
			if s.norm(k) == ";" {
				break
			}
			a := k + 2 // "presidency of X"
			if w := s.norm(k - 1); s.c.sets.lowered(setOfficeVerbs)[s.norm(k)] && (w == "to" || w == "in" || w == "for" || w == "on") {
				a = k + 1 // "on your election to head X"
			} else if !s.c.sets.lowered(setOfficeWords)[s.norm(k)] || s.norm(k+1) != "of" {
				continue
			}
			if !s.officeCue(k) {
				continue
			}
			end := s.chainRight(a, hi)
			if ts := s.localTargets(s.actorsIn(a, end, true), []actor{c.src}); len(ts) > 0 && !ts[0].weak {
				c.tgt, c.noTarget = ts[0], false
				s.note("\"" + s.norm(k) + " " + s.spanText(a, end) + "\": the body of the office named is the target")
			}
			break
		}
		if c.noTarget {
			s.agentTarget(c)
		}
		if c.noTarget {
			s.focusTarget(c)
		}
	}
}

// setFocusWords names the word set FOCUS_WORDS
// (dict/data/06-analysis-words.txt), whose words single out, among unnamed
// addressees, the one the clause names: "I thank those who helped us,
// particularly the Government of X".
const setFocusWords = "FOCUS_WORDS"

// focusTarget gives praise or thanks to unnamed addressees the actor the
// clause singles out after "particularly", "especially", "in particular".
func (s *sentence) focusTarget(c *candidate) {
	for k := c.verb[1]; k+1 < len(s.toks); k++ {
		w := s.norm(k)
		if w == ";" || w == ":" || w == "." {
			return
		}
		if !s.c.sets.lowered(setFocusWords)[w] && !(w == "in" && s.norm(k+1) == "particular") {
			continue
		}
		a := k + 1
		if w == "in" {
			a++
		}
		if s.norm(a) == "to" || s.norm(a) == "for" {
			a++
		}
		end := s.chainRight(a, len(s.toks))
		if ts := s.localTargets(s.actorsIn(a, end, true), []actor{c.src}); len(ts) > 0 && !ts[0].weak && ts[0].code != c.src.code {
			c.tgt, c.noTarget = ts[0], false
			s.note("\"" + w + "\": the actor singled out is the target")
		}
		return
	}
}

// agentTarget gives endorsement with no target the agent of what is
// endorsed: "we welcome the efforts agreed to by our Organization", "we
// support the measures taken by the Iraqi Government".
func (s *sentence) agentTarget(c *candidate) {
	hi := len(s.toks)
	for k := c.verb[1]; k+2 < hi; k++ {
		if s.norm(k) == ";" || s.norm(k) == ":" {
			return
		}
		if s.tag(k) != "VBN" && s.tag(k) != "VBD" {
			continue
		}
		a := k - 1
		if isAdvTag(s.tag(a)) {
			a-- // "is deeply appalled by"
		}
		if a-1 > c.verb[1] && (beForms[s.norm(a)] || haveForms[s.norm(a)]) && (s.norm(a-1) == "and" || s.norm(a-1) == "but") {
			// "stands with X and is appalled by Y": a second predicate of the
			// subject after the first one's object, not what is endorsed
			return
		}
		b := k + 1
		if (s.tag(b) == "IN" || s.tag(b) == "TO" || s.tag(b) == "RP") && s.norm(b) != "by" && s.norm(b+1) == "by" {
			b++ // "agreed to by", "carried out by"
		}
		if s.norm(b) != "by" {
			continue
		}
		end := s.chainRight(b+1, hi)
		if ts := s.localTargets(s.actorsIn(b+1, end, true), []actor{c.src}); len(ts) > 0 && !ts[0].weak && ts[0].code != c.src.code {
			c.tgt, c.noTarget = ts[0], false
			s.note("\"" + s.norm(k) + " by " + s.spanText(b+1, end) + "\": the agent of what is endorsed is the target")
		}
		return
	}
}

// setOfficeCues names the word set OFFICE_CUES
// (dict/data/06-analysis-words.txt), whose words before an office ("on your
// election to the presidency of", "for his work at the helm of") show that
// the office is the addressee's.
const setOfficeCues = "OFFICE_CUES"

func (s *sentence) officeCue(k int) bool {
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		if s.c.sets.lowered(setOfficeCues)[s.norm(j)] {
			return true
		}
	}
	return false
}

// welcomedThings turns "welcome" read as hosting (043) into endorsement
// (051) when the target is only the owner of what is welcomed: "we welcome
// Syria's decision", "we welcome the elimination of Syria's weapons" (not
// "we welcome the delegation of China", whose head is a visitor).
func (s *sentence) welcomedThings(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.code != "043" || c.noTarget || c.p.lemma(s) != "welcome" || c.tgt.j <= c.tgt.i {
			continue
		}
		owner := c.tgt.j < len(s.toks) && s.tag(c.tgt.j) == "POS"
		k := c.tgt.i - 1
		for k > c.verb[1] && (s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "PRP$") {
			k--
		}
		if s.norm(k) == "of" && k > c.verb[1] && isNounTag(s.tag(k-1)) && !s.c.sets.genericHeads[s.norm(k-1)] && s.mentionAt(k-1) == nil {
			owner = true // "the elimination of Syria's weapons"
		}
		if owner {
			c.code = "051"
			c.rule += " (what is welcomed is a thing: endorsement)"
		}
	}
}

// shareCoordinatedSubjects gives a verb coordinated right after another
// ("I would like to acknowledge and commend X", "we condemn and reject")
// the first verb's subject and clause frame (modal, governor), when it has
// none of its own.
func (s *sentence) shareCoordinatedSubjects(preds []*pred) {
	s.joinedActs(preds)
	s.coordinatedInfinitives(preds)
	defer s.coordinatedPredicates(preds) // ungdlists.go
	for i := 1; i < len(preds); i++ {
		p, q := preds[i], preds[i-1]
		if p.noun || q.noun || len(p.subj) > 0 || len(q.subj) == 0 || p.v != q.vend+1 && p.g.start != q.vend+1 {
			continue
		}
		if w := s.norm(q.vend); w == "by" && s.tag(p.v) == "VBG" && p.v == q.vend+1 {
			// "I would like to begin by offering my congratulations"
			p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+" by\"", q.subjSpan
			p.g.gov, p.g.govIdx, p.g.hypo, p.g.future, p.g.neg, p.g.infin, p.g.particip = q.g.gov, q.g.govIdx, q.g.hypo, q.g.future, q.g.neg, q.g.infin, false
			continue
		}
		if w := s.norm(q.vend); w != "and" && w != "or" {
			continue
		}
		if p.g.start != p.v && p.g.start != q.vend+1 {
			continue // "and will …": a frame of its own
		}
		p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\" (coordinated verbs)", q.subjSpan
		p.g.gov, p.g.govIdx, p.g.hypo, p.g.future, p.g.neg, p.g.infin = q.g.gov, q.g.govIdx, q.g.hypo, q.g.future, q.g.neg, q.g.infin
	}
}

// acknowledgedPraise drops the admission (015) of a verb coordinated with
// praise of the same source ("acknowledge and commend X"): the pair praises.
func (s *sentence) acknowledgedPraise(out []candidate) []candidate {
	keep := out[:0]
	for i, c := range out {
		drop := false
		if c.code == "015" {
			for j, d := range out {
				if j != i && cameo.Root(d.code) == "05" && d.src.code == c.src.code && d.p.v == c.p.vend+1 {
					drop = true
					s.note("\"" + s.norm(c.p.v) + " and " + s.norm(d.p.v) + "\": praise, not an admission")
					break
				}
			}
		}
		if !drop {
			keep = append(keep, c)
		}
	}
	return keep
}

// coordinatedTargets gives a verb whose object is shared with the verb
// coordinated after it ("condemned and rejected the move of X") that verb's
// target, when it found none of its own.
func (s *sentence) coordinatedTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || s.norm(c.p.vend) != "and" && s.norm(c.p.vend) != "or" {
			continue
		}
		for _, d := range out {
			if d.p.v == c.p.vend+1 && !d.noTarget && d.src.code == c.src.code {
				c.tgt, c.noTarget = d.tgt, false
				s.note("\"" + s.norm(c.p.v) + "\" shares the object of \"" + s.norm(d.p.v) + "\"")
				break
			}
		}
	}
}

// speakerExhorts reports whether p, a clause with "must" or "should", is
// the speaker's own exhortation of another actor: the document names its
// speaker, no verb of saying reports the clause, and its subject is an
// actor other than the speaker's own voice.
func (s *sentence) speakerExhorts(p *pred) bool {
	if s.doc.speaker == "" || s.firstPerson(p) || s.speakerOf(p) != nil || p.g.neg {
		return false
	}
	if len(p.subj) == 0 {
		return s.genericAddressee(p) >= 0 && s.sentenceLevel(p)
	}
	for _, a := range p.subj {
		if a.weak || demarche.Country(a.code) == demarche.Country(s.doc.speaker) {
			return false
		}
	}
	return s.sentenceLevel(p)
}

// sentenceLevel reports whether p's clause is the sentence's own, not one
// inside a subordinate or relative clause ("if X must …", "which should").
func (s *sentence) sentenceLevel(p *pred) bool {
	for k := p.subjSpan[0] - 1; k >= 0; k-- {
		switch s.norm(k) {
		case "if", "unless", "when", "whether", "which", "who", "that", "because", "although", "though", "while", "as":
			return false
		case ";", ":":
			return true
		}
	}
	return true
}

// speakerAppeal makes the speaker's appeal (020) to each subject of p.
func (s *sentence) speakerAppeal(p *pred, rule string) []candidate {
	code := s.doc.speaker
	if len(code) == 3 {
		code += "GOV"
	}
	src := actor{code: code, i: -1, j: -1, note: "the document's speaker"}
	var out []candidate
	if len(p.subj) == 0 {
		// "the international community must act": an appeal to all (---)
		return []candidate{{p: p, code: "020", rule: rule, src: src, noTarget: true, verb: [2]int{p.g.start, p.vend}}}
	}
	for _, t := range p.subj {
		out = append(out, candidate{p: p, code: "020", rule: rule, src: src, tgt: t, verb: [2]int{p.g.start, p.vend}})
	}
	return out
}

// ownedByEarlierSubject reports whether token k is "its" or "their" and the
// sentence has an earlier clause subject that is a single state: "Iran
// acknowledged that its military had …".
func (s *sentence) ownedByEarlierSubject(k int) bool {
	w := s.norm(k)
	if w != "its" && w != "their" && !s.ownedByEarlierPerson(w) /* coder/wireactors.go */ || len(s.prevSubj) != 1 || s.prevSubjEnd > k {
		return false
	}
	c := demarche.Country(s.prevSubj[0].code)
	return len(c) == 3 && c != "IGO" && c != "---" && !strings.HasPrefix(s.prevSubj[0].code, sectorOnly)
}

// setDeclarativeVerbs names the word set DECLARATIVE_VERBS
// (dict/data/06-analysis-words.txt), whose words state an intention in the
// saying ("I would like to reaffirm our commitment to …"): performed like the
// verbal acts.
const setDeclarativeVerbs = "DECLARATIVE_VERBS"

// conditionBefore reports whether a condition opens the sentence before
// token v ("If asked, we would condemn it", "Were it to happen, we would").
func (s *sentence) conditionBefore(v int) bool {
	for k := 0; k < v; k++ {
		switch s.norm(k) {
		case "if", "unless", "otherwise", "were", "should", "provided", "whether":
			return true
		}
	}
	return false
}

// appealContents drops the events of what an appeal asks for when the
// appeal is named by a noun ("we make an urgent appeal to Israel to lift
// the blockade": the lifting is asked for, not done).
func (s *sentence) appealContents(out []candidate) []candidate {
	keep := out[:0]
	for _, d := range out {
		asked := false
		if d.p.g.infin && cameo.Root(d.code) != "02" {
			for _, c := range out {
				if cameo.Root(c.code) == "02" && c.p.v < d.p.v && (c.src.code == d.src.code || !c.noTarget && c.tgt.code == d.src.code) && !s.finiteVerbBetween(c.p.vend, d.p.g.start) {
					asked = true
					s.note("\"" + s.norm(d.p.v) + "\" is what the appeal asks for: not an event of its own")
					break
				}
			}
		}
		if !asked {
			keep = append(keep, d)
		}
	}
	return keep
}

// setPlaceNamedTexts names the word set PLACE_NAMED_TEXTS
// (dict/data/06-analysis-words.txt), whose words are the heads of agreements,
// processes and meetings named after the city where they were made ("the
// Paris Agreement", "the Minsk agreements", "the Geneva international
// discussions", "the Doha Development Agenda"): the city names no government
// there.
const setPlaceNamedTexts = "PLACE_NAMED_TEXTS"

// namesText reports whether the words from k on make a place name the
// name of a text or process: one of placeNamedTexts, after at most one
// adjective or a hyphen.
func (s *sentence) namesText(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if s.c.sets.lowered(setPlaceNamedTexts)[s.norm(k)] {
		return true
	}
	if (isAdjTag(s.tag(k)) || s.norm(k) == "-") && k+1 < len(s.toks) && s.c.sets.lowered(setPlaceNamedTexts)[s.norm(k+1)] {
		return true
	}
	return false
}

// setAddresseeHeads names the word set ADDRESSEE_HEADS
// (dict/data/06-analysis-words.txt), whose words are the nouns of a speaker's
// appeal to everyone: "the international community must …", "all States
// should …" (target ---).
const setAddresseeHeads = "ADDRESSEE_HEADS"

// genericAddressee returns the token of a generic addressee that is the
// subject of p ("the international community must", "all Member States
// should"), or -1.
func (s *sentence) genericAddressee(p *pred) int {
	k := p.g.start - 1
	for k >= 0 && isAdvTag(s.tag(k)) {
		k--
	}
	if k < 0 || !s.c.sets.lowered(setAddresseeHeads)[s.norm(k)] || s.mentionAt(k) != nil {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch s.norm(j) {
		case "our", "my", "these", "those", "some", "many", "few", "other", "no":
			return -1
		case "the", "all", "every", ",", ";":
			return k
		}
	}
	return k
}

// joinedActs gives "we join others in condemning X", "I join previous
// speakers in congratulating you" the act: the gerund after "in" is done by
// the subject of "join", in the frame of "join" (modal, performative). A
// government's own statement only: in news, "Canada joined Britain in
// condemning the attack" is left to the gold's reading (TestBody).
func (s *sentence) joinedActs(preds []*pred) {
	if s.doc.speaker == "" {
		return
	}
	for _, p := range preds {
		if p.noun || s.tag(p.v) != "VBG" || s.norm(p.v-1) != "in" {
			continue
		}
		for _, q := range preds {
			if q.noun || q.v >= p.v || p.v-q.vend > 10 || len(q.subj) == 0 || s.lemmaAt(q.v) != "join" || s.finiteOutsideRelative(q.vend, p.v) /* address.go */ {
				continue
			}
			p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \"join … in\"", q.subjSpan
			p.g.gov, p.g.govIdx, p.g.hypo, p.g.future, p.g.neg, p.g.infin, p.g.particip = q.g.gov, q.g.govIdx, q.g.hypo, q.g.future, q.g.neg, q.g.infin, false
			p.g.finite = q.g.finite
		}
	}
}

// singleWordVerb reports whether w is a one-word verb of the dictionaries
// ("warmly" is only the start of "warmly welcome").
func (lx *lexicon) singleWordVerb(w string) bool {
	for _, f := range lx.forms[w] {
		if len(f.rest) == 0 && !f.noun {
			return true
		}
	}
	return false
}

// setOfficeVerbs names the word set OFFICE_VERBS
// (dict/data/06-analysis-words.txt), whose words name holding an office: "on
// your election to head the Assembly", "to preside over", "to lead".
const setOfficeVerbs = "OFFICE_VERBS"

// setSplitAdverbs names the word set SPLIT_ADVERBS
// (dict/data/06-analysis-words.txt), whose words split an infinitive: "to
// first congratulate", "to also thank".
const setSplitAdverbs = "SPLIT_ADVERBS"

// coordinatedInfinitives gives "… to congratulate you … and to assure you
// of our support" the subject and frame of the first infinitive.
func (s *sentence) coordinatedInfinitives(preds []*pred) {
	for i, p := range preds {
		if p.noun || !p.g.infin || s.norm(p.g.start-1) != "and" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			q := preds[j]
			if q.noun || !q.g.infin || len(q.subj) == 0 {
				continue
			}
			p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\" (coordinated infinitives)", q.subjSpan
			p.g.gov, p.g.govIdx, p.g.hypo, p.g.future, p.g.neg = q.g.gov, q.g.govIdx, q.g.hypo, q.g.future, q.g.neg
			break
		}
	}
}
