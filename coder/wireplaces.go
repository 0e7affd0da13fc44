// Places in wire news: targets at home, names that are not their country
// (seas, straits), places left or come from, and the two sides of "clashes
// (talks) between X and Y" (dict/data/62-wire-targets.txt).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// setGeoFeatures names the word set GEO_FEATURES
// (dict/data/06-analysis-words.txt), whose words are the capitalised nouns
// after a country's name or adjective that make the pair a sea or a strait,
// not the country: "the South China Sea", "the Indian Ocean", "the Taiwan
// Strait".
const setGeoFeatures = "GEO_FEATURES"

// setGeoPrefixes names the word set GEO_PREFIXES
// (dict/data/06-analysis-words.txt), whose words are the capitalised nouns
// before a country's name that make it a gulf, a bay or a lake: "the Gulf
// of Guinea", "Lake Chad".
const setGeoPrefixes = "GEO_PREFIXES"

// geographicName reports whether a name or adjective mention is part of a
// sea's, strait's, gulf's, basin's or lake's name ("the South China Sea",
// "the Gulf of Guinea", "Lake Chad"): it names no actor. Found on the
// General Debate corpus, where "the Lake Chad Basin" and "piracy in the Gulf
// of Guinea" gave targets of Chad and Guinea.
func (s *sentence) geographicName(m *mention) bool {
	if m.actor == nil {
		return false
	}
	if m.j < len(s.toks) && s.c.sets.lowered(setGeoFeatures)[s.norm(m.j)] && s.toks[m.j].Capitalized() {
		return true
	}
	pre := s.c.sets.lowered(setGeoPrefixes)
	k := m.i - 1
	if k >= 0 && s.norm(k) == "of" {
		k-- // "the Gulf of Guinea"; "Lake" stands right before its name
	} else if k >= 0 && s.norm(k) != "lake" {
		return false
	}
	return k >= 0 && pre[s.norm(k)] && s.toks[k].Capitalized()
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
		if w == "country" || w == "nation" || t == "POS" || t == "DT" || t == "PDT" ||
			isAdjTag(t) || t == "CD" || t == "NN" || t == "NNS" || t == "VBN" || w == "-" || w == "of" {
			continue
		}
		break
	}
	return found
}

// placeFromPreps introduce the place an act leaves or comes from.
var placeFromPreps = setOf("from", "of", "near", "in")

// wirePlaceTargets gives a military withdrawal (087, 0874) or a push-back
// of migrants (174) without a target of another country the country of
// the place it leaves or they come from: "withdrew from the city of
// Kherson" → UKR, "pushed back migrants trying to cross from Belarus" →
// BLR.
func (s *sentence) wirePlaceTargets(out []candidate) {
	if s.doc.home != "" || s.doc.speaker != "" {
		return
	}
	for i := range out {
		c := &out[i]
		if !(c.code == "087" || c.code == "0874" || c.code == "174") || c.speech {
			continue
		}
		src := demarche.Country(c.src.code)
		if !c.noTarget && c.tgt.code != "" && !strings.HasPrefix(c.tgt.code, sectorOnly) && demarche.Country(c.tgt.code) != src {
			continue
		}
		for k := c.verb[1]; k+1 < len(s.toks) && k < c.verb[1]+12; k++ {
			w := s.norm(k)
			if w == "," || w == ";" {
				break
			}
			if !placeFromPreps[w] {
				continue
			}
			if pc := s.placeCountryAt(k + 1); pc != "" && pc != src {
				c.tgt = actor{code: pc, i: k + 1, j: k + 2, note: "the country of the place left or come from"}
				c.noTarget = false
				break
			}
		}
	}
}

// setNominalFights and setNominalTalks name the word sets NOMINAL_FIGHTS
// and NOMINAL_TALKS (dict/data/06-analysis-words.txt): the event nouns
// that name two sides with "between X and Y" as the subject of a wire
// report: "clashes between police and protesters in Dhaka left five dead",
// "talks between Ethiopia and Egypt ended without agreement".
const (
	setNominalFights = "NOMINAL_FIGHTS"
	setNominalTalks  = "NOMINAL_TALKS"
)

// nominalSideEnds end the second side of "between X and Y".
var nominalSideEnds = setOf("in", "near", "at", "on", "over", "along", "across", "outside", "inside", "around", "since", "after", "for", "that", "which", "who")

// nominalSides codes the two-sided event nouns that open a wire sentence
// ("Heavy fighting between Armenian and Azerbaijani troops broke out …"):
// a fight (190) each way, a crowd's clashes with its own police or troops
// a riot (145) by the crowd, talks (040) each way. A side without a
// country takes the one country of the sentence's places, else the other
// side's ("fighting between the army and Islamist insurgents in northern
// Mozambique").
func (s *sentence) nominalSides(out []candidate) []candidate {
	if s.doc.home != "" || s.doc.speaker != "" || s.headline {
		return out
	}
	for k := 0; k+3 < len(s.toks) && k < 4; k++ {
		w := s.norm(k)
		if !(s.c.sets.lowered(setNominalFights)[w] || s.c.sets.lowered(setNominalTalks)[w]) || s.norm(k+1) != "between" {
			if w == "the" || isAdjTag(s.tag(k)) || s.toks[k].Capitalized() && !s.c.sets.lowered(setNominalFights)[w] && !s.c.sets.lowered(setNominalTalks)[w] {
				continue
			}
			return out
		}
		return append(out, s.nominalSidesAt(k)...)
	}
	return out
}

