// Participants: the sources and targets of a coded predicate.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// participants finds the sources and targets of a coded predicate: its
// subject, a passive's agent, a pattern's slots, or the first actor of its
// objects. between is true for "between X and Y": each toward the other.
func (s *sentence) participants(p *pred, k *coding, tr predTracer) (srcs, tgts []actor, between bool, ok bool) {
	m, c, code := k.m, k.c, k.code
	// source
	srcs = p.subj
	awarded := false // the source is the state whose order a passive awards
	tgtSpan := m.target
	if p.g.passive && !p.noun {
		// "X was praised by Y": Y is the source, X the target
		if by, together := s.passiveAgent(p, tgtSpan[0] >= 0); together {
			// "an MOU was signed between X and Y": X and Y, each way
			srcs, tgtSpan, between = by, [2]int{-1, -1}, true
		} else if len(by) > 0 {
			if tgtSpan[0] < 0 {
				tgtSpan = p.subjSpan
			} else if s.slotInAgent(p, tgtSpan, by) {
				// "X's work was brought out in booklet by a publisher of
				// Syria": the pattern's slot inside the agent is not the target
				tgtSpan = [2]int{-1, -1}
				if p.subjSpan[1] > p.subjSpan[0] {
					tgtSpan = p.subjSpan
				}
			}
			if tgtSpan[0] < 0 || tgtSpan[1] <= tgtSpan[0] || tgtSpan == p.subjSpan && len(p.subj) == 0 {
				if tp := s.treePatient(p); tp[0] >= 0 { // coder/tree.go
					tgtSpan = tp
				} else if strings.HasPrefix(code, "16") {
					tgtSpan = s.passiveOtherSide(p, by) // "talks between Egypt and Ethiopia were suspended by Cairo": coder/nounclauses.go
				}
			}
			srcs = by
		} else if by := s.treeAgent(p); len(by) > 0 {
			if tgtSpan[0] < 0 || s.inTreeAgent(p, tgtSpan) {
				tgtSpan = [2]int{-1, -1}
				if p.subjSpan[1] > p.subjSpan[0] {
					tgtSpan = p.subjSpan
				}
			}
			srcs = by
		} else if org, _ := s.organiser(p); len(org) > 0 && !strings.HasPrefix(code, "04") {
			srcs = org // "a seminar was held … under the sponsorship of X": coder/organisers.go
		} else if p.subjHow == howInNameOf {
			srcs = p.subj // "a wreath was laid … in the name of X": coder/names.go
		} else if st := s.awardingState(p); len(st) > 0 {
			srcs, awarded = st, true // "Order of DPRK Friendship was awarded to X": coder/names.go
		} else if st := s.announcedMeasure(p, code); len(st) > 0 {
			// "the Iranian ambassador had been stripped of his
			// accreditation, the Ukrainian foreign ministry said": coder/measures.go
			if tgtSpan[0] < 0 {
				tgtSpan = s.measureTarget(p, st[0])
			}
			tgtSpan = s.measureOtherSide(p, st[0], tgtSpan) // coder/stance8.go
			srcs = st
		} else if st := s.summonsHost(p, code); len(st) > 0 { // coder/stance8.go
			// "the Iranian ambassador in Jakarta was summoned to the
			// foreign ministry": the host government summons
			if tgtSpan[0] < 0 {
				tgtSpan = p.subjSpan
			}
			srcs = st
		} else if st := s.expelledFrom(p, code); len(st) > 0 { // coder/expelledfrom.go
			if tgtSpan[0] < 0 {
				tgtSpan = p.subjSpan
			}
			srcs = st
		} else if st := s.agentlessState(p, code); len(st) > 0 { // coder/agentlessrepression.go
			srcs, tgtSpan = st, p.subjSpan
		} else {
			tr.stop(StageNoSource, "passive without an agent: the source is not named")
			s.needTree = s.needTree || s.byLater(p) // coder/tree.go
			return nil, nil, false, false
		}
	}
	if m.source[0] >= 0 && !p.g.passive {
		if m.source == p.subjSpan {
			srcs = p.subj
		} else {
			srcs = s.actorsIn(m.source[0], m.source[1], false)
			if h := s.appositionHead(m.source[0], srcs); len(h) > 0 {
				srcs = h // "Li Zhaoxing, president of the association on a visit": coder/passiveagents.go
			}
			srcs = append(srcs, s.moreSenders(m.source, p.hi)...) // cosenders.go
			if len(srcs) <= 1 && s.compoundPair(m.source) {
				srcs = nil // "DPRK-China Youth Friendship Meeting": both sides
			}
			if len(srcs) == 0 {
				// "DPRK-China friendship meeting held": the two named
				// sides, each toward the other
				if w := s.actorsIn(m.source[0], m.source[1], true); len(w) > 1 {
					for i := range w {
						w[i].weak = false
					}
					srcs, between = w, true
				}
			}
		}
	}
	if s.tookPlace(p) {
		// "a seminar of X took place … on the occasion of …": its
		// organiser, not a name inside the event's phrase (coder/organisers.go)
		srcs, _ = s.organiser(p)
	}
	if len(srcs) > 0 && !p.g.passive && m.source[0] < 0 && p.subjSpan[1] > p.subjSpan[0] {
		hi := p.v
		if p.subjSpan[0] > p.v {
			hi = p.hi // "Departing from here were X and Y, secretary of …"
		}
		srcs = addActors(srcs, s.apposedConjuncts(p.subjSpan, hi)) // cosenders.go
	}
	if len(srcs) == 0 && m.source[0] >= 0 && !p.g.passive {
		srcs = s.visitLeader(m.source) // "X who is leading the delegation on a visit to …": visitleaders.go
	}
	if len(srcs) == 0 {
		tr.stop(StageNoSource, "no source actor")
		s.needTree = s.needTree || p.subjSpan[1] <= p.subjSpan[0] && !s.pronounSubject(p) || // no subject phrase at all: coder/tree.go
			s.actorBeforeSubject(p) // coder/names.go
		return nil, nil, false, false
	}
	// target
	if tgtSpan[0] < 0 && !between && len(srcs) > 1 && s.reciprocalObject(p) {
		// "Peru and Ecuador praised each other": each toward the others
		// (coder/lists.go)
		return srcs, nil, true, true
	}
	if tgtSpan[0] >= 0 && tgtSpan != p.subjSpan {
		tgtSpan = s.occasionCut(tgtSpan) // coder/organisers.go
	}
	if tgtSpan[0] >= 0 {
		if tgtSpan == p.subjSpan {
			tgts = p.subj
		} else {
			if e := s.membersEnd(tgtSpan[1]); e > tgtSpan[1] && tgtSpan[1] >= p.hi {
				tgtSpan[1] = e // "the U.S. and its allies, including X and Y": coder/lists.go
			}
			tgts = s.actorsIn(tgtSpan[0], tgtSpan[1], true)
			if len(tgts) > 0 && !p.g.passive {
				tgts = addActors(tgts, s.apposedConjuncts(tgtSpan, p.hi)) // "met X, chairman of …, and Y, chairman of …": cosenders.go
			}
			if len(tgts) == 0 && !s.pronounAt(tgtSpan[0]) {
				// "with Abebe Bekele, Ethiopian ambassador to the DPRK": the
				// unknown name's apposition, or a later phrase of the clause
				end := p.hi
				if s.treePass {
					end = s.treeVerbEnd(p.v, end) // coder/tree.go
				}
				tgts, _ = s.targetSearch(tgtSpan[0], end, [2]int{-1, -1})
			}
		}
	} else if !between && !s.pronounObject(p) && !c.SlotOnly {
		skip := [2]int{-1, -1}
		if m.source[0] >= 0 {
			skip = m.source
		}
		end := p.hi
		if governors[lemma(s.norm(p.v))] == govEmbed {
			end = s.objectEnd(p)
		}
		end = s.membersEnd(end) // "thanked its partners, notably X and Y": coder/lists.go
		if s.treePass {
			end = s.treeVerbEnd(p.v, end) // coder/tree.go
		}
		tgts, tgtSpan = s.targetSearch(p.vend, end, skip)
		if len(srcs) > 1 && together(c, code) && s.placeOfGathering(tgtSpan) {
			// "the ministers of X and Y met in Madrid": where, not whom
			tgts = nil
		}
		if len(tgts) > 0 && len(srcs) > 0 && demarche.Country(tgts[0].code) == demarche.Country(srcs[0].code) && (cameo.Root(code) == "01" || cameo.Root(code) == "03") {
			// a statement about relations between the speaker's country and
			// another is about the other ("… between the DPRK and Chad")
			for k := tgtSpan[1]; k < end; {
				more, span := s.targetSearch(k, end, skip)
				if len(more) == 0 || span[1] <= k {
					break
				}
				if demarche.Country(more[0].code) != demarche.Country(srcs[0].code) {
					tgts, tgtSpan = more, span
					break
				}
				k = span[1]
			}
		}
	}
	if len(tgts) == 0 && !between && !c.SlotOnly && s.treePass {
		tgts, _ = s.treeTargets(p, srcs) // coder/tree.go
	}
	if len(tgts) == 0 && !between {
		tgts = s.visitedTarget(p, code) // "visiting Cambodia to express condolences": coder/organisers.go
	}
	if !forceRoot(code) {
		tgts = s.localTargetsOf(tgts, srcs, cameo.Root(code) != "01")
	} else {
		tgts = s.domesticTargets(tgts, srcs) // coder/located.go
	}
	tgts = s.notInNameOf(p, tgts) // coder/names.go
	if awarded && (len(tgts) == 0 || demarche.Country(tgts[0].code) == "PRK") {
		// only the awards to named foreigners: a title conferred at home
		// told in the passive names neither side of a political event
		tr.stop(StageNoSource, "an award of the DPRK's order to no named foreign recipient")
		return nil, nil, false, false
	}
	srcs = s.notHostOf(p, srcs) // coder/names.go
	return srcs, tgts, between, true
}

// compoundPair reports whether a span opens with a hyphenated pair of names
// ("DPRK-China friendship meeting", "Malaysia-DPRK meeting"): the two sides
// of a joint event.
func (s *sentence) compoundPair(span [2]int) bool {
	n := 0
	for k := span[0]; k < span[1] && k < span[0]+4; k++ {
		if m := s.mentionAt(k); m != nil && m.actor != nil && s.isCompound(m) && s.pairBodyPart(m) == pairNone { // a pair's body is its first country's: pairbodies.go
			n++
			k = m.j - 1
		}
	}
	return n >= 2
}
