package petrarch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// SyntaxError is an error in a dictionary file, at a line.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Note is a construct that was read but could only be approximated (or
// was deliberately ignored), reported once with its place.
type Note struct {
	File string
	Line int
	Msg  string
}

func (n Note) String() string { return fmt.Sprintf("%s:%d: %s", n.File, n.Line, n.Msg) }

// maxQuote bounds a text of a dictionary file quoted in a problem or a
// note: a binary file's "lines" are long.
const maxQuote = 200

// shorten cuts s after maxQuote runes, marking the cut with "…".
func shorten(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	n := 0
	for i := range s {
		if n == maxQuote {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// msgf is fmt.Sprintf with its string arguments (texts of the file)
// shortened.
func msgf(format string, args ...any) string {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = shorten(s)
		}
	}
	return fmt.Sprintf(format, args...)
}

// errorf is fmt.Errorf with its string arguments shortened.
func errorf(format string, args ...any) error { return errors.New(msgf(format, args...)) }

// syntaxErr returns the SyntaxError at file:line with the message msgf
// makes.
func syntaxErr(file string, line int, format string, args ...any) *SyntaxError {
	return &SyntaxError{file, line, msgf(format, args...)}
}

// line is one meaningful line of a dictionary file: its number, the text
// without comments and trailing space, and the raw text.
type line struct {
	n    int
	text string
	raw  string
}

// maxLineLen bounds one dictionary line.
const maxLineLen = 1 << 20

// readLines reads a PETRARCH dictionary file: it drops '#' comments (a '#'
// at the start of a line or after white space, outside brackets), XML
// comments "<!-- … -->" (which may span lines) and blank lines. Invalid
// UTF-8 is reported with its line; the text is kept as it is.
func readLines(r io.Reader, file string) ([]line, []error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLineLen)
	var out []line
	var errs []error
	inXML := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if n == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		if !utf8.ValidString(raw) {
			errs = append(errs, &SyntaxError{file, n, "invalid UTF-8"})
			raw = strings.ToValidUTF8(raw, "\ufffd")
		}
		s := raw
		// XML comments
		var b strings.Builder
		for {
			if inXML {
				end := strings.Index(s, "-->")
				if end < 0 {
					s = ""
					break
				}
				s = s[end+3:]
				inXML = false
				continue
			}
			start := strings.Index(s, "<!")
			if start < 0 || !xmlCommentStart(s[start:]) {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:start])
			s = s[start+2:]
			inXML = true
		}
		t := strings.TrimRight(stripHash(b.String()), " \t\r")
		if strings.TrimSpace(t) == "" {
			continue
		}
		out = append(out, line{n: n, text: t, raw: raw})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &SyntaxError{file, n + 1, err.Error()})
	}
	if inXML {
		errs = append(errs, &SyntaxError{file, n, "XML comment \"<!--\" never closed"})
	}
	return out, errs
}

// xmlCommentStart reports whether s starts an XML comment: "<!--", or the
// "<! --" variant some dictionaries use.
func xmlCommentStart(s string) bool {
	s = strings.TrimPrefix(s, "<!")
	s = strings.TrimLeft(s, " ")
	return strings.HasPrefix(s, "--")
}

// stripHash removes a comment: a '#' at the start of the line or after
// white space or a closing bracket, or TABARI's ';', outside square
// brackets ("[###]" is a code).
func stripHash(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == ']' || s[i-1] == '}') {
				return s[:i]
			}
		case ';':
			// TABARI's comment character
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// splitWords splits a dictionary phrase into upper-case words: '_' and
// spaces separate words; an empty result means the phrase had none.
func splitWords(s string) []string {
	f := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	return f
}
