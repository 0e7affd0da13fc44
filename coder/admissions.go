// Statements whose content owns up to an act (015) or denies a part in it
// (016), in the forms the verb patterns cannot reach: content fronted
// before its speaker, a negative subject, a quotation split by its
// attribution, a denial with no named source.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// ownedActReadings reads the content of statements that own up to an act
// or deny a part in it, in the forms the verb patterns cannot reach
// (content fronted before its speaker, a negative subject): see
// ownedContent.
func (s *sentence) ownedActReadings(out []candidate) []candidate {
	out = s.unsourcedDenials(out)
	for i := range out {
		c := &out[i]
		if !c.speech || !strings.HasPrefix(c.code, "010") || c.p == nil {
			continue
		}
		lo, hi, fronted := s.statementContent(c) // stance.go
		code, why := s.ownedContent(lo, hi, c.src)
		if code == "" && fronted {
			if code = s.splitQuoteStance(c); code != "" {
				why = map[string]string{"011": "declines to comment", "016": "denies"}[code] + " (a quotation split by its speaker)"
			}
		}
		if code == "" && s.admissionOpens(c.p.v) {
			code, why = "015", "told \"in an admission\""
		}
		if code == "" {
			continue
		}
		s.note("\"" + s.norm(c.p.v) + "\": its content " + why + ": " + code)
		c.code, c.rule, c.speech = code, c.rule+" (its content "+why+": "+code+")", false
		if fronted || !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			c.noTarget, c.tgt = true, actor{}
		}
	}
	return out
}

// admissionOpens reports whether the sentence opens "In a (rare) admission,"
// before the statement's verb at v.
func (s *sentence) admissionOpens(v int) bool {
	if s.norm(0) != "in" || v < 4 {
		return false
	}
	for k := 1; k < 5 && k < v; k++ {
		if w := s.norm(k); w == "admission" || w == "acknowledgement" || w == "acknowledgment" || w == "concession" {
			return s.norm(k+1) == ","
		}
	}
	return false
}

// ownedContent returns the stance of a statement's content [lo, hi) said
// by src, and why: a denied part in an act ("no Tajik citizen had
// anything to do with the explosion", "none of its nationals had been
// involved in", "its troops had taken no part in", "Russia had nothing
// whatsoever to do with"), a denied act of the speaker's side ("its
// forces had not fired on the tanker", "we did not launch any missile"),
// both denials (016); an act of its side done by mistake ("one of its jets
// had bombed the village by mistake"), an acknowledgement (015).
func (s *sentence) ownedContent(lo, hi int, src actor) (string, string) {
	own := demarche.Country(src.code)
	for k := lo; k < hi; k++ {
		switch w := s.norm(k); w {
		case "anything":
			if s.doWith(k+1) && s.negativeBefore(k, lo) && s.ownSubject(k, lo, own) && !s.modalBefore(k, lo) {
				return "016", "denies a part in it"
			}
		case "nothing":
			j := k + 1
			if s.norm(j) == "whatsoever" || s.norm(j) == "at" && s.norm(j+1) == "all" {
				j += 1 + b2i(s.norm(j) == "at")
			}
			if s.doWith(j) && haveForms[s.norm(k-1)] && s.ownSubject(k-1, lo, own) {
				return "016", "denies a part in it"
			}
		case "involved", "implicated":
			if s.norm(k+1) == "in" && s.negativeBefore(k, lo) && s.ownSubject(k, lo, own) && !s.modalBefore(k, lo) {
				return "016", "denies a part in it"
			}
		case "part", "role", "hand":
			if s.norm(k+1) == "in" && s.norm(k-1) == "no" && s.c.sets.lowered(setPartVerbs)[s.norm(k-2)] ||
				w == "part" && s.norm(k+1) == "in" && (s.norm(k-1) == "take" || s.norm(k-1) == "took") && s.negativeBefore(k-1, lo) {
				return "016", "denies a part in it"
			}
		case "not", "never", "n't":
			if (haveForms[s.norm(k-1)] || doForms[s.norm(k-1)]) && s.c.sets.lowered(setOwnActs)[s.norm(k+1)] && s.ownSubject(k-1, lo, own) {
				return "016", "denies its side's act"
			}
			if w == "never" && s.c.sets.lowered(setOwnActs)[s.norm(k+1)] && s.ownSubject(k, lo, own) && !s.modalBefore(k, lo) {
				return "016", "denies its side's act" // "our soldiers never crossed the river"
			}
			if beForms[s.norm(k-1)] && presenceWords[s.norm(k+1)] && s.ownSubject(k-1, lo, own) {
				return "016", "denies its side was there"
			}
		case "been", "were", "was":
			if presenceWords[s.norm(k+1)] && s.norm(k+1) != "there" && s.negativeBefore(k, lo) && s.ownSubject(k, lo, own) {
				return "016", "denies its side was there"
			}
		default:
			// "no Sudanese unit had fired a missile": an act of its side
			// with a negative subject (negation.go)
			if s.c.sets.lowered(setOwnActs)[w] && s.negativeClause(k, lo) && s.ownSubject(k, lo, own) && !s.modalBefore(k, lo) {
				return "016", "denies its side's act"
			}
		case "mistake", "accident", "error":
			if (s.norm(k-1) == "by" || s.norm(k-1) == "in") && s.ownSubject(k-1, lo, own) {
				return "015", "owns up to an act done " + s.norm(k-1) + " " + w
			}
		case "mistakenly", "accidentally", "inadvertently", "unintentionally", "erroneously":
			if s.ownSubject(k, lo, own) {
				return "015", "owns up to an act done " + w
			}
		}
	}
	return "", ""
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// presenceWords follow a negated "be" that denies a presence: "its
// troops were not in Transnistria", "no Chinese vessels had been in the
// area".
var presenceWords = setOf("in", "inside", "near", "present", "on", "anywhere", "there", "within")

// doForms are the auxiliaries of a negated simple tense.
var doForms = setOf("did", "does", "do")

// setPartVerbs names the word set PART_VERBS
// (dict/data/06-analysis-words.txt), whose words take "no part/role/hand in".
const setPartVerbs = "PART_VERBS"

// setOwnActs names the word set OWN_ACTS (dict/data/06-analysis-words.txt),
// whose words are the acts (past participles and bare forms after "did not")
// whose denial by the side that would have done them is a denial (016). ("did
// not violate international law" defends an act, it denies none: "violate" is
// not one of them.)
const setOwnActs = "OWN_ACTS"

// modalBefore reports whether a modal stands among the four words before k
// (not before lo): "should not be involved in a dispute" says what ought
// to be, it denies nothing.
func (s *sentence) modalBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if s.tag(j) == "MD" || futureMod[s.norm(j)] || hypoMod[s.norm(j)] {
			return true
		}
	}
	return false
}

