// Recall on KCNA sentences that named actors of two countries and gave no
// event (`demarche eval --silent`): analyses of the classes found there.

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// wholeContentTargets finds the target of a statement of praise whose
// content, as the clause heuristics cut it, names no one: a content that
// opens after the verb ("noted that he came to know well the wise
// leadership of Kim Jong Il", "said that he deemed it an honour to hold the
// seminar on the feats of the President of the DPRK") is cut at its first
// embedded verb or infinitive, while what was said runs on. The span is
// taken on to the end of the sentence, stopping at a semicolon, at "but",
// "while" or "whereas" (another clause) and at a comma before a participle
// (", adding …", ", claiming …": another statement). Only praise is read so
// (the span holds a word of praise, and its first actor is a named one,
// not a bare title): a plain statement's target stays what its own clause
// names. When a target is found the statement's content becomes the span,
// so that its stance is read from all of it.
func (s *sentence) wholeContentTargets(c *candidate) []actor {
	a := c.content[0]
	if a < c.verb[1] || a >= len(s.toks) {
		return nil // a content before the verb (", X said") is whole
	}
	end := a
	for ; end < len(s.toks); end++ {
		w := s.norm(end)
		if w == ";" || w == "but" || w == "while" || w == "whereas" ||
			w == "," && end+1 < len(s.toks) && s.tag(end+1) == "VBG" {
			break
		}
	}
	if end <= c.content[1] {
		return nil
	}
	for k := 1; k < c.verb[0]; k++ {
		if s.norm(k) == "book" && (s.norm(k-1) == "'s" || strings.HasPrefix(s.norm(k-1), "visitor")) {
			return nil // an entry in the visitors' book is no event (CONVENTIONS.md)
		}
	}
	cc := *c
	cc.content = [2]int{a, end}
	if s.contentStance(cc) != "051" {
		return nil
	}
	if first, _ := s.targetSearch(a, end, [2]int{-1, -1}); len(first) == 0 || strings.HasPrefix(first[0].code, sectorOnly) {
		return nil
	}
	tgts := s.statementTargets(cc)
	if len(tgts) > 0 {
		c.content = cc.content
	}
	return tgts
}

// setDomesticPieceClasses names the word set DOMESTIC_PIECE_CLASSES
// (dict/data/06-analysis-words.txt), whose words are the names of the verb
// classes whose statement or praise toward the source's own country is a
// domestic piece: introduce_content, receive_sent, gift_sent_by
// (dict/data/74-kcna-silent.txt).
const setDomesticPieceClasses = "DOMESTIC_PIECE_CLASSES"

// silentClasses applies the sentence rule of the classes of
// DOMESTIC_PIECE_CLASSES: an outlet that introduces its own country ("the
// south Korean paper introduced the career of …", "media of the DPRK are
// introducing …") writes a domestic piece, and so does a letter or a gift
// sent within one country, which have no counterpart to code (as the
// domestic publications of publication.go); in a government's own
// statement, what the speaking state introduces toward no one is a
// measure of its own. It adds the meetings of
// talksTookPlace.
func (s *sentence) silentClasses(cands []candidate) []candidate {
	cands = s.talksTookPlace(cands)
	out := cands[:0:0]
	for _, c := range cands {
		if c.class != nil && (c.code == "010" || c.code == "051") && !c.noTarget &&
			demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && s.c.sets.lowered(setDomesticPieceClasses)[c.class.Name] {
			s.noteDrop(StageDropped, fmt.Sprintf("%s → %s %s dropped: an outlet introducing its own country writes a domestic piece", c.src.code, c.tgt.code, c.code))
			continue
		}
		if c.class != nil && s.doc.speaker != "" && (c.noTarget || c.tgt.code == "---") &&
			demarche.Country(c.src.code) == s.doc.speaker && s.c.sets.lowered(setDomesticPieceClasses)[c.class.Name] {
			// in a government's own statement, "we have introduced free
			// primary schooling": a measure at home, no piece about anyone
			s.noteDrop(StageDropped, fmt.Sprintf("%s %s dropped: the speaking government introduces a measure of its own, no counterpart", c.src.code, c.code))
			continue
		}
		if c.p != nil && c.p.subjHow == behalfHow && !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			continue // "on behalf of the government and people of X": X is who acts, not whom
		}
		out = append(out, c)
	}
	return out
}

// behalfHow is how behalfSubjects names the subject it gives.
const behalfHow = "the actor it acts on behalf of (\"on behalf of\")"

// tookPlaceOrganiser returns the organiser of the "took place" that an
// infinitive of purpose serves ("a meeting took place in Lima to
// commemorate the centenary of … under the sponsorship of the Peruvian
// committee"), as a passive "was held by X to mark" gives its agent
// (coder/organisers.go): the event's sponsor is who commemorates.
func (s *sentence) tookPlaceOrganiser(g verbGroup, all []*pred) ([]actor, [2]int, string) {
	if g.gov != govPurpose {
		return nil, [2]int{-1, -1}, ""
	}
	for _, q := range all {
		if q.v == g.govIdx && len(q.subj) == 0 && s.tookPlace(q) {
			org, span := s.organiser(q)
			return org, span, s.norm(q.v)
		}
	}
	return nil, [2]int{-1, -1}, ""
}

// classHopeThat is the verb class of "hoped that …" (74-kcna-silent.txt).
const classHopeThat = "hope_that"

