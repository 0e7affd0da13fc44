// Praise told by an adjective: in a government's own statement, "the
// Secretary-General's stimulus … is commendable", "it is laudable that the
// Government of Afghanistan has …", "the commendable initiative of President
// Macron" praise the author of the act (051, the speaker toward him) with no
// verb of praising. Found on the ungd7 sample of coder/testdata (UN General
// Debate sentences); the adjectives are the word set PRAISE_ADJECTIVES of
// dict/data/88-ungd-praise.txt.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setPraiseAdjectives names the adjectives that praise an act's author.
const setPraiseAdjectives = "PRAISE_ADJECTIVES"

// praiseAdjectives adds 051 from the speaker toward the author of an act
// called commendable: the possessor or "of" phrase of the noun it qualifies,
// the subject of "… is commendable", or the subject of the clause after "it
// is commendable that". Nothing is added under negation, a modal or a
// condition, nor toward the speaker itself.
func (s *sentence) praiseAdjectives(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	adj := s.c.sets.lowered(setPraiseAdjectives)
	for k := 1; k < len(s.toks); k++ {
		if !adj[s.norm(k)] {
			continue
		}
		var tgts []actor
		how := ""
		v := k // the word the event hangs on
		switch b := s.beBefore(k); {
		case b >= 0:
			g := s.analyseGroup(b)
			if g.neg || g.hypo != "" || g.future || g.infin || s.negatedBetween(b, k) {
				continue
			}
			v = b
			if b > 0 && s.norm(b-1) == "it" && k+1 < len(s.toks) && s.norm(k+1) == "that" {
				tgts, how = s.firstActorsAfter(k+2), "the subject of \"it is "+s.norm(k)+" that\""
			} else {
				tgts, how = s.subjectActorsBefore(b), "the subject of \"is "+s.norm(k)+"\""
			}
		default:
			tgts, how = s.qualifiedAuthor(k), "the author of the "+s.norm(k)+" act"
		}
		src := actor{code: s.speakerCode(), i: -1, j: -1, note: "the document's speaker (praise by an adjective)"}
		for _, t := range tgts {
			if t.title && strings.HasPrefix(t.code, sectorOnly) && (s.titleIn(t) == "secretary-general" || s.assemblyPresident(t)) {
				t.code = "IGOUNO" // the Secretary-General, the Assembly's President (targets.go)
			}
			if t.code == "" || t.code == demarche.NoActor || strings.HasPrefix(t.code, sectorOnly) || demarche.Country(t.code) == demarche.Country(src.code) || s.holds(cands, "051", src.code, t.code) {
				continue
			}
			q := &pred{v: v, vend: v + 1, g: s.analyseGroup(v), subj: []actor{src}, subjHow: "the speaker's voice", subjSpan: [2]int{-1, -1}}
			cands = append(cands, candidate{p: q, code: "051", rule: "coder: praiseadjectives.go, " + how, src: src, tgt: t, verb: [2]int{k, k + 1}})
			s.note("added: praise by \"" + s.norm(k) + "\" toward " + t.code + " (praiseadjectives.go)")
		}
	}
	return cands
}

// beBefore returns the form of "be" before the adjective at k ("is
// commendable", "are highly laudable", "has been commendable"), or -1.
func (s *sentence) beBefore(k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := s.norm(j)
		if beForms[w] && s.tag(j) != "POS" {
			return j // not the possessive "'s" of "Qatar's laudable efforts"
		}
		if !isAdvTag(s.tag(j)) {
			return -1
		}
	}
	return -1
}

// subjectActorsBefore returns the actors of the subject phrase of the "be"
// at b: the noun chain that opens the clause ("The Secretary-General's SDG
// stimulus, aimed at …, is commendable"; "The efforts of Qatar and Egypt
// are laudable").
func (s *sentence) subjectActorsBefore(b int) []actor {
	start := 0
	for j := b - 1; j >= 0; j-- {
		if w := s.norm(j); w == ";" || w == ":" {
			start = j + 1
			break
		}
	}
	if start < len(s.toks) && s.norm(start) == "and" {
		start++
	}
	end := s.chainRight(start, b)
	if end <= start {
		return nil
	}
	return s.actorsIn(start, end, true)
}

// firstActorsAfter returns the actors of the first phrase naming one after
// k, in the clause's subject position ("that, despite the challenges, the
// Government of Afghanistan has shown …").
func (s *sentence) firstActorsAfter(k int) []actor {
	for j := k; j < len(s.toks) && j < k+16; j++ {
		if isVerbTag(s.tag(j)) && s.tag(j) != "VBN" && s.tag(j) != "VBG" {
			return nil
		}
		if s.at[j] >= 0 && !s.ments[s.at[j]].speaker {
			return s.actorsIn(j, s.chainRight(j, len(s.toks)), true)
		}
	}
	return nil
}

// qualifiedAuthor returns the author of the act the adjective at k
// qualifies: a possessor before it ("Qatar's commendable efforts") or an
// "of" phrase after its noun ("the commendable initiative of President
// Macron").
func (s *sentence) qualifiedAuthor(k int) []actor {
	n := k + 1
	for n < len(s.toks) && n < k+3 && (isAdjTag(s.tag(n)) || s.norm(n) == "and") {
		n++
	}
	if n >= len(s.toks) || !strings.HasPrefix(s.tag(n), "NN") {
		return nil
	}
	for n+1 < len(s.toks) && strings.HasPrefix(s.tag(n+1), "NN") && s.at[n+1] < 0 {
		n++
	}
	if n+2 < len(s.toks) && s.norm(n+1) == "of" {
		if a := s.actorsIn(n+2, s.chainRight(n+2, len(s.toks)), true); len(a) > 0 {
			return a
		}
	}
	j := k - 1
	for j >= 0 && (isAdvTag(s.tag(j)) || isAdjTag(s.tag(j))) {
		j--
	}
	if j >= 1 && s.tag(j) == "POS" {
		if m := s.mentionAt(j - 1); m != nil {
			return s.actorsIn(m.i, m.j, true)
		}
	}
	return nil
}

// negatedBetween reports whether a negation stands between the "be" at b
// and the adjective at k ("is not commendable", "was hardly laudable").
func (s *sentence) negatedBetween(b, k int) bool {
	for j := b + 1; j < k; j++ {
		switch s.norm(j) {
		case "not", "n't", "never", "hardly", "scarcely", "no", "less":
			return true
		}
	}
	return false
}
