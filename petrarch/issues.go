package petrarch

import (
	"io"
	"regexp"
	"strings"
)

// IssuePhrase is one phrase of the issue-coding file. Each word has its
// alternatives: "n:teacher" is a noun (TEACHER, TEACHERS), "pre+k" is
// "PRE-K" or "PRE K" or "PREK".
type IssuePhrase struct {
	Words [][]string // per position, the alternative spellings (upper case)
	Code  string     // the issue code; "" for an exclusion ("~a head start")
	Line  int
}

// Issue is an <ISSUE CATEGORY="…" TYPE="…"> block.
type Issue struct {
	Category, Type string
	Phrases        []IssuePhrase
	Exclude        []IssuePhrase
	Line           int
}

// Issues is an issue-coding file (Phoenix.IssueCoding.txt).
type Issues struct {
	File   string
	Issues []*Issue
	Notes  []Note
}

var (
	issueOpen   = regexp.MustCompile(`^<ISSUE\s+CATEGORY\s*=\s*"([^"]*)"(?:\s+TYPE\s*=\s*"([^"]*)")?\s*>$`)
	issuePhrase = regexp.MustCompile(`^(~?)\s*([^\[\]]+?)\s*(?:\[\s*([A-Za-z0-9_-]+)\s*\])?$`)
)

// ReadIssues reads an issue-coding file. A phrase outside an <ISSUE>
// block, an unclosed block or a malformed line is a *SyntaxError; the
// rest is kept.
func ReadIssues(r io.Reader, file string) (*Issues, error) {
	lines, errs := readLines(r, file)
	out := &Issues{File: file}
	var cur *Issue
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case strings.HasPrefix(t, "<ISSUE"):
			m := issueOpen.FindStringSubmatch(t)
			if m == nil {
				errs = append(errs, syntaxErr(file, l.n, "bad issue header %q", t))
				cur = nil
				continue
			}
			if cur != nil {
				// a header repeated without </ISSUE>: one block
				if cur.Category == m[1] {
					continue
				}
				errs = append(errs, syntaxErr(file, cur.Line, "<ISSUE CATEGORY=%q> not closed before line %d", cur.Category, l.n))
			}
			cur = &Issue{Category: m[1], Type: m[2], Line: l.n}
			out.Issues = append(out.Issues, cur)
		case t == "</ISSUE>":
			if cur == nil {
				errs = append(errs, &SyntaxError{file, l.n, "</ISSUE> without <ISSUE>"})
			}
			cur = nil
		default:
			if cur == nil {
				errs = append(errs, syntaxErr(file, l.n, "issue phrase %q outside an <ISSUE> block", t))
				continue
			}
			m := issuePhrase.FindStringSubmatch(t)
			if m == nil {
				errs = append(errs, syntaxErr(file, l.n, "bad issue phrase %q", t))
				continue
			}
			p := IssuePhrase{Code: m[3], Line: l.n}
			for _, w := range strings.Fields(m[2]) {
				p.Words = append(p.Words, issueWord(w))
			}
			switch {
			case m[1] == "~":
				cur.Exclude = append(cur.Exclude, p)
			case p.Code == "":
				p.Code = cur.Category
				out.Notes = append(out.Notes, Note{file, l.n, msgf("issue phrase %q has no [CODE]: it takes its block's category %s", t, cur.Category)})
				cur.Phrases = append(cur.Phrases, p)
			default:
				cur.Phrases = append(cur.Phrases, p)
			}
		}
	}
	if cur != nil {
		errs = append(errs, syntaxErr(file, cur.Line, "<ISSUE CATEGORY=%q> never closed", cur.Category))
	}
	return out, joinErrs(errs)
}

// issueWord returns the spellings of one word of an issue phrase.
func issueWord(w string) []string {
	w = strings.ToUpper(w)
	noun := strings.HasPrefix(w, "N:")
	w = strings.TrimPrefix(w, "N:")
	var forms []string
	if strings.Contains(w, "+") {
		forms = []string{strings.ReplaceAll(w, "+", "-"), strings.ReplaceAll(w, "+", "")}
	} else {
		forms = []string{w}
	}
	if noun {
		for _, f := range forms {
			forms = append(forms, plural(f))
		}
	}
	return forms
}
