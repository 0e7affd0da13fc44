// Tolls in wire news: who caused the dead and wounded a report counts, and
// the part of a place its events happened in (found on the gigaword-wire
// sample of coder/testdata), read with the word sets of
// dict/data/69-wire-real.txt.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// setPartNouns are the nouns of a part of a place ("part", "outskirts",
// "sector") whose "of" complement names the place.
const setPartNouns = "PART_NOUNS"

// partOfPlaceAt reports whether token n is a part noun followed by "of"
// ("the southern part of Korea", "a government-held part of Syria's second
// city"): a place phrase goes on after it.
func (s *sentence) partOfPlaceAt(n int) bool {
	return n+1 < len(s.toks) && s.norm(n+1) == "of" && s.c.sets.lowered(setPartNouns)[s.norm(n)]
}

// partPlaceCountry returns the one country of the places named after a part
// noun that no locative preposition introduces ("bombarded a
// government-held part of Syria's second city Aleppo"), or "" when there is
// none; conflict is true when they name different countries.
func (s *sentence) partPlaceCountry() (country string, conflict bool) {
	for k := 0; k+2 < len(s.toks); k++ {
		if !s.partOfPlaceAt(k) {
			continue
		}
		c := s.placeCountryAt(k + 2)
		if c == "" {
			continue
		}
		if country != "" && country != c {
			return "", true
		}
		country = c
	}
	return country, false
}

// Names of the word sets of the toll's cause (69-wire-real.txt).
const (
	setTollAir    = "TOLL_AIR_NOUNS"
	setTollHeavy  = "TOLL_HEAVY_NOUNS"
	setTollAttack = "TOLL_ATTACK_NOUNS"
	setTollArrest = "TOLL_ARREST_NOUNS"
)

// setTollVerbs and setArrestVerbs name the word sets TOLL_VERBS and
// ARREST_VERBS (dict/data/06-analysis-words.txt): the passive participles
// of a toll ("were killed"), and those of arrests told the same way ("12
// were detained in the army's raids"), coded 173 whatever their cause.
const (
	setTollVerbs   = "TOLL_VERBS"
	setArrestVerbs = "ARREST_VERBS"
)

