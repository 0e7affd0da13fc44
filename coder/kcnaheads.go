// Headline coordination with a comma: KCNA headlines join two sides with a
// comma where prose says "and" ("DPRK, Laos Sign Agreement on Cooperation",
// "Russia, Cuba to Expand Cooperation"). Found by a precision audit of
// random KCNA events; counted over the whole headline corpus.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// headlineCommaPairs reads the commas between the actor names that open a
// headline as "and" ("A, B Verb …" is "A and B Verb …", so joint acts run
// both ways and others from each side), when the names are of different
// countries, the list is only names joined by commas or "and", and a verb
// of the dictionaries, "to" or "will" follows the last name at once (no
// apposition: "Kim Yong Nam, Chinese Envoy Meet" is rare, "Kim Yong Nam,
// Chinese Envoy, …" has no verb there). Lists elsewhere ("Kim Jong Il
// Receives Delegations of Laos, Cuba") are left alone. It returns the
// commas' indexes.
func (s *sentence) headlineCommaPairs() []int {
	if !s.headline || len(s.ments) < 2 {
		return nil
	}
	var commas []int
	seen := map[string]bool{}
	k := 0
	for {
		m := s.mentionAt(k)
		if m == nil || m.i != k || m.sector != nil || m.j >= len(s.toks) {
			return nil
		}
		c := m.code()
		if len(c) < 3 || c[:3] == "---" || seen[c[:3]] {
			return nil
		}
		seen[c[:3]] = true
		k = m.j
		if w := s.toks[k].Norm; w == "," {
			commas = append(commas, k)
		} else if w != "and" {
			break
		}
		k++
	}
	if len(commas) == 0 {
		return nil
	}
	if w := s.toks[k].Norm; w != "to" && w != "will" && !s.c.lx.singleWordVerb(w) {
		return nil
	}
	for _, c := range commas {
		s.toks[c].Norm = "and"
	}
	return commas
}

// setGreetedOccasions names the word set GREETED_OCCASIONS
// (dict/data/98-kcna-heads.txt): the nouns of a date or a time that "greet"
// takes as its object when it means reaching it ("greeted the New Year").
const setGreetedOccasions = "GREETED_OCCASIONS"

