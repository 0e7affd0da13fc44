// Intentions (CAMEO 03x) and purpose clauses.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// intentCodes maps the root of an event to the code of the intention to do
// it (CAMEO 03x), for "will visit", "plans to", "agreed to deepen".
var intentCodes = map[string]string{
	"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
	"14": "133", "15": "138", "16": "131", "17": "131", "18": "138", "19": "138", "20": "138",
}

var intentSub = map[string]string{
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
	"0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356",
	"046": "036", "040": "036", "042": "036", "043": "036", "044": "036",
	"057": "030", "054": "032", "163": "1312", "161": "1313", "166": "136", "190": "138",
	"195": "1384", "194": "1384", "193": "1384", "204": "1385", "2041": "1385", "2042": "1385",
}

// intentOf returns the code of the intention to do code.
func intentOf(code string) string {
	if c, ok := intentSub[code]; ok {
		return c
	}
	root := cameo.Root(code)
	switch root {
	case "03", "09":
		return code
	case "01", "02", "10", "11", "12", "13":
		return "" // to intend to say something is not to say it
	}
	if c, ok := intentCodes[root]; ok {
		return c
	}
	return code
}

// materialConflict reports whether a root is of force or coercion: 15
// (force shown), 17 (coerce), 18 (assault), 19 (fight), 20 (mass
// violence).
func materialConflict(root string) bool {
	return root == "15" || root >= "17" && root <= "20"
}

// purposes drops a statement, publication or visit whose purpose clause
// was coded from the same source ("issued a statement to denounce X",
// "visited Pyongyang to mourn"): the purpose is the event; and force or
// coercion named only as a purpose.
func (s *sentence) purposes(cands []candidate) []candidate {
	out := cands[:0:0]
	cands = append([]candidate(nil), cands...)
	for i, c := range cands {
		if c.p.g.gov == govPurpose && cameo.Root(c.code) == "05" && !c.noTarget && s.c.sets.occasionVerbs[s.lemmaAt(c.p.v)] {
			// "released a statement to mark the anniversary of X's …": the
			// statement is about the occasion's subject
			for j := range cands {
				if d := &cands[j]; j != i && d.p.v == c.p.g.govIdx && cameo.Root(d.code) == "01" && d.noTarget {
					d.tgt, d.noTarget = c.tgt, false
				}
			}
		}
		if r := cameo.Root(c.code); c.p.g.gov == govPurpose && !c.noTarget && (r == "11" || r == "12" || r == "10" || r == "02") {
			// "held a demonstration in Lahore to protest against the U.S.
			// attacks": the rally is aimed at what its purpose names
			for j := range cands {
				if d := &cands[j]; j != i && d.p.v == c.p.g.govIdx && cameo.Root(d.code) == "14" && d.noTarget {
					d.tgt, d.noTarget = c.tgt, false
				}
			}
		}
	}
	for _, c := range cands {
		r := cameo.Root(c.code)
		drop := false
		if c.p.g.gov == govPurpose && materialConflict(r) && !c.p.causedAct() { // a consequence is done (coder/wireacts.go)
			// "staged exercises to invade the DPRK", "employed every means
			// to block its progress": force or coercion as an act's aim is
			// not asserted to happen (the guide codes no attempted event)
			s.noteDroppedEvent(StageDropped, c, fmt.Sprintf("force as the purpose of \"%s\" is not done", s.norm(c.p.g.govIdx)))
			continue
		}
		if c.p.g.gov == govPurpose && (r == "11" || r == "12" || r == "10" || r == "02") {
			// "held a rally … to denounce X": the rally is the event
			for _, d := range cands {
				if d.p.v == c.p.g.govIdx && cameo.Root(d.code) == "14" {
					drop = true
				}
			}
		}
		if c.p.g.gov == govPurpose && r == "05" && s.c.sets.occasionVerbs[s.lemmaAt(c.p.v)] {
			// "released a statement to mark the anniversary": the statement
			// is the event, the marking its occasion
			for _, d := range cands {
				if d.p.v == c.p.g.govIdx && cameo.Root(d.code) == "01" {
					drop = true
				}
			}
		}
		if (r == "01" || r == "04") && !stanceCodes[c.code] { // "admitted to detaining": the admission stands (admissions.go)
			for _, d := range cands {
				if d.p != c.p && d.p.g.gov == govPurpose && d.p.g.govIdx >= c.p.v && d.p.g.govIdx < c.p.vend &&
					demarche.Country(d.src.code) == demarche.Country(c.src.code) && cameo.Root(d.code) != r &&
					!(r == "01" && cameo.Root(d.code) == "05" && s.c.sets.occasionVerbs[s.lemmaAt(d.p.v)]) {
					drop = true
				}
			}
		}
		if drop {
			s.noteDroppedEvent(StageDropped, c, "its purpose clause is the event")
			continue
		}
		out = append(out, c)
	}
	return out
}

