package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/demarche-project/demarche/nlp"
)

// SyntaxError is an error in a knowledge file, at a line.
type SyntaxError struct {
	Pos Pos
	Msg string
}

func (e *SyntaxError) Error() string { return e.Pos.String() + ": " + e.Msg }

// Load reads one knowledge file into d. Entries that parse are kept even
// when others do not; the returned error joins one *SyntaxError per bad line.
func (d *Dict) Load(r io.Reader, file string) error {
	p := parser{d: d, file: file}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	for sc.Scan() {
		p.line++
		p.parseLine(sc.Text())
	}
	if err := sc.Err(); err != nil {
		p.errs = append(p.errs, &SyntaxError{Pos{file, p.line + 1}, err.Error()})
	}
	p.finish()
	d.Files = append(d.Files, file)
	return errors.Join(p.errs...)
}

type parser struct {
	d     *Dict
	file  string
	line  int
	errs  []error
	block *block
}

// block is the header of the block being read.
type block struct {
	kind string
	arg  string
	pos  Pos
	// the entry under construction
	country *Country
	code    string
	person  *Person
	sector  string
	set     *WordSet
	verbs   *VerbClass
	source  *Source
	first   int    // actor: index of its first phrase in Dict.Actors
	until   string // actor: the date it ceased to exist
}

func (p *parser) pos() Pos { return Pos{p.file, p.line} }

func (p *parser) errorf(format string, args ...any) {
	p.errs = append(p.errs, &SyntaxError{p.pos(), fmt.Sprintf(format, args...)})
}

// stripComment removes a comment: '#' at the start of the line or after
// white space.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

var (
	countryCode = regexp.MustCompile(`^[A-Z]{3}$`)
	actorCode   = regexp.MustCompile(`^[A-Z0-9]{3}([A-Z0-9]{3})*$`)
	sectorCode  = regexp.MustCompile(`^[A-Z0-9]{3}$`)
	cameoCode   = regexp.MustCompile(`^[0-9]{2,4}$`)
	isoDate     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	setName     = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)
)

// Titles are the roles a person can hold; see FORMAT.md.
var Titles = map[string]bool{
	"president": true, "vice-president": true, "prime-minister": true, "supreme-leader": true,
	"monarch": true, "party-leader": true, "foreign-minister": true, "defence-minister": true,
	"chief-of-staff": true, "un-ambassador": true, "secretary-general": true,
	"spokesperson": true, "official": true,
}

func (p *parser) parseLine(raw string) {
	line := strings.TrimRight(stripComment(raw), " \t\r")
	if strings.TrimSpace(line) == "" {
		return
	}
	if line[0] != ' ' && line[0] != '\t' {
		p.finish()
		p.header(line)
		return
	}
	if p.block == nil {
		p.errorf("field outside a block: %q", strings.TrimSpace(line))
		return
	}
	if p.block.kind == "" { // a bad header: its fields are skipped, the error is already reported
		return
	}
	key, val, ok := strings.Cut(strings.TrimSpace(line), ":")
	if !ok {
		p.errorf("want 'key: value', got %q", strings.TrimSpace(line))
		return
	}
	p.field(strings.TrimSpace(key), strings.TrimSpace(val))
}

// header opens the block a header line begins; a header with a bad
// argument opens a block whose fields are skipped.
func (p *parser) header(line string) {
	kind, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	b := &block{kind: kind, arg: arg, pos: p.pos()}
	p.block = b
	if msg := headerProblem(kind, arg, line); msg != "" {
		p.errorf("%s", msg)
		b.kind = ""
		return
	}
	switch kind {
	case "country":
		b.country = reopen(p.d.Countries, arg, func() *Country { return &Country{Code: arg, Pos: b.pos} })
	case "actor":
		b.code = arg
		b.first = len(p.d.Actors)
	case "person":
		b.person = &Person{Name: arg, Pos: b.pos}
	case "sector":
		b.sector = arg
	case "words":
		b.set = reopen(p.d.Sets, arg, func() *WordSet { return &WordSet{Name: arg, Pos: b.pos} })
	case "verbs", "nouns":
		b.verbs = &VerbClass{Name: arg, Noun: kind == "nouns", Code: NoCode, Pos: b.pos}
	case "source":
		b.source = reopen(p.d.Sources, SourceKey(arg), func() *Source { return &Source{Name: arg, Pos: b.pos} })
	}
}

