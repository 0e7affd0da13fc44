package sqlstore

import "unicode/utf8"

// Clean returns s as every backend stores it, and the number of bytes it
// replaced: NUL and the other C0 control characters but tab, line feed and
// carriage return become spaces (PostgreSQL refuses NUL in text), and each
// byte that is not part of valid UTF-8 becomes '?'. Replacements are one
// byte for one, so that the offsets of sentences and spans into the text
// stay valid.
func Clean(s string) (string, int) {
	if clean(s) {
		return s, 0
	}
	b := []byte(s)
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				b[i] = ' '
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			b[i] = '?'
			n++
		}
		i += size
	}
	return string(b), n
}

// clean reports whether s needs no replacement.
func clean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// cleanAll cleans the strings pointed to, adding the bytes replaced to n.
func cleanAll(n *int, ss ...*string) {
	for _, s := range ss {
		var k int
		*s, k = Clean(*s)
		*n += k
	}
}
