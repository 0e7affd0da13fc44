// Acts a government's own statement performs in constructions that the
// first-person readings miss (issue 11, UN General Debate recall).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// speakerNamed reports whether the mention m names the speaking state
// itself by its name ("Solomon Islands would like to take this
// opportunity to congratulate Fiji", "the Lao People's Democratic Republic
// takes this opportunity to express its thanks"): in its own statement, a
// state that names itself speaks in its own voice.
func (s *sentence) speakerNamed(m *mention) bool {
	sp := s.doc.speaker
	if sp == "" || m.actor == nil || len(sp) != 3 {
		return false
	}
	return demarche.Country(m.code()) == sp
}

// goingNouns are the heads of the speaker's thanks, praise and sympathy
// told as the subject of "go to", "extend to", "be due to": "my sincere
// thanks go to the Secretary-General", "our sympathies go to the people of
// Mexico", "thanks are due to Mr. Guterres".
var goingNouns = map[string]string{
	"thanks": "051", "gratitude": "051", "appreciation": "051", "congratulations": "051",
	"felicitations": "051", "accolades": "051", "tribute": "051", "praise": "051", "greetings": "051",
	"admiration": "051", "solidarity": "051", "recognition": "051",
	"condolences": "018", "sympathy": "018", "sympathies": "018",
}

// goingOpeners may stand before such a subject: the speaker's own
// possessive, an article of no one else's, adjectives and adverbs are
// skipped; "the", "their", "its", "his", "her" make the feeling another's.
var goingOpeners = setOf("my", "our", "a", "all", "similar", "special", "likewise", "that", "this")

// goingActs adds the speaker's thanks or sympathy whose noun is the
// subject of "go to", "extend to", "be due to" toward the actors after
// "to": "My warmest congratulations go to Mr. Francis on his election"
// (051 toward the UN), "Our sympathies also go to the people of Puerto
// Rico" (018 toward the United States).
func (s *sentence) goingActs(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for k := range s.toks {
		code, ok := goingNouns[s.norm(k)]
		if !ok || !s.goingSubject(k) {
			continue
		}
		to := s.goingTo(k)
		if to < 0 {
			continue
		}
		// the event hangs on the noun's own predicate when the
		// dictionaries know it, else on a bare one (the tagger may take
		// "gratitude extends" for adjective and noun)
		p := &pred{v: k, vend: k + 1, noun: true, hi: len(s.toks)}
		for _, q := range s.preds {
			if q.v == k {
				p = q
			}
		}
		src := actor{code: s.speakerCode(), i: -1, j: -1, note: "the document's speaker, whose feeling goes to the addressee (ungdacts.go)"}
		rule := "coder: \"" + s.norm(k) + " go to\" (ungdacts.go)"
		tgts := s.goingTargets(to + 1)
		if len(tgts) == 0 {
			// "our sympathies go to the families of the victims": an
			// unnamed addressee (---)
			if !s.holds(cands, code, src.code, "") {
				cands = append(cands, candidate{p: p, code: code, rule: rule, src: src, noTarget: true, verb: [2]int{k, to}})
			}
			continue
		}
		for _, a := range tgts {
			if demarche.Country(a.code) == demarche.Country(src.code) || s.holds(cands, code, src.code, a.code) {
				continue
			}
			cands = append(cands, candidate{p: p, code: code, rule: rule, src: src, tgt: a, verb: [2]int{k, to}})
			s.note("added: the speaker's " + s.norm(k) + " going to " + a.code + " (ungdacts.go)")
		}
	}
	return cands
}

// goingSubject reports whether the noun at k opens its clause with the
// speaker's own words only ("My sincere thanks and appreciation", "Our
// tribute is also", "Thanks are due"): adjectives, "and" with another
// such noun, and the openers of goingOpeners.
func (s *sentence) goingSubject(k int) bool {
	for j := k - 1; j >= 0 && j > k-7; j-- {
		w := s.norm(j)
		switch {
		case w == "," || w == ";" || w == ":" || isQuote(w):
			return true
		case goingOpeners[w] || w == "and" || goingNouns[w] != "" || isAdjTag(s.tag(j)) || isAdvTag(s.tag(j)) || w == "word" || w == "of":
			continue
		}
		return false
	}
	return k < 7
}

