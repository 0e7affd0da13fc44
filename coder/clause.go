package coder

import (
	"strings"

	"github.com/demarche-project/demarche/dict"
)

// pred is a predicate: a verb (or an event noun) of one or more verb
// classes, with the clause around it.
type pred struct {
	v, vend int        // the verb and the rest of its longest multi-word form
	cands   []candForm // the classes the word belongs to here
	noun    bool
	g       verbGroup
	hi      int // end of the clause to the right
	// subject
	subj     []actor
	subjHow  string
	subjSpan [2]int
	// the events it gave
	coded bool
	tree  *treeRead // what the parse gave it (coder/tree.go)
	// pats caches patternsFor: its classes' patterns, heaviest first
	pats []classPattern
}

// lemma returns the verb's lemma as its dictionary entry knows it ("arrived"
// → "arrive"), else the coder's own guess from its form.
func (p *pred) lemma(s *sentence) string {
	for _, c := range p.cands {
		if c.form.lemma != "" {
			return c.form.lemma
		}
	}
	return lemma(s.norm(p.v))
}

// lemmaAt returns the lemma of the word at k: the one its verb classes'
// entry gives ("marked" → mark, "joins" → join), else the coder's own guess
// from its form, which knows only the verbs that govern others.
func (s *sentence) lemmaAt(k int) string {
	w := s.norm(k)
	for _, f := range s.c.lx.forms[w] {
		if f.lemma != "" && !f.noun {
			return f.lemma
		}
	}
	return lemma(w)
}

// inClass reports whether one of the predicate's classes is named name.
func (p *pred) inClass(name string) bool {
	for _, c := range p.cands {
		if c.form.class.Name == name {
			return true
		}
	}
	return false
}

// candForm is one class a predicate word belongs to, with the end of the
// (possibly multi-word) verb of that class.
type candForm struct {
	form verbForm
	vend int
}

// findPredicates lists the verbs and event nouns of the sentence's verb
// classes, in order. A word that is a verb here gives a verbal predicate
// with all its verb classes; a noun gives a nominal one with its noun
// classes.
func (s *sentence) findPredicates() []*pred {
	var out []*pred
	sawVerb := false
	for k := 0; k < len(s.toks); k++ {
		forms := s.c.lx.forms[s.norm(k)]
		if len(forms) == 0 {
			continue
		}
		if m := s.mentionAt(k); m != nil && (m.sector == nil || m.j-m.i > 1) {
			continue // part of a name: "Unification" in "Ministry of Unification", "trade union"
		}
		if k > 0 && s.norm(k-1) == "(" && s.norm(k+1) == ")" {
			continue // "Kim (left) shakes hands with …": a caption's pointer or a gloss
		}
		tag := s.tag(k)
		if haveForms[s.norm(k)] && (s.tag(k+1) == "VBN" || s.tag(k+1) == "VBD" || isAdvTag(s.tag(k+1)) && s.tag(k+2) == "VBN") {
			continue // "had shot down": an auxiliary, not "have" of a meeting
		}
		if s.nearFutureGoing(k) {
			continue // "are going to plant": the near future, not travel (goingto.go)
		}
		if tag == "VBG" && s.norm(k-1) == "of" {
			tag = "NN" // "a message of greeting", "the policy of discriminating"
		}
		if tag == "VBG" && s.norm(k+1) == "of" && s.determinedGerund(k) {
			tag = "NN" // "the successful ending of the operation": a noun
		}
		if (tag == "VBG" || tag == "VBN") && k > 0 && (s.tag(k-1) == "DT" || s.tag(k-1) == "PRP$") &&
			k+1 < len(s.toks) && (isNounTag(s.tag(k+1)) || isAdjTag(s.tag(k+1)) || s.mentionAt(k+1) != nil) {
			continue // "the visiting delegation": an adjective
		}
		verbal := isVerbTag(tag) || s.headline && !isNounTag(tag) && tag != "DT" && tag != "IN" && tag != "CC" &&
			!(isAdjTag(tag) && isNounTag(s.tag(k+1)) && (k == 0 || s.tag(k-1) == "IN" || s.tag(k-1) == "CC" || isDeterminer(s.tag(k-1))))
		// (not "Brief Biography of …": an adjective that opens a noun phrase
		// is no headline verb)
		if s.headline && isNounTag(tag) && k > 0 && s.mentionAt(k-1) != nil && !isDeterminer(s.tag(k-1)) &&
			(k+1 >= len(s.toks) || !isVerbTag(s.tag(k+1))) {
			verbal = true // "Choe Ryong Hae Thanks Cuban Leader": "Thanks" tagged NNS
		}
		if s.headline && verbal && sawVerb && k > 0 && s.mentionAt(k-1) != nil && !isVerbTag(s.tag(k+1)) {
			// "DPRK FM Spokesman Blasts U.S. Sanctions": a headline has one
			// verb; a word after the object's name is the object's head,
			// and the object of a denunciation is not an event
			continue
		}
		p := &pred{v: k, vend: k + 1, noun: !verbal}
		for _, f := range forms {
			if f.noun == verbal || f.noun && !isNounTag(tag) {
				continue
			}
			end, ok := s.restEnd(f, k+1) // coder/ungdvoice.go
			if !ok || len(f.rest) > 0 && s.interposedPP(end-1) > 0 {
				continue // "called in a statement for …": "in" opens a venue (interposed.go)
			}
			p.cands = append(p.cands, candForm{f, end})
			p.vend = max(p.vend, end)
		}
		if len(p.cands) == 0 {
			continue
		}
		if !p.noun {
			sawVerb = true
			p.g = s.analyseGroup(k)
		} else {
			p.g = verbGroup{start: k, govIdx: -1}
		}
		out = append(out, p)
		k = p.vend - 1
	}
	for _, p := range out {
		p.hi = s.clauseEnd(p)
	}
	return out
}