// tollSkips may stand between a toll's participle and its cause ("were
// killed on Tuesday in …", "were killed overnight by …").
var tollSkips = setOf("on", "overnight", "yesterday", "today", "late", "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "afternoon", "evening", "last", "week", "and", "also", "reportedly")

// tollCauses codes a passive toll by the author of its cause: "three
// soldiers were killed in an insurgent attack in eastern Afghanistan" →
// AFGREB → the soldiers, "were killed by an air raid of U.S. forces" →
// USAMIL → the victims. The author is a nationality, a country or an
// organisation inside the cause's phrase, else the actor of its "by" or
// "of" complement; a generic author ("insurgents", "government forces")
// and generic victims ("people") take the one country of the sentence's
// places. A negated, hypothetical or background toll gives nothing, nor one
// whose author or victims stay unnamed; a force event the sentence already
// gave for the pair is not doubled.
func (s *sentence) tollCauses(out []candidate) []candidate {
	if s.headline {
		return out
	}
	for _, p := range s.preds {
		if p.noun || !p.g.passive || p.g.neg || p.g.hypo != "" || !s.c.sets.lowered(setTollVerbs)[s.norm(p.v)] || s.backgroundClause(p) != "" {
			continue
		}
		at := p.vend
		for at < len(s.toks) && at < p.vend+4 && tollSkips[s.norm(at)] && s.norm(at) != "and" {
			at++
		}
		if at < len(s.toks) && s.norm(at) == "and" {
			// "two were killed and 72 others were wounded in the attack":
			// the cause told after the second toll is the first's too
			for q := at + 1; q < len(s.toks) && q < at+8; q++ {
				if s.c.sets.lowered(setTollVerbs)[s.norm(q)] {
					at = q + 1
					break
				}
			}
		}
		if at >= len(s.toks) || s.norm(at) != "in" && s.norm(at) != "by" {
			continue
		}
		head, hend, code := s.tollCauseHead(at + 1)
		if head < 0 {
			continue
		}
		s.tollCause = [2]int{at, hend}
		src, ok := s.tollAuthor(at+1, head, hend, code)
		if !ok {
			continue
		}
		if code == "190" && !strings.HasSuffix(src.code, "MIL") && !strings.HasSuffix(src.code, "COP") {
			code = "180" // an attack by others than a state's forces
		}
		if s.c.sets.lowered(setArrestVerbs)[s.norm(p.v)] {
			code = "173"
		}
		tgt, ok := s.tollVictims(p)
		s.tollCause = [2]int{}
		if !ok || demarche.Country(tgt.code) == demarche.Country(src.code) && !strings.HasSuffix(src.code, "REB") {
			continue
		}
		dup := false
		for _, c := range out {
			if r := cameo.Root(c.code); (r == "18" || r == "19" || r == "20" || r == "17") && demarche.Country(c.src.code) == demarche.Country(src.code) && demarche.Country(c.tgt.code) == demarche.Country(tgt.code) {
				dup = true
			}
		}
		if dup {
			continue
		}
		out = append(out, candidate{p: p, code: code, rule: "tolls.go: a toll \"killed in\" its cause, by the cause's author",
			src: src, tgt: tgt, verb: [2]int{p.v, p.vend}})
	}
	return out
}

// tollCauseHead finds the cause's head noun in the phrase starting at k
// ("an Israeli drone airstrike", "the attack operations of …"): its span
// and the code of its kind of force, or head -1.
func (s *sentence) tollCauseHead(k int) (head, hend int, code string) {
	head = -1
	for q := k; q < len(s.toks) && q < k+7; q++ {
		t := s.tag(q)
		if q > k && !(t == "DT" || t == "POS" || isAdjTag(t) || isNounTag(t) || t == "VBN" || t == "VBG" || s.norm(q) == "-" || s.mentionAt(q) != nil) {
			break
		}
		for _, set := range []struct{ name, code string }{{setTollAir, "195"}, {setTollHeavy, "194"}, {setTollAttack, "190"}, {setTollArrest, "173"}} {
			if n := s.setPhraseAt(q, len(s.toks), set.name); n > 0 && q+n > hend {
				head, hend, code = q, q+n, set.code
			}
		}
	}
	if head >= 0 && hend < len(s.toks) && isNounTag(s.tag(hend)) && s.mentionAt(hend) == nil {
		return -1, 0, "" // "an attack helicopter", "the bombing campaign": another head
	}
	return head, hend, code
}

// setPhraseAt returns the length of the longest phrase of the word set
// (lower-cased) that starts at token k and ends by token hi, or 0.
func (s *sentence) setPhraseAt(k, hi int, set string) int {
	words := s.c.sets.lowered(set)
	var b strings.Builder
	best := 0
	for n := 1; n <= s.c.sets.longest[set] && k+n <= hi; n++ {
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(s.norm(k + n - 1))
		if words[b.String()] {
			best = n
		}
	}
	return best
}

// tollAuthor returns the author of the cause phrase [k, hend): a country,
// nationality or organisation before its head (with MIL for a state's
// force), else the actor of the "by" or "of" phrase after it.
func (s *sentence) tollAuthor(k, head, hend int, code string) (actor, bool) {
	sector := ""
	for q := k; q < head; q++ {
		m := s.mentionAt(q)
		if m == nil {
			continue
		}
		if m.sector != nil && m.actor == nil && m.person == nil {
			if m.j <= head {
				sector = m.sector.Sector // "an insurgent attack", not "a rocket attack"
			}
			continue
		}
		if m.actor == nil || m.person != nil || m.inTitle {
			return actor{}, false
		}
		c := m.actor.Code
		if len(c) == 3 && c != "IGO" {
			c += "MIL" // "an Israeli air strike": the state's forces
		}
		return actor{code: c, i: m.i, j: m.j, note: "the author of the toll's cause"}, true
	}
	if sector != "" {
		if c := s.tollPlace(); c != "" {
			return actor{code: c + sector, i: k, j: head, located: true, note: "the cause's author, placed by the sentence"}, true
		}
		return actor{}, false
	}
	if hend+1 >= len(s.toks) || s.norm(hend) != "by" && s.norm(hend) != "of" {
		return actor{}, false
	}
	return s.firstPlacedActor(s.actorsIn(hend+1, s.npEndRight(hend+1), false))
}

// firstPlacedActor returns the first actor of acts that is not weak, a
// sector alone taking the country of the sentence's places (tollPlace).
func (s *sentence) firstPlacedActor(acts []actor) (actor, bool) {
	for _, a := range acts {
		if a.weak {
			continue
		}
		if strings.HasPrefix(a.code, sectorOnly) {
			c := s.tollPlace()
			if c == "" {
				return actor{}, false
			}
			a.code = c + a.code[len(sectorOnly):]
		}
		return a, true
	}
	return actor{}, false
}

// tollVictims returns the victims of the toll: the participle's subject,
// a generic one placed by the sentence.
func (s *sentence) tollVictims(p *pred) (actor, bool) {
	subj := p.subj
	if len(subj) == 0 && p.g.start > 0 {
		// "at least seven people were killed": a generic subject the
		// clause left unnamed
		subj = s.actorsIn(s.npStartLeft(p.g.start), p.g.start, true)
	}
	return s.firstPlacedActor(subj)
}

// rivalFactions reports whether two sectors of one country are an armed
// movement and a political party, whose talks and accords are events
// between rival factions ("Fatah and Hamas signed a reconciliation deal").
func rivalFactions(x, y string) bool {
	return x == "REB" && y == "PTY" || x == "PTY" && y == "REB"
}

// tollPlace is the sentence's place country (sentenceCountry) outside the
// toll's cause phrase: "in a U.S. drone strike" names the author, not a
// place.
func (s *sentence) tollPlace() string {
	return s.placesCountry(s.tollCause[0], s.tollCause[1])
}
