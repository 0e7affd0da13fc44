package sqlstore

import "context"

// Migrations returns the applied migrations recorded in schema_migrations,
// as "version name", in order.
func (s *Store) Migrations(ctx context.Context) ([]string, error) {
	rows, err := s.query(ctx, `SELECT version, name FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v, name string
		if err := rows.Scan(&v, &name); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, v+" "+name)
	}
	return out, s.wrap(rows.Err())
}
