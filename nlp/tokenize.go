package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations keep their final period: titles, months, ranks, places and
// the common Latin forms of news prose. Lower case, without the period.
var abbreviations = setOf(
	// titles and ranks
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
	"cmdr", "brig", "rev", "fr", "sr", "jr", "hon", "gov", "sen", "rep", "amb", "pres", "sec",
	"secy", "st", "mt", "ft", "messrs", "mme", "mlle", "supt", "insp", "cdr", "pvt", "cpl",
	// months and days
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	// organisations and addresses
	"co", "corp", "inc", "ltd", "govt", "dept", "univ", "assn", "bros", "no", "nos", "vol",
	"art", "para", "p", "pp", "ave", "blvd", "rd", "sq", "est", "approx", "fig", "cf", "etc",
	"vs", "viz", "al", "ca", "min", "max", "mln", "bln", "pct",
)

// Abbreviation reports whether word (with or without its final period) is a
// known abbreviation or an initialism such as "U.S.", "D.P.R.K." or "C.C.".
func Abbreviation(word string) bool {
	w := strings.TrimSuffix(word, ".")
	if w == "" {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	return isInitialism(word)
}

// isInitialism reports whether w is made of single letters each followed by
// a period ("U.S.", "D.P.R.K.", "i.e.") or is a single capital and a period
// ("V." as in "V. Putin").
func isInitialism(w string) bool {
	if !strings.HasSuffix(w, ".") || len(w) < 2 {
		return false
	}
	letters := 0
	expectLetter := true
	for _, r := range w {
		if expectLetter {
			if !unicode.IsLetter(r) {
				return false
			}
			letters++
			expectLetter = false
			continue
		}
		if r != '.' {
			return false
		}
		expectLetter = true
	}
	if letters == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return expectLetter
}

// Tokenize splits text into tokens with byte offsets relative to base (the
// offset of text in its source). It never rewrites the text.
func Tokenize(text string, base int) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		if k, m := lineBreakHyphen(text, i, j); m > 0 {
			// "sixty-\nninth", "Secretary-\n General": a compound broken at a
			// line end is one chunk; tokens after the break are shifted back
			// to their place in the text, and the token spanning the break
			// keeps its verbatim text (Norm drops the break)
			n := len(toks)
			toks = splitChunk(toks, text[i:j]+text[k:m], base+i)
			for t := n; t < len(toks); t++ {
				if toks[t].Start >= base+j {
					toks[t].Start += k - j
				} else if toks[t].End() > base+j {
					toks[t].Text = text[toks[t].Start-base : toks[t].End()-base+k-j]
				}
			}
			i = m
			continue
		}
		toks = splitChunk(toks, text[i:j], base+i)
		i = j
	}
	normalizeTokens(toks)
	return toks
}

// lineBreakHyphen reports, for the chunk text[i:j], whether it ends in a
// hyphen after a letter or digit and is followed, across white space that
// holds a line break, by a chunk that starts with a letter or digit; it
// returns that chunk's range [k, m), or m = 0.
func lineBreakHyphen(text string, i, j int) (k, m int) {
	if j-i < 2 || text[j-1] != '-' || text[j-2] == '-' {
		return 0, 0
	}
	if r, _ := utf8.DecodeLastRuneInString(text[i : j-1]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, 0
	}
	k = j
	nl := false
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\n') {
		nl = nl || text[k] == '\n'
		k++
	}
	if !nl || k == len(text) {
		return 0, 0
	}
	if r, _ := utf8.DecodeRuneInString(text[k:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, 0
	}
	m = k
	for m < len(text) {
		r, size := utf8.DecodeRuneInString(text[m:])
		if isSpace(r) {
			break
		}
		m += size
	}
	return k, m
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// leading punctuation split off the front of a chunk, one rune at a time.
func isLeadingPunct(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '{', '`', '„', '‹', '¿', '¡', '*':
		return true
	}
	return false
}

// trailing punctuation split off the end of a chunk.
func isTrailingPunct(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', ',', ';', ':', '!', '?', '›', '*':
		return true
	}
	return false
}

func isDash(r rune) bool {
	return r == '–' || r == '—' || r == '―' || r == '‒' || r == '－' // '－': the full-width hyphen of some KCNA stories ("Bulgaria－Korea")
}

