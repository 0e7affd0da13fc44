package petrarch

import (
	"fmt"
	"strings"
	"time"

	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

// ToDict adds the PETRARCH dictionaries to a demarche dictionary (a new
// one when base is nil), so that demarche's own analysis codes with them:
//
//   - an actor with one undated code becomes an organisation phrase with
//     that code; an actor with dated codes becomes a person whose roles are
//     the dated codes (title "official"), the undated code a role without
//     limits;
//   - an agent becomes a sector phrase whose sector is the agent code
//     ("~GOVFRM" → GOVFRM);
//   - a verb block becomes a verb class with the block's code, its verbs
//     (with their irregular forms) and its patterns.
//
// What demarche's pattern language cannot say is translated to the nearest
// construct and reported once in the returned notes, with file and line.
func ToDict(d *Dicts, base *dict.Dict) (*dict.Dict, []Note) {
	out := base
	if out == nil {
		out = dict.New()
	}
	c := &converter{d: d, out: out, tax: cameo.Default(), seen: map[string]bool{}}
	c.actors()
	c.agents()
	c.verbs()
	if d.Discards != nil && len(d.Discards.Story)+len(d.Discards.Sentence) > 0 {
		c.note(d.Discards.File, 1, "discards", "discard lists are applied only when coding a supplied parse; demarche's own analysis codes every sentence")
	}
	if d.Issues != nil && len(d.Issues.Issues) > 0 {
		c.note(d.Issues.File, 1, "issues", "issue codes are read but not attached to demarche events")
	}
	for _, as := range d.Actors {
		out.Files = append(out.Files, "petrarch:"+as.File)
	}
	out.Files = append(out.Files, "petrarch:"+d.Verbs.File)
	return out, c.notes
}

type converter struct {
	d     *Dicts
	out   *dict.Dict
	tax   *cameo.Taxonomy
	notes []Note
	seen  map[string]bool
}

// note records an approximation once per kind.
func (c *converter) note(file string, line int, kind, msg string) {
	if c.seen[kind] {
		return
	}
	c.seen[kind] = true
	c.notes = append(c.notes, Note{file, line, msg})
}

// tokens tokenizes a dictionary phrase the way demarche tokenizes text.
func tokens(words []string) []string {
	toks := nlp.Tokenize(strings.ToLower(strings.Join(words, " ")), 0)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

func isoDate(n int) string {
	t := time.Date(n/10000, time.Month(n/100%100), n%100, 0, 0, 0, 0, time.UTC)
	return t.Format("2006-01-02")
}

func isoShift(n, days int) string {
	t := time.Date(n/10000, time.Month(n/100%100), n%100, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	return t.Format("2006-01-02")
}

func (c *converter) actors() {
	for _, as := range c.d.Actors {
		for _, a := range as.Entries {
			dated := false
			for _, dc := range a.Codes {
				if dc.Op != Always {
					dated = true
				}
				if strings.Contains(dc.Code, "/") {
					c.note(as.File, a.Line, "multi", fmt.Sprintf("code %s names several actors: demarche's analysis takes the first (%s)", dc.Code, splitCodes(dc.Code)[0]))
				}
			}
			if !dated {
				code := firstCode(a.Codes[0].Code)
				if code == NoCode || code == "" {
					c.note(as.File, a.Line, "nullactor", "actors coded \"---\" are left out of demarche's analysis")
					continue
				}
				for _, n := range a.Names {
					w := tokens(n)
					if len(w) == 0 {
						continue
					}
					c.out.Actors = append(c.out.Actors, &dict.ActorPhrase{Words: w, Caps: make([]bool, len(w)),
						Kind: dict.KindOrg, Code: code, Pos: dict.Pos{File: as.File, Line: a.Line}})
				}
				continue
			}
			per := &dict.Person{Name: strings.Join(a.Names[0], " "), Pos: dict.Pos{File: as.File, Line: a.Line}}
			for _, dc := range a.Codes {
				code := firstCode(dc.Code)
				if code == NoCode || code == "" {
					continue
				}
				r := dict.Role{Code: code, Title: "official", Pos: per.Pos}
				switch dc.Op {
				case Before:
					r.To = isoShift(dc.To, -1)
				case After:
					r.From = isoShift(dc.From, 1)
				case Between:
					r.From, r.To = isoDate(dc.From), isoDate(dc.To)
				}
				per.Roles = append(per.Roles, r)
			}
			if len(per.Roles) == 0 {
				continue
			}
			c.note(as.File, a.Line, "dated", "actors with dated codes become people with dated roles; outside every period demarche keeps the nearest role where PETRARCH uses the undated code or none")
			c.out.People = append(c.out.People, per)
			for _, n := range a.Names {
				w := tokens(n)
				if len(w) == 0 {
					continue
				}
				c.out.Actors = append(c.out.Actors, &dict.ActorPhrase{Words: w, Caps: make([]bool, len(w)),
					Kind: dict.KindPerson, Person: per, Pos: per.Pos})
			}
		}
	}
}

func firstCode(code string) string {
	cs := splitCodes(code)
	if len(cs) == 0 {
		return ""
	}
	return cs[0]
}

func (c *converter) agents() {
	for _, a := range c.d.Agents.Entries {
		if a.Prefix {
			c.note(c.d.Agents.File, a.Line, "prefix", fmt.Sprintf("prefix agent [%s~] becomes a sector after the country in demarche's analysis", a.Code))
		}
		c.out.Sectors = append(c.out.Sectors, &dict.SectorPhrase{Words: tokens(a.Words), Sector: a.Code,
			Pos: dict.Pos{File: c.d.Agents.File, Line: a.Line}})
	}
}

// known reports whether code is a CAMEO code demarche can emit.
func (c *converter) known(code string) bool {
	_, ok := c.tax.Lookup(code)
	return ok
}

func (c *converter) verbs() {
	v := c.d.Verbs
	for name, s := range v.Synsets {
		ws := &dict.WordSet{Name: name, Pos: dict.Pos{File: v.File, Line: s.Line}}
		for _, ph := range s.Phrases {
			ws.Phrases = append(ws.Phrases, tokens(ph))
		}
		c.out.Sets["petrarch:"+name] = ws
	}
	for _, b := range v.Blocks {
		vc := &dict.VerbClass{Name: "petrarch:" + b.Name, Code: dict.NoCode, Pos: dict.Pos{File: v.File, Line: b.Line}}
		switch {
		case b.Code == NoCode || b.Code == "":
		case c.known(b.Code):
			vc.Code = b.Code
			if b.Paired != "" {
				c.note(v.File, b.Line, "pairedblock", fmt.Sprintf("paired code [%s:%s]: demarche's analysis codes the first event only", b.Code, b.Paired))
			}
		default:
			c.note(v.File, b.Line, "unknowncode", fmt.Sprintf("code [%s] is not a CAMEO code: left out of demarche's analysis (such codes code only a supplied parse)", b.Code))
		}
		if b.Code == "" && b.Paired != "" {
			c.note(v.File, b.Line, "reverseonly", "a code that names only the reverse event ([:110]) is left out of demarche's analysis")
		}
		for _, vb := range b.Verbs {
			words := vb.Words[vb.Head:]
			if vb.Head > 0 {
				c.note(v.File, vb.Line, "wordsbefore", fmt.Sprintf("verb %s: demarche's verbs start with the verb, the words before it are dropped", strings.Join(vb.Words, "_")))
			}
			if vb.Code != "" && vb.Code != b.Code {
				c.note(v.File, vb.Line, "verbcode", "a verb's own code applies to the whole block in demarche's analysis")
			}
			lemma := strings.ToLower(words[0])
			vc.Verbs = append(vc.Verbs, strings.ToLower(strings.Join(words, " ")))
			for _, f := range vb.Forms[1:] {
				if len(vb.Forms) > 1 && f.Head < len(f.Words) {
					c.out.Irregular[lemma] = appendNew(c.out.Irregular[lemma], strings.ToLower(f.Words[f.Head]))
				}
			}
		}
		if len(vc.Verbs) == 0 {
			continue
		}
		for _, p := range b.Patterns {
			if dp := c.pattern(p, vc); dp != nil {
				vc.Patterns = append(vc.Patterns, dp)
			}
		}
		c.out.Verbs = append(c.out.Verbs, vc)
	}
	if len(v.Transform) > 0 {
		c.note(v.File, v.Transform[0].Line, "transform", "transformations are not applied by demarche's own analysis")
	}
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// pattern translates a pattern; nil when it cannot be.
func (c *converter) pattern(p *Pattern, vc *dict.VerbClass) *dict.Pattern {
	code := p.Code
	if code == "" {
		c.note(c.d.Verbs.File, p.Line, "reverseonly", "a code that names only the reverse event ([:110]) is left out of demarche's analysis")
		return nil
	}
	if code != NoCode && !c.known(code) {
		c.note(c.d.Verbs.File, p.Line, "unknowncode", fmt.Sprintf("code [%s] is not a CAMEO code: left out of demarche's analysis (such codes code only a supplied parse)", code))
		return nil
	}
	if p.Paired != "" {
		c.note(c.d.Verbs.File, p.Line, "paired", fmt.Sprintf("paired code [%s:%s]: demarche's analysis codes the first event only", p.Code, p.Paired))
	}
	var elems []dict.Elem
	up := Flatten(p.Upper())
	for _, e := range up {
		de, ok := c.elem(e, p, true)
		if !ok {
			return nil
		}
		if de != nil {
			elems = append(elems, *de)
		}
	}
	elems = append(elems, dict.Elem{Kind: dict.ElemVerb})
	lo := Flatten(p.Lower())
	prevGlue := p.Elems[p.Verb].Glue
	for _, e := range lo {
		de, ok := c.elem(e, p, false)
		if !ok {
			return nil
		}
		if de == nil {
			prevGlue = false
			continue
		}
		if !prevGlue && de.Kind == dict.ElemWords {
			elems = append(elems, dict.Elem{Kind: dict.ElemGap})
		}
		elems = append(elems, *de)
		prevGlue = e.Glue
	}
	if len(up) > 0 {
		c.note(c.d.Verbs.File, p.Line, "upper", "words before the verb must stand right before it in demarche's analysis (PETRARCH lets other words come between)")
	}
	if strings.ContainsAny(p.Text, "({") {
		c.note(c.d.Verbs.File, p.Line, "groups", "prepositional \"(…)\" and noun-phrase \"{…}\" groups are matched as their words in order")
	}
	return &dict.Pattern{Code: code, Elems: elems, Text: p.Text, Pos: dict.Pos{File: c.d.Verbs.File, Line: p.Line}, Class: vc}
}

// elem translates one element; nil with ok for an element that has no
// equivalent and is dropped.
func (c *converter) elem(e Elem, p *Pattern, upper bool) (*dict.Elem, bool) {
	switch e.Kind {
	case EWord:
		e := dict.WordsElem([][]string{tokens([]string{e.Word})}, "")
		return &e, true
	case ESynset:
		ws := c.out.Sets["petrarch:"+e.Set]
		if ws == nil || len(ws.Phrases) == 0 {
			return nil, false
		}
		e := dict.WordsElem(ws.Phrases, ws.Name)
		return &e, true
	case ESource:
		return &dict.Elem{Kind: dict.ElemSource}, true
	case ETarget:
		return &dict.Elem{Kind: dict.ElemTarget}, true
	case ECompound:
		c.note(c.d.Verbs.File, p.Line, "compound", "'%' (a compound actor) becomes the source before the verb and the target after it")
		if upper {
			return &dict.Elem{Kind: dict.ElemSource}, true
		}
		return &dict.Elem{Kind: dict.ElemTarget}, true
	case ESkip:
		c.note(c.d.Verbs.File, p.Line, "skip", "'^' (skip an actor) becomes a gap after the verb and is dropped before it")
		if upper {
			return nil, true
		}
		return &dict.Elem{Kind: dict.ElemGap}, true
	}
	return nil, false
}
