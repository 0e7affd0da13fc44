// Readings of KCNA story leads and inner sentences that the coder left
// silent, by class: tours of a place, meetings told in a "when meeting"
// clause, blame, crowds protesting abroad, awards to a recipient, an
// appeal's participles, a statement's later foreign target (found on the
// kcna-leads3 sample of coder/testdata; knowledge in dict/data/81-leads3.txt
// and 34-actors-leads3.txt).

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// setRaisingVerbs names the word set RAISING_VERBS
// (dict/data/06-analysis-words.txt), whose words are the verbs whose passive
// raises the subject of their infinitive: "Lee was reported to have hurled
// mud at the DPRK", "the group is said to have staged …", "X is known to have
// sent …": the subject of the passive is the subject of the act.
const setRaisingVerbs = "RAISING_VERBS"

// raisedSubject reports whether the verb at k is a passive verb of
// reporting whose infinitive takes its subject ("was reported to have
// hurled"), not a purpose whose organiser must be named ("a meeting was
// held to mark …").
func (s *sentence) raisedSubject(k int) bool {
	if k < 0 || k >= len(s.toks) || !s.c.sets.lowered(setRaisingVerbs)[s.lemmaAt(k)] {
		return false
	}
	return s.norm(k+1) == "to"
}

// tourHome gives a tour with no named host (the tour_visit class of
// 81-leads3.txt: "toured the Wonsan Youth Power Station", "went round the
// West Sea Barrage") the publication's country as host when no place of
// another country is named after the verb: state media tell the tours
// their guests make at home, as "arrived here" is a visit to it.
func (s *sentence) tourHome(out []candidate) {
	if s.doc.home == "" {
		return
	}
	for i := range out {
		c := &out[i]
		if !c.noTarget || c.code != "042" || c.p == nil || !c.p.inClass("tour_visit") || s.foreignDestination(c) || !s.namedObject(c.p.vend) {
			continue
		}
		s.visitsHome(c, "the place toured: the publication's country")
	}
}

// namedObject reports whether the phrase from k names a place by a proper
// name ("the West Sea Barrage", "Mangyongdae"), not a common noun ("such
// region", "the area").
func (s *sentence) namedObject(k int) bool {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if w := s.norm(j); w == "," || w == ";" || w == "." || w == "to" || w == "and" && j > k+1 {
			return false
		}
		if s.toks[j].Capitalized() && s.tag(j) == "NNP" {
			return true
		}
	}
	return false
}

// kcnaLeadReadings applies the readings of this file to the candidates of
// a sentence (events.go).
func (s *sentence) kcnaLeadReadings(out []candidate) []candidate {
	s.tourHome(out)
	s.blamedSubject(out)
	s.crowdProtestTargets(out)
	return s.unnamedWhenMeetings(s.appealParticiples(s.recipientAwards(out)))
}

// setWhenMeetingVerbs names the word set WHEN_MEETING_VERBS
// (dict/data/06-analysis-words.txt), whose words are the gerunds and pasts of
// meeting a visitor that KCNA puts after a statement: "…, said X when meeting
// the DPRK ambassador", "… when receiving credentials from …", "X said this
// when he met …".
const setWhenMeetingVerbs = "WHEN_MEETING_VERBS"

// setWhenSpeechVerbs names the word set WHEN_SPEECH_VERBS
// (dict/data/06-analysis-words.txt), whose words are the verbs of saying a
// postposed "when" clause of meeting follows.
const setWhenSpeechVerbs = "WHEN_SPEECH_VERBS"

// kcnaLeadRetags fixes the tags of this file's constructions (sentence.go):
// "when meeting/VBG X", whose gerund the tagger reads as the noun
// "meeting".
func (s *sentence) kcnaLeadRetags() {
	for k := 1; k+1 < len(s.toks); k++ {
		if t := &s.toks[k]; s.toks[k-1].Norm == "when" && (t.Norm == "meeting" || t.Norm == "receiving") && t.Tag != "VBG" {
			t.Tag = "VBG"
		}
	}
}

