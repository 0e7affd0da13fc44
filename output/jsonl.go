package output

import (
	"encoding/json"
	"io"

	"github.com/demarche-project/demarche"
)

// jsonlWriter writes each event as its JSON object on one line, without
// HTML escaping.
type jsonlWriter struct {
	buffered
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlWriter {
	j := &jsonlWriter{buffered: newBuffered(w)}
	j.enc = json.NewEncoder(j.w)
	j.enc.SetEscapeHTML(false)
	return j
}

func (j *jsonlWriter) Write(e *demarche.Event) error {
	if err := j.check(e); err != nil {
		return err
	}
	if err := j.enc.Encode(e); err != nil {
		j.err = err
	}
	return j.err
}
