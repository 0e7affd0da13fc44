package sqlstore

import (
	"context"
	"sort"

	"github.com/demarche-project/demarche"
)

// Recode replaces the sentences and events of stored documents with a new
// coding, in one transaction. See demarche.DocumentStore.
func (s *Store) Recode(ctx context.Context, version string, batch []*demarche.Coded) (*demarche.RecodeResult, error) {
	if version == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "recode: no dictionary version")
	}
	preps, err := s.prepareAll(batch)
	if err != nil {
		return nil, err
	}
	var res *demarche.RecodeResult
	err = s.write(ctx, func(w *Tx) error {
		var err error
		res, err = s.recode(ctx, w, version, preps)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func (s *Store) recode(ctx context.Context, w *Tx, version string, preps []*prepared) (*demarche.RecodeResult, error) {
	vid, err := s.versionID(ctx, w, version)
	if err != nil {
		return nil, err
	}
	idents := make([]any, len(preps))
	for i, p := range preps {
		idents[i] = p.c.Doc.ID
	}
	docs, err := s.docsWhere(ctx, w, "ident", idents, false)
	if err != nil {
		return nil, err
	}
	byIdent := map[string]*stored{}
	for _, d := range docs {
		byIdent[d.ident] = d
	}
	var nextSent, nextEvent int64
	if err := w.Tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM sentences`).Scan(&nextSent); err != nil {
		return nil, err
	}
	if err := w.Tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM events`).Scan(&nextEvent); err != nil {
		return nil, err
	}
	res := &demarche.RecodeResult{}
	codes := map[string]*demarche.CodeChange{}
	change := func(code string) *demarche.CodeChange {
		c := codes[code]
		if c == nil {
			c = &demarche.CodeChange{CAMEO: code}
			codes[code] = c
		}
		return c
	}
	del := newDelta()
	sents := &inserter{s: s, w: w, table: "sentences", cols: sentCols}
	events := &inserter{s: s, w: w, table: "events", cols: eventCols}
	done := map[string]bool{}
	for _, p := range preps {
		d := byIdent[p.c.Doc.ID]
		switch {
		case d == nil:
			return nil, demarche.Errorf(demarche.ENOTFOUND, "recode: no document %s", p.c.Doc.ID)
		case d.hash != p.hash:
			return nil, demarche.Errorf(demarche.ECONFLICT, "recode: document %s differs from the stored one: put it instead", p.c.Doc.ID)
		case done[d.ident]:
			return nil, demarche.Errorf(demarche.EINVALID, "recode: document %s twice in a batch", d.ident)
		}
		done[d.ident] = true
		res.Documents++
		old, err := s.removeEvents(ctx, w, d.id, d.version, del)
		if err != nil {
			return nil, err
		}
		same, err := s.sameSentences(ctx, w, d.id, p.body, p.sents)
		if err != nil {
			return nil, err
		}
		if !same {
			if err := s.removeSentences(ctx, w, d.id, del); err != nil {
				return nil, err
			}
			for _, r := range p.sents {
				nextSent++
				if err := sents.add(ctx, sentenceRow(nextSent, d.id, r)); err != nil {
					return nil, err
				}
			}
			del.counter(cSentences, int64(len(p.sents)))
		}
		dup := 0
		if d.canonical != 0 {
			dup = 1
		}
		changed := !same
		for i := range p.events {
			e := &p.events[i]
			nextEvent++
			if err := events.add(ctx, eventRow(nextEvent, d.id, e, dup)); err != nil {
				return nil, err
			}
			if dup == 0 {
				del.roll(rollOf(e), 1, tenths(e.Goldstein))
				del.counter(cCanonicalEvents, 1)
			}
			if _, ok := old[e.ID]; ok {
				res.Kept++
				delete(old, e.ID)
				continue
			}
			res.Added++
			change(e.CAMEO).Added++
			changed = true
		}
		for _, code := range old {
			res.Removed++
			change(code).Removed++
			changed = true
		}
		if changed {
			res.Changed++
		}
		del.counter(cEvents, int64(len(p.events)))
		del.version(vid, int64(len(p.events)))
		// the language too (issue 11): documents stored before it was
		// detected get it when they are recoded
		if _, err := w.Exec(ctx, `UPDATE documents SET version = ?, events = ?, language = ? WHERE id = ?`,
			vid, len(p.events), p.c.Doc.Language, d.id); err != nil {
			return nil, err
		}
	}
	for _, in := range []*inserter{sents, events} {
		if err := in.flush(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.apply_(ctx, w, del); err != nil {
		return nil, err
	}
	res.Codes = make([]demarche.CodeChange, 0, len(codes))
	for _, c := range codes {
		res.Codes = append(res.Codes, *c)
	}
	sort.Slice(res.Codes, func(i, j int) bool { return res.Codes[i].CAMEO < res.Codes[j].CAMEO })
	return res, nil
}

// sameSentences reports whether a document's stored sentences are those of
// a new coding.
func (s *Store) sameSentences(ctx context.Context, w *Tx, doc int64, body string, sents []sentRow) (bool, error) {
	rows, err := w.Query(ctx, `SELECT idx, start_byte, end_byte, headline, text FROM sentences WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	want := append([]sentRow(nil), sents...)
	sort.Slice(want, func(i, j int) bool { return want[i].idx < want[j].idx })
	i := 0
	for rows.Next() {
		var r sentRow
		var headline int
		var text *string
		if err := rows.Scan(&r.idx, &r.start, &r.end, &headline, &text); err != nil {
			return false, err
		}
		r.text = sentenceText(body, r.start, r.end, text)
		if i >= len(want) || want[i].idx != r.idx || want[i].start != r.start || want[i].end != r.end ||
			want[i].headline != (headline != 0) || want[i].text != r.text {
			return false, rows.Err()
		}
		i++
	}
	return i == len(want), rows.Err()
}
