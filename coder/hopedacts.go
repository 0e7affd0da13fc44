package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// hopeHeads are the words whose "that" clause tells what someone hopes,
// expects or believes will happen: "hoped that …", "expressed the hope
// that …", "is confident that …".
var hopeHeads = setOf("hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing",
	"expect", "expects", "expected", "expecting", "expectation", "expectations",
	"believe", "believes", "believed", "believing", "belief", "trust", "trusts", "trusted",
	"conviction", "confidence", "confident", "convinced", "optimism", "optimistic", "hopeful", "sure", "certain")

// hopedActs drops the act that a hope, an expectation or a belief holds
// will happen ("the minister hoped that the two Koreas would improve
// relations", "we hope that the Council will grant our request", "the
// group believes that the army will smash the aggressors"): it is the
// hoper's wish about another actor, not that actor's stated intention or
// its act. The hoper's own intention stays ("Medvedev hoped that he would
// meet Kim again": the same country on both sides). Only an act with a
// modal of the future or of possibility (will, would, could, may,
// should, shall) in the clause is read so.
func (s *sentence) hopedActs(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p != nil && !c.p.noun && (c.p.g.future || c.p.g.hypo != "") {
			if t := s.hopeThat(c.p); t >= 0 && !s.hoperActs(c, t) {
				s.noteDroppedEvent(StageFiltered, c, "the act a hope or a belief holds will happen, not the actor's own (hopedacts.go)")
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}

// hopeThat returns the token of the "that" which opens the content clause
// of a hope word holding the verb of p, or -1.
func (s *sentence) hopeThat(p *pred) int {
	for k := p.g.start - 1; k > 0 && k > p.g.start-30; k-- {
		switch w := s.norm(k); w {
		case ";", ":", "\"":
			return -1
		case "that":
			if hopeHeads[s.norm(k-1)] {
				return k
			}
			return -1 // another "that" clause lies between
		}
	}
	return -1
}

// hoperActs reports whether the source of c is the hoper's own side: the
// subject of the nearest predicate before the "that" at t, or the
// speaking state of a government's statement ("we hope", "it is my hope").
func (s *sentence) hoperActs(c candidate, t int) bool {
	src := demarche.Country(c.src.code)
	var hoper []string
	for _, q := range s.preds {
		if q.noun || q.v >= t || q == c.p || len(q.subj) == 0 {
			continue
		}
		hoper = hoper[:0]
		for _, a := range q.subj {
			hoper = append(hoper, demarche.Country(a.code))
		}
	}
	if len(hoper) == 0 && s.doc.speaker != "" {
		hoper = append(hoper, demarche.Country(s.doc.speaker))
	}
	for _, h := range hoper {
		if h != "" && strings.EqualFold(h, src) {
			return true
		}
	}
	return false
}