// meetingWhen reports whether the "when" at k opens a clause of meeting
// told after a statement ("…, said Macedonian President X when meeting
// the DPRK ambassador"): the meeting is the occasion of the statement, and
// asserted with it, not a time reference for another event.
func (s *sentence) meetingWhen(k int) bool {
	v := k + 1
	if w := s.norm(v); w == "he" || w == "she" || w == "they" {
		v++
	}
	if !s.c.sets.lowered(setWhenMeetingVerbs)[s.norm(v)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-40; j-- {
		if s.c.sets.lowered(setWhenSpeechVerbs)[s.norm(j)] && isVerbTag(s.tag(j)) {
			return true
		}
	}
	return false
}

// nameAfterFor reports whether the capitalised words from k follow the
// "for" of a body's own name ("the Council for National Reconciliation
// and Cooperation in south Korea", "the Society for Friendship and
// Cultural Exchange"): they name the body's purpose, not a person, and an
// "and" after them joins words of the one name, not two actors.
func (s *sentence) nameAfterFor(k int) bool {
	if k < 2 || s.norm(k-1) != "for" {
		return false
	}
	h := k - 2
	return s.tag(h) == "NNP" && s.toks[h].Capitalized()
}

// blamedSubject gives "X is to blame for Y" its target: the subject of
// "be to blame" is the side blamed ("stated that the ruling group alone was
// to blame for the breakdown of the dialogue"), not the speaker's
// object. A target named only by a state's institution ("the present
// regime") takes the speaker's country (STATE_HEADS, 05-analysis.txt).
func (s *sentence) blamedSubject(out []candidate) {
	for i := range out {
		c := &out[i]
		v := c.p.v
		if !c.noTarget || cameo.Root(c.code) != "11" || s.norm(v) != "blame" || s.norm(v-1) != "to" {
			continue
		}
		be := v - 2
		for be > 0 && be > v-5 && isAdvTag(s.tag(be)) {
			be--
		}
		if !beForms[s.norm(be)] {
			continue
		}
		a := s.chainLeft(be)
		acts := s.actorsIn(a, be, true)
		if len(acts) == 0 {
			continue
		}
		t := acts[0]
		if strings.HasPrefix(t.code, sectorOnly) {
			if !s.c.sets.stateHeads[s.norm(be-1)] {
				continue
			}
			t.code = demarche.Country(c.src.code) + t.code[len(sectorOnly):]
			t.note += " (the speaker's own state)"
		}
		c.tgt, c.noTarget = t, false
		c.rule += " (target: the subject of \"be to blame\")"
	}
}

// setCrowdHeads names the word set CROWD_HEADS
// (dict/data/06-analysis-words.txt), whose words are the plural heads of a
// crowd that a national outlet (KCNA) reports protesting abroad: "More than
// 6,000 people staged a demonstration in Karachi, Pakistan", "Hundreds of
// persons protested in the Pakistani City of Lahore against …".
const setCrowdHeads = "CROWD_HEADS"

// crowdPlace returns the country of the place a crowd's clause names right
// after it in a national outlet ("Thousands of people rallied in the
// Pakistani capital Islamabad …"): the crowd is of the place, as the wire
// readings of located.go place it outside national outlets. Only a
// country other than the outlet's own: KCNA's crowds at home are named
// by the outlet's own words.
func (s *sentence) crowdPlace(segs []segment, m *mention, forTarget bool) string {
	if forTarget || s.doc.home == "" || !s.c.sets.lowered(setCrowdHeads)[s.norm(m.j-1)] || segs[0].i > 2 {
		return ""
	}
	for k := m.j; k < len(s.toks) && k < m.j+8; k++ {
		w := s.norm(k)
		if w == "," || w == ";" || w == ":" || w == "that" || w == "who" || w == "which" || beForms[w] {
			return "" // ("12 people were killed in …": victims, not a crowd acting)
		}
		if w == "in" && k > m.j && isVerbTag(s.tag(k-1)) || w == "in" && k > m.j+1 && s.clauseHasVerb(m.j, k) {
			if c := s.placeCountryAt(k + 1); c != "" && c != s.doc.home {
				return c
			}
			return ""
		}
	}
	return ""
}

// crowdProtestTargets gives a crowd's protest placed by crowdPlace its target:
// the side named after "against" ("in protest against the U.S. forces'
// drone strikes"), not the place of the protest ("in Karachi, Pakistan",
// "outside the parliament house"), which is the crowd's own country.
func (s *sentence) crowdProtestTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "14" || !c.src.located || !strings.Contains(c.src.note, "(kcnaleads.go)") {
			continue
		}
		var tgt []actor
		for k := c.verb[0]; k < len(s.toks) && tgt == nil; k++ {
			if s.norm(k) == ";" {
				break
			}
			if s.norm(k) == "against" {
				e := s.chainRight(k+1, len(s.toks))
				for _, a := range s.actorsIn(k+1, e, true) {
					if !strings.HasPrefix(a.code, sectorOnly) && demarche.Country(a.code) != demarche.Country(c.src.code) {
						tgt = append(tgt, a)
						break
					}
				}
			}
		}
		switch {
		case tgt != nil:
			c.tgt, c.noTarget = tgt[0], false
			c.rule += " (target: the side protested against)"
		case !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code):
			c.tgt, c.noTarget = actor{}, true
			c.rule += " (the place of the protest is no target)"
		}
	}
}

