package coder

import "github.com/demarche-project/demarche/cameo"

// "Kim Yong Nam received the Swedish ambassador and had a talk with him",
// "… received the delegation and had a friendly conversation with them":
// the talk's pronoun is whom the first verb received or met, and talks are
// coded both ways (the guide: reciprocal meetings both ways). The pronoun
// gave the talk no target, so only the host's act was coded.

// pronounMeetings adds the guest's side of a talk "with him/her/them" that
// follows, in the same clause, an act of the same source toward the guest
// (a reception, a meeting, credentials received).
func (s *sentence) pronounMeetings(cands []candidate) []candidate {
	out := cands
	for k := 0; k+1 < len(s.toks); k++ {
		if s.norm(k) != "with" || !pronounGuest(s.norm(k+1)) {
			continue
		}
		if !s.talkBefore(k) {
			continue
		}
		for _, c := range cands {
			if c.p == nil || c.noTarget || c.tgt.weak || cameo.Root(c.code) != "04" || c.verb[1] > k || k >= c.p.hi+8 {
				continue
			}
			if s.hasMeeting(out, c.tgt, c.src) { // meetingadjuncts.go
				continue
			}
			back := c
			back.src, back.tgt = c.tgt, c.src
			back.code, back.class, back.speech = "040", nil, false
			back.rule = "pronounmeetings.go: a talk \"with him\" after receiving him: the meeting both ways"
			out = append(out, back)
		}
	}
	return out
}

func pronounGuest(w string) bool { return w == "him" || w == "her" || w == "them" }

// talkBefore reports whether "with" at k ends "had/held a (friendly) talk",
// "talks", "conversation" or "conversed".
func (s *sentence) talkBefore(k int) bool {
	nouns := s.c.sets.lowered(setAdjunctMeetings)
	j := k - 1
	if j >= 0 && (s.norm(j) == "conversed" || s.norm(j) == "talked") {
		return true
	}
	if j < 0 || !nouns[s.norm(j)] {
		return false
	}
	for j--; j >= 0 && j >= k-5; j-- {
		switch s.norm(j) {
		case "had", "held", "have", "hold":
			return true
		}
	}
	return false
}
