package nlp

import "unicode/utf8"

// Window is about the most text that EachSentence tokenizes at once, in
// bytes.
const Window = 64 << 10

// EachSentence calls fn with the sentences of text, in order, as Split
// returns them, but tokenizes at most about Window bytes at a time: the
// memory it needs is bounded by the window, not by the text. A block of
// text longer than the window is cut at a space; the sentences before the
// cut are passed on, and the last one, which may go on after it, is
// tokenized again with what follows. A sentence longer than the window
// itself — text without sentence-final punctuation — is cut at the window.
// It stops when fn returns false.
func EachSentence(text string, fn func(Segment) bool) {
	eachSentence(text, Window, fn)
}

func eachSentence(text string, window int, fn func(Segment) bool) {
	for _, b := range blocks(text) {
		start, end := b[0], b[1]
		for start < end {
			stop, last := end, true
			if end-start > window {
				if cut := spaceBefore(text, start+window/2, start+window); cut > start {
					stop, last = cut, false
				}
			}
			segs := splitTokens(nil, Tokenize(text[start:stop], start))
			if len(segs) == 0 {
				start = stop
				continue
			}
			if !last && len(segs) > 1 {
				// The last sentence may go on after the cut.
				start = segs[len(segs)-1].Start
				segs = segs[:len(segs)-1]
			} else {
				start = stop
			}
			for _, s := range segs {
				if !fn(s) {
					return
				}
			}
		}
	}
}

// spaceBefore returns the offset of the last ASCII space, tab or line break
// in text[lo:hi], else of the first space of any kind from lo on, else -1.
func spaceBefore(text string, lo, hi int) int {
	for i := hi - 1; i >= lo; i-- {
		switch text[i] {
		case ' ', '\n', '\t', '\r':
			return i
		}
	}
	for i := lo; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			return i
		}
		i += size
	}
	return -1
}
