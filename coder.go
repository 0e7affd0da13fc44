package demarche

import "context"

// Coder turns a document into sentences and events. Implementations are
// safe for concurrent use and deterministic: the same document and the same
// dictionaries always give the same result, ids included.
type Coder interface {
	// Code splits doc into sentences and codes each one. It fails only on
	// an invalid document (no id, a bad date); a sentence that yields no
	// event is not an error.
	Code(ctx context.Context, doc *Document) (*Coded, error)

	// Version identifies the dictionaries the coder uses (a hash of their
	// content), so that stored events can be re-coded when it changes.
	Version() string
}
