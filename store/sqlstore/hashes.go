package sqlstore

import (
	"context"
)

// Hashes returns the content hash of each stored document among ids. See
// demarche.DocumentStore.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	err := inChunks(ids, func(args []any) error {
		rows, err := s.query(ctx, `SELECT ident, hash FROM documents WHERE ident IN (`+placeholders(len(args))+`)`, args...)
		if err != nil {
			return s.wrap(err)
		}
		for rows.Next() {
			var id, hash string
			if err := rows.Scan(&id, &hash); err != nil {
				rows.Close()
				return s.wrap(err)
			}
			out[id] = hash
		}
		if err := rows.Close(); err != nil {
			return s.wrap(err)
		}
		if err := rows.Err(); err != nil {
			return s.wrap(err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// inChunks calls fn with the values of vals as query arguments, at most
// inChunk (the values of one IN (…) list) at a time, in order, and stops
// at the first error fn returns. The arguments are reused from call to
// call.
func inChunks[T any](vals []T, fn func(args []any) error) error {
	args := make([]any, 0, inChunk)
	for lo := 0; lo < len(vals); lo += inChunk {
		args = args[:0]
		for _, v := range vals[lo:min(lo+inChunk, len(vals))] {
			args = append(args, v)
		}
		if err := fn(args); err != nil {
			return err
		}
	}
	return nil
}