// headerArgs tells, for each block kind but "irregular", what its
// header's argument must be: a match of pattern, or with no pattern any
// text; want names it in the message of a header without one.
var headerArgs = map[string]struct {
	pattern *regexp.Regexp
	want    string
}{
	"country": {countryCode, "a three-letter code"},
	"actor":   {actorCode, "an actor code such as PRKMED or IGOUNO"},
	"person":  {nil, "a name"},
	"sector":  {sectorCode, "a three-letter sector code"},
	"words":   {setName, "a set name"},
	"verbs":   {nil, "a class name"},
	"nouns":   {nil, "a class name"},
	"source":  {nil, "the name of a publication or stream"},
}

// headerProblem says what is wrong with a block header line of the kind
// kind and the argument arg, or "" when nothing is.
func headerProblem(kind, arg, line string) string {
	if kind == "irregular" {
		if arg != "verbs" {
			return fmt.Sprintf("irregular: want 'irregular verbs', got %q", line)
		}
		return ""
	}
	h, ok := headerArgs[kind]
	switch {
	case !ok:
		return fmt.Sprintf("unknown block kind %q (want country, actor, person, sector, words, verbs, nouns, source or irregular)", kind)
	case h.pattern != nil && !h.pattern.MatchString(arg):
		return fmt.Sprintf("%s: want %s, got %q", kind, h.want, arg)
	case h.pattern == nil && arg == "":
		return kind + ": want " + h.want
	}
	return ""
}

// reopen returns the entry of m under key, made by add and stored when
// there is none yet: a country, word set or source block continues one an
// earlier block (of this file or another) began.
func reopen[T any](m map[string]*T, key string, add func() *T) *T {
	e := m[key]
	if e == nil {
		e = add()
		m[key] = e
	}
	return e
}

// finish completes the block being read.
func (p *parser) finish() {
	b := p.block
	p.block = nil
	if b == nil {
		return
	}
	switch {
	case b.kind == "actor" && b.until != "":
		for _, a := range p.d.Actors[b.first:] {
			a.Until = b.until
		}
	case b.person != nil:
		per := b.person
		if len(per.Roles) == 0 {
			p.errs = append(p.errs, &SyntaxError{b.pos, fmt.Sprintf("person %q has no role", per.Name)})
			return
		}
		p.d.People = append(p.d.People, per)
		for _, name := range append([]string{per.Name}, per.Aliases...) {
			words, caps := phraseCaps(name)
			p.d.Actors = append(p.d.Actors, &ActorPhrase{Words: words, Caps: caps, Kind: KindPerson, Person: per, Pos: per.Pos})
		}
	case b.verbs != nil:
		if len(b.verbs.Verbs) == 0 {
			p.errs = append(p.errs, &SyntaxError{b.pos, fmt.Sprintf("%s %s: no word", b.kind, b.verbs.Name)})
			return
		}
		p.d.Verbs = append(p.d.Verbs, b.verbs)
	}
}

