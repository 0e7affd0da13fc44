package coder

import (
	"fmt"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// dropRedundant removes, after settle, the events that only restate another
// event of the same pair of countries in the same sentence:
//
//   - a plain statement (010) beside a statement event that says what the
//     statement does ("released a statement telling the story of the plots
//     of the U.S." is the accusation, not also a statement), as the coding
//     conventions give a statement the root of what it does;
//   - a criticism (11x) beside a demonstration (14x) ("staged a
//     demonstration … to protest against the U.S. interference" is one
//     protest);
//   - a demand to free persons (1053) aimed at the source's own people,
//     who are whom it would free, not whom it asks.
//
// setOutletPageWords names the word set OUTLET_PAGE_WORDS
// (dict/data/95-kcna-precision.txt): the words of a statement pattern that
// name a piece of the outlet's own pages.
const setOutletPageWords = "OUTLET_PAGE_WORDS"

func (s *sentence) dropRedundant(cands []candidate) []candidate {
	pair := func(c candidate) string {
		if c.noTarget {
			return demarche.Country(c.src.code) + ">"
		}
		return demarche.Country(c.src.code) + ">" + demarche.Country(c.tgt.code)
	}
	roots := map[string]map[string]bool{}
	for _, c := range cands {
		k := pair(c)
		if roots[k] == nil {
			roots[k] = map[string]bool{}
		}
		roots[k][cameo.Root(c.code)] = true
	}
	verbal := func(r map[string]bool) bool {
		for _, x := range []string{"02", "05", "10", "11", "12", "13", "16"} {
			if r[x] {
				return true
			}
		}
		return false
	}
	var out []candidate
	for _, c := range cands {
		r := roots[pair(c)]
		switch root := cameo.Root(c.code); {
		case root == "01" && c.code == "010" && verbal(r):
			s.noteDrop(StageDropped, fmt.Sprintf("010 %s → %s dropped: the same pair's statement says what it does", c.src.code, c.tgt.code))
			continue
		case root == "11" && r["14"]:
			s.noteDroppedEvent(StageDropped, c, "the protest is the demonstration's")
			continue
		case c.code == "010" && !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) &&
			c.patternHasWordOf(s.c.sets.words(setOutletPageWords)):
			// "Rodong Sinmun dedicates an article to the anniversary of the
			// leader's work": a domestic outlet's own pages, no counterpart
			// (as the publications of publication.go)
			s.noteDrop(StageDropped, fmt.Sprintf("010 %s → %s dropped: a domestic outlet's pages", c.src.code, c.tgt.code))
			continue
		case c.code == "1053" && !c.noTarget && c.tgt.code == demarche.Country(c.src.code)+"CVL":
			// "demanding the repatriation of its detained inhabitants": the
			// people to be freed are not whom the demand is made of
			s.noteDrop(StageDropped, fmt.Sprintf("1053 %s → %s dropped: the persons to free are not the demand's addressee", c.src.code, c.tgt.code))
			continue
		}
		out = append(out, c)
	}
	return out
}
