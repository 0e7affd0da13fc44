package petrarch

import (
	"errors"
	"io"
	"regexp"
	"strings"
)

// NoCode is the code of a verb block or pattern that codes nothing.
const NoCode = "---"

// ElemKind is the kind of a pattern element.
type ElemKind uint8

// Pattern element kinds.
const (
	EWord     ElemKind = iota // a word
	ESynset                   // &NAME: one of the phrases of a synonym set
	ESource                   // $: the source actor
	ETarget                   // +: the target actor
	ECompound                 // %: a compound actor, source and target of a paired event
	ESkip                     // ^: any actor, skipped
	EVerb                     // *: the verb
	EGroup                    // (PREP …) a prepositional phrase or {…} a noun phrase
)

// Elem is one element of a verb pattern.
type Elem struct {
	Kind ElemKind
	Word string // EWord: upper case
	Set  string // ESynset: the set's name without '&'
	// Glue is true when the element is joined to the next one by '_'
	// ("IN_*", "NEW_&TIETYPES_RELATIONS"): nothing may come between them.
	Glue  bool
	Group byte   // EGroup: '(' or '{'
	Sub   []Elem // EGroup: the elements inside
}

// String renders the element in the dictionary syntax.
func (e Elem) String() string {
	var s string
	switch e.Kind {
	case EWord:
		s = e.Word
	case ESynset:
		s = "&" + e.Set
	case ESource:
		s = "$"
	case ETarget:
		s = "+"
	case ECompound:
		s = "%"
	case ESkip:
		s = "^"
	case EVerb:
		s = "*"
	case EGroup:
		close := ")"
		if e.Group == '{' {
			close = "}"
		}
		s = string(e.Group) + elemsString(e.Sub) + close
	}
	if e.Glue {
		s += "_"
	}
	return s
}

