// General Debate constructions, third pass (issue 11): shapes that recur
// across many statements of the corpus, found without gold —
// "I join previous speakers in congratulating the President" (the speaker
// congratulates), "Palau would like to thank Japan" (the speaking state
// named by its name performs its wish as "we" would).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// joinedIn reports whether the preposition "in" at k closes "join X in"
// ("I join other delegations in congratulating", "Ghana joins the African
// Union in condemning"): the gerund after it is the subject's own act, not
// the content of a noun. A negated "join" keeps it undone. Only in a
// government's own statement (news keeps "Canada joined Britain in
// condemning the attack" as the narration of a stance, body_test.go).
func (s *sentence) joinedIn(k int) bool {
	if s.norm(k) != "in" || s.doc.speaker == "" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		switch w := s.norm(j); w {
		case ",", ";", ":", "—", "–", "(":
			return false
		case "join", "joins", "joined", "joining":
			if !isVerbTag(s.tag(j)) && s.tag(j) != "NN" {
				return false
			}
			return !s.analyseGroup(j).neg
		}
	}
	return false
}

// selfNamed reports whether the token at k belongs to a name of the
// speaking state of a government's statement ("Palau", "the Syrian Arab
// Republic" in Syria's statement): its name stands for "we".
func (s *sentence) selfNamed(k int) bool {
	sp := s.doc.speaker
	if len(sp) != 3 {
		return false
	}
	m := s.mentionAt(k)
	return m != nil && m.actor != nil && m.kind() == dict.KindName && m.actor.Code == sp
}

// selfPerformative reports whether p is the act of a wish of the speaking
// state named by its name ("Palau would like to thank Japan", "Costa Rica
// wishes to congratulate …"): performed, as "we would like to thank" is
// (performative, speech.go). Only "would like to" and "wish to", and only
// acts given in the saying (appeals, praise, sympathy, demands,
// disapproval): a wish to comment (01) or to commit (03) stays a wish.
func (s *sentence) selfPerformative(p *pred, code string) bool {
	gi := p.g.govIdx
	if gi < 0 || p.g.neg || len(p.subj) == 0 || p.subjSpan[1] <= p.subjSpan[0] {
		return false
	}
	if r := cameo.Root(code); r == "01" && !strings.HasPrefix(code, "018") || r == "03" {
		return false
	}
	if l := s.lemmaAt(gi); l != "like" && l != "wish" || s.analyseGroup(gi).neg {
		return false
	}
	return s.selfNamed(p.subjSpan[1] - 1)
}

// actsNow reports whether p is an act the speaker does in the saying —
// thanks, praise, sympathy, an appeal, a censure — with a first-person
// subject in the present or a performative frame ("I would like to express
// our appreciation to X for his stewardship during the past year", "we
// thank India for the help it gave us in 2010"): a past date in the clause
// dates what is thanked for, not the thanks.
func (s *sentence) actsNow(p *pred, code string, performative bool) bool {
	switch cameo.Root(code) {
	case "02", "05", "11", "12":
	case "01":
		if !strings.HasPrefix(code, "018") {
			return false
		}
	default:
		return false
	}
	if performative {
		return true
	}
	t := s.tag(p.v)
	return (t == "VBP" || t == "VBZ") && p.g.start == p.v && s.firstPerson(p)
}

// setNameActVerbs names the knowledge files' set of present-tense verbs of
// a state's acts that the tagger may read as nouns after its name.
const setNameActVerbs = "NAME_ACT_VERBS"

// nameVerbs retags as a present tense (VBZ) a NAME_ACT_VERBS word the
// tagger read as a noun right after the speaking state's name at the start
// of a clause, before what can open its object or an adjunct ("Switzerland
// condemns/NN in the strongest terms the attacks", "the State of Kuwait
// welcomes/NNS Security Council resolution 2165").
func (s *sentence) nameVerbs() {
	if len(s.doc.speaker) != 3 {
		return
	}
	verbs := s.c.sets.words(setNameActVerbs)
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "NN" && t.Tag != "NNS" || !verbs[t.Norm] || !s.selfNamed(k-1) {
			continue
		}
		m := s.mentionAt(k - 1)
		if m.j != k {
			continue
		}
		start := m.i
		if s.norm(start-1) == "the" {
			start--
		}
		if start > 0 && s.norm(start-1) != "," && s.norm(start-1) != ";" {
			continue
		}
		switch s.toks[k+1].Tag {
		case "DT", "IN", "PRP$", "NNP", "NNPS", "JJ", "RB", "CD", "TO":
			t.Tag = "VBZ"
		}
	}
}

