// The addressee of a government's appeal or praise named somewhere other
// than right after the verb, requested means, states' protests and
// figurative force (found on the ungd4 sample of coder/testdata).

package coder

import "strings"

// appealTargets retargets the speaker's appeals and praise that found no
// target:
//
//   - "we call for the General Assembly to proclaim …": the subject of the
//     infinitive after "call for", when a named actor heads it, is the one
//     appealed to (020 toward it); a passive or copular infinitive ("for
//     Cuba to be removed") names what the call is about, not its addressee;
//   - "…, and we welcome her election" / "I thank him for that": a
//     personal pronoun object, or a possessive before the object, refers
//     back to the last named person or office of the sentence before the
//     verb ("the President of the General Assembly", a named Secretary-
//     General), never to the speaker's own.
func (s *sentence) appealTargets(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for n := range cands {
		c := &cands[n]
		if !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" {
			continue
		}
		if !s.speakerSource(c) || len(c.code) < 2 {
			continue
		}
		switch c.code[:2] {
		case "02":
			if a, ok := s.callForSubject(c); ok {
				c.noTarget = false
				c.tgt = a
			}
		case "05":
			if a, ok := s.pronounAntecedent(c); ok {
				c.noTarget = false
				c.tgt = a
			}
		}
	}
	return cands
}

// callForSubject reads "call for X to V" after the verb of an appeal and
// returns X when it is a named actor other than the speaker.
func (s *sentence) callForSubject(c *candidate) (actor, bool) {
	k := c.verb[1]
	if s.norm(k-1) != "for" {
		if s.norm(k) != "for" {
			return actor{}, false
		}
		k++
	}
	// X runs to the first "to" followed by a verb, within eight words
	end := -1
	for n := k; n < len(s.toks) && n < k+8; n++ {
		w := s.norm(n)
		if w == "to" && isVerbTag(s.tag(n+1)) {
			end = n
			break
		}
		if w == "," || w == ";" || w == ":" || w == "." || w == "that" || w == "which" || w == "who" {
			return actor{}, false
		}
	}
	if end <= k {
		return actor{}, false
	}
	if s.norm(end+1) == "be" {
		// "call for Cuba to be removed from the list", "for the blockade to
		// be lifted": what the call is about, not whom it is made to
		return actor{}, false
	}
	acts := s.actorsIn(k, end, true)
	if len(acts) == 0 {
		return actor{}, false
	}
	a := acts[0]
	if h := k + map[bool]int{true: 1}[s.tag(k) == "DT"]; a.i > h {
		// the actor must head the phrase: not "the reform of the Security
		// Council to …", "an approach enabling Taiwan to …"
		return actor{}, false
	}
	if a.code == "" || a.code == "---" || strings.HasPrefix(a.code, "~") || strings.HasPrefix(a.code, s.doc.speaker) {
		return actor{}, false
	}
	a.note = "the subject of the infinitive after \"call for\" (appeals.go)"
	return a, true
}

// pronounAntecedent reads a pronoun object ("thank him", "welcome her
// election") right after a verb of praise and returns the last named
// actor before the verb in the same sentence.
func (s *sentence) pronounAntecedent(c *candidate) (actor, bool) {
	k := c.verb[1]
	w := s.norm(k)
	if w != "him" && w != "her" && w != "his" {
		return actor{}, false
	}
	if w == "his" || w == "her" && s.tag(k) == "PRP$" {
		// a possessive opens the object: "welcome her election"
		if k+1 >= len(s.toks) || !strings.HasPrefix(s.tag(k+1), "NN") {
			return actor{}, false
		}
	}
	var last actor
	found := false
	for _, ph := range s.phraseActors(0, c.verb[0]) {
		a := ph.actor
		if strings.HasPrefix(a.code, "~") && a.title && (s.titleIn(a) == "secretary-general" || s.assemblyPresident(a)) {
			// a title alone: the Secretary-General, "the President" of the
			// Assembly a statement addresses (as targets.go reads them)
			a.code = venueActor.Code
		}
		if a.code == "" || a.code == "---" || a.weak || strings.HasPrefix(a.code, "~") || strings.HasPrefix(a.code, s.doc.speaker) {
			continue
		}
		// "him" and "her" are people: a named person or an office, not a
		// state ("… between Cuba and the United States, and I commend him")
		if s.personOrOffice(ph.i, ph.j) {
			last, found = a, true
		}
	}
	if !found {
		return actor{}, false
	}
	last.note = "the pronoun's antecedent, the last actor named before the verb (appeals.go)"
	return last, true
}

// personOrOffice reports whether [a, b) holds a named person or an
// office's title.
func (s *sentence) personOrOffice(a, b int) bool {
	for k := a; k < b; k++ {
		if m := s.mentionAt(k); m != nil && (m.person != nil || m.sector != nil) {
			return true
		}
	}
	return false
}

// phraseActor is an actor of a noun phrase, with the phrase's span.
type phraseActor struct {
	actor
	i, j int
}

