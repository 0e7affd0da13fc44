package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
	"github.com/demarche-project/demarche/internal/parallel"
	"github.com/demarche-project/demarche/lang"
)

const (
	dedupWindow    = dedup.WindowDays
	dedupThreshold = dedup.Threshold
	inChunk        = 500 // values per IN (…) list
)

var docCols = []string{"id", "ident", "date", "title", "text", "publication", "url", "parse", "origin",
	"hash", "canonical", "similarity", "revision", "version", "events", "ingested", "cleaned",
	"language", "country"} // issue 11

var sentCols = []string{"id", "doc", "idx", "start_byte", "end_byte", "headline", "text"}

var eventCols = []string{"id", "eid", "doc", "sentence", "date", "source", "target", "src_country", "tgt_country",
	"source_text", "target_text", "verb_text", "cameo", "root", "quad", "goldstein", "plover", "mode", "context",
	"rule", "source_start", "source_end", "target_start", "target_end", "verb_start", "verb_end", "dup", "confidence",
	"place", "place_country", "lat", "lon", "place_id"} // issue 11

// prepared is one document of a batch, validated, with what the engine
// computed before the transaction.
type prepared struct {
	c        *demarche.Coded
	hash     string
	body     string
	stored   any // the document text as stored
	shingles []uint64
	bands    []int64
	cleaned  int              // bytes of the document replaced by Clean
	events   []demarche.Event // validated, distinct IDs
	sents    []sentRow
}

type sentRow struct {
	idx, start, end int
	headline        bool
	text            string // the sentence text
	stored          bool   // text differs from the body: stored as is
}

// pending is a document written by the current transaction.
type pending struct {
	p          *prepared
	id         int64
	status     string
	canonical  int64 // 0: canonical
	canonIdent string
	similarity float64
	revision   int
	replaced   bool
}

