package sqlstore

import (
	"context"

	"github.com/demarche-project/demarche"
)

// Volume counts the documents, their sentences and their events per
// publication date. See demarche.EventStore.
func (s *Store) Volume(ctx context.Context, q demarche.VolumeQuery) ([]demarche.DayVolume, error) {
	where := ` WHERE 1 = 1`
	var args []any
	if !q.Duplicates {
		where += ` AND d.canonical IS NULL`
	}
	for _, b := range []struct {
		date, op string
	}{{q.From, ">="}, {q.To, "<="}} {
		if b.date == "" {
			continue
		}
		if !validDate(b.date) {
			return nil, demarche.Errorf(demarche.EINVALID, "volume: bad date %q (want YYYY-MM-DD)", b.date)
		}
		where += ` AND d.date ` + b.op + ` ?`
		args = append(args, b.date)
	}
	rows, err := s.query(ctx, `SELECT d.date, count(*), COALESCE(sum(d.events), 0) FROM documents d`+where+
		` GROUP BY d.date ORDER BY d.date`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	out := []demarche.DayVolume{}
	at := map[string]int{}
	for rows.Next() {
		var v demarche.DayVolume
		if err := rows.Scan(&v.Date, &v.Documents, &v.Events); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		at[v.Date] = len(out)
		out = append(out, v)
	}
	if err := rows.Close(); err != nil {
		return nil, s.wrap(err)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows, err = s.query(ctx, `SELECT d.date, count(*) FROM sentences s JOIN documents d ON d.id = s.doc`+where+
		` GROUP BY d.date`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var date string
		var n int
		if err := rows.Scan(&date, &n); err != nil {
			return nil, s.wrap(err)
		}
		if i, ok := at[date]; ok {
			out[i].Sentences = n
		}
	}
	return out, s.wrap(rows.Err())
}
