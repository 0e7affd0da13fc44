// Speakers named after their verb: "…, says Rodong Sinmun in an article".

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// invertedSpeaker gives a verb of saying that closes the sentence after a
// comma its subject from the words after it, as news prose inverts them:
// "The drills are a prelude to war, says Rodong Sinmun in a bylined
// article", "…, said the spokesman of the Foreign Ministry". The content is
// the clause before the comma.
func (s *sentence) invertedSpeaker(p *pred) {
	if p.noun || !p.g.finite || p.g.passive {
		return
	}
	for _, a := range p.subj {
		if !strings.HasPrefix(a.code, sectorOnly) {
			return
		}
	}
	speech := false
	for _, cf := range p.cands {
		if cf.form.class.Speech {
			speech = true
		}
	}
	if !speech || p.g.start < 2 || s.norm(p.g.start-1) != "," {
		return
	}
	k := p.vend
	if k < len(s.toks) && s.tag(k) == "DT" {
		k++
	}
	if k >= len(s.toks) || s.mentionAt(k) == nil && !isNounTag(s.tag(k)) {
		return
	}
	start := p.vend
	end := s.chainRight(start, len(s.toks))
	if end <= start {
		return
	}
	acts := s.actorsIn(start, end, false)
	if len(acts) == 0 && end < len(s.toks) && s.norm(end) == "," {
		// "…, said Zhang Dejiang, vice-premier of the State Council of
		// China": the unknown name's apposition names the speaker
		if e2 := s.chainRight(end+1, len(s.toks)); e2 > end+1 {
			acts, end = s.actorsIn(end+1, e2, false), e2
		}
	}
	for _, a := range acts {
		if a.weak || strings.HasPrefix(a.code, sectorOnly) {
			return
		}
	}
	if len(acts) == 0 {
		return
	}
	p.subj, p.subjHow, p.subjSpan = acts, "named after the verb of saying (inversion)", [2]int{start, end}
}

// outletPiece reports whether an outlet's closing "…, says Rodong Sinmun"
// speaks in a piece of its own ("in a bylined article", "in a
// commentary", "editorially"): the outlet is then the author of a
// statement, not a source quoted for a fact.
func (s *sentence) outletPiece(c candidate) bool {
	for k := c.verb[1]; k < len(s.toks); k++ {
		switch s.norm(k) {
		case "article", "articles", "commentary", "commentaries", "editorial", "editorials",
			"editorially", "bylined", "by-lined", "signed", "column":
			return true
		}
	}
	return false
}

// contentStance is the code of a statement by the stance its content
// states: censure (111) or praise (051) where a word of the knowledge
// files' CENSURE_WORDS or PRAISE_WORDS says so, else a plain statement
// (010). Censure wins over praise.
func (s *sentence) contentStance(c candidate) string {
	code := "010"
	for k := c.content[0]; k < c.content[1] && k < len(s.toks); k++ {
		if s.c.sets.censure[s.norm(k)] {
			return "111"
		}
		if s.c.sets.praise[s.norm(k)] {
			code = "051"
		}
	}
	return code
}

// statementStance gives a plain statement ("X said that …") the stance its
// content states: praise of the content's subject (051: "said that Kim Jong
// Il has made the most correct clarifications") or censure (111: "said the
// U.S. hostile policy is a crime").
func (s *sentence) statementStance(c *candidate) {
	stance := s.contentStance(*c)
	if stance == "010" && s.leaderSubject(*c) {
		stance = "051"
	}
	switch stance {
	case "111":
		if c.noTarget || demarche.Country(c.tgt.code) != demarche.Country(c.src.code) {
			c.code, c.rule, c.censureInContent = "111", c.rule+" (censure in its content)", true
		}
	case "051":
		tgts, span := s.targetSearch(c.content[0], c.content[1], [2]int{-1, -1})
		if len(tgts) > 0 && span[1]-span[0] == 1 && s.tag(span[0]) == "PRP" && span[1] < c.content[1] {
			// "said he was excited to see Kim Jong Il": the speaker
			// himself is not what he praises
			tgts, _ = s.targetSearch(span[1], c.content[1], [2]int{-1, -1})
		}
		if len(tgts) == 0 {
			return
		}
		if demarche.Country(tgts[0].code) == demarche.Country(c.src.code) {
			// praise at home is of a person ("the leader was a great …"),
			// not of a figure about one's own country
			if m := s.mentionAt(tgts[0].i); m == nil || m.person == nil {
				return
			}
		}
		c.tgt, c.noTarget = tgts[0], false
		c.code, c.rule = "051", c.rule+" (praise in its content)"
	}
}

// leaderSubject reports whether a foreign speaker's content opens with a
// DPRK leader or the DPRK and its people as its subject ("said that Kim
// Jong Il has made …", "stressed that the Korean people would surely
// build …"): what state media report foreigners saying of them is praise.
func (s *sentence) leaderSubject(c candidate) bool {
	if s.doc.home != "PRK" || demarche.Country(c.src.code) == "PRK" {
		return false // only in the DPRK's own media: elsewhere such words are reports
	}
	k := c.content[0]
	if k < len(s.toks) && s.norm(k) == "that" {
		k++
	}
	for ; k < c.content[1] && k < c.content[0]+5; k++ {
		if m := s.mentionAt(k); m != nil {
			if m.sector != nil {
				continue // "the Korean people": the people's country follows
			}
			if m.i == c.content[0] && s.lemmaAt(c.verb[0]) == "tell" {
				k = m.j // "told KCNA as follows": the addressee of "tell" opens no content
				continue
			}
			return (m.person != nil || m.actor != nil) && demarche.Country(m.code()) == "PRK" && s.tag(m.j) != "POS"
		}
	}
	return false
}

// setTiesWords names the word set TIES_WORDS
// (dict/data/06-analysis-words.txt), whose words name the relations whose
// growth a belief foresees.
const setTiesWords = "TIES_WORDS"

// beliefInTies reads "expressed the belief that the relations between the
// DPRK and Chad will grow stronger" as an intention to cooperate with the
// other side (030), as the official gold codes a stated will to boost
// relations, instead of an optimistic comment about the speaker's own
// country (013).
func (s *sentence) beliefInTies(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.code != "013" {
			continue
		}
		that := -1
		for k := c.verb[1]; k < len(s.toks) && k < c.verb[1]+6; k++ {
			if s.norm(k) == "that" {
				that = k
				break
			}
		}
		if that < 0 {
			continue
		}
		ties, future := false, false
		end := len(s.toks)
		for k := that + 1; k < len(s.toks); k++ {
			if w := s.norm(k); w == "," || w == ";" {
				end = k
				break
			} else if s.c.sets.lowered(setTiesWords)[w] {
				ties = true
			} else if w == "will" || w == "would" {
				future = true
			}
		}
		if !ties || !future {
			continue
		}
		if c.pairTies {
			// "the relations between the two countries": the other side
			// is already read (coder/pairties.go)
			c.code = "030"
			c.rule += " (a belief that ties will grow: intent to cooperate)"
			continue
		}
		home := demarche.Country(c.src.code)
		for k := that + 1; k < end; {
			tgts, span := s.targetSearch(k, end, [2]int{-1, -1})
			if len(tgts) == 0 || span[1] <= k {
				break
			}
			found := false
			for _, t := range tgts {
				if demarche.Country(t.code) != home && !t.weak {
					c.code, c.tgt, c.noTarget = "030", t, false
					c.rule += " (a belief that ties will grow: intent to cooperate)"
					found = true
					break
				}
			}
			if found {
				break
			}
			k = span[1]
		}
	}
}
