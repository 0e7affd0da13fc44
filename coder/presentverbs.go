package coder

// presentAfterNamedSubject mends a present tense the tagger reads as a
// noun right after the actor that ends a sentence's subject: "The
// government and people of Benin support/NN the DPRK government …", "The
// people of Laos fully support/NN the stand of …". A verb of the
// dictionaries tagged NN (or NNS in -s), standing right after an actor
// mention's noun and before "the", with no finite verb
// before it in the sentence, is the sentence's finite verb. Headlines have
// their own reading (headlinegrammar.go).
func (s *sentence) presentAfterNamedSubject() {
	if s.headline {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "NN" && t.Tag != "NNS" || s.at[k] >= 0 || s.at[k-1] < 0 || t.Capitalized() {
			continue
		}
		if p := s.toks[k-1].Tag; p != "NNP" && p != "NNPS" && p != "NNS" {
			continue // "a German/JJ travel company": a modifier, not a subject's end
		}
		if n := s.toks[k+1]; n.Norm != "the" && (s.at[k-1] != 0 || n.Tag != "CD" && n.Norm != "its" && n.Norm != "their") {
			// "the DPRK beat/NN Singapore 1:0": a score, not a stance;
			// after a name that opens the sentence, a number or "its"
			// starts the object too ("Kazakhstan expels/NNS two Kyrgyz
			// diplomats", a lead in a headline's form)
			continue
		}
		if !s.c.lx.singleWordVerb(t.Norm) || t.Tag == "NNS" && !presentS(t.Norm) {
			continue
		}
		if s.finiteBefore(k) {
			return
		}
		if t.Tag == "NNS" {
			t.Tag = "VBZ"
		} else {
			t.Tag = "VBP"
		}
		return
	}
}

// finiteBefore reports whether a finite verb or a modal stands before
// token k.
func (s *sentence) finiteBefore(k int) bool {
	for j := 0; j < k; j++ {
		switch s.toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}
