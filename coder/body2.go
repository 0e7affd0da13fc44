// Readings found on the body2 sample (KCNA sentences inside stories and
// headlines; coder/testdata/kcna-body2-*.jsonl), each a construction counted
// first over the unannotated corpus.

package coder

import (
	"strings"
	"unicode"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// body2Retags corrects two tags the model gets wrong in KCNA's headlines and
// titles:
//
//   - an abbreviated title before a person's name is part of the name, not a
//     verb ("Gift to Secy./VB Kim Jong Il from …", "Floral basket to
//     G.S./VB Kim Jong Il"): it broke the noun phrase after "to", so the
//     headline's addressee and sender were lost;
//   - in a headline with no finite verb that opens with a person's name, a
//     plural noun right after the name that is a verb of the dictionaries
//     is the present tense ("Kim Jong Un Visits/NNS May 11 Factory").
func (s *sentence) body2Retags() {
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
// beside the 018 of the same message ("Message of Condolences to Kim Jong Un
// from Bangladeshi President": the message is a condolence, coded once).
func (s *sentence) condolencesNotPraise(out []candidate) []candidate {
	var keep []candidate
	for _, c := range out {
		dup := false
		if c.code == "051" {
			for _, d := range out {
				if d.code == "018" && d.verb == c.verb && d.src.code == c.src.code && d.tgt.code == c.tgt.code && d.noTarget == c.noTarget {
					dup = true
					s.note("051 " + c.src.code + " → " + c.tgt.code + " dropped: the message is the condolence coded 018")
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

// body2Candidates runs the sentence-level readings of body2.go on the
// candidates before they are settled.
func (s *sentence) body2Candidates(out []candidate) []candidate {
	out = s.condolencesNotPraise(out)
	out = s.senderNounsInHeadlines(out)
	out = s.invertedOwnTarget(out)
	return out
}

// invertedOwnTarget mends a target that lies inside the subject of a KCNA
// inversion of a verb of coming and going: "Meanwhile, arriving was a
// delegation of the European External Action Service headed by …" names no
// place, and the phrase after "was" is the visitor, not its host. The
// arrival is coded toward nobody, as a headline's bare "Arrives"; toward the
// publication's country when "here" follows the verb ("Departing here were
// a delegation of the Chinese People's Association for Friendship with
// Foreign Countries and …", where "for …" belongs to the name). A home
// actor arriving with no place named is no visit, and is dropped.
func (s *sentence) invertedOwnTarget(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p == nil || c.noTarget || !strings.Contains(c.p.subjHow, "(inversion)") || !travelLemmas[c.p.lemma(s)] {
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
			s.note("event dropped: a home actor's arrival with no place is no visit")
			continue
		default:
			s.note("target " + c.tgt.code + " dropped: it is inside the inverted subject")
			c.noTarget = true
			c.tgt = actor{}
		}
		keep = append(keep, c)
	}
	return keep
}

// travelLemmas are the verbs of coming and going that KCNA inverts
// ("Arriving here were …", "Departing here was …").
var travelLemmas = setOf("arrive", "leave", "depart", "return", "come", "fly", "land")

// headlineSenderClasses are the noun classes of 65-kcna-body2.txt that
// read a headline's "X from Y" (gifts, letters, baskets, condolences).
// Inside a story the same nouns are mostly introduced, read out or seen at
// an occasion ("Read out at the ceremony was a message of thanks from …",
// "He received floral baskets from A, B and C"), which names no act of the
// sender's on that day, so their events are kept for headlines only.
// The passive of support with its agent (support_passive_headline: "DPRK's
// Stand Favored by Russian Figure") is a headline's main clause; inside a
// story it is mostly a reduced relative of a background phrase ("the
// declarations supported by all Koreans"), kept for headlines too.
var headlineSenderClasses = setOf("gift_from_sender", "condolences_from_sender", "support_passive_headline")

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
			s.note("event of a headline's sender noun dropped inside a story: " + c.rule)
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// senderNounRule reports whether candidate c was coded by a pattern of a
// class of headlineSenderClasses.
func (s *sentence) senderNounRule(c candidate) bool {
	if c.p == nil {
		return false
	}
	for _, cf := range c.p.cands {
		cls := cf.form.class
		if !headlineSenderClasses[cls.Name] {
			continue
		}
		for _, pt := range cls.Patterns {
			if strings.HasPrefix(c.rule, pt.Pos.String()+" ") && (!hasTargetSlot(pt) || headlinePassiveClasses[cls.Name]) {
				return true
			}
		}
	}
	return false
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
