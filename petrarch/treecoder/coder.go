package treecoder

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"github.com/demarche-project/demarche/petrarch"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/nlp"
)

// Coder codes documents with PETRARCH dictionaries: a document that
// carries a Treebank parse (PETRARCH XML records do) is coded from its
// parse by the PETRARCH matcher; any other document, or every document
// when Own is set, is handed to the fallback coder (demarche's own
// analysis, usually with the same dictionaries converted by ToDict).
type Coder struct {
	d        *petrarch.Dicts
	fallback demarche.Coder
	cfg      petrarch.Config
	tax      *cameo.Taxonomy
	// Own makes every document go to the fallback, parse or not.
	Own     bool
	version string
}

var _ demarche.Coder = (*Coder)(nil)

// NewCoder returns a coder for d with options cfg; fallback may be nil, in
// which case documents without a parse yield no events.
func NewCoder(d *petrarch.Dicts, fallback demarche.Coder, cfg petrarch.Config) *Coder {
	h := sha256.New()
	for _, b := range d.Verbs.Blocks {
		h.Write([]byte(b.Name + b.Code))
		for _, p := range b.Patterns {
			h.Write([]byte(p.Text + p.Code + p.Paired))
		}
	}
	for _, as := range d.Actors {
		for _, a := range as.Entries {
			for _, c := range a.Codes {
				h.Write([]byte(c.String()))
			}
			for _, n := range a.Names {
				h.Write([]byte(strings.Join(n, "_")))
			}
		}
	}
	for _, a := range d.Agents.Entries {
		h.Write([]byte(strings.Join(a.Words, "_") + a.Code))
	}
	h.Write([]byte("petrarch-1"))
	if fallback != nil {
		h.Write([]byte(fallback.Version()))
	}
	return &Coder{d: d, fallback: fallback, cfg: cfg, tax: cameo.Default(), version: hex.EncodeToString(h.Sum(nil))[:12]}
}

// Version identifies the dictionaries and the matcher.
func (c *Coder) Version() string { return c.version }

// Code codes one document. It fails like demarche.Coder: only on a
// document without an id or with a bad date.
func (c *Coder) Code(ctx context.Context, doc *demarche.Document) (*demarche.Coded, error) {
	if doc.Parse == "" || c.Own {
		if c.fallback != nil {
			return c.fallback.Code(ctx, doc)
		}
	}
	if doc.ID == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "document without an id")
	}
	date, err := demarche.ParseDate(doc.Date)
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "document %s: date: %v", doc.ID, err)
	}
	text, headline := doc.Body()
	out := &demarche.Coded{Doc: doc, Sentences: []demarche.Sentence{{Doc: doc.ID, Text: text, End: len(text), Headline: headline}}}
	if doc.Parse == "" {
		return out, nil
	}
	res := CodeParse(c.d, doc.Parse, date, c.cfg)
	if len(res.Events) == 0 {
		return out, nil
	}
	spans := align(text, res.Words)
	span := func(w [2]int) demarche.Span {
		if w[0] < 0 || w[1] <= w[0] || w[1] > len(spans) || spans[w[0]].Empty() || spans[w[1]-1].Empty() {
			return demarche.Span{}
		}
		return demarche.Span{Start: spans[w[0]].Start, End: spans[w[1]-1].End}
	}
	for _, e := range res.Events {
		info, ok := c.tax.Lookup(e.Code)
		root := cameo.Root(e.Code)
		if !ok && len(e.Code) >= 2 {
			root = e.Code[:2]
		}
		ev := demarche.Event{Doc: doc.ID, Sentence: 0, Date: date, Source: e.Source, Target: e.Target,
			CAMEO: e.Code, Root: root, Quad: cameo.QuadClass(root), Goldstein: info.Goldstein,
			PLOVER: info.PLOVER, Mode: info.Mode, Context: info.Context, Text: text, Rule: e.Rule,
			SourceSpan: span(e.SourceSpan), TargetSpan: span(e.TargetSpan), VerbSpan: span([2]int{e.Verb, e.Verb + 1})}
		ev.SourceText = ev.SourceSpan.Of(text)
		ev.TargetText = ev.TargetSpan.Of(text)
		ev.VerbText = ev.VerbSpan.Of(text)
		if ev.VerbText == "" {
			ev.VerbText = strings.ToLower(e.VerbText)
		}
		ev.ID = demarche.EventID(doc.ID, 0, demarche.Span{Start: e.Verb, End: e.Verb + 1}, ev.Source, ev.Target, ev.CAMEO)
		out.Events = append(out.Events, ev)
	}
	return out, nil
}

// align finds each parse word in text, left to right: the byte span of
// word i, empty when it cannot be found nearby.
func align(text string, words []string) []demarche.Span {
	out := make([]demarche.Span, len(words))
	low := strings.ToUpper(text)
	at := 0
	for i, w := range words {
		cands := []string{w}
		switch w {
		case "``", "''":
			cands = []string{"\"", "“", "”", "''", "``"}
		case "-LRB-":
			cands = []string{"("}
		case "-RRB-":
			cands = []string{")"}
		}
		for _, c := range cands {
			k := strings.Index(low[at:], c)
			if k >= 0 && k < 40 {
				out[i] = demarche.Span{Start: at + k, End: at + k + len(c)}
				at += k + len(c)
				break
			}
		}
	}
	return out
}

// DiscardText applies the discard lists and the dateline check to a plain
// sentence (for coding without a parse): it returns "storydiscard",
// "sentencediscard" or "".
func DiscardText(d *petrarch.Dicts, text string) string {
	toks := nlp.Tokenize(text, 0)
	s := &sentence{d: d}
	for _, t := range toks {
		s.words = append(s.words, strings.ToUpper(t.Text))
	}
	s.deleted = make([]bool, len(s.words))
	for _, ph := range d.Discards.Story {
		if s.contains(ph) {
			return "storydiscard"
		}
	}
	for _, ph := range d.Discards.Sentence {
		if s.contains(ph) {
			return "sentencediscard"
		}
	}
	return ""
}
