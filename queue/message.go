package queue

import (
	"encoding/json"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
)

// Headers of the messages.
const (
	hdrDoc        = "Demarche-Doc"        // the document ID
	hdrOrigin     = "Demarche-Origin"     // where it was read: file:line
	hdrError      = "Demarche-Error"      // why a dead letter is dead
	hdrDeliveries = "Demarche-Deliveries" // deliveries before it was given up
	hdrSeq        = "Demarche-Seq"        // its sequence in the stream of documents
	hdrWorker     = "Demarche-Worker"     // the worker that gave it up
)

// wireDoc is a document as published: the Document's JSON fields and its
// origin, which Document leaves out of its JSON.
type wireDoc struct {
	*demarche.Document
	Origin string `json:"origin,omitempty"`
}

// encode returns the message body of a document.
func encode(d *demarche.Document) ([]byte, error) {
	return json.Marshal(wireDoc{Document: d, Origin: d.Origin})
}

// decode reads a message body. It returns an EINVALID error for a body that
// is not a document with an ID.
func decode(data []byte) (*demarche.Document, error) {
	w := wireDoc{Document: &demarche.Document{}}
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "not a document: %v", err)
	}
	if w.ID == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "document without an id")
	}
	w.Document.Origin = w.Origin
	return w.Document, nil
}

// MsgID returns the message ID under which a document is published: its ID
// and the hash of its content (the store's StoredDocument.Hash), so that the
// same document published twice within the duplicate window is kept once,
// while a new version under the same ID is not taken for a duplicate.
func MsgID(d *demarche.Document) string {
	return d.ID + "@" + dedup.Hash(d.Title, d.Text)
}
