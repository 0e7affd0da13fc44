// Stance statements: a statement whose words deny, or decline to comment.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// The word sets of 61-stance-statements.txt that the rules below read.
const (
	setHedges      = "HEDGE_FORMULAS" // "it is not our practice to comment"
	setFalsehoods  = "FALSEHOOD"      // "baseless", "nothing but fabrication"
	setClaimNouns  = "CLAIM_NOUN"     // "reports", "allegations", "account"
	setTroopsNouns = "TROOPS"         // "troops", "soldiers", "warships"
)

// stanceSets are the formulas of statements that deny or decline to
// comment.
type stanceSets struct {
	hedges, falsehoods [][]string
	claims, troops     map[string]bool
	denials            [][]string // DENIAL_FORMULAS (denialformulas.go)
}

func loadStanceSets(d *dict.Dict) stanceSets {
	var st stanceSets
	if ws := d.Sets[setHedges]; ws != nil {
		st.hedges = ws.Phrases
	}
	if ws := d.Sets[setFalsehoods]; ws != nil {
		st.falsehoods = ws.Phrases
	}
	st.claims, st.troops = wordSet(d, setClaimNouns), wordSet(d, setTroopsNouns)
	if ws := d.Sets[setDenialFormulas]; ws != nil {
		st.denials = ws.Phrases
	}
	return st
}

// phraseIn returns the end of the first of phrases that starts at token k,
// or -1.
func (s *sentence) phraseIn(phrases [][]string, k, hi int) int {
	for _, ph := range phrases {
		if len(ph) > 0 && s.phraseAt(ph, k, hi) {
			return k + len(ph)
		}
	}
	return -1
}

// denialAt reports whether a flat denial starts at token k, before hi: a
// claim called false ("the claims are completely false", "these are
// lies"), a denied presence ("there were no such troops", "there were no
// Russian soldiers") or a denied link ("had nothing to do with").
func (s *sentence) denialAt(k, hi int) bool {
	st := &s.c.sets.stance
	w := s.norm(k)
	switch {
	case beForms[w] && k > 0 && (st.claims[s.norm(k-1)] || demonstratives[s.norm(k-1)] || s.claimSubjectBefore(k) /* stance8.go */):
		j := k + 1
		for j < hi && j < k+3 && s.tag(j) == "RB" && s.norm(j) != "not" && s.norm(j) != "n't" {
			j++ // "completely", "absolutely"
		}
		return s.phraseIn(st.falsehoods, j, hi) > 0
	case w == "there" && k+2 < hi && beForms[s.norm(k+1)] && s.norm(k+2) == "no":
		if s.norm(k+3) == "such" {
			return true
		}
		for j := k + 3; j < hi && j <= k+5; j++ {
			if st.troops[s.norm(j)] {
				return true
			}
		}
	}
	return s.nothingToDo(k)
}

// nothingToDo reports whether "it had nothing to do with" starts at k-1:
// a speaker's denial of a link, said of itself ("it", "we", "they").
func (s *sentence) nothingToDo(k int) bool {
	if s.norm(k) != "nothing" || s.norm(k+1) != "to" || s.norm(k+2) != "do" || s.norm(k+3) != "with" || k < 2 {
		return false
	}
	switch s.norm(k - 1) {
	case "had", "has", "have":
	default:
		return false
	}
	switch s.norm(k - 2) {
	case "it", "we", "they", "he", "she":
		return true
	}
	return false
}

// demonstratives stand for the claims in a quoted denial ("These are
// lies").
var demonstratives = setOf("these", "this", "that", "those", "it", "they")

