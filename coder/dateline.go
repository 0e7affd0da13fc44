// Wire datelines: a wire report's first sentence opens with the place it
// was filed from ("NAIROBI, Kenya (AP) — …", "KABUL (Reuters) - …",
// "DAKAR, Senegal, Feb. 5 (AFP) -- …"). The dateline is no actor (neither
// the capital nor the agency did anything), but its country is where the
// report's domestic actors are: "LAGOS, Nigeria (AP) — Police fired tear
// gas …" is Nigeria's police, "DAKAR, Senegal (AP) — Opposition leaders
// met the interior minister …" Senegal's.

package coder

import (
	"unicode"

	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

// maxDatelineTokens bounds the tokens of a dateline before its dash.
const maxDatelineTokens = 14

// datelineDashes are the dash tokens (normalized) that end a dateline.
var datelineDashes = setOf("-", "--")

// datelineEnd returns the number of tokens of a dateline opening toks
// (dash included), or 0 when there is none. A dateline is a place in
// capitals ("NAIROBI", "PORT-AU-PRINCE", "NEW DELHI") or an agency in
// parentheses, then capitalized words, commas, abbreviated dates and an
// agency in parentheses, up to a dash set off by spaces.
func datelineEnd(toks []nlp.Token) int {
	if len(toks) < 3 {
		return 0
	}
	caps := allCaps(toks[0].Text)
	if !caps && toks[0].Text != "(" {
		return 0
	}
	paren := false
	for k := 1; k < len(toks) && k <= maxDatelineTokens; k++ {
		t := toks[k]
		switch {
		case datelineDashes[t.Norm] && t.Start > toks[k-1].End() && k+1 < len(toks) && toks[k+1].Start > t.End():
			if k+1 >= len(toks)-1 || paren {
				return 0
			}
			return k + 1
		case t.Norm == "-" || t.Norm == "," || t.Norm == ".":
		case t.Norm == "(":
			if paren {
				return 0
			}
			paren = true
		case t.Norm == ")":
			if !paren {
				return 0
			}
			paren = false
		case t.IsWord() && (t.Capitalized() || isDigits(t.Text)):
		default:
			return 0
		}
	}
	return 0
}

// allCaps reports whether a word has two letters or more, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// datelineCountry returns the country of a dateline's tokens: a country
// or capital named in it ("Kenya", "NAIROBI"), else a place of the
// gazetteer ("LAGOS"); "" when it names none or several.
func (c *Coder) datelineCountry(ds *docState, toks []nlp.Token, text string, base int) string {
	d := &sentence{c: c, doc: ds, toks: toks, text: text, base: base}
	d.findMentions()
	found := ""
	add := func(code string) bool {
		if len(code) != 3 || code == "IGO" {
			return true
		}
		if found != "" && found != code {
			found = ""
			return false
		}
		found = code
		return true
	}
	for k := 0; k < len(toks); k++ {
		if m := d.mentionAt(k); m != nil {
			if m.actor != nil && m.person == nil && (m.actor.Kind == dict.KindName || m.actor.Kind == dict.KindCapital || m.actor.Kind == dict.KindSeat) {
				if !add(m.actor.Code) {
					return ""
				}
			}
			k = m.j - 1
			continue
		}
		if p := d.placeAt(k); p != nil {
			if !add(p.p.Country) {
				return ""
			}
		}
	}
	return found
}

// datelineSectors reports whether a sentence that named no actor may still
// have one: a sector word placed by its dateline ("LAGOS, Nigeria (AP) —
// Police fired …").
func (s *sentence) datelineSectors() bool {
	if s.dateline == "" {
		return false
	}
	for _, m := range s.ments {
		if m.sector != nil {
			return true
		}
	}
	return false
}

// setEnvoyHeads names the word set ENVOY_HEADS
// (dict/data/06-analysis-words.txt), whose words are heads of a phrase whose
// bearer is usually abroad (an ambassador in a report datelined in his host's
// capital is not the host's) or is not a state. ("the group said": an armed
// group or a company as often as a government, which state media call a
// "group")
const setEnvoyHeads = "ENVOY_HEADS"

// datelineActor codes a phrase named by its sector alone ("the interior
// minister", "opposition leaders", "the junta") or by a title and an
// unknown name ("Interior Minister X") in a sentence opened by a
// dateline: the dateline's country. Possessed phrases ("his lawyer") and
// envoys are left to the other rules.
func (s *sentence) datelineActor(segs []segment, head segmentInfo) (actor, bool) {
	if s.dateline == "" || head.secAt < 0 || s.c.sets.lowered(setEnvoyHeads)[head.head] {
		return actor{}, false
	}
	if !head.headIsSector && !s.titleWithName(head.secAt, segs[0].j) {
		// ("Interior Minister Olubunmi Tunji-Ojo": a title and a name the
		// knowledge does not hold)
		return actor{}, false
	}
	switch s.norm(segs[0].i) {
	case "his", "her", "their", "its", "whose", "my", "our", "your":
		return actor{}, false
	}
	m := s.mentionAt(head.secAt)
	if m == nil || m.sector == nil {
		return actor{}, false
	}
	sector := m.sector.Sector
	return actor{code: s.dateline + sector, i: segs[0].i, j: s.phraseEnd(head.secAt),
		note: "\"" + s.norm(m.j-1) + "\" " + sector + " in " + s.dateline + " (the dateline)"}, true
}