// greetedOccasions drops a greeting (05x) by the verb "greet" that found no
// addressee and whose object is a date or a time ("the Korean people are
// greeting the New Year", "the WPK greets its 66th anniversary", "the
// DPRK greeted the new era"): reaching a date, no praise of anyone.
// 45 such events in the 2011, 2012 and headline corpora, nearly all wrong.
func (s *sentence) greetedOccasions(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.tgt.code == "" && strings.HasPrefix(c.code, "05") && s.greetsOccasion(c.verb) {
			s.note("\"" + s.spanText(c.verb[0], c.verb[1]) + "\" a date or a time: reaching it, no greeting of anyone")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// greetsOccasion reports whether the verb span v is a form of "greet" whose
// object's head, past determiners, possessives, numbers and adjectives, is
// one of GREETED_OCCASIONS.
func (s *sentence) greetsOccasion(v [2]int) bool {
	if v[1]-v[0] != 1 {
		return false
	}
	switch s.norm(v[0]) {
	case "greet", "greets", "greeted", "greeting":
	default:
		return false
	}
	occ := s.c.sets.lowered(setGreetedOccasions)
	for k := v[1]; k < len(s.toks) && k < v[1]+6; k++ {
		w := s.norm(k)
		if k+1 < len(s.toks) && occ[w+" "+s.norm(k+1)] {
			return true
		}
		if occ[w] {
			return true
		}
		switch t := s.tag(k); {
		case t == "DT" || t == "PRP$" || t == "CD" || t == "JJ" || t == "JJS" || t == "RB" || t == "POS":
		default:
			return false
		}
	}
	return false
}

// agentlessPassiveHeads drops the events of a headline told in the passive
// with no agent ("U.S. Arms Sale to Taiwan Flayed", "Normalization of
// Relations between DPRK and Japan Urged", "Withdrawal of Foreign
// Troops Demanded in S. Korea"): the conventions give
// such a headline nothing, since whoever flays, urges or demands is not
// named, and the actors named before the participle are what is acted on,
// not its source. The participle must close the headline, or be followed
// only by a place ("in S. Korea"), with no "by" anywhere; an event whose
// source follows the participle ("Kim Jong Il's Work Carried in Romanian
// Newspaper") is kept, as are the agreements signed between two named
// sides (057, agreementsbetween.go) and arrivals (04x: "Delegations of
// Russia and Mongolia arrived" is active). 58 such events in the 2011, 2012
// and headline corpora.
func (s *sentence) agentlessPassiveHeads(out []candidate) []candidate {
	if !s.headline || len(out) == 0 {
		return out
	}
	for k := range s.toks {
		if w := s.norm(k); w == "by" || w == ":" {
			return out
		}
	}
	keep := out[:0]
	for _, c := range out {
		if c.code != "057" && !strings.HasPrefix(c.code, "04") && c.src.j <= c.verb[0] && s.closingParticiple(c.verb) {
			s.note("\"" + s.spanText(c.verb[0], c.verb[1]) + "\" closes a passive headline with no agent: nothing")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// closingParticiple reports whether the verb span v is one word in -ed that
// ends the headline or is followed only by a place phrase ("in S. Korea",
// "at UN").
func (s *sentence) closingParticiple(v [2]int) bool {
	if v[1]-v[0] != 1 || !strings.HasSuffix(s.norm(v[0]), "ed") {
		return false
	}
	k := v[1]
	if k < len(s.toks) && s.norm(k) == "." {
		k++
	}
	if k == len(s.toks) {
		return true
	}
	if w := s.norm(k); w != "in" && w != "at" {
		return false
	}
	for j := k + 1; j < len(s.toks); j++ {
		if isVerbTag(s.tag(j)) {
			return false
		}
	}
	return true
}

// kcnaKorea is the DPRK as KCNA names it beside a partner: "Korea".
var kcnaKorea = &dict.ActorPhrase{Words: []string{"korea"}, Kind: dict.KindName, Code: "PRK", Pos: dict.Pos{File: "coder: KCNA's \"Korea\" paired with another country (kcnaheads.go)"}}

// kcnaKoreaPairs reads a bare "Korea" as the DPRK in a publication of the
// DPRK when it is the first of a pair with another country ("Korea,
// Bangladesh cooperate in cultural domain", "Talks between delegations of
// Korea and Russia", "Korea-China cultural exchange plan signed"): KCNA's
// older headlines name the DPRK so in its bilateral relations; and when it
// closes the name of one of the DPRK's own bodies ("the Writers Union of
// Korea", "a delegation of the Medical Association of Korea").
// 10-countries.txt keeps bare "Korea" as KOR, right for the peninsula's
// history and for other news; so do a quoted name ("the 'Korea-Japan
// Annexation Treaty'", a treaty of 1910) and a Korea with its side ("s.
// Korea-Israel arms sales").
func (s *sentence) kcnaKoreaPairs() {
	if s.doc.home != "PRK" {
		return
	}
	var named []*mention
	for _, m := range s.ments {
		if m.actor == nil || m.actor.Code != "KOR" || m.j-m.i != 1 || s.toks[m.i].Text != "Korea" {
			continue
		}
		if s.reunificationName(m) {
			named = append(named, m)
			continue
		}
		if s.koreaQualified(m.i) {
			continue
		}
		if s.homeBodyOfKorea(m) {
			m.actor = kcnaKorea
			continue
		}
		if m.j+1 >= len(s.toks) {
			continue
		}
		if w := s.norm(m.j); w != "," && w != "and" && w != "-" {
			continue
		}
		p := s.mentionAt(m.j + 1)
		if p == nil || p.i != m.j+1 || p.actor == nil || p.actor.Kind != dict.KindName {
			continue
		}
		if c := demarche.Country(p.actor.Code); c == "" || c == "KOR" || c == "PRK" || len(p.actor.Code) != 3 {
			continue
		}
		m.actor = kcnaKorea
	}
	if len(named) > 0 {
		s.dropMentions(named)
	}
}

// reunificationName reports whether the "Korea" of m ends the name of a
// body for Korea's reunification or peace, outside a headline ("the Kyoto
// Committee for Supporting the Peaceful Reunification of Korea", "the
// International Liaison Committee for Reunification and Peace in Korea",
// "the Asia-Pacific Regional Committee for Supporting Korea's
// Reunification"): the cause the body is named for, not an actor; such a
// body is foreign or international (the DPRK's own Committee for the
// Peaceful Reunification of Korea is a name of the knowledge files).
func (s *sentence) reunificationName(m *mention) bool {
	if s.headline {
		return false
	}
	if m.i >= 2 && (s.norm(m.i-1) == "of" || s.norm(m.i-1) == "in") {
		if w := s.toks[m.i-2]; w.Capitalized() && (w.Norm == "reunification" || w.Norm == "peace") {
			return true
		}
	}
	return m.j+1 < len(s.toks) && s.norm(m.j) == "'s" && s.toks[m.j+1].Text == "Reunification"
}

// dropMentions removes the mentions drop and indexes the rest again.
func (s *sentence) dropMentions(drop []*mention) {
	keep := s.ments[:0]
	for _, m := range s.ments {
		gone := false
		for _, d := range drop {
			gone = gone || d == m
		}
		if !gone {
			keep = append(keep, m)
		}
	}
	s.ments = keep
	for i := range s.at {
		s.at[i] = -1
	}
	for n, m := range s.ments {
		for k := m.i; k < m.j; k++ {
			s.at[k] = n
		}
	}
}

// setHomeBodyHeads names the word set KCNA_HOME_BODY_HEADS
// (dict/data/98-kcna-heads.txt): the last words of the DPRK's own bodies
// named "… of Korea" ("the Writers Union of Korea", "the Social Scientists
// Society of Korea").
const setHomeBodyHeads = "KCNA_HOME_BODY_HEADS"

// homeBodyOfKorea reports whether the "Korea" of m closes the name of a
// body "<…> <head> of Korea" whose head is one of KCNA_HOME_BODY_HEADS and
// whose name does not go on ("the General Student Council of Korea
// University" is a south Korean university's).
func (s *sentence) homeBodyOfKorea(m *mention) bool {
	if m.i < 2 || s.norm(m.i-1) != "of" || !s.c.sets.lowered(setHomeBodyHeads)[s.norm(m.i-2)] || !s.toks[m.i-2].Capitalized() {
		return false
	}
	return m.j >= len(s.toks) || !s.toks[m.j].Capitalized()
}

// koreaQualified reports whether the "Korea" at i has its side before it
// ("south", "S.", "north") or opens a quoted name (a quotation mark at most
// two words before it).
func (s *sentence) koreaQualified(i int) bool {
	if i > 0 {
		switch s.norm(i - 1) {
		case "south", "north", "s.", "n.", "s", "n":
			return true
		case ".":
			if w := s.norm(i - 2); w == "s" || w == "n" {
				return true // "s. Korea" split as s / . / Korea
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if w := s.toks[k].Text; w == "\"" || w == "'" || w == "“" || w == "‘" || w == "``" {
			return true
		}
	}
	return false
}

// blamedSubjects reads the accusation (112) whose source is the subject of a
// predicative "to blame" ("U.S. Chiefly to Blame for Arms Race", "the Lee
// group is entirely to blame for the stalled relations", "U.S., south
// Korea to blame for naval clash"): the subject is the one blamed. The one
// who blames is the speaker a headline names after a colon ("…: Nigerian
// Organization") or the speaking state of a government's statement ("the
// Council, which is partly to blame for …"); with neither, it is the
// outlet's own unnamed voice and the event is dropped. A named speaker who
// says so in the sentence ("X said that the regime was to blame") keeps
// its event. 70 such events in the 2011, 2012 and headline corpora, all
// read wrong.
func (s *sentence) blamedSubjects(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if e := s.blamedSubjectEnd(c.verb); e >= 0 && c.src.j <= e && s.plainSubjectSpan(c.src.j, e) {
			if by, ok := s.blamer(); ok && demarche.Country(by.code) != demarche.Country(c.src.code) {
				s.note("\"to " + s.spanText(c.verb[0], c.verb[1]) + "\": " + c.src.code + " is the one blamed, by " + by.code)
				c.tgt, c.src, c.noTarget = c.src, by, false
				keep = append(keep, c)
				continue
			}
			s.note("\"to " + s.spanText(c.verb[0], c.verb[1]) + "\": " + c.src.code + " is the one blamed, not the one who blames")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// blamer returns the one who blames in a "to blame" sentence: the speaker
// named after a headline's colon, or the speaking state of a government's
// statement.
func (s *sentence) blamer() (actor, bool) {
	if s.headline {
		if c := s.lastColon(); c >= 0 {
			for _, a := range s.actorsIn(c+1, len(s.toks), false) {
				if a.i == c+1 && !a.weak && len(a.code) >= 3 && a.code[:3] != "---" && a.code[0] != '~' {
					a.note = "the speaker after the colon"
					return a, true
				}
			}
		}
	}
	if sp := s.doc.speaker; sp != "" {
		code := sp
		if len(code) == 3 {
			code += "GOV"
		}
		return actor{code: code, i: -1, j: -1, note: "the speaking state"}, true
	}
	return actor{}, false
}

// blamedSubjectEnd returns the end of the subject of a predicative "to
// blame" at the verb span v, past a form of "be", "will" and adverbs
// ("is chiefly to blame", "will be to blame", "Wholly to Blame"), or -1.
func (s *sentence) blamedSubjectEnd(v [2]int) int {
	if v[1]-v[0] != 1 || s.norm(v[0]) != "blame" || s.norm(v[0]-1) != "to" {
		return -1
	}
	k := v[0] - 2
	for k >= 0 {
		w := s.norm(k)
		switch {
		case w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "will" || w == "would" || w == "'s" || w == "also":
		case strings.HasSuffix(w, "ly") && s.mentionAt(k) == nil:
		default:
			return k + 1
		}
		k--
	}
	return -1
}

// plainSubjectSpan reports whether the tokens [i, e) between a source and
// the end of the blamed subject hold no verb, comma or "that" ("U.S. and
// its S. Korean followers"): the source is part of the subject.
func (s *sentence) plainSubjectSpan(i, e int) bool {
	for k := i; k < e; k++ {
		if w := s.norm(k); w == "that" || w == ";" || isVerbTag(s.tag(k)) && s.mentionAt(k) == nil {
			return false
		}
	}
	return true
}
