// Package treecoder codes sentences from their Treebank parses with a
// PETRARCH dictionary set (package petrarch), the way PETRARCH2 does: it
// finds the noun phrases' actors and agents, the verbs, and matches the
// verbs' patterns on the tree. ParseTree reads a parse, CodeParse and
// CodeTree code one; Coder is a demarche.Coder for documents that carry a
// parse, which hands the others to a fallback coder; ParseCoder runs it on
// a validation suite (petrarch.Validate).
package treecoder