// prepare validates a coded document and computes its hash, shingles and
// rows. Every error is EINVALID.
func prepare(c *demarche.Coded) (*prepared, error) {
	if c == nil || c.Doc == nil {
		return nil, demarche.Errorf(demarche.EINVALID, "coded document without a document")
	}
	d := c.Doc
	if d.ID == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "document without an id (%s)", d.Origin)
	}
	if !clean(d.ID) {
		return nil, demarche.Errorf(demarche.EINVALID, "document %q: the id holds a control character or bytes that are not UTF-8", d.ID)
	}
	if !validDate(d.Date) {
		return nil, demarche.Errorf(demarche.EINVALID, "document %s: bad date %q (want YYYY-MM-DD)", d.ID, d.Date)
	}
	// What is stored is the text that every backend accepts, and the hash
	// is that text's: the same input again, or the stored document coded
	// again (recode), has the same hash.
	cleaned := 0
	if cd := *d; !clean(d.Title) || !clean(d.Text) || !clean(d.Source) || !clean(d.URL) || !clean(d.Parse) || !clean(d.Origin) {
		cleanAll(&cleaned, &cd.Title, &cd.Text, &cd.Source, &cd.URL, &cd.Parse, &cd.Origin)
		cc := *c
		cc.Doc, d = &cd, &cd
		c = &cc
	}
	if d.Language != "" && !lang.Valid(d.Language) {
		return nil, demarche.Errorf(demarche.EINVALID, "document %s: language %q is not an ISO 639-1 code", d.ID, d.Language)
	}
	body, _ := d.Body()
	p := &prepared{c: c, hash: dedup.Hash(d.Title, d.Text), body: body, cleaned: cleaned}
	texts := make(map[int]string, len(c.Sentences))
	for _, s := range c.Sentences {
		s.Text, _ = Clean(s.Text)
		if _, dup := texts[s.Index]; dup {
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: sentence %d twice", d.ID, s.Index)
		}
		if s.Start < 0 || s.End < s.Start {
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: sentence %d: bad offsets %d-%d", d.ID, s.Index, s.Start, s.End)
		}
		texts[s.Index] = s.Text
		r := sentRow{idx: s.Index, start: s.Start, end: s.End, headline: s.Headline, text: s.Text}
		r.stored = s.End > len(body) || body[s.Start:s.End] != s.Text
		p.sents = append(p.sents, r)
	}
	seen := make(map[string]bool, len(c.Events))
	// p.events shares c.Events until an event differs from the input's
	// (a default filled in, a character cleaned, a repeat dropped): a long
	// document's events are not copied for nothing.
	p.events = c.Events
	shared := true
	for i := range c.Events {
		e := c.Events[i]
		if e.Doc == "" {
			e.Doc = d.ID
		}
		if e.Date == "" {
			e.Date = d.Date
		}
		if e.Root == "" && len(e.CAMEO) >= 2 {
			e.Root = e.CAMEO[:2]
		}
		if e.Source == "" {
			e.Source = demarche.NoActor
		}
		if e.Target == "" {
			e.Target = demarche.NoActor
		}
		if e.ID == "" {
			e.ID = demarche.EventID(d.ID, e.Sentence, e.VerbSpan, e.Source, e.Target, e.CAMEO)
		}
		var n int
		cleanAll(&n, &e.ID, &e.Source, &e.Target, &e.SourceText, &e.TargetText, &e.VerbText, &e.CAMEO, &e.Root,
			&e.PLOVER, &e.Text, &e.Rule, &e.Mode, &e.Context)
		switch text, ok := texts[e.Sentence]; {
		case e.Doc != d.ID:
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s belongs to document %s", d.ID, e.ID, e.Doc)
		case !ok:
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s: no sentence %d", d.ID, e.ID, e.Sentence)
		case !validDate(e.Date):
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s: bad date %q", d.ID, e.ID, e.Date)
		case e.CAMEO == "":
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s without a CAMEO code", d.ID, e.ID)
		case e.Quad < 0 || e.Quad > 4:
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s: bad quad class %d", d.ID, e.ID, e.Quad)
		case math.IsNaN(e.Goldstein) || math.Abs(e.Goldstein) > 10:
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s: bad Goldstein score %v", d.ID, e.ID, e.Goldstein)
		case !spanIn(e.SourceSpan, text) || !spanIn(e.TargetSpan, text) || !spanIn(e.VerbSpan, text):
			return nil, demarche.Errorf(demarche.EINVALID, "document %s: event %s: span outside sentence %d", d.ID, e.ID, e.Sentence)
		}
		if seen[e.ID] || e != c.Events[i] {
			if shared {
				shared = false
				p.events = make([]demarche.Event, i, len(c.Events))
				copy(p.events, c.Events[:i])
			}
		}
		if seen[e.ID] {
			continue // the same event twice: one event
		}
		seen[e.ID] = true
		if !shared {
			p.events = append(p.events, e)
		}
	}
	return p, nil
}

// finish computes what only a document being written needs: its shingles,
// LSH band keys and stored text.
func (p *prepared) finish(compress bool) {
	d := p.c.Doc
	p.shingles = dedup.Shingles(d.Title, d.Text)
	if dedup.Candidate(p.shingles) {
		p.bands = dedup.BandKeys(dedup.Signature(p.shingles))
	}
	p.stored = EncodeText(d.Text, compress)
}

// prepareAll validates the documents of a batch on all cores. It returns
// the error of the first invalid document.
func (s *Store) prepareAll(batch []*demarche.Coded) ([]*prepared, error) {
	preps := make([]*prepared, len(batch))
	errs := make([]error, len(batch))
	parallel.For(len(batch), 16, func(i int) { preps[i], errs[i] = prepare(batch[i]) })
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return preps, nil
}

func spanIn(s demarche.Span, text string) bool {
	return (s.Start == 0 && s.End == 0) || (s.Start >= 0 && s.Start <= s.End && s.End <= len(text))
}

func validDate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse(demarche.DateLayout, s)
	return err == nil
}

