package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestTagFeatureSplit checks that the tagger's static and dynamic features
// are its features, each once.
func TestTagFeatureSplit(t *testing.T) {
	words := strings.Fields("The delegation from Pyongyang arrived in Hanoi on 3 May , well-received .")
	ws := analyseSentence(nil, words, nil)
	for i := range words {
		for _, tags := range [][3]uint64{{0, 0, 0}, {5, 7, 3}, {12, 1, 9}} {
			want := tagFeatures(nil, ws, i, tags[0], tags[1], tags[2])
			got := tagDynamic(tagStatic(nil, ws, i), ws, i, tags[0], tags[1], tags[2])
			if n := len(tagStatic(nil, ws, i)); n != nTagStatic {
				t.Fatalf("%d static features, want %d", n, nTagStatic)
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("word %d: split features differ from tagFeatures", i)
			}
		}
	}
}