// stanceStatements turns a statement whose content denies or declines to
// comment into a denial (016) or a refusal to comment (011) by its
// speaker: "'It is not our practice to comment on intelligence matters,' a
// British spokesman said", "the ministry said it was not aware of the
// incident", "The claims are completely false, the Russian foreign
// ministry said on Friday", "'These are lies,' the ambassador told
// reporters". The verb patterns read the content after the verb; this
// rule also reads the content fronted before a closing attribution.
func (s *sentence) stanceStatements(out []candidate) []candidate {
	st := &s.c.sets.stance
	if len(st.hedges) == 0 && len(st.falsehoods) == 0 {
		return out
	}
	out = s.accordingTo(out)
	out = s.frontedAccordingTo(out) // coder/nounclauses.go
	out = s.noComment(out)
	out = s.negatedThreats(out)
	for i := range out {
		if c := &out[i]; stanceCodes[c.code] && !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && s.ownPhrase(c.tgt) {
			// "insisted that none of its soldiers were involved": its
			// own side named by a pronoun is no target (wireReadings
			// found no other state); "acknowledged the deployment of
			// North Korean troops" keeps the troops it names
			c.noTarget, c.tgt = true, actor{}
		}
	}
	drop := map[int][2]int{}
	for i := range out {
		c := &out[i]
		if !c.speech || !strings.HasPrefix(c.code, "010") || c.p == nil {
			continue
		}
		lo, hi, fronted := s.statementContent(c)
		if hi <= lo {
			continue
		}
		code := ""
		span := [2]int{-1, -1}
		for k := lo; k < hi && code == ""; k++ {
			switch {
			case s.phraseIn(st.hedges, k, len(s.toks)) > 0: // it may run past the content's end
				code, span = "011", [2]int{k, s.phraseIn(st.hedges, k, len(s.toks))}
			case fronted && s.denialAt(k, hi), !fronted && s.nothingToDo(k):
				code = "016"
			}
		}
		if code == "" {
			continue
		}
		what := map[string]string{"011": "declines to comment", "016": "denies"}[code]
		s.note("\"" + s.norm(c.p.v) + "\": its content " + what + ": " + code)
		c.code, c.rule, c.speech = code, c.rule+" (its content "+what+": "+code+")", false
		if fronted || !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			// "said Moscow was not in a position to comment": no target
			c.noTarget, c.tgt = true, actor{}
		}
		drop[i] = span
	}
	// the words of a hedge are no event of their own ("said it was looking
	// into the reports": no investigation)
	type hedge struct {
		span    [2]int
		country string
	}
	var hedges []hedge
	for i, sp := range drop {
		if sp[0] >= 0 {
			hedges = append(hedges, hedge{sp, demarche.Country(out[i].src.code)})
		}
	}
	if len(hedges) == 0 {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		inside := false
		for _, h := range hedges {
			if c.verb[0] >= h.span[0] && c.verb[0] < h.span[1] && demarche.Country(c.src.code) == h.country {
				inside = true
			}
		}
		if !inside {
			keep = append(keep, c)
		}
	}
	return keep
}

// accordingTo codes a denial or a refusal to comment attributed at the
// end of the sentence with "according to" ("There were no Russian troops
// in the region, according to a Kremlin spokesman"): the attribution
// names the speaker of the stance, although no verb of saying does.
func (s *sentence) accordingTo(out []candidate) []candidate {
	st := &s.c.sets.stance
	k := -1
	for j := 1; j+2 < len(s.toks); j++ {
		if s.norm(j) == "," && s.norm(j+1) == "according" && s.norm(j+2) == "to" {
			k = j
		}
	}
	if k < 0 {
		return out
	}
	for _, c := range out {
		if stanceCodes[c.code] || c.verb[0] > k {
			return out // the sentence has its stance, or a verb of its own after the comma
		}
	}
	var src []actor
	for _, a := range s.actorsIn(k+3, len(s.toks), true) {
		if !strings.HasPrefix(a.code, sectorOnly) {
			src = append(src, a)
		}
	}
	if len(src) == 0 {
		return out
	}
	code := ""
	for j := 0; j < k && code == ""; j++ {
		switch {
		case s.phraseIn(st.hedges, j, k) > 0:
			code = "011"
		case s.denialAt(j, k):
			code = "016"
		}
	}
	if code == "" {
		return out
	}
	s.note("\"according to\" " + src[0].code + ": the speaker of the stance before it (" + code + ")")
	return append(out, s.stanceCandidate(k+1, k+3, src[0], code, "coder: a stance attributed with \"according to\""))
}

// stanceCandidate is a stance event of src read from words that are no
// verb of the lexicon (tokens v to vend).
func (s *sentence) stanceCandidate(v, vend int, src actor, code, rule string) candidate {
	p := &pred{v: v, vend: vend, hi: len(s.toks), subj: []actor{src}, subjHow: "stance words", subjSpan: [2]int{src.i, src.j}}
	return candidate{p: p, code: code, rule: rule, src: src, noTarget: true, verb: [2]int{v, vend}}
}

// setCommentWords names the word set COMMENT_WORDS
// (dict/data/06-analysis-words.txt), whose words are what wire reports say
// there was none of.
const setCommentWords = "COMMENT_WORDS"

