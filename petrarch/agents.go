package petrarch

import (
	"io"
	"regexp"
	"strings"
)

// Agent is one phrase of an agent dictionary: the words of one of its
// forms and its code, which is added after the actor's code (Suffix:
// "[~GOV]") or before it ("[NGO~]").
type Agent struct {
	Words  []string
	Code   string
	Prefix bool // "[NGO~]": the code goes before the actor's
	Line   int
}

// Agents is an agent dictionary, with every form expanded: substitution
// sets ("!PERSON!" → MAN, MEN, WOMAN …), explicit plurals "{…}", and the
// regular plural of entries without braces.
type Agents struct {
	File    string
	Entries []*Agent
	Subst   map[string][]string
	Notes   []Note
}

var (
	substDef  = regexp.MustCompile(`^!([A-Za-z0-9_]+)!\s*=\s*(.*)$`)
	substUse  = regexp.MustCompile(`!([A-Za-z0-9_]+)!`)
	agentCode = regexp.MustCompile(`^\[\s*(~\s*[A-Za-z0-9]*|[A-Za-z0-9]+\s*~)\s*\]$`)
)

// ReadAgents reads an agent dictionary (Phoenix.agents.txt,
// PETR.Validate.agents.txt). Each line is a phrase ('_' or space between
// words, "!SET!" for a substitution set), optional plurals in braces ("{}"
// for none: no plural is generated) and a code "[~GOV]" or "[NGO~]". Bad
// lines are *SyntaxError errors, joined; the rest is kept.
func ReadAgents(r io.Reader, file string) (*Agents, error) {
	lines, errs := readLines(r, file)
	a := &Agents{File: file, Subst: map[string][]string{}}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if m := substDef.FindStringSubmatch(t); m != nil {
			var words []string
			for _, w := range strings.Split(m[2], ",") {
				if w = strings.ToUpper(strings.TrimSpace(w)); w != "" {
					words = append(words, w)
				}
			}
			if len(words) == 0 {
				errs = append(errs, syntaxErr(file, l.n, "empty substitution set !%s!", m[1]))
				continue
			}
			a.Subst[strings.ToUpper(m[1])] = words
			continue
		}
		open := strings.LastIndexByte(t, '[')
		if open < 0 {
			errs = append(errs, syntaxErr(file, l.n, "agent without a [CODE]: %q", t))
			continue
		}
		cm := agentCode.FindStringSubmatch(strings.TrimSpace(t[open:]))
		if cm == nil {
			errs = append(errs, syntaxErr(file, l.n, "bad agent code %q (want [~CODE] or [CODE~])", t[open:]))
			continue
		}
		code := strings.ToUpper(strings.ReplaceAll(cm[1], " ", ""))
		prefix := strings.HasSuffix(code, "~")
		code = strings.Trim(code, "~")
		if code == "" {
			errs = append(errs, &SyntaxError{file, l.n, "empty agent code"})
			continue
		}
		body := strings.TrimSpace(t[:open])
		var plurals []string
		braces := false
		if i := strings.IndexByte(body, '{'); i >= 0 {
			j := strings.IndexByte(body, '}')
			if j < i {
				errs = append(errs, syntaxErr(file, l.n, "unclosed '{' in %q", t))
				continue
			}
			braces = true
			plurals = strings.Fields(body[i+1 : j])
			body = strings.TrimSpace(body[:i] + body[j+1:])
		}
		phrases, err := a.expand(body)
		if err != nil {
			errs = append(errs, &SyntaxError{file, l.n, err.Error()})
			continue
		}
		if len(phrases) == 0 {
			errs = append(errs, syntaxErr(file, l.n, "agent without words: %q", t))
			continue
		}
		add := func(words []string) {
			a.Entries = append(a.Entries, &Agent{Words: words, Code: code, Prefix: prefix, Line: l.n})
		}
		for _, ph := range phrases {
			add(ph)
			if !braces && !strings.HasSuffix(body, "_") && !strings.Contains(body, "!") {
				last := ph[len(ph)-1]
				if pl := plural(last); pl != last {
					add(append(append([]string(nil), ph[:len(ph)-1]...), pl))
				}
			}
		}
		for _, p := range plurals {
			more, err := a.expand(p)
			if err != nil {
				errs = append(errs, &SyntaxError{file, l.n, err.Error()})
				continue
			}
			for _, ph := range more {
				add(ph)
			}
		}
	}
	return a, joinErrs(errs)
}

// expand returns the phrases of an agent text, one for each member of its
// substitution sets ("CONGRESS!PERSON!" → CONGRESSMAN, CONGRESSMEN …).
func (a *Agents) expand(s string) ([][]string, error) {
	texts := []string{strings.ToUpper(s)}
	for round := 0; ; round++ {
		if round > 16 {
			return nil, errorf("substitution sets nest too deep (a set that includes itself?)")
		}
		var next []string
		changed := false
		for _, t := range texts {
			m := substUse.FindStringSubmatchIndex(t)
			if m == nil {
				next = append(next, t)
				continue
			}
			changed = true
			set, ok := a.Subst[t[m[2]:m[3]]]
			if !ok {
				return nil, errorf("unknown substitution set !%s! (define it before use)", t[m[2]:m[3]])
			}
			for _, w := range set {
				next = append(next, t[:m[0]]+w+t[m[1]:])
			}
		}
		texts = next
		if !changed {
			break
		}
		if len(texts) > 10000 {
			return nil, errorf("substitution sets expand to too many phrases")
		}
	}
	var out [][]string
	for _, t := range texts {
		if w := splitWords(t); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out, nil
}

// Discards are the phrases that discard a story ('+' lines) or a sentence.
type Discards struct {
	File     string
	Story    [][]string
	Sentence [][]string
}

// ReadDiscards reads a discard list: one phrase a line, '+' for a story
// discard. An empty phrase is a *SyntaxError.
func ReadDiscards(r io.Reader, file string) (*Discards, error) {
	lines, errs := readLines(r, file)
	d := &Discards{File: file}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		story := strings.HasPrefix(t, "+")
		words := splitWords(strings.TrimPrefix(t, "+"))
		if len(words) == 0 {
			errs = append(errs, &SyntaxError{file, l.n, "empty discard phrase"})
			continue
		}
		if story {
			d.Story = append(d.Story, words)
		} else {
			d.Sentence = append(d.Sentence, words)
		}
	}
	return d, joinErrs(errs)
}
