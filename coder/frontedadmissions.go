// Admissions told after their content: "A cracked pond at the plant did
// leak cyanide, the environment ministry admitted on Friday", "Two of its
// soldiers had crossed the line by mistake, the army acknowledged in a
// statement". The wire fronts what a government owns up to and closes the
// sentence with the admitting speaker; the verb then has no object and no
// clause after it, and the tagger reads it as a participle, so no verb
// pattern codes it.

package coder

import "strings"

// setFrontedAdmissions names the word set FRONTED_ADMISSIONS
// (dict/data/06-analysis-words.txt): the past forms of owning up that close
// a sentence after its fronted content (015).
const setFrontedAdmissions = "FRONTED_ADMISSIONS"

// frontedAdmissions codes an acknowledgement (015, no target) by the actor
// of a closing attribution whose verb owns up: the sentence is "CONTENT,
// SPEAKER VERB [date] [in a statement] [to reporters] [, tail]", the
// content before the comma is a clause (it has a finite verb), and the
// speaker names a country. The sentence's own events (the content's acts)
// are kept; nothing is added when the speaker already has a stance (015,
// 016, 011) in it.
func (s *sentence) frontedAdmissions(out []candidate) []candidate {
	verbs := s.c.sets.lowered(setFrontedAdmissions)
	if len(verbs) == 0 {
		return out
	}
	n := len(s.toks)
	for k := 3; k+2 < n; k++ {
		if s.norm(k) != "," {
			continue
		}
		v := -1
		for j := k + 1; j < n && j <= k+9; j++ {
			if verbs[s.norm(j)] && j > k+1 {
				v = j
				break
			}
			if t := s.tag(j); !npTag(t) && !isQuote(s.norm(j)) {
				break
			}
		}
		if v < 0 || !s.attributionTailEnds(v+1) || !s.clauseBefore(k) {
			continue
		}
		var src actor
		for _, a := range s.actorsIn(k+1, v, false) {
			if !strings.HasPrefix(a.code, sectorOnly) && a.code != "" {
				src = a
				break
			}
		}
		if src.code == "" {
			continue
		}
		for _, c := range out {
			if stanceCodes[c.code] && party(c.src.code) == party(src.code) {
				return out
			}
		}
		s.note("\"" + s.norm(v) + "\" closes the sentence after its fronted content: " + src.code + " owns up to it (015)")
		return append(out, s.stanceCandidate(v, v+1, src, "015", "coder: an admission after its fronted content"))
	}
	return out
}

// attributionTailEnds reports whether only a report's date, its medium
// ("in a statement", "to reporters", "to parliament") and adverbs stand
// between token j and the end of the sentence or a comma.
func (s *sentence) attributionTailEnds(j int) bool {
	n := len(s.toks)
	for range 8 {
		j = s.skipReportDate(j)
		switch w := s.norm(j); {
		case j >= n, w == "," || w == "." || w == ";" || w == "!" || isQuote(w) && j == n-1:
			return true
		case w == "in" && (s.norm(j+1) == "a" || s.norm(j+1) == "its" || s.norm(j+1) == "an") && isNounTag(s.tag(j+2)):
			j += 3
			for j < n && isNounTag(s.tag(j)) {
				j++
			}
		case w == "to" && isNounTag(s.tag(j+1)):
			j += 2
		case w == "for" && s.norm(j+1) == "the" && s.norm(j+2) == "first" && s.norm(j+3) == "time":
			j += 4
		case isAdvTag(s.tag(j)):
			j++
		default:
			return false
		}
	}
	return false
}

// clauseBefore reports whether the tokens before k hold a finite verb or a
// modal: a fronted content clause, not a fronted adverbial ("On Friday,").
func (s *sentence) clauseBefore(k int) bool {
	for j := 0; j < k; j++ {
		if s.finiteVerbAt(j) || s.tag(j) == "MD" {
			return true
		}
	}
	return false
}
