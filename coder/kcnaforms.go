// The forms of KCNA's headlines and of the sentences inside its stories:
// headline tags, headline senders of gifts and letters, "X on Y", inverted
// arrivals, condolences, monuments and inspections. Each was counted over
// the unannotated corpus first (found on the kcna-body2 sample of
// coder/testdata).

package coder

import (
	"strings"
	"unicode"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// headlineRetags corrects two tags the model gets wrong in KCNA's headlines and
// titles:
//
//   - an abbreviated title before a person's name is part of the name, not a
//     verb ("Gift to Secy./VB Kim Jong Il from …", "Floral basket to
//     G.S./VB Kim Jong Il"): it broke the noun phrase after "to", so the
//     headline's addressee and sender were lost;
//   - in a headline, a verb in -s tagged as a past ("Rodong Sinmun
//     Slams/VBD …") is the present tense: the headline's participle would be
//     read as a passive without an agent;
//   - in a headline with no finite verb that opens with a person's name, a
//     plural noun right after the name that is a verb of the dictionaries
//     is the present tense ("Kim Jong Un Visits/NNS May 11 Factory").
func (s *sentence) headlineRetags() {
	for k := 0; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if !abbreviatedTitle(t.Text) {
			continue
		}
		n := k + 1
		if s.toks[n].Norm == "-" && n+1 < len(s.toks) {
			n++
		}
		if m := s.mentionAt(n); m != nil && m.i == n && m.person != nil {
			t.Tag = "NNP"
		}
	}
	if !s.headline {
		return
	}
	for k := 1; k < len(s.toks); k++ {
		// "Rodong Sinmun Slams/VBD U.S. Arms Buildup": a word in -s is no
		// past participle, and a headline's participle is read as a passive
		if t := &s.toks[k]; (t.Tag == "VBD" || t.Tag == "VBN") && presentS(t.Norm) && s.c.lx.singleWordVerb(t.Norm) && s.mentionAt(k) == nil {
			t.Tag = "VBZ"
		}
	}
	for _, t := range s.toks {
		if s.finiteTag(t.Tag) {
			return
		}
	}
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		m := s.mentionAt(k - 1)
		if m == nil || m.j != k || m.person == nil || m.i > 0 || s.mentionAt(k) != nil || t.Tag != "NNS" || !strings.HasSuffix(t.Norm, "s") {
			continue
		}
		if s.c.lx.singleWordVerb(t.Norm) && t.Capitalized() {
			t.Tag = "VBZ"
			return
		}
	}
}

func (s *sentence) finiteTag(t string) bool { return t == "VBZ" || t == "VBD" || t == "VBP" }

// abbreviatedTitle reports whether w is a short capitalised abbreviation
// ending in a period ("Secy.", "G.S.", "Gen.", "Pres.").
func abbreviatedTitle(w string) bool {
	if len(w) < 3 || len(w) > 6 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i, r := range w {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case r != '.' && !unicode.IsLetter(r):
			return false
		}
	}
	return true
}

// condolencesNotPraise drops the 051 that a message's generic pattern gives
// beside the 018 of the same message, or of the event nouns of the same
// phrase ("Condolence Message to Kim Jong Un from Nepalese
// Premier": the message is a condolence, coded once).
func (s *sentence) condolencesNotPraise(out []candidate) []candidate {
	var keep []candidate
	for _, c := range out {
		dup := false
		if c.code == "051" {
			for _, d := range out {
				if d.code == "018" && (d.verb == c.verb || c.p != nil && d.p != nil && c.p.noun && d.p.noun) && d.src.code == c.src.code && d.tgt.code == c.tgt.code && d.noTarget == c.noTarget {
					dup = true
					s.noteDrop(StageDropped, "051 "+c.src.code+" → "+c.tgt.code+" dropped: the message is the condolence coded 018")
					break
				}
			}
		}
		if !dup {
			keep = append(keep, c)
		}
	}
	return keep
}

// kcnaFormReadings runs the sentence-level readings of kcnaforms.go on the
// candidates before they are settled.
func (s *sentence) kcnaFormReadings(out []candidate) []candidate {
	out = s.condolencesNotPraise(out)
	out = s.senderNounsInHeadlines(out)
	out = s.onStance(out)
	out = s.invertedOwnTarget(out)
	s.monumentTargets(out)
	out = s.leaderInspections(out)
	return out
}

