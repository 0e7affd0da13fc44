package coder

import (
	"strings"
	"testing"

	"github.com/demarche-project/demarche/dict"
)

// TestClassRules checks the sentence rules that read the verb class an
// event was coded from: an appeal of voice_ask_gap whose "to" opens no
// infinitive names no one asked to act, and an outlet that introduces its
// own country, or a gift sent within it, is a domestic piece
// (DOMESTIC_PIECE_CLASSES).
func TestClassRules(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, text string
		want                []string
	}{
		{"appeal with its infinitive", "NOR", "We encourage the Government of Brazil, in the coming year, to contribute.", []string{"NORGOV BRAGOV 020"}},
		{"no infinitive after to", "NOR", "We invite the participation of Brazil, among others, to the summit.", nil},
		{"no infinitive, encourage", "NOR", "We encourage the presence of Brazil, in every forum, to good ends.", nil},
		{"outlet on a foreign country", "", "The Russian paper Pravda introduced the DPRK in an article about its schools.", []string{"RUSMED PRK 010"}},
		{"outlet on its own country", "", "The Japanese paper Asahi introduced the career of the Japanese prime minister.", nil},
		{"the speaker's own measure", "NOR", "Last year my Government introduced free school meals in every county.", nil},
		{"the speaker's measure toward a partner", "NOR", "We introduced a scholarship for students of Malawi.", []string{"NORGOV MWI 010"}},
		{"gift from abroad", "", "Gifts were presented to Kim Jong Un by the Lao People's Revolutionary Party.", []string{"LAOPTY PRKGOV 051"}},
		{"gift from home", "", "Gifts were presented to Kim Jong Un by a DPRK trade company.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, "2019-09-25", "", tt.country, false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}

// TestClassRulesUserFile checks that a class a user's knowledge file
// extends keeps its sentence rule: the rule reads the class, not the name
// of the built-in file.
func TestClassRulesUserFile(t *testing.T) {
	c := builtinWith(t, "mine.txt", "verbs introduce_content\n  code: ---\n  verb: feature\n  pattern 010: * +\n")
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The Russian paper Pravda featured the DPRK.", []string{"RUSMED PRK 010"}},
		{"The Japanese paper Asahi featured the Japanese prime minister.", nil},
	} {
		_, events, err := c.Explain(tt.text, "2012-03-01", "KCNA", false)
		if err != nil {
			t.Fatal(err)
		}
		checkEvents(t, events, tt.want)
	}
}

// builtinWith returns a coder of the built-in knowledge and a user's file
// of that name and text.
func builtinWith(t testing.TB, file, text string) *Coder {
	t.Helper()
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Load(strings.NewReader(text), file); err != nil {
		t.Fatal(err)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCandidateOrigin checks the tests of where a candidate came from:
// the word sets, last word and words before the target of its pattern, and
// a class's default code, on patterns written as a user would.
func TestCandidateOrigin(t *testing.T) {
	sets := map[string]*dict.WordSet{
		"DRILL": {Name: "DRILL", Phrases: [][]string{{"drill"}, {"war", "games"}}},
	}
	class := &dict.VerbClass{Name: "stage"}
	pat := func(text string) *dict.Pattern {
		t.Helper()
		elems, err := dict.ParsePattern(text, sets)
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		return &dict.Pattern{Code: "150", Elems: elems, Text: text, Class: class}
	}
	pages := map[string]bool{"gist": true}
	tests := []struct {
		name                                  string
		c                                     candidate
		usesDrill, endsHere, againstBefore    bool
		byDefault, byDefaultOfStage, hasPages bool
	}{
		{name: "set after a gap", c: candidate{class: class, pat: pat("* ... &DRILL")}, usesDrill: true},
		{name: "set inside an option", c: candidate{class: class, pat: pat("* [a &DRILL] here")}, usesDrill: true, endsHere: true},
		{name: "the set's words written out", c: candidate{class: class, pat: pat("* {drill|exercise} against +")}, againstBefore: true},
		{name: "against among alternatives", c: candidate{class: class, pat: pat("* {toward|against} + from here")}, againstBefore: true, endsHere: true},
		{name: "here inside a phrase", c: candidate{class: class, pat: pat("* {right here}")}},
		{name: "a page word", c: candidate{class: class, pat: pat("* the gist of +")}, hasPages: true},
		{name: "class default", c: candidate{class: class}, byDefault: true, byDefaultOfStage: true},
		{name: "sentence rule", c: candidate{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			got := []bool{c.usesSet("DRILL"), c.patternEndsWith("here"), c.patternWordBeforeTarget("against"),
				c.byClassDefault(), c.byDefaultOf("stage"), c.patternHasWordOf(pages)}
			want := []bool{tt.usesDrill, tt.endsHere, tt.againstBefore, tt.byDefault, tt.byDefaultOfStage, tt.hasPages}
			names := []string{"usesSet", "patternEndsWith", "patternWordBeforeTarget", "byClassDefault", "byDefaultOf", "patternHasWordOf"}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s = %v, want %v", names[i], got[i], want[i])
				}
			}
			if c.byDefaultOf("say") {
				t.Error("byDefaultOf(say) holds for a class of another name")
			}
		})
	}
}
