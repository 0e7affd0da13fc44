package petrarch

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// DateOp says how a dated code restricts the dates it applies to.
type DateOp uint8

// Date restrictions of actor codes.
const (
	Always  DateOp = iota // no restriction: the default code
	Before                // [CODE <DATE]: dates before DATE
	After                 // [CODE >DATE]: dates after DATE
	Between               // [CODE FROM-TO]: FROM to TO, both included
)

// DatedCode is one code of an actor with its date restriction. Dates are
// YYYYMMDD numbers; six-digit dates of the older files (YYMMDD) are read
// with years 30–99 in the 1900s and 00–29 in the 2000s.
type DatedCode struct {
	Code     string
	Op       DateOp
	From, To int
}

// Covers reports whether the code applies on date (YYYYMMDD).
func (c DatedCode) Covers(date int) bool {
	switch c.Op {
	case Before:
		return date < c.To
	case After:
		return date > c.From
	case Between:
		return c.From <= date && date <= c.To
	}
	return true
}

func (c DatedCode) String() string {
	switch c.Op {
	case Before:
		return fmt.Sprintf("[%s <%d]", c.Code, c.To)
	case After:
		return fmt.Sprintf("[%s >%d]", c.Code, c.From)
	case Between:
		return fmt.Sprintf("[%s %d-%d]", c.Code, c.From, c.To)
	}
	return "[" + c.Code + "]"
}

// Actor is one entry of an actor dictionary: its names (the first line and
// the '+' synonyms) and its codes.
type Actor struct {
	Names [][]string
	Codes []DatedCode
	Line  int
}

// CodeAt returns the codes of the actor on date (YYYYMMDD): the first
// dated code that covers the date, else the first undated one, else none.
// A code "A/B/C" names several actors at once and is returned split.
func (a *Actor) CodeAt(date int) []string {
	for _, c := range a.Codes {
		if c.Op != Always && c.Covers(date) {
			return splitCodes(c.Code)
		}
	}
	for _, c := range a.Codes {
		if c.Op == Always {
			return splitCodes(c.Code)
		}
	}
	return nil
}

func splitCodes(c string) []string {
	if !strings.Contains(c, "/") {
		return []string{c}
	}
	var out []string
	for _, p := range strings.Split(c, "/") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Actors is an actor dictionary.
type Actors struct {
	File    string
	Entries []*Actor
	Notes   []Note
}

var codeLine = regexp.MustCompile(`^\[\s*([^\]\s<>]*)\s*(?:(<|>)\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*\]`)

// parseDate reads YYMMDD or YYYYMMDD.
func parseDate(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	if len(s) == 6 {
		yy := n / 10000
		if yy < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	}
	m, d := n/100%100, n%100
	return n, m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// parseCodes reads the code blocks "[CODE]", "[CODE <DATE]", "[CODE
// >DATE]", "[CODE FROM-TO]" at the start of s, and returns what follows.
func parseCodes(s string) ([]DatedCode, string, error) {
	var out []DatedCode
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "[") {
		m := codeLine.FindStringSubmatch(s)
		if m == nil {
			end := strings.IndexByte(s, ']')
			if end < 0 {
				return nil, "", errorf("unclosed '[' in %q", s)
			}
			return nil, "", errorf("bad code %q (want [CODE], [CODE <DATE], [CODE >DATE] or [CODE FROM-TO])", s[:end+1])
		}
		c := DatedCode{Code: strings.ToUpper(m[1])}
		if c.Code == "" {
			return nil, "", errorf("empty code in %q", m[0])
		}
		var ok bool
		switch {
		case m[2] == "<":
			c.Op = Before
			c.To, ok = parseDate(m[3])
		case m[2] == ">":
			c.Op = After
			c.From, ok = parseDate(m[3])
		case m[4] != "":
			c.Op = Between
			var ok2 bool
			c.From, ok = parseDate(m[4])
			c.To, ok2 = parseDate(m[5])
			ok = ok && ok2 && c.From <= c.To
		default:
			ok = true
		}
		if !ok {
			return nil, "", errorf("bad date in %q", m[0])
		}
		out = append(out, c)
		s = strings.TrimSpace(s[len(m[0]):])
	}
	if strings.HasPrefix(s, "#") {
		s = "" // "[ZBW]#jw 9/30/91": a comment
	}
	return out, s, nil
}

// ReadActors reads an actor dictionary (Phoenix.*.actors.txt,
// PETR.Validate.actors.txt): an entry is a name ("NORTH_KOREA", "CIRITH
// UNGOL"), its '+' synonyms and its codes, on the name's line or on
// indented lines of their own, with date restrictions. Bad lines are
// *SyntaxError errors, joined; the entries that parse are kept.
func ReadActors(r io.Reader, file string) (*Actors, error) {
	lines, errs := readLines(r, file)
	a := &Actors{File: file}
	var cur *Actor
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			a.Notes = append(a.Notes, Note{file, cur.Line, msgf("actor %s has no code: its names code as \"---\"", strings.Join(cur.Names[0], "_"))})
			cur.Codes = []DatedCode{{Code: NoCode}}
		}
		a.Entries = append(a.Entries, cur)
		cur = nil
	}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		indented := l.text[0] == ' ' || l.text[0] == '\t'
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				errs = append(errs, syntaxErr(file, l.n, "code %q without an actor", t))
				continue
			}
			codes, rest, err := parseCodes(t)
			if err != nil {
				errs = append(errs, &SyntaxError{file, l.n, err.Error()})
				continue
			}
			if rest != "" {
				errs = append(errs, syntaxErr(file, l.n, "text after the code: %q", rest))
			}
			cur.Codes = append(cur.Codes, codes...)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				errs = append(errs, syntaxErr(file, l.n, "synonym %q without an actor", t))
				continue
			}
			name, rest, _ := strings.Cut(t[1:], "[")
			words := splitWords(name)
			if len(words) == 0 {
				errs = append(errs, &SyntaxError{file, l.n, "empty synonym"})
				continue
			}
			cur.Names = append(cur.Names, words)
			if strings.TrimSpace(rest) != "" {
				codes, more, err := parseCodes("[" + rest)
				if err != nil || more != "" {
					errs = append(errs, syntaxErr(file, l.n, "bad code after synonym %q", t))
					continue
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		default:
			if indented && cur != nil && !strings.ContainsAny(t, "[") {
				errs = append(errs, syntaxErr(file, l.n, "indented line %q is neither a code nor a synonym", t))
				continue
			}
			flush()
			name, rest, hasCode := strings.Cut(t, "[")
			words := splitWords(name)
			if len(words) == 0 {
				errs = append(errs, syntaxErr(file, l.n, "actor line without a name: %q", t))
				continue
			}
			cur = &Actor{Names: [][]string{words}, Line: l.n}
			if hasCode {
				codes, more, err := parseCodes("[" + rest)
				if err != nil {
					errs = append(errs, &SyntaxError{file, l.n, err.Error()})
					cur = nil
					continue
				}
				if more != "" {
					errs = append(errs, syntaxErr(file, l.n, "text after the code: %q", more))
				}
				cur.Codes = codes
			}
		}
	}
	flush()
	return a, joinErrs(errs)
}