func elemsString(es []Elem) string {
	var b strings.Builder
	for i, e := range es {
		b.WriteString(e.String())
		if !e.Glue && i < len(es)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Pattern is one pattern of a verb block: "- UPPER * LOWER [CODE]".
type Pattern struct {
	Elems []Elem // in text order, with the verb as an EVerb element
	Verb  int    // index of the EVerb element
	// Code is the event code (NoCode: the pattern suppresses the event);
	// Paired, when set, is the code of the reverse event, target to
	// source ("[042:043]"). Code is "" for "[:173]", which codes only the
	// reverse event.
	Code, Paired string
	Text         string // the pattern as written, without the leading "- "
	Line         int
	Block        *VerbBlock
}

// Upper returns the elements before the verb, Lower those after it.
func (p *Pattern) Upper() []Elem { return p.Elems[:p.Verb] }

// Lower returns the elements after the verb.
func (p *Pattern) Lower() []Elem { return p.Elems[p.Verb+1:] }

// Weight orders patterns: the more words a pattern must match, the more
// specific it is and the earlier it is tried.
func (p *Pattern) Weight() int { return weight(p.Elems) }

func weight(es []Elem) int {
	w := 0
	for _, e := range es {
		switch e.Kind {
		case EWord, ESynset:
			w += 2
		case ESource, ETarget, ECompound, ESkip:
			w++
		case EGroup:
			w += 1 + weight(e.Sub)
		}
		if e.Glue {
			w++
		}
	}
	return w
}

// Verb is one verb of a block: its words (for a multi-word verb such as
// "CORDON OFF" or "WIRE TAP", Head is the index of the inflected word), its
// forms, and its own code when it has one.
type Verb struct {
	Words []string
	Head  int
	Forms []Form
	Code  string // "" when the verb takes the block's code
	Block *VerbBlock
	Line  int
}

// Form is one written form of a verb: its words and the index of the
// inflected word.
type Form struct {
	Words []string
	Head  int
}

// VerbBlock is a "--- NAME [CODE] ---" block: verbs sharing patterns.
type VerbBlock struct {
	Name     string
	Code     string // default code, NoCode for none
	Paired   string
	Verbs    []*Verb
	Patterns []*Pattern
	Line     int
}

// Synset is a synonym set "&NAME": phrases, each a list of upper-case
// words, with the generated plurals.
type Synset struct {
	Name    string
	Phrases [][]string
	Line    int
	raw     []rawPhrase
}

// Transformation is a line of the TRANSFORMATIONS section of a PETRARCH2
// verb dictionary ("~ a (a b ATTACK) SAY = a b 015"): a nested event
// pattern and its rewrite.
type Transformation struct {
	Left, Right string
	Line        int
}

// Verbs is a verb dictionary.
type Verbs struct {
	File      string
	Synsets   map[string]*Synset
	Blocks    []*VerbBlock
	Transform []Transformation
	// Index maps the inflected word of every form to its verbs.
	Index map[string][]FormOf
	// Xforms are the transformations, parsed.
	Xforms []Xform
	// Syntactic is true for a PETRARCH2 dictionary, whose patterns use
	// "(…)" and "{…}" groups: their words belong to the verb's own clause.
	Syntactic bool
	Notes     []Note
}

// FormOf is a form and its verb, as indexed by the inflected word.
type FormOf struct {
	Form Form
	Verb *Verb
}

var (
	verbHeader = regexp.MustCompile(`^---\s+(.*?)\s*\[([^\]]*)\](?:\s*\[([^\]]*)\])?\s*(?:---)?\s*(?:---)?\s*$`)
	codeRe     = regexp.MustCompile(`^(?:[0-9A-Za-z?+#-]+)?(?::[0-9A-Za-z?+#-]+)?$`)
	verbWord   = regexp.MustCompile(`^[A-Z0-9'.&-]+$`)
)

// ReadVerbs reads a verb dictionary in the PETRARCH2 format (CAMEO.2.0.txt:
// synonym sets, verb blocks, patterns with prepositional "(…)" and noun
// phrase "{…}" groups, transformations) or the older PETRARCH/TABARI style
// with '_' connectors and XML comments (PETR.Validate.verbs.txt). Lines
// that cannot be read are reported as *SyntaxError errors, joined, and
// skipped; everything else is kept. Constructs read but approximated by
// the coder are listed in Verbs.Notes.
func ReadVerbs(r io.Reader, file string) (*Verbs, error) {
	lines, errs := readLines(r, file)
	v := &Verbs{File: file, Synsets: map[string]*Synset{}, Index: map[string][]FormOf{}}
	p := &verbParser{v: v, file: file}
	// first pass: the synonym sets, wherever they are
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].text)
		if !strings.HasPrefix(t, "&") {
			continue
		}
		name := synName(t)
		if name == "" || strings.ContainsAny(name, " \t") {
			errs = append(errs, syntaxErr(file, lines[i].n, "bad synonym set name %q", t))
			continue
		}
		s := &Synset{Name: name, Line: lines[i].n}
		if old, ok := v.Synsets[name]; ok {
			v.Notes = append(v.Notes, Note{file, lines[i].n, msgf("synonym set &%s defined again (first at line %d): the phrases are merged", name, old.Line)})
			s = old
		}
		v.Synsets[name] = s
		for i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1].text), "+") {
			i++
			s.raw = append(s.raw, rawPhrase{strings.TrimSpace(lines[i].text)[1:], lines[i].n})
		}
	}
	for _, s := range v.Synsets {
		errs = append(errs, p.expandSet(s, map[string]bool{})...)
	}
	// second pass: blocks, verbs, patterns, transformations
	inSet := false
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case strings.HasPrefix(t, "&"):
			inSet = true
		case strings.HasPrefix(t, "+") && inSet:
		case strings.HasPrefix(t, "---"):
			inSet = false
			p.header(t, l.n, &errs)
		case strings.HasPrefix(t, "~"):
			inSet = false
			left, right, ok := strings.Cut(t[1:], "=")
			if !ok {
				errs = append(errs, syntaxErr(file, l.n, "transformation without '=': %q", t))
				continue
			}
			v.Transform = append(v.Transform, Transformation{strings.TrimSpace(left), strings.TrimSpace(right), l.n})
		case strings.HasPrefix(t, "-"):
			inSet = false
			p.pattern(t, l.n, &errs)
		default:
			inSet = false
			p.verb(t, l.n, &errs)
		}
	}
	for _, t := range v.Transform {
		x, ok := parseXform(t)
		if !ok {
			errs = append(errs, syntaxErr(file, t.Line, "transformation %q: want \"~ a (b c VERB) VERB = a b CODE\"", t.Left+" = "+t.Right))
			continue
		}
		v.Xforms = append(v.Xforms, x)
	}
	for _, b := range v.Blocks {
		for _, p := range b.Patterns {
			if strings.ContainsAny(p.Text, "({") {
				v.Syntactic = true
			}
		}
	}
	if len(v.Transform) > 0 {
		v.Notes = append(v.Notes, Note{file, v.Transform[0].Line, msgf("%d transformations are applied to a verb and the first verb coded inside its phrase, by their verbs' lemmas", len(v.Transform))})
	}
	for _, b := range v.Blocks {
		for _, vb := range b.Verbs {
			for _, f := range vb.Forms {
				h := f.Words[f.Head]
				v.Index[h] = append(v.Index[h], FormOf{f, vb})
			}
		}
	}
	return v, joinErrs(errs)
}