// goingTo returns the "to" after the noun at k whose verb is "go",
// "extend" or "be due" ("… go out to", "… is also due to"), or -1. The
// verb must follow the noun's phrase closely.
func (s *sentence) goingTo(k int) int {
	for j := k + 1; j < len(s.toks) && j < k+7; j++ {
		switch s.norm(j) {
		case "go", "goes", "went", "extend", "extends", "extended":
			t := j + 1
			for s.norm(t) == "also" || s.norm(t) == "out" || s.norm(t) == "equally" || s.norm(t) == "likewise" {
				t++
			}
			if s.norm(t) == "to" {
				return t
			}
			return -1
		case "is", "are":
			t := j + 1
			for s.norm(t) == "also" || s.norm(t) == "equally" || s.norm(t) == "likewise" {
				t++
			}
			if s.norm(t) == "due" && s.norm(t+1) == "to" {
				return t + 1
			}
			return -1
		}
	}
	return -1
}

// goingTargets returns the actors of the phrase at k; a bare title ("the
// Secretary-General, Mr. Ban Ki-moon") gives way to the name in
// apposition after it.
func (s *sentence) goingTargets(k int) []actor {
	named := func(as []actor) []actor {
		var out []actor
		for _, a := range as {
			if !a.weak && a.code != "" && a.code != demarche.NoActor && !strings.HasPrefix(a.code, sectorOnly) {
				out = append(out, a)
			}
		}
		return out
	}
	end := s.chainRight(k, len(s.toks))
	out := named(s.actorsIn(k, end, true))
	if len(out) == 0 && s.norm(end) == "," {
		out = named(s.actorsIn(end+1, s.chainRight(end+1, len(s.toks)), true))
	}
	return out
}

// possessedForce are the noun classes of 99-ungd-acts.txt whose source is
// the possessive or adjective right before the noun ("Russia's war
// against Ukraine", "the Russian aggression in Ukraine").
var possessedForce = setOf("ungd_force_possessed", "ungd_war_possessed", "ungd_aggression_in", "ungd_blockade_possessed")

