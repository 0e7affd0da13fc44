package petrarch

import (
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(testVerbs), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want VerbCode
		ok   bool
	}{
		{"paints", VerbCode{Block: "PAINT", Code: "110", Patterns: 3}, true},
		{"DREW", VerbCode{Block: "PAINT", Code: "111:112", Patterns: 3}, true},
		{"touch", VerbCode{}, false}, // only in a two-word form
		{"rain", VerbCode{}, false},  // a block that codes nothing
		{"sing", VerbCode{}, false},
	}
	for _, tt := range tests {
		got, ok := v.Lookup(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}
