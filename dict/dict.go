// Package dict holds the coder's knowledge: countries, organisations, people
// with dated roles, sector words, word sets and verb patterns, read from the
// text format described in FORMAT.md. The built-in files in data/ are
// embedded in the binary; users add their own with Load.
package dict

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is where an entry was defined: the rule that fired, for provenance.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// NameKind says how an actor phrase contributes to an actor code.
type NameKind uint8

// The kinds of actor phrases.
const (
	KindName      NameKind = iota // a name: the code as is
	KindAdjective                 // an adjective: the country, sector from the noun
	KindDemonym                   // the people: country + CVL
	KindCapital                   // a capital as metonym: country + GOV
	KindSeat                      // a seat of government: country + GOV
	KindOrg                       // an organisation with a full code
	KindPerson                    // a person: code by date
)

var kindNames = [...]string{"name", "adjective", "demonym", "capital", "seat", "organisation", "person"}

func (k NameKind) String() string { return kindNames[k] }

// ActorPhrase is one phrase that designates an actor.
type ActorPhrase struct {
	Words  []string // normalised tokens
	Caps   []bool   // words written in capitals ("UN", "DPRK"): they match only capitals
	Kind   NameKind
	Code   string  // actor code; for people, see Person
	Person *Person // set for KindPerson
	Until  string  // for organisations that ceased to exist: the ISO date, or ""
	Pos    Pos
}

// Person is someone whose code depends on the date.
type Person struct {
	Name    string
	Aliases []string
	Roles   []Role
	Died    string // ISO date of death, or ""
	Pos     Pos
}

// DeadOn reports whether the person had died before date (ISO): a dead
// leader is still named, praised and mourned, but does nothing new.
func (p *Person) DeadOn(date string) bool { return p.Died != "" && p.Died < date }

// Role is a dated position held by a person.
type Role struct {
	From, To string // ISO dates; "" is open
	Code     string
	Title    string
	Pos      Pos
}

// Covers reports whether date (ISO) falls within the role's period.
func (r Role) Covers(date string) bool {
	return (r.From == "" || r.From <= date) && (r.To == "" || date <= r.To)
}

// Period renders the role's period as FROM..TO.
func (r Role) Period() string { return r.From + ".." + r.To }

// RoleAt returns the role by which the person is known on date: the role
// covering it (the latest-starting one if several do), else the nearest role
// before it, else the first role after it. ok is false for a person without
// roles.
func (p *Person) RoleAt(date string) (Role, bool) {
	if len(p.Roles) == 0 {
		return Role{}, false
	}
	var best *Role
	for i := range p.Roles {
		r := &p.Roles[i]
		if r.Covers(date) && (best == nil || r.From > best.From) {
			best = r
		}
	}
	if best != nil {
		return *best, true
	}
	for i := range p.Roles { // nearest before
		r := &p.Roles[i]
		if r.To != "" && r.To < date && (best == nil || r.To > best.To) {
			best = r
		}
	}
	if best != nil {
		return *best, true
	}
	for i := range p.Roles { // first after
		r := &p.Roles[i]
		if best == nil || r.From < best.From {
			best = r
		}
	}
	return *best, true
}

// Country is a state with its names.
type Country struct {
	Code string
	// Own are the adjectives (and OwnDemonyms the words for the people)
	// that, standing alone in a publication of this country, name it:
	// "Korean" in a North Korean paper is North Korean.
	Own, OwnDemonyms []string
	// OwnNames are the words that name it in its own publications, not
	// capitalised: "the homeland", "the motherland" in KCNA.
	OwnNames []string
	Pos      Pos
}

// SectorPhrase is a head noun or noun phrase that marks a sector.
type SectorPhrase struct {
	Words  []string
	Sector string
	Title  string // the title it names, if any ("president")
	Pos    Pos
}

// WordSet is a named set of phrases for patterns.
type WordSet struct {
	Name    string
	Phrases [][]string
	Pos     Pos
}

// VerbClass is a set of verbs (or, with Noun set, of nouns that name an
// event: "visit", "gift") sharing a default code and patterns.
type VerbClass struct {
	Name     string
	Noun     bool
	Code     string // default code, or NoCode
	Refuse   string // code when the verb is refused ("will not give in": 124), or ""
	Mutual   bool   // a reciprocal event ("meet"): coded both ways
	Speech   bool   // a verb of saying: its content clause is reported speech
	Allege   bool   // its content is alleged, not asserted: a claimed attack is an accusation (112)
	SlotOnly bool   // its target comes only from a pattern's + slot, never from a search of the clause
	Verbs    []string
	Patterns []*Pattern
	Pos      Pos
}

// NoCode is the code of a pattern or class that codes nothing.
const NoCode = "---"

// Pattern is one pattern of a verb class.
type Pattern struct {
	Code  string
	Elems []Elem // the elements, with the verb as an ElemVerb
	Text  string // as written
	Pos   Pos
	Class *VerbClass
}

// Weight orders patterns: longer, more specific patterns are tried first.
func (p *Pattern) Weight() int {
	w := 0
	for _, e := range p.Elems {
		w += e.weight()
	}
	return w
}

// ElemKind is the kind of a pattern element.
type ElemKind uint8

