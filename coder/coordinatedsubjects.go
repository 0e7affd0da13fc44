package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// Two named sides as one subject, in wire news: "Hezbollah and Israel
// traded heavy fire across the Lebanese border" is fire between the two,
// not toward the border's country; "Washington and London imposed/VBN
// sanctions on Iran" has its verb read as a participle by the tagger,
// which a single name before it does not suffer.

// setReciprocalFights names the word set RECIPROCAL_FIGHT_VERBS
// (dict/data/89-wire-consequences.txt): the verbs of force that two
// coordinated subjects do to each other ("traded fire", "exchanged
// fire", "clashed").
const setReciprocalFights = "RECIPROCAL_FIGHT_VERBS"

// coordinatedNamesTags retags a past participle right after a clause's
// coordinated named subjects ("Washington and London imposed/VBN
// sanctions on …", "Jordanian and French aircraft dropped/VBN …") as the
// clause's verb, when no finite verb comes before it and an object
// follows.
func (s *sentence) coordinatedNamesTags() {
	if !s.wireNews() {
		return
	}
	start := s.clauseStart()
	names, and := 0, false
	for k := start; k < len(s.toks) && k < start+12; k++ {
		if m := s.mentionAt(k); m != nil {
			names++
			k = m.j - 1
			continue
		}
		w, t := s.norm(k), s.tag(k)
		switch {
		case (t == "VBN" || t == "JJ" && strings.HasSuffix(w, "ed")) && names >= 2 && and && k+1 < len(s.toks) && s.norm(k+1) != "by" &&
			(objectStarts[s.tag(k+1)] || s.tag(k+1) == "NNP") && s.c.lx.forms[w] != nil:
			s.toks[k].Tag = "VBD"
			return
		case w == "and":
			and = true
		case t == "DT" || t == "JJ" || w == "," || strings.HasPrefix(t, "NN") && names > 0 && and:
		default:
			return
		}
	}
}

// reciprocalFights codes force between two coordinated subjects of
// different countries each toward the other, when the verb is one of
// exchange and the event's target is a mere modifier, none, or one of the
// sides' own country.
func (s *sentence) reciprocalFights(out []candidate) []candidate {
	var add []candidate
	for i := range out {
		c := &out[i]
		if c.p == nil || c.p.noun || cameo.Root(c.code) != "19" || len(c.p.subj) < 2 || !s.c.sets.lowered(setReciprocalFights)[s.norm(c.verb[0])] {
			continue
		}
		sides := map[string]actor{}
		for _, a := range c.p.subj {
			if x := demarche.Country(a.code); x != demarche.NoActor && !a.weak && !strings.HasPrefix(a.code, sectorOnly) {
				if _, ok := sides[x]; !ok {
					sides[x] = a
				}
			}
		}
		src := demarche.Country(c.src.code)
		if len(sides) != 2 || sides[src].code == "" {
			continue
		}
		if t := demarche.Country(c.tgt.code); !(c.noTarget || c.tgt.weak || c.tgt.code == "" || sides[t].code != "") {
			continue
		}
		for x, a := range sides {
			if x == src {
				continue
			}
			c.tgt, c.noTarget = a, false
			c.rule += " (coordinatedsubjects.go: the two sides fire at each other)"
		}
	}
	return append(out, add...)
}

// coordinatedAgreements codes "X and Y agreed (at a summit) to …" as an
// agreement (030) both ways between the two sides of the subject when the
// clause gave the verb no event (its object names no partner), and a
// meeting (040) both ways when the clause says it was reached "at a
// summit", "at talks", "at a meeting" or "in talks".
func (s *sentence) coordinatedAgreements(out []candidate) []candidate {
	for _, p := range s.preds {
		if p.noun || p.g.neg || p.g.hypo != "" || !p.g.finite || !p.inClass("agree") || len(p.subj) < 2 {
			continue
		}
		coded := false
		for _, c := range out {
			if c.p == p || c.verb[0] == p.v {
				coded = true
				break
			}
		}
		if coded {
			continue
		}
		var sides []actor
		seen := map[string]bool{}
		for _, a := range p.subj {
			x := demarche.Country(a.code)
			if x == demarche.NoActor || a.weak || strings.HasPrefix(a.code, sectorOnly) || seen[x] {
				continue
			}
			seen[x] = true
			sides = append(sides, a)
		}
		if len(sides) != 2 {
			continue
		}
		met := s.agreedAtMeeting(p.vend)
		for i, a := range sides {
			b := sides[1-i]
			rule := "coordinatedsubjects.go: two sides agreed (both ways)"
			out = append(out, candidate{p: p, code: "030", rule: rule, src: a, tgt: b, verb: [2]int{p.v, p.vend}})
			if met {
				out = append(out, candidate{p: p, code: "040", rule: "coordinatedsubjects.go: two sides agreed at a meeting (both ways)", src: a, tgt: b, verb: [2]int{p.v, p.vend}})
			}
		}
	}
	return out
}

// setMeetingNouns names the knowledge's word set of the meetings at which an
// agreement is reached ("at a summit", "in talks").
const setMeetingNouns = "MEETING_NOUNS"

// agreedAtMeeting reports whether the words after an agreeing verb say it
// was reached at a meeting: "at a summit near San Francisco", "in talks in
// Doha", "at a meeting in Kabul".
func (s *sentence) agreedAtMeeting(k int) bool {
	if k+1 >= len(s.toks) || s.norm(k) != "at" && s.norm(k) != "in" && s.norm(k) != "during" {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.c.sets.lowered(setMeetingNouns)[s.norm(j)] {
			return true
		}
		if t := s.tag(j); t != "DT" && t != "JJ" && t != "CD" && !strings.HasPrefix(t, "NN") {
			return false
		}
	}
	return false
}
