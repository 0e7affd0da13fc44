// Package petrarch reads the dictionaries and records of the PETRARCH2,
// PETRARCH, TABARI and Phoenix event coders.
//
// ReadVerbs, ReadActors, ReadAgents, ReadDiscards and ReadIssues read the
// dictionary formats (every syntax error names its file and line; what
// parses is kept); Load reads a set and compiles it. ReadRecords reads
// PETRARCH XML files. ToDict converts a set into demarche's own knowledge,
// for documents coded by package coder; Validate runs a validation suite
// with any RecordCoder and counts exact, partial and wrong records. The
// second coder, PETRARCH's matcher on Treebank parses, is package
// petrarch/treecoder.
package petrarch
