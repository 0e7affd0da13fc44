// Diplomatic measures (16x) a government decides or announces: the
// decision on its own relations, and the agent of a passive measure that
// the same sentence's statement names.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// decidedMeasure reports whether the predicate is a diplomatic measure
// (16x) that its subject has decided to take ("Ukraine decided to strip
// the Iranian ambassador of his accreditation", "Kyiv has decided to
// reduce the number of diplomats"): a government's decision on its own
// relations, announced, is the measure, not a threat of it.
func (s *sentence) decidedMeasure(p *pred, code string) bool {
	g := p.g
	if !strings.HasPrefix(code, "16") || g.gov != govIntent || g.future || g.hypo != "" || g.neg || g.govIdx < 0 {
		return false
	}
	if s.lemmaAt(g.govIdx) != "decide" {
		return false
	}
	switch s.tag(g.govIdx) {
	case "VBD":
		return true
	case "VBN":
		return haveForms[s.norm(g.govIdx-1)] || isAdvTag(s.tag(g.govIdx-1)) && haveForms[s.norm(g.govIdx-2)]
	}
	return false
}

// announcedMeasure returns, for a passive diplomatic measure (16x) with no
// agent, the government whose statement in the same sentence announces it:
// "Ukraine's foreign ministry said that the Iranian ambassador had been
// stripped of his accreditation", "Blinken's visit to Beijing was
// postponed, the State Department said". A government announces its own
// measures; a statement by anyone else (a paper, a party) names no agent.
func (s *sentence) announcedMeasure(p *pred, code string) []actor {
	if cameo.Root(code) != "16" || s.headline {
		return nil
	}
	return s.announcer(p)
}

// announcer returns the government whose statement in the same sentence
// tells p, before it or as a closing attribution, or nil.
func (s *sentence) announcer(p *pred) []actor {
	for _, q := range s.preds {
		if q == p || q.noun || !s.saysAt(q) || q.g.neg || q.g.passive {
			continue
		}
		if len(q.subj) == 0 {
			if st := s.seatAnnouncer(q); len(st) > 0 && s.trailingAttributionOf(q, p) { // coder/expelledfrom.go
				s.note("\"" + s.norm(p.v) + "\": a measure " + st[0].code + " announces (\"" + s.norm(q.v) + "\"), its own")
				return st
			}
			continue
		}
		if p.v >= q.subjSpan[0] && p.v < q.subjSpan[1] {
			continue
		}
		sp := q.subj[0]
		c := sp.code
		if len(c) < 3 || sp.weak || strings.HasPrefix(c, sectorOnly) {
			continue
		}
		if sector := c[3:]; sector != "" && !strings.HasPrefix(sector, "GOV") && !strings.HasPrefix(sector, "MIL") {
			continue
		}
		if q.v < p.v || s.trailingAttributionOf(q, p) {
			s.note("\"" + s.norm(p.v) + "\": a measure " + c + " announces (\"" + s.norm(q.v) + "\"), its own")
			return q.subj[:1]
		}
	}
	return nil
}

// trailingAttributionOf reports whether the statement q closes the
// sentence after p's clause (", the ministry said").
func (s *sentence) trailingAttributionOf(q, p *pred) bool {
	k := q.subjSpan[0] - 1
	return k > p.v && s.norm(k) == "," && (s.trailingAttribution(k) || s.attributionWithTail(k)) // attributionWithTail: coder/stance8.go
}

// measureTarget returns the span of a passive measure's target: its
// subject ("the Iranian ambassador"), or, when that is the announcing
// government's own (a visit of its own minister), the place or actor the
// subject names after "to" ("Blinken's planned visit to Beijing").
func (s *sentence) measureTarget(p *pred, src actor) [2]int {
	span := p.subjSpan
	own := true
	for _, a := range s.actorsIn(span[0], span[1], false) {
		own = own && demarche.Country(a.code) == demarche.Country(src.code)
	}
	if !own {
		return span
	}
	for k := span[0]; k < span[1]; k++ {
		if s.norm(k) == "to" || s.norm(k) == "with" {
			if len(s.actorsIn(k+1, span[1], false)) > 0 {
				return [2]int{k + 1, span[1]}
			}
		}
	}
	return span
}
