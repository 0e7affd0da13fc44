// The third stance pass: readings that the stance arcs' wire reports need
// (tuned on arcs A–D and the third breadth tranche; see
// coder/testdata/README.md, "Stance arcs and stance breadth").

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// coordinatedPasts retags as a past tense the participle that follows the
// sentence's opening noun phrase and takes an object, when the sentence's
// first finite verb is a past tense coordinated with it: "Norway
// summoned/VBN China's ambassador on Friday and called/VBD off the talks"
// has two verbs under one subject, both finite.
func (s *sentence) coordinatedPasts() {
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "VBN" || !isNounTag(s.tag(k-1)) || s.chainLeft(k) != 0 || !s.startsNP(k+1) || s.tag(k+1) == "IN" {
			continue
		}
		for j := k + 1; j < len(s.toks); j++ {
			if !s.finiteVerbAt(j) && s.tag(j) != "MD" {
				continue
			}
			c := j - 1
			for c > k && isAdvTag(s.tag(c)) {
				c--
			}
			if s.tag(j) == "VBD" && (s.norm(c) == "and" || s.norm(c) == "but") {
				t.Tag = "VBD"
			}
			break
		}
		return // only the first verb after the opening noun phrase
	}
}

// possessiveLead are the words that may stand between a verb and the
// possessive of its object: "fired on one of its patrols", "shelled its
// positions", "attacked two of its vessels".
var possessiveLead = setOf("on", "at", "against", "upon", "into", "one", "two", "three", "several", "some", "many", "of", "a", "number")

// speakerPossessives gives an act reported in a statement's content, whose
// object is named by "its" or "our" and no country, the speaker as its
// target: "Guyana's defence force said that Venezuelan soldiers had opened
// fire on one of its patrols" → VEN → GUY. The possessive cannot be the
// reported actor's own when that one is of another country than the
// speaker and not named by a singular noun alone ("its own" is left out).
func (s *sentence) speakerPossessives(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || c.speech || c.p == nil || stanceCodes[c.code] || strings.HasPrefix(c.code, "01") {
			continue
		}
		k := c.p.vend
		for k < len(s.toks) && k < c.p.vend+4 && possessiveLead[s.norm(k)] {
			k++
		}
		if w := s.norm(k); w != "its" && w != "our" || s.norm(k+1) == "own" || s.mentionAt(k+1) != nil {
			continue
		}
		if s.norm(k) == "its" && !s.pluralPhrase(c.src) && !s.firedBy(c.src) {
			continue // "a Mauritanian vessel had fired on its …": whose, is not said
		}
		for j := range out {
			sp := &out[j]
			if !sp.speech || sp.p == nil || sp.p.v >= c.p.v || sp.noTarget && sp.src.code == "" {
				continue
			}
			if lo, hi := sp.content[0], sp.content[1]; hi > lo && (c.p.v < lo || c.p.v >= hi) {
				continue
			}
			if demarche.Country(sp.src.code) == demarche.Country(c.src.code) || demarche.Country(sp.src.code) == "" {
				continue
			}
			c.tgt, c.noTarget = sp.src, false
			s.note("\"" + s.norm(k) + " " + s.norm(k+1) + "\": the speaker's own, " + sp.src.code + " (\"" + s.norm(sp.p.v) + "\")")
			break
		}
	}
}

// pluralPhrase reports whether an actor's phrase ends in a plural noun
// ("Venezuelan soldiers", "Armenian forces").
func (s *sentence) pluralPhrase(a actor) bool {
	return a.j > a.i && a.j <= len(s.toks) && (s.tag(a.j-1) == "NNS" || s.tag(a.j-1) == "NNPS")
}
