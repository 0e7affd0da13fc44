package sqlstore

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

const docSelect = `SELECT d.id, d.ident, d.date, d.title, d.text, d.publication, d.url, COALESCE(d.parse, ''), COALESCE(d.origin, ''),
	d.hash, COALESCE(c.ident, ''), d.similarity, d.revision, v.name, d.events, d.ingested, d.cleaned, d.language, d.country
	FROM documents d JOIN versions v ON v.id = d.version LEFT JOIN documents c ON c.id = d.canonical`

func (s *Store) scanDoc(rows interface{ Scan(...any) error }) (int64, *demarche.StoredDocument, error) {
	var id int64
	var ingested string
	var raw []byte
	sd := &demarche.StoredDocument{}
	d := &sd.Document
	err := rows.Scan(&id, &d.ID, &d.Date, &d.Title, &raw, &d.Source, &d.URL, &d.Parse, &d.Origin,
		&sd.Hash, &sd.Canonical, &sd.Similarity, &sd.Revision, &sd.Version, &sd.Events, &ingested, &sd.Cleaned, &d.Language, &d.Country)
	if err != nil {
		return 0, nil, err
	}
	if d.Text, err = DecodeText(raw, s.d.Compress()); err != nil {
		return 0, nil, err
	}
	sd.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	return id, sd, nil
}