type rawPhrase struct {
	text string
	line int
}

func synName(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(strings.ToUpper(strings.TrimPrefix(f[0], "&")), "_")
}

type verbParser struct {
	v     *Verbs
	file  string
	block *VerbBlock
}

// expandSet turns the raw lines of a set into phrases, following embedded
// sets and generating plurals of words not stopped by a final '_'.
func (p *verbParser) expandSet(s *Synset, seen map[string]bool) []error {
	if s.raw == nil {
		return nil
	}
	if seen[s.Name] {
		return []error{syntaxErr(p.file, s.Line, "synonym set &%s includes itself", s.Name)}
	}
	seen[s.Name] = true
	var errs []error
	raw := s.raw
	s.raw = nil
	for _, r := range raw {
		if strings.HasPrefix(r.text, "&") {
			name := synName(r.text)
			o, ok := p.v.Synsets[name]
			if !ok {
				errs = append(errs, syntaxErr(p.file, r.line, "unknown synonym set &%s in &%s", name, s.Name))
				continue
			}
			errs = append(errs, p.expandSet(o, seen)...)
			s.Phrases = append(s.Phrases, o.Phrases...)
			continue
		}
		words := splitWords(r.text)
		if len(words) == 0 {
			errs = append(errs, &SyntaxError{p.file, r.line, "empty synonym"})
			continue
		}
		s.Phrases = append(s.Phrases, words)
		if !strings.HasSuffix(strings.TrimSpace(r.text), "_") {
			last := words[len(words)-1]
			if pl := plural(last); pl != last {
				w := append(append([]string(nil), words[:len(words)-1]...), pl)
				s.Phrases = append(s.Phrases, w)
			}
		}
	}
	return errs
}

// plural returns the regular plural of a noun in upper case.
func plural(w string) string {
	n := len(w)
	if n < 2 || !isLetter(w[n-1]) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "X") || strings.HasSuffix(w, "Z") ||
		strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		return w + "ES"
	case w[n-1] == 'Y' && !isVowel(w[n-2]):
		return w[:n-1] + "IES"
	}
	return w + "S"
}

func isLetter(c byte) bool { return 'A' <= c && c <= 'Z' }
func isVowel(c byte) bool  { return strings.IndexByte("AEIOU", c) >= 0 }