// splitChunk splits one whitespace-free chunk into tokens.
func splitChunk(toks []Token, s string, off int) []Token {
	if strings.Contains(s, "://") || (strings.Contains(s, "@") && strings.Contains(s, ".")) {
		return appendTok(toks, s, off)
	}
	// dashes inside a chunk separate words: "Pyongyang—Moscow", "word--word"
	if k := dashIndex(s); k >= 0 {
		_, size := utf8.DecodeRuneInString(s[k:])
		if strings.HasPrefix(s[k:], "--") {
			size = 2
		}
		toks = splitChunk(toks, s[:k], off)
		toks = appendTok(toks, s[k:k+size], off+k)
		return splitChunk(toks, s[k+size:], off+k+size)
	}
	var tail []Token
	// leading punctuation
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if !isLeadingPunct(r) {
			break
		}
		if (r == '\'' || r == '‘') && len(s) > size && startsContraction(s[size:]) {
			break // "'s" etc. handled below
		}
		toks = appendTok(toks, s[:size], off)
		s, off = s[size:], off+size
	}
	// trailing punctuation, collected in reverse
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if r == '.' {
			body := s[:len(s)-size]
			if strings.HasSuffix(body, "..") || body == "" {
				// ellipsis: "..." as one token
				k := len(s)
				for k > 0 && s[k-1] == '.' {
					k--
				}
				if len(s)-k >= 2 {
					tail = append(tail, Token{Text: s[k:], Start: off + k})
					s = s[:k]
					continue
				}
			}
			if Abbreviation(s) || hyphenedInitial(s) {
				break
			}
			tail = append(tail, Token{Text: ".", Start: off + len(s) - 1})
			s = s[:len(s)-1]
			continue
		}
		if r == '…' {
			tail = append(tail, Token{Text: s[len(s)-size:], Start: off + len(s) - size})
			s = s[:len(s)-size]
			continue
		}
		if !isTrailingPunct(r) {
			break
		}
		// a final apostrophe is a plural possessive ("Workers'") or a closing
		// quote; either way it is a token of its own
		tail = append(tail, Token{Text: s[len(s)-size:], Start: off + len(s) - size})
		s = s[:len(s)-size]
	}
	if s != "" {
		toks = splitWord(toks, s, off)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// hyphenedInitial reports whether a chunk ends in a hyphen and a single
// capital's initial ("U.S.-S.", "US-S." before "Korea" in "U.S.-S. Korea
// joint drills"): the initial keeps its period, as "S. Korea" alone does,
// and splitHyphens then cuts the chunk at the hyphen.
func hyphenedInitial(s string) bool {
	k := strings.LastIndexByte(s, '-')
	if k <= 0 || len(s)-k != 3 || s[len(s)-1] != '.' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k+1:])
	return unicode.IsUpper(r)
}

func dashIndex(s string) int {
	for k, r := range s {
		if isDash(r) {
			return k
		}
		if r == '-' && strings.HasPrefix(s[k:], "--") {
			return k
		}
	}
	return -1
}

// contractions split off the end of a word, as in the Penn Treebank.
var contractionSuffixes = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"}

func startsContraction(s string) bool {
	l := strings.ToLower(s)
	for _, c := range []string{"s", "re", "ll", "ve", "d", "m", "t"} {
		if l == c {
			return true
		}
	}
	return false
}

// splitWord splits possessives, contractions and capitalised hyphen
// compounds ("Korea-Russia", "DPRK-China", "anti-DPRK") out of a word.
func splitWord(toks []Token, s string, off int) []Token {
	lower := strings.ToLower(s)
	for _, suf := range contractionSuffixes {
		if len(lower) > len(suf) && strings.HasSuffix(lower, suf) {
			k := len(s) - len(suf)
			// "can't" → "ca" "n't", "won't" → "wo" "n't", as the Treebank does
			toks = splitHyphens(toks, s[:k], off)
			return appendTok(toks, s[k:], off+k)
		}
	}
	return splitHyphens(toks, s, off)
}

// splitHyphens splits a hyphenated word at hyphens next to a capitalised
// part, keeping ordinary compounds ("so-called", "long-range", "2016-17")
// whole. The hyphens become tokens of their own.
func splitHyphens(toks []Token, s string, off int) []Token {
	if !strings.Contains(s, "-") || s == "-" {
		return appendTok(toks, s, off)
	}
	parts := strings.Split(s, "-")
	split := false
	for _, p := range parts {
		if p == "" {
			return appendTok(toks, s, off)
		}
		r, _ := utf8.DecodeRuneInString(p)
		if unicode.IsUpper(r) {
			split = true
		}
	}
	if !split {
		return appendTok(toks, s, off)
	}
	pos := off
	for k, p := range parts {
		if k > 0 {
			toks = appendTok(toks, "-", pos)
			pos++
		}
		toks = appendTok(toks, p, pos)
		pos += len(p)
	}
	return toks
}

func appendTok(toks []Token, s string, off int) []Token {
	if s == "" {
		return toks
	}
	return append(toks, Token{Text: s, Start: off})
}

// normalizeTokens fills Norm for every token.
func normalizeTokens(toks []Token) {
	for i := range toks {
		if t := toks[i].Text; strings.IndexByte(t, '\n') >= 0 {
			toks[i].Norm = Normalize(strings.Join(strings.Fields(t), ""))
			continue
		}
		toks[i].Norm = Normalize(toks[i].Text)
	}
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
