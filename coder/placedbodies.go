// Bodies and offices placed by a city or region (issue 11): a phrase with a
// sector and no country of its own takes the country of the place that
// names it, when the place says whose body it is:
//
//   - the office of a place: "the governor of Jilin Province", "the mayor
//     of Osaka", "a delegation of the Vladivostok City Duma";
//   - a place before the body's noun: "the Tokyo District Court", "the
//     Shenyang Municipal People's Government";
//   - people and bodies that live where they are: "war veterans in
//     Vladivostok", "a citizen in Hangzhou", "a company in Russia",
//     "believers of a church in south Korea" (the coding guide gives
//     bodies abroad the country they are in).
//
// Places come from the gazetteer (cities and seats of regions) and from the
// country names and seats of the dictionaries. Envoys, delegations and
// spokesmen are not placed by an "in" complement (an ambassador in Beijing
// is seldom China's): only civil heads and the heads of ABROAD_HEADS are.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/gazetteer"
)

// Names of the word sets of dict/data/38-actors-places.txt.
const (
	// setAbroadHeads are heads of bodies and people that belong where
	// they are ("a company in Russia", "believers in Japan"), beside the
	// civil heads (CVL sector words) that already do.
	setAbroadHeads = "ABROAD_HEADS"
	// setPlaceWords are the capitalised words that follow a place's name
	// inside an administrative name ("Jilin Province", "Osaka Prefecture",
	// "Shenyang Municipal …").
	setPlaceWords = "PLACE_WORDS"
)

// abroadHead reports whether the head of a segment designates a body or
// people that belong to the country they are in: its last noun, or its
// sector phrase ("publishing house").
func (s *sentence) abroadHead(info segmentInfo) bool {
	set := s.c.sets.lowered(setAbroadHeads)
	if info.head != "" && set[info.head] {
		return true
	}
	if m := s.mentionAt(info.secAt); m != nil && m.sector != nil && m.j-m.i > 1 {
		return set[strings.ToLower(s.spanText(m.i, m.j))]
	}
	return false
}

// placedBody codes a phrase whose head is a sector word (or an abroad
// head) and whose only actor is a place of the gazetteer: its modifier
// ("the Tokyo District Court"), its "of" complement ("the governor of
// Jilin Province") or, for civil and abroad heads, its "in" complement
// ("veterans in Vladivostok"). ok is false when the phrase is not such a
// phrase.
func (s *sentence) placedBody(segs []segment, infos []segmentInfo) (actor, bool) {
	head := infos[0]
	if len(head.agents) > 0 || len(head.weak) > 0 {
		return actor{}, false
	}
	abroad := s.abroadHead(head)
	// "the director of a trading company in Wuhan": a person of a body
	// placed by its own "in" complement
	owner := len(segs) > 2 && segs[1].prep == "of" && len(infos[1].agents) == 0 &&
		(infos[1].civil || s.abroadHead(infos[1])) && (head.generic || personHead(head.head))
	if head.secAt < 0 && !abroad && !owner {
		return actor{}, false
	}
	sector := head.sector
	if sector == "" && owner {
		sector = infos[1].sector
	}
	end := segs[0].j
	if head.secAt >= 0 {
		end = s.phraseEnd(head.secAt)
	}
	// a place before the body's noun
	if head.secAt > segs[0].i {
		for k := segs[0].i; k < head.secAt; k++ {
			if t := s.tag(k); t != "NNP" && t != "NNPS" {
				continue
			}
			// only an administrative name: "the Shenyang Municipal …", not
			// a ship or an incident named after a town ("the Cheonan
			// warship")
			if c, n := s.placeLoose(k, head.secAt); c != "" && s.c.sets.lowered(setPlaceWords)[s.norm(k+n)] {
				return s.placedActor(c, sector, segs[0].i, end, "\""+s.spanText(k, k+n)+"\" names its place"), true
			}
		}
	}
	for i := 1; i < len(segs) && i <= 2; i++ {
		prep := segs[i].prep
		switch {
		case prep == "of" && i == 1 && (head.headIsSector || head.generic || owner) && !s.coordinatedAfter(end, segs[0].j) &&
			!strings.HasSuffix(head.head, "ing"):
			// an act is not a body: "the shelling of Yonphyong Island"
			// the office or body is the head: "the governor of …", not "the
			// warship and the shelling of Yonphyong Island"
		case prep == "in" && (head.civil || abroad || i == 2 && owner):
		default:
			continue
		}
		if len(infos[i].agents) > 0 || len(infos[i].weak) > 0 {
			return actor{}, false // a named actor: the phrase's own rules decide
		}
		k := segs[i].i
		if s.norm(k) == "the" {
			k++
		}
		if s.norm(k) == "city" && s.norm(k+1) == "of" {
			k += 2
		}
		if w := s.norm(k); w == "mt." || w == "mt" || w == "mount" {
			continue // "the commanders of Mt. Paektu": an epithet, not a garrison
		}
		if c, _ := s.placeLoose(k, segs[i].j); c != "" {
			return s.placedActor(c, sector, segs[0].i, end, "its place, "+prep+" \""+s.spanText(k, segs[i].j)+"\""), true
		}
	}
	return actor{}, false
}

