package sqlstore

import (
	"context"

	"github.com/demarche-project/demarche"
)

// Volume counts the documents and their events per publication date. See
// demarche.EventStore.
func (s *Store) Volume(ctx context.Context, q demarche.VolumeQuery) ([]demarche.DayVolume, error) {
	query := `SELECT date, count(*), COALESCE(sum(events), 0) FROM documents WHERE 1 = 1`
	var args []any
	if !q.Duplicates {
		query += ` AND canonical IS NULL`
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
		query += ` AND date ` + b.op + ` ?`
		args = append(args, b.date)
	}
	rows, err := s.query(ctx, query+` GROUP BY date ORDER BY date`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := []demarche.DayVolume{}
	for rows.Next() {
		var v demarche.DayVolume
		if err := rows.Scan(&v.Date, &v.Documents, &v.Events); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, v)
	}
	return out, s.wrap(rows.Err())
}
