package parser

import (
	"slices"
	"strings"
)

// lemmatizer gives a word's lemma from its form and UPOS: an exception
// table learned from the training treebank, else the suffix rule learned
// for the UPOS (strip so many bytes, append a string), else the form.
type lemmatizer struct {
	except []map[string]string  // by UPOS id: form → lemma
	rules  []map[string]lemRule // by UPOS id: lower-case suffix → rule
}

type lemRule struct {
	cut int
	add string
}

const maxLemSuffix = 4

// lemmaBase is the form a rule applies to: proper nouns keep their case.
func lemmaBase(form, upos string) string {
	if upos == "PROPN" {
		return form
	}
	return strings.ToLower(form)
}

func (lm *lemmatizer) lemma(form string, u int, upos string) string {
	if u < len(lm.except) {
		if l, ok := lm.except[u][form]; ok {
			return l
		}
	}
	base := lemmaBase(form, upos)
	if u < len(lm.rules) {
		rs := lm.rules[u]
		for k := min(maxLemSuffix, len(base)); k >= 0; k-- {
			if r, ok := rs[base[len(base)-k:]]; ok && r.cut <= len(base) {
				if r.cut == 0 && r.add == "" {
					return base
				}
				return base[:len(base)-r.cut] + r.add
			}
		}
	}
	return base
}

// learnLemmas learns the rules and exceptions from the gold lemmas of
// sents; upos maps a UPOS to its id.
func learnLemmas(sents []Sentence, upos map[string]int, nu int) *lemmatizer {
	type key struct {
		u   int
		suf string
		r   lemRule
	}
	ruleCount := map[key]int{}
	type fkey struct {
		u    int
		form string
	}
	lemmaCount := map[fkey]map[string]int{}
	for i := range sents {
		for _, t := range sents[i].Tokens {
			u, ok := upos[t.UPOS]
			if !ok || t.Lemma == "" || t.Lemma == "_" {
				continue
			}
			fk := fkey{u, t.Form}
			if lemmaCount[fk] == nil {
				lemmaCount[fk] = map[string]int{}
			}
			lemmaCount[fk][t.Lemma]++
			base := lemmaBase(t.Form, t.UPOS)
			p := 0
			for p < len(base) && p < len(t.Lemma) && base[p] == t.Lemma[p] {
				p++
			}
			r := lemRule{cut: len(base) - p, add: t.Lemma[p:]}
			// a rule rewrites only within its suffix; suppletive forms
			// (better → good) are exceptions
			for k := r.cut; k <= min(maxLemSuffix, len(base)); k++ {
				ruleCount[key{u, base[len(base)-k:], r}]++
			}
		}
	}
	lm := &lemmatizer{except: make([]map[string]string, nu), rules: make([]map[string]lemRule, nu)}
	for u := range nu {
		lm.except[u], lm.rules[u] = map[string]string{}, map[string]lemRule{}
	}
	type best struct {
		r lemRule
		n int
	}
	bests := map[[2]string]best{}
	keys := make([]key, 0, len(ruleCount))
	for k := range ruleCount {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.u != b.u {
			return a.u - b.u
		}
		if c := strings.Compare(a.suf, b.suf); c != 0 {
			return c
		}
		if a.r.cut != b.r.cut {
			return a.r.cut - b.r.cut
		}
		return strings.Compare(a.r.add, b.r.add)
	})
	for _, k := range keys {
		n := ruleCount[k]
		if n < 3 {
			continue
		}
		bk := [2]string{string(rune(k.u + 1)), k.suf}
		if b, ok := bests[bk]; !ok || n > b.n {
			bests[bk] = best{k.r, n}
		}
	}
	for bk, b := range bests {
		lm.rules[int([]rune(bk[0])[0])-1][bk[1]] = b.r
	}
	// rules that change nothing beyond their parent suffix's rule are kept:
	// they are few, and the table stays simple
	uposName := make([]string, nu)
	for name, id := range upos {
		uposName[id] = name
	}
	for fk, lemmas := range lemmaCount {
		bestL, bestN := "", 0
		for l, n := range lemmas {
			if n > bestN || (n == bestN && l < bestL) {
				bestL, bestN = l, n
			}
		}
		if lm.lemma(fk.form, fk.u, uposName[fk.u]) != bestL {
			lm.except[fk.u][fk.form] = bestL
		}
	}
	return lm
}