// welcomedCompounds turns "welcome" read as hosting (043) into endorsement
// (051) when the actor only modifies the noun after it: "welcomes Security
// Council resolution 2165", "we welcome the African Union initiative" (not
// "the China delegation", whose head is a visitor).
func (s *sentence) welcomedCompounds(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.code != "043" || c.noTarget || c.p.lemma(s) != "welcome" || c.tgt.j <= c.tgt.i {
			continue
		}
		var m *mention
		for k := c.tgt.i; k < c.tgt.j && m == nil; k++ {
			m = s.mentionAt(k)
		}
		if m == nil || m.j >= len(s.toks) {
			continue
		}
		k := m.j
		if w := s.norm(k); (s.tag(k) == "NN" || s.tag(k) == "NNS") && s.mentionAt(k) == nil && !s.c.sets.genericHeads[w] && !s.c.sets.stateHeads[w] {
			c.code = "051"
			c.rule += " (what is welcomed is the actor's thing: endorsement)"
		}
	}
}

// readyIntent reports whether the adjective at k is a government's stated
// readiness ("we stand ready to assist Liberia", "Slovakia remains ready to
// continue its cooperation with the United Nations", "we are prepared to
// work with all"): in a government's own statement, after "stand",
// "remain" or "be" (adverbs aside) and not negated, the act is intended
// (03x) rather than a mere attitude. It returns the verb before the
// adjective, which governs the act and gives it its subject, or -1.
func (s *sentence) readyIntent(k int) int {
	if s.doc.speaker == "" && !s.wireNews() /* coder/wireactors.go */ && s.doc.home == "" /* KCNA: "China is ready to join hands with …" */ {
		return -1
	}
	switch s.norm(k) {
	case "ready", "prepared", "willing":
	default:
		return -1
	}
	j := k - 1
	for j > 0 && isAdvTag(s.tag(j)) && s.norm(j) != "not" && s.norm(j) != "never" && j > k-3 {
		j--
	}
	switch s.norm(j) {
	case "stand", "stands", "stood", "remain", "remains", "is", "are", "am":
		return j
	case "was", "were", "remained":
		if s.doc.speaker == "" {
			return j // "said his government was ready to resume talks" (wire news)
		}
	}
	return -1
}

// impersonalFrame reports whether the frame word at gi stands in an
// impersonal clause that opens the sentence or follows a comma ("It is a
// distinct privilege to congratulate …", "It is also fitting to offer our
// thanks to …"): in a government's own statement the act is the speaker's,
// and p takes the speaker as its subject.
func (s *sentence) impersonalFrame(p *pred, gi int) bool {
	sp := s.doc.speaker
	if sp == "" || len(p.subj) > 0 && p.subjSpan[0] < gi || !s.impersonalActs()[p.lemma(s)] {
		return false
	}
	it := -1
	for k := gi - 1; k >= 0 && k >= gi-7; k-- {
		w := s.norm(k)
		if w == "it" {
			it = k
			break
		}
		if w == "," || w == ";" || w == ":" || s.mentionAt(k) != nil {
			return false
		}
	}
	if it < 0 || it > 0 && s.norm(it-1) != "," || !beForms[s.norm(it+1)] {
		return false
	}
	code := sp
	if len(sp) == 3 {
		code = sp + "GOV"
	}
	p.subj = []actor{{code: code, i: it, j: it + 1, note: "the speaker (an impersonal frame)"}}
	p.subjHow, p.subjSpan = "the speaker (\"it is … "+s.norm(gi)+" to\")", [2]int{it, it + 1}
	return true
}

// impersonalActs is the knowledge's IMPERSONAL_ACTS set.
func (s *sentence) impersonalActs() map[string]bool { return s.c.sets.words("IMPERSONAL_ACTS") }