func isDeterminer(t string) bool { return t == "DT" || t == "PRP$" || t == "POS" }

// clauseEnd returns the end of the clause to the right of a predicate: the
// next relative pronoun, subordinator, semicolon or sentence end, or a comma
// that starts a participial clause.
func (s *sentence) clauseEnd(p *pred) int {
	content := p.reportsContent()
	for k := p.vend; k < len(s.toks); k++ {
		w, t := s.norm(k), s.tag(k)
		if w == "that" && content && s.startsNP(k+1) {
			continue // "confirmed for the first time that X had fought": its content
		}
		switch {
		case w == ";" || w == ":" || t == "WDT" || t == "WP" || t == "WP$":
			return k
		case subordinators[w] && (t == "IN" || t == "WRB") && w != "as" && w != "since" && k > p.vend && !s.isTimePhraseAfter(k):
			return k // a subordinate clause, not "before the statues"
		case w == "to" && k > p.vend+1 && s.tag(k+1) == "VB" && governors[lemma(s.norm(p.v))] == govNone:
			return k // "visited the palace to mark …": a clause of purpose
		case w == "," && k+1 < len(s.toks) && (s.tag(k+1) == "VBG" || subordinators[s.norm(k+1)] || s.norm(k+1) == "which" || s.norm(k+1) == "who"):
			return k
		case (w == "and" || w == "but") && k+1 < len(s.toks) && isVerbTag(s.tag(k+1)) && s.tag(k+1) != "VBN" && s.tag(k+1) != "VBG":
			return k
		case w == "but" && k > p.vend && s.startsNP(k+1) && s.norm(k-1) != "nothing" && s.norm(k-1) != "anything":
			return k // "…, but the U.S. said": a new clause ("nothing but lies" is none)
		case w == "and" && k > p.vend && s.startsNP(k+1) && s.finiteAhead(k+1):
			return k // "… and the Guinean president said …": a new clause
		case w == "," && s.isSpeechAt(k+1):
			return k
		}
	}
	return len(s.toks)
}

// finiteAfter reports whether a finite verb comes at or after k.
func (s *sentence) finiteAfter(k int) bool {
	for ; k < len(s.toks); k++ {
		if s.norm(k) == "," && s.trailingAttribution(k) {
			return false // ", officials said.": the sourcing of the clause (wire.go)
		}
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return true
		}
	}
	return false
}

// finiteAhead reports whether the noun phrase at k is directly followed
// by a finite verb: "and [the Guinean president] said".
func (s *sentence) finiteAhead(k int) bool {
	e := s.npEndRight(k)
	if e == k {
		return false
	}
	for e < len(s.toks) && isAdvTag(s.tag(e)) {
		e++
	}
	return s.finiteVerbAt(e) || s.tag(e) == "MD"
}

// isSpeechAt reports whether a verb of saying starts at k (", he said").
func (s *sentence) isSpeechAt(k int) bool {
	for _, f := range s.c.lx.forms[s.norm(k)] {
		if f.class.Speech && !f.noun && !s.nounModifierAt(k) /* coder/names.go */ {
			return true
		}
	}
	// ", KCNA said", ", the official said"
	for j := k; j < k+8 && j < len(s.toks); j++ {
		if s.norm(j) == "," || s.norm(j) == ";" {
			return false
		}
		for _, f := range s.c.lx.forms[s.norm(j)] {
			if f.class.Speech && isVerbTag(s.tag(j)) {
				return true
			}
		}
	}
	return false
}

// skipTimeLeft skips, leftwards from k, the temporal adjuncts that sit
// between a subject and its verb ("on Monday", "on Nov. 18", "Saturday",
// "on the same day"); it returns the new k.
func (s *sentence) skipTimeLeft(k int) int {
	for k >= 0 {
		w, t := s.norm(k), s.tag(k)
		if timeWords[w] || months[w] || t == "CD" && !s.hasMention(k, k+1) || isAdvTag(t) && s.mentionAt(k) == nil {
			k--
			continue
		}
		if w == "on" || w == "," && k > 0 && months[s.norm(k-1)] {
			k--
			continue
		}
		if (w == "day" || w == "date" || w == "occasion" || w == "week" || w == "month" || w == "year") &&
			k > 1 && (s.norm(k-1) == "same" || s.norm(k-1) == "this" || s.norm(k-1) == "last" || s.norm(k-1) == "next") {
			k -= 2
			if s.norm(k) == "the" {
				k--
			}
			continue
		}
		break
	}
	return k
}

