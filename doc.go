// Package demarche holds the domain of the demarche event coder: documents,
// sentences, actors and events, and the small interfaces that the coder, the
// stores and the servers implement. It imports no adapter; the packages below
// it (nlp, dict, coder, store, http …) speak in these types and cmd/demarche
// wires them together.
package demarche
