// Emphasis marks of lightweight markup inside a sentence.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche/nlp"
)

// dropEmphasis removes the tokens that are only emphasis marks of
// lightweight markup ("**" or "*" around a phrase, as the 2024 UN
// statements bold their key phrases: "we express **our deep gratitude to
// the United Nations**"), which would otherwise stand between a verb and
// its object and break every pattern across them. The text keeps them;
// the tokens keep their offsets. toks is returned unchanged (no copy) when
// it holds no such mark.
func dropEmphasis(toks []nlp.Token) []nlp.Token {
	n := 0
	for _, t := range toks {
		if emphasisMark(t.Text) {
			n++
		}
	}
	if n == 0 || n == len(toks) {
		return toks
	}
	out := make([]nlp.Token, 0, len(toks)-n)
	for _, t := range toks {
		if !emphasisMark(t.Text) {
			out = append(out, t)
		}
	}
	return out
}

// emphasisMark reports whether a token is made only of asterisks.
func emphasisMark(s string) bool {
	return s != "" && strings.Trim(s, "*") == ""
}
