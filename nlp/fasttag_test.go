package nlp

import (
	"slices"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// sameAsProse tags the sentence both ways and reports a difference; fast
// is false when the sentence is left to prose.
func sameAsProse(t *testing.T, tg *Tagger, where, sentence string) (fast, same bool) {
	t.Helper()
	toks := Tokenize(sentence, 0)
	sc := &tagScratch{}
	for _, tk := range toks {
		sc.words = append(sc.words, straighten(tk.Text))
		sc.tags = append(sc.tags, "")
	}
	if !tg.fast.tag(sc.words, quoteLexicon, sc.tags) {
		return false, true // prose tags it
	}
	got := slices.Clone(sc.tags)
	tg.proseTags(sc)
	if !slices.Equal(got, sc.tags) {
		t.Errorf("%s: %q\n fast  %v\n prose %v", where, sentence, got, sc.tags)
		return true, false
	}
	return true, true
}

// TestFastTaggerMatchesProse checks that the indexed scorer gives prose's
// tags, on sentences written for it (every feature template, the lexicon,
// the model's unambiguous words, the sentence's edges) and, when ../shared
// is present, on a sample of KCNA and UN General Debate sentences.
func TestFastTaggerMatchesProse(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The envoy met the minister in Hanoi on Tuesday.",
		"Kim Yong Nam Meets Brazilian Ambassador",
		"U.S.-Japan Naval Drills Slammed as Provocation: Danish Groups",
		"In 1998, the two sides signed a 12-point accord worth $3.5 million.",
		"“We didn’t agree,” the spokesman said, “and we won’t.”",
		"He said \"no\" -- twice.",
		"Go!",
		"x",
		"Refusing, they left; the talks, however, resumed at 10:30.",
	} {
		if fast, _ := sameAsProse(t, tg, "written", s); !fast {
			t.Errorf("%q: left to prose", s)
		}
	}
	if testing.Short() {
		return
	}
	bad := 0
	for _, rel := range []string{"corpora/kcna/kcna-2011.jsonl.gz", "corpora/ungd/ungd-2014-2024.jsonl.gz"} {
		docs := shared.Stories(t, rel)
		n, fast := 0, 0
		for di, d := range docs {
			if di%7 != 0 {
				continue
			}
			for _, seg := range Split(d.Text) {
				n++
				f, same := sameAsProse(t, tg, d.ID, seg.Text(d.Text))
				if f {
					fast++
				}
				if !same {
					bad++
				}
				if bad > 5 {
					t.Fatal("too many differences")
				}
			}
		}
		t.Logf("%s: %d sentences, %d tagged by the fast path and compared", rel, n, fast)
		if fast < n*9/10 {
			t.Errorf("%s: only %d of %d sentences take the fast path", rel, fast, n)
		}
	}
}

func TestPlain(t *testing.T) {
	for _, w := range []string{"-LRB-", "*T*-1", "@kcna", ":)", ";-)", "(:", "xD", "8-D", "O.o", "^_^", "<3"} {
		if plain(w) {
			t.Errorf("plain(%q) = true: prose special-cases it", w)
		}
	}
	for _, w := range []string{"Korea", "U.S.", "anti-U.S.", "1998", "$", "(", ",", "``", "don't", "-", "0", "*", "10:30", "1.5°C", "A/70/PV.22"} {
		if !plain(w) {
			t.Errorf("plain(%q) = false", w)
		}
	}
}

// BenchmarkTagKCNA tags the sentences of 2,000 KCNA stories with the
// indexed scorer (fast) and with prose's own (prose), for the same tags.
func BenchmarkTagKCNA(b *testing.B) {
	tg, err := NewTagger()
	if err != nil {
		b.Fatal(err)
	}
	docs := shared.Stories(b, "corpora/kcna/kcna-2011.jsonl.gz")
	var sents [][]Token
	for _, d := range docs[:2000] {
		for _, seg := range Split(d.Text) {
			sents = append(sents, seg.Tokens)
		}
	}
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			for _, s := range sents {
				tg.Tag(s, nil)
			}
		}
		b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
	})
	b.Run("prose", func(b *testing.B) {
		sc := &tagScratch{}
		for b.Loop() {
			for _, s := range sents {
				sc.words, sc.tags = sc.words[:0], sc.tags[:0]
				for _, tk := range s {
					sc.words = append(sc.words, straighten(tk.Text))
					sc.tags = append(sc.tags, "")
				}
				tg.proseTags(sc)
			}
		}
		b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
	})
}

// FuzzFastTaggerModel feeds the model reader damaged models: it must return
// an error or a tagger, never panic or allocate without bound.
func FuzzFastTaggerModel(f *testing.F) {
	model := aptagmodel.English
	for _, n := range []int{0, 8, 12, 40, 400, 4000, len(model) / 2} {
		f.Add(model[:n])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ft, err := newFastTagger(b)
		if err == nil {
			out := make([]string, 3)
			ft.tag([]string{"The", "envoy", "left"}, nil, out)
		}
	})
}
