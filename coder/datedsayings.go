// Sayings about the past: a statement made now about a dated episode.

package coder

import (
	"strconv"
	"strings"

	"github.com/demarche-project/demarche/cameo"
)

// undatedSaying reports whether a verbal predicate (a statement, praise,
// criticism, an appeal, a rejection) whose clause names a past date is not
// dated by it: the date lies inside quotation marks or a parenthesis (a
// work's title or its date: "in its bulletin "Kim Jong Il, June 19, 1964"
// said", "a replica of the "Ulsa (1905) Treaty""; not KCNA's "Juche 26
// (1937)", which dates), or after the verb inside what is said or praised
// (contentStart: "said that the party founded on October 10, 1945 is …",
// "lauded him as a great man of the 20th century"). Such a saying is news;
// the dated episode it tells is coded or not by its own clause. The
// adjuncts of the verb still date it: "said in March 1967 that …", "told a
// hearing in May 1951 that …", "in 1950 X denounced …" stay history, and so
// does a saying whose speaker is "the then" holder of an office.
func (s *sentence) undatedSaying(p *pred, code string) bool {
	if p.noun || !verbalRoots[cameo.Root(code)] {
		return false
	}
	for k := max(1, p.g.start-12); k < p.v; k++ {
		if s.norm(k) == "then" && s.norm(k-1) == "the" {
			return false // "the then U.S. president told …": a past speaker, narration
		}
	}
	year := 0
	if len(s.doc.date) >= 4 {
		year, _ = strconv.Atoi(s.doc.date[:4])
	}
	content, as := s.contentStart(p)
	quoted, paren := false, 0
	for k := s.historyStart(p, year); k < p.hi && k < content; k++ {
		switch s.tag(k) {
		case "``":
			quoted = true
			continue
		case "''":
			quoted = false
			continue
		case "(":
			if !s.jucheYear(k) {
				paren++
			}
			continue
		case ")":
			paren = max(0, paren-1)
			continue
		}
		if quoted || paren > 0 || k > as && s.norm(k) == "century" {
			continue
		}
		if s.datesHistory(p, k, year) {
			return false
		}
	}
	return true
}

// contentStart returns where what a verbal predicate says or judges begins
// (len(toks) when nothing opens it), and where a predicative "as" begins:
// a complement or relative "that", a relative pronoun, a past participle
// with its agent after a noun ("the party founded by … on …"), and, for a
// verb of saying that takes a bare clause (BARE_CONTENT_VERBS), the
// noun phrase after it when a clause follows ("said the birth of … on Feb. 16, 1942 was"). After "as"
// ("praised X as a great man of the 20th century") only a century names
// what X is; a year or "… ago" there still dates the act ("acclaimed him
// as commander twenty years ago").
func (s *sentence) contentStart(p *pred) (content, as int) {
	n := len(s.toks)
	content, as = n, n
	if p.vend < n && s.c.sets.lowered(setBareContentVerbs)[s.norm(p.vend-1)] && s.finiteVerbBetween(p.vend, p.hi) {
		if t := s.tag(p.vend); t == "DT" || t == "PRP" || t == "PRP$" || t == "JJ" || strings.HasPrefix(t, "NN") {
			return p.vend, n
		}
	}
	for k := p.vend; k < n; k++ {
		w, t := s.norm(k), s.tag(k)
		switch {
		case w == "that" && t != "DT" || t == "WDT" || t == "WP":
			return k, as
		case w == "as" && k > p.vend && as == n:
			as = k
		case t == "VBN" && k > p.vend && isNounTag(s.tag(k-1)) && s.norm(k+1) == "by":
			return k, as
		}
	}
	return n, as
}

// setBareContentVerbs names the word set BARE_CONTENT_VERBS
// (96-dated-sayings.txt): the verbs of saying whose content may follow
// them without "that".
const setBareContentVerbs = "BARE_CONTENT_VERBS"

// jucheYear reports whether the parenthesis at k gives the Gregorian year
// of a Juche-era date ("June 4, Juche 26 (1937)"): a date, not a title's.
func (s *sentence) jucheYear(k int) bool {
	return k >= 2 && s.tag(k-1) == "CD" && s.norm(k-2) == "juche"
}
