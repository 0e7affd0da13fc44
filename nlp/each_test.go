package nlp

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// segments returns the sentences that eachSentence passes on.
func segments(text string, window int) []Segment {
	var out []Segment
	eachSentence(text, window, func(s Segment) bool { out = append(out, s); return true })
	return out
}

// randomText writes sentences of a few words, with abbreviations,
// initialisms, quotes and paragraph breaks, each shorter than max bytes and
// starting with a word that can start one.
func randomText(r *rand.Rand, n, max int) string {
	words := []string{"the", "Envoy", "met", "U.S.", "officials", "Mt.", "Paektu", "in", "Sep.", "13", "\"we", "agree.\"", "north", "Korea", "said", "(Moscow)", "1,200", "talks", "e.g.", "Dr.", "Kim"}
	starts := []string{"The", "Officials", "North", "Pyongyang", "\"We", "(Seoul"}
	ends := []string{".", "!", "?", "...", ".\"", ")."}
	var b strings.Builder
	for range n {
		var s strings.Builder
		s.WriteString(starts[r.Intn(len(starts))])
		for k := r.Intn(12); k > 0 && s.Len() < max-12; k-- {
			if s.Len() > 0 {
				s.WriteByte(' ')
			}
			s.WriteString(words[r.Intn(len(words))])
		}
		s.WriteString(ends[r.Intn(len(ends))])
		b.WriteString(s.String())
		switch r.Intn(8) {
		case 0:
			b.WriteString("\n\n")
		case 1:
			b.WriteString("\n")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// TestEachSentence checks that tokenizing a window at a time gives the
// sentences of Split, whatever the window, when no sentence is longer than
// half the window.
func TestEachSentence(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := range 300 {
		window := 64 + r.Intn(400)
		text := randomText(r, 1+r.Intn(60), window/2)
		want := Split(text)
		if got := segments(text, window); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d, window %d: %d sentences, want %d\ntext %q", trial, window, len(got), len(want), text)
		}
	}
}

// TestEachSentenceLong checks a text without any sentence end: it is cut
// at the window, and every byte of it is in one sentence.
func TestEachSentenceLong(t *testing.T) {
	text := strings.Repeat("word ", 1000)
	segs := segments(text, 256)
	if len(segs) < 1000*5/256 {
		t.Fatalf("%d sentences", len(segs))
	}
	n := 0
	for i, s := range segs {
		if i > 0 && s.Start < segs[i-1].End {
			t.Fatalf("sentence %d overlaps the one before", i)
		}
		n += len(s.Tokens)
	}
	if n != 1000 {
		t.Errorf("%d tokens, want 1000", n)
	}
}

// FuzzEachSentence checks that EachSentence passes on sentences in order,
// within the text, without overlaps, and the same as Split when the text
// fits in the window.
func FuzzEachSentence(f *testing.F) {
	f.Add("One. Two! \"Three?\" U.S. Officials said so.\n\nFour.", 16)
	f.Add(strings.Repeat("a b. ", 40), 20)
	f.Fuzz(func(t *testing.T, text string, window int) {
		window = 8 + abs(window)%512
		prev := 0
		for _, s := range segments(text, window) {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End || len(s.Tokens) == 0 {
				t.Fatalf("bad sentence %d-%d after %d in %d bytes", s.Start, s.End, prev, len(text))
			}
			prev = s.End
		}
		if len(text) <= window {
			if got, want := segments(text, window), Split(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("differs from Split on a text within the window")
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
