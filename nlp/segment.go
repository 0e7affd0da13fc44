package nlp

import (
	"strings"
	"unicode/utf8"
)

// Segment is one sentence of a text: its tokens and its byte range.
type Segment struct {
	Start, End int // byte range in the text
	Tokens     []Token
}

// Text returns the sentence's text, given the text it was segmented from.
func (s Segment) Text(src string) string { return src[s.Start:s.End] }

// Split divides text into sentences. Text is first cut at blank lines, so
// that headings, captions and credit lines stand alone; each block is then
// tokenized and cut after sentence-final punctuation that is followed by
// what can start a sentence. Abbreviations ("Mt.", "Sep. 13", "C.C.") do not
// end a sentence, but an initialism ("U.S.") does when the next word is one
// that usually starts one ("…in the U.S. Officials said…").
func Split(text string) []Segment {
	var out []Segment
	for _, b := range blocks(text) {
		toks := Tokenize(text[b[0]:b[1]], b[0])
		out = splitTokens(out, toks)
	}
	return out
}

// blocks returns the byte ranges of text between blank lines, trimmed.
func blocks(text string) [][2]int {
	var out [][2]int
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// a newline: is the next line blank?
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' || j >= len(text) {
			out = appendBlock(out, text, start, i)
			start = j
			i = j
			continue
		}
		i = j
	}
	out = appendBlock(out, text, start, len(text))
	return out
}

func appendBlock(out [][2]int, text string, a, b int) [][2]int {
	for a < b {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !isSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if !isSpace(r) {
			break
		}
		b -= size
	}
	if a < b {
		out = append(out, [2]int{a, b})
	}
	return out
}

// sentenceStarters are capitalised words that, after an initialism such as
// "U.S.", show that a new sentence has begun.
var sentenceStarters = setOf("the", "a", "an", "it", "he", "she", "they", "we", "i", "this",
	"that", "these", "those", "there", "in", "on", "at", "but", "and", "officials", "meanwhile",
	"however", "his", "her", "their", "its", "our", "after", "before", "when", "while", "as",
	"according", "earlier", "later", "also", "such", "some", "many", "if", "since", "during")

// closers are tokens that stay with the sentence they close.
func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

func splitTokens(out []Segment, toks []Token) []Segment {
	start := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		end := false
		switch {
		case t == "." || t == "!" || t == "?" || t == "…" || strings.HasPrefix(t, ".."):
			end = true
		case strings.HasSuffix(t, ".") && len(t) > 1 && i+1 < len(toks):
			// an abbreviation: only an initialism followed by a sentence starter ends a sentence
			if isInitialism(t) && len(t) > 2 {
				next := toks[i+1]
				end = next.Capitalized() && sentenceStarters[next.Norm]
			}
		}
		if !end {
			continue
		}
		// keep closing quotes and brackets with this sentence
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) && !opensQuote(toks, j) {
			j++
		}
		if j < len(toks) && !canStart(toks[j]) {
			i = j - 1
			continue
		}
		out = appendSegment(out, toks[start:j])
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = appendSegment(out, toks[start:])
	}
	return out
}

// opensQuote reports whether the straight quote at toks[j] opens a
// quotation: set off by a space before and touching the word after
// ("… vessel. 'These accusations are baseless,' …"), it begins the next
// sentence instead of closing this one.
func opensQuote(toks []Token, j int) bool {
	t := toks[j]
	if (t.Text != "'" && t.Text != "\"") || j == 0 || j+1 >= len(toks) {
		return false
	}
	return toks[j-1].End() < t.Start && toks[j+1].Start == t.End()
}

// canStart reports whether a token can begin a sentence: a capitalised
// word, a number, an opening quote or bracket.
func canStart(t Token) bool {
	if t.Capitalized() {
		return true
	}
	c := t.Text[0]
	if c >= '0' && c <= '9' {
		return true
	}
	switch t.Text {
	case "\"", "“", "‘", "'", "(", "[", "«", "-", "—", "–":
		return true
	}
	// KCNA writes "south Korea" and "north Korea" in lower case, even first
	return t.Norm == "south" || t.Norm == "north"
}

func appendSegment(out []Segment, toks []Token) []Segment {
	if len(toks) == 0 {
		return out
	}
	return append(out, Segment{Start: toks[0].Start, End: toks[len(toks)-1].End(), Tokens: toks})
}