func (s *sentence) placedActor(country, sector string, i, j int, how string) actor {
	return actor{code: country + sector, i: i, j: j, located: true,
		note: sector + " of " + country + ": " + how + " (placedbodies.go)"}
}

// placeLoose returns the country of a place named at token k, before end,
// and the number of its tokens: a place of the gazetteer ("Osaka"), also
// when administrative words follow it ("Jilin Province", "Tokyo District
// Court"), or a country's name or seat of the dictionaries.
func (s *sentence) placeLoose(k, end int) (string, int) {
	if k >= end {
		return "", 0
	}
	if m := s.mentionAt(k); m != nil {
		if m.person != nil || m.actor == nil || m.inTitle || m.j > end {
			return "", 0
		}
		switch m.actor.Kind {
		case dict.KindName, dict.KindCapital, dict.KindSeat:
			if c := m.actor.Code; len(c) == 3 && c != "IGO" {
				return c, m.j - k
			}
		}
		return "", 0
	}
	if p := s.placeAt(k); p != nil && p.j <= end {
		return p.p.Country, p.j - p.i
	}
	// the gazetteer's place followed by an administrative word: placeAt
	// leaves "Jilin Province" to a longer name
	if !s.toks[k].Capitalized() || !s.toks[k].IsWord() || s.c.sets.placeStopwords[s.norm(k)] {
		return "", 0
	}
	if k > 0 && s.toks[k-1].Capitalized() && s.toks[k-1].IsWord() && s.norm(k-1) != "the" {
		return "", 0 // inside a longer name
	}
	g, err := gazetteer.Default()
	if err != nil {
		return "", 0
	}
	words := s.c.sets.lowered(setPlaceWords)
	var key strings.Builder
	for j := k; j < end && j-k < gazetteer.MaxWords; j++ {
		if !s.toks[j].Capitalized() || !s.toks[j].IsWord() || s.mentionAt(j) != nil {
			return "", 0
		}
		w := gazetteer.KeyWord(s.toks[j].Norm)
		if w == "" {
			return "", 0
		}
		if key.Len() > 0 {
			key.WriteByte(' ')
		}
		key.WriteString(w)
		if j+1 < end && words[s.norm(j+1)] {
			if p := g.Lookup(key.String()); p != nil {
				return p.Country, j + 1 - k
			}
		}
	}
	return "", 0
}

// personHead reports whether a head noun names an office holder of a body
// ("director-general", "vice-rector", "general manager").
func personHead(w string) bool {
	for _, t := range []string{"director", "rector", "manager", "president", "chairman", "chairwoman", "secretary", "head", "chief", "dean", "principal"} {
		if w == t || strings.HasSuffix(w, "-"+t) || strings.HasPrefix(w, t+"-") {
			return true
		}
	}
	return false
}

// setResidenceVerbs names the word set RESIDENCE_VERBS
// (dict/data/06-analysis-words.txt), whose words are the participles that
// place people where they live ("a Korean residing in Germany", "compatriots
// living in Canada").
const setResidenceVerbs = "RESIDENCE_VERBS"

// residenceParticiples retags as participles the residence verbs that the
// tagger read as a noun after a noun or an adjective and before "in" or
// "at" ("a Korean residing/NN in Germany denounced …"): the main verb is
// the later one.
func (s *sentence) residenceParticiples() {
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if !s.c.sets.lowered(setResidenceVerbs)[t.Norm] || strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if n := s.toks[k+1].Norm; n != "in" && n != "at" {
			continue
		}
		if p := s.tag(k - 1); !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") && s.at[k-1] < 0 {
			continue
		}
		if s.norm(k-1) == "korean" {
			continue // "a Korean residing in Germany": not the DPRK's, and the phrase is not read through the participle
		}
		if strings.HasSuffix(t.Norm, "ing") {
			t.Tag = "VBG"
		} else {
			t.Tag = "VBN"
		}
	}
}

// coordinatedAfter reports whether tokens [a, b) hold a coordination or a
// verb form: the phrase's head is not its last word ("the warship and the
// shelling of …").
func (s *sentence) coordinatedAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if t := s.tag(k); t == "CC" || strings.HasPrefix(t, "VB") || s.norm(k) == "," {
			return true
		}
	}
	return false
}
