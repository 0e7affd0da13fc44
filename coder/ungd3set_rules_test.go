package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGD3Constructions checks the fourth pass on governments' own voice
// (ungd3set*.go, dict/data/66-ungd3.txt): constructions counted on the
// unannotated General Debate corpus before they were worked. Sentences in
// our own words.
func TestUNGD3Constructions(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"forms of address are not the subject", "DMA", "2020-09-24",
			"Mr. President of the General Assembly, Mr. Secretary-General, Excellencies, Ladies and Gentlemen, allow me first to congratulate Mr. Bozkir on his election to preside over the seventy-fifth session.",
			[]string{"DMAGOV IGOUNO 051"}},
		{"address then a named subject", "TJK", "2020-09-24",
			"Madam President, the United Nations recognised Tajikistan as a champion of water diplomacy.",
			[]string{"IGOUNO TJK"}},
		{"address then the speaking state", "GRD", "2020-09-24",
			"Mr. President, Grenada has always supported the resolution that calls for lifting the embargo on Cuba.",
			[]string{"GRD"}},
		{"a named subject with an apposition is no address", "NOR", "2020-09-24",
			"Secretary-General Guterres, a tireless diplomat, has urged Member States to act on climate.",
			[]string{"IGOUNO --- 02"}},
		{"no speaker, no address run", "", "2020-09-24",
			"Mr. President, the United Nations recognised Tajikistan as a champion of water diplomacy.",
			[]string{"IGOUNO TJK"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