// verbForms returns the regular forms of a verb in upper case: the verb,
// its third person, past and present participle. PETRARCH doubles no
// consonant ("STOPPED" must be written).
func verbForms(w string) []string {
	out := []string{w}
	n := len(w)
	if n < 2 || !isLetter(w[n-1]) {
		return out
	}
	last := w[n-1]
	switch {
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "X") || strings.HasSuffix(w, "Z") ||
		strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		out = append(out, w+"ES")
	case last == 'Y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"IES")
	default:
		out = append(out, w+"S")
	}
	switch {
	case last == 'E':
		out = append(out, w+"D", w[:n-1]+"ING")
	case last == 'Y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"IED", w+"ING")
	default:
		out = append(out, w+"ED", w+"ING")
	}
	return out
}

// parseCode reads "[042]", "[042:043]", "[:110]" or "[---]" content.
func parseCode(s string) (code, paired string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || !codeRe.MatchString(s) {
		return "", "", false
	}
	code, paired, _ = strings.Cut(s, ":")
	return code, paired, true
}

func (p *verbParser) header(t string, n int, errs *[]error) {
	m := verbHeader.FindStringSubmatch(t)
	if m == nil {
		*errs = append(*errs, syntaxErr(p.file, n, "bad verb block header %q (want \"--- NAME [CODE] ---\")", t))
		p.block = nil
		return
	}
	code, paired, ok := parseCode(m[2])
	if !ok {
		*errs = append(*errs, syntaxErr(p.file, n, "bad code [%s] in verb block header", m[2]))
		p.block = nil
		return
	}
	b := &VerbBlock{Name: strings.TrimSpace(m[1]), Code: code, Paired: paired, Line: n}
	if m[3] != "" {
		p.v.Notes = append(p.v.Notes, Note{p.file, n, msgf("verb block %s has a second code [%s]: ignored, the block codes [%s]", b.Name, m[3], m[2])})
	}
	p.v.Blocks = append(p.v.Blocks, b)
	p.block = b
}

// multiword reads "WIRE_+TAP", "+CORDON_OFF", "LASH OUT": the words and
// the index of the verb ('+'-marked, else the first word).
func multiword(s string) ([]string, int, bool) {
	parts := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	head := -1
	words := make([]string, 0, len(parts))
	for i, w := range parts {
		if strings.HasPrefix(w, "+") {
			if head >= 0 {
				return nil, 0, false
			}
			head = i
			w = w[1:]
		}
		if w == "" || !verbWord.MatchString(w) {
			return nil, 0, false
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return nil, 0, false
	}
	if head < 0 {
		head = 0
	}
	return words, head, true
}

func (p *verbParser) verb(t string, n int, errs *[]error) {
	if p.block == nil {
		*errs = append(*errs, syntaxErr(p.file, n, "verb %q outside a verb block", t))
		return
	}
	s := t
	code := ""
	if i := strings.LastIndexByte(s, '['); i >= 0 {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			*errs = append(*errs, syntaxErr(p.file, n, "unclosed '[' in %q", t))
			return
		}
		c, paired, ok := parseCode(s[i+1 : i+j])
		if !ok {
			*errs = append(*errs, syntaxErr(p.file, n, "bad code [%s]", s[i+1:i+j]))
			return
		}
		if paired != "" {
			c = s[i+1 : i+j]
		}
		code = c
		if strings.TrimSpace(s[i+j+1:]) != "" {
			*errs = append(*errs, syntaxErr(p.file, n, "text after the code in %q", t))
			return
		}
		s = s[:i]
	}
	var irregular []string
	braces := false
	if i := strings.IndexByte(s, '{'); i >= 0 {
		j := strings.IndexByte(s, '}')
		if j < i {
			*errs = append(*errs, syntaxErr(p.file, n, "unclosed '{' in %q", t))
			return
		}
		braces = true
		irregular = strings.Fields(s[i+1 : j])
		if strings.TrimSpace(s[j+1:]) != "" {
			*errs = append(*errs, syntaxErr(p.file, n, "text after '}' in %q", t))
			return
		}
		s = s[:i]
	}
	words, head, ok := multiword(s)
	if !ok {
		*errs = append(*errs, syntaxErr(p.file, n, "bad verb %q", strings.TrimSpace(s)))
		return
	}
	vb := &Verb{Words: words, Head: head, Code: code, Block: p.block, Line: n}
	vb.Forms = append(vb.Forms, Form{words, head})
	if braces {
		for _, f := range irregular {
			fw, fh, ok := multiword(f)
			if !ok {
				*errs = append(*errs, syntaxErr(p.file, n, "bad verb form %q", f))
				continue
			}
			if len(fw) == 1 && len(words) > 1 {
				// a bare irregular form of a multi-word verb: the
				// other words stay
				w := append([]string(nil), words...)
				w[head] = fw[0]
				fw, fh = w, head
			}
			vb.Forms = append(vb.Forms, Form{fw, fh})
		}
	} else {
		for _, f := range verbForms(words[head])[1:] {
			w := append([]string(nil), words...)
			w[head] = f
			vb.Forms = append(vb.Forms, Form{w, head})
		}
	}
	p.block.Verbs = append(p.block.Verbs, vb)
}