// reportedHopes drops a hope told in the first person ("we hope that the
// talks will proceed", in a government's own statement or a message: the
// coding guide reads such wishes by what they ask or intend, not as a
// statement), and a hope that is itself what another statement of the
// same source reports ("Kigali said it hoped French officials would be
// indicted"): the saying is the event, and its content is read whole.
func (s *sentence) reportedHopes(cands []candidate) []candidate {
	out := cands[:0:0]
	for _, c := range cands {
		if c.speech && c.ofClass(classHopeThat) {
			reported := false
			for _, d := range cands {
				if d.speech && d.verb[0] < c.verb[0] && c.verb[0] >= d.content[0] && c.verb[0] < d.content[1] &&
					!d.ofClass(classHopeThat) && demarche.Country(d.src.code) == demarche.Country(c.src.code) {
					reported = true
					break
				}
			}
			if reported {
				s.noteDrop(StageDropped, fmt.Sprintf("\"%s\" by %s dropped: the hope is what a statement of the same source reports", s.norm(c.p.v), c.src.code))
				continue
			}
			if s.condolingHope(c) {
				c.code, c.rule = "018", c.rule+" (in condolences)"
			}
			if s.speakerHope(c) {
				s.noteDrop(StageDropped, fmt.Sprintf("\"%s\" by %s dropped: a speaker's own hope is a wish, not a report", s.norm(c.p.v), c.src.code))
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// condolingHope reports whether a hope is told with the speaker's
// condolences before it ("Expressing deep sympathy to the victims, Kim in
// the message hoped that the government would heal the aftermath"): the
// hope is part of the condolence (018), one event for the pair.
func (s *sentence) condolingHope(c candidate) bool {
	for k := 0; k < c.verb[0]; k++ {
		if s.setPhraseAt(k, c.verb[0], "CONDOLENCE") > 0 {
			return true
		}
	}
	return false
}

// speakerHope reports whether a hope is the speaker's own: its subject is
// the speaker's voice ("we", "I", "my Government").
func (s *sentence) speakerHope(c candidate) bool {
	if c.p == nil {
		return false
	}
	if strings.Contains(c.p.subjHow, "speaker") {
		return true
	}
	if a := c.p.subjSpan[0]; c.p.subjSpan[1] > a && a >= 0 {
		switch s.norm(a) {
		case "we", "i", "our", "my":
			return true
		}
	}
	return false
}

// talksTookPlace adds the meeting told as "talks (a dialogue, a meeting)
// between X and Y took place": the sides of a "took place" whose subject
// is a TALKS noun followed by "between" met, both ways (040), as "talks
// between X and Y were held" reads in 50-verbs-cooperation.txt. A pair
// already coded with a root 04 is not added again.
func (s *sentence) talksTookPlace(cands []candidate) []candidate {
	for _, p := range s.preds {
		if !s.tookPlace(p) || len(p.subj) < 2 || p.subjSpan[0] < 0 || p.g.neg {
			continue
		}
		between := false
		for k := max(0, p.subjSpan[0]-6); k < p.subjSpan[0]; k++ {
			if n := s.setPhraseAt(k, p.subjSpan[0], "TALKS"); n > 0 && s.norm(k+n) == "between" {
				between = true
				break
			}
		}
		if !between {
			continue
		}
		for _, a := range p.subj {
			for _, b := range p.subj {
				if demarche.Country(a.code) == demarche.Country(b.code) || strings.HasPrefix(a.code, sectorOnly) || strings.HasPrefix(b.code, sectorOnly) {
					continue
				}
				dup := false
				for _, c := range cands {
					if cameo.Root(c.code) == "04" && demarche.Country(c.src.code) == demarche.Country(a.code) && demarche.Country(c.tgt.code) == demarche.Country(b.code) {
						dup = true
						break
					}
				}
				if dup {
					continue
				}
				s.note(fmt.Sprintf("040 %s → %s: talks between them took place", a.code, b.code))
				cands = append(cands, candidate{p: p, code: "040", rule: "coder: talks between X and Y took place (kcnasilent.go)",
					src: a, tgt: b, verb: [2]int{p.v, p.vend}})
			}
		}
	}
	return cands
}

// behalfSubjects gives a predicate whose subject names no actor ("The
// president in his message extended …", "He extended condolences …",
// "I, on behalf of …, express") the actor it acts for, when its clause
// says so: "on behalf of the government and people of Tanzania" designates
// the speaker's state in the sentence itself. A subject that is a title
// ("the president", "the prime minister") takes the government (GOV) of
// that country. The phrase must stand before the end of the predicate's
// clause and name a country; a predicate with a subject keeps it.
func (s *sentence) behalfSubjects(preds []*pred) {
	for _, p := range preds {
		if p.noun || len(p.subj) > 0 || len(p.cands) == 0 {
			continue
		}
		for k := 0; k+3 < p.hi && k+3 < len(s.toks); k++ {
			if s.norm(k) != "on" || s.norm(k+1) != "behalf" || s.norm(k+2) != "of" {
				continue
			}
			a := k + 3
			e := s.chainRight(a, len(s.toks))
			var acts []actor
			for _, x := range s.actorsIn(a, e, false) {
				if !x.weak && !strings.HasPrefix(x.code, sectorOnly) && demarche.Country(x.code) != "" && x.code != "IGOGOV" {
					// (a title of an international body alone, "the
					// Secretary-General", names no body)
					acts = append(acts, x)
				}
			}
			if len(acts) == 0 {
				break
			}
			title := false
			for j := max(0, p.g.start-8); j < p.g.start; j++ {
				if m := s.mentionAt(j); m != nil && m.sector != nil && m.sector.Sector == "GOV" {
					title = true
				}
			}
			src := acts[0]
			if title {
				src.code = demarche.Country(src.code) + "GOV"
			}
			p.subj, p.subjHow, p.subjSpan = []actor{src}, behalfHow, [2]int{src.i, src.j}
			break
		}
	}
}
