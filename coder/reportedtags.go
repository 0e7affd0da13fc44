// Tags of reported speech in wire reports: a participle the tagger reads
// where the report has a past tense ("The minister confirmed/VBN to
// reporters that …", "dismissed as baseless reports that …"), and a verb
// in -s after a pronoun subject read as a plural noun.

package coder

import "strings"

// reportedSpeechTags makes the corrections of this file, in order.
func (s *sentence) reportedSpeechTags() {
	s.coordinatedPasts()
	s.reportingPasts()
	s.frontedAsPasts()
	s.presentsAfterSubject()
}

// coordinatedPasts retags as a past tense the participle that follows the
// sentence's opening noun phrase and takes an object, when the sentence's
// first finite verb is a past tense coordinated with it: "Norway
// summoned/VBN China's ambassador on Friday and called/VBD off the talks"
// has two verbs under one subject, both finite.
func (s *sentence) coordinatedPasts() {
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "VBN" || !isNounTag(s.tag(k-1)) || s.chainLeft(k) != 0 || !s.startsNP(k+1) || s.tag(k+1) == "IN" {
			continue
		}
		for j := k + 1; j < len(s.toks); j++ {
			if !s.finiteVerbAt(j) && s.tag(j) != "MD" {
				continue
			}
			c := j - 1
			for c > k && isAdvTag(s.tag(c)) {
				c--
			}
			if s.tag(j) == "VBD" && (s.norm(c) == "and" || s.norm(c) == "but") {
				t.Tag = "VBD"
			}
			break
		}
		return // only the first verb after the opening noun phrase
	}
}

// reportingPasts retags as a past tense the participle of a verb of saying
// that follows the sentence's subject and takes a that-clause, directly or
// after "to" and its addressee: "The US defence secretary later
// confirmed/VBN to reporters that …" has no other verb for the participle
// to hang on, and a reduced relative takes no that-clause. A verb of
// reportingVerbs may also have a date between it and its clause
// ("conceded on Tuesday that …") and its subject after a fronted adverbial
// ("After two weeks of denials, Tajikistan's security committee conceded
// on Tuesday that …"). Only a participle before the first finite verb is
// read.
func (s *sentence) reportingPasts() {
	k, e, ok := s.subjectParticiple()
	if !ok {
		return
	}
	t := &s.toks[k]
	st := s.chainLeft(e)
	switch {
	case st == 0 && s.thatClauseAfter(k, false):
		t.Tag = "VBD"
	case s.c.sets.lowered(setReportingVerbs)[t.Norm] && (st == 0 || s.frontedAdverbial(st)) && s.thatClauseAfter(k, true):
		t.Tag = "VBD"
		s.note("\"" + t.Norm + "\" before its that-clause: a past tense, not a participle")
	}
}

// subjectParticiple returns the sentence's first participle k before any
// finite verb or modal, and the start e of the adverbs before it, when a
// noun ends the phrase before them: a past tense after its subject that the
// tagger may have read as a participle.
func (s *sentence) subjectParticiple() (k, e int, ok bool) {
	for k = 1; k+1 < len(s.toks); k++ {
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return 0, 0, false
		}
		if s.tag(k) != "VBN" {
			continue
		}
		e = k
		for e > 1 && isAdvTag(s.tag(e-1)) {
			e--
		}
		return k, e, isNounTag(s.tag(e - 1))
	}
	return 0, 0, false
}

// thatClauseAfter reports whether a that-clause follows the verb at k,
// directly or after "to" and its addressee, with a report's dates skipped
// when dated.
func (s *sentence) thatClauseAfter(k int, dated bool) bool {
	skip := func(j int) int { return j }
	if dated {
		skip = s.skipReportDate
	}
	j := skip(k + 1)
	if s.norm(j) == "to" && j+1 < len(s.toks) {
		j = skip(s.npEndRight(j + 1))
	}
	return s.norm(j) == "that"
}

// setReportingVerbs names the word set REPORTING_VERBS
// (dict/data/06-analysis-words.txt), whose words are the past forms of the
// verbs of saying and owning up that take a that-clause; a tagger reads them
// as participles after a subject when a date stands between the verb and its
// clause.
const setReportingVerbs = "REPORTING_VERBS"

