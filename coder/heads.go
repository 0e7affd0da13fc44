// Headline grammar found on the kcna-heads sample (KCNA headlines of
// 1997–2014, coder/testdata/kcna-heads-*.jsonl), each construction counted
// first over the whole headline corpus.

package coder

import "github.com/demarche-project/demarche/nlp"

// setHeadlinePlurals names the knowledge's set of plural nouns that KCNA
// headlines use in title case and that are also verbs of the dictionaries
// ("War Moves", "Joint Exercises", "Congratulatory Messages"): never the
// present tense of a headline.
const setHeadlinePlurals = "HEADLINE_PLURALS"

// headsRetags reads the present tense of a verbless headline: the tagger,
// given the headline's words in lower case, takes a verb in -s after the
// subject for a plural noun ("DPRK Minister of Public Health Leaves/NNS
// for Nepal", "National Meeting Marks/NNS Day of KPA", "Syrian PM
// Supports/NNS Revolutionary Cause …"), so the headline kept no verb. The
// first capitalised word in -s after a noun that is a verb of the
// dictionaries, is no actor's name and is not one of the headline plurals
// is the finite verb.
func (s *sentence) headsRetags() {
	if !s.headline {
		return
	}
	for _, t := range s.toks {
		if s.finiteTag(t.Tag) && !s.loweredName(t) {
			return
		}
	}
	plurals := s.c.sets.lowered(setHeadlinePlurals)
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "NNS" || !t.Capitalized() || !presentS(t.Norm) || s.mentionAt(k) != nil {
			continue
		}
		if p := s.toks[k-1].Tag; p != "NN" && p != "NNP" && p != "NNS" && p != "NNPS" {
			continue
		}
		next := &s.toks[k+1]
		if n := next.Tag; n == "VBN" || n == "VBD" || n == ":" || n == "," || n == "CC" || n == "POS" {
			continue // "Joint Exercises Staged", "Talks, Meetings …"
		}
		if plurals[t.Norm] || !s.c.lx.singleWordVerb(t.Norm) {
			continue
		}
		t.Tag = "VBZ"
		if s.finiteTag(next.Tag) || next.Tag == "VB" {
			next.Tag = "NNP" // "Visits/NNS Mangyongdae/VBP", "Sends/NNS Wreath/VBP"
		}
		return
	}
}

// loweredName reports whether a token the tagger read as a finite verb is a
// capitalised word that is no verb of the dictionaries: given in lower case
// to the tagger, an unknown name or noun of a title-case headline
// ("Mangyongdae", "Wreath") can come out as a present tense.
func (s *sentence) loweredName(t nlp.Token) bool {
	return (t.Tag == "VBP" || t.Tag == "VB") && t.Capitalized() && !s.c.lx.singleWordVerb(t.Norm) && s.c.lx.forms[t.Norm] == nil
}