// nominalSidesAt codes the two sides of the event noun at k, followed by
// "between" (coder/wireprose.go calls it for the nouns inside a sentence), or
// returns nil.
func (s *sentence) nominalSidesAt(k int) []candidate {
	w := s.norm(k)
	var out []candidate
	and := -1
	for j := k + 2; j < len(s.toks) && j < k+12; j++ {
		if s.norm(j) == "and" {
			and = j
			break
		}
	}
	if and < 0 {
		return nil
	}
	end := and + 1
	for end < len(s.toks) && end < and+10 {
		x := s.norm(end)
		if nominalSideEnds[x] || x == "," || x == "." || x == ";" || isVerbTag(s.tag(end)) && s.mentionAt(end) == nil {
			break
		}
		end++
	}
	a, b := s.nominalSide(k+2, and), s.nominalSide(and+1, end)
	s.supportersSide(&a) // coder/wireprose.go
	s.supportersSide(&b)
	if a.sec == "" && b.sec != "" {
		a.sec = b.sec // "Armenian and Azerbaijani troops"
	}
	if a.sec == "" || b.sec == "" {
		return nil
	}
	place := s.sentenceCountry()
	for _, x := range []*nominalSideOf{&a, &b} {
		if x.country == "" {
			x.country = place
		}
	}
	if a.country == "" {
		a.country = b.country
	}
	if b.country == "" {
		b.country = a.country
	}
	if a.country == "" || b.country == "" || a.country == b.country && a.sec == b.sec && !strings.HasPrefix(s.norm(k+2), "rival") {
		return nil
	}
	src := actor{code: a.country + a.sec, i: a.i, j: a.j, note: "a side of \"" + w + " between\""}
	tgt := actor{code: b.country + b.sec, i: b.i, j: b.j, note: "a side of \"" + w + " between\""}
	p := &pred{v: k, vend: k + 1, noun: true, hi: len(s.toks)}
	mk := func(code string, x, y actor) candidate {
		return candidate{p: p, code: code, rule: "wireplaces.go: \"" + w + " between X and Y\" (each side)", src: x, tgt: y, verb: [2]int{k, k + 1}}
	}
	crowd := func(x nominalSideOf) bool {
		return x.sec == "CVL" || x.sec == "OPP" || x.sec == "EDU" || x.sec == "LAB"
	}
	state := func(x nominalSideOf) bool { return x.sec == "COP" || x.sec == "MIL" }
	switch {
	case s.c.sets.lowered(setNominalTalks)[w]:
		out = append(out, mk("040", src, tgt), mk("040", tgt, src))
	case a.country == b.country && crowd(a) && state(b):
		out = append(out, mk("145", src, tgt))
	case a.country == b.country && crowd(b) && state(a):
		out = append(out, mk("145", tgt, src))
	default:
		out = append(out, mk("190", src, tgt), mk("190", tgt, src))
	}
	return out
}

// nominalSideOf is one side of "between X and Y": its country (or "") and
// sector, and its span.
type nominalSideOf struct {
	country, sec string
	i, j         int
}

// nominalSide reads one side of "between X and Y" from tokens i to j: the
// country of its name or adjective and the sector of its head ("the
// Congolese army", "M23 rebels", "police"); a state's name alone is its
// government.
func (s *sentence) nominalSide(i, j int) nominalSideOf {
	out := nominalSideOf{i: i, j: j}
	for k := i; k < j; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		switch {
		case m.person != nil:
			return nominalSideOf{}
		case m.actor != nil:
			c := m.actor.Code
			if len(c) >= 3 && c[:3] != "IGO" {
				out.country = c[:3]
				if len(c) >= 6 && out.sec == "" {
					out.sec = c[3:6]
				}
				if m.actor.Kind == dict.KindName && out.sec == "" {
					out.sec = "GOV"
				}
			}
		case m.sector != nil:
			out.sec = m.sector.Sector
		}
		k = m.j - 1
	}
	return out
}

// attitudeTargets gives a crowd's protest (14) whose actor is named by
// what it is against ("anti-Israeli demonstrators rallied in Amman") that
// country as its target, when it has none of another country.
func (s *sentence) attitudeTargets(out []candidate) {
	if s.doc.home != "" || s.doc.speaker != "" {
		return
	}
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "14" {
			continue
		}
		src := demarche.Country(c.src.code)
		if !c.noTarget && c.tgt.code != "" && !strings.HasPrefix(c.tgt.code, sectorOnly) && demarche.Country(c.tgt.code) != src {
			continue
		}
		for k := max(0, c.src.i-3); k+2 < len(s.toks) && k < c.src.j; k++ {
			if s.norm(k) != "anti" || s.norm(k+1) != "-" {
				continue
			}
			if m := s.matchAt(k+2, s.c.lx); m != nil && m.actor != nil && len(m.actor.Code) >= 3 {
				if x := m.actor.Code[:3]; x != src && x != "IGO" {
					c.tgt = actor{code: x, i: m.i, j: m.j, note: "what the \"anti-\" crowd is against"}
					c.noTarget = false
				}
			}
			break
		}
	}
}
