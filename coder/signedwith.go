// An agreement signed with a partner is signed by both.

package coder

import "github.com/demarche-project/demarche/cameo"

// signedWith adds, beside each signing of an agreement (057) whose target
// is the partner named after "with" ("we signed an agreement with
// Uzbekistan", "Israel signed agreements with the United Arab Emirates and
// Bahrain", "concluded a deal with the International Monetary Fund"), the
// partner's own signing toward the subject: the guide codes signing a
// document both ways, as coordinated signers already are ("Japan and
// Australia signed …"). It returns the candidates with those added.
//
// Only in a government's own statement (the UN files, where the speaker
// reports its own signings as done; in KCNA the construction is mostly
// other sides' hypothetical or past deals, whose one-way reading is already
// doubtful), and only for the verbs of a joint act (JOINT_SIGNING_VERBS):
// ratifying or adopting an agreement "with" someone is one side's act.
func (s *sentence) signedWith(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	joint := s.c.sets.lowered(setJointSigningVerbs)
	n := len(cands)
	for i := 0; i < n; i++ {
		c := cands[i]
		if c.code != "057" || c.noTarget || c.tgt.code == "" || c.tgt.code == "---" || c.src.code == "" || c.tgt.code == c.src.code {
			continue
		}
		if c.class == nil || c.class.Name != "sign" || !joint[s.lemmaAt(c.verb[0])] || !s.withPartner(c.verb[1], c.tgt.i) {
			continue
		}
		if s.holds(cands, c.code, c.tgt.code, c.src.code) || s.holdsRoot(cands, cameo.Root(c.code), c.tgt.code, c.src.code) {
			continue
		}
		r := c
		r.src, r.tgt = c.tgt, c.src
		r.rule = c.rule + " (signed with a partner: both ways, signedwith.go)"
		cands = append(cands, r)
	}
	return cands
}

// withPartner reports whether the actor at t stands in a "with" phrase
// after the verb ending at from: "with" before it, with only the words of
// the partners' list between ("with the United States and Canada").
func (s *sentence) withPartner(from, t int) bool {
	for k := t - 1; k >= from && k >= t-12; k-- {
		switch w := s.norm(k); {
		case w == "with":
			return true
		case w == "and" || w == "," || w == "of" || s.tag(k) == "DT" || s.tag(k) == "NNP" || s.tag(k) == "NNPS" || isAdjTag(s.tag(k)) || s.mentionAt(k) != nil:
			// the partners' names and their heads ("the government of Laos")
		default:
			return false
		}
	}
	return false
}

// holdsRoot reports whether cands already hold an event of that root from
// src to dst.
func (s *sentence) holdsRoot(cands []candidate, root, src, dst string) bool {
	for _, h := range cands {
		if cameo.Root(h.code) == root && h.src.code == src && h.tgt.code == dst {
			return true
		}
	}
	return false
}

// setJointSigningVerbs names the word set JOINT_SIGNING_VERBS
// (dict/data/99-ungd-targets.txt): the verbs of signing that both parties
// do ("sign", "conclude"), unlike "ratify" or "adopt".
const setJointSigningVerbs = "JOINT_SIGNING_VERBS"
