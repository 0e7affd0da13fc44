package dict

import (
	"strings"
	"testing"
)

// TestWordsElemIndex checks that an element of many phrases answers
// MayStart and MayEnd from its phrases' first and last words, and that a
// short element, unindexed, lets every word through.
func TestWordsElemIndex(t *testing.T) {
	var many [][]string
	for _, p := range []string{"full text", "gist", "contents", "excerpts", "text", "works",
		"work of", "press release", "statement", "report"} {
		many = append(many, strings.Fields(p))
	}
	few := [][]string{{"in", "support", "of"}, {"against"}}
	tests := []struct {
		name       string
		phrases    [][]string
		word       string
		start, end bool
	}{
		{"first word of a phrase", many, "full", true, false},
		{"last word of a phrase", many, "of", false, true},
		{"one-word phrase", many, "gist", true, true},
		{"no phrase has it", many, "treaty", false, false},
		{"short element lets all through", few, "treaty", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := WordsElem(tt.phrases, "")
			if got := e.MayStart(tt.word); got != tt.start {
				t.Errorf("MayStart(%q) = %v, want %v", tt.word, got, tt.start)
			}
			if got := e.MayEnd(tt.word); got != tt.end {
				t.Errorf("MayEnd(%q) = %v, want %v", tt.word, got, tt.end)
			}
		})
	}
}

// TestParsedSetIndexed checks that a pattern's word set, parsed from a
// file, is indexed: its phrases are tried only where one could begin.
func TestParsedSetIndexed(t *testing.T) {
	sets := map[string]*WordSet{"DOCS": {Name: "DOCS"}}
	for _, w := range []string{"letter", "message", "note", "memorandum", "cable", "telegram", "greetings", "reply"} {
		sets["DOCS"].Phrases = append(sets["DOCS"].Phrases, []string{w})
	}
	elems, err := ParsePattern("* &DOCS to +", sets)
	if err != nil {
		t.Fatal(err)
	}
	if e := elems[1]; e.MayStart("treaty") || !e.MayStart("cable") {
		t.Errorf("the set's element is not indexed: MayStart(treaty) = %v, MayStart(cable) = %v", e.MayStart("treaty"), e.MayStart("cable"))
	}
}
