// Package petrarch reads the dictionaries and records of the PETRARCH2,
// PETRARCH, TABARI and Phoenix event coders and codes with them.
//
// ReadVerbs, ReadActors, ReadAgents, ReadDiscards and ReadIssues read the
// dictionary formats (every syntax error names its file and line; what
// parses is kept); Load reads a set and compiles it. ReadRecords reads
// PETRARCH XML files, ParseTree their Treebank parses. Dicts.CodeParse codes
// one parse the way PETRARCH does; Coder wraps it as a demarche.Coder for
// documents that carry a parse, and ToDict converts a set into demarche's
// own knowledge for documents that do not. Validate runs a validation suite
// and counts exact, partial and wrong records.
package petrarch
