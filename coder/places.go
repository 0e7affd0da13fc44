package coder

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/gazetteer"
)

// This file gives events their location and, for visits, the host that
// the place designates (issue 11, places). The location is:
//
//  1. the place of the gazetteer named in the event's clause after its verb,
//     in a prepositional phrase ("in Beijing", "at Panmunjom", "near
//     Kaesong"), or as the destination of a visit ("visited Vladivostok",
//     "arrived in Vladivostok", "left for Moscow");
//  2. else a place in an "In Beijing, …" opening the sentence, or in a
//     prepositional phrase between the subject and the verb ("talks in
//     Moscow were held");
//  3. else, when the sentence says "here" in the dateline sense of KCNA,
//     the capital of the publication's country;
//  4. else nothing.
//
// A visit (042) without a target whose destination is a place of another
// country than the visitor's takes that country as its target: the coding
// guide's "arrived here" (→ PRK) with a named place. Nothing else is filled
// from the gazetteer.

// placeWindow bounds how far after the verb a place is looked for.
const placeWindow = 24

// placePreps introduce the place of an event.
var placePreps = map[string]bool{"in": true, "at": true, "near": true}

// destinationPreps introduce the destination of a visit.
var destinationPreps = map[string]bool{"in": true, "at": true, "to": true, "for": true}

// nameConnectors are the lower-case words inside place names.
var nameConnectors = map[string]bool{"de": true, "del": true, "la": true, "le": true, "au": true, "of": true, "and": true, "es": true, "el": true, "do": true, "da": true}

// calendarWords may follow a place name capitalised ("in Pyongyang Monday").
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan.": true, "feb.": true, "aug.": true,
	"sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true}

// setPlaceStopwords names the word set PLACE_STOPWORDS
// (dict/data/06-analysis-words.txt), whose words are one-word city names that
// are also English words a capitalised headline or title uses ("Talks Held in
// Nice Atmosphere").
const setPlaceStopwords = "PLACE_STOPWORDS"

// placeMatch is a place named in the sentence, tokens [i, j).
type placeMatch struct {
	p    *gazetteer.Place
	i, j int
}

// placeAt returns the place whose name starts at token k, or nil.
func (s *sentence) placeAt(k int) *placeMatch {
	if k < 0 || k >= len(s.toks) || !s.toks[k].Capitalized() || !s.toks[k].IsWord() {
		return nil
	}
	if k > 0 && s.toks[k-1].Capitalized() && s.toks[k-1].IsWord() && !destinationPreps[s.norm(k-1)] && !placePreps[s.norm(k-1)] {
		return nil // inside a longer name
	}
	g, err := gazetteer.Default()
	if err != nil {
		return nil
	}
	var best *placeMatch
	var key strings.Builder
	for j := k; j < len(s.toks) && j-k < gazetteer.MaxWords; j++ {
		t := &s.toks[j]
		if t.Norm == "-" && j > k {
			continue
		}
		if !t.IsWord() || !t.Capitalized() && !nameConnectors[t.Norm] {
			break
		}
		w := gazetteer.KeyWord(t.Norm)
		if w == "" {
			break
		}
		if key.Len() > 0 {
			key.WriteByte(' ')
		}
		key.WriteString(w)
		if !t.Capitalized() {
			continue
		}
		if p := g.Lookup(key.String()); p != nil {
			best = &placeMatch{p: p, i: k, j: j + 1}
		}
	}
	if best == nil {
		return nil
	}
	if best.j-best.i == 1 && s.c.sets.placeStopwords[s.toks[k].Norm] {
		return nil
	}
	if n := best.j; n < len(s.toks) && s.toks[n].Capitalized() && s.toks[n].IsWord() && !calendarWords[s.toks[n].Norm] {
		return nil // "Pyongyang Municipal Committee": a longer name
	}
	if m := s.mentionAt(k); m != nil && m.person != nil {
		return nil // a person's name part ("Kim Chaek" the man)
	}
	return best
}

