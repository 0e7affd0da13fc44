package coder

import "strings"

// setAcknowledgingLemmas names the word set ACKNOWLEDGING_LEMMAS and
// setRegardedHeads REGARDED_HEADS (dict/data/06-analysis-words.txt).
const (
	setAcknowledgingLemmas = "ACKNOWLEDGING_LEMMAS"
	setRegardedHeads       = "REGARDED_HEADS"
)

// speakerRegards reads again the admissions (015), the options weighed
// (014) and the threats toward no one (13x) that the speaking state of a government's own statement is given.
// Found by reading random events of the whole UN General Debate corpus: in
// a speaker's own voice the verbs of these codes almost never admit a fault
// or weigh a policy option toward someone. "We acknowledge the importance
// of youth", "I would like to confirm today that Kenya has lived up to its
// pledges", "we take responsibility for our future" state a view or tell
// the Assembly something; "we consider dialogue to be the only path" and
// "as we deliberate here" are opinions and the debate itself; "we are
// considering barring the corrupt from office" is the speaker's own plan.
// None of the UN sets' annotators coded a 014 or a 015. A threat (13x)
// the speaking state (or its people) makes toward no one named is a
// warning told to the Assembly ("we warn that the Organization lags
// behind", "I warned last year that …"), a resolve ("we will beat it",
// "we will ban single-use plastics") or a figure of speech ("we will sink
// together"): dropped, but "we reserve the right to respond" stays. An
// occasion the speaker celebrates with no one else named ("we celebrated 35
// years of independence", "El Salvador celebrates its independence", "we
// mark the anniversary of our accession", whose target became the speaker
// itself or none once the targets settled) is no praise of anyone (the
// rule of anniversaries.go, read on the settled target and on the heads of
// OWN_OCCASION_HEADS). What a speaker
// acknowledges of a named actor ("Malawi acknowledges the sacrifices of the
// Blue Helmets", "we acknowledge the Secretary-General's initiative") is
// praise, 051 toward that actor, unless the object is the actor's
// importance or relevance (REGARDED_HEADS: a view of it) or a "that"
// clause ("we acknowledge that the Court is a beacon of hope": a view). An option weighed
// toward a named party with a gerund ("I am considering establishing
// missions in Israel and Palestine") keeps its 014.
func (s *sentence) speakerRegards(out []candidate) []candidate {
	sp := s.doc.speaker
	if sp == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if !s.speakerSource(&c) || c.p == nil || c.p.noun {
			keep = append(keep, c)
			continue
		}
		named := !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" && !strings.HasPrefix(c.tgt.code, sp)
		switch {
		case strings.HasPrefix(c.code, "014"):
			if named && s.gerundOption(c.verb[1]) {
				keep = append(keep, c)
				continue
			}
			s.dropSpoken(c, "in the speaker's voice states a view or its own plan, no option weighed toward anyone")
			continue
		case strings.HasPrefix(c.code, "13") && !named && (c.src.code == sp || c.src.code == sp+"GOV" || c.src.code == sp+"CVL") && c.p.lemma(s) != "reserve":
			s.dropSpoken(c, "in the speaker's voice threatens no one named: a warning told to the Assembly, a resolve or its own policy")
			continue
		case (c.code == "051" || c.code == "032") && !named && s.ownOccasion(c):
			s.dropSpoken(c, "marks an occasion of the speaker's own or of no one named, no act toward anyone")
			continue
		case strings.HasPrefix(c.code, "07") && !named && s.helpsHome(c):
			s.dropSpoken(c, "helps the speaker itself or its own people, no aid given to another")
			continue
		case strings.HasPrefix(c.code, "016") && !named && c.p.lemma(s) == "deny",
			c.code == "052" && !named && s.c.sets.lowered(setStressingLemmas)[c.p.lemma(s)]:
			s.dropSpoken(c, "in the speaker's voice withholds something or stresses a view to the Assembly, no denial or defence toward anyone")
			continue
		case strings.HasPrefix(c.code, "015"):
			if named && s.c.sets.lowered(setAcknowledgingLemmas)[c.p.lemma(s)] && !s.thatClauseAt(c.verb[1]) {
				h := s.objectHead(c.verb[1])
				if h < 0 || !s.c.sets.lowered(setRegardedHeads)[s.norm(h)] {
					c.code = "051"
					c.rule += " (what the speaker acknowledges of a named actor is praise, speakerregards.go)"
					keep = append(keep, c)
					continue
				}
			}
			s.dropSpoken(c, "in the speaker's voice states a view or tells the Assembly something, no admission")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// dropSpoken notes the drop of c, whose verb in the speaker's voice is no
// event: why says what the verb does instead.
func (s *sentence) dropSpoken(c candidate, why string) {
	s.noteDrop(StageDropped, "dropped: \""+s.spanText(c.verb[0], c.verb[1])+"\" "+why+" (speakerregards.go)")
}

// thatClauseAt reports whether a "that" clause opens at token k, past
// adverbs ("acknowledge fully that …").
func (s *sentence) thatClauseAt(k int) bool {
	for ; k < len(s.toks) && isAdvTag(s.tag(k)); k++ {
	}
	return k < len(s.toks) && s.norm(k) == "that"
}

// setNamedOccasionHeads names the word set NAMED_OCCASION_HEADS
// (dict/data/06-analysis-words.txt).
const setNamedOccasionHeads = "NAMED_OCCASION_HEADS"

// instrumentSources drops the events whose source is an international body
// named only as part of the name of an instrument or of an occasion: "the
// United Nations Convention on the Law of the Sea sets the rules for the
// oceans", "the UN Charter proclaims the equality of
// nations", "the United Nations Conference to Support the Implementation of
// Goal 14". The instrument or the conference acts on no one, and the body
// did not make the act (the guide codes no event whose source cannot be
// named). The instrument's nouns are INSTRUMENT_HEADS (read as for targets,
// instrumentnames.go), the occasions' NAMED_OCCASION_HEADS. Found by
// reading random events of the UN General Debate corpus.
func (s *sentence) instrumentSources(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		a := c.src
		if strings.HasPrefix(a.code, "IGO") && a.j > a.i && a.j <= len(s.toks) &&
			(s.bodyNamesInstrument(a) || a.j < len(s.toks) && s.c.sets.lowered(setNamedOccasionHeads)[s.norm(a.j)] && isNounTag(s.tag(a.j))) {
			s.noteDrop(StageDropped, "dropped: the source \""+s.spanText(a.i, a.j)+"\" only names an instrument or an occasion, no actor (speakerregards.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// speakerStatements drops, in a government's own statement, the plain
// statement (010) the speaking state is given once the events are settled:
// "I want to stress that Ukraine is not only a European question", "we
// reiterate our position on Western Sahara", "we note that the embargo on
// Cuba remains in place", "I am delivering my seventeenth speech here". The
// statement is the speech itself, told to the Assembly; none of the UN
// sets' annotators codes one. A statement whose content takes a stance was
// recoded by then (censure 111, praise 051, settle.go) and stays; so does
// a statement made elsewhere, in the past ("our President has said that
// Colombia shows …"), or told to a named addressee outside its content
// ("to the people of Chile, I say that …", "I say to the Russian
// representatives that …"): those are acts toward someone.
func (s *sentence) speakerStatements(out []candidate) []candidate {
	sp := s.doc.speaker
	if sp == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if c.code == "010" && s.speakerSource(&c) && !s.toldElsewhere(c) {
			s.dropSpoken(c, "in the speaker's voice is the speech itself, told to the Assembly, no event")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// toldElsewhere reports whether the statement c is one the speaker made
// elsewhere (a verb in the past: "said", "have told") or told to an
// addressee named outside its content.
func (s *sentence) toldElsewhere(c candidate) bool {
	if t := s.tag(c.verb[0]); t == "VBD" || t == "VBN" {
		return true
	}
	return c.speech && !c.noTarget && c.tgt.j > c.tgt.i && (c.tgt.j <= c.content[0] || c.tgt.i >= c.content[1])
}

// setOwnOccasionHeads names the word set OWN_OCCASION_HEADS
// (dict/data/06-analysis-words.txt).
const setOwnOccasionHeads = "OWN_OCCASION_HEADS"

// ownOccasion reports whether c celebrates, marks or commemorates
// (OCCASION_LEMMAS) an occasion: an anniversary (ANNIVERSARY_HEADS) or a
// national occasion (OWN_OCCASION_HEADS: "years of independence", "its
// independence", "national elections").
func (s *sentence) ownOccasion(c candidate) bool {
	if !s.c.sets.lowered(setOccasionLemmas)[c.p.lemma(s)] {
		return false
	}
	h := s.objectHead(c.verb[1])
	if h < 0 {
		return false
	}
	w := s.norm(h)
	return s.c.sets.lowered(setAnniversaryHeads)[w] || s.c.sets.lowered(setOwnOccasionHeads)[w]
}

// setHomeRecipientHeads names the word set HOME_RECIPIENT_HEADS
// (dict/data/06-analysis-words.txt).
const setHomeRecipientHeads = "HOME_RECIPIENT_HEADS"

// helpsHome reports whether the help c gives goes to the speaker itself or
// to its own people: "partners to help us accelerate …", "a facility to
// help us receive assistance" (the speaker is helped, not helping), "we
// have helped 4.5 million fellow-citizens", "to help businesses and
// citizens cope with inflation" (domestic policy, HOME_RECIPIENT_HEADS as
// the object's head).
func (s *sentence) helpsHome(c candidate) bool {
	k := c.verb[1]
	if k >= len(s.toks) {
		return false
	}
	switch s.norm(k) {
	case "us", "ourselves":
		return true
	}
	h := s.objectHead(k)
	return h >= 0 && s.c.sets.lowered(setHomeRecipientHeads)[s.norm(h)]
}

// setStressingLemmas names the word set STRESSING_LEMMAS
// (dict/data/06-analysis-words.txt).
const setStressingLemmas = "STRESSING_LEMMAS"
