package coder

import (
	"sort"
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGDLists checks the second pass on governments' own voice
// (ungdlists.go, 59-ungd-voice.txt): lists of addressees named and
// unnamed, parallel addressees, acts named by a noun, coordinated frames,
// and the clauses that keep their own objects. Sentences in our own words.
func TestUNGDLists(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"named and unnamed addressees", "OMN", "2017-09-20",
			"We invite the United Nations and the international community to settle disputes peacefully.",
			[]string{"OMNGOV IGOUNO 02", "OMNGOV --- 02"}},
		{"unnamed first, named after", "PAK", "2017-09-20",
			"We call on the international community and the African Union to act.",
			[]string{"PAKGOV --- 02", "PAKGOV IGO"}},
		{"a bank's name is no addressee", "HTI", "2017-09-20",
			"We thank UNICEF and the World Bank for their continued support.",
			[]string{"HTIGOV IGOUNOCEF 051", "HTIGOV IGOWBK 051"}},
		{"and other countries stays one event", "MNG", "2015-09-28",
			"Mongolia thanked China and other countries for their help.",
			[]string{"MNG CHN 051"}},
		{"parallel addressees", "ATG", "2014-09-20",
			"Antigua and Barbuda commends Brazil for its loan and the Republic of Cuba for its nurses.",
			[]string{"ATG BRA 051", "ATG CUB 051"}},
		{"gratitude goes to", "SEN", "2020-09-20",
			"Our gratitude goes to the World Health Organization for its help.",
			[]string{"SENGOV IGOUNO"}},
		{"congratulations go to, after a possessive", "SEN", "2020-09-20",
			"My delegation's warm congratulations also go to Ghana.",
			[]string{"SENGOV GHA 051"}},
		{"coordinated frame", "KNA", "2021-09-20",
			"I thank his predecessor for his work and also take this opportunity to congratulate Secretary-General Antonio Guterres on his reappointment.",
			[]string{"KNAGOV IGOUNO 051"}},
		{"must applaud", "SWZ", "2022-09-20",
			"We must applaud the United Nations for its work in the region.",
			[]string{"SWZGOV IGOUNO 051"}},
		{"must support stays an exhortation", "SWZ", "2022-09-20",
			"We must support the United Nations in its work.",
			nil},
		{"invitation asks, the visit is not done", "FJI", "2015-09-20",
			"I have invited the rapporteurs of the Human Rights Council to visit Fiji.",
			[]string{"FJIGOV IGOUNO"}},
		{"a gerund keeps its object", "MCO", "2014-09-20",
			"Monaco condemned terrorism by supporting the resolution of the Security Council.",
			[]string{"MCO --- 111", "MCO IGOUNO 051"}},
		{"relative clause keeps its objects", "GHA", "2020-09-20",
			"My country, which has long supported peacekeeping, welcomes the decision of the Security Council.",
			[]string{"GHAGOV IGOUNO 051"}},
		{"adverb between auxiliary and verb", "ZAF", "2018-09-20",
			"We have recently reached agreement on the establishment of a free trade area.",
			[]string{"ZAFGOV --- 03"}},
		{"engaged in talks", "LBR", "2019-09-20",
			"We are presently engaged in talks with the International Monetary Fund.",
			[]string{"LBRGOV IGOIMF 046", "IGOIMF LBRGOV 046"}},
		{"tribute to victims", "STP", "2023-09-20",
			"I pay tribute to the victims of the floods in Libya.",
			[]string{"STPGOV LBY 018"}},
		{"normative adjective", "AUS", "2023-09-20",
			"We would be wise to encourage the efforts of both sides.",
			nil},
		{"free relative", "SVK", "2019-09-20",
			"We need to fulfil what we have already agreed on.",
			nil},
		{"citation framing the act", "NAM", "2019-09-20",
			"As we have said before, we support the people of Western Sahara.",
			[]string{"NAMGOV ESH"}},
		{"the speaker's territory", "AZE", "2019-09-20",
			"Armenia occupied a fifth of our territory for decades.",
			[]string{"ARM AZE"}},
		{"peacekeepers sent", "VNM", "2019-09-20",
			"Viet Nam has sent engineering units to the UN mission in South Sudan.",
			[]string{"VNM IGOUNO 074"}},
		{"elected addressee unknown to the dictionaries", "SEN", "2026-09-20",
			"I congratulate Ms. Okafor on her election to preside over this session.",
			[]string{"SENGOV IGOUNO 051"}},
		{"condemned aggression is not coded on its own", "LTU", "2023-09-20",
			"We condemn Russia's aggression against Ukraine.",
			[]string{"LTUGOV RUS 111"}},
		{"support received", "TUV", "2023-09-20",
			"We received generous support from Australia.",
			[]string{"AUS TUVGOV 070"}},
		{"working closely with", "GMB", "2023-09-20",
			"We are working closely with the African Union to restore calm.",
			[]string{"GMBGOV IGOAFR"}},
		{"coordinated clause after an object", "BEL", "2023-09-20",
			"We support the efforts of the Secretary-General and call on all parties to engage.",
			[]string{"BELGOV IGOUNO 051", "BELGOV --- 020"}},
		{"the author of a censured act named by an adjective", "SWE", "2023-09-20",
			"Sweden condemns the Russian war of aggression against Ukraine.",
			[]string{"SWE RUS 111"}},
		{"an as-apposition is not the source", "ETH", "2023-09-20",
			"Ethiopia, as a founding member of the African Union, condemns the violence in Sudan.",
			[]string{"ETH SDN 111"}},
		{"the preposition repeated in a list", "CUB", "2023-09-20",
			"Cuba reiterates its solidarity with Venezuela and with Nicaragua.",
			[]string{"CUB VEN 051", "CUB NIC 051"}},
		{"hosting a refugee population", "TUR", "2023-09-20",
			"As we host the largest refugee population in the world, we call on the international community to help.",
			[]string{"TURGOV --- 075", "TURGOV --- 020"}},
		{"the occasion of the speech", "KEN", "2023-09-20",
			"As we celebrate this anniversary, we call on all States to act.",
			[]string{"KENGOV --- 020"}},
		{"the election of an officer unknown to the dictionaries", "SEN", "2026-09-20",
			"Senegal welcomes the election of Mr. Okafor.",
			[]string{"SEN IGOUNO 051"}},
		{"help received, named by a noun", "BIH", "2014-09-20",
			"With the support of the United Nations and the European Union, we are on the road to recovery.",
			[]string{"IGOUNO BIHGOV 070", "IGOEUREEC BIHGOV 070"}},
		{"an adjective of an abstract noun after the object", "SLE", "2014-09-20",
			"We support the two-State solution in the Israeli-Palestinian conflict.",
			[]string{"SLEGOV --- 051"}},
		{"force named by a noun", "POL", "2023-09-20",
			"Millions fled after Russia's invasion of Ukraine.",
			[]string{"RUS UKR 190"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			sort.Strings(got)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			checkCodePrefixes(t, got, want)
		})
	}
}