// doWith reports whether "to do with" starts at k.
func (s *sentence) doWith(k int) bool {
	return s.norm(k) == "to" && s.norm(k+1) == "do" && s.norm(k+2) == "with"
}

// negativeBefore reports whether a negation stands before k in its clause
// (not before lo): "No Tajik citizen had anything to do with", "none of
// its nationals had been involved", "was in no way involved".
func (s *sentence) negativeBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-8; j-- {
		switch w := s.norm(j); {
		case w == "no" || w == "none" || w == "not" || w == "n't" || w == "never" || w == "nobody" || w == "neither":
			return true
		case w == "," || clauseOpeners[w] && w != "that":
			return false
		case w == "that":
			return false
		}
	}
	return false
}

// ownSubject reports whether the clause ending before k (not before lo)
// has the speaker's side as its subject: a pronoun ("it", "we", "its
// jets", "one of our drones") or an actor of the speaker's country, as
// the first actor word of the clause.
func (s *sentence) ownSubject(k, lo int, own string) bool {
	start := lo
	for j := k - 1; j >= lo && j >= k-12; j-- {
		if w := s.norm(j); w == "," || w == "that" || w == "and" || w == "but" || isQuote(w) {
			start = j + 1
			break
		}
	}
	for j := start; j < k; j++ {
		switch s.norm(j) {
		case "it", "we", "its", "our", "they", "their":
			return true
		}
		if m := s.mentionAt(j); m != nil {
			return own != "" && demarche.Country(m.code()) == own
		}
	}
	return false
}

// splitQuoteStance reads a quotation split by its attribution
// ("'These claims,' the Russian ambassador said, 'are completely
// baseless.'"): the claims before the attribution and the falsehood after
// it deny (016); a hedge in either part declines to comment (011).
func (s *sentence) splitQuoteStance(c *candidate) string {
	q := s.quotedBefore(c.p.v)
	if q < 2 {
		return ""
	}
	j := c.p.vend
	for j < len(s.toks) && j < c.p.vend+4 && s.norm(j) != "," {
		j++
	}
	if s.norm(j) != "," || !isQuote(s.norm(j+1)) {
		return ""
	}
	st := &s.c.sets.stance
	a := j + 2
	for k := 1; k < q; k++ {
		if s.phraseIn(st.hedges, k, q) > 0 {
			return "011"
		}
	}
	for k := a; k < len(s.toks); k++ {
		if s.phraseIn(st.hedges, k, len(s.toks)) > 0 {
			return "011"
		}
	}
	last := q - 1
	if s.norm(last) == "," {
		last--
	}
	if !beForms[s.norm(a)] || !(st.claims[s.norm(last)] || demonstratives[s.norm(last)]) {
		return ""
	}
	k := a + 1
	for k < len(s.toks) && k < a+3 && s.tag(k) == "RB" && s.norm(k) != "not" && s.norm(k) != "n't" {
		k++
	}
	if s.phraseIn(st.falsehoods, k, len(s.toks)) > 0 {
		return "016"
	}
	return ""
}

// setDenyForms names the word set DENY_FORMS
// (dict/data/06-analysis-words.txt), whose words are the forms of "deny"
// whose that-clause is denied.
const setDenyForms = "DENY_FORMS"

// unsourcedDenials drops the events of what a denial denies when the
// denial itself gave no event (its speaker is no actor the coder knows:
// "Aliyev denied that Azerbaijani forces had shelled the village" asserts
// no shelling), as deniedContents (wire.go) does for a coded denial.
func (s *sentence) unsourcedDenials(out []candidate) []candidate {
	var thats []int
	for _, p := range s.preds {
		if p.noun || !s.c.sets.lowered(setDenyForms)[s.norm(p.v)] {
			continue
		}
		coded := codedBy(out, p)
		that := s.skipReportDate(p.vend)
		for that < len(s.toks) && isAdvTag(s.tag(that)) {
			that++ // "flatly denied on Monday that"
		}
		if !coded && s.norm(that) == "that" && s.tag(p.v) != "VBG" {
			thats = append(thats, that)
		}
	}
	if len(thats) == 0 {
		return out
	}
	keep := out[:0]
	for _, d := range out {
		denied := false
		for _, that := range thats {
			end := that
			for end < len(s.toks) && s.norm(end) != ";" {
				end++
			}
			if d.p != nil && d.p.v > that && d.p.v < end {
				denied = true
				s.note("\"" + s.norm(d.p.v) + "\" is what an uncoded denial denies: not asserted")
			}
		}
		if !denied {
			keep = append(keep, d)
		}
	}
	return keep
}