// Put stores a batch of coded documents in one transaction. See
// demarche.DocumentStore.
func (s *Store) Put(ctx context.Context, version string, batch []*demarche.Coded) (*demarche.PutResult, error) {
	if version == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "put: no dictionary version")
	}
	preps, err := s.prepareAll(batch)
	if err != nil {
		return nil, err
	}
	res := &demarche.PutResult{Docs: make([]demarche.PutDoc, len(preps))}
	err = s.write(ctx, func(w *Tx) error {
		*res = demarche.PutResult{Docs: res.Docs}
		return s.put(ctx, w, version, preps, res)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// stored is a document row read back for ingest decisions.
type stored struct {
	id        int64
	ident     string
	date      string
	title     string
	text      string
	hash      string
	canonical int64
	version   int64
	events    int
	revision  int
	cleaned   int
}

func (s *Store) put(ctx context.Context, w *Tx, version string, preps []*prepared, res *demarche.PutResult) error {
	vid, err := s.versionID(ctx, w, version)
	if err != nil {
		return err
	}
	idents := make([]any, len(preps))
	for i, p := range preps {
		idents[i] = p.c.Doc.ID
	}
	existing, err := s.docsWhere(ctx, w, "ident", idents, false)
	if err != nil {
		return err
	}
	byIdent := make(map[string]*stored, len(existing))
	for _, d := range existing {
		byIdent[d.ident] = d
	}
	var writing []*prepared
	for _, p := range preps {
		if old := byIdent[p.c.Doc.ID]; old == nil || old.hash != p.hash {
			writing = append(writing, p)
		}
	}
	parallel.For(len(writing), 16, func(i int) { writing[i].finish(s.d.Compress()) })
	ix, err := s.newIndex(ctx, w, writing)
	if err != nil {
		return err
	}
	del := newDelta()
	var nextDoc int64
	if err := w.Tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM documents`).Scan(&nextDoc); err != nil {
		return err
	}
	var out []*pending
	inBatch := map[string]*pending{}
	for i, p := range preps {
		id := p.c.Doc.ID
		res.Docs[i] = demarche.PutDoc{ID: id}
		if pd := inBatch[id]; pd != nil {
			// The same ID twice in a batch: the later one wins.
			if pd.p.hash == p.hash {
				res.Docs[i].Status = demarche.PutUnchanged
				res.Docs[i].Canonical, res.Docs[i].Similarity = pd.canonIdent, pd.similarity
				res.Unchanged++
				continue
			}
			ix.remove(pd)
			if p.stored == nil {
				p.finish(s.d.Compress()) // its content is the stored one, not written yet
			}
			pd.p = p
			pd.canonical, pd.canonIdent, pd.similarity = 0, "", 0
			if err := ix.link(ctx, pd, pd.id); err != nil {
				return err
			}
			ix.add(pd)
			res.Docs[i] = demarche.PutDoc{ID: id, Status: demarche.PutReplaced, Canonical: pd.canonIdent, Similarity: pd.similarity}
			res.Replaced++
			continue
		}
		old := byIdent[id]
		if old != nil && old.hash == p.hash {
			res.Docs[i].Status = demarche.PutUnchanged
			if old.canonical != 0 {
				res.Docs[i].Canonical, _ = s.identOf(ctx, w, old.canonical)
			}
			res.Unchanged++
			continue
		}
		pd := &pending{p: p, status: demarche.PutAdded, revision: 1}
		keepCanonical := false
		if old != nil {
			pd.id, pd.status, pd.replaced, pd.revision = old.id, demarche.PutReplaced, true, old.revision+1
			if err := s.remove(ctx, w, old, del); err != nil {
				return err
			}
			ix.forget(old.id)
			var n int
			if err := w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT count(*) FROM documents WHERE canonical = ?`), old.id).Scan(&n); err != nil {
				return err
			}
			keepCanonical = n > 0
			res.Replaced++
		} else {
			nextDoc++
			pd.id = nextDoc
			res.Added++
			del.counter(cDocuments, 1)
		}
		if !keepCanonical {
			if err := ix.link(ctx, pd, pd.id); err != nil {
				return err
			}
		}
		ix.add(pd)
		inBatch[id] = pd
		out = append(out, pd)
		res.Docs[i].Status = pd.status
	}
	for i, p := range preps {
		if pd := inBatch[p.c.Doc.ID]; pd != nil && res.Docs[i].Status != demarche.PutUnchanged {
			res.Docs[i].Canonical, res.Docs[i].Similarity = pd.canonIdent, pd.similarity
		}
	}
	for _, pd := range out {
		if pd.canonical != 0 {
			res.Duplicates++
		}
		res.Sentences += len(pd.p.sents)
		res.Events += len(pd.p.events)
	}
	if err := s.flush(ctx, w, vid, out, del); err != nil {
		return err
	}
	return nil
}