// possessedForceSources drops an event of those classes whose source is
// not the word right before the noun (adjectives aside): "Iran's military
// support for Russia's war" is Russia's war, and a sector word alone
// ("ongoing military aggression in Ukraine") names no author; nor is the
// victim its own aggressor. The classes are read in a government's own
// statement only: news and state media keep their own readings of force.
func (s *sentence) possessedForceSources(cands []candidate) []candidate {
	keep := cands[:0]
	for _, c := range cands {
		if c.class != nil && possessedForce[c.class.Name] && c.p != nil {
			if s.doc.speaker == "" || c.src.i < 0 || demarche.Country(c.src.code) == demarche.Country(c.tgt.code) || !s.nextToNoun(c.src.j, c.p.v) || s.censuredAround(c.src.i, c.p.v) {
				s.noteDrop(StageDropped, "dropped: the force noun's author is not the word before it (ungdacts.go)")
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}

// censuredAround reports whether a verb of censure governs the phrase
// from i to the noun at v ("Finland condemns the Russian aggression in
// Ukraine", "… can only be condemned"): the object of a condemnation is
// not coded on its own (the guide).
func (s *sentence) censuredAround(i, v int) bool {
	for k := max(0, i-10); k < len(s.toks) && k < v+8; k++ {
		if k >= i && k <= v {
			continue
		}
		w := s.norm(k)
		if strings.HasPrefix(w, "condemn") || strings.HasPrefix(w, "deplor") || strings.HasPrefix(w, "denounc") || strings.HasPrefix(w, "decr") && isVerbTag(s.tag(k)) {
			return true
		}
	}
	return false
}

// nextToNoun reports whether only modifiers (adjectives, adverbs, nouns,
// a possessive mark, "and") stand between the source phrase ending at j
// and the noun at v: no preposition, determiner, verb or other actor.
func (s *sentence) nextToNoun(j, v int) bool {
	for k := j; k < v; k++ {
		if t := s.tag(k); t == "IN" || t == "DT" || t == "TO" || isVerbTag(t) && t != "VBN" && t != "VBG" || k > j && s.mentionAt(k) != nil && s.mentionAt(k).actor != nil {
			return false // "Iran's military support for Russia's war": another phrase
		}
	}
	return true
}

// joinedSpeaker gives the speaker to "join" in a frame of the speaker's
// own voice and to the act it joins in: "Allow me to join my colleagues
// in expressing our gratitude to the Secretary-General", "It is a great
// pleasure to join other delegations in congratulating you" — the
// speaker expresses and congratulates (the frame's "me", or the
// impersonal frame of a statement, names no other subject).
func (s *sentence) joinedSpeaker(preds []*pred) {
	if s.doc.speaker == "" {
		return
	}
	for i, p := range preds {
		if p.noun || len(p.subj) > 0 || !p.g.infin || !strings.HasPrefix(s.norm(p.v), "join") || !s.speakerFrameBefore(p.g.start) {
			continue
		}
		me := actor{code: s.speakerCode(), i: -1, j: -1, note: "the speaker, whose frame opens \"to join\" (ungdacts.go)"}
		p.subj, p.subjHow = []actor{me}, "the speaker (\"… to join\")"
		for _, q := range preds[i+1:] {
			if q.v > p.v+12 {
				break
			}
			if !q.noun && len(q.subj) == 0 && s.tag(q.v) == "VBG" && s.norm(q.v-1) == "in" {
				q.subj, q.subjHow = []actor{me}, "the speaker (\"join … in\")"
				break
			}
		}
	}
}

// speakerFrameBefore reports whether the "to" at k closes a frame of the
// speaker's voice: "allow me", "let me", "permit me", "I would like", "we
// wish", or an impersonal "it is a (great) pleasure/honour/privilege".
func (s *sentence) speakerFrameBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.norm(j)
		switch {
		case w == "me" || w == "us" || w == "i" || w == "we":
			return true
		case s.c.sets.performFrames[w] && s.norm(j-1) != "their" && s.norm(j-1) != "his" && s.norm(j-1) != "her":
			continue
		case w == "," || w == ";" || w == "that":
			return false
		}
		if m := s.mentionAt(j); m != nil && (m.speaker || s.speakerNamed(m)) {
			return true
		}
		if w == "it" && beForms[s.norm(j+1)] {
			return true // "It is a great pleasure to join …"
		}
	}
	return false
}

// deservedNouns are the speaker's acts a subject "deserves": "the United
// Nations deserves our full support", "the work of Mr. Ashe deserves our
// recognition" (051 from the speaker toward the subject's actor).
var deservedNouns = setOf("support", "gratitude", "thanks", "praise", "appreciation", "recognition", "admiration", "commendation", "respect", "congratulations", "solidarity", "backing")

// deservedActs adds the speaker's 051 toward the actor named in the
// subject of "deserves our support" (a pronoun subject names no one).
func (s *sentence) deservedActs(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for v := range s.toks {
		w := s.norm(v)
		if w != "deserve" && w != "deserves" && w != "deserved" && w != "merits" {
			continue
		}
		o := v + 1
		if s.norm(o) != "our" && s.norm(o) != "my" {
			continue
		}
		head := -1
		for k := o + 1; k < len(s.toks) && k < o+5; k++ {
			if deservedNouns[s.norm(k)] {
				head = k
				break
			}
			if !isAdjTag(s.tag(k)) && !isAdvTag(s.tag(k)) && s.norm(k) != "and" {
				break
			}
		}
		if head < 0 {
			continue
		}
		start := v - 1
		for start > 0 && v-start < 14 {
			if w := s.norm(start - 1); w == "," || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" {
				break
			}
			start--
		}
		src := actor{code: s.speakerCode(), i: -1, j: -1, note: "the speaker, whose support is deserved (ungdacts.go)"}
		var p *pred
		for _, q := range s.preds {
			if q.v == v || q.v == head {
				p = q
			}
		}
		if p == nil {
			p = &pred{v: v, vend: v + 1, hi: len(s.toks)}
		}
		for _, a := range s.goingTargets(start) {
			if a.i >= v || demarche.Country(a.code) == demarche.Country(src.code) || s.holds(cands, "051", src.code, a.code) {
				continue
			}
			cands = append(cands, candidate{p: p, code: "051", rule: "coder: \"deserves our " + s.norm(head) + "\" (ungdacts.go)", src: src, tgt: a, verb: [2]int{v, head + 1}})
			s.note("added: the speaker's " + s.norm(head) + " deserved by " + a.code + " (ungdacts.go)")
		}
	}
	return cands
}