// Pattern element kinds.
const (
	ElemVerb     ElemKind = iota // the verb of the class
	ElemWords                    // one of several phrases
	ElemTarget                   // an actor phrase: the target
	ElemSource                   // an actor phrase: the source
	ElemGap                      // up to GapLen tokens
	ElemOptional                 // the elements in Sub, or nothing
)

// GapLen is how many tokens a "..." element may skip.
const GapLen = 12

// Elem is one element of a pattern.
type Elem struct {
	Kind    ElemKind
	Phrases [][]string // ElemWords: the alternatives, normalised tokens
	Set     string     // ElemWords from a word set: its name, for display
	Sub     []Elem     // ElemOptional

	// the first and last words of Phrases, when they are many (see
	// WordsElem): a matcher tries the phrases at a token only when its
	// word is one of them
	firsts, lasts map[string]bool
}

// indexFrom is how many phrases an element has before it indexes their
// first and last words: below it, comparing the phrases costs less than a
// map look-up.
const indexFrom = 8

// WordsElem returns an ElemWords element of the phrases (named by the set
// they come from, or ""), indexed by their first and last words when they
// are many.
func WordsElem(phrases [][]string, set string) Elem {
	e := Elem{Kind: ElemWords, Phrases: phrases, Set: set}
	if len(phrases) >= indexFrom {
		e.firsts, e.lasts = map[string]bool{}, map[string]bool{}
		for _, ph := range phrases {
			if len(ph) > 0 {
				e.firsts[ph[0]], e.lasts[ph[len(ph)-1]] = true, true
			}
		}
	}
	return e
}

// MayStart reports whether one of the element's phrases may begin with
// word w: false only when the element is indexed and none does.
func (e *Elem) MayStart(w string) bool { return e.firsts == nil || e.firsts[w] }

// MayEnd reports whether one of the element's phrases may end with word
// w: false only when the element is indexed and none does.
func (e *Elem) MayEnd(w string) bool { return e.lasts == nil || e.lasts[w] }

func (e Elem) weight() int {
	switch e.Kind {
	case ElemWords:
		return 3
	case ElemTarget, ElemSource:
		return 2
	case ElemOptional:
		return 1
	}
	return 0
}

// String renders the element in the file syntax.
func (e Elem) String() string {
	switch e.Kind {
	case ElemVerb:
		return "*"
	case ElemTarget:
		return "+"
	case ElemSource:
		return "$"
	case ElemGap:
		return "..."
	case ElemOptional:
		parts := make([]string, len(e.Sub))
		for i, s := range e.Sub {
			parts[i] = s.String()
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	if e.Set != "" {
		return "&" + e.Set
	}
	if len(e.Phrases) == 1 {
		return strings.Join(e.Phrases[0], " ")
	}
	alts := make([]string, len(e.Phrases))
	for i, p := range e.Phrases {
		alts[i] = strings.Join(p, " ")
	}
	return "{" + strings.Join(alts, "|") + "}"
}

// Source is a publication or stream named in documents' source field: the
// country "here" is in its datelines, and the speaker of its statements.
type Source struct {
	Name    string
	Home    string // country code, or ""
	Speaker string // actor code of "we", "my Government", or ""
	// BareHeadlines: every sentence of the source ends with a stop, so a
	// document whose whole text is one line without one is a headline.
	BareHeadlines bool
	Pos           Pos
}

// SourceKey normalises a source name for lookup: lower case, single spaces.
func SourceKey(name string) string { return strings.Join(strings.Fields(strings.ToLower(name)), " ") }

// Dict is a loaded set of knowledge files.
type Dict struct {
	Countries map[string]*Country
	Actors    []*ActorPhrase
	People    []*Person
	Sectors   []*SectorPhrase
	Sets      map[string]*WordSet
	Verbs     []*VerbClass
	// Irregular maps a verb lemma to its irregular forms ("say" → said),
	// for every class that uses the verb.
	Irregular map[string][]string
	// Sources maps a SourceKey to what the coder knows of that source.
	Sources map[string]*Source
	Files   []string // the files loaded, in order
}

// New returns an empty dictionary.
func New() *Dict {
	return &Dict{Countries: map[string]*Country{}, Sets: map[string]*WordSet{}, Irregular: map[string][]string{}, Sources: map[string]*Source{}}
}

// Patterns returns every pattern of every verb class, most specific first;
// ties keep file order.
func (d *Dict) Patterns() []*Pattern {
	var out []*Pattern
	for _, c := range d.Verbs {
		out = append(out, c.Patterns...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight() > out[j].Weight() })
	return out
}

// Stats summarises a dictionary for `demarche dicts`.
func (d *Dict) Stats() map[string]int {
	patterns := 0
	verbs := 0
	for _, c := range d.Verbs {
		patterns += len(c.Patterns)
		verbs += len(c.Verbs)
	}
	return map[string]int{
		"countries":      len(d.Countries),
		"actor phrases":  len(d.Actors),
		"people":         len(d.People),
		"sector phrases": len(d.Sectors),
		"word sets":      len(d.Sets),
		"verb classes":   len(d.Verbs),
		"verbs":          verbs,
		"patterns":       patterns,
	}
}
