// KCNA acts left silent, second pass (99-kcna-acts2.txt): the moods in
// which a negated verb is a refusal.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
)

// refusalMood reports whether a negated verb group states a refusal, so
// that a class's `refuse` code applies: "will not give in", "would not
// apologise", and the refusals of ability KCNA writes of wrongs ("the DPRK
// can never tolerate Japan's moves", "can not overlook", "can't pardon").
// "Could not" stays a past inability or a hypothesis.
func refusalMood(g verbGroup) bool {
	return g.future || g.hypo == "would" || g.hypo == "will" || g.hypo == "can" || g.hypo == "ca"
}

// classToleratedRefused is the verb class of a wrong its author will not
// put up with ("the DPRK will never pardon …", 99-kcna-acts2.txt).
const classToleratedRefused = "tolerate_refused"

// classCommitViolence is the verb class of violence committed against a
// named victim ("committing atrocities against the Palestinians",
// 99-kcna-acts2.txt).
const classCommitViolence = "commit_violence"

// refusedWrongs keeps the criticism of a refused wrong (111) only toward
// the wrong's author: with no author named ("will never pardon anyone
// who …") or with the speaker's own side as the only actor of the object
// ("the KPA will never pardon any provocation against the DPRK", "the
// DPRK will never tolerate anyone insulting its people"), the refusal
// names nobody it criticises, and it is dropped. A people's refusal of
// its own government ("the south Koreans will never pardon the puppet
// group") is criticism of that government and stays. Violence committed
// whose victim the dictionaries do not name ("atrocities against Koreans"
// in narration of the occupation) is dropped as well.
func (s *sentence) refusedWrongs(cands []candidate) []candidate {
	out := cands[:0:0]
	for _, c := range cands {
		if c.class != nil && c.class.Name == classCommitViolence && (c.noTarget || c.tgt.code == demarche.NoActor || strings.HasPrefix(c.tgt.code, sectorOnly)) {
			s.noteDrop(StageDropped, fmt.Sprintf("%s %s dropped: violence with no victim named", c.src.code, c.code))
			continue
		}
		if c.class == nil || c.class.Name != classToleratedRefused || c.code != "111" {
			out = append(out, c)
			continue
		}
		if c.noTarget || c.tgt.code == demarche.NoActor || strings.HasPrefix(c.tgt.code, sectorOnly) {
			s.noteDrop(StageDropped, fmt.Sprintf("%s %s dropped: a refused wrong with no author named", c.src.code, c.code))
			continue
		}
		src, tgt := demarche.Country(c.src.code), demarche.Country(c.tgt.code)
		if src == tgt && (src == "PRK" || c.src.code == c.tgt.code || !refusedAuthorities[sectorOf(c.tgt.code)]) {
			s.noteDrop(StageDropped, fmt.Sprintf("%s → %s %s dropped: the refused wrong is against the source's own side", c.src.code, c.tgt.code, c.code))
			continue
		}
		out = append(out, c)
	}
	return out
}

// refusedAuthorities are the sectors of a country's own authorities that
// its people can refuse to pardon.
var refusedAuthorities = map[string]bool{"GOV": true, "PTY": true, "MIL": true, "LEG": true, "JUD": true, "COP": true}

// sectorOf returns the first sector of an actor code (the three letters
// after its country), or "".
func sectorOf(code string) string {
	if len(code) >= 6 {
		return code[3:6]
	}
	return ""
}

// adjunctContentTargets returns the target of a statement whose content
// names it only in a non-finite clause the content ends before: an
// infinitive of purpose ("declared that it would launch a sacred war to
// make a clean sweep of traitor Lee Myung Bak") or a participle of time or
// means ("said that he won renown while he led the party"). The
// content is read on to the end of the sentence's clause (up to ";", ":",
// "but", "whereas", or a participle after a comma that tells more of the
// speaker: ", adding …"), and only an actor of another country than the
// speaker's is taken; the content then covers that clause.
func (s *sentence) adjunctContentTargets(c *candidate) []actor {
	a := c.content[0]
	if a < c.verb[1] || a >= len(s.toks) || c.content[1] >= len(s.toks) {
		return nil // a content before the verb (", X said") is whole
	}
	end := c.content[1]
	for ; end < len(s.toks); end++ {
		w := s.norm(end)
		if w == ";" || w == ":" || w == "but" || w == "whereas" ||
			w == "," && end+1 < len(s.toks) && s.tag(end+1) == "VBG" {
			break
		}
	}
	if end <= c.content[1] {
		return nil
	}
	cc := *c
	cc.content = [2]int{a, end}
	tgts := s.statementTargets(cc)
	if len(tgts) == 0 || strings.HasPrefix(tgts[0].code, sectorOnly) || demarche.Country(tgts[0].code) == demarche.Country(c.src.code) {
		return nil
	}
	c.content = cc.content
	if s.hasSetPhrase(cc.content[0], cc.content[1], setDefendedRights) {
		c.code, c.rule = "052", c.rule+" (a right defended in its content)"
	}
	return tgts[:1]
}

// setDefendedRights names the phrases of a content that defends another
// side's right ("no country has the right to interfere in …", "a
// legitimate right"; 99-kcna-acts2.txt).
const setDefendedRights = "DEFENDED_RIGHTS"

// hasSetPhrase reports whether a phrase of the named set starts in [a, b).
func (s *sentence) hasSetPhrase(a, b int, set string) bool {
	for k := a; k < b; k++ {
		if s.setPhraseAt(k, b, set) > 0 {
			return true
		}
	}
	return false
}

// compositionParticiples retags as a participle the "made" of "made up of"
// (and "composed of", "comprised of") that the tagger read as a past tense
// after a noun when a finite verb follows: "a delegation of the Guinean
// People's Assembly made up of its general secretary and members of its
// leadership paid a condolatory visit …" tells of what the delegation is
// made of; its act is the later verb, and its subject is the delegation.
func (s *sentence) compositionParticiples() {
	for k := 1; k+2 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "VBD" {
			continue
		}
		switch {
		case t.Norm == "made" && s.norm(k+1) == "up" && s.norm(k+2) == "of":
		case (t.Norm == "composed" || t.Norm == "comprised") && s.norm(k+1) == "of":
		default:
			continue
		}
		if p := s.tag(k - 1); !strings.HasPrefix(p, "NN") && p != "-RRB-" && p != ")" {
			continue
		}
		for j := k + 2; j < len(s.toks); j++ {
			if w := s.norm(j); w == ";" || w == ":" {
				break
			}
			if tg := s.tag(j); tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" {
				t.Tag = "VBN"
				break
			}
			if s.tag(j) == "VBN" && j+1 < len(s.toks) && (s.tag(j+1) == "DT" || s.tag(j+1) == "PRP$") && !compositionAux[s.norm(j-1)] {
				// "… made up of X and members of its committees paid/VBN
				// a visit": the later participle with an object is the
				// clause's past tense
				t.Tag, s.toks[j].Tag = "VBN", "VBD"
				break
			}
		}
	}
}

// compositionAux are the auxiliaries before a participle that keep it one.
var compositionAux = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"has": true, "have": true, "had": true}
