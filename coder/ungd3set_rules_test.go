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
			"Madam President, Mr. Secretary-General, distinguished delegates, ladies and gentlemen, I begin by congratulating Mr. Bozkir on his election to lead this session.",
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
		{"the office broken after its hyphen", "KWT", "2017-09-20",
			"We welcome the reform plans the Secretary- General has put before Member States.",
			[]string{"KWTGOV IGOUNO 051"}},
		{"an envoy's brief is not the one praised", "OMN", "2018-09-20",
			"We commend the Special Envoy of the Secretary-General for Libya for his patient mediation.",
			[]string{"OMNGOV IGOUNO 051"}},
		{"a personal envoy named by the brief alone", "DZA", "2019-09-20",
			"We support the work of the Personal Envoy for Western Sahara.",
			[]string{"DZAGOV IGOUNO 051"}},
		{"another body's envoy keeps that body", "EGY", "2019-09-20",
			"We support the African Union High Representative for Libya.",
			[]string{"EGYGOV IGO"}},
		{"an appeal on a state is untouched", "ARE", "2019-09-20",
			"We call on Iran to accept arbitration over the islands.",
			[]string{"AREGOV IRN 02"}},
		{"an address naming the Assembly's President without Mr.", "SYC", "2021-09-20",
			"President of the General Assembly, Secretary-General, Excellencies, I congratulate you warmly on your election.",
			[]string{"SYCGOV IGOUNO 051"}},
		{"no actor toward itself in a statement", "GBR", "2015-09-20",
			"The Security Council welcomed the report of the Security Council mission.",
			nil},
		{"a split infinitive the tagger misreads", "NGA", "2019-09-24",
			"Mr. President, I wish to very warmly congratulate the Assembly on its choice of theme.",
			[]string{"NGAGOV IGOUNO 051"}},
		{"an adverb pair before the verb", "PER", "2019-09-24",
			"We would like to once again thank the African Union for its mediation.",
			[]string{"PERGOV IGO"}},
		{"you, the President addressed", "KEN", "2019-09-24",
			"Let me begin by congratulating you, Sir, on taking up the presidency of this session.",
			[]string{"KENGOV IGOUNO 051"}},
		{"an assurance of support to you", "MUS", "2019-09-24",
			"I assure you of my country's unwavering support throughout your term.",
			[]string{"MUSGOV IGOUNO 051"}},
		{"thanks for the audience's attention close the speech", "MUS", "2019-09-24",
			"I thank you for your kind attention.",
			nil},
		{"what a requirement asks is not done", "SMR", "2019-09-24",
			"These crises require that we strengthen our cooperation with the United Nations.",
			nil},
		{"a requirement with an object pronoun", "CMR", "2019-09-24",
			"The pandemic requires us to cooperate closely with the World Health Organization.",
			nil},
		{"the adjective required is no requirement", "LCA", "2019-09-24",
			"Japan has deposited the required instruments to ratify the agreement with the United Nations.",
			[]string{"JPN IGOUNO"}},
		{"a verb coordinated before another shares its object", "CPV", "2014-09-24",
			"We back and stand firmly beside the African Union in its search for peace on the continent.",
			[]string{"CPVGOV IGO"}},
		{"support and take part in the efforts of a state", "PLW", "2017-09-24",
			"We support and take part in the efforts of Australia to protect the ocean.",
			[]string{"PLWGOV AUS 051"}},
		{"a shared object that names no actor stays unnamed", "TZA", "2020-09-24",
			"We welcome and warmly endorse the theme chosen for this debate.",
			[]string{"TZAGOV --- 051"}},
		{"let me take this opportunity to", "NAM", "2015-09-24",
			"Let me also take this opportunity to thank the outgoing President of the General Assembly for his steady hand.",
			[]string{"NAMGOV IGOUNO 051"}},
		{"allow me to take this opportunity to", "LSO", "2015-09-24",
			"Allow me to take this opportunity to commend Norway for its generous support.",
			[]string{"LSOGOV NOR 051"}},
		{"join those who spoke before in congratulating", "TZA", "2017-09-24",
			"Let me join the speakers who preceded me in congratulating the President of the Assembly on his election.",
			[]string{"TZAGOV IGOUNO 051"}},
		{"the partners of a fronted together with", "KGZ", "2019-09-24",
			"Together with Tajikistan and Uzbekistan, we are building a new railway across the valley.",
			[]string{"KGZGOV TJK 060", "KGZGOV UZB 060"}},
		{"in cooperation with a UN agency", "UZB", "2019-09-24",
			"In close cooperation with the International Labour Organization, we have ended forced labour in the cotton fields.",
			[]string{"UZBGOV IGO"}},
		{"together with partners, a modal clause does nothing", "BOL", "2019-09-24",
			"Together with Peru, we must protect the lake.",
			nil},
		{"the President a statement speaks to", "TON", "2016-09-24",
			"We welcome the President’s timely choice of theme for this session.",
			[]string{"TONGOV IGOUNO 051"}},
		{"the President of the Republic is no Assembly officer", "KEN", "2016-09-24",
			"We thank the President of the Republic for his leadership.",
			[]string{"KENGOV --- 051"}},
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
