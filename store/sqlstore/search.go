package sqlstore

import (
	"context"
	"strings"

	"github.com/demarche-project/demarche"
)

// Search finds sentences matching a full-text query. See
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
	args := append([]any{}, ss.HighlightArgs...)
	args = append(args, ss.MatchArgs...)
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
	args = append(args, limit, q.Offset)
	rows, err := s.query(ctx, `SELECT s.doc, d.ident, d.date, d.title, d.publication, s.idx, s.start_byte, s.end_byte, s.headline, `+
		ss.Highlight+` FROM `+ss.From+` JOIN documents d ON d.id = s.doc WHERE `+strings.Join(where, ` AND `)+
		` ORDER BY `+ss.Order+`, s.id LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	res := &demarche.SearchResult{Hits: []demarche.SearchHit{}}
	type key struct {
		doc string
		idx int
	}
	at := map[key]int{}
	var docs []any
	seenDoc := map[int64]bool{}
	for rows.Next() {
		var h demarche.SearchHit
		var doc int64
		var headline int
		var marked string
		if err := rows.Scan(&doc, &h.Doc, &h.Date, &h.Title, &h.Publication, &h.Sentence.Index, &h.Sentence.Start,
			&h.Sentence.End, &headline, &marked); err != nil {
			return nil, s.wrap(err)
		}
		h.Sentence.Doc, h.Sentence.Headline = h.Doc, headline != 0
		h.Sentence.Text, h.Highlights = unmark(marked)
		h.Events = []demarche.Event{}
		at[key{h.Doc, h.Sentence.Index}] = len(res.Hits)
		res.Hits = append(res.Hits, h)
		if !seenDoc[doc] {
			seenDoc[doc] = true
			docs = append(docs, doc)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close()
	if len(docs) == 0 {
		return res, nil
	}
	erows, err := s.query(ctx, s.eventSelect()+` WHERE e.doc IN (`+placeholders(len(docs))+`) ORDER BY e.date, e.eid`, docs...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer erows.Close()
	for erows.Next() {
		var e demarche.Event
		if err := scanEvent(erows, &e); err != nil {
			return nil, s.wrap(err)
		}
		if i, ok := at[key{e.Doc, e.Sentence}]; ok {
			res.Hits[i].Events = append(res.Hits[i].Events, e)
		}
	}
	return res, s.wrap(erows.Err())
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
