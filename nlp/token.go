// Package nlp splits news and state-media prose into sentences and tokens,
// tags the tokens with Penn Treebank parts of speech and lemmatises verbs.
//
// Every token keeps its byte offsets in the text it came from, so that an
// event can always point at the exact span that proves it. The input is never
// rewritten: normalisation (curly apostrophes, case) lives in Token.Norm.
package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word, number or punctuation mark.
type Token struct {
	Text  string // verbatim from the source
	Norm  string // lower case, with curly quotes and apostrophes made straight
	Start int    // byte offset of Text in the source
	Tag   string // Penn Treebank tag, "" until tagged
}

// End returns the byte offset just past the token.
func (t Token) End() int { return t.Start + len(t.Text) }

// Capitalized reports whether the token starts with an upper-case letter.
func (t Token) Capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsWord reports whether the token starts with a letter or a digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Normalize returns the form used for matching: lower case, with curly
// apostrophes and quotes replaced by straight ones and dashes unified.
func Normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ', '′', '`':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		case '–', '—', '‒', '―', '−', '－':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