// setHostileAims names the knowledge's word set of aims that are hostile
// although no class codes them as events: "seek to provoke", "to stifle
// the DPRK", "a siege".
const setHostileAims = "HOSTILE_AIMS"

// setAimReversers names the knowledge's word set of the first words of an
// intention's content that make the harm after them its object ("to
// prevent a war").
const setAimReversers = "AIM_REVERSERS"

// hostileContent returns the first word of the content [a, end) of an
// intention, up to its first comma or coordinated verb, that makes it
// hostile: a word of a conflictual class of the lexicon ("invade",
// "aggression") or of HOSTILE_AIMS. KCNA's "the U.S. seeks to stifle the
// DPRK" states no intention to cooperate with it.
func (s *sentence) hostileContent(a, end int) string {
	if s.c.sets.lowered(setAimReversers)[s.lemmaAt(a)] {
		return ""
	}
	aims := s.c.sets.lowered(setHostileAims)
	for k := a; k < end && k < a+12; k++ {
		w := s.norm(k)
		if w == "," || w == ";" || k > a && (w == "and" || w == "or") && strings.HasPrefix(s.tag(k+1), "VB") {
			break
		}
		pos := -1
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "VB"):
			pos = 0
		case strings.HasPrefix(t, "NN"):
			pos = 1
		}
		if pos >= 0 && s.c.lx.conflict[pos][w] || aims[w] || aims[s.lemmaAt(k)] || aims[w+" "+s.norm(k+1)] || aims[s.lemmaAt(k)+" "+s.norm(k+1)] {
			return w
		}
	}
	return ""
}

// intentions codes a stated intention whose content no class codes ("agreed
// to found a joint bank", "is seeking to repair relations with Peru"): an
// intention to cooperate (030) from the subject to the first actor of the
// content, or each way between coordinated subjects. The verbs that state
// an intention are the knowledge files' INTENT_VERBS.
func (s *sentence) intentions(cands []candidate) []candidate {
	for _, q := range s.preds {
		if q.noun || q.coded || q.g.neg || q.g.hypo != "" || q.g.passive || len(q.subj) == 0 {
			continue
		}
		if q.g.gov == govEmbed || q.g.gov == govNegate || q.g.gov == govAttempt || q.g.gov == govConsider {
			continue
		}
		inf := q.vend + 1 // the infinitive after "to"
		if s.norm(q.vend-1) == "to" {
			inf = q.vend // "agree to" is a verb of its own
		} else if s.norm(q.vend) != "to" {
			continue
		}
		if !s.c.sets.intentVerbs[s.lemmaAt(q.v)] || s.tag(inf) != "VB" {
			continue
		}
		done := false
		for _, c := range cands {
			if c.p == q || c.p.g.govIdx == q.v && c.p.v > q.v {
				done = true
				break
			}
		}
		if done || s.backgroundClause(q) != "" || s.historical(q) || s.inConditional(q.v) {
			continue
		}
		if w := s.hostileContent(inf, q.hi); w != "" {
			s.note("\"" + s.norm(q.v) + " to\": its content is hostile (\"" + w + "\"), no intention to cooperate (intent.go)")
			continue
		}
		tgts, _ := s.targetSearch(inf, q.hi, [2]int{-1, -1})
		tgts = s.localTargets(tgts, q.subj)
		tgts = s.foreignTargets(tgts, q.subj) // domesticintentions.go
		base := candidate{p: q, code: "030", rule: "coder: a stated intention (\"" + s.norm(q.v) + " to\") whose content no class codes",
			verb: [2]int{q.v, q.vend}}
		for _, src := range q.subj {
			if src.weak {
				continue
			}
			c := base
			c.src = src
			switch {
			case len(tgts) > 0:
				for _, t := range tgts {
					c.tgt = t
					cands = append(cands, c)
				}
			case len(q.subj) > 1:
				for _, other := range q.subj {
					if other.code != src.code && !other.weak {
						c.tgt = other
						cands = append(cands, c)
					}
				}
			default:
				// an intention toward no one ("we will seek to identify
				// problems") says nothing about relations
			}
		}
	}
	return cands
}