// versionID returns the id of a dictionary version, adding it when new.
func (s *Store) versionID(ctx context.Context, w *Tx, version string) (int64, error) {
	var id int64
	err := w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT id FROM versions WHERE name = ?`), version).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if err := w.Tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) + 1 FROM versions`).Scan(&id); err != nil {
		return 0, err
	}
	_, err = w.Exec(ctx, `INSERT INTO versions (id, name, events, created) VALUES (?, ?, 0, ?)`,
		id, version, time.Now().UTC().Format(time.RFC3339Nano))
	return id, err
}

// docsWhere reads the documents whose column col is in vals, with their
// title and text when withText is set.
func (s *Store) docsWhere(ctx context.Context, w *Tx, col string, vals []any, withText bool) ([]*stored, error) {
	var out []*stored
	text := `'', ''`
	if withText {
		text = `title, text`
	}
	for lo := 0; lo < len(vals); lo += inChunk {
		hi := min(lo+inChunk, len(vals))
		rows, err := w.Query(ctx, `SELECT id, ident, date, `+text+`, hash, COALESCE(canonical, 0), version, events, revision, cleaned
			FROM documents WHERE `+col+` IN (`+placeholders(hi-lo)+`)`, vals[lo:hi]...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			d := &stored{}
			var raw []byte
			if err := rows.Scan(&d.id, &d.ident, &d.date, &d.title, &raw, &d.hash, &d.canonical, &d.version, &d.events, &d.revision, &d.cleaned); err != nil {
				rows.Close()
				return nil, err
			}
			if d.text, err = DecodeText(raw, s.d.Compress()); err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, d)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *Store) identOf(ctx context.Context, w *Tx, id int64) (string, error) {
	var ident string
	err := w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT ident FROM documents WHERE id = ?`), id).Scan(&ident)
	return ident, err
}

// remove deletes the sentences, events and band keys of a stored document
// that is being replaced, recording what that subtracts.
func (s *Store) remove(ctx context.Context, w *Tx, old *stored, del *delta) error {
	if _, err := s.removeEvents(ctx, w, old.id, old.version, del); err != nil {
		return err
	}
	if err := s.removeSentences(ctx, w, old.id, del); err != nil {
		return err
	}
	if err := s.d.Unindex(ctx, w, []int64{old.id}); err != nil {
		return err
	}
	if old.canonical == 0 {
		del.counter(cCanonical, -1)
	}
	if old.cleaned > 0 {
		del.counter(cCleaned, -1)
	}
	var title string
	var raw []byte
	if err := w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT title, text FROM documents WHERE id = ?`), old.id).Scan(&title, &raw); err != nil {
		return err
	}
	text, err := DecodeText(raw, s.d.Compress())
	if err != nil {
		return err
	}
	sh := dedup.Shingles(title, text)
	if dedup.Candidate(sh) {
		for _, b := range dedup.BandKeys(dedup.Signature(sh)) {
			if _, err := w.Exec(ctx, `DELETE FROM doc_bands WHERE band = ? AND doc = ?`, b, old.id); err != nil {
				return err
			}
		}
	}
	return nil
}

