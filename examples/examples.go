// Package examples holds the example that ships with demarche: a small
// corpus of statements and reports on North Korean troops in Russia
// (autumn 2024 to May 2025), written for the project with the real dates,
// and the question that tracks the stances on it. `demarche demo` ingests
// them into a temporary database and shows the dyad, the stances and the
// signals.
package examples

import _ "embed"

// CorpusName and QuestionName are the file names of the example.
const (
	CorpusName   = "nk-troops-in-russia.jsonl"
	QuestionName = "nk-troops-in-russia.yaml"
)

// Corpus is the example corpus: one JSON document a line (id, date, source,
// title, text).
//
//go:embed nk-troops-in-russia.jsonl
var Corpus []byte

// Question is the example question file.
//
//go:embed nk-troops-in-russia.yaml
var Question []byte
