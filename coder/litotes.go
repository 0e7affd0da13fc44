// Litotes: the speaker's double negations that perform the act they seem
// to deny. "I would be remiss if I did not thank Japan", "it would be
// remiss of me not to commend your predecessor", "I cannot conclude
// without expressing our gratitude to the United Nations" thank, commend
// and express; the negation belongs to the frame, not to the act.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche/nlp"
)

// setClosingVerbs names the word set CLOSING_VERBS
// (dict/data/99-ungd-acts.txt): the verbs of ending a statement that a
// negated frame "cannot … without doing" wraps around the act ("I cannot
// conclude without thanking", "we cannot let this occasion pass without
// paying tribute").
const setClosingVerbs = "CLOSING_VERBS"

// litoteModals are the words before a negation in "I cannot conclude
// without …" (the negation itself is "not" or "n't").
var litoteModals = setOf("can", "could", "will", "would", "shall", "should", "do", "does", "did", "ca", "wo")

// dropLitotes returns the tokens of a speaker's sentence without the frame
// of a double negation, so that the act it wraps is read as asserted:
// "I would be remiss if I did not thank X" reads "I thank X"; "it would
// be remiss of me not to commend X" reads "me to commend X" (as "allow me
// to commend X"); "I cannot conclude my statement without expressing Y"
// reads "I expressing Y" (the gerund with its subject). The tokens keep their offsets: spans still
// point into the sentence as written. It returns the tokens unchanged when
// the sentence holds no such frame; what it dropped is described by the
// returned note ("" when nothing).
func (c *Coder) dropLitotes(toks []nlp.Token) ([]nlp.Token, string) {
	drop := map[int]bool{}
	for k := range toks {
		switch toks[k].Norm {
		case "remiss":
			remissFrame(toks, k, drop)
		case "without":
			c.closingFrame(toks, k, drop)
		}
	}
	if len(drop) == 0 {
		return toks, ""
	}
	out := make([]nlp.Token, 0, len(toks)-len(drop))
	var gone []string
	for k, t := range toks {
		if drop[k] {
			gone = append(gone, t.Text)
			continue
		}
		out = append(out, t)
	}
	return out, "a double negation performs the act: \"" + strings.Join(gone, " ") + "\" read away"
}

// litoteNorm is the norm of token k, "" outside the sentence.
func litoteNorm(toks []nlp.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].Norm
}

// remissFrame marks the frame around "remiss" at k: "(I|we|it) [would]
// [indeed] be remiss" followed by "if I did not|failed to", "not to",
// "to not", or "of me not to".
func remissFrame(toks []nlp.Token, k int, drop map[int]bool) {
	n := func(i int) string { return litoteNorm(toks, i) }
	h := k - 1
	if n(h) != "be" {
		return
	}
	for h-1 >= 0 && (n(h-1) == "indeed" || n(h-1) == "certainly" || n(h-1) == "truly" || n(h-1) == "also") {
		h--
	}
	if n(h-1) == "would" || n(h-1) == "should" || n(h-1) == "'d" {
		h--
	}
	subj := n(h - 1)
	voice := subj == "i" || subj == "we"
	if !voice && subj != "it" {
		return
	}
	mark := func(i, j int) {
		for ; i <= j; i++ {
			drop[i] = true
		}
	}
	r := k + 1
	switch {
	case n(r) == "if" && (n(r+1) == "i" || n(r+1) == "we"):
		// "… if I did not thank", "… if we failed to pay tribute"
		neg := r + 2
		var end int
		switch {
		case (n(neg) == "did" || n(neg) == "do") && (n(neg+1) == "not" || n(neg+1) == "n't"):
			end = neg + 1
		case (n(neg) == "failed" || n(neg) == "neglected" || n(neg) == "omitted") && n(neg+1) == "to":
			end = neg + 1
		default:
			return
		}
		if voice {
			mark(h, end) // "I [would be remiss if I did not] thank"
		} else {
			mark(h-1, r) // "[It would be remiss if] I [did not] thank"
			mark(neg, end)
		}
	case n(r) == "of" && (n(r+1) == "me" || n(r+1) == "us") && subj == "it":
		// "it would be remiss of me not to commend": "me to commend"
		switch {
		case n(r+2) == "not" && n(r+3) == "to":
			mark(h-1, r)
			drop[r+2] = true
		case n(r+2) == "to" && n(r+3) == "not":
			mark(h-1, r)
			drop[r+3] = true
		}
	case voice && n(r) == "not" && n(r+1) == "to", voice && n(r) == "to" && n(r+1) == "not":
		mark(h, r+1) // "I [would be remiss not to] express"
	}
}

// closingFrame marks the frame of "I cannot conclude … without doing" at
// the "without" at k: from the negation (with its modal) before a verb of
// CLOSING_VERBS through the "without", when a gerund follows.
func (c *Coder) closingFrame(toks []nlp.Token, k int, drop map[int]bool) {
	n := func(i int) string { return litoteNorm(toks, i) }
	g := k + 1
	for n(g) == "first" || n(g) == "also" || n(g) == "once" || n(g) == "again" {
		g++ // "without first expressing"
	}
	if w := n(g); len(w) < 5 || !strings.HasSuffix(w, "ing") {
		return
	}
	closing := c.sets.lowered(setClosingVerbs)
	for v := k - 1; v >= 0 && v >= k-10; v-- {
		if n(v) == "." || n(v) == ";" {
			return
		}
		if !closing[n(v)] {
			continue
		}
		neg := v - 1
		for neg >= 0 && (n(neg) == "simply" || n(neg) == "therefore" || n(neg) == "also") {
			neg--
		}
		switch {
		case n(neg) == "cannot":
		case (n(neg) == "not" || n(neg) == "n't") && litoteModals[n(neg-1)]:
			neg--
		default:
			continue
		}
		for i := neg; i <= k; i++ {
			drop[i] = true
		}
		return
	}
}
