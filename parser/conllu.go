package parser

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Sentence is one sentence of a CoNLL-U file: its comment lines and its
// syntactic words. Multiword token lines (1-2) and empty nodes (1.1) are kept
// verbatim in Extra so that a sentence can be written back; they take no
// part in training or scoring.
type Sentence struct {
	Comments []string // without the leading "# "
	Tokens   []Token
	Extra    []ExtraLine
}

// ExtraLine is a multiword-token or empty-node line, kept with the index of
// the word it precedes.
type ExtraLine struct {
	Before int // index in Tokens of the word the line precedes
	Line   string
}

// Token is one syntactic word with its annotation. Head is the 1-based
// index of the head word, 0 for the root; Feats and Misc are carried
// through verbatim ("_" when empty).
type Token struct {
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// maxSentence bounds the words of one sentence read from CoNLL-U, so that a
// hostile file cannot make the reader hold an unbounded sentence.
const maxSentence = 10000

// ReadCoNLLU reads every sentence of r. name labels errors ("file:line: …").
// Lines must have ten tab-separated fields; word ids must run 1, 2, 3 …
// within a sentence and heads must point inside it.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	var cur Sentence
	line, start := 0, 0
	flush := func() error {
		if len(cur.Tokens) == 0 && len(cur.Comments) == 0 && len(cur.Extra) == 0 {
			return nil
		}
		if len(cur.Tokens) == 0 {
			return fmt.Errorf("%s:%d: sentence without words", name, start)
		}
		for i, t := range cur.Tokens {
			if t.Head < 0 || t.Head > len(cur.Tokens) {
				return fmt.Errorf("%s:%d: word %d: head %d outside the sentence of %d words", name, start, i+1, t.Head, len(cur.Tokens))
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" {
			if err := flush(); err != nil {
				return out, err
			}
			continue
		}
		if len(cur.Tokens) == 0 && len(cur.Comments) == 0 && len(cur.Extra) == 0 {
			start = line
		}
		if s[0] == '#' {
			if len(cur.Tokens) > 0 {
				return out, fmt.Errorf("%s:%d: comment inside a sentence (missing blank line?)", name, line)
			}
			cur.Comments = append(cur.Comments, strings.TrimPrefix(strings.TrimPrefix(s, "#"), " "))
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("%s:%d: %d fields, want 10 separated by tabs", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			cur.Extra = append(cur.Extra, ExtraLine{Before: len(cur.Tokens), Line: s})
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return out, fmt.Errorf("%s:%d: word id %q, want %d", name, line, f[0], len(cur.Tokens)+1)
		}
		if id > maxSentence {
			return out, fmt.Errorf("%s:%d: sentence longer than %d words", name, line, maxSentence)
		}
		head := -1
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil || head < 0 {
				return out, fmt.Errorf("%s:%d: head %q is not a word number", name, line, f[6])
			}
		}
		if f[1] == "" {
			return out, fmt.Errorf("%s:%d: empty form", name, line)
		}
		cur.Tokens = append(cur.Tokens, Token{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if err := flush(); err != nil {
		return out, err
	}
	return out, nil
}

// ReadCoNLLUFile reads a CoNLL-U file, gzip-compressed when its name ends in
// .gz.
func ReadCoNLLUFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 1<<16)
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	return ReadCoNLLU(r, path)
}

// WriteCoNLLU writes s in CoNLL-U, ending with a blank line. Empty fields
// are written as "_".
func WriteCoNLLU(w *bufio.Writer, s *Sentence) error {
	for _, c := range s.Comments {
		w.WriteString("# ")
		w.WriteString(c)
		w.WriteByte('\n')
	}
	e := 0
	for i := range s.Tokens {
		for e < len(s.Extra) && s.Extra[e].Before <= i {
			w.WriteString(s.Extra[e].Line)
			w.WriteByte('\n')
			e++
		}
		t := &s.Tokens[i]
		w.WriteString(strconv.Itoa(i + 1))
		for _, f := range [...]string{t.Form, t.Lemma, t.UPOS, t.XPOS, t.Feats} {
			w.WriteByte('\t')
			writeField(w, f)
		}
		w.WriteByte('\t')
		if t.Head < 0 {
			w.WriteByte('_')
		} else {
			w.WriteString(strconv.Itoa(t.Head))
		}
		for _, f := range [...]string{t.Deprel, t.Deps, t.Misc} {
			w.WriteByte('\t')
			writeField(w, f)
		}
		w.WriteByte('\n')
	}
	for ; e < len(s.Extra); e++ {
		w.WriteString(s.Extra[e].Line)
		w.WriteByte('\n')
	}
	w.WriteByte('\n')
	return nil
}

func writeField(w *bufio.Writer, f string) {
	if f == "" {
		w.WriteByte('_')
		return
	}
	if strings.ContainsAny(f, "\t\n\r") {
		f = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, f)
	}
	w.WriteString(f)
}