func splitList(val string) []string {
	var out []string
	for _, v := range strings.Split(val, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// phrase tokenizes a dictionary phrase the way text is tokenized.
func phrase(s string) []string {
	toks := nlp.Tokenize(s, 0)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// phraseCaps tokenizes a phrase and marks its all-capital words (two or
// more letters, no lower case: "UN", "DPRK", "U.S."), which match only text
// in capitals, so that "Un" of "Kim Jong Un" is not the UN.
func phraseCaps(s string) ([]string, []bool) {
	toks := nlp.Tokenize(s, 0)
	words := make([]string, len(toks))
	caps := make([]bool, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
		caps[i] = AllCaps(t.Text)
	}
	return words, caps
}

// AllCaps reports whether w has at least two letters and no lower-case one.
func AllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func (p *parser) field(key, val string) {
	b := p.block
	pos := p.pos()
	addActor := func(kind NameKind, code string) {
		for _, v := range splitList(val) {
			words, caps := phraseCaps(v)
			p.d.Actors = append(p.d.Actors, &ActorPhrase{Words: words, Caps: caps, Kind: kind, Code: code, Pos: pos})
		}
	}
	switch b.kind {
	case "country":
		if key == "own" || key == "own-demonym" || key == "own-name" {
			for _, v := range splitList(val) {
				w := phrase(v)
				if len(w) != 1 {
					p.errorf("country: %s: want single words, got %q", key, v)
					continue
				}
				switch key {
				case "own":
					b.country.Own = append(b.country.Own, w[0])
				case "own-name":
					b.country.OwnNames = append(b.country.OwnNames, w[0])
				default:
					b.country.OwnDemonyms = append(b.country.OwnDemonyms, w[0])
				}
			}
			return
		}
		kinds := map[string]NameKind{"name": KindName, "adjective": KindAdjective, "demonym": KindDemonym,
			"capital": KindCapital, "seat": KindSeat, "former": KindName}
		k, ok := kinds[key]
		if !ok {
			p.errorf("country: unknown field %q (want name, adjective, demonym, capital, seat, former, own, own-demonym or own-name)", key)
			return
		}
		addActor(k, b.country.Code)
	case "actor":
		switch key {
		case "name":
			addActor(KindOrg, b.code)
		case "until":
			if !isoDate.MatchString(val) {
				p.errorf("until: want an ISO date (YYYY-MM-DD), got %q", val)
				return
			}
			b.until = val
		default:
			p.errorf("actor: unknown field %q (want name or until)", key)
		}
	case "person":
		switch key {
		case "alias":
			b.person.Aliases = append(b.person.Aliases, splitList(val)...)
		case "died":
			if !isoDate.MatchString(val) {
				p.errorf("died: want an ISO date (YYYY-MM-DD), got %q", val)
				return
			}
			b.person.Died = val
		case "role":
			r, err := parseRole(val)
			if err != nil {
				p.errorf("role: %v", err)
				return
			}
			r.Pos = pos
			b.person.Roles = append(b.person.Roles, r)
		default:
			p.errorf("person: unknown field %q (want alias, role or died)", key)
		}
	case "sector":
		switch key {
		case "word":
			for _, v := range splitList(val) {
				p.d.Sectors = append(p.d.Sectors, &SectorPhrase{Words: phrase(v), Sector: b.sector, Pos: pos})
			}
		case "title":
			title, list, ok := strings.Cut(val, "=")
			title = strings.TrimSpace(title)
			if !ok || !Titles[title] {
				p.errorf("title: want 'TITLE = phrase | phrase' with a known title, got %q", val)
				return
			}
			for _, v := range splitList(list) {
				p.d.Sectors = append(p.d.Sectors, &SectorPhrase{Words: phrase(v), Sector: b.sector, Title: title, Pos: pos})
			}
		default:
			p.errorf("sector: unknown field %q (want word or title)", key)
		}
	case "words":
		if key != "word" {
			p.errorf("words: unknown field %q (want word)", key)
			return
		}
		for _, v := range splitList(val) {
			if strings.HasPrefix(v, "&") {
				other, ok := p.d.Sets[v[1:]]
				if !ok {
					p.errorf("words: unknown set %s (define it before use)", v)
					continue
				}
				b.set.Phrases = append(b.set.Phrases, other.Phrases...)
				continue
			}
			b.set.Phrases = append(b.set.Phrases, phrase(v))
		}
	case "verbs", "nouns":
		p.verbField(key, val, pos)
	case "source":
		switch key {
		case "home":
			if !countryCode.MatchString(val) {
				p.errorf("source: home: want a three-letter country code, got %q", val)
				return
			}
			b.source.Home = val
		case "speaker":
			if !actorCode.MatchString(val) {
				p.errorf("source: speaker: want an actor code such as JPNGOV, got %q", val)
				return
			}
			b.source.Speaker = val
		case "bare-headlines":
			yes, ok := map[string]bool{"yes": true, "no": false}[val]
			if !ok {
				p.errorf("source: bare-headlines: want yes or no, got %q", val)
				return
			}
			b.source.BareHeadlines = yes
		default:
			p.errorf("source: unknown field %q (want home, speaker or bare-headlines)", key)
		}
	case "irregular":
		lemma := strings.ToLower(key)
		if strings.ContainsAny(lemma, " \t") || lemma == "" {
			p.errorf("irregular: want 'lemma: form form …', got %q", key)
			return
		}
		for _, f := range strings.Fields(strings.ReplaceAll(val, "|", " ")) {
			p.d.Irregular[lemma] = append(p.d.Irregular[lemma], strings.ToLower(f))
		}
	}
}

func parseRole(val string) (Role, error) {
	f := strings.Fields(val)
	if len(f) < 3 {
		return Role{}, fmt.Errorf("want 'FROM..TO CODE title', got %q", val)
	}
	from, to, ok := strings.Cut(f[0], "..")
	if !ok {
		return Role{}, fmt.Errorf("want a period FROM..TO, got %q", f[0])
	}
	for _, d := range []string{from, to} {
		if d != "" && !isoDate.MatchString(d) {
			return Role{}, fmt.Errorf("want ISO dates (YYYY-MM-DD), got %q", d)
		}
	}
	if from != "" && to != "" && to < from {
		return Role{}, fmt.Errorf("period ends before it starts: %s", f[0])
	}
	if !actorCode.MatchString(f[1]) {
		return Role{}, fmt.Errorf("want an actor code, got %q", f[1])
	}
	title := f[2]
	if !Titles[title] {
		return Role{}, fmt.Errorf("unknown title %q", title)
	}
	return Role{From: from, To: to, Code: f[1], Title: title}, nil
}

func (p *parser) verbField(key, val string, pos Pos) {
	c := p.block.verbs
	switch key {
	case "code":
		if val != NoCode && !cameoCode.MatchString(val) {
			p.errorf("code: want a CAMEO code or ---, got %q", val)
			return
		}
		c.Code = val
	case "target":
		switch val {
		case "slot":
			c.SlotOnly = true
		case "search":
			c.SlotOnly = false
		default:
			p.errorf("target: want slot or search, got %q", val)
		}
	case "refuse":
		if !cameoCode.MatchString(val) {
			p.errorf("refuse: want a CAMEO code, got %q", val)
			return
		}
		c.Refuse = val
	case "mutual", "speech", "allege":
		b, ok := map[string]bool{"yes": true, "no": false}[val]
		if !ok {
			p.errorf("%s: want yes or no, got %q", key, val)
			return
		}
		switch key {
		case "mutual":
			c.Mutual = b
		case "speech":
			c.Speech = b
		default:
			c.Allege, c.Speech = b, c.Speech || b
		}
	case "verb", "noun":
		if (key == "noun") != c.Noun {
			p.errorf("%q field in a %s block", key, map[bool]string{true: "nouns", false: "verbs"}[c.Noun])
			return
		}
		c.Verbs = append(c.Verbs, splitList(val)...)
	default:
		if !strings.HasPrefix(key, "pattern") {
			p.errorf("verbs: unknown field %q (want code, refuse, mutual, speech, allege, target, verb, noun or pattern CODE)", key)
			return
		}
		code := strings.TrimSpace(strings.TrimPrefix(key, "pattern"))
		if code == "" {
			code = c.Code
		}
		if code != NoCode && !cameoCode.MatchString(code) {
			p.errorf("pattern: want 'pattern CODE: elements', got code %q", code)
			return
		}
		elems, err := ParsePattern(val, p.d.Sets)
		if err != nil {
			p.errorf("pattern %q: %v", val, err)
			return
		}
		c.Patterns = append(c.Patterns, &Pattern{Code: code, Elems: elems, Text: val, Pos: pos, Class: c})
	}
}

// ParsePattern reads pattern elements (see FORMAT.md). A pattern that does
// not contain '*' starts with the verb.
func ParsePattern(s string, sets map[string]*WordSet) ([]Elem, error) {
	lx := &patLexer{s: s, sets: sets}
	elems, err := lx.elems(0)
	if err != nil {
		return nil, err
	}
	verbs := countVerb(elems)
	if verbs > 1 {
		return nil, fmt.Errorf("more than one '*'")
	}
	if verbs == 0 {
		elems = append([]Elem{{Kind: ElemVerb}}, elems...)
	}
	return elems, nil
}

func countVerb(elems []Elem) int {
	n := 0
	for _, e := range elems {
		if e.Kind == ElemVerb {
			n++
		}
		if e.Kind == ElemOptional && countVerb(e.Sub) > 0 {
			n += 2 // the verb may not be optional
		}
	}
	return n
}

type patLexer struct {
	s    string
	i    int
	sets map[string]*WordSet
}

func (lx *patLexer) skipSpace() {
	for lx.i < len(lx.s) && (lx.s[lx.i] == ' ' || lx.s[lx.i] == '\t') {
		lx.i++
	}
}

// elems reads elements until the end or a closing ']' at depth > 0.
func (lx *patLexer) elems(depth int) ([]Elem, error) {
	var out []Elem
	for {
		lx.skipSpace()
		if lx.i >= len(lx.s) {
			if depth > 0 {
				return nil, fmt.Errorf("unclosed '['")
			}
			return out, nil
		}
		c := lx.s[lx.i]
		switch {
		case c == ']':
			if depth == 0 {
				return nil, fmt.Errorf("unexpected ']'")
			}
			lx.i++
			if len(out) == 0 {
				return nil, fmt.Errorf("empty '[]'")
			}
			return out, nil
		case c == '[':
			lx.i++
			sub, err := lx.elems(depth + 1)
			if err != nil {
				return nil, err
			}
			out = append(out, Elem{Kind: ElemOptional, Sub: sub})
		case c == '{':
			end := strings.IndexByte(lx.s[lx.i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("unclosed '{'")
			}
			var alts [][]string
			for _, a := range strings.Split(lx.s[lx.i+1:lx.i+end], "|") {
				if a = strings.TrimSpace(a); a != "" {
					alts = append(alts, phrase(a))
				}
			}
			if len(alts) == 0 {
				return nil, fmt.Errorf("empty '{}'")
			}
			lx.i += end + 1
			out = append(out, WordsElem(alts, ""))
		default:
			j := lx.i
			for j < len(lx.s) && lx.s[j] != ' ' && lx.s[j] != '\t' && lx.s[j] != '[' && lx.s[j] != ']' && lx.s[j] != '{' {
				j++
			}
			w := lx.s[lx.i:j]
			lx.i = j
			switch {
			case w == "*":
				out = append(out, Elem{Kind: ElemVerb})
			case w == "+":
				out = append(out, Elem{Kind: ElemTarget})
			case w == "$":
				out = append(out, Elem{Kind: ElemSource})
			case w == "...":
				out = append(out, Elem{Kind: ElemGap})
			case strings.HasPrefix(w, "&"):
				set, ok := lx.sets[w[1:]]
				if !ok {
					return nil, fmt.Errorf("unknown word set %s", w)
				}
				out = append(out, WordsElem(set.Phrases, set.Name))
			case strings.ContainsAny(w, "}|"):
				return nil, fmt.Errorf("unexpected %q", w)
			default:
				out = append(out, WordsElem([][]string{phrase(w)}, ""))
			}
		}
	}
}