// findSubject finds the subject of a verbal predicate, given all the
// predicates of the sentence (for shared subjects and participial clauses).
func (s *sentence) findSubject(p *pred, all []*pred) {
	defer s.onBehalf(p)
	defer s.inNameOf(p) // coder/names.go
	if s.quotedSpeaker(p) {
		return // "quoted X as saying": coder/quotedspeakers.go
	}
	if b := s.busyStart(p); b >= 0 {
		// "are still busy letting loose lies": coder/organisers.go
		p.g.start, p.g.particip, p.g.finite = b, false, true
	}
	if s.decoratedModifier(p) {
		// "inspected KPA Unit 322 honored with the title of …": coder/organisers.go
		p.g.particip, p.g.passive, p.g.finite = true, true, false
		return
	}
	if p.g.particip && s.tag(p.v) == "VBN" && (p.g.neg || (s.startsNP(p.vend) || p.vend-p.v > 1 && !s.finiteVerbBefore(p.v) || s.pastBeforePrep(p)) && !s.finiteAfter(p.vend)) {
		// a past tense read as a participle: with an object and no other
		// finite verb in the sentence, "X jointly signed Y" is the main clause
		p.g.particip, p.g.finite = false, true
	}
	g := p.g
	k := g.start - 1
	for k >= 0 && isAdvTag(s.tag(k)) && s.mentionAt(k) == nil {
		k--
	}
	if s.norm(k) == "," && k > 1 && isAdvTag(s.tag(k-1)) && s.norm(k-2) == "," {
		// "We, therefore, welcome …": a parenthetical adverb
		if m := s.mentionAt(k - 3); m != nil && m.speaker && m.j == k-2 {
			k -= 3
		}
	}
	w := s.norm(k)
	if m := s.mentionAt(k); m != nil && m.speaker && m.j == k+1 && w != "us" && (g.finite || s.finiteVerbAt(p.v)) {
		// "That is why I urge …", "my Government strongly condemns": the
		// speaker's voice just before a finite verb is its subject
		s.setSubject(p, m.i, m.j, "the speaker's voice before the verb")
		return
	}
	switch {
	case k >= 0 && (s.tag(k) == "WDT" || s.tag(k) == "WP") || w == "that" && s.tag(k) != "IN" && k > 0 && isNounTag(s.tag(k-1)):
		// a relative clause: the antecedent
		e := k
		if s.norm(e-1) == "," {
			e--
		}
		a := s.chainLeft(e)
		if n := s.grievanceObject(a, e); n > a && len(s.actorsIn(n, e, false)) > 0 {
			// "indignation at the group who dared …", "angry at the
			// regime which …": the grievance is toward the nearest
			// phrase, whose own act the relative clause tells
			a = n
		}
		s.setSubject(p, a, e, "antecedent of \""+s.norm(k)+"\"")
		return
	case g.infin && g.govIdx < 0:
		// an infinitive of purpose ("held a meeting … to commemorate"):
		// the subject of the clause it serves, none if that one is passive
		if org, span, v := s.purposeOrganiser(all, g.start); len(org) > 0 {
			// "a seminar was held by X to mark …": coder/organisers.go
			p.subj, p.subjHow, p.subjSpan = org, "organiser of \""+v+"\" (purpose)", span
			return
		}
		if q := s.previousFinite(p, all, g.start); q != nil {
			if !q.g.passive {
				p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\" (purpose)", q.subjSpan
			}
			return
		}
	case g.gov != govNone && g.govIdx >= 0:
		// an infinitive or gerund under a governing verb shares its subject
		if s.causedSubject(p, g) { // "prompting Mexico to break off …": coder/causedacts.go
			return
		}
		if g.gov == govPurpose && s.analyseGroup(g.govIdx).passive && !s.raisedSubject(g.govIdx) { // raisedSubject: coder/kcnaleads.go
			for _, q := range all {
				if org, span := s.organiser(q); q.v == g.govIdx && len(org) > 0 {
					p.subj, p.subjHow, p.subjSpan = org, "organiser of \""+s.norm(q.v)+"\" (purpose)", span
					return // "a seminar was held by X to mark …": coder/organisers.go
				}
			}
			return // "a meeting was held to mark …": whose purpose is not said
		}
		if org, span, v := s.tookPlaceOrganiser(g, all); len(org) > 0 { // kcnasilent.go
			p.subj, p.subjHow, p.subjSpan = org, "organiser of \""+v+"\" (purpose)", span
			return
		}
		for _, q := range all {
			if q.v == g.govIdx && len(q.subj) > 0 {
				p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\"", q.subjSpan
				return
			}
		}
		if !isVerbTag(s.tag(g.govIdx)) {
			// "the will of Laos to boost", "Laos's will to boost": the
			// noun's owner; else the clause's subject ("… on expanding")
			if isNounTag(s.tag(g.govIdx)) {
				if a := s.nounOwner(g.govIdx, p.g.start); len(a) > 0 {
					p.subj, p.subjHow = a, "owner of the \""+s.norm(g.govIdx)+"\""
					return
				}
			}
			if q := s.mainPredicate(p, all); q != nil {
				p.subj, p.subjHow, p.subjSpan = q.subj, "subject of the main clause (\""+s.norm(q.v)+"\")", q.subjSpan
			}
			return
		}
		gp := &pred{v: g.govIdx, vend: g.govIdx + 1}
		gp.g = s.analyseGroup(g.govIdx)
		s.findSubject(gp, all)
		p.subj, p.subjHow, p.subjSpan = gp.subj, "subject of \""+s.norm(g.govIdx)+"\"", gp.subjSpan
		return
	case g.particip:
		if s.norm(k) == ")" {
			// "a report from the Korean Central News Agency (KCNA) announcing"
			for j := k - 1; j >= 0 && j > k-6; j-- {
				if s.norm(j) == "(" {
					k = j - 1
					break
				}
			}
		}
		if k >= 0 && (isNounTag(s.tag(k)) || s.mentionAt(k) != nil) && s.tag(k) != "CD" && !s.isTimeWord(k) && !g.neg {
			if s.tag(p.v) == "VBN" && !s.intransitivePast(p.v) {
				// "the unit honored with the title": a passive reduced relative
				p.g.passive = true
			}
			// a reduced relative: "a report from KCNA confirming …"; a
			// statement or document speaks for its author ("issued a joint
			// statement slamming …")
			a := s.chainLeft(k + 1)
			if a > 0 && locativeAfterVerb(s, a-1) {
				// "held a press conference outside the Court accusing …":
				// the participle belongs to the clause, not to the place
				if q := s.mainPredicate(p, all); q != nil && q.v < p.v {
					p.subj, p.subjHow, p.subjSpan = q.subj, "subject of the main clause (\""+s.norm(q.v)+"\")", q.subjSpan
					return
				}
			}
			s.setSubject(p, a, k+1, "noun phrase modified by the participle")
			if c := s.lastComplement(a, k+1); len(p.subj) == 0 && c > a {
				// "fired tear gas at students protesting …": the
				// complement just before the participle (coder/wireactors.go)
				s.setSubject(p, c, k+1, "noun phrase modified by the participle")
			}
			if len(p.subj) == 0 {
				s.absoluteSubject(p, a, k+1) // "with the minister conceding": stance10.go
			}
			if len(p.subj) == 0 && s.c.sets.speechNouns[s.norm(k)] && s.tag(p.v) == "VBG" {
				if q := s.mainPredicate(p, all); q != nil && q.v < k {
					p.subj, p.subjHow, p.subjSpan = q.subj, "author of the \""+s.norm(k)+"\" (\""+s.norm(q.v)+"\")", q.subjSpan
				}
			}
			return
		}
		// KCNA's inversion: "Arriving here on Monday were envoys from …"
		if e, ok := s.invertedSubject(p); ok {
			s.setSubject(p, e[0], e[1], "subject after \"was/were\" (inversion)")
			return
		}
		if q := s.mainPredicate(p, all); q != nil {
			if s.meansOfGerund(q, k) {
				// the means of the act the main verb is about ("accused
				// Rwanda of making accusations by alleging …") is part of
				// that act, which is the main event's object, not an event
				p.subj, p.subjHow = nil, "none: the means of the \"of V-ing\" act of \""+s.norm(q.v)+"\""
				return
			}
			p.subj, p.subjHow, p.subjSpan = q.subj, "subject of the main clause (\""+s.norm(q.v)+"\")", q.subjSpan
		}
		return
	case w == "and" || w == "but" || w == "or" || w == "nor" || w == "," && isVerbTag(s.tag(k-1)):
		// coordinated verbs share the subject: "met and conferred with"
		if g.finite || s.finiteVerbAt(p.v) {
			if q := s.previousFinite(p, all, k); q != nil {
				p.subj, p.subjHow, p.subjSpan = q.subj, "shared with \""+s.norm(q.v)+"\"", q.subjSpan
				return
			}
		}
	}
	if s.subjectFromClauseStart(p) {
		return
	}
	s.subjectFromVerb(p, k)
}

