package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestGratitudeForHelp checks the help received that a government's thanks
// name (gratitudeforhelp.go), counted on the unannotated General Debate
// corpus before it was kept. Sentences in our own words.
func TestGratitudeForHelp(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"each thanked partner helped", "FJI", "2019-09-22",
			"We thank Australia and New Zealand for their generous assistance after the cyclone.",
			[]string{"FJIGOV AUS 051", "FJIGOV NZL 051", "AUS FJIGOV 070", "NZL FJIGOV 070"}},
		{"unnamed partners are no source", "HTI", "2017-09-22",
			"We remain grateful to the international community for the outpouring of assistance after the earthquake.",
			[]string{"HTIGOV --- 051"}},
		{"the giver named after of", "MLI", "2016-09-22",
			"We are grateful for the assistance of the European Union, which allowed us to hold elections.",
			[]string{"MLIGOV IGOEUREEC 051", "IGOEUREEC MLIGOV 070"}},
		{"help to the speaker", "NPL", "2016-09-22",
			"I thank the United Nations and its agencies for the help given to us after the floods.",
			[]string{"NPLGOV IGOUNO 051", "IGOUNO NPLGOV 070"}},
		{"help to others is no help received", "NOR", "2016-09-22",
			"We thank Uganda for its assistance to the refugees of South Sudan.",
			[]string{"NORGOV UGA 051"}},
		{"support thanked for is the thanks alone", "SVN", "2019-09-22",
			"We thank Croatia for its generous support for our candidacy and for the support provided to our people.",
			[]string{"SVNGOV HRV 051"}},
		{"a contribution as Secretary-General is no help received", "ISL", "2016-09-22",
			"I thank the Secretary-General for his tireless contribution to the Organization.",
			[]string{"ISLGOV IGOUNO 051"}},
		{"one's own citizens give no help from abroad", "LCA", "2021-09-22",
			"I thank my fellow citizens for their patience and support.",
			[]string{"LCAGOV LCACVL 051"}}, // thanks to its own people: its CVL (ownpeople.go)
		{"thanks for a stance is no help", "PAN", "2018-09-22",
			"We thank Spain for its position on the matter.",
			[]string{"PANGOV ESP 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