// removeEvents deletes a document's events, recording the rollup and counter
// changes, and returns their IDs and codes.
func (s *Store) removeEvents(ctx context.Context, w *Tx, doc, version int64, del *delta) (map[string]string, error) {
	rows, err := w.Query(ctx, `SELECT eid, source, target, date, cameo, quad, goldstein, dup FROM events WHERE doc = ?`, doc)
	if err != nil {
		return nil, err
	}
	n := 0
	old := map[string]string{}
	for rows.Next() {
		var k rollKey
		var eid, date string
		var g float64
		var dup int
		if err := rows.Scan(&eid, &k.source, &k.target, &date, &k.cameo, &k.quad, &g, &dup); err != nil {
			rows.Close()
			return nil, err
		}
		old[eid] = k.cameo
		n++
		if dup == 0 {
			k.month = date[:7]
			del.roll(k, -1, -tenths(g))
			del.counter(cCanonicalEvents, -1)
		}
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if n == 0 {
		return old, nil
	}
	del.counter(cEvents, -int64(n))
	del.version(version, -int64(n))
	_, err = w.Exec(ctx, `DELETE FROM events WHERE doc = ?`, doc)
	return old, err
}

// removeSentences deletes a document's sentences.
func (s *Store) removeSentences(ctx context.Context, w *Tx, doc int64, del *delta) error {
	rows, err := w.Query(ctx, `SELECT id FROM sentences WHERE doc = ?`, doc)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if len(ids) == 0 {
		return nil
	}
	del.counter(cSentences, -int64(len(ids)))
	_, err = w.Exec(ctx, `DELETE FROM sentences WHERE doc = ?`, doc)
	return err
}

// flush writes the documents of a batch, their sentences, events and band
// keys, and applies the recorded changes to the rollup and the counters.
// Rows are built and inserted a chunk at a time, so that the memory a long
// document needs here is bounded by the chunk, not by its events.
func (s *Store) flush(ctx context.Context, w *Tx, vid int64, docs []*pending, del *delta) error {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	var newDocs [][]any
	var ftsIDs []int64
	var ftsTexts []string
	var nextSent, nextEvent int64
	if err := w.Tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM sentences`).Scan(&nextSent); err != nil {
		return err
	}
	if err := w.Tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM events`).Scan(&nextEvent); err != nil {
		return err
	}
	// Documents first: sentences and events refer to them.
	for _, pd := range docs {
		p, d := pd.p, pd.p.c.Doc
		var canon any
		if pd.canonical != 0 {
			canon = pd.canonical
		} else {
			del.counter(cCanonical, 1)
		}
		if p.cleaned > 0 {
			del.counter(cCleaned, 1)
		}
		row := []any{pd.id, d.ID, d.Date, d.Title, p.stored, d.Source, d.URL, nullString(d.Parse), nullString(d.Origin),
			p.hash, canon, pd.similarity, pd.revision, vid, len(p.events), now, p.cleaned, d.Language, d.Country}
		if pd.replaced {
			if _, err := w.Exec(ctx, `UPDATE documents SET date = ?, title = ?, text = ?, publication = ?, url = ?, parse = ?,
				origin = ?, hash = ?, canonical = ?, similarity = ?, revision = ?, version = ?, events = ?, ingested = ?, cleaned = ?, language = ?, country = ? WHERE id = ?`,
				append(row[2:], pd.id)...); err != nil {
				return err
			}
		} else {
			newDocs = append(newDocs, row)
		}
	}
	if len(newDocs) > 0 {
		if err := s.d.Insert(ctx, w, "documents", docCols, newDocs); err != nil {
			return err
		}
	}
	sents := &inserter{s: s, w: w, table: "sentences", cols: sentCols}
	events := &inserter{s: s, w: w, table: "events", cols: eventCols}
	bands := &inserter{s: s, w: w, table: "doc_bands", cols: []string{"band", "doc"}}
	for _, pd := range docs {
		p := pd.p
		dup := 0
		if pd.canonical != 0 {
			dup = 1
		}
		for _, r := range p.sents {
			nextSent++
			if err := sents.add(ctx, sentenceRow(nextSent, pd.id, r)); err != nil {
				return err
			}
		}
		del.counter(cSentences, int64(len(p.sents)))
		ftsIDs = append(ftsIDs, pd.id)
		ftsTexts = append(ftsTexts, p.body)
		for i := range p.events {
			nextEvent++
			e := &p.events[i]
			if err := events.add(ctx, eventRow(nextEvent, pd.id, e, dup)); err != nil {
				return err
			}
			if dup == 0 {
				del.roll(rollOf(e), 1, tenths(e.Goldstein))
				del.counter(cCanonicalEvents, 1)
			}
		}
		del.counter(cEvents, int64(len(p.events)))
		del.version(vid, int64(len(p.events)))
		for _, b := range p.bands {
			if err := bands.add(ctx, []any{b, pd.id}); err != nil {
				return err
			}
		}
	}
	for _, in := range []*inserter{sents, events, bands} {
		if err := in.flush(ctx); err != nil {
			return err
		}
	}
	if len(ftsIDs) > 0 {
		if err := s.d.Index(ctx, w, ftsIDs, ftsTexts); err != nil {
			return err
		}
	}
	if len(docs) > 0 {
		if err := s.setMeta(ctx, w, "last_ingest", now); err != nil {
			return err
		}
	}
	return s.apply_(ctx, w, del)
}