// onBehalf replaces a first-person or missing subject with the actor it
// speaks for: "I, on behalf of the party, the government and the people
// of Laos, convey …".
func (s *sentence) onBehalf(p *pred) {
	if len(p.subj) > 0 && !(p.subjSpan[1]-p.subjSpan[0] == 1 && (s.norm(p.subjSpan[0]) == "i" || s.norm(p.subjSpan[0]) == "we")) {
		return
	}
	for k := p.g.start - 1; k >= 2 && k > p.g.start-30; k-- {
		if s.norm(k) == "of" && s.norm(k-1) == "behalf" && s.norm(k-2) == "on" {
			e := s.chainRight(k+1, p.g.start)
			if a := s.actorsIn(k+1, e, false); len(a) > 0 {
				p.subj, p.subjHow, p.subjSpan = a, "on behalf of", [2]int{k + 1, e}
			}
			return
		}
		if s.boundaryLeft(k) {
			return
		}
	}
}

// previousFinite returns the finite clause that a coordinated verb at k
// continues: the nearest earlier finite predicate, or any earlier finite
// verb of the sentence ("Kim highlighted …, and personally praised Putin"),
// with its subject found.
func (s *sentence) previousFinite(p *pred, all []*pred, k int) *pred {
	for j := k - 1; j >= 0; j-- {
		if haveForms[s.norm(j)] && s.finiteVerbAt(j) {
			if q := s.perfectGroup(j, k, all); q != nil {
				return q // "that Washington had overreacted and violated …"
			}
		}
		if !s.finiteVerbAt(j) || beForms[s.norm(j)] || haveForms[s.norm(j)] || s.relativeClauseVerb(j, k) /* relativecoordination.go */ {
			continue
		}
		return s.verbWithSubject(j, all)
	}
	return nil
}

// verbWithSubject returns the predicate of the verb at v, found among all
// or analysed afresh, when it has a subject; nil otherwise.
func (s *sentence) verbWithSubject(v int, all []*pred) *pred {
	for _, q := range all {
		if q.v == v && !q.noun {
			if len(q.subj) > 0 {
				return q
			}
			return nil
		}
	}
	q := &pred{v: v, vend: v + 1}
	q.g = s.analyseGroup(v)
	s.findSubject(q, all)
	if len(q.subj) > 0 {
		return q
	}
	return nil
}

