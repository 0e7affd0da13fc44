package sqlstore

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
)

// The rollups of canonical events, one row per key and month:
//
//	dyad_month  key (src, tgt): source and target countries
//	dyad_actor  key (src_country, tgt_country, source, target): full actor codes
//
// Each row holds event counts per quad class (n0…n4), the Goldstein sum in
// tenths (g10) and the counts per CAMEO code (codes, see encodeCodes). Every
// write reads the rows it touches, changes them in Go and writes them back.
type rollup struct {
	table string
	keys  []string // key columns, month excluded
	key   func(k rollKey) []string
}

var rollups = []rollup{
	{"dyad_month", []string{"src", "tgt"}, func(k rollKey) []string {
		return []string{demarche.Country(k.source), demarche.Country(k.target)}
	}},
	{"dyad_actor", []string{"src_country", "tgt_country", "source", "target"}, func(k rollKey) []string {
		return []string{demarche.Country(k.source), demarche.Country(k.target), k.source, k.target}
	}},
}

// monthRow is the content of a rollup row.
type monthRow struct {
	key   []string // key values, then the month
	quad  [5]int64
	g10   int64
	codes map[string]int64
}

// encodeCodes writes code counts as "code:n", most frequent first (then by
// code), space separated, leaving out zeros: the top codes of a month are
// the first items.
func encodeCodes(codes map[string]int64) string {
	keys := make([]string, 0, len(codes))
	for c, n := range codes {
		if n != 0 {
			keys = append(keys, c)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := codes[keys[i]], codes[keys[j]]
		return a > b || a == b && keys[i] < keys[j]
	})
	var b strings.Builder
	for i, c := range keys {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c)
		b.WriteByte(':')
		b.WriteString(strconv.FormatInt(codes[c], 10))
	}
	return b.String()
}

// eachCode calls fn for each code count of an encoded list, in order, until
// fn returns false.
func eachCode(enc string, fn func(code string, n int64) bool) {
	for enc != "" {
		var item string
		item, enc, _ = strings.Cut(enc, " ")
		code, num, ok := strings.Cut(item, ":")
		if n, err := strconv.ParseInt(num, 10, 64); ok && err == nil && !fn(code, n) {
			return
		}
	}
}

// writeRollups applies the collected event changes to every rollup.
func (s *Store) writeRollups(ctx context.Context, w *Tx, del *delta) error {
	for _, r := range rollups {
		if err := s.writeRollup(ctx, w, r, del); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) writeRollup(ctx context.Context, w *Tx, r rollup, del *delta) error {
	rows := map[string]*monthRow{}
	for k, v := range del.rolls {
		key := append(r.key(k), k.month)
		id := strings.Join(key, "\x00")
		row := rows[id]
		if row == nil {
			row = &monthRow{key: key, codes: map[string]int64{}}
			rows[id] = row
		}
		q := k.quad
		if q < 0 || q > 4 {
			q = 0
		}
		row.quad[q] += v.n
		row.g10 += v.g10
		row.codes[k.cameo] += v.n
	}
	ids := make([]string, 0, len(rows))
	for id := range rows {
		ids = append(ids, id)
	}
	sort.Strings(ids) // in key order: fewer pages touched, a stable lock order
	cols := append(append([]string{}, r.keys...), "month")
	nk := len(cols)
	keyList := strings.Join(cols, ", ")
	sets := make([]string, 0, 7)
	for _, c := range []string{"n0", "n1", "n2", "n3", "n4", "g10", "codes"} {
		sets = append(sets, c+" = excluded."+c)
	}
	const chunk = 200
	for lo := 0; lo < len(ids); lo += chunk {
		part := ids[lo:min(lo+chunk, len(ids))]
		args := make([]any, 0, (nk+7)*len(part))
		for _, id := range part {
			for _, v := range rows[id].key {
				args = append(args, v)
			}
		}
		st, err := w.Stmt(ctx, `SELECT `+keyList+`, n0, n1, n2, n3, n4, g10, codes FROM `+r.table+
			` WHERE (`+keyList+`) IN (VALUES `+rowsOf(nk, len(part))+`)`)
		if err != nil {
			return err
		}
		old, err := st.QueryContext(ctx, args...)
		if err != nil {
			return err
		}
		key := make([]string, nk)
		dest := make([]any, 0, nk+7)
		for i := range key {
			dest = append(dest, &key[i])
		}
		var q [5]int64
		var g10 int64
		var codes string
		dest = append(dest, &q[0], &q[1], &q[2], &q[3], &q[4], &g10, &codes)
		for old.Next() {
			if err := old.Scan(dest...); err != nil {
				old.Close()
				return err
			}
			row := rows[strings.Join(key, "\x00")]
			if row == nil {
				continue
			}
			for i := range q {
				row.quad[i] += q[i]
			}
			row.g10 += g10
			eachCode(codes, func(c string, n int64) bool { row.codes[c] += n; return true })
		}
		if err := old.Close(); err != nil {
			return err
		}
		var gone []any
		args = args[:0]
		n := 0
		for _, id := range part {
			row := rows[id]
			if row.quad == [5]int64{} {
				for _, v := range row.key {
					gone = append(gone, v)
				}
				continue
			}
			for _, v := range row.key {
				args = append(args, v)
			}
			args = append(args, row.quad[0], row.quad[1], row.quad[2], row.quad[3], row.quad[4], row.g10, encodeCodes(row.codes))
			n++
		}
		if n > 0 {
			st, err := w.Stmt(ctx, `INSERT INTO `+r.table+` (`+keyList+`, n0, n1, n2, n3, n4, g10, codes) VALUES `+
				rowsOf(nk+7, n)+` ON CONFLICT (`+keyList+`) DO UPDATE SET `+strings.Join(sets, ", "))
			if err != nil {
				return err
			}
			if _, err := st.ExecContext(ctx, args...); err != nil {
				return err
			}
		}
		if len(gone) > 0 {
			if _, err := w.Exec(ctx, `DELETE FROM `+r.table+` WHERE (`+keyList+`) IN (VALUES `+rowsOf(nk, len(gone)/nk)+`)`, gone...); err != nil {
				return err
			}
		}
	}
	return nil
}
