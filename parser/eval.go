package parser

import (
	"fmt"
	"strings"
)

// Score counts agreement between predicted and gold analyses of the same
// words, as the CoNLL 2018 shared task scores gold tokenisation: every word
// counts, punctuation included, and relations are compared without their
// subtypes (obl:tmod = obl) for LAS. LASFull compares them whole.
type Score struct {
	Words, UPOS, XPOS, Lemma, UAS, LAS, LASFull int
}

// Add scores the words of pred against gold (same forms, same order).
func (s *Score) Add(pred, gold *Sentence) error {
	if len(pred.Tokens) != len(gold.Tokens) {
		return fmt.Errorf("%d words against %d in gold", len(pred.Tokens), len(gold.Tokens))
	}
	for i := range gold.Tokens {
		p, g := &pred.Tokens[i], &gold.Tokens[i]
		s.Words++
		if p.UPOS == g.UPOS {
			s.UPOS++
		}
		if p.XPOS == g.XPOS {
			s.XPOS++
		}
		if p.Lemma == g.Lemma {
			s.Lemma++
		}
		if p.Head == g.Head {
			s.UAS++
			if universal(p.Deprel) == universal(g.Deprel) {
				s.LAS++
			}
			if p.Deprel == g.Deprel {
				s.LASFull++
			}
		}
	}
	return nil
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func ratio(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(a) / float64(n)
}

// String reports the scores as fractions with four decimals.
func (s Score) String() string {
	return fmt.Sprintf("words %d  UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f  (LAS with subtypes %.4f)",
		s.Words, ratio(s.UPOS, s.Words), ratio(s.XPOS, s.Words), ratio(s.Lemma, s.Words),
		ratio(s.UAS, s.Words), ratio(s.LAS, s.Words), ratio(s.LASFull, s.Words))
}

// Ratios returns UPOS, UAS and LAS as fractions.
func (s Score) Ratios() (upos, uas, las float64) {
	return ratio(s.UPOS, s.Words), ratio(s.UAS, s.Words), ratio(s.LAS, s.Words)
}

// Evaluate re-parses the gold tokens of sents with m and scores the result
// against their gold annotation.
func Evaluate(m *Model, sents []Sentence) (Score, error) {
	var sc Score
	p := m.NewParser()
	for i := range sents {
		pred := Sentence{Tokens: make([]Token, len(sents[i].Tokens))}
		copy(pred.Tokens, sents[i].Tokens)
		p.Annotate(&pred)
		if err := sc.Add(&pred, &sents[i]); err != nil {
			return sc, err
		}
	}
	return sc, nil
}
