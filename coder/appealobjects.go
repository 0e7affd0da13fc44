// Actors named inside what a government's appeal asks for are not the ones
// it appeals to.

package coder

// appealObjects gives the speaker's appeals whose target was found inside
// the object of the appeal, not as its addressee, no target (`---`):
//
//   - inside what is called for: "we reiterate our call for the lifting of
//     the embargo against Cuba", "we appeal for help for Haiti", "we call
//     for adherence to the United Nations road map" — the call names no
//     one it is made to (the UN sets' annotators code such calls toward
//     `---`); "call for X to V" (appeals.go) and "ask for the support of
//     X" (X the helper asked) keep X;
//   - inside the act requested of an unnamed addressee: "we urge the
//     international community to provide support to Ukraine" — the
//     addressee is the international community, no one named.
func (s *sentence) appealObjects(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	changed := false
	for n := range cands {
		c := &cands[n]
		if c.noTarget || c.tgt.code == "" || c.tgt.code == "---" || len(c.code) < 2 || c.code[:2] != "02" || !s.speakerSource(c) {
			continue
		}
		if c.tgt.i < c.verb[1] || c.tgt.i > c.verb[1]+30 {
			continue
		}
		if s.calledForObject(c.verb[1], c.tgt.i) || s.requestedActObject(c.verb[1], c.tgt.i) {
			c.noTarget, c.tgt = true, actor{}
			s.note("an actor inside what the appeal asks for is not its addressee: no target (appealobjects.go)")
			changed = true
		}
	}
	if !changed {
		return cands
	}
	// one event per pair and occasion: the appeal now toward no one may
	// stand twice ("to Ukraine" and the unnamed addressee)
	out := cands[:0]
	for n, c := range cands {
		dup := false
		for _, d := range out {
			if c.noTarget && d.noTarget && c.src.code == d.src.code && sameOccasion(c.code, d.code) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, cands[n])
		}
	}
	return out
}

// calledForObject reports whether [from, t) holds "for" followed by a noun
// phrase that does not begin with the actor at t ("call for the lifting of
// … Cuba"), with no clause break, and the actor at t is not the helper
// whose help is asked ("ask for the cooperation of the United States").
func (s *sentence) calledForObject(from, t int) bool {
	f := -1
	for k := from; k < t; k++ {
		switch w := s.norm(k); {
		case w == "for":
			if f < 0 {
				f = k
			}
		case w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "whose":
			return false
		case f < 0 && (w == "on" || w == "upon" || w == "to") && !(w == "to" && isVerbTag(s.tag(k+1))):
			return false // "call on X for …", "appeal to X": an addressee first
		}
	}
	if f < 0 {
		return false
	}
	h := f + 1
	for h < t && (s.tag(h) == "DT" || s.tag(h) == "PRP$" || isAdjTag(s.tag(h)) || s.tag(h) == "RB") {
		h++
	}
	if h >= t || !isNounTag(s.tag(h)) && s.tag(h) != "VBG" {
		return false // the actor heads what follows "for": "call for the Council to …"
	}
	if s.norm(t-1) == "of" || s.norm(t-1) == "the" && s.norm(t-2) == "of" {
		o := t - 2
		if s.norm(t-1) == "the" {
			o = t - 3
		}
		if o >= 0 && (s.c.sets.lowered(setAidNouns)[s.norm(o)] || s.c.sets.lowered(setAskedOfHelpers)[s.norm(o)]) {
			return false // "ask for the support of the Group of 20"
		}
	}
	return !s.activeInfinitiveAfter(t)
}

// setAskedOfHelpers names the word set ASKED_OF_HELPERS
// (dict/data/99-ungd-targets.txt): what an appeal asks of the actor named
// after "of" besides help ("appeal for the understanding of the Assembly").
const setAskedOfHelpers = "ASKED_OF_HELPERS"