func (p *verbParser) pattern(t string, n int, errs *[]error) {
	if p.block == nil {
		*errs = append(*errs, syntaxErr(p.file, n, "pattern %q outside a verb block", t))
		return
	}
	body := strings.TrimSpace(strings.TrimPrefix(t, "-"))
	i := strings.LastIndexByte(body, '[')
	j := strings.LastIndexByte(body, ']')
	if i < 0 || j < i {
		*errs = append(*errs, syntaxErr(p.file, n, "pattern without a [CODE]: %q", t))
		return
	}
	if rest := strings.TrimSpace(body[j+1:]); rest != "" {
		*errs = append(*errs, syntaxErr(p.file, n, "text after the code of a pattern: %q", rest))
		return
	}
	code, paired, ok := parseCode(body[i+1 : j])
	if !ok {
		*errs = append(*errs, syntaxErr(p.file, n, "bad code [%s] in pattern", body[i+1:j]))
		return
	}
	text := strings.TrimSpace(body[:i])
	elems, err := p.parseElems(text)
	if err != nil {
		*errs = append(*errs, syntaxErr(p.file, n, "pattern %q: %v", text, err))
		return
	}
	verb := -1
	for k, e := range elems {
		if e.Kind == EVerb {
			if verb >= 0 {
				*errs = append(*errs, syntaxErr(p.file, n, "pattern %q: more than one '*'", text))
				return
			}
			verb = k
		}
	}
	if verb < 0 {
		*errs = append(*errs, syntaxErr(p.file, n, "pattern %q has no '*' for the verb", text))
		return
	}
	p.block.Patterns = append(p.block.Patterns, &Pattern{Elems: elems, Verb: verb, Code: code, Paired: paired,
		Text: text, Line: n, Block: p.block})
}

