// Wire targets at home and names that are not their country: the second
// wire pass (dict/data/62-wire-targets.txt).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// geoFeatures are the capitalised nouns after a country's name or
// adjective that make the pair a sea or a strait, not the country: "the
// South China Sea", "the Indian Ocean", "the Taiwan Strait".
var geoFeatures = setOf("sea", "ocean", "strait", "straits")

// geographicName reports whether a name or adjective mention is part of a
// sea's or strait's name ("the South China Sea"): it names no actor.
func (s *sentence) geographicName(m *mention) bool {
	if m.actor == nil || m.j >= len(s.toks) {
		return false
	}
	return geoFeatures[s.norm(m.j)] && s.toks[m.j].Capitalized()
}

// attitudeCompound reports whether a mention is the second half of an
// "anti-" or "pro-" compound ("anti-Israeli demonstrators", "pro-Russian
// separatists"): the country is what the phrase is for or against, never
// whose the phrase is.
func (s *sentence) attitudeCompound(m *mention) bool {
	if m.i < 2 || s.norm(m.i-1) != "-" {
		return false
	}
	w := s.norm(m.i - 2)
	return w == "anti" || w == "pro"
}

// homeTargetSectors are the sectors of a source that acts at home on the
// generic persons and groups it arrests, bans and sentences.
var homeTargetSectors = setOf("GOV", "COP", "JUD")

// wireHomeTargets gives the arrests, bans, sentences and other coercion
// (CAMEO 17, 116) of a state organ acting at home in wire news a generic
// target of its own country when the sentence names no actor of another
// country: "Chinese authorities sentenced a prominent human rights lawyer",
// "Russia banned the country's largest opposition party", "soldiers in
// Conakry detained the president at a military camp". The source is a
// state, its government, police or courts, or a generic one the
// sentence's place locates (its armed forces at home).
func (s *sentence) wireHomeTargets(out []candidate) {
	if s.doc.home != "" || s.doc.speaker != "" {
		return
	}
	for i := range out {
		c := &out[i]
		if c.speech || c.src.weak || !(cameo.Root(c.code) == "17" || strings.HasPrefix(c.code, "116")) {
			continue
		}
		if !c.noTarget && c.tgt.code != "" && !strings.HasPrefix(c.tgt.code, sectorOnly) {
			continue
		}
		home := demarche.Country(c.src.code)
		if len(home) != 3 || home == "IGO" || home == demarche.NoActor || strings.HasPrefix(c.src.code, sectorOnly) {
			continue
		}
		sec := ""
		if len(c.src.code) >= 6 {
			sec = c.src.code[3:6]
		}
		if !(len(c.src.code) == 3 || homeTargetSectors[sec] || c.src.located) || s.otherCountryNamed(home) {
			continue
		}
		m := s.homeObject(c.verb[1])
		if m == nil || s.foreignMarked(actor{i: m.i, j: m.j}) {
			continue
		}
		c.tgt = actor{code: home + m.sector.Sector, i: m.i, j: m.j,
			note: "\"" + s.norm(m.j-1) + "\" " + m.sector.Sector + ": a generic target of a state acting at home (its country)"}
		c.noTarget = false
	}
}

// homeObject returns the sector mention heading the object after a verb
// ending at vend ("a prominent human rights lawyer", "the country's
// largest opposition party", "the president at a military camp"), or nil.
func (s *sentence) homeObject(vend int) *mention {
	var found *mention
	for k := vend; k < len(s.toks) && k < vend+9; k++ {
		if m := s.mentionAt(k); m != nil {
			if m.actor != nil || m.person != nil || m.sector == nil {
				return found // "the president Alpha Conde", or an actor of its own
			}
			found = m
			k = m.j - 1
			continue
		}
		w, t := s.norm(k), s.tag(k)
		if w == "of" && found != nil {
			return found // "the leader of the main opposition party": the leader
		}
		if w == "country" || w == "nation" || t == "POS" || w == "the" || w == "a" || w == "an" ||
			isAdjTag(t) || t == "CD" || t == "NN" || t == "NNS" || t == "VBN" || w == "-" || w == "of" {
			continue
		}
		break
	}
	return found
}