// adjunctPreps introduce time and circumstance, never the target.
var adjunctPreps = setOf("during", "after", "before", "amid", "despite", "following", "since", "until",
	"throughout", "via", "unlike", "like", "at")

// locativeAfterVerb reports whether token k is a preposition of place or
// time that follows the verb of a clause ("held a rally outside the
// embassy", "on Monday").
func locativeAfterVerb(s *sentence, k int) bool {
	switch s.norm(k) {
	case "outside", "in", "at", "on", "near", "before", "inside", "across", "around", "during":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j > k-12; j-- {
		if isVerbTag(s.tag(j)) {
			return true
		}
		if s.norm(j) == "," || s.norm(j) == ";" {
			return false
		}
	}
	return false
}

// nounOwner returns the actors owning the noun at k: its "of" complement
// before end, or its possessor.
func (s *sentence) nounOwner(k, end int) []actor {
	if s.norm(k+1) == "of" {
		if e := s.chainRight(k+2, end); e > k+2 {
			if a := s.actorsIn(k+2, e, false); len(a) > 0 {
				return a
			}
		}
	}
	a := s.chainLeft(k + 1)
	if a < k {
		return s.actorsIn(a, k+1, false)
	}
	return nil
}

func (s *sentence) isTimeWord(k int) bool {
	w := s.norm(k)
	_, wd := weekdayNum[w]
	return timeWords[w] || months[w] || wd
}

// subjectFromClauseStart reads the subject from the start of the clause:
// past a preposed adverbial ("In late April, …"), the first noun phrase
// chain, when only parentheticals, appositions, time adjuncts and reduced
// relatives ("headed by …") stand between it and the verb.
func (s *sentence) subjectFromClauseStart(p *pred) bool {
	g := p.g
	a := g.start - 1
	for a >= 0 && !s.boundaryLeft(a) && !(s.finiteVerbAt(a) || s.tag(a) == "MD") {
		if s.norm(a) == "," && p.speech() && (s.trailingAttribution(a) || s.attributionWithOwnTail(a)) {
			// "…, defense officials said.", "…, the ministry said on
			// Monday, accusing …": the phrase after the comma (wire.go,
			// stance10.go)
			break
		}
		a--
	}
	a++
	if a == 1 && s.tag(0) == "IN" {
		a = 0 // "As a member of the Council, Peru …": a preposed adverbial
	}
	if a > 0 && s.finiteVerbAt(a-1) {
		return false // "said the U.S. would": leave it to the nearest phrase
	}
	for a < g.start && (s.tag(a) == "CC" || s.norm(a) == "," || s.tag(a) == "``") {
		a++
	}
	if a >= g.start {
		return false
	}
	if q := s.quantifierLen(a); q > 0 && a+q < g.start && s.tag(a+q) == "CD" {
		a += q // "At least 30 women's organizations … demanded": a number, not an adverbial (coder/names.go)
	}
	if t := s.tag(a); t == "IN" || t == "RB" || t == "WRB" || t == "VBG" || t == "TO" || t == "VBN" {
		// a preposed adverbial must end with a comma
		c := -1
		for j := a + 1; j < g.start; j++ {
			if s.norm(j) == "," {
				c = j
				break
			}
		}
		if c < 0 {
			return false
		}
		a = c + 1
	}
	if a >= g.start || !s.startsNP(a) {
		return false
	}
	e := s.chainRight(a, g.start)
	if e == a {
		return false
	}
	for j := e; j < g.start; j++ {
		if s.norm(j) == "\"" {
			if q := s.quoteEnd(j, g.start); q > 0 {
				j = q - 1 // a quoted title may hold any words
				continue
			}
		}
		t := s.tag(j)
		if s.finiteVerbAt(j) || t == "MD" || t == "WDT" || t == "WP" || s.norm(j) == ";" {
			return false
		}
	}
	a, e, co := s.coordinatedStart(a, e, g.start) // coder/lists.go
	main := s.actorsIn(a, e, false)
	if co > 0 && len(main) > 0 && !s.narrated(main) {
		main = uniqueActors(append(main, s.actorsIn(co, e, false)...))
	}
	if s.unnamedSubjectAfterComma(e, g.start) { // body.go
		return false
	}
	if e < g.start && s.norm(e) == "," && s.startsNP(e+1) {
		ae := s.chainRight(e+1, g.start)
		app := s.actorsIn(e+1, ae, false)
		switch {
		case len(main) > 0 && len(app) > 0:
			p.subj, p.subjHow, p.subjSpan = mergeApposition(main, app), "noun phrase with its apposition", [2]int{a, ae}
			if more, _ := s.innerApposedConjunct([2]int{a, e}, g.start); len(more) > 0 {
				// "a delegation of X and Ricardo Abreu, secretary of Y,": two sources (cosenders.go)
				p.subj, p.subjHow = addActors(main, more), "coordinated noun phrase, its last conjunct with its apposition"
			}
			return true
		case len(app) > 0:
			p.subj, p.subjHow, p.subjSpan = app, "apposition", [2]int{e + 1, ae}
			return true
		}
	}
	if len(main) == 0 {
		if e-a == 1 && s.tag(a) == "PRP" || e-a == 2 && s.norm(a) == "the" && (s.norm(a+1) == "country" || s.norm(a+1) == "government") {
			s.resolvePronoun(p, e-1)
			return len(p.subj) > 0
		}
		return false
	}
	p.subj, p.subjHow, p.subjSpan = main, "noun phrase at the start of the clause", [2]int{a, e}
	return true
}

// startsNP reports whether a noun phrase can start at token k.
func (s *sentence) startsNP(k int) bool {
	if s.mentionAt(k) != nil {
		return true
	}
	t := s.tag(k)
	return npTag(t) && t != "POS" && t != "''" && t != "VBN" && t != "VBG"
}

// subjectFromVerb finds the noun phrase chain left of the verb group,
// looking past temporal adjuncts and a parenthetical apposition.
func (s *sentence) subjectFromVerb(p *pred, k int) {
	k = s.skipTimeLeft(k)
	if k < 0 {
		return
	}
	if s.norm(k) == "," || s.norm(k) == ")" {
		// "Russia's chief of the general staff, Valery Gerasimov, reported":
		// find the opening comma of the apposition
		if o := s.nonRestrictiveOpen(k); s.norm(k) == "," && o > 0 {
			// "Pakistan, whose citizens were most of the dead, demanded":
			// the phrase before the relative clause, which may hold its
			// own verb; else as before (an office in "who heads …")
			// (stance10.go)
			mainEnd := s.skipTimeLeft(o-1) + 1
			ms := s.chainLeft(mainEnd)
			if main := s.actorsIn(ms, mainEnd, false); len(main) > 0 && (ms == 0 || s.boundaryLeft(ms-1)) {
				// (the whole phrase: "Former U.S. negotiator on DPRK
				// affairs Evans Revere, who …" is not "DPRK affairs …")
				p.subj, p.subjHow, p.subjSpan = main, "noun phrase before a relative clause set off by commas", [2]int{ms, mainEnd}
				return
			}
		}
		open := -1
		closer := s.norm(k)
		for j := k - 1; j >= 0 && j > k-30; j-- {
			w := s.norm(j)
			if closer == "," && w == "," || closer == ")" && w == "(" {
				open = j
				break
			}
			if s.relativeInApposition(j) {
				j-- // "X, chairman of Y who is chairman of Z, praised": coder/quotedspeakers.go
				continue
			}
			if s.boundaryLeft(j) || isVerbTag(s.tag(j)) && s.tag(j) != "VBN" && s.tag(j) != "VBG" {
				break
			}
		}
		if open > 0 {
			mainEnd := s.skipTimeLeft(open-1) + 1
			ms := s.chainLeft(mainEnd)
			main := s.actorsIn(ms, mainEnd, false)
			app := s.actorsIn(open+1, k, false)
			if co := s.coSubject(open+1, k); co > 0 && len(main) > 0 {
				// "Cuba, together with Venezuela, condemned": both act
				// (coder/lists.go)
				p.subj = uniqueActors(append(main, s.actorsIn(co, k, false)...))
				p.subjHow, p.subjSpan = "noun phrase with its co-subject", [2]int{ms, k}
				return
			}
			switch {
			case len(main) > 0 && len(app) > 0:
				p.subj = mergeApposition(main, app)
				p.subjHow, p.subjSpan = "noun phrase with its apposition", [2]int{ms, k}
				return
			case len(main) > 0:
				p.subj, p.subjHow, p.subjSpan = main, "noun phrase before the apposition", [2]int{ms, mainEnd}
				return
			case len(app) > 0:
				p.subj, p.subjHow, p.subjSpan = app, "apposition", [2]int{open + 1, k}
				return
			}
			if ms < mainEnd {
				return
			}
		}
		return
	}
	if s.tag(k) == "PRP" {
		// "it", "they", "he": the nearest earlier subject in the sentence
		s.resolvePronoun(p, k)
		return
	}
	a := s.chainLeft(k + 1)
	if v := a - 1; v > 0 && s.finiteVerbAt(v) {
		// "X, …, who visited the DPRK praised Y": the phrase before the verb
		// is the object of a relative clause; the subject is its antecedent
		for j := v - 1; j >= 0 && j > v-4; j-- {
			if t := s.tag(j); t == "WP" || t == "WDT" {
				e := j
				if s.norm(e-1) == "," {
					e--
				}
				if e > 0 {
					s.setSubject(p, s.chainLeft(e), e, "antecedent of the relative clause before the verb")
					if len(p.subj) > 0 {
						return
					}
				}
				break
			}
			if !isAdvTag(s.tag(j)) && !haveForms[s.norm(j)] && !beForms[s.norm(j)] {
				break
			}
		}
	}
	s.setSubject(p, a, k+1, "noun phrase before the verb")
}

// mergeApposition keeps the more specific of two descriptions of one actor:
// a person's code when it agrees in country, else the main phrase.
func mergeApposition(main, app []actor) []actor {
	if len(main) != 1 || len(app) != 1 {
		return main
	}
	m, a := main[0], app[0]
	if len(a.code) >= 3 && len(m.code) >= 3 && a.code[:3] == m.code[:3] && len(a.code) > len(m.code) {
		a.i = min(a.i, m.i)
		return []actor{a}
	}
	if len(m.code) >= 3 && len(m.code) == 3 && len(a.code) > 3 && m.code == a.code[:3] {
		return []actor{a}
	}
	return main
}

func (s *sentence) setSubject(p *pred, a, b int, how string) {
	if a >= b {
		return
	}
	if b-a == 1 && s.tag(a) == "PRP" && (s.mentionAt(a) == nil || !s.mentionAt(a).speaker) {
		s.resolvePronoun(p, a)
		return
	}
	if s.possessedCountry(p, a, b) { // coder/wirespeakers.go
		return
	}
	p.subj = s.actorsIn(a, b, false)
	p.subjHow, p.subjSpan = how, [2]int{a, b}
}

// resolvePronoun gives a subject pronoun the subject of the nearest earlier
// clause of the same sentence, when they agree: "he" and "she" are people,
// "it" is not.
func (s *sentence) resolvePronoun(p *pred, k int) {
	w := s.norm(k)
	if w == "country" || w == "government" {
		w = "it" // "the country", "the government": the earlier subject
	}
	if w != "it" && w != "they" && w != "he" && w != "she" {
		return
	}
	if s.prevSubj == nil && s.carriedPronoun(p, k, w) { // coder/wirespeakers.go
		return
	}
	if s.prevSubj == nil || s.prevSubjEnd > k {
		return
	}
	if k > 0 && s.norm(k-1) == "," && p.v == k+1 && s.trailingSpeech(p) {
		// "South Korea staged drills …, it charged": the one who reports
		// is not the one reported on; the pronoun names someone outside
		// the sentence
		return
	}
	if m := s.mentionAt(s.prevSubj[0].i); m != nil && m.speaker {
		return // "we are concerned …, because it threatens …": "it" is not "we"
	}
	if len(s.prevSubj) > 1 && w != "they" {
		return // "the U.S., Japan and others …, it noted": "it" is not a list
	}
	person := false
	for _, a := range s.prevSubj {
		if m := s.mentionAt(a.i); m != nil && m.person != nil {
			person = true
		}
	}
	for j := max(s.prevSubjStart, 0); j < s.prevSubjEnd && !person; j++ {
		// a title is a person: "the Japanese prime minister said he …"
		if m := s.mentionAt(j); m != nil && m.sector != nil && m.sector.Title != "" {
			person = true
		}
	}
	if (w == "he" || w == "she") != person && w != "they" {
		return
	}
	p.subj, p.subjHow, p.subjSpan = s.prevSubj, "pronoun \""+w+"\" = the earlier subject", [2]int{k, k + 1}
}

// invertedSubject finds the subject of "Arriving here … were X".
func (s *sentence) invertedSubject(p *pred) ([2]int, bool) {
	for k := p.vend; k < len(s.toks) && k < p.vend+15; k++ {
		w := s.norm(k)
		if w == "was" || w == "were" {
			start := k + 1
			end := s.chainRight(start, len(s.toks))
			if end > start {
				return [2]int{start, end}, true
			}
			return [2]int{}, false
		}
		if isVerbTag(s.tag(k)) && s.tag(k) != "VBN" && !(s.tag(k) == "VB" && s.norm(k-1) == "to") {
			// an infinitive of purpose may stand before "were" ("Also
			// leaving to visit China were …"); any other verb ends the search
			return [2]int{}, false
		}
	}
	return [2]int{}, false
}

// mainPredicate returns the finite predicate whose subject a participial
// clause shares: the nearest one before it, else the first after it.
func (s *sentence) mainPredicate(p *pred, all []*pred) *pred {
	var before, after *pred
	for _, q := range all {
		if q == p || q.noun || !q.g.finite && !s.finiteVerbAt(q.v) {
			continue
		}
		if q.v < p.v {
			before = q
		} else if after == nil {
			after = q
		}
	}
	if before != nil && len(before.subj) > 0 {
		return before
	}
	if before != nil && s.wireNews() && s.norm(p.g.start-1) == "," {
		if sp := s.speakerBefore(before, all); sp != nil { // wireacts.go
			return sp
		}
	}
	if after != nil {
		return after
	}
	return before
}

func (s *sentence) finiteVerbAt(k int) bool {
	t := s.tag(k)
	return t == "VBD" || t == "VBZ" || t == "VBP"
}

// isQuestion reports whether the sentence is a question.
func (s *sentence) isQuestion() bool {
	quoted := false
	for k := len(s.toks) - 1; k >= 0; k-- {
		w := s.toks[k].Text
		if isCloserText(w) {
			quoted = quoted || w != ")"
			continue
		}
		if w == "?" && quoted && s.quotedTitleEnd(k) {
			return false // carried an article titled "Who is behind it?"
		}
		return w == "?"
	}
	return false
}

// quotedTitleEnd reports whether the question mark at k closes a quotation
// that opens after the sentence's first words: a quoted title, not the
// sentence's own question.
func (s *sentence) quotedTitleEnd(k int) bool {
	for j := k - 1; j > 0; j-- {
		if w := s.toks[j].Text; w == "\"" || w == "“" || w == "«" {
			return j > 2
		}
	}
	return false
}

func isCloserText(w string) bool {
	return w == "\"" || w == "”" || w == "'" || w == "’" || w == ")" || w == "»"
}

// inConditional reports whether token k is inside an "if"/"unless" clause.
func (s *sentence) inConditional(k int) bool {
	for j := k - 1; j >= 0; j-- {
		w := s.norm(j)
		if w == "if" || w == "unless" || w == "whether" {
			return true
		}
		if w == ";" || w == "." || w == "," && j < k-1 && s.norm(j+1) != "if" {
			return false
		}
	}
	return false
}

// targetSearch finds the default target of a predicate: the actors of the
// first phrase in its object or prepositional phrases, before the clause
// ends, that names a country or organisation; failing that, the first
// phrase named by its sector alone ("the authorities").
func (s *sentence) targetSearch(from, hi int, skipSpan [2]int) ([]actor, [2]int) {
	var fallback []actor
	fspan := [2]int{-1, -1}
	for k := from; k < hi; k++ {
		if k >= skipSpan[0] && k < skipSpan[1] {
			continue
		}
		if adjunctPreps[s.norm(k)] && s.norm(k+1) != "least" && s.norm(k+1) != "most" ||
			s.norm(k) == "by" && k > 0 && (s.tag(k-1) == "VBN" || s.tag(k-1) == "VBD") {
			// "a question put by KCNA": the agent of a description
			// "during the official visit of …": a time, not a target
			k = s.adjunctTail(s.norm(k), s.chainRight(k+1, hi)-1, hi) // "after days of fighting with the army": wireroots.go
			continue
		}
		if s.norm(k) == "for" && s.tag(k+1) == "VBG" {
			break // "jailed a man for helping militants in X": the reason, not the target
		}
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		a := s.npStartLeftWithin(k, from)
		e := s.chainRight(a, hi)
		if e <= k {
			e = m.j
		}
		acts := s.actorsIn(a, e, true)
		strong := len(acts) > 0 && !strings.HasPrefix(acts[0].code, sectorOnly)
		for _, x := range acts {
			strong = strong && !x.weak
		}
		if strong {
			return acts, [2]int{a, e}
		}
		if len(acts) > 0 && (fallback == nil || fallback[0].weak && !acts[0].weak) {
			// a modifier ("on the Korean peninsula") or a sector alone
			// ("the authorities") serves only when nothing better comes
			fallback, fspan = acts, [2]int{a, e}
		}
		k = max(k, e-1)
	}
	return fallback, fspan
}

// npStartLeftWithin returns the start of the base noun phrase containing k,
// not before lo.
func (s *sentence) npStartLeftWithin(k, lo int) int {
	a := s.npStartLeft(k + 1)
	if m := s.mentionAt(k); m != nil && a > m.i {
		a = m.i
	}
	if a < lo {
		a = lo
	}
	return a
}

// describe names the classes of a predicate for explanations.
func (p *pred) describe() string {
	var names []string
	for _, c := range p.cands {
		names = append(names, c.form.class.Name)
	}
	s := strings.Join(names, ", ")
	if p.noun {
		s += " (noun)"
	}
	return s
}

// reportsContent reports whether the predicate takes a "that" clause as
// its content: verbs of saying, acknowledging, denying, confirming.
func (p *pred) reportsContent() bool {
	for _, c := range p.cands {
		if c.form.class.Speech || strings.HasPrefix(c.form.class.Code, "01") {
			return true
		}
	}
	return false
}

// speech reports whether the predicate is a verb of saying.
func (p *pred) speech() bool {
	for _, c := range p.cands {
		if c.form.class.Speech {
			return true
		}
	}
	return false
}

var _ = dict.NoCode

// finiteVerbBefore reports whether a finite verb precedes token k.
func (s *sentence) finiteVerbBefore(k int) bool {
	for j := 0; j < k; j++ {
		if s.finiteVerbAt(j) {
			return true
		}
	}
	return false
}

// determinedGerund reports whether the -ing word at k follows a determiner
// or a possessive, with only adjectives between: "the successful ending",
// "its holding", "Japan's signing".
func (s *sentence) determinedGerund(k int) bool {
	j := k - 1
	for j >= 0 && isAdjTag(s.tag(j)) {
		j--
	}
	return j >= 0 && (s.tag(j) == "DT" || s.tag(j) == "PRP$" || s.tag(j) == "POS")
}

// meansOfGerund reports whether the participle after "by" at k tells the
// means of a gerund "of V-ing" after q's object: in "France accused Rwanda
// of making accusations by alleging …", Rwanda alleges, and the allegation
// is what France accuses it of.
func (s *sentence) meansOfGerund(q *pred, k int) bool {
	if k < 0 || s.norm(k) != "by" || q.v >= k {
		return false
	}
	for x := q.vend; x+1 < k; x++ {
		if s.norm(x) == "of" && (s.tag(x+1) == "VBG" || strings.HasSuffix(strings.TrimRight(s.norm(x+1), "`'\""), "ing")) {
			return len(s.actorsIn(q.vend, x, false)) > 0
		}
	}
	return false
}

// grievanceObject returns where the object of a grievance starts in the
// phrase chain [a, e) — "indignation at" / "wrath against" / "angry at" and
// the object after the preposition, the grievance of the knowledge's
// GRIEVANCES set (05-analysis.txt) opening the chain across adjectives —
// or -1.
func (s *sentence) grievanceObject(a, e int) int {
	words := s.c.sets.lowered(setGrievances)
	for k := a; k < e; k++ {
		if words[s.norm(k)] {
			for j := k + 1; j < e && j <= k+2; j++ {
				if s.tag(j) == "IN" || s.tag(j) == "TO" {
					return j + 1
				}
			}
			return -1
		}
		if !isAdjTag(s.tag(k)) && !isDeterminer(s.tag(k)) && !isAdvTag(s.tag(k)) && s.tag(k) != "VBG" {
			return -1
		}
	}
	return -1
}

// setGrievances names the knowledge files' set of grievances toward an
// object (05-analysis.txt).
const setGrievances = "GRIEVANCES"