// noComment codes the wire's note that a government gave no comment:
// "There was no immediate comment from the Chinese foreign ministry"
// (the actors after "from"), "Officials in Tehran were not immediately
// available for comment" (the actors before "were not").
func (s *sentence) noComment(out []candidate) []candidate {
	for _, c := range out {
		if stanceCodes[c.code] {
			return out
		}
	}
	n := len(s.toks)
	for k := 1; k+1 < n; k++ {
		w := s.norm(k)
		switch {
		case s.c.sets.lowered(setCommentWords)[w] && s.norm(k+1) == "from" && s.noBefore(k):
			for _, a := range s.actorsIn(k+2, s.chainRight(k+2, n), true) {
				if !strings.HasPrefix(a.code, sectorOnly) {
					s.note("no comment from " + a.code + ": 011")
					return append(out, s.stanceCandidate(k, k+1, a, "011", "coder: no comment from an actor"))
				}
			}
		case w == "available" && s.norm(k+1) == "for" && s.norm(k+2) == "comment" && s.notBefore(k):
			for _, a := range s.actorsIn(0, k, true) {
				if !strings.HasPrefix(a.code, sectorOnly) {
					s.note(a.code + " not available for comment: 011")
					return append(out, s.stanceCandidate(k, k+3, a, "011", "coder: an actor not available for comment"))
				}
			}
		}
	}
	return out
}

// noBefore reports whether "no" stands at most two words before k ("no
// immediate comment").
func (s *sentence) noBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if s.norm(j) == "no" {
			return true
		}
	}
	return false
}

// notBefore reports whether a negation stands at most three words before
// k ("were not immediately available").
func (s *sentence) notBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := s.norm(j); w == "not" || w == "n't" || w == "never" {
			return true
		}
	}
	return false
}

// frontedContent returns the end of a content clause fronted before the
// statement's speaker ("The claims are false, the ministry said on
// Friday"): the comma before the speaker, when the sentence ends after
// the verb but for a time; else 0.
func (s *sentence) frontedContent(c *candidate) int {
	if c.p.subjSpan[1] <= 0 || c.p.subjSpan[0] < 2 {
		return 0
	}
	k := c.p.subjSpan[0] - 1
	if s.norm(k) != "," || c.p.v < c.p.subjSpan[0] {
		return 0
	}
	if !s.trailingAttribution(k) {
		return 0
	}
	return k
}

// quotedBefore returns the index of the token that closes a quotation
// opening the sentence before the verb at v ("'…,' X said"), or 0.
func (s *sentence) quotedBefore(v int) int {
	if len(s.toks) == 0 || !isQuote(s.norm(0)) {
		return 0
	}
	for k := 1; k < v; k++ {
		if isQuote(s.norm(k)) {
			return k
		}
	}
	return 0
}

func isQuote(w string) bool {
	switch w {
	case "'", "\"", "“", "”", "‘", "’", "``", "''":
		return true
	}
	return false
}

// stanceCodes are the codes of a position on a question (denial, refusal
// to comment, acknowledgement).
var stanceCodes = map[string]bool{"011": true, "015": true, "016": true}

// ownPhrase reports whether an actor's phrase is named by a possessive
// pronoun ("its soldiers", "our troops").
func (s *sentence) ownPhrase(a actor) bool {
	for _, k := range []int{a.i, a.i - 1} {
		if k >= 0 && k < len(s.toks) {
			switch s.norm(k) {
			case "its", "their", "our", "his", "her":
				return true
			}
		}
	}
	return false
}

// negatedThreats undoes a threat of a downgrade read in a statement whose
// modal is negated ("said they will not sever their trade ties with
// Iran"): the patterns skip adverbs, "not" among them. A verb of saying
// keeps its statement (010); another verb gives nothing.
func (s *sentence) negatedThreats(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if strings.HasPrefix(c.code, "131") && c.p != nil && s.negatedModal(c.verb[1], c.p.hi) {
			s.note("\"" + s.norm(c.p.v) + "\": the threat is negated, not made")
			if !s.saysAt(c.p) {
				continue
			}
			c.code, c.rule = "010", c.rule+" (a negated threat: the statement)"
		}
		keep = append(keep, c)
	}
	return keep
}

// saysAt reports whether the predicate is a verb of saying.
func (s *sentence) saysAt(p *pred) bool {
	for _, cf := range p.cands {
		if cf.form.class.Speech {
			return true
		}
	}
	return false
}

// negatedModal reports whether a modal followed by a negation stands
// between k and hi ("will not", "would never").
func (s *sentence) negatedModal(k, hi int) bool {
	for ; k+1 < hi && k+1 < len(s.toks); k++ {
		if s.tag(k) == "MD" {
			switch s.norm(k + 1) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}

// statementContent returns the span of what a statement c says: its
// content clause, else the rest of the sentence after the verb, or the
// content fronted before the speaker ("'…,' a spokesman said", "…, the
// ministry said on Friday"), with fronted then true.
func (s *sentence) statementContent(c *candidate) (lo, hi int, fronted bool) {
	lo, hi = c.content[0], c.content[1]
	if hi <= lo {
		lo, hi = c.p.vend, len(s.toks)
	}
	if q := s.quotedBefore(c.p.v); q > 0 {
		return 0, q, true
	}
	if f := s.frontedContent(c); f > 0 {
		return 0, f, true
	}
	return lo, hi, false
}