// recipientAwards codes a state's decoration conferred in the passive on
// its subject: "X, the Laotian envoy in Pyongyang, was awarded the DPRK's
// Friendship Order", "Y was awarded the honorary professorship of the
// DPRK". The decoration after the verb names the state, whose government
// confers it (051, as awards.go reads "Order of DPRK Friendship was
// awarded to X"); only toward a recipient of another country, and not for
// a title ("was awarded the honorary title of Peru" names a place's
// honour, TestFreshRules).
func (s *sentence) recipientAwards(out []candidate) []candidate {
	for _, p := range s.preds {
		if p.noun || p.coded || !p.g.passive || p.g.neg || p.g.hypo != "" || !p.inClass("award") || len(p.subj) == 0 {
			continue
		}
		if w := s.norm(p.vend); w == "to" || w == "by" {
			continue // "was awarded to X", "was awarded by X": the other readings
		}
		end := min(len(s.toks), p.vend+10)
		for k := p.vend; k < end; k++ {
			if w := s.norm(k); w == "," || w == ";" || w == "to" || w == "by" || w == "for" {
				end = k
				break
			}
		}
		var giver actor
		found := false
		for _, a := range s.actorsIn(p.vend, end, true) {
			c := demarche.Country(a.code)
			if len(c) != 3 || c == "IGO" || c == demarche.NoActor {
				continue
			}
			for k := max(p.vend, a.i-4); k < min(end, a.j+4); k++ {
				if w := s.norm(k); s.c.sets.decorations[w] && w != "title" || w == "professorship" || w == "doctorate" {
					giver, found = a, true
					giver.code, giver.weak = c+"GOV", false
					giver.note = "the state whose decoration it is"
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			continue
		}
		for _, t := range p.subj {
			if c := demarche.Country(t.code); c == demarche.NoActor || strings.HasPrefix(t.code, sectorOnly) || t.weak || c == demarche.Country(giver.code) {
				continue
			}
			out = append(out, candidate{p: p, code: "051", src: giver, tgt: t, verb: [2]int{p.v, p.vend},
				rule: "coder: a state's decoration, conferred on the passive's subject (kcnaleads.go)"})
		}
	}
	return out
}

// laterContentTarget retargets a statement whose content clause names only
// its speaker's own country, when the rest of the sentence goes on to name
// another country's actor by its name: "the mayor of Lima said that the
// exhibition gave Peruvian people a chance to learn about the DPRK" is a
// statement about the DPRK, which the content clause's end (the
// infinitive) had cut off. Adjectives ("8.9 billion U.S. dollars") and
// parentheses name no counterpart.
func (s *sentence) laterContentTarget(c *candidate) {
	if c.p == nil || strings.Contains(c.p.subjHow, "pronoun") || c.content[0] < c.verb[1] || c.content[1] <= c.content[0] {
		return
	}
	home := demarche.Country(c.src.code)
	end := len(s.toks)
	for k := c.content[1]; k < end; k++ {
		if w := s.norm(k); w == ";" || w == "(" || w == ":" {
			end = k
		}
	}
	for k := c.content[1]; k < end; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		k = m.j - 1
		if m.person == nil && m.actor == nil || m.kind() == dict.KindAdjective || m.inTitle {
			continue
		}
		for _, t := range s.actorsIn(m.i, m.j, true) {
			if x := demarche.Country(t.code); x != home && x != demarche.NoActor && !t.weak && !strings.HasPrefix(t.code, sectorOnly) {
				c.tgt, c.noTarget = t, false
				c.rule += " (target: the other country the sentence goes on to name)"
				return
			}
		}
	}
}

// appealParticiples drops the event of a participle that goes on with the
// content of an appeal: "called on Washington to change its course on
// Venezuela, lifting the blockade" asks Washington to lift it; the speaker
// ends nothing (govEmbed, syntax.go: the content of an appeal is no event).
func (s *sentence) appealParticiples(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p != nil && !c.p.noun && c.p.g.particip && s.tag(c.p.v) == "VBG" && s.norm(c.p.v-1) == "," && s.afterAppealContent(c.p.v) &&
			cameo.Root(c.code) != "11" { // "…, accusing Beijing of …": the speaker's own charge
			s.noteDrop(StageDropped, fmt.Sprintf("%s by %s dropped: the participle goes on with the content of an appeal", c.code, c.src.code))
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// setAppealGovernors names the word set APPEAL_GOVERNORS
// (dict/data/06-analysis-words.txt), whose words are the verbs of appeal
// whose infinitive is their content ("urged X to adopt …").
const setAppealGovernors = "APPEAL_GOVERNORS"

// afterAppealContent reports whether the participle at v follows, in the
// same clause, an infinitive that is the content of an appeal ("urged X to
// adopt …, ending …").
func (s *sentence) afterAppealContent(v int) bool {
	for _, q := range s.preds {
		if q.noun || q.v >= v || q.g.gov != govEmbed || !q.g.infin || q.g.govIdx < 0 || !s.c.sets.lowered(setAppealGovernors)[s.lemmaAt(q.g.govIdx)] {
			continue
		}
		inside := true
		for k := q.vend; k < v-1; k++ {
			if w := s.norm(k); w == "," || w == ";" || w == "and" || s.finiteVerbAt(k) {
				inside = false
				break
			}
		}
		if inside {
			return true
		}
	}
	return false
}

// unnamedWhenMeetings drops a meeting told after a statement whose partner
// is not named ("said this when meeting the visiting delegation"): the
// clause is kept for the partner it names (meetingWhen), not as a
// gathering of its own.
func (s *sentence) unnamedWhenMeetings(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p != nil && c.noTarget && cameo.Root(c.code) == "04" {
			w := c.p.v - 1
			if x := s.norm(w); x == "he" || x == "she" || x == "they" {
				w--
			}
			if s.norm(w) == "when" && s.meetingWhen(w) {
				s.noteDrop(StageDropped, fmt.Sprintf("%s by %s dropped: a meeting after a statement with no partner named", c.code, c.src.code))
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}
