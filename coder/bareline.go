package coder

import (
	"strings"
	"unicode/utf8"
)

// maxBareLine is the longest text (in bytes) that bareLine reads as a
// headline: KCNA's longest headlines run to about 200 characters.
const maxBareLine = 300

// bareLine reports whether a document's whole text is one line that ends
// without a sentence's closing mark (".", "!", "?", "…", ":" or ";", even
// inside closing quotes or brackets): the text of a headline given as a
// sentence ("Kim Jong Il's Russia visit hailed", "Sit-in strike in S.
// Korea"). Headlines are then read with their grammar (present tense for
// the past, a participle without its "be" for a passive, a colon for the
// speaker), whether or not they are title-cased. Only for a publication
// whose knowledge says `bare-headlines: yes` (KCNA): on the two public
// development sets 68 of 70 KCNA headlines end bare and 1 of 296 other
// items, but PETRARCH's wire test sentences are written without stops.
func bareLine(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > maxBareLine || strings.ContainsAny(t, "\n\r") {
		return false
	}
	t = strings.TrimRight(t, "\"'”’»)] ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && !strings.ContainsRune(".!?…:;", r)
}