// phraseActors returns the actors of the noun phrases in [a, b), in order,
// each phrase read whole as explain's "noun phrases naming actors" are.
func (s *sentence) phraseActors(a, b int) []phraseActor {
	var out []phraseActor
	for k := a; k < b; {
		if !s.startsNP(k) || !s.hasMention(k, k+1) && s.mentionAt(k) == nil && !s.hasActorAhead(k) {
			k++
			continue
		}
		e := min(s.chainRight(k, b), b)
		if e <= k {
			k++
			continue
		}
		for _, x := range s.actorsIn(k, e, true) {
			out = append(out, phraseActor{actor: x, i: k, j: e})
		}
		k = e
	}
	return out
}

// requestedMeans drops the acts a speaker's appeal asks of others: "we
// call on the Security Council to contribute by adopting a resolution",
// "we urge the parties to resume talks, signing …" — a non-finite verb
// after the appeal's "to V" belongs to what is requested, and its subject
// is the one appealed to, not the speaker (the coder had given it the
// main clause's subject).
func (s *sentence) requestedMeans(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	var appeals []int
	for _, c := range cands {
		if strings.HasPrefix(c.code, "02") && s.speakerSource(&c) {
			appeals = append(appeals, c.verb[1])
		}
	}
	if len(appeals) == 0 {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if c.p != nil && !c.p.noun && !c.p.g.finite && !strings.HasPrefix(c.code, "02") && s.speakerSource(&c) && s.insideRequest(appeals, c.p.v) {
			s.noteDrop(StageDropped, "dropped: an act inside what the speaker's appeal asks of others (appeals.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// insideRequest reports whether the verb at v follows one of the appeals
// (their verbs end at the given tokens) after an infinitive "to V", with
// no clause break in between.
func (s *sentence) insideRequest(appeals []int, v int) bool {
	for _, a := range appeals {
		if a >= v {
			continue
		}
		to := false
		for k := a; k < v; k++ {
			w := s.norm(k)
			if w == ";" || w == ":" || w == "." || isVerbTag(s.tag(k)) && s.tag(k) != "VB" && s.tag(k) != "VBG" && s.tag(k) != "VBN" {
				to = false
				break
			}
			if w == "to" && s.tag(k+1) == "VB" {
				to = true
			}
		}
		if to {
			return true
		}
	}
	return false
}

// stateProtests drops, in a government's statement, the protests (CAMEO
// 14: demonstrations, rallies, strikes, boycotts) whose source is a state,
// a government or an international body: a state does not march in the
// streets. In the statements those readings come from words of another
// sense — "we have demonstrated our resolve" (showing), "launched a
// national plan of action", "as we begin the Decade of Action", "we march
// towards the goals" — some 120 events of the General Debate corpus, all
// but a handful wrong. A state's protest ("we protest against …") is its
// disapproval: 111. Civilians, opposition, workers and students
// still protest.
func (s *sentence) stateProtests(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if strings.HasPrefix(c.code, "14") && stateActor(c.src.code) {
			if strings.HasPrefix(s.norm(c.verb[0]), "protest") {
				// "this ministry protests against the launch": a state's
				// protest is its disapproval
				c.code = "111"
				keep = append(keep, c)
				continue
			}
			s.noteDrop(StageDropped, "dropped: a protest by a state or a body in a government's statement is another sense of the word (appeals.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// stateActor reports whether an actor code names a state, one of its
// state institutions or an international body, rather than people,
// opposition or groups of society.
func stateActor(code string) bool {
	if strings.HasPrefix(code, "IGO") {
		return true
	}
	if len(code) < 3 || code == "---" || strings.HasPrefix(code, "~") {
		return false
	}
	switch rest := code[3:]; {
	case rest == "":
		return true
	case strings.HasPrefix(rest, "GOV"), strings.HasPrefix(rest, "MIL"), strings.HasPrefix(rest, "LEG"),
		strings.HasPrefix(rest, "JUD"), strings.HasPrefix(rest, "SPY"), strings.HasPrefix(rest, "COP"):
		return true
	}
	return false
}

// figurativeForce drops, in a government's statement, two readings of
// force that the statements' rhetoric gives to words of another sense:
//
//   - a threat of war (138) with no one threatened: "we will fight for a
//     better world", "Colombia will continue to fight this scourge" (the
//     future "will fight" read as a threat; some 70 events of the General
//     Debate corpus, nearly all of them causes and scourges);
//   - a seizure (17) of an opportunity, a moment or a chance: "I seize this
//     opportunity to thank …".
func (s *sentence) figurativeForce(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		untargeted := c.noTarget || c.tgt.code == "" || c.tgt.code == "---"
		if strings.HasPrefix(c.code, "138") && untargeted && strings.HasPrefix(s.lemmaAt(c.verb[0]), "fight") {
			s.noteDrop(StageDropped, "dropped: \"fight\" for a cause or against a scourge is no threat of war (appeals.go)")
			continue
		}
		if strings.HasPrefix(c.code, "17") && strings.HasPrefix(s.lemmaAt(c.verb[0]), "seiz") && s.seizedChance(c.verb[1]) {
			s.noteDrop(StageDropped, "dropped: seizing an opportunity is no seizure (appeals.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// seizedChance reports whether the object after k is an opportunity, a
// moment or a chance ("this opportunity", "the historic moment").
func (s *sentence) seizedChance(k int) bool {
	for n := k; n < len(s.toks) && n < k+4; n++ {
		switch s.norm(n) {
		case "opportunity", "opportunities", "moment", "chance", "chances", "occasion", "momentum", "initiative":
			return true
		}
	}
	return false
}
