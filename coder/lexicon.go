package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// lexicon is a dictionary compiled for matching: phrases indexed by their
// first word, verb forms mapped to their classes, patterns grouped by class.
type lexicon struct {
	phrases map[string][]*phrase // first word → phrases, longest first
	forms   map[string][]verbForm
	// surnames maps a person's distinctive name parts to the person, for
	// resolving a bare "Putin" or "Kim" after the full name in a document.
	parts map[*dict.Person][]string
	// conflict holds the one-word forms of classes whose own code is of a
	// conflictual root (11–20) and of no class of a cooperative one
	// (01–09), verbs ("invade", "condemned") at [0] and event nouns
	// ("provocation") at [1]
	conflict [2]map[string]bool
	version  string
}

// phrase is an actor or sector phrase ready for matching.
type phrase struct {
	words  []string
	actor  *dict.ActorPhrase
	sector *dict.SectorPhrase
	// needCap: a one-word name must be capitalised in the text; a longer
	// name needs one capitalised word. Sector words match in any case.
	needCap bool
}

// verbForm is one inflected form of a verb of a class.
type verbForm struct {
	class *dict.VerbClass
	lemma string
	rest  []string // the rest of a multi-word verb ("call on" → on)
	// noun: the class is a noun class (an event named by a noun)
	noun bool
}

func compile(d *dict.Dict) *lexicon {
	lx := &lexicon{
		phrases: map[string][]*phrase{},
		forms:   map[string][]verbForm{},
		parts:   map[*dict.Person][]string{},
	}
	add := func(p *phrase) {
		w := p.words
		for len(w) > 1 && (w[0] == "the") {
			w = w[1:]
		}
		if len(w) == 0 {
			return
		}
		p.words = w
		lx.phrases[w[0]] = append(lx.phrases[w[0]], p)
	}
	for _, a := range d.Actors {
		add(&phrase{words: a.Words, actor: a, needCap: true})
	}
	for _, s := range d.Sectors {
		add(&phrase{words: s.Words, sector: s})
	}
	for k, list := range lx.phrases {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		lx.phrases[k] = list
	}
	for _, p := range d.People {
		lx.parts[p] = nameParts(p)
	}
	for _, c := range d.Verbs {
		for _, v := range c.Verbs {
			words := strings.Fields(strings.ToLower(v))
			lemma, rest := words[0], words[1:]
			forms := inflect(lemma, c.Noun)
			if !c.Noun {
				forms = append(forms, d.Irregular[lemma]...)
			}
			seen := map[string]bool{}
			for _, f := range forms {
				if seen[f] {
					continue
				}
				seen[f] = true
				lx.forms[f] = append(lx.forms[f], verbForm{class: c, lemma: lemma, rest: rest, noun: c.Noun})
			}
		}
	}
	lx.conflict = conflictForms(lx.forms)
	lx.version = version(d)
	return lx
}

// conflictForms returns the one-word forms whose classes with a code of
// their own code conflict (roots 11–20; for verbs not 15, force shown)
// and never cooperation (01–09),
// the verbs' forms at [0] and the nouns' at [1] ("moves" the verb is not
// "moves" the noun). Classes that code only by pattern ("impose"
// sanctions, but also "tighten" an alliance) say nothing of the word alone.
func conflictForms(forms map[string][]verbForm) [2]map[string]bool {
	out := [2]map[string]bool{{}, {}}
	for f, vs := range forms {
		for pos := range out {
			hostile, friendly := false, false
			for _, v := range vs {
				if v.noun != (pos == 1) || len(v.rest) > 0 || v.class.Code == dict.NoCode {
					continue
				}
				switch r := cameo.Root(v.class.Code); {
				case r == "15" && pos == 0:
					// force shown by a verb ("deploy", "launch", "reinforce")
					// depends on its object: a contingent, a procedure
				case r >= "11" && r <= "20":
					hostile = true
				case r >= "01" && r <= "09":
					friendly = true
				}
			}
			if hostile && !friendly {
				out[pos][f] = true
			}
		}
	}
	return out
}

// nameParts returns the parts of a person's names that may stand alone later
// in a document: the family name of a Korean, Chinese or Vietnamese-style
// name written family name first (three or more words, "Kim Jong Un" → kim)
// and the last word of other names ("Vladimir Putin" → putin).
func nameParts(p *dict.Person) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		f := strings.Fields(strings.ToLower(n))
		if len(f) < 2 {
			continue
		}
		part := f[len(f)-1]
		if len(f) == 3 && len(f[0]) <= 4 {
			part = f[0] // "Kim Jong Un", "Pak Ui Chun"
		}
		if !seen[part] {
			seen[part] = true
			out = append(out, part)
		}
	}
	return out
}

// inflect returns the forms of a lemma: for a verb the third person, past,
// participles (regular, with e-dropping, y → ie and consonant doubling; a
// form that does not exist costs nothing), for a noun the plural.
func inflect(lemma string, noun bool) []string {
	out := []string{lemma}
	n := len(lemma)
	if n == 0 {
		return out
	}
	last := lemma[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	// third person / plural
	switch {
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		out = append(out, lemma+"es")
	case last == 'y' && n > 1 && !vowel(lemma[n-2]):
		out = append(out, lemma[:n-1]+"ies")
	default:
		out = append(out, lemma+"s")
	}
	if noun {
		return out
	}
	switch {
	case last == 'e':
		out = append(out, lemma+"d", lemma[:n-1]+"ing")
	case last == 'y' && n > 1 && !vowel(lemma[n-2]):
		out = append(out, lemma[:n-1]+"ied", lemma+"ing")
	default:
		out = append(out, lemma+"ed", lemma+"ing")
		if n >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
			vowel(lemma[n-2]) && !vowel(lemma[n-3]) {
			out = append(out, lemma+string(last)+"ed", lemma+string(last)+"ing")
		}
	}
	return out
}

// version hashes everything the coder's output depends on in d, so that the
// store can tell events of one dictionary state from another's.
func version(d *dict.Dict) string {
	h := sha256.New()
	for _, a := range d.Actors {
		h.Write([]byte(strings.Join(a.Words, " ") + "\x00" + a.Code + "\x00" + a.Kind.String() + "\n"))
	}
	for _, p := range d.People {
		for _, r := range p.Roles {
			h.Write([]byte(p.Name + "\x00" + r.Period() + r.Code + r.Title + "\n"))
		}
	}
	for _, s := range d.Sectors {
		h.Write([]byte(strings.Join(s.Words, " ") + "\x00" + s.Sector + s.Title + "\n"))
	}
	irr := make([]string, 0, len(d.Irregular))
	for l, f := range d.Irregular {
		irr = append(irr, l+":"+strings.Join(f, " "))
	}
	sort.Strings(irr)
	h.Write([]byte(strings.Join(irr, "\n")))
	for _, c := range d.Verbs {
		h.Write([]byte(c.Name + "\x00" + c.Code + c.Refuse + "\x00" + strings.Join(c.Verbs, "|") + "\n"))
		for _, p := range c.Patterns {
			h.Write([]byte(p.Code + "\x00" + p.Text + "\n"))
		}
	}
	h.Write([]byte(algorithmVersion))
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// algorithmVersion changes when the coder's own logic changes in a way that
// changes its output for the same dictionaries. "+geo-1": languages and
// places (issue 11); bump it when the gazetteer's data changes too.
const algorithmVersion = "coder-1+geo-1"
