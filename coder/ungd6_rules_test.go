package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestAgreementParties checks agreements named by their parties and entered
// into (dict/data/84-ungd6.txt), counted on the unannotated General Debate
// corpus before they were kept. Sentences in our own words.
func TestAgreementParties(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"a welcomed agreement between two states is their signing too", "CRI", "2018-09-22",
			"We welcome the recent peace agreement between Ethiopia and Eritrea.",
			[]string{"CRIGOV ETH 051", "CRIGOV ERI 051", "ETH ERI 057", "ERI ETH 057"}},
		{"a landmark treaty between two states", "FJI", "2024-09-22",
			"This year brought a landmark treaty between Tuvalu and Australia.",
			[]string{"TUV AUS 057", "AUS TUV 057"}},
		{"an agreement hoped for is none", "NOR", "2019-09-22",
			"We remain committed to an agreement between Israel and the Palestinians.",
			nil},
		{"entering into an agreement is signing it, by both", "GUY", "2017-09-22",
			"In 2009 Guyana entered into an agreement with Norway on forests.",
			[]string{"GUY NOR 057", "NOR GUY 057"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}

// TestJoinedPartners checks that the partners a government joins "in"
// an act are not its addressees (joinedpartners.go). Sentences in our own
// words.
func TestJoinedPartners(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string
	}{
		{"the joined partners are no addressees", "DMA", "2021-09-22",
			"Dominica joins the region and the wider international community in renewing its call to the United States to end the embargo.",
			[]string{"DMA USA 020"}},
		{"those one acts alongside are not addressed", "SWE", "2022-09-22",
			"Today Sweden repeats that demand, alongside other European Union member States.",
			[]string{"SWE --- 100"}},
		{"a demand renewed toward a named state", "ARE", "2019-09-22",
			"My country renews its demand to Iran to end the occupation of the islands.",
			[]string{"AREGOV IRN 100"}},
		{"a call after join still has its unnamed addressees", "DMA", "2021-09-22",
			"Dominica calls on the United States and the international community to end the embargo.",
			[]string{"DMA USA 02", "DMA --- 02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}

// TestSanctionsNamed checks the sanctions a call or a condemnation names
// with their imposer (sanctionsfact.go). Sentences in our own words.
func TestSanctionsNamed(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string
	}{
		{"an embargo imposed by a named state is a fact beside the call", "BOL", "2019-09-22",
			"We demand once more that the embargo imposed on Cuba by the United States be lifted.",
			[]string{"BOLGOV CUB 10", "USA CUB 163"}},
		{"sanctions with no named imposer stay uncoded", "NIC", "2021-09-22",
			"We call for the lifting of the sanctions on Venezuela.",
			[]string{"NICGOV --- 02"}},
		{"sanctions asked for are not in force", "ISR", "2020-09-22",
			"I call on the Security Council to reimpose sanctions against Iran.",
			[]string{"ISRGOV IGOUNO 02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
