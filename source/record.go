package source

import (
	"bytes"

	"github.com/demarche-project/demarche"
)

// DecodeRecord decodes one JSON object into a document, with the checks
// and the error messages of a JSON lines input: name and n (the line, or
// the element of an array) locate it in a *RecordError, which names the
// field at fault. Servers use it for documents posted in a request body.
func DecodeRecord(name string, n int, rec []byte) (*demarche.Document, error) {
	rec = bytes.TrimSpace(rec)
	in := &input{name: name}
	if len(rec) == 0 {
		return nil, in.recErr(n, "", "empty record")
	}
	if len(rec) > MaxRecord {
		return nil, in.recErr(n, "", "record larger than %d MiB: skipped", MaxRecord>>20)
	}
	return (&opener{}).jsonDoc(in, n, rec)
}