// frontedAdverbial reports whether the tokens before st are an adverbial
// phrase fronted before the subject and closed by a comma: "After two
// weeks of denials,", "In a rare admission,", "On Friday,".
func (s *sentence) frontedAdverbial(st int) bool {
	if st < 3 || s.norm(st-1) != "," {
		return false
	}
	if t := s.tag(0); t != "IN" && !isAdvTag(t) {
		return false
	}
	for k := 1; k < st-1; k++ {
		if t := s.tag(k); isVerbTag(t) && t != "VBG" && t != "VBN" || s.norm(k) == "," {
			return false
		}
	}
	return true
}

// skipReportDate skips the date a wire report puts after its verb: "on
// Tuesday", "late on Friday", "earlier on Monday", "yesterday", "last
// week"; it returns the next token.
func (s *sentence) skipReportDate(j int) int {
	for range 4 {
		w := s.norm(j)
		switch {
		case w == "on" || w == "late" || w == "early" || w == "earlier" || w == "later":
			j++
		case w == "last" && (s.norm(j+1) == "week" || s.norm(j+1) == "month"):
			j += 2
		case s.isTimeWord(j):
			j++
		default:
			return j
		}
	}
	return j
}

// frontedAsPasts retags as a past tense the participle that follows the
// sentence's opening noun phrase, when that phrase names an actor and the
// participle fronts "as" and a falsehood before its object: "The
// Sudanese army dismissed/VBN as baseless reports that it had bombed …"
// (the later finite verb made the tagger read a reduced relative).
func (s *sentence) frontedAsPasts() {
	k, e, ok := s.subjectParticiple()
	if !ok || s.chainLeft(e) != 0 || s.norm(k+1) != "as" || !s.c.sets.lowered(setFalsehoodAdjectives)[s.norm(k+2)] {
		return
	}
	for j := 0; j < e; j++ {
		if m := s.mentionAt(j); m != nil && (m.actor != nil || m.person != nil) {
			s.toks[k].Tag = "VBD"
			return
		}
	}
}

// setFalsehoodAdjectives names the word set FALSEHOOD_ADJECTIVES
// (dict/data/06-analysis-words.txt), whose words are the words of a falsehood
// that "dismissed as", "rejected as" front before the object.
const setFalsehoodAdjectives = "FALSEHOOD_ADJECTIVES"

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

// presentsAfterSubject retags as a present tense (VBZ) a verb form in -s
// that the tagger read as a plural noun after its subject, past a quote
// mark or an adverb in -ly: "said that it \"categorically rejects\" the
// accusations", "\"China firmly opposes and rejects …\"". The adverbs
// read as nouns become adverbs. The form must be one of the lexicon's
// verbs.
func (s *sentence) presentsAfterSubject() {
	for k := 1; k < len(s.toks); k++ {
		t := s.tag(k)
		w := s.norm(k)
		if t != "NNS" && t != "NN" || !strings.HasSuffix(w, "s") || len(s.c.lx.forms[w]) == 0 {
			continue
		}
		j := k - 1
		var lys []int
		for j > 0 && (isQuote(s.norm(j)) || isAdvTag(s.tag(j)) || strings.HasSuffix(s.norm(j), "ly") && (isNounTag(s.tag(j)) || s.tag(j) == "JJ")) {
			if !isQuote(s.norm(j)) {
				lys = append(lys, j)
			}
			j--
		}
		if j == k-1 && !subjectPronouns[s.norm(j)] {
			continue // a noun right after a noun is a compound
		}
		if !subjectPronouns[s.norm(j)] && !(s.tag(j) == "NNP" && (j == 0 || isQuote(s.norm(j-1)))) {
			continue
		}
		s.toks[k].Tag = "VBZ"
		for _, a := range lys {
			s.toks[a].Tag = "RB"
		}
	}
}

// subjectPronouns stand before a present tense of their clause.
var subjectPronouns = setOf("it", "he", "she")
