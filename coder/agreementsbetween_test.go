package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestAgreementsBetween checks the mutual signing read from an agreement's
// "between X and Y" (agreementsbetween.go). Sentences in our own words.
func TestAgreementsBetween(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"passive signed between", "GUY", "2016-09-22",
			"Long ago a treaty of arbitration was signed between Brazil and Peru.",
			[]string{"BRA PER 057", "PER BRA 057"}},
		{"a participle after the second party", "FJI", "2024-09-22",
			"Our region now has a landmark treaty between Samoa and New Zealand named the Pacific Compact.",
			[]string{"WSM NZL 057", "NZL WSM 057"}},
		{"a goal is no agreement made", "NOR", "2016-09-22",
			"We call for a peace agreement between Armenia and Azerbaijan.",
			[]string{"NORGOV --- 020"}},
		{"one party unnamed", "NOR", "2016-09-22",
			"The treaties signed between Ghana and two neighbouring states still hold.",
			[]string{"GHA --- 057"}},
		{"an agreement cited as a norm", "CUB", "2019-09-22",
			"The expulsion was a violation of the law and of the agreement between Sweden and the host country.",
			nil},
		{"an indefinite agreement not said to be made", "NOR", "2016-09-22",
			"Only an agreement between Armenia and Azerbaijan can bring peace.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
