package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

var (
	_ demarche.QuestionStore = (*Store)(nil)
	_ demarche.WatchStore    = (*Store)(nil)
)

// timeLayout writes times as fixed-width UTC text, which sorts as time.
const timeLayout = "2006-01-02T15:04:05.000Z"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) time.Time {
	t, _ := time.Parse(timeLayout, s)
	return t
}

// PutQuestion stores a question as JSON under its ID. See
// demarche.QuestionStore.
func (s *Store) PutQuestion(ctx context.Context, q *demarche.Question) (bool, error) {
	if q == nil || strings.TrimSpace(q.ID) == "" {
		return false, demarche.Errorf(demarche.EINVALID, "question: no id")
	}
	body, err := json.Marshal(q)
	if err != nil {
		return false, demarche.Errorf(demarche.EINVALID, "question %s: %v", q.ID, err)
	}
	var replaced bool
	err = s.write(ctx, func(w *Tx) error {
		res, err := w.Exec(ctx, `UPDATE questions SET body = ?, added = ? WHERE id = ?`, string(body), fmtTime(time.Now()), q.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			replaced = true
			return nil
		}
		_, err = w.Exec(ctx, `INSERT INTO questions (id, body, added) VALUES (?, ?, ?)`, q.ID, string(body), fmtTime(time.Now()))
		return err
	})
	return replaced, err
}

// Questions returns the stored questions by ID.
func (s *Store) Questions(ctx context.Context) ([]*demarche.Question, error) {
	rows, err := s.query(ctx, `SELECT id, body FROM questions ORDER BY id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := []*demarche.Question{}
	for rows.Next() {
		var id, body string
		if err := rows.Scan(&id, &body); err != nil {
			return nil, s.wrap(err)
		}
		q := &demarche.Question{}
		if err := json.Unmarshal([]byte(body), q); err != nil {
			return nil, demarche.Errorf(demarche.EINTERNAL, "stored question %s: %v", id, err)
		}
		q.ID = id
		out = append(out, q)
	}
	return out, s.wrap(rows.Err())
}

// DeleteQuestion removes a stored question, or returns ENOTFOUND.
func (s *Store) DeleteQuestion(ctx context.Context, id string) error {
	return s.write(ctx, func(w *Tx) error {
		res, err := w.Exec(ctx, `DELETE FROM questions WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return demarche.Errorf(demarche.ENOTFOUND, "no stored question %q (see demarche question list)", id)
		}
		return nil
	})
}

// LeaseSource takes the lease of a source. See demarche.WatchStore.
func (s *Store) LeaseSource(ctx context.Context, name, owner string, now, until time.Time) (*demarche.SourceState, bool, error) {
	st := &demarche.SourceState{Name: name}
	ok := false
	err := s.write(ctx, func(w *Tx) error {
		if _, err := w.Exec(ctx, `INSERT INTO watch_sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, name); err != nil {
			return err
		}
		res, err := w.Exec(ctx, `UPDATE watch_sources SET lease_owner = ?, lease_until = ?
			WHERE name = ? AND (lease_owner = '' OR lease_owner = ? OR lease_until < ?)`,
			owner, fmtTime(until), name, owner, fmtTime(now))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		ok = true
		var body string
		if err := w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT state FROM watch_sources WHERE name = ?`), name).Scan(&body); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(body), st); err != nil {
			return demarche.Errorf(demarche.EINTERNAL, "watch state of %s: %v", name, err)
		}
		st.Name = name
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	return st, ok, nil
}

