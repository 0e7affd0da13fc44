package cameo

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// ParseError is an error in a taxonomy table, at a line.
type ParseError struct {
	File string
	Line int // 1-based; 0 when the error concerns the whole file
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// fields is the number of '|'-separated fields of a code line.
const fields = 6

// Parse reads a taxonomy table in the format of cameo.txt (documented in its
// header): `code | goldstein | plover | mode | context | name`, '-' for an
// empty field, '#' comment lines. file names the source in errors.
//
// It checks every line and returns nil and all the errors joined, one
// *ParseError per problem, each naming file and line, when any line is
// malformed, a code is repeated, a code lacks its root or its 3-digit
// parent, or the table holds no code at all.
func Parse(r io.Reader, file string) (*Taxonomy, error) {
	p := parser{file: file, codes: map[string]Code{}, lines: map[string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 64*1024)
	line := 0
	for sc.Scan() {
		line++
		p.parseLine(sc.Text(), line)
	}
	if err := sc.Err(); err != nil {
		p.errorf(line+1, "%v", err)
	}
	p.checkHierarchy()
	if len(p.errs) == 0 && len(p.codes) == 0 {
		p.errorf(0, "no codes")
	}
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		errs := make([]error, len(p.errs))
		for i, e := range p.errs {
			errs[i] = e
		}
		return nil, errors.Join(errs...)
	}
	return newTaxonomy(p.codes), nil
}

func parseString(s, file string) (*Taxonomy, error) {
	return Parse(strings.NewReader(s), file)
}

type parser struct {
	file  string
	codes map[string]Code
	lines map[string]int // code → line that defined it
	errs  []*ParseError
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, &ParseError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) parseLine(raw string, line int) {
	s := strings.TrimSpace(raw)
	if s == "" || s[0] == '#' {
		return
	}
	f := strings.Split(s, "|")
	if len(f) != fields {
		p.errorf(line, "want %d fields 'code | goldstein | plover | mode | context | name', got %d", fields, len(f))
		return
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	code := f[0]
	if len(code) < 2 || len(code) > 4 || !isDigits(code) {
		p.errorf(line, "code: want 2 to 4 digits, got %q", code)
		return
	}
	quad := QuadClass(code[:2])
	if quad == 0 {
		p.errorf(line, "code %s: root %s is not one of 01..20", code, code[:2])
		return
	}
	if first, dup := p.lines[code]; dup {
		p.errorf(line, "code %s: repeated (first on line %d)", code, first)
		return
	}
	g, err := strconv.ParseFloat(f[1], 64)
	if err != nil || math.IsNaN(g) || g < -10 || g > 10 {
		p.errorf(line, "code %s: goldstein: want a number from -10 to 10, got %q", code, f[1])
		return
	}
	for i, name := range []string{"plover", "mode", "context"} {
		if f[2+i] == "" {
			p.errorf(line, "code %s: %s: empty, write '-' for none", code, name)
			return
		}
	}
	if !ploverType(f[2]) {
		p.errorf(line, "code %s: plover: want an upper-case PLOVER type or '-', got %q", code, f[2])
		return
	}
	if f[5] == "" || f[5] == "-" {
		p.errorf(line, "code %s: name is missing", code)
		return
	}
	p.lines[code] = line
	p.codes[code] = Code{
		Code:      code,
		Name:      f[5],
		Goldstein: g,
		Quad:      quad,
		PLOVER:    dash(f[2]),
		Mode:      dash(f[3]),
		Context:   dash(f[4]),
	}
}

// checkHierarchy reports codes whose root or 3-digit parent is missing.
func (p *parser) checkHierarchy() {
	for _, c := range p.codes { // Parse sorts the errors by line
		line := p.lines[c.Code]
		if len(c.Code) > 2 {
			if _, ok := p.codes[c.Code[:2]]; !ok {
				p.errorf(line, "code %s: root %s is not defined", c.Code, c.Code[:2])
			}
		}
		if len(c.Code) == 4 {
			if _, ok := p.codes[c.Code[:3]]; !ok {
				p.errorf(line, "code %s: parent %s is not defined", c.Code, c.Code[:3])
			}
		}
	}
}

// ploverType reports whether s is '-' or an upper-case identifier.
func ploverType(s string) bool {
	if s == "-" {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c == '_' || c == '-' && i > 0) {
			return false
		}
	}
	return true
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}
