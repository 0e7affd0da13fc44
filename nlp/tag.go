package nlp

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
)

// Tagger assigns Penn Treebank part-of-speech tags. It wraps prose's averaged
// perceptron, which is fast (about a microsecond a token), deterministic and
// safe for concurrent use, and fixes the tags of the typographic quotes and
// apostrophes that its English model was not trained on.
type Tagger struct {
	t    *tag.Tagger
	fast *fastTagger
	pool sync.Pool
}

// quoteLexicon fixes what the model gets wrong on curly punctuation and on
// the closed-class words that decide clause structure in news prose.
var quoteLexicon = tag.Lexicon{
	"’s": "POS", "'s": "POS", "’": "POS",
	"“": "``", "”": "''", "‘": "``", "«": "``", "»": "''", "``": "``", "''": "''",
	"—": ":", "–": ":", "--": ":",
	"n't": "RB", "n’t": "RB",
}

// NewTagger returns a tagger backed by prose's built-in English model. It
// fails only if that model cannot be decoded.
func NewTagger() (*Tagger, error) {
	t, err := tag.New(tag.WithLexicon(quoteLexicon))
	if err != nil {
		return nil, err
	}
	fast, err := loadFast()
	if err != nil {
		return nil, err
	}
	tg := &Tagger{t: t, fast: fast}
	tg.pool.New = func() any { return &tagScratch{} }
	return tg, nil
}

// Tag fills the Tag field of every token, treating toks as one sentence.
// When words is not nil it is tagged instead of the tokens' text (one word a
// token): the coder passes headlines in sentence case so that a Title Case
// headline is not read as a string of proper nouns.
func (tg *Tagger) Tag(toks []Token, words []string) {
	if len(toks) == 0 {
		return
	}
	sc := tg.pool.Get().(*tagScratch)
	defer tg.pool.Put(sc)
	sc.words, sc.tags = sc.words[:0], sc.tags[:0]
	open := false
	for i := range toks {
		w := toks[i].Text
		if words != nil {
			w = words[i]
		}
		if w == "\"" {
			// the model knows the Treebank's `` and '', not the straight
			// quote: alternate them
			if open {
				w = "''"
			} else {
				w = "``"
			}
			open = !open
		}
		sc.words = append(sc.words, straighten(w))
		sc.tags = append(sc.tags, "")
	}
	if !tg.fast.tag(sc.words, quoteLexicon, sc.tags) {
		tg.proseTags(sc)
	}
	for i := range toks {
		toks[i].Tag = sc.tags[i]
	}
	nameParticles(toks)
	honorifics(toks)
}

// tagScratch is the working set of one call of Tag.
type tagScratch struct {
	words, tags []string
	buf         []token.Token
}

// proseTags tags sc.words with prose's own tagger.
func (tg *Tagger) proseTags(sc *tagScratch) {
	sc.buf = sc.buf[:0]
	for _, w := range sc.words {
		sc.buf = append(sc.buf, token.Token{Text: w})
	}
	tg.t.TagTokens(sc.buf)
	for i := range sc.buf {
		sc.tags[i] = sc.buf[i].Tag
	}
}

// straighten replaces curly apostrophes inside a word with straight ones, so
// that "didn’t" and "Korea’s" are tagged like their ASCII spellings.
func straighten(w string) string {
	if !strings.ContainsRune(w, '’') || len(w) <= len("’") {
		return w
	}
	return strings.ReplaceAll(w, "’", "'")
}

// nameParticles tags the lower-case particles of Arabic names as proper
// nouns when a capitalised name follows ("Hamad al-Thani", "Tamim bin
// Hamad"): the model reads "al" as a verb and "bin" as a noun, which cuts
// the name in two.
func nameParticles(toks []Token) {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Text {
		case "al", "el", "bin", "ibn", "bint", "Al", "El", "Bin", "Ibn":
		default:
			continue
		}
		next := i + 1
		if toks[next].Text == "-" && next+1 < len(toks) {
			next++
		}
		if i > 0 && toks[i-1].Tag == "NNP" && isCapitalised(toks[next].Text) {
			toks[i].Tag = "NNP"
			if next > i+1 {
				toks[i+1].Tag = "NNP"
			}
		}
	}
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// honorifics tags the state-media formula "the dear respected Kim Jong Un"
// as adjectives: the model reads "respected" as a finite verb, which makes
// a clause where there is none.
func honorifics(toks []Token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].Text == "respected" && strings.EqualFold(toks[i-1].Text, "dear") {
			toks[i-1].Tag, toks[i].Tag = "JJ", "JJ"
		}
	}
}
