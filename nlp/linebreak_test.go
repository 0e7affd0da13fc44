package nlp

import "testing"

// A compound hyphenated across a line break (hard-wrapped PDF text) stays
// one word, or its capitalised parts stay adjacent, with verbatim offsets.
func TestLineBreakHyphen(t *testing.T) {
	cases := []struct {
		text string
		want []string // Norm of every token
	}{
		{"at its sixty-\nninth session.", []string{"at", "its", "sixty-ninth", "session", "."}},
		{"the Secretary-\n General spoke", []string{"the", "secretary", "-", "general", "spoke"}},
		{"a long-\nterm, plan", []string{"a", "long-term", ",", "plan"}},
		{"an end -\nnot a start", []string{"an", "end", "-", "not", "a", "start"}},
		{"one-\n\"two\"", []string{"one-", "\"", "two", "\""}},
		{"the well- being", []string{"the", "well-", "being"}},
	}
	for _, c := range cases {
		toks := Tokenize(c.text, 3)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Norm)
			if c.text[tk.Start-3:tk.End()-3] != tk.Text {
				t.Errorf("%q: token %q is not at its offsets", c.text, tk.Text)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
	segs := Split("It is the sixty-\nninth session of the Assembly. We welcome the\nSecretary-\nGeneral.")
	if len(segs) != 2 {
		t.Fatalf("got %d sentences, want 2", len(segs))
	}
}

// FuzzLineBreakHyphen checks that tokens stay verbatim and in order in text
// with hyphens at line ends.
func FuzzLineBreakHyphen(f *testing.F) {
	for _, s := range []string{"sixty-\nninth", "Secretary-\n General.", "a -\n b", "x-\n\n y", "é-\nü", "-\n-\n-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, tok := range Tokenize(text, 0) {
			if tok.Start < last || tok.End() > len(text) || text[tok.Start:tok.End()] != tok.Text || tok.Text == "" {
				t.Fatalf("token %q at %d: not verbatim or out of order", tok.Text, tok.Start)
			}
			last = tok.End()
		}
	})
}
