package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func words(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Kim met Putin.", "Kim|met|Putin|."},
		{"the U.S. and D.P.R.K.", "the|U.S.|and|D.P.R.K."},
		{"on Sep. 13, 2023 at Mt. Paektu", "on|Sep.|13|,|2023|at|Mt.|Paektu"},
		{"North Korea’s troops", "North|Korea|’s|troops"},
		{"Workers' Party", "Workers|'|Party"},
		{"didn't go", "did|n't|go"},
		{"the DPRK-China friendship, so-called talks", "the|DPRK|-|China|friendship|,|so-called|talks"},
		{"“friendship proven by blood”", "“|friendship|proven|by|blood|”"},
		{"Pyongyang—Moscow", "Pyongyang|—|Moscow"},
		{"wait... now", "wait|...|now"},
		{"see http://example.org/a.b now", "see|http://example.org/a.b|now"},
		{"(KCNA) said:", "(|KCNA|)|said|:"},
	}
	for _, tt := range tests {
		got := strings.Join(words(Tokenize(tt.in, 0)), "|")
		if got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim met Putin. They talked.", []string{"Kim met Putin.", "They talked."}},
		{"He met Mr. Kim at Mt. Paektu on Sep. 13, 2023. It rained.", []string{"He met Mr. Kim at Mt. Paektu on Sep. 13, 2023.", "It rained."}},
		{"It was in the U.S. Officials said so.", []string{"It was in the U.S.", "Officials said so."}},
		{"The U.S. Army arrived.", []string{"The U.S. Army arrived."}},
		{"The Koreas\n\nWhy did they admit it?\n\nCredit: Press Office", []string{"The Koreas", "Why did they admit it?", "Credit: Press Office"}},
		{"He said: \"We will win.\" Then he left.", []string{"He said: \"We will win.\"", "Then he left."}},
		{"Arnor is about to restore ties \nwith Gondor.", []string{"Arnor is about to restore ties \nwith Gondor."}},
		{"It grew in south Korea. south Korea protested.", []string{"It grew in south Korea.", "south Korea protested."}},
		{"Rome denied the report. 'It is false,' an official said.", []string{"Rome denied the report.", "'It is false,' an official said."}},
		{"He called it 'a lie.' Then he left.", []string{"He called it 'a lie.'", "Then he left."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.in) {
			got = append(got, s.Text(tt.in))
		}
		if strings.Join(got, "‖") != strings.Join(tt.want, "‖") {
			t.Errorf("Split(%q) =\n  %q\nwant\n  %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"Korea’s": "korea's", "“A”": "\"a\"", "U.S.": "u.s.", "—": "-", "abc": "abc"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzSplit checks that splitting never panics, that every token is the
// text at its offsets and that sentences are in order and inside the text.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Kim met Putin. They talked.", "U.S. D.P.R.K. Mt. Sep. 13", "“x” ‘y’ — z", "a\n\n\nb", "\xff\xfe bad", "...", "'s n't"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, seg := range Split(text) {
			if seg.Start < last || seg.End > len(text) || seg.Start > seg.End {
				t.Fatalf("segment %d..%d out of order or bounds (len %d)", seg.Start, seg.End, len(text))
			}
			last = seg.End
			for _, tok := range seg.Tokens {
				if text[tok.Start:tok.End()] != tok.Text {
					t.Fatalf("token %q at %d does not match the text", tok.Text, tok.Start)
				}
				if tok.Text == "" {
					t.Fatal("empty token")
				}
			}
		}
		if utf8.ValidString(text) {
			for _, seg := range Split(text) {
				if !utf8.ValidString(seg.Text(text)) {
					t.Fatalf("segment cuts a rune: %q", seg.Text(text))
				}
			}
		}
	})
}
