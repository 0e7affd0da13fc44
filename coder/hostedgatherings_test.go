package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestHostedGatherings checks a government's hosting of an international
// gathering (dict/data/91-hosted-gatherings.txt). Sentences in our own
// words.
func TestHostedGatherings(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"held an international conference", "MNG", "2018-09-22",
			"Last spring we held an international conference on nomadic herding.",
			[]string{"MNGGOV --- 043"}},
		{"a future hosting is an intent", "FJI", "2018-09-22",
			"Next year Fiji will host a regional summit on ocean health.",
			[]string{"FJI --- 036"}},
		{"another's hosting praised", "TON", "2018-09-22",
			"I congratulate the Government of Samoa on hosting a major international conference.",
			[]string{"TONGOV WSMGOV 051"}},
		{"a press conference is no hosting", "MNG", "2018-09-22",
			"Our ministry held a press conference on the floods.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