// invertedOwnTarget mends a target that lies inside the subject of a KCNA
// inversion of a verb of coming and going: "Meanwhile, arriving was a
// delegation of the European External Action Service headed by …" names no
// place, and the phrase after "was" is the visitor, not its host. The
// arrival is coded toward nobody, as a headline's bare "Arrives"; toward the
// publication's country when "here" follows the verb ("Departing here were
// a delegation of the Mongolian Society for Friendship with the Peoples
// of Asia and …", where "for …" belongs to the name). A home
// actor arriving with no place named is no visit, and is dropped.
func (s *sentence) invertedOwnTarget(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p == nil || c.noTarget || !strings.Contains(c.p.subjHow, "(inversion)") || !s.c.sets.lowered(setTravelLemmas)[c.p.lemma(s)] {
			keep = append(keep, c)
			continue
		}
		sp := c.p.subjSpan
		if c.tgt.i < sp[0] || c.tgt.j > sp[1] || sp[1] <= sp[0] {
			keep = append(keep, c)
			continue
		}
		home := s.doc.home
		switch {
		case home != "" && s.norm(c.p.vend) == "here":
			s.note("target " + c.tgt.code + " inside the inverted subject: the visit is to \"here\"")
			c.tgt = actor{code: home, i: c.p.vend, j: c.p.vend + 1, note: "\"here\": the publication's country"}
		case home != "" && demarche.Country(c.src.code) == home:
			s.noteDrop(StageDropped, "event dropped: a home actor's arrival with no place is no visit")
			continue
		default:
			s.noteDrop(StageDropped, "target "+c.tgt.code+" dropped: it is inside the inverted subject")
			c.noTarget = true
			c.tgt = actor{}
		}
		keep = append(keep, c)
	}
	return keep
}

// setTravelLemmas names the word set TRAVEL_LEMMAS
// (dict/data/06-analysis-words.txt), whose words are the verbs of coming and
// going that KCNA inverts ("Arriving here were …", "Departing here was …").
const setTravelLemmas = "TRAVEL_LEMMAS"

// headlineSenderClasses are the noun classes of 65-kcna-body2.txt that
// read a headline's "X from Y" (gifts, letters, baskets, condolences).
// Inside a story the same nouns are mostly introduced, read out or seen at
// an occasion ("Read out at the event was a letter of gratitude from …",
// "He received floral baskets from A, B and C"), which names no act of the
// sender's on that day, so their events are kept for headlines only.
// The passive of support with its agent (support_passive_headline: "DPRK's
// Stand Favored by Russian Figure") is a headline's main clause; inside a
// story it is mostly a reduced relative of a background phrase ("the
// declarations supported by all Koreans"), kept for headlines too; so is
// an agreement named by its sides and signed (agreement_signed: inside a
// story the phrase is mostly hypothetical or refused, "a peace treaty
// should be concluded between …").
var headlineSenderClasses = setOf("gift_from_sender", "condolences_from_sender", "support_passive_headline", "agreement_signed")

// headlinePassiveClasses are the classes of headlineSenderClasses whose
// patterns with an addressee are for headlines too.
var headlinePassiveClasses = setOf("support_passive_headline")

