package sqlstore

import (
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		n        int
	}{
		{"plain text\twith\nbreaks\r\n", "plain text\twith\nbreaks\r\n", 0},
		{"a\x00b", "a b", 1},
		{"bell\x07 and \x1b[0m", "bell  and  [0m", 2},
		{"bad \xff\xfe bytes", "bad ?? bytes", 2},
		{"Pyongyang — 평양", "Pyongyang — 평양", 0},
		{"cut \xed\x95", "cut ??", 2},
	} {
		got, n := Clean(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("Clean(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

// FuzzClean checks that Clean keeps the length, leaves nothing to clean and
// changes clean text not at all.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "a\x00b", "\xff", "평양\x01", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, n := Clean(s)
		if len(got) != len(s) {
			t.Fatalf("Clean(%q) = %q: length changed", s, got)
		}
		if !utf8.ValidString(got) || !clean(got) {
			t.Fatalf("Clean(%q) = %q: not clean", s, got)
		}
		if (n == 0) != (got == s) || (n == 0) != clean(s) {
			t.Fatalf("Clean(%q) = %q, %d", s, got, n)
		}
	})
}
