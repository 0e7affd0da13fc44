// Governments in their own voice: the constructions of official statements
// (UN General Debate speeches and the like) that wrap, own or address an
// act ("I take this opportunity to thank", "express my country's
// gratitude to", "we welcome the adoption of").

package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// possessorEnd returns, when an actor named at token k owns the noun that
// follows ("Namibia's appreciation", "my country's support"), the index of
// its possessive marker; else k.
func (s *sentence) possessorEnd(k int) int {
	m := s.mentionAt(k)
	if m == nil || m.i != k || m.actor == nil && m.person == nil && !m.speaker {
		return k
	}
	if m.j < len(s.toks) && s.tag(m.j) == "POS" {
		return m.j
	}
	return k
}

// performFrame reports whether p's governor gi (a PERFORMATIVE_FRAMES word,
// "opportunity", "pleased") frames an act of the speaker's own voice named
// just before it, in the same clause ("I take this opportunity to appeal",
// "we are pleased to welcome"); p then takes the speaker as its subject.
func (s *sentence) performFrame(p *pred, gi int) bool {
	for k := gi - 1; k >= 0 && k >= gi-8; k-- {
		switch s.norm(k) {
		case ",", ";", ":", "that", "which", "who":
			return false
		}
		m := s.mentionAt(k)
		if m == nil || !m.speaker {
			continue
		}
		if w := s.norm(m.i); w == "us" || w == "me" && s.norm(m.i-1) != "gives" && s.norm(m.i-1) != "give" {
			return false
		}
		if len(p.subj) == 0 || p.subjSpan[0] >= gi || p.subjSpan[1] <= k {
			p.subj, p.subjHow, p.subjSpan = s.actorsIn(m.i, m.j, false), "the speaker (\""+s.norm(gi)+"\")", [2]int{m.i, m.j}
		}
		return len(p.subj) > 0
	}
	return false
}

// frameWord returns the PERFORMATIVE_FRAMES word just before the "to" of
// p's infinitive ("opportunity to thank", "pleased to welcome"), or -1.
func (s *sentence) frameWord(p *pred) int {
	if !p.g.infin {
		return -1
	}
	j := p.g.start
	if s.norm(j) != "to" {
		j--
	}
	if j < 1 || s.norm(j) != "to" || !s.c.sets.performFrames[s.norm(j-1)] {
		return -1
	}
	return j - 1
}

// officeWords head "the presidency of X", "at the helm of X": the office of
// a person congratulated or thanked without a name the dictionaries know.
var officeWords = map[string]bool{"president": true, "presidency": true, "helm": true, "chair": true,
	"chairmanship": true, "chairperson": true, "secretary-general": true, "leadership": true, "stewardship": true}

// officeTargets gives praise with no known target ("I congratulate you,
// Sir, on your election to the presidency of the General Assembly", "thank
// Mr. X for his work at the helm of the Assembly") the body whose office the
// clause names after the verb.
func (s *sentence) officeTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "05" || !c.noTarget && demarche.Country(c.tgt.code) != "" && c.tgt.code != demarche.NoActor && !c.tgt.title {
			continue
		}
		for k := c.verb[1]; k+2 < c.p.hi; k++ {
			if !officeWords[s.norm(k)] || s.norm(k+1) != "of" || !s.officeCue(k) {
				continue
			}
			end := s.chainRight(k+2, c.p.hi)
			if ts := s.actorsIn(k+2, end, true); len(ts) > 0 && !ts[0].weak {
				c.tgt, c.noTarget = ts[0], false
				s.note("\"" + s.norm(k) + " of " + s.spanText(k+2, end) + "\": the body of the office named is the target")
			}
			break
		}
	}
}

// officeCues before an office ("on your election to the presidency of",
// "for his work at the helm of") show that the office is the addressee's.
var officeCues = map[string]bool{"election": true, "elevation": true, "assumption": true, "appointment": true,
	"re-election": true, "reelection": true, "work": true, "service": true, "tenure": true, "term": true}

func (s *sentence) officeCue(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if officeCues[s.norm(j)] {
			return true
		}
	}
	return false
}