// activeInfinitiveAfter reports whether the noun phrase of the actor at t goes
// on to an active infinitive ("call for the members of the Assembly to
// act"): the actor is the subject of what is called for, the one appealed
// to (appeals.go reads the plain case).
func (s *sentence) activeInfinitiveAfter(t int) bool {
	for k := t; k+1 < len(s.toks) && k < t+8; k++ {
		w := s.norm(k)
		if w == "to" && s.tag(k+1) == "VB" {
			return s.norm(k+1) != "be"
		}
		if w == "," || w == ";" || w == ":" || w == "." || w == "that" || w == "which" || w == "who" || isVerbTag(s.tag(k)) {
			return false
		}
	}
	return false
}

// requestedActObject reports whether [from, t) holds an infinitive "to V"
// whose addressee before it named no actor: "urge the international
// community to provide support to Ukraine".
func (s *sentence) requestedActObject(from, t int) bool {
	for k := from; k+1 < t; k++ {
		w := s.norm(k)
		if w == ";" || w == ":" || w == "that" || w == "which" || w == "who" {
			return false
		}
		if w != "to" {
			continue
		}
		v := k + 1
		for v < t && s.tag(v) == "RB" {
			v++ // "to swiftly provide"
		}
		if s.tag(v) == "VB" || !isNounTag(s.tag(v)) && s.tag(v) != "DT" && s.c.lx.singleWordVerb(s.norm(v)) {
			// "to uphold/JJ Palestine's right": a verb the tagger missed
			return k > from && !s.namedActorIn(from, k)
		}
	}
	return false
}

// namedActorIn reports whether [a, b) holds a named actor or person (not
// a sector word alone, not the speaker's own voice).
func (s *sentence) namedActorIn(a, b int) bool {
	for k := a; k < b; k++ {
		if m := s.mentionAt(k); m != nil && !m.speaker && (m.actor != nil || m.person != nil) {
			return true
		}
	}
	return false
}

// requestedActs drops, in a government's statement, the acts its appeal
// asks of the addressee when a relative clause stands between the
// addressee and the act: "we ask the States, which are still outside it,
// to join the Court", "I appeal to States that are active in the
// region to help the Yemeni people", "I call on those states that have
// not yet done so, to recognise Palestine" — the supporting, helping and
// recognising are the addressee's, asked for, not the speaker's acts
// (requestedMeans in appeals.go reads the plain "call on X to V, V-ing").
func (s *sentence) requestedActs(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	var appeals []int
	for _, c := range cands {
		if len(c.code) >= 2 && c.code[:2] == "02" && s.speakerSource(&c) {
			appeals = append(appeals, c.verb[1])
		}
	}
	if len(appeals) == 0 {
		return cands
	}
	keep := cands[:0]
	for _, c := range cands {
		if c.p != nil && !c.p.noun && !c.p.g.finite && (len(c.code) < 2 || c.code[:2] != "02") && s.speakerSource(&c) && s.askedPastRelative(appeals, c.p.v) {
			s.noteDrop(StageDropped, "dropped: an act the speaker's appeal asks of an addressee named with a relative clause (appealobjects.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// askedPastRelative reports whether the verb at v is the infinitive "to V"
// right after the addressee of one of the appeals (their verbs end at the
// given tokens), the addressee holding a relative clause ("those States,
// which have not yet done so,", "States that are active in the region"):
// no clause break, and no verb outside the relative clause.
func (s *sentence) askedPastRelative(appeals []int, v int) bool {
	to := v - 1
	for to > 0 && s.tag(to) == "RB" {
		to--
	}
	if to < 1 || s.norm(to) != "to" {
		return false
	}
	for _, a := range appeals {
		if a >= to || to-a > 25 {
			continue
		}
		relative, ok := false, true
		for k := a; k < to && ok; k++ {
			switch w := s.norm(k); {
			case w == ";" || w == ":" || w == "." || w == "to" && isVerbTag(s.tag(k+1)):
				ok = false
			case w == "which" || w == "who" || w == "that" && k > a && isNounTag(s.tag(k-1)):
				relative = true
			case isVerbTag(s.tag(k)) && !relative:
				ok = false
			}
		}
		if ok && relative {
			return true
		}
	}
	return false
}
