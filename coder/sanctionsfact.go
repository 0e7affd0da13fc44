// Sanctions named in an act: "we call for the lifting of the embargo imposed
// on Cuba by the United States", "we support an end to all sanctions on
// Iran", "we oppose unwarranted sanctions, such as those on Zimbabwe". The
// sentence makes two events: the speaker's call or opposition (read
// elsewhere), and the sanctions themselves, a fact it reports: 163 from the
// imposer named after "by" (or before the noun: "the United States
// embargo") toward the sanctioned; sanctions with no named imposer are
// left uncoded, as the earlier UN sets' annotators left them. Found on
// the ungd6 sample of coder/testdata (event-dense UN General Debate
// sentences; ungd4's convention).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setSanctionNouns names the word set SANCTION_NOUNS
// (dict/data/06-analysis-words.txt), whose words head a phrase of sanctions.
// (A blockade restricts movement, 191, and is left to the verbs.)
const setSanctionNouns = "SANCTION_NOUNS"

// sanctionsNamed adds, beside the acts of a government's sentence, the
// sanctions its phrases name against a named actor (163).
func (s *sentence) sanctionsNamed(cands []candidate) []candidate {
	if s.doc.speaker == "" || len(cands) == 0 {
		return cands
	}
	for k := 1; k < len(s.toks)-2; k++ {
		if !s.c.sets.lowered(setSanctionNouns)[s.norm(k)] {
			continue
		}
		switch s.norm(k - 1) {
		case "threat", "threats", "of", "new", "impose", "imposing", "targeted", "smart":
			continue // a threat, or sanctions the sentence's verb imposes
		}
		if s.tag(k-1) == "VB" || s.tag(k-2) == "VB" || s.tag(k-3) == "VB" {
			continue // "to snap back sanctions against Iran": asked for, not in force
		}
		j := k + 1
		if s.norm(j) == "imposed" || s.norm(j) == "maintained" {
			j++
		}
		if w := s.norm(j); w != "on" && w != "against" {
			continue
		}
		a := j + 1
		for a < j+4 && (s.tag(a) == "DT" || s.tag(a) == "PRP$" || isAdjTag(s.tag(a)) || s.norm(a) == "sister") {
			a++
		}
		m := s.mentionAt(a)
		if m == nil || m.i != a || m.speaker {
			continue
		}
		tgts := s.actorsIn(m.i, m.j, true)
		if len(tgts) == 0 || tgts[0].weak || strings.HasPrefix(tgts[0].code, "~") {
			continue
		}
		tgt := tgts[0]
		src := actor{code: demarche.NoActor}
		if s.norm(m.j) == "by" {
			if a := s.actorsIn(m.j+1, s.chainRight(m.j+1, len(s.toks)), false); len(a) > 0 && !a[0].weak {
				src = a[0]
			}
		}
		if src.code == demarche.NoActor {
			if pm := s.mentionAt(k - 1); pm != nil && pm.j == k {
				if a := s.actorsIn(pm.i, pm.j, false); len(a) > 0 {
					src = a[0]
				}
			}
		}
		if src.code == demarche.NoActor {
			continue // the earlier UN sets code no unnamed imposer
		}
		if demarche.Country(src.code) == demarche.Country(tgt.code) || s.sanctionsHeld(cands, tgt.code) {
			continue
		}
		host := s.actBefore(cands, k)
		if host < 0 {
			continue
		}
		u := candidate{p: cands[host].p, code: "163", rule: "coder: \"" + s.norm(k) + " " + s.norm(j) + "\" named in an act (sanctionsfact.go)", src: src, tgt: tgt, verb: [2]int{k, k + 1}}
		cands = append(cands, u)
		s.note("added: the " + s.norm(k) + " on " + s.spanText(m.i, m.j) + ", a fact the sentence reports (sanctionsfact.go)")
	}
	return cands
}

// sanctionsHeld reports whether cands already hold sanctions (16x) toward
// tgt's country.
func (s *sentence) sanctionsHeld(cands []candidate, tgt string) bool {
	for _, c := range cands {
		if strings.HasPrefix(c.code, "16") && demarche.Country(c.tgt.code) == demarche.Country(tgt) {
			return true
		}
	}
	return false
}

// actBefore returns the index of the speaker's act whose verb comes last
// before token k, or -1.
func (s *sentence) actBefore(cands []candidate, k int) int {
	best := -1
	for i, c := range cands {
		if c.verb[0] < k && s.speakerSource(&c) && (best < 0 || c.verb[0] > cands[best].verb[0]) {
			best = i
		}
	}
	return best
}
