package treecoder

import (
	"strings"

	"github.com/demarche-project/demarche/petrarch"
)

// step is a pattern element in matching order, with whether it must match
// right next to what was matched before it.
type step struct {
	e   petrarch.Elem
	adj bool
}

// matchPattern matches p's lower part on the words after the verb and its
// upper part, backwards, on the words before it.
func (s *sentence) matchPattern(p *petrarch.Pattern, upper, lower []int, ms *matchState) bool {
	verb := p.Elems[p.Verb]
	lo := petrarch.Flatten(p.Lower())
	lsteps := make([]step, len(lo))
	for i, e := range lo {
		adj := verb.Glue
		if i > 0 {
			adj = lo[i-1].Glue
		}
		lsteps[i] = step{e, adj}
	}
	up := petrarch.Flatten(p.Upper())
	usteps := make([]step, len(up))
	for i := range up {
		e := up[len(up)-1-i]
		usteps[i] = step{e, e.Glue}
	}
	budget := 20000
	var st matchState
	if s.d.Verbs.Syntactic {
		// a PETRARCH2 pattern speaks of the verb's own clause, not of a
		// clause embedded in it
		lower = s.ownClause(lower)
	}
	if !s.matchSteps(lsteps, lower, 0, false, &st, &budget) {
		return false
	}
	if !s.matchSteps(usteps, upper, 0, true, &st, &budget) {
		return false
	}
	*ms = st
	return true
}

// matchSteps matches steps on seq from position pos. back is true for the
// upper sequence, which runs from the verb toward the start of the
// sentence.
func (s *sentence) matchSteps(steps []step, seq []int, pos int, back bool, st *matchState, budget *int) bool {
	if len(steps) == 0 {
		return true
	}
	*budget--
	if *budget < 0 {
		return false
	}
	sp := steps[0]
	last := len(seq)
	if sp.adj {
		last = pos + 1
		if last > len(seq) {
			last = len(seq)
		}
	}
	for q := pos; q < last; q++ {
		switch sp.e.Kind {
		case petrarch.EWord:
			if s.words[seq[q]] == sp.e.Word && s.matchSteps(steps[1:], seq, q+1, back, st, budget) {
				if !back && seq[q] > st.lowerEnd {
					st.lowerEnd = seq[q]
				}
				return true
			}
		case petrarch.ESynset:
			set := s.d.Verbs.Synsets[sp.e.Set]
			if set == nil {
				return false
			}
			for _, ph := range set.Phrases {
				if n, ok := s.phraseAt(ph, seq, q, back); ok && s.matchSteps(steps[1:], seq, q+n, back, st, budget) {
					if !back && seq[q] > st.lowerEnd {
						st.lowerEnd = seq[q]
					}
					return true
				}
			}
		case petrarch.ESource, petrarch.ETarget, petrarch.ECompound, petrarch.ESkip:
			k := s.entAt[seq[q]]
			// an entity starts here, or the words matched so far end
			// inside it ("warned their ^ …": "their Ent populations")
			if k < 0 || (q > 0 && s.entAt[seq[q-1]] == k && !(q == pos && pos > 0)) {
				continue
			}
			e := s.ents[k]
			if sp.e.Kind == petrarch.ECompound && len(e.members) < 2 {
				continue
			}
			end := q
			for end < len(seq) && s.entAt[seq[end]] == k {
				end++
			}
			saved := *st
			switch sp.e.Kind {
			case petrarch.ESource:
				st.source = e
			case petrarch.ETarget:
				st.target = e
			case petrarch.ECompound:
				st.compound, st.compoundUpper = e, back
			}
			if s.matchSteps(steps[1:], seq, end, back, st, budget) {
				return true
			}
			*st = saved
		}
	}
	return false
}

// phraseAt reports whether ph occurs at seq[q] (backwards when back: its
// last word at seq[q]), and how many positions it takes.
func (s *sentence) phraseAt(ph []string, seq []int, q int, back bool) (int, bool) {
	n := len(ph)
	if q+n > len(seq) {
		return 0, false
	}
	for i := 0; i < n; i++ {
		w := ph[i]
		if back {
			w = ph[n-1-i]
		}
		if s.words[seq[q+i]] != w {
			return 0, false
		}
	}
	return n, true
}

// ownClause keeps the words of seq that are not inside a clause (S, SBAR)
// embedded in the verb's phrase s.vp.
func (s *sentence) ownClause(seq []int) []int {
	if s.vp == nil {
		return seq
	}
	out := seq[:0:0]
	for _, i := range seq {
		embedded := false
		for n := s.tree.Leaves[i].Parent; n != nil && n != s.vp; n = n.Parent {
			switch n.Base() {
			case "SBAR", "SQ", "SINV", "SBARQ":
				embedded = true
			case "S":
				// an infinitive ("wants Putin to attack") belongs to the
				// verb; a finite clause ("said such a step enjoyed") does not
				embedded = embedded || finiteClause(n)
			}
		}
		if !embedded {
			out = append(out, i)
		}
	}
	return out
}

// finiteClause reports whether the clause n has a tensed verb of its own:
// the first verb of its verb phrase is past, present or a modal.
func finiteClause(n *Node) bool {
	for _, k := range n.Kids {
		if k.Base() != "VP" {
			continue
		}
		for v := k; v != nil; {
			var next *Node
			for _, kk := range v.Kids {
				if kk.Leaf() {
					switch kk.Label {
					case "VBD", "VBZ", "VBP", "MD":
						return true
					case "TO", "VB", "VBG", "VBN":
						return false
					}
					if strings.HasPrefix(kk.Label, "AUX") {
						return true
					}
				} else if kk.Base() == "VP" && next == nil {
					next = kk
				}
			}
			v = next
		}
	}
	return false
}