// SaveSource stores the state of a source and releases owner's lease.
func (s *Store) SaveSource(ctx context.Context, st *demarche.SourceState, owner string) error {
	body, err := json.Marshal(st)
	if err != nil {
		return demarche.Errorf(demarche.EINTERNAL, "watch state of %s: %v", st.Name, err)
	}
	return s.write(ctx, func(w *Tx) error {
		if _, err := w.Exec(ctx, `INSERT INTO watch_sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, st.Name); err != nil {
			return err
		}
		_, err := w.Exec(ctx, `UPDATE watch_sources SET state = ?, next_poll = ?,
			lease_owner = CASE WHEN lease_owner = ? THEN '' ELSE lease_owner END,
			lease_until = CASE WHEN lease_owner = ? THEN '' ELSE lease_until END
			WHERE name = ?`, string(body), fmtTime(st.NextPoll), owner, owner, st.Name)
		return err
	})
}

// Sources returns the state of every watched source.
func (s *Store) Sources(ctx context.Context) ([]demarche.SourceState, error) {
	rows, err := s.query(ctx, `SELECT name, state FROM watch_sources ORDER BY name`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := []demarche.SourceState{}
	for rows.Next() {
		var name, body string
		if err := rows.Scan(&name, &body); err != nil {
			return nil, s.wrap(err)
		}
		var st demarche.SourceState
		if err := json.Unmarshal([]byte(body), &st); err != nil {
			return nil, demarche.Errorf(demarche.EINTERNAL, "watch state of %s: %v", name, err)
		}
		st.Name = name
		st.Files = nil // large for folders, and not for display
		out = append(out, st)
	}
	return out, s.wrap(rows.Err())
}

// Thread returns what a signal shares with the signals that continue it:
// its kind, actors, question and, for novelty, its code. Only surges, drops
// and tone shifts grow; other kinds are their own thread.
func Thread(sg *demarche.Signal) string {
	switch sg.Kind {
	case demarche.SignalSurge, demarche.SignalDrop, demarche.SignalTone:
		return sg.Kind + "|" + sg.Source + "|" + sg.Target + "|" + sg.Question
	}
	return "id|" + sg.ID
}

// dayBefore returns the ISO date a day before date (date itself when it
// does not parse).
func dayBefore(date string) string {
	t, err := time.Parse(demarche.DateLayout, date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, -1).Format(demarche.DateLayout)
}

// RecordSignals records signals as alerts. See demarche.WatchStore.
func (s *Store) RecordSignals(ctx context.Context, sigs []demarche.Signal, endpoints []string, now time.Time) (*demarche.RecordResult, error) {
	res := &demarche.RecordResult{}
	err := s.write(ctx, func(w *Tx) error {
		*res = demarche.RecordResult{}
		for i := range sigs {
			sg := &sigs[i]
			if sg.ID == "" {
				return demarche.Errorf(demarche.EINVALID, "signal without an id")
			}
			body, err := json.Marshal(sg)
			if err != nil {
				return err
			}
			thread := Thread(sg)
			var id, to string
			var score float64
			var rev int
			err = w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT id, date_to, score, revision FROM alerts
				WHERE signal = ? OR (thread = ? AND date_to >= ? AND date_from <= ?)
				ORDER BY first_seen LIMIT 1`), sg.ID, thread, dayBefore(sg.From), sg.To).Scan(&id, &to, &score, &rev)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				if _, err := w.Exec(ctx, `INSERT INTO alerts (id, signal, thread, date_from, date_to, score, revision, body, first_seen, updated)
					VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`, sg.ID, sg.ID, thread, sg.From, sg.To, sg.Score, string(body), fmtTime(now), fmtTime(now)); err != nil {
					return err
				}
				for _, ep := range endpoints {
					if _, err := w.Exec(ctx, `INSERT INTO deliveries (alert, endpoint, revision, next_try) VALUES (?, ?, 1, ?)`,
						sg.ID, ep, fmtTime(now)); err != nil {
						return err
					}
				}
				res.New++
				continue
			case err != nil:
				return err
			}
			// A new endpoint gets the alerts recorded before it was added.
			for _, ep := range endpoints {
				if _, err := w.Exec(ctx, `INSERT INTO deliveries (alert, endpoint, revision, next_try) VALUES (?, ?, ?, ?)
					ON CONFLICT (alert, endpoint) DO NOTHING`, id, ep, rev, fmtTime(now)); err != nil {
					return err
				}
			}
			if sg.To <= to && sg.Score < score+1 {
				continue // nothing grew
			}
			rev++
			if _, err := w.Exec(ctx, `UPDATE alerts SET signal = ?, date_from = CASE WHEN date_from < ? THEN date_from ELSE ? END,
				date_to = ?, score = ?, revision = ?, body = ?, updated = ? WHERE id = ?`,
				sg.ID, sg.From, sg.From, maxString(to, sg.To), math.Max(score, sg.Score), rev, string(body), fmtTime(now), id); err != nil {
				return err
			}
			if _, err := w.Exec(ctx, `UPDATE deliveries SET revision = ?, done = 0, attempts = 0, next_try = ?, last_error = '' WHERE alert = ?`,
				rev, fmtTime(now), id); err != nil {
				return err
			}
			res.Updated++
		}
		return nil
	})
	return res, err
}

func maxString(a, b string) string {
	if a > b {
		return a
	}
	return b
}

