package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/demarche-project/demarche"
)

// Search finds sentences matching a full-text query. The index holds one
// entry per document (its body): a document matches when its body matches
// the query, and its hits are the sentences that hold matched words, in the
// order of the documents' rank, then of the sentences. See
// demarche.EventStore.
func (s *Store) Search(ctx context.Context, q demarche.SearchQuery) (*demarche.SearchResult, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "search: empty query")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	limit = min(limit, 1000)
	if q.Offset < 0 {
		return nil, demarche.Errorf(demarche.EINVALID, "search: negative offset")
	}
	ss, err := s.d.Search(q.Text)
	if err != nil {
		return nil, err
	}
	args := append([]any{}, ss.MatchArgs...)
	where := []string{ss.Match}
	for _, d := range []struct{ date, op string }{{q.From, ">="}, {q.To, "<="}} {
		if d.date == "" {
			continue
		}
		if !validDate(d.date) {
			return nil, demarche.Errorf(demarche.EINVALID, "search: bad date %q (want YYYY-MM-DD)", d.date)
		}
		where = append(where, `d.date `+d.op+` ?`)
		args = append(args, d.date)
	}
	if len(q.Publication) > 0 {
		where = append(where, `d.publication IN (`+placeholders(len(q.Publication))+`)`)
		args = append(args, strs(q.Publication)...)
	}
	if !q.Duplicates {
		where = append(where, `d.canonical IS NULL`)
	}
	args = append(args, ss.OrderArgs...)
	query := `SELECT d.id, d.ident, d.date, d.title, d.publication FROM ` + ss.From + ` WHERE ` + strings.Join(where, ` AND `) +
		` ORDER BY ` + ss.Order + `, d.id LIMIT ? OFFSET ?`

	res := &demarche.SearchResult{Hits: []demarche.SearchHit{}}
	skip := q.Offset
	page := min(max(limit/2, 8), 100) // documents per round
	for offset := 0; len(res.Hits) < limit; offset += page {
		docs, err := s.searchDocs(ctx, query, append(args, page, offset))
		if err != nil {
			return nil, err
		}
		hits, err := s.searchHits(ctx, q.Text, docs)
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			if skip > 0 {
				skip--
				continue
			}
			if len(res.Hits) < limit {
				res.Hits = append(res.Hits, h)
			}
		}
		if len(docs) < page {
			break
		}
	}
	if err := s.hitEvents(ctx, res.Hits); err != nil {
		return nil, err
	}
	return res, nil
}

// hitDoc is a document that matches a search.
type hitDoc struct {
	id                      int64
	ident, date, title, pub string
}

func (s *Store) searchDocs(ctx context.Context, query string, args []any) ([]hitDoc, error) {
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var docs []hitDoc
	for rows.Next() {
		var d hitDoc
		if err := rows.Scan(&d.id, &d.ident, &d.date, &d.title, &d.pub); err != nil {
			return nil, s.wrap(err)
		}
		docs = append(docs, d)
	}
	return docs, s.wrap(rows.Err())
}