// insertChunk is the number of rows an inserter holds before it writes
// them.
const insertChunk = 4096

// inserter writes the rows of one table in chunks of insertChunk.
type inserter struct {
	s     *Store
	w     *Tx
	table string
	cols  []string
	rows  [][]any
}

func (in *inserter) add(ctx context.Context, row []any) error {
	in.rows = append(in.rows, row)
	if len(in.rows) >= insertChunk {
		return in.flush(ctx)
	}
	return nil
}

func (in *inserter) flush(ctx context.Context) error {
	if len(in.rows) == 0 {
		return nil
	}
	err := in.s.d.Insert(ctx, in.w, in.table, in.cols, in.rows)
	clear(in.rows)
	in.rows = in.rows[:0]
	return err
}

func sentenceRow(id, doc int64, r sentRow) []any {
	var text any
	if r.stored {
		text = r.text
	}
	return []any{id, doc, r.idx, r.start, r.end, boolInt(r.headline), text}
}

func eventRow(id, doc int64, e *demarche.Event, dup int) []any {
	return []any{id, e.ID, doc, e.Sentence, e.Date, e.Source, e.Target, demarche.Country(e.Source), demarche.Country(e.Target),
		e.SourceText, e.TargetText, e.VerbText, e.CAMEO, e.Root, e.Quad, e.Goldstein, e.PLOVER, e.Mode, e.Context,
		e.Rule, e.SourceSpan.Start, e.SourceSpan.End, e.TargetSpan.Start, e.TargetSpan.End, e.VerbSpan.Start, e.VerbSpan.End, dup, e.Confidence,
		e.Place, e.PlaceCountry, e.Lat, e.Lon, e.PlaceID}
}

func (s *Store) setMeta(ctx context.Context, w *Tx, name, value string) error {
	_, err := w.Exec(ctx, `INSERT INTO meta (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, value)
	return err
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tenths returns a Goldstein score in tenths, the unit of the rollup, so
// that sums added and subtracted stay exact.
func tenths(g float64) int64 { return int64(math.Round(g * 10)) }

// rollKey is the change of one event to the dyad_month rollup.
type rollKey struct {
	source, target, month, cameo string // full actor codes
	quad                         int
}

// rollOf returns the rollup key of an event.
func rollOf(e *demarche.Event) rollKey {
	return rollKey{e.Source, e.Target, e.Date[:7], e.CAMEO, e.Quad}
}

type rollVal struct{ n, g10 int64 }

// delta collects the changes of a transaction to the rollup and counters.
type delta struct {
	rolls    map[rollKey]rollVal
	counters map[string]int64
	versions map[int64]int64
}

func newDelta() *delta {
	return &delta{rolls: map[rollKey]rollVal{}, counters: map[string]int64{}, versions: map[int64]int64{}}
}

func (d *delta) roll(k rollKey, n, g10 int64) {
	v := d.rolls[k]
	v.n += n
	v.g10 += g10
	d.rolls[k] = v
}

func (d *delta) counter(name string, n int64) { d.counters[name] += n }
func (d *delta) version(id int64, n int64)    { d.versions[id] += n }

// apply_ writes the collected changes: the rollup rows touched, the
// counters and the version counts.
func (s *Store) apply_(ctx context.Context, w *Tx, del *delta) error {
	if err := s.writeRollups(ctx, w, del); err != nil {
		return err
	}
	for name, n := range del.counters {
		if n == 0 {
			continue
		}
		if _, err := w.Exec(ctx, `INSERT INTO counters (name, n) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET n = counters.n + excluded.n`, name, n); err != nil {
			return err
		}
	}
	for id, n := range del.versions {
		if n == 0 {
			continue
		}
		if _, err := w.Exec(ctx, `UPDATE versions SET events = events + ? WHERE id = ?`, n, id); err != nil {
			return err
		}
	}
	return nil
}

// rowsOf returns "(?, …), (?, …)" for n rows of cols values.
func rowsOf(cols, n int) string {
	one := "(" + placeholders(cols) + ")"
	b := make([]byte, 0, n*(len(one)+2))
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, one...)
	}
	return string(b)
}