// LeaseDeliveries takes the lease of due pending deliveries. See
// demarche.WatchStore.
func (s *Store) LeaseDeliveries(ctx context.Context, owner string, now, until time.Time, limit int) ([]demarche.Delivery, error) {
	if limit <= 0 {
		limit = 100
	}
	var out []demarche.Delivery
	err := s.write(ctx, func(w *Tx) error {
		out = out[:0]
		rows, err := w.Query(ctx, `SELECT d.alert, d.endpoint, d.revision, d.attempts, d.last_status, d.last_error, d.next_try, a.body
			FROM deliveries d JOIN alerts a ON a.id = d.alert
			WHERE d.done = 0 AND d.next_try <= ? AND (d.lease_owner = '' OR d.lease_owner = ? OR d.lease_until < ?)
			ORDER BY d.next_try, d.alert, d.endpoint LIMIT ?`, fmtTime(now), owner, fmtTime(now), limit)
		if err != nil {
			return err
		}
		for rows.Next() {
			var d demarche.Delivery
			var next, body string
			if err := rows.Scan(&d.Alert, &d.Endpoint, &d.Revision, &d.Attempts, &d.LastStatus, &d.LastError, &next, &body); err != nil {
				rows.Close()
				return err
			}
			d.NextTry = parseTime(next)
			d.Signal = &demarche.Signal{}
			if err := json.Unmarshal([]byte(body), d.Signal); err != nil {
				rows.Close()
				return demarche.Errorf(demarche.EINTERNAL, "alert %s: %v", d.Alert, err)
			}
			out = append(out, d)
		}
		if err := rows.Close(); err != nil {
			return err
		}
		for _, d := range out {
			if _, err := w.Exec(ctx, `UPDATE deliveries SET lease_owner = ?, lease_until = ? WHERE alert = ? AND endpoint = ?`,
				owner, fmtTime(until), d.Alert, d.Endpoint); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// FinishDelivery records the outcome of a delivery attempt. See
// demarche.WatchStore.
func (s *Store) FinishDelivery(ctx context.Context, d *demarche.Delivery, ok bool, status int, errText string, next time.Time) error {
	now := fmtTime(time.Now())
	return s.write(ctx, func(w *Tx) error {
		var q string
		var args []any
		if ok {
			// A revision recorded in between stays pending.
			q = `UPDATE deliveries SET done = CASE WHEN revision = ? THEN 1 ELSE 0 END, attempts = attempts + 1, last_status = ?, last_error = '',
				delivered = ?, lease_owner = '', lease_until = '' WHERE alert = ? AND endpoint = ?`
			args = []any{d.Revision, status, now, d.Alert, d.Endpoint}
		} else {
			q = `UPDATE deliveries SET attempts = attempts + 1, last_status = ?, last_error = ?, next_try = ?,
				lease_owner = '', lease_until = '' WHERE alert = ? AND endpoint = ? AND revision = ?`
			args = []any{status, errText, fmtTime(next), d.Alert, d.Endpoint, d.Revision}
		}
		_, err := w.Exec(ctx, q, args...)
		return err
	})
}

// Alerts returns the recorded alerts, newest first, with their deliveries.
func (s *Store) Alerts(ctx context.Context, limit int) ([]demarche.Alert, error) {
	q := `SELECT id, revision, body, first_seen, updated FROM alerts ORDER BY first_seen DESC, id`
	var args []any
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	out := []demarche.Alert{}
	idx := map[string]int{}
	for rows.Next() {
		var a demarche.Alert
		var body, first, upd string
		if err := rows.Scan(&a.ID, &a.Revision, &body, &first, &upd); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		if err := json.Unmarshal([]byte(body), &a.Signal); err != nil {
			rows.Close()
			return nil, demarche.Errorf(demarche.EINTERNAL, "alert %s: %v", a.ID, err)
		}
		a.FirstSeen, a.Updated = parseTime(first), parseTime(upd)
		idx[a.ID] = len(out)
		out = append(out, a)
	}
	if err := rows.Close(); err != nil {
		return nil, s.wrap(err)
	}
	if len(out) == 0 {
		return out, nil
	}
	drows, err := s.query(ctx, `SELECT alert, endpoint, revision, done, attempts, last_status, last_error, next_try, delivered
		FROM deliveries ORDER BY alert, endpoint`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer drows.Close()
	for drows.Next() {
		var d demarche.Delivery
		var done int
		var next, deliv string
		if err := drows.Scan(&d.Alert, &d.Endpoint, &d.Revision, &done, &d.Attempts, &d.LastStatus, &d.LastError, &next, &deliv); err != nil {
			return nil, s.wrap(err)
		}
		d.Done, d.NextTry, d.Delivered = done != 0, parseTime(next), parseTime(deliv)
		if i, ok := idx[d.Alert]; ok {
			out[i].Deliveries = append(out[i].Deliveries, d)
		}
	}
	return out, s.wrap(drows.Err())
}

// Watermark returns a named value, "" when unset.
func (s *Store) Watermark(ctx context.Context, name string) (string, error) {
	var v string
	err := s.queryRow(ctx, `SELECT value FROM watermarks WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, s.wrap(err)
}

// SetWatermark sets a named value.
func (s *Store) SetWatermark(ctx context.Context, name, value string) error {
	return s.write(ctx, func(w *Tx) error {
		_, err := w.Exec(ctx, `INSERT INTO watermarks (name, value) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, value)
		return err
	})
}
