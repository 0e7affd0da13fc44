package sqlstore

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"io"
	"sync"

	"github.com/demarche-project/demarche"
)

// Document texts are stored as a one-byte header and the text: plainText
// followed by the UTF-8 text, or flateText followed by its raw DEFLATE
// compression. PostgreSQL stores plain texts (and compresses them in TOAST).
const (
	plainText   = 0
	flateText   = 1
	minCompress = 128 // shorter texts are stored plain
)

var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// EncodeText returns the stored form of a document text.
func EncodeText(text string, compress bool) any {
	if !compress {
		return text
	}
	if len(text) < minCompress {
		return append([]byte{plainText}, text...)
	}
	var b bytes.Buffer
	b.Grow(len(text)/3 + 16)
	b.WriteByte(flateText)
	w := flaters.Get().(*flate.Writer)
	w.Reset(&b)
	w.Write([]byte(text))
	w.Close()
	flaters.Put(w)
	return b.Bytes()
}

// DecodeText returns a document text from its stored form.
func DecodeText(v []byte, compressed bool) (string, error) {
	if !compressed {
		return string(v), nil
	}
	if len(v) == 0 {
		return "", nil
	}
	switch v[0] {
	case plainText:
		return string(v[1:]), nil
	case flateText:
		r := flate.NewReader(bytes.NewReader(v[1:]))
		defer r.Close()
		out, err := io.ReadAll(r)
		if err != nil {
			return "", demarche.Errorf(demarche.EINTERNAL, "a stored document text is corrupt: %v", err)
		}
		return string(out), nil
	}
	return "", demarche.Errorf(demarche.EINTERNAL, "a stored document text has an unknown header %d", v[0])
}

// bodies reads the bodies (text, or title when there is no text) of
// documents by row id.
func (s *Store) bodies(ctx context.Context, q querier, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	err := inChunks(ids, func(args []any) error {
		rows, err := q.QueryContext(ctx, s.d.Rebind(`SELECT id, title, text FROM documents WHERE id IN (`+placeholders(len(args))+`)`), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var title string
			var raw []byte
			if err := rows.Scan(&id, &title, &raw); err != nil {
				rows.Close()
				return err
			}
			text, err := DecodeText(raw, s.d.Compress())
			if err != nil {
				rows.Close()
				return err
			}
			if text == "" {
				text = title
			}
			out[id] = text
		}
		if err := rows.Close(); err != nil {
			return err
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// sentenceText returns a sentence's text: the stored one, or its bytes of
// the document body.
func sentenceText(body string, start, end int, stored *string) string {
	if stored != nil {
		return *stored
	}
	if start < 0 || end > len(body) || start > end {
		return ""
	}
	return body[start:end]
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}
