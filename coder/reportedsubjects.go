// Subjects that a report gives its verbs away from them: the first verb's
// subject for a comma series, a statement's author for what the statement
// says, the attribution's speaker for a quotation in the first person.

package coder

// commaSeries gives the subject of the first verb of a series to the
// verbs that follow it after a comma: "Peru summoned Ecuador's ambassador
// on Thursday, handed him a note of protest and demanded an explanation"
// (the comma before "handed" left it, and so "demanded", without a
// subject). The series must close with "and" and a past tense, as wire
// reports write it.
func (s *sentence) commaSeries(preds []*pred) {
	for i, p := range preds {
		if p.noun || len(p.subj) > 0 || s.tag(p.v) != "VBD" {
			continue
		}
		k := p.g.start - 1
		for k > 0 && isAdvTag(s.tag(k)) {
			k--
		}
		if s.norm(k) != "," || !s.seriesCloses(p.vend) {
			continue
		}
		var q *pred
		for j := i - 1; j >= 0; j-- {
			if c := preds[j]; !c.noun && c.v < k && s.tag(c.v) == "VBD" {
				q = c
				break
			}
		}
		if q == nil || len(q.subj) == 0 || q.g.neg || q.g.infin || q.g.particip || s.verbBetween(q.vend, k) {
			continue
		}
		p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\" (a series of verbs)", q.subjSpan
		for _, r := range preds[i+1:] {
			if r.noun || len(r.subj) > 0 || s.tag(r.v) != "VBD" || s.norm(r.g.start-1) != "and" {
				continue
			}
			r.subj, r.subjHow, r.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\" (a series of verbs)", q.subjSpan
			break
		}
	}
}

// verbBetween reports whether a verb stands in [i, j): the first verb's
// complement holds no clause of its own.
func (s *sentence) verbBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if isVerbTag(s.tag(k)) {
			return true
		}
	}
	return false
}

// seriesCloses reports whether "and" and a past tense follow k in the
// sentence.
func (s *sentence) seriesCloses(k int) bool {
	for j := k; j+1 < len(s.toks); j++ {
		if s.norm(j) == "and" && s.tag(j+1) == "VBD" {
			return true
		}
		if s.norm(j) == "\"" || s.norm(j) == ";" {
			return false
		}
	}
	return false
}

// statementAuthors gives a verb whose subject is a statement issued by an
// actor that actor as its subject: "A statement issued by the Mauritanian
// foreign ministry described the reports as false" (a statement speaks
// for its author, as "a statement from X said" does).
func (s *sentence) statementAuthors(preds []*pred) {
	for _, p := range preds {
		if p.noun || len(p.subj) > 0 || !s.finiteVerbAt(p.v) {
			continue
		}
		end := p.g.start
		for b := end - 2; b >= 2 && b >= end-10; b-- {
			if s.norm(b) != "by" {
				continue
			}
			if s.tag(b-1) != "VBN" || !s.c.sets.speechNouns[s.norm(b-2)] || s.verbBetween(b+1, end) {
				break
			}
			if a := s.actorsIn(b+1, end, false); len(a) > 0 {
				p.subj, p.subjHow, p.subjSpan = a, "author of the \""+s.norm(b-2)+"\" "+s.norm(b-1)+" by it", [2]int{b + 1, end}
			}
			break
		}
	}
}

// quotedFirstPerson gives the verbs of a quotation that opens the sentence,
// whose subject is "we" or "I", the speaker that the attribution after it
// names: "'We make no apologies for taking down that balloon,' Biden told
// reporters" is Biden's refusal. The speaker is named in the sentence
// itself; in a government's own statement (a known speaker) "we" is
// already that government.
func (s *sentence) quotedFirstPerson(preds []*pred) {
	if len(s.toks) == 0 || !isQuote(s.norm(0)) || s.doc.speaker != "" {
		return
	}
	var att *pred
	q := 0
	for _, p := range preds {
		if p.noun || len(p.subj) == 0 || !s.saysAt(p) {
			continue
		}
		if q = s.quotedBefore(p.v); q > 0 {
			att = p
			break
		}
	}
	if att == nil {
		return
	}
	for _, p := range preds {
		if p == att || p.noun || p.v >= q || len(p.subj) > 0 {
			continue
		}
		k := p.g.start - 1
		for k > 0 && isAdvTag(s.tag(k)) {
			k--
		}
		if w := s.norm(k); (w == "we" || w == "i") && k > 0 && (isQuote(s.norm(k-1)) || s.norm(k-1) == "," || s.norm(k-1) == "and" || s.norm(k-1) == "but") {
			p.subj, p.subjSpan = att.subj, att.subjSpan
			p.subjHow = "\"" + w + "\" of the quotation: its speaker (\"" + s.norm(att.v) + "\")"
		}
	}
}