// searchHits highlights the bodies of matching documents and returns their
// sentences that hold a match, with the matches' spans in the sentence.
func (s *Store) searchHits(ctx context.Context, text string, docs []hitDoc) ([]demarche.SearchHit, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(docs))
	args := make([]any, len(docs))
	for i, d := range docs {
		ids[i], args[i] = d.id, d.id
	}
	bodies, err := s.bodies(ctx, s.db, ids)
	if err != nil {
		return nil, s.wrap(err)
	}
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = bodies[d.id]
	}
	spans, err := s.d.Highlight(ctx, s.db, text, texts)
	if err != nil {
		return nil, s.wrap(err)
	}
	rows, err := s.query(ctx, `SELECT doc, idx, start_byte, end_byte, headline, text FROM sentences
		WHERE doc IN (`+placeholders(len(args))+`) ORDER BY doc, idx`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	sents := map[int64][]demarche.Sentence{}
	for rows.Next() {
		var doc int64
		var headline int
		var stored *string
		var sn demarche.Sentence
		if err := rows.Scan(&doc, &sn.Index, &sn.Start, &sn.End, &headline, &stored); err != nil {
			return nil, s.wrap(err)
		}
		sn.Headline = headline != 0
		sn.Text = sentenceText(bodies[doc], sn.Start, sn.End, stored)
		sents[doc] = append(sents[doc], sn)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	var hits []demarche.SearchHit
	for i, d := range docs {
		body := texts[i]
		var marks []demarche.Span
		if i < len(spans) {
			marks = spans[i]
		}
		for _, sn := range sents[d.id] {
			var in []demarche.Span
			for _, m := range marks {
				if m.Start >= sn.Start && m.End <= sn.End {
					r := demarche.Span{Start: m.Start - sn.Start, End: m.End - sn.Start}
					if r.Of(sn.Text) == m.Of(body) {
						in = append(in, r)
					}
				}
			}
			if len(in) == 0 {
				continue
			}
			sn.Doc = d.ident
			hits = append(hits, demarche.SearchHit{Doc: d.ident, Date: d.date, Title: d.title, Publication: d.pub,
				Sentence: sn, Highlights: in, Events: []demarche.Event{}})
		}
	}
	return hits, nil
}

// hitEvents adds the events of each hit's sentence.
func (s *Store) hitEvents(ctx context.Context, hits []demarche.SearchHit) error {
	if len(hits) == 0 {
		return nil
	}
	type key struct {
		doc string
		idx int
	}
	at := map[key]int{}
	var idents []any
	seen := map[string]bool{}
	for i, h := range hits {
		at[key{h.Doc, h.Sentence.Index}] = i
		if !seen[h.Doc] {
			seen[h.Doc] = true
			idents = append(idents, h.Doc)
		}
	}
	rows, err := s.query(ctx, eventSelect+` WHERE d.ident IN (`+placeholders(len(idents))+`) ORDER BY e.date, e.eid`, idents...)
	if err != nil {
		return s.wrap(err)
	}
	events, err := s.readEvents(ctx, rows)
	if err != nil {
		return err
	}
	for _, e := range events {
		if i, ok := at[key{e.Doc, e.Sentence}]; ok {
			hits[i].Events = append(hits[i].Events, e)
		}
	}
	return nil
}

// ScanHighlights reads the rows of a backend's Highlight query, each the
// index of a text (counted from first) and the text with its matches
// between \x01 and \x02 markers, into the marked spans of each of n texts,
// and closes rows. A text with no row has no spans, and so has one whose
// row keep, when given, refuses (keep sees the index counted from 0 and the
// text without its markers). Rows of an index out of range are passed over.
func ScanHighlights(rows *sql.Rows, n, first int, keep func(i int, text string) bool) ([][]demarche.Span, error) {
	defer rows.Close()
	out := make([][]demarche.Span, n)
	for rows.Next() {
		var i int
		var marked string
		if err := rows.Scan(&i, &marked); err != nil {
			return nil, err
		}
		if i -= first; i >= 0 && i < n {
			text, spans := unmark(marked)
			if keep == nil || keep(i, text) {
				out[i] = spans
			}
		}
	}
	return out, rows.Err()
}

// unmark removes the \x01 … \x02 match markers from a highlighted text and
// returns the text and the marked spans.
func unmark(marked string) (string, []demarche.Span) {
	spans := []demarche.Span{}
	if !strings.ContainsAny(marked, "\x01\x02") {
		return marked, spans
	}
	var b strings.Builder
	b.Grow(len(marked))
	start := -1
	for i := 0; i < len(marked); i++ {
		switch c := marked[i]; c {
		case 1:
			start = b.Len()
		case 2:
			if start >= 0 {
				spans = append(spans, demarche.Span{Start: start, End: b.Len()})
				start = -1
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), spans
}

// WebSearch parses a web-search style query into groups of alternatives:
// the result is a list of required clauses, each a list of alternatives,
// each a phrase (list of words); excluded lists the phrases after a minus.
// Backends without such a parser (SQLite's FTS5) build their query from it.
func WebSearch(text string) (required [][][]string, excluded [][]string) {
	var toks []searchTok
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"':
			j := strings.IndexByte(text[i+1:], '"')
			var inner string
			if j < 0 {
				inner, i = text[i+1:], len(text)
			} else {
				inner, i = text[i+1:i+1+j], i+j+2
			}
			if w := searchWords(inner); len(w) > 0 {
				toks = append(toks, searchTok{words: w})
			}
		default:
			j := i
			for j < len(text) && !strings.ContainsRune(" \t\n\r\"", rune(text[j])) {
				j++
			}
			word := text[i:j]
			i = j
			neg := false
			if strings.HasPrefix(word, "-") {
				neg, word = true, word[1:]
			}
			if word == "OR" && !neg {
				toks = append(toks, searchTok{or: true})
				continue
			}
			if w := searchWords(word); len(w) > 0 {
				toks = append(toks, searchTok{words: w, neg: neg})
			}
		}
	}
	orNext := false
	for _, t := range toks {
		switch {
		case t.or:
			orNext = len(required) > 0
		case t.neg:
			excluded = append(excluded, t.words)
			orNext = false
		case orNext:
			required[len(required)-1] = append(required[len(required)-1], t.words)
			orNext = false
		default:
			required = append(required, [][]string{t.words})
		}
	}
	return required, excluded
}

type searchTok struct {
	words []string
	neg   bool
	or    bool
}

// searchWords splits text into words of letters and digits.
func searchWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80)
	})
}