// Document returns a stored document with its sentences, or ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (*demarche.StoredDocument, error) {
	rowid, sd, err := s.scanDoc(s.queryRow(ctx, docSelect+` WHERE d.ident = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, demarche.Errorf(demarche.ENOTFOUND, "no document %s", id)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	if err := s.sentences(ctx, map[int64]*demarche.StoredDocument{rowid: sd}, []any{rowid}); err != nil {
		return nil, err
	}
	return sd, nil
}

// sentences reads the sentences of documents by their row ids.
func (s *Store) sentences(ctx context.Context, docs map[int64]*demarche.StoredDocument, ids []any) error {
	rows, err := s.query(ctx, `SELECT doc, idx, start_byte, end_byte, headline, text FROM sentences
		WHERE doc IN (`+placeholders(len(ids))+`) ORDER BY doc, idx`, ids...)
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		var headline int
		var text sql.NullString
		var sn demarche.Sentence
		if err := rows.Scan(&doc, &sn.Index, &sn.Start, &sn.End, &headline, &text); err != nil {
			return s.wrap(err)
		}
		sd := docs[doc]
		sn.Doc, sn.Headline = sd.ID, headline != 0
		if text.Valid {
			sn.Text = text.String
		} else if body, _ := sd.Body(); sn.End <= len(body) {
			sn.Text = body[sn.Start:sn.End]
		}
		sd.Sentences = append(sd.Sentences, sn)
	}
	return s.wrap(rows.Err())
}

// EachDocument calls fn for the documents that f selects, a page at a time.
// See demarche.DocumentStore.
func (s *Store) EachDocument(ctx context.Context, f demarche.DocumentFilter, fn func(*demarche.StoredDocument) error) error {
	const page = 200
	var after int64
	for {
		q := docSelect + ` WHERE d.id > ?`
		args := []any{after}
		if f.NotVersion != "" {
			q += ` AND v.name <> ?`
			args = append(args, f.NotVersion)
		}
		if f.Canonical {
			q += ` AND d.canonical IS NULL`
		}
		q += ` ORDER BY d.id LIMIT ?`
		args = append(args, page)
		rows, err := s.query(ctx, q, args...)
		if err != nil {
			return s.wrap(err)
		}
		byID := map[int64]*demarche.StoredDocument{}
		var ids []any
		var list []*demarche.StoredDocument
		for rows.Next() {
			id, sd, err := s.scanDoc(rows)
			if err != nil {
				rows.Close()
				return s.wrap(err)
			}
			byID[id] = sd
			ids = append(ids, id)
			list = append(list, sd)
			after = id
		}
		if err := rows.Close(); err != nil {
			return s.wrap(err)
		}
		if err := rows.Err(); err != nil {
			return s.wrap(err)
		}
		if len(list) == 0 {
			return nil
		}
		if err := s.sentences(ctx, byID, ids); err != nil {
			return err
		}
		for _, sd := range list {
			if err := fn(sd); err != nil {
				return err
			}
		}
		if len(list) < page {
			return nil
		}
	}
}

// eventSelect reads events with their document ID and sentence offsets;
// fillTexts then sets their sentence texts.
const eventSelect = `SELECT e.eid, d.ident, e.sentence, e.date, e.source, e.target, e.source_text, e.target_text, e.verb_text,
	e.cameo, e.root, e.quad, e.goldstein, e.plover, e.rule,
	e.source_start, e.source_end, e.target_start, e.target_end, e.verb_start, e.verb_end, e.mode, e.context,
	e.doc, s.start_byte, s.end_byte, s.text, e.confidence, e.place, e.place_country, e.lat, e.lon, e.place_id
	FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence`

// sentenceRef locates an event's sentence text until fillTexts reads it.
type sentenceRef struct {
	doc        int64
	start, end *int
	text       *string
}

func scanEvent(rows *sql.Rows, e *demarche.Event, ref *sentenceRef) error {
	return rows.Scan(&e.ID, &e.Doc, &e.Sentence, &e.Date, &e.Source, &e.Target, &e.SourceText, &e.TargetText, &e.VerbText,
		&e.CAMEO, &e.Root, &e.Quad, &e.Goldstein, &e.PLOVER, &e.Rule,
		&e.SourceSpan.Start, &e.SourceSpan.End, &e.TargetSpan.Start, &e.TargetSpan.End, &e.VerbSpan.Start, &e.VerbSpan.End,
		&e.Mode, &e.Context, &ref.doc, &ref.start, &ref.end, &ref.text, &e.Confidence, &e.Place, &e.PlaceCountry, &e.Lat, &e.Lon, &e.PlaceID)
}

// readEvents scans events and sets their sentence texts.
func (s *Store) readEvents(ctx context.Context, rows *sql.Rows) ([]demarche.Event, error) {
	defer rows.Close()
	events := []demarche.Event{}
	var refs []sentenceRef
	for rows.Next() {
		var e demarche.Event
		var ref sentenceRef
		if err := scanEvent(rows, &e, &ref); err != nil {
			return nil, s.wrap(err)
		}
		events = append(events, e)
		refs = append(refs, ref)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close()
	if err := s.fillTexts(ctx, events, refs); err != nil {
		return nil, err
	}
	return events, nil
}

// fillTexts sets the sentence texts of events from their documents.
func (s *Store) fillTexts(ctx context.Context, events []demarche.Event, refs []sentenceRef) error {
	var need []int64
	seen := map[int64]bool{}
	for _, r := range refs {
		if r.text == nil && r.start != nil && !seen[r.doc] {
			seen[r.doc] = true
			need = append(need, r.doc)
		}
	}
	bodies, err := s.bodies(ctx, s.db, need)
	if err != nil {
		return s.wrap(err)
	}
	for i, r := range refs {
		if r.start != nil {
			events[i].Text = sentenceText(bodies[r.doc], *r.start, *r.end, r.text)
		}
	}
	return nil
}

const (
	defaultLimit = 100
	maxLimit     = 10000
)

// Events returns one page of events. See demarche.EventStore.
func (s *Store) Events(ctx context.Context, f demarche.EventFilter) (*demarche.EventPage, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	if limit > maxLimit {
		limit = maxLimit
	}
	return s.eventPage(ctx, f, limit)
}

func (s *Store) eventPage(ctx context.Context, f demarche.EventFilter, limit int) (*demarche.EventPage, error) {
	where, args, err := eventWhere(f)
	if err != nil {
		return nil, err
	}
	if f.Cursor != "" {
		date, eid, err := decodeCursor(f.Cursor)
		if err != nil {
			return nil, err
		}
		where = append(where, `(e.date > ? OR (e.date = ? AND e.eid > ?))`)
		args = append(args, date, date, eid)
	}
	q := eventSelect
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY e.date, e.eid LIMIT ?`
	args = append(args, limit+1)
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	page := &demarche.EventPage{}
	if page.Events, err = s.readEvents(ctx, rows); err != nil {
		return nil, err
	}
	if len(page.Events) > limit {
		page.Events = page.Events[:limit]
		last := page.Events[limit-1]
		page.Next = encodeCursor(last.Date, last.ID)
	}
	return page, nil
}

// EachEvent streams the events that f selects with one query, reading
// their sentence texts a chunk at a time. See demarche.EventStore.
func (s *Store) EachEvent(ctx context.Context, f demarche.EventFilter, fn func(*demarche.Event) error) error {
	const chunk = 1000
	where, args, err := eventWhere(f)
	if err != nil {
		return err
	}
	if f.Cursor != "" {
		date, eid, err := decodeCursor(f.Cursor)
		if err != nil {
			return err
		}
		where = append(where, `(e.date > ? OR (e.date = ? AND e.eid > ?))`)
		args = append(args, date, date, eid)
	}
	q := eventSelect
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY e.date, e.eid`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	events := make([]demarche.Event, 0, chunk)
	refs := make([]sentenceRef, 0, chunk)
	flush := func() error {
		if err := s.fillTexts(ctx, events, refs); err != nil {
			return err
		}
		for i := range events {
			if err := fn(&events[i]); err != nil {
				return err
			}
		}
		events, refs = events[:0], refs[:0]
		return nil
	}
	for rows.Next() {
		var e demarche.Event
		var ref sentenceRef
		if err := scanEvent(rows, &e, &ref); err != nil {
			return s.wrap(err)
		}
		events = append(events, e)
		refs = append(refs, ref)
		if len(events) == chunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return s.wrap(err)
	}
	return flush()
}

func encodeCursor(date, eid string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(date + "|" + eid))
}

func decodeCursor(c string) (date, eid string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		var ok bool
		if date, eid, ok = strings.Cut(string(b), "|"); ok && validDate(date) && eid != "" {
			return date, eid, nil
		}
	}
	return "", "", demarche.Errorf(demarche.EINVALID, "bad cursor %q", c)
}

// eventWhere translates a filter into conditions over e (events) and d
// (documents).
func eventWhere(f demarche.EventFilter) ([]string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	src, srcArgs, err := actorCond("e.src_country", "e.source", f.Source)
	if err != nil {
		return nil, nil, err
	}
	tgt, tgtArgs, err := actorCond("e.tgt_country", "e.target", f.Target)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case f.Either && src != "" && tgt != "":
		rsrc, rsrcArgs, _ := actorCond("e.src_country", "e.source", f.Target)
		rtgt, rtgtArgs, _ := actorCond("e.tgt_country", "e.target", f.Source)
		a := append(append(append(append([]any{}, srcArgs...), tgtArgs...), rsrcArgs...), rtgtArgs...)
		add(`((`+src+` AND `+tgt+`) OR (`+rsrc+` AND `+rtgt+`))`, a...)
	case f.Either:
		actors := append(append([]string{}, f.Source...), f.Target...)
		f.Actor = append(f.Actor, actors...)
	default:
		if src != "" {
			add(src, srcArgs...)
		}
		if tgt != "" {
			add(tgt, tgtArgs...)
		}
	}
	if len(f.Actor) > 0 {
		a, aArgs, err := actorCond("e.src_country", "e.source", f.Actor)
		if err != nil {
			return nil, nil, err
		}
		b, bArgs, _ := actorCond("e.tgt_country", "e.target", f.Actor)
		add(`(`+a+` OR `+b+`)`, append(aArgs, bArgs...)...)
	}
	if len(f.CAMEO) > 0 {
		add(`e.cameo IN (`+placeholders(len(f.CAMEO))+`)`, strs(f.CAMEO)...)
	}
	if len(f.Root) > 0 {
		add(`e.root IN (`+placeholders(len(f.Root))+`)`, strs(f.Root)...)
	}
	if f.MinConfidence > 0 {
		add(`e.confidence >= ?`, f.MinConfidence)
	}
	if len(f.Quad) > 0 {
		qa := make([]any, len(f.Quad))
		for i, q := range f.Quad {
			if q < 0 || q > 4 {
				return nil, nil, demarche.Errorf(demarche.EINVALID, "bad quad class %d (want 1-4)", q)
			}
			qa[i] = q
		}
		add(`e.quad IN (`+placeholders(len(qa))+`)`, qa...)
	}
	if f.From != "" {
		if !validDate(f.From) {
			return nil, nil, demarche.Errorf(demarche.EINVALID, "bad date %q (want YYYY-MM-DD)", f.From)
		}
		add(`e.date >= ?`, f.From)
	}
	if f.To != "" {
		if !validDate(f.To) {
			return nil, nil, demarche.Errorf(demarche.EINVALID, "bad date %q (want YYYY-MM-DD)", f.To)
		}
		add(`e.date <= ?`, f.To)
	}
	if len(f.Publication) > 0 {
		add(`d.publication IN (`+placeholders(len(f.Publication))+`)`, strs(f.Publication)...)
	}
	if f.Doc != "" {
		add(`d.ident = ?`, f.Doc)
	}
	if f.Version != "" {
		add(`d.version IN (SELECT id FROM versions WHERE name = ?)`, f.Version)
	}
	if !f.Duplicates {
		add(`e.dup = 0`)
	}
	return where, args, nil
}

func strs(v []string) []any {
	out := make([]any, len(v))
	for i, s := range v {
		out[i] = s
	}
	return out
}

// actorCond matches actors against a country column and a code column: a
// three-letter actor is a country, a longer one a code prefix.
func actorCond(countryCol, codeCol string, actors []string) (string, []any, error) {
	if len(actors) == 0 {
		return "", nil, nil
	}
	var countries []any
	var parts []string
	var args []any
	for _, a := range actors {
		a = strings.ToUpper(strings.TrimSpace(a))
		switch {
		case a == demarche.NoActor:
			parts = append(parts, codeCol+` = ?`)
			args = append(args, a)
		case !demarche.ValidActor(a):
			return "", nil, demarche.Errorf(demarche.EINVALID, "bad actor %q (want a country such as PRK or a code such as RUSMIL)", a)
		case len(a) == 3:
			countries = append(countries, a)
		default:
			parts = append(parts, `(`+countryCol+` = ? AND `+codeCol+` >= ? AND `+codeCol+` < ?)`)
			args = append(args, a[:3], a, a[:len(a)-1]+string(a[len(a)-1]+1))
		}
	}
	if len(countries) > 0 {
		parts = append([]string{countryCol + ` IN (` + placeholders(len(countries)) + `)`}, parts...)
		args = append(countries, args...)
	}
	if len(parts) == 1 {
		return parts[0], args, nil
	}
	return `(` + strings.Join(parts, ` OR `) + `)`, args, nil
}