// senderNounsInHeadlines drops, outside headlines, the events of the noun
// classes of headlineSenderClasses.
func (s *sentence) senderNounsInHeadlines(out []candidate) []candidate {
	if s.headline {
		return out
	}
	var keep []candidate
	for _, c := range out {
		if s.senderNounRule(c) {
			s.noteDrop(StageDropped, "event of a headline's sender noun dropped inside a story: "+c.rule)
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// senderNounRule reports whether candidate c was coded by a pattern of a
// class of headlineSenderClasses.
func (s *sentence) senderNounRule(c candidate) bool {
	if c.pat == nil || c.pat.Class == nil {
		return false
	}
	cls := c.pat.Class.Name
	return headlineSenderClasses[cls] && (!hasTargetSlot(c.pat) || headlinePassiveClasses[cls])
}

// hasTargetSlot reports whether pattern pt names an addressee (+).
func hasTargetSlot(pt *dict.Pattern) bool {
	for _, e := range pt.Elems {
		if e.Kind == dict.ElemTarget {
			return true
		}
	}
	return false
}

// setMonumentNouns names the word set MONUMENT_NOUNS
// (dict/data/06-analysis-words.txt), whose words name memorials whose
// complement says whom they honour.
const setMonumentNouns = "MONUMENT_NOUNS"

// monumentTargets gives homage paid at a memorial no addressee: "laid a
// wreath before the Monument to Unknown Soldiers", "laid wreaths at the
// tower of liberation and at a cemetery of fallen soldiers" name the
// dead the memorial honours, not a living actor (CONVENTIONS.md: a
// monument visited is coded toward nobody). Statues, portraits and a bier
// are not memorials of this kind: homage there is to the leader named.
func (s *sentence) monumentTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.noTarget || c.code[:2] != "05" && c.code[:2] != "01" {
			continue
		}
		k := c.tgt.i - 1
		for k >= 0 && s.tag(k) == "DT" {
			k--
		}
		if k < 1 || s.norm(k) != "of" && s.norm(k) != "to" {
			continue
		}
		if s.c.sets.lowered(setMonumentNouns)[s.norm(k-1)] {
			s.noteDrop(StageDropped, "target "+c.tgt.code+" dropped: it names whom a memorial honours (\""+s.norm(k-1)+" "+s.norm(k)+"\")")
			c.noTarget = true
			c.tgt = actor{}
		}
	}
}

// setCommentHeads names the word set COMMENT_HEADS
// (dict/data/06-analysis-words.txt), whose words are the heads of a
// headline's speaker who is named by what he is ("Russian Figure on …",
// "Nepali Personage on …").
const setCommentHeads = "COMMENT_HEADS"

// speakerOn codes a headline that opens with a named speaker and "on", with
// no verb: "Chinese Magazine on Ever-green Sino-DPRK Friendship", "Polish
// Minister on Grain Transit Talks", "Deputy FM of Peru on Question of
// …": the speaker's statement (010) about the actors
// after "on", as mediaOn (headline.go) reads state media's "Rodong Sinmun
// on …". The speaker's phrase must end in a person, an organisation or a
// sector word (or a head of commentHeads), not in a bare country adjective
// before a thing ("Korean Books on …"). It runs only when the headline
// coded nothing else, first reading and second.
func (s *sentence) speakerOn() []candidate {
	k := s.onHeadline()
	if k < 1 || k+1 >= len(s.toks) {
		return nil
	}
	head := k - 1
	m := s.mentionAt(head)
	if !s.c.sets.lowered(setCommentHeads)[s.norm(head)] && (m == nil || m.person == nil && m.actor == nil && m.sector == nil) {
		return nil
	}
	srcs := s.actorsIn(0, k, false)
	if len(srcs) != 1 || srcs[0].weak || strings.HasPrefix(srcs[0].code, sectorOnly) {
		return nil
	}
	src := srcs[0]
	tgts, _ := s.targetSearch(k+1, len(s.toks), [2]int{-1, -1})
	p := &pred{v: k, vend: k + 1, hi: len(s.toks), g: verbGroup{start: k, govIdx: -1}}
	c := candidate{p: p, code: "010", rule: speakerOnRule, form: formSpeakerOn, src: src, verb: [2]int{k, k + 1}}
	return dedupeCandidates(s.onStance(s.statementToward(c, tgts)))
}

const speakerOnRule = "coder: headline \"<speaker> on …\" (kcnaforms.go)"

// onStance gives the headlines "<outlet> on …" (mediaOn, headline.go) and
// "<speaker> on …" (speakerOn) the stance their topic states, as
// colonSpeaker reads a speaker after a colon: a word of CENSURE_WORDS makes
// the piece censure (111: "Paper on Reckless Character of Allied
// Naval Games"), one of PRAISE_WORDS praise (051), else a statement (010); a
// negation keeps it a statement. A statement about the speaker's own
// country's actors is coded toward nobody, as colonSpeaker skips them;
// praise keeps them (an outlet praising its leaders). A piece that names no
// counterpart is no event unless it censures ("Rodong Sinmun on Might of
// Ideology", "Russian President on Providing Youth with Working
// Condition": a characterisation of the speaker's own affairs; "KCNA on
// Charade of Aggressors" stays a censure toward nobody).
func (s *sentence) onStance(out []candidate) []candidate {
	for i := range out {
		c := &out[i]
		if c.form != formOutletOn && c.form != formSpeakerOn {
			continue
		}
		code := "010"
		for k := c.verb[1]; k < len(s.toks); k++ {
			w := s.norm(k)
			if w == "no" || w == "not" || w == "never" || w == "n't" {
				code = "010"
				break
			}
			if s.c.sets.censure[w] {
				code = "111"
			} else if s.c.sets.praise[w] && code == "010" {
				code = "051"
			}
		}
		c.code = code
		if code != "051" && !c.noTarget && demarche.Country(c.tgt.code) != "" && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			c.noTarget = true
			c.tgt = actor{}
		}
	}
	keep := out[:0]
	for _, c := range out {
		if (c.form == formOutletOn || c.form == formSpeakerOn) && c.noTarget && c.code != "111" {
			s.note("\"" + c.src.code + " on …\" names no counterpart and censures nothing: no event")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// dedupeCandidates keeps one candidate per source, target and code.
func dedupeCandidates(out []candidate) []candidate {
	seen := map[string]bool{}
	keep := out[:0]
	for _, c := range out {
		t := "---"
		if !c.noTarget {
			t = c.tgt.code
		}
		key := c.src.code + ">" + t + ":" + c.code
		if seen[key] {
			continue
		}
		seen[key] = true
		keep = append(keep, c)
	}
	return keep
}

// headlineSpeakerOn codes a headline that nothing else coded as
// speakerOn reads it.
func (s *sentence) headlineSpeakerOn(cands []candidate) []candidate {
	if len(cands) > 0 || !s.headline {
		return cands
	}
	return s.settle(s.speakerOn())
}

// setNotStatementOn names the word set NOT_STATEMENT_ON
// (dict/data/06-analysis-words.txt), whose words are the words after "on"
// that make it no topic: "S. Korean Teachers on Strike", "Delegation on
// Visit".
const setNotStatementOn = "NOT_STATEMENT_ON"

// onHeadline returns the index of the "on" of a headline "<speaker> on
// <topic>" with no verb before or after it (the speaker within the first
// nine tokens), or -1.
func (s *sentence) onHeadline() int {
	k := -1
	for j := 1; j < len(s.toks); j++ {
		if isVerbTag(s.tag(j)) && s.mentionAt(j) == nil || s.norm(j) == ":" {
			return -1
		}
		if k < 0 && j < 10 && s.norm(j) == "on" {
			if s.norm(j-1) == "," || s.c.sets.lowered(setNotStatementOn)[s.norm(j+1)] {
				return -1
			}
			k = j
		}
	}
	return k
}

// The verb classes of a leader's inspection (dict/data/65-kcna-body2.txt)
// and field survey (dict/data/86-lead-formulas.txt), coded by their
// default code (a visit, 042).
const (
	classLeaderInspection  = "leader_inspection"
	classLeaderFieldSurvey = "leader_field_survey"
)

// leaderInspections keeps the events of the class leader_inspection
// (65-kcna-body2.txt: "Kim Jong Il Inspects Taegwan Glass Factory") only
// for a person of the publication's own country, and gives them that
// country as target: the leader's inspection tour is his field guidance,
// coded as a visit to the DPRK (CONVENTIONS.md), whatever foreign name the
// place carries ("rooms devoted to the anti-Japanese struggle"). Anyone
// else's inspection is part of a visit already coded, and is dropped; so is
// a leader's going or looking round inside a story (a step of the tour the
// lead reports), while "inspected" there is the tour itself.
func (s *sentence) leaderInspections(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		survey := c.ofClass(classLeaderFieldSurvey)
		if survey && s.tag(c.verb[0]-1) == "PRP" {
			s.noteDrop(StageDropped, "a field survey told of a pronoun (\"whom he acquainted himself with\"): narration, dropped")
			continue
		}
		if survey && strings.HasPrefix(c.code, "03") {
			c.code = "042" // "went to the power station to learn about …": the purpose of a going is the visit
		}
		if !c.ofClass(classLeaderInspection) && !survey {
			keep = append(keep, c)
			continue
		}
		if !s.homePerson(c.src) {
			s.noteDrop(StageDropped, "inspection by "+c.src.code+" dropped: only the leaders' own inspections at home are visits")
			continue
		}
		if !s.headline && !survey && !strings.HasPrefix(s.norm(c.verb[0]), "inspect") {
			// "Kim Jong Un went round the room devoted to …": a step of the
			// tour the story's lead already reports
			s.noteDrop(StageDropped, "going round inside a story is part of the tour its lead reports: dropped")
			continue
		}
		s.visitsHome(&c, "the leader's inspection at home (the publication's country)")
		keep = append(keep, c)
	}
	return keep
}

// presentS reports whether w looks like a third-person present form: it
// ends in "s" but not in "ss", "us" or "is".
func presentS(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
