// Targets of stance acts and accusations named away from their verb: an
// object named by "its" or "our" in a statement's content, a predicate
// coordinated inside the content, the antecedent of a relative clause,
// the place a visit was to go to.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

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

// possessiveLead are the words that may stand between a verb and the
// possessive of its object: "fired on one of its patrols", "shelled its
// positions", "attacked two of its vessels".
var possessiveLead = setOf("on", "at", "against", "upon", "into", "one", "two", "three", "several", "some", "many", "of", "a", "number")

// pluralPhrase reports whether an actor's phrase ends in a plural noun
// ("Venezuelan soldiers", "Armenian forces").
func (s *sentence) pluralPhrase(a actor) bool {
	return a.j > a.i && a.j <= len(s.toks) && (s.tag(a.j-1) == "NNS" || s.tag(a.j-1) == "NNPS")
}

// coordinatedContentTarget retargets a statement about the speaker's own
// country to the other country named by a predicate coordinated inside its
// content: "Beijing said that the airship belonged to a Chinese company
// and had drifted into US airspace" is about the United States. Only a
// predicate that keeps the reported tense (a perfect, a modal, "was") is
// read as the content's: "said … and urged Washington to …" is the
// speaker's second act.
func (s *sentence) coordinatedContentTarget(c *candidate) {
	e := c.content[1]
	if c.p == nil || e <= c.content[0] || e >= len(s.toks) || (s.norm(e) != "and" && s.norm(e) != "but") {
		return
	}
	k := e + 1
	for k < len(s.toks) && isAdvTag(s.tag(k)) {
		k++
	}
	switch w := s.norm(k); {
	case haveForms[w] || w == "was" || w == "were" || s.tag(k) == "MD":
	default:
		return
	}
	end := len(s.toks)
	for j := k; j < len(s.toks); j++ {
		if w := s.norm(j); w == ";" || w == ":" || w == "," && s.trailingAttribution(j) {
			end = j
			break
		}
	}
	cc := *c
	cc.content = [2]int{e + 1, end}
	s.foreignContentTarget(&cc)
	if !cc.noTarget && demarche.Country(cc.tgt.code) != demarche.Country(c.src.code) {
		s.note("\"" + s.norm(e) + " " + s.norm(k) + "\": a predicate of the content, whose other country is the statement's target")
		c.tgt, c.noTarget = cc.tgt, false
	}
}

// perfectGroup returns the finite clause of a perfect tense whose "have"
// stands at j, before k ("Washington had overreacted and seriously
// violated …": the second verb shares the subject of "had overreacted",
// not that of "said" before it), with its subject found; nil when no
// participle follows the "have" or the clause has no subject.
func (s *sentence) perfectGroup(j, k int, all []*pred) *pred {
	v := j + 1
	for v < k && isAdvTag(s.tag(v)) {
		v++
	}
	if v >= k || s.tag(v) != "VBN" || beForms[s.norm(v)] {
		return nil
	}
	return s.verbWithSubject(v, all)
}

// relativePronounSubjects are the subjects of a relative clause whose
// relative pronoun is left out or kept: "two diplomats (whom) it accused
// of spying".
var relativePronounSubjects = setOf("it", "they", "he", "she", "we")

// relativeAccusedTargets gives an accusation made in a relative clause
// its antecedent as target: "expelled two Ethiopian diplomats it accused
// of gathering information" accuses the diplomats (ETH), whose phrase
// stands before the clause's pronoun subject (and the relative pronoun,
// when there is one).
func (s *sentence) relativeAccusedTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "11") || !c.noTarget || c.p == nil || c.p.noun {
			continue
		}
		v := c.p.v
		if s.norm(c.p.vend) != "of" || v < 2 || !relativePronounSubjects[s.norm(v-1)] {
			continue
		}
		end := v - 1
		if w := s.norm(end - 1); w == "whom" || w == "who" || w == "that" {
			end--
		}
		if end < 1 || !isNounTag(s.tag(end-1)) {
			continue
		}
		acts := s.actorsIn(s.npStartLeft(end), end, true)
		if len(acts) == 0 {
			continue
		}
		a := acts[len(acts)-1]
		if a.code == "" || demarche.Country(a.code) == "" || demarche.Country(a.code) == demarche.Country(c.src.code) {
			continue
		}
		c.tgt, c.noTarget = a, false
		s.note("\"" + s.norm(v-1) + " " + s.norm(v) + " of\": a relative clause; the accused are its antecedent, " + a.code)
	}
}

// setVisitNouns names the word set VISIT_NOUNS
// (dict/data/06-analysis-words.txt), whose words are the nouns of a visit
// that a reduction of relations (16) calls off or puts off.
const setVisitNouns = "VISIT_NOUNS"

// visitPlaceTargets gives a visit called off or put off with no target the
// country of the place it was to go to, when the gazetteer knows the
// place and it is abroad: "called off a scheduled trip to Yangon" is
// toward Myanmar, as "to Naypyidaw" would be.
func (s *sentence) visitPlaceTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "16") || !c.noTarget || c.p == nil || c.p.noun {
			continue
		}
		hi := c.p.hi
		if hi > len(s.toks) {
			hi = len(s.toks)
		}
		for k := c.p.vend; k+2 < hi; k++ {
			if !s.c.sets.lowered(setVisitNouns)[s.norm(k)] {
				continue
			}
			if s.norm(k+1) != "to" {
				break
			}
			cc := s.placeCountryAt(k + 2)
			if cc == "" || cc == demarche.Country(c.src.code) {
				break
			}
			c.tgt, c.noTarget = actor{code: cc, i: k + 2, j: k + 3, located: true}, false
			s.note("\"" + s.norm(k) + " to " + s.norm(k+2) + "\": the visit was to go to " + cc)
			break
		}
	}
}
