// Headline grammar found on the kcna-heads sample (KCNA headlines of
// 1997–2014, coder/testdata/kcna-heads-*.jsonl), each construction counted
// first over the whole headline corpus.

package coder

import (
	"sync"

	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

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
// first word in -s after a noun that is a verb of the
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
		if t.Tag != "NNS" || !presentS(t.Norm) || s.mentionAt(k) != nil {
			continue
		}
		if p := s.toks[k-1].Tag; p != "NN" && p != "NNP" && p != "NNS" && p != "NNPS" {
			continue
		}
		if prev := s.toks[k-1]; !prev.Capitalized() && s.c.lx.singleWordVerb(prev.Norm) {
			continue // "DPRK and UNICEF sign/NN plans for …": the verb is before
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

// setHomeOffices names the knowledge's set of offices that a headline of a
// publication with a home country names bare, at its start, for its own
// country's holder: KCNA's "FM Meets Bulgarian Ambassador", "Foreign
// Ministry Spokesman on …", "Vice-Premier Meets President of AIPH".
const setHomeOffices = "HOME_OFFICES"

// homeOffices caches the actor phrase of each home country's government.
var homeOffices sync.Map // code → *dict.ActorPhrase

// homeOfficeAt reads an office of HOME_OFFICES that opens a headline of a
// publication with a home country as that country's government (GOV),
// unless the office is followed by its holder's name or its own
// complement ("Premier Pak Pong Ju …", "Foreign Minister of Guatemala",
// "Premier Soccer League"): then the rest of the phrase names who it is.
func (s *sentence) homeOfficeAt(i int) *mention {
	if i != 0 || !s.headline || s.doc.home == "" || len(s.toks) < 3 {
		return nil
	}
	n := s.setPhraseAt(0, len(s.toks), setHomeOffices)
	if n == 0 || n+1 >= len(s.toks) {
		return nil
	}
	next := s.toks[n]
	switch next.Norm {
	case "of", "for", "to", "'s", "'", "-", "and", ",", "in", "at":
		return nil
	}
	if next.Capitalized() && next.IsWord() && !s.c.lx.singleWordVerb(next.Norm) && s.c.lx.forms[next.Norm] == nil && next.Norm != "on" {
		return nil
	}
	code := s.doc.home + "GOV"
	a, ok := homeOffices.Load(code)
	if !ok {
		a, _ = homeOffices.LoadOrStore(code, &dict.ActorPhrase{Kind: dict.KindOrg, Code: code, Pos: dict.Pos{File: "coder: an office of HOME_OFFICES opening a headline, the publication's country's"}})
	}
	return &mention{i: 0, j: n, actor: a.(*dict.ActorPhrase)}
}