// patTokens splits pattern text into tokens: brackets alone, other tokens
// at white space.
func patTokens(s string) []string {
	var out []string
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch r {
		case ' ', '\t':
			flush()
		case '(', ')', '{', '}':
			flush()
			out = append(out, string(r))
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

func (p *verbParser) parseElems(s string) ([]Elem, error) {
	toks := patTokens(s)
	k := 0
	elems, err := p.elemsUntil(toks, &k, "")
	if err != nil {
		return nil, err
	}
	if k < len(toks) {
		return nil, errorf("unexpected %q", toks[k])
	}
	return elems, nil
}

func (p *verbParser) elemsUntil(toks []string, k *int, close string) ([]Elem, error) {
	var out []Elem
	for *k < len(toks) {
		t := toks[*k]
		*k++
		switch t {
		case "(", "{":
			want := ")"
			if t == "{" {
				want = "}"
			}
			sub, err := p.elemsUntil(toks, k, want)
			if err != nil {
				return nil, err
			}
			out = append(out, Elem{Kind: EGroup, Group: t[0], Sub: sub})
			continue
		case ")", "}":
			if t != close {
				return nil, errorf("unexpected %q", t)
			}
			return out, nil
		}
		es, err := p.token(t)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	if close != "" {
		return nil, errorf("unclosed %q", map[string]string{")": "(", "}": "{"}[close])
	}
	return out, nil
}

// token reads one white-space-delimited token, which '_' may split into
// glued elements ("IN_*", "NEW_&TIETYPES_RELATIONS", "&FIGHT_OF_WORDS").
func (p *verbParser) token(t string) ([]Elem, error) {
	parts := strings.Split(strings.ToUpper(t), "_")
	var out []Elem
	for i := 0; i < len(parts); i++ {
		w := parts[i]
		if w == "" {
			// a trailing or doubled '_': a stop, nothing to match
			continue
		}
		var e Elem
		switch {
		case w == "*":
			e.Kind = EVerb
		case w == "$":
			e.Kind = ESource
		case w == "+":
			e.Kind = ETarget
		case w == "%":
			e.Kind = ECompound
		case w == "^":
			e.Kind = ESkip
		case strings.HasPrefix(w, "&"):
			// the longest run of parts that names a known set
			name, used := "", 0
			for j := i; j < len(parts); j++ {
				cand := strings.TrimPrefix(strings.Join(parts[i:j+1], "_"), "&")
				if _, ok := p.v.Synsets[cand]; ok {
					name, used = cand, j-i+1
				}
			}
			if name == "" {
				return nil, errorf("unknown synonym set %s", w)
			}
			e.Kind, e.Set = ESynset, name
			i += used - 1
		default:
			if strings.ContainsAny(w, "$%^*&[]") {
				return nil, errorf("bad word %q", w)
			}
			e.Kind, e.Word = EWord, w
		}
		out = append(out, e)
	}
	// every element but the last of the token is glued to the next
	for i := 0; i+1 < len(out); i++ {
		out[i].Glue = true
	}
	if len(out) > 0 && strings.HasSuffix(t, "_") && len(strings.Trim(t, "_")) > 0 {
		// "IN_ *": glued to what follows the token too
		out[len(out)-1].Glue = true
	}
	return out, nil
}

func joinErrs(errs []error) error { return errors.Join(errs...) }

// Xform is a parsed transformation: "~ OS (IS IT IV) OV = RS RT RC": the
// outer source, the inner source, target and verb, the outer verb, the
// resulting source, target and code, the two sides as written and the
// line.
type Xform struct {
	OuterSrc, InSrc, InTgt, InVerb, Outer string
	RSrc, RTgt, RCode                     string
	Left, Right                           string
	Line                                  int
}

var xformLeft = regexp.MustCompile(`^(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)$`)

func parseXform(t Transformation) (Xform, bool) {
	m := xformLeft.FindStringSubmatch(t.Left)
	r := strings.Fields(t.Right)
	if m == nil || len(r) != 3 {
		return Xform{}, false
	}
	return Xform{OuterSrc: m[1], InSrc: m[2], InTgt: m[3], InVerb: strings.ToUpper(m[4]), Outer: strings.ToUpper(m[5]),
		RSrc: r[0], RTgt: r[1], RCode: r[2], Left: t.Left, Right: t.Right, Line: t.Line}, true
}

// Flatten inlines groups: a prepositional group "(TO X)" is matched as
// its words in order, a noun phrase group "{A B}" as consecutive words.
func Flatten(es []Elem) []Elem {
	var out []Elem
	for _, e := range es {
		if e.Kind != EGroup {
			out = append(out, e)
			continue
		}
		sub := Flatten(e.Sub)
		if e.Group == '{' {
			for i := range sub {
				if i < len(sub)-1 {
					sub[i].Glue = true
				}
			}
		}
		if len(sub) > 0 {
			sub[len(sub)-1].Glue = e.Glue
		}
		out = append(out, sub...)
	}
	return out
}