// placeAfterPrep returns the place of a prepositional phrase starting at
// token k ("in Beijing", "in the city of Nampho"), or nil.
func (s *sentence) placeAfterPrep(k int, preps map[string]bool) *placeMatch {
	if !preps[s.norm(k)] {
		return nil
	}
	n := k + 1
	if s.norm(n) == "the" {
		n++
	}
	if s.norm(n) == "city" && s.norm(n+1) == "of" {
		n += 2
	}
	return s.placeAt(n)
}

// locate sets the location of e, coded from candidate cd, and, for a visit
// without a target, its host country.
func (s *sentence) locate(e *demarche.Event, cd candidate, docID string, index int) {
	visit := e.CAMEO == "042"
	var found *placeMatch
	destination := false
	end := len(s.toks)
	if cd.p != nil && cd.p.hi > cd.verb[1] && cd.p.hi < end {
		end = cd.p.hi
	}
	if end > cd.verb[1]+placeWindow {
		end = cd.verb[1] + placeWindow
	}
	// 1. after the verb, in its clause
	if visit {
		found = s.placeAt(cd.verb[1]) // "visited Vladivostok"
		for k := cd.verb[1]; found == nil && k < end; k++ {
			found = s.placeAfterPrep(k, destinationPreps) // "arrived in …", "left here for …"
		}
		destination = found != nil
	}
	for k := cd.verb[1]; found == nil && k < end; k++ {
		found = s.placeAfterPrep(k, placePreps)
	}
	// 2. an opening "In Beijing, …", or between the subject and the verb
	if found == nil {
		if m := s.placeAfterPrep(0, placePreps); m != nil && s.norm(m.j) == "," {
			found = m
		}
	}
	if found == nil && cd.p != nil && cd.p.subjSpan[1] > 0 {
		for k := cd.p.subjSpan[0]; found == nil && k < cd.verb[0]; k++ {
			found = s.placeAfterPrep(k, placePreps)
		}
	}
	switch {
	case found != nil:
		setPlace(e, found.p)
		if visit && destination && e.Target == demarche.NoActor && found.p.Country != demarche.Country(e.Source) && s.c.knownCountry(found.p.Country) {
			e.Target = found.p.Country
			e.TargetSpan = s.span(found.i, found.j)
			e.TargetText = e.TargetSpan.Of(s.text)
			e.ID = demarche.EventID(docID, index, e.VerbSpan, e.Source, e.Target, e.CAMEO)
		}
	case s.doc.home != "" && s.saysHere():
		if g, err := gazetteer.Default(); err == nil {
			if p := g.Capital(s.doc.home); p != nil {
				setPlace(e, p)
			}
		}
	}
}

// saysHere reports whether the sentence has a dateline "here".
func (s *sentence) saysHere() bool {
	for _, m := range s.ments {
		if m.here {
			return true
		}
	}
	return false
}

func setPlace(e *demarche.Event, p *gazetteer.Place) {
	e.Place, e.PlaceCountry, e.Lat, e.Lon = p.Name, p.Country, p.Lat, p.Lon
	e.PlaceID = ""
	if p.ID != 0 {
		e.PlaceID = strconv.FormatInt(p.ID, 10)
	}
}

// knownCountry reports whether code is a country the dictionaries name
// (a three-letter code with a name).
func (c *Coder) knownCountry(code string) bool {
	if len(code) != 3 {
		return false
	}
	for _, a := range c.d.Actors {
		if a.Code == code && a.Kind == dict.KindName {
			return true
		}
	}
	return false
}

// placeNote describes the location of e for explain.
func placeNote(e *demarche.Event) string {
	if e.Place == "" {
		return ""
	}
	return fmt.Sprintf("  place %s (%s %.4f, %.4f)", e.Place, e.PlaceCountry, e.Lat, e.Lon)
}
