package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGD7Constructions checks the classes read on the tune half of the
// ungd7 set (titleappositions.go, praiseadjectives.go, jointactsnocomma.go,
// ownterritory.go, abstractthreats.go, wishedacts.go, 88-ungd-commitments.txt).
// Sentences in our own words.
func TestUNGD7Constructions(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"a bare title named in apposition", "ISL", "2017-09-21",
			"We express our thanks to the outgoing President, Mr. Peter Thomson, for a fruitful session.",
			[]string{"ISLGOV IGOUNO 051"}},
		{"a title coordinated with a country keeps the title", "KWT", "2016-09-21",
			"I congratulate the President and his country, Fiji, on his election.",
			[]string{"KWTGOV IGOUNO 051"}},
		{"praise predicated of an act's author", "BHS", "2020-09-24",
			"The decision of the Group of 20 to suspend debt payments is commendable.",
			[]string{"BHSGOV IGOG20 051"}},
		{"praise of the Secretary-General's act", "SYC", "2023-09-22",
			"The Secretary-General's new initiative, launched last spring, is laudable.",
			[]string{"SYCGOV IGOUNO 051"}},
		{"it is commendable that", "LVA", "2015-09-30",
			"It is commendable that, in spite of many obstacles, the Government of Ghana has held elections.",
			[]string{"LVAGOV GHAGOV 051"}},
		{"the commendable act of a named author", "LBN", "2020-09-24",
			"We held a donors conference at the commendable initiative of France.",
			[]string{"LBNGOV FRA 051"}},
		{"a possessor's laudable efforts", "YEM", "2023-09-22",
			"Oman's laudable efforts brought the parties back to the table.",
			[]string{"YEMGOV OMN 051"}},
		{"praise denied is none", "PRY", "2019-09-24",
			"The decision of Brazil to close the border is not commendable.",
			nil},
		{"force against the speaker's own", "AZE", "2017-09-20",
			"Last spring Armenia shelled our villages along the front line.",
			[]string{"ARM AZE 19"}},
		{"an occupied territory told as the speaker's", "ARE", "2020-09-25",
			"We reaffirm the sovereignty of the Emirates over its islands, which are occupied by Iran.",
			[]string{"IRN ARE 19"}},
		{"force against a figure is no target", "LCA", "2022-09-22",
			"The war between Russia and Ukraine has wiped out our hopes of recovery.",
			nil},
		{"a threat to an abstraction is none", "IDN", "2015-09-30",
			"Terrorist groups such as ISIS threaten the stability of the whole region.",
			nil},
		{"a reflexive commitment", "SDN", "2019-09-24",
			"We commit ourselves to the principles of good-neighbourliness.",
			[]string{"SDNGOV --- 030"}},
		{"an act wished to be seen is none", "BLR", "2020-09-25",
			"We are interested in seeing the Economic and Social Council provide more assistance to States.",
			nil},
		{"together with a partner, no comma", "UZB", "2024-09-24",
			"Together with the United Nations we have launched a regional council on reintegration.",
			[]string{"UZBGOV IGOUNO 060"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
