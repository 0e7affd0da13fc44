package coder

import "strings"

// setNeedingVerbs names the word set NEEDING_VERBS
// (dict/data/97-ungd-precision2.txt).
const setNeedingVerbs = "NEEDING_VERBS"

// neededActs reads the act in the infinitive after "need X to", "expect X
// to", "want X to" as X's, not the needing subject's: "we need the United
// Nations to assist us", "we expect the international community to join
// hands with us", "we need collective action to stop all conflicts". The
// coder took the act as the speaker's (aid, support, cooperation, force
// of the speaker). Asking another to act is an appeal (020, CAMEO's "make
// an appeal or request"): toward X when X names an actor, toward `---`
// when X is one of the unnamed addressees of an appeal ("everyone", "our
// partners"); with an abstract X ("more investment to come", "a global
// response to guarantee liquidity") the sentence states a need, and the
// UN sets' annotators code needs and normative sentences as none. An
// appeal read already (02x) is left as it is.
func (s *sentence) neededActs(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p == nil || c.p.noun || strings.HasPrefix(c.code, "02") {
			keep = append(keep, c)
			continue
		}
		need, to := s.neededBy(c.verb[0])
		if need < 0 || c.src.j > need || c.src.i < 0 {
			keep = append(keep, c)
			continue
		}
		tgts, _ := s.targetSearch(need+1, to, [2]int{-1, -1})
		switch {
		case len(tgts) > 0:
			c.code, c.tgt, c.noTarget = "020", tgts[0], false
			c.rule = "coder: an act needed of another (\"" + s.norm(need) + " X to\"), an appeal to X (neededacts.go)"
			s.note("the act after \"" + s.norm(need) + " X to\" is X's: an appeal to X (neededacts.go)")
		case s.addresseePhrase(need+1, to):
			c.code, c.noTarget = "020", true
			c.tgt = actor{}
			c.rule = "coder: an act needed of unnamed others (\"" + s.norm(need) + " X to\"), an appeal (neededacts.go)"
			s.note("the act after \"" + s.norm(need) + " X to\" is unnamed others': an appeal to no one named (neededacts.go)")
		default:
			s.noteDrop(StageDropped, "dropped: the act after \""+s.norm(need)+" X to\" is a need stated, no event (neededacts.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// neededBy finds, before the verb at v, "to" and before it a phrase of at
// most eight tokens with no verb in it and a noun or a pronoun, itself
// after a verb of needing:
// the needing verb's index and the index of "to" (-1 when there is none).
func (s *sentence) neededBy(v int) (int, int) {
	k := v - 1
	for k >= 0 && isAdvTag(s.tag(k)) {
		k--
	}
	if k < 2 || s.norm(k) != "to" {
		return -1, -1
	}
	to := k
	for k = to - 1; k >= 0 && k >= to-9; k-- {
		t := s.tag(k)
		if s.c.sets.lowered(setNeedingVerbs)[s.norm(k)] && strings.HasPrefix(t, "VB") {
			for j := k + 1; j < to; j++ {
				if t := s.tag(j); isNounTag(t) || t == "PRP" {
					return k, to
				}
			}
			// "we need to act", "I want especially to commend him": the
			// subject's own act
			return -1, -1
		}
		if strings.HasPrefix(t, "VB") || t == "MD" || t == "TO" || t == "," || t == ":" || s.norm(k) == "that" || s.norm(k) == "which" || s.norm(k) == "who" {
			return -1, -1
		}
	}
	return -1, -1
}

// addresseePhrase reports whether the tokens [i, j) are one of the unnamed
// addressees of an appeal (the ADDRESSEES set: "everyone", "our partners",
// "the international community").
func (s *sentence) addresseePhrase(i, j int) bool {
	var w []string
	for k := i; k < j; k++ {
		w = append(w, s.norm(k))
	}
	return s.c.sets.lowered(setAddressees)[strings.ToLower(strings.Join(w, " "))]
}
