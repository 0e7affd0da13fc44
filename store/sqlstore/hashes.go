package sqlstore

import (
	"context"
)

// Hashes returns the content hash of each stored document among ids. See
// demarche.DocumentStore.
func (s *Store) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	args := make([]any, 0, inChunk)
	for lo := 0; lo < len(ids); lo += inChunk {
		hi := min(lo+inChunk, len(ids))
		args = args[:0]
		for _, id := range ids[lo:hi] {
			args = append(args, id)
		}
		rows, err := s.query(ctx, `SELECT ident, hash FROM documents WHERE ident IN (`+placeholders(hi-lo)+`)`, args...)
		if err != nil {
			return nil, s.wrap(err)
		}
		for rows.Next() {
			var id, hash string
			if err := rows.Scan(&id, &hash); err != nil {
				rows.Close()
				return nil, s.wrap(err)
			}
			out[id] = hash
		}
		if err := rows.Close(); err != nil {
			return nil, s.wrap(err)
		}
		if err := rows.Err(); err != nil {
			return nil, s.wrap(err)
		}
	}
	return out, nil
}
