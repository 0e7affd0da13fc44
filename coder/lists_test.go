package coder

import (
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// TestLists codes sentences whose sources or targets are enumerations and
// coordinations of actors: one event per actor pair, every role, and the
// lists that name no participants (a topic, a place, a possessor).
func TestLists(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, date, text string
		want             []string // "SOURCE TARGET CODE", prefixes allowed, any order
	}{
		// coordinated targets
		{"long list of thanked partners", "2015-09-28",
			"Mali thanked Japan, the Republic of Korea, the European Union, Norway and the United Kingdom for their support.",
			[]string{"MLI JPN 0", "MLI KOR 0", "MLI IGOEUR 0", "MLI NOR 0", "MLI GBR 0"}},
		{"condemned three", "2012-03-01",
			"The DPRK Foreign Ministry condemned the United States, Japan and south Korea.",
			[]string{"PRKGOV USA 1", "PRKGOV JPN 1", "PRKGOV KOR 1"}},
		{"as well as", "2012-03-01",
			"Cuba praised Venezuela and Bolivia as well as Nicaragua.",
			[]string{"CUB VEN 051", "CUB BOL 051", "CUB NIC 051"}},
		{"including", "2015-09-28",
			"Chile thanked its neighbours, including Peru, Bolivia and Argentina.",
			[]string{"CHL PER 0", "CHL BOL 0", "CHL ARG 0"}},
		{"such as", "2015-09-28",
			"Ghana criticized major powers such as Russia and China.",
			[]string{"GHA RUS 1", "GHA CHN 1"}},
		{"both and", "2015-09-28",
			"Kenya praised both Ethiopia and Somalia.",
			[]string{"KEN ETH 051", "KEN SOM 051"}},
		{"persons countries and organisations", "2012-03-01",
			"Kim Yong Nam sent greetings to Vladimir Putin, Cuba and the African Union.",
			[]string{"PRKGOV RUSGOV 0", "PRKGOV CUB 0", "PRKGOV IGOAFR 0"}},
		{"apposition inside the list", "2012-03-01",
			"Laos praised Vietnam, its closest neighbour, and Cambodia.",
			[]string{"LAO VNM 051", "LAO KHM 051"}},
		{"parenthesis inside the list", "2012-03-01",
			"Egypt criticized the Islamic State (ISIL) and Libya.",
			[]string{"EGY ", "EGY LBY 1"}},
		{"notably", "2015-09-28",
			"Senegal thanked its partners, notably France and Germany.",
			[]string{"SEN FRA 0", "SEN DEU 0"}},
		{"several banks are several targets", "2015-09-28",
			"Togo thanked the World Bank, the African Development Bank and Japan, in particular, for their loans.",
			[]string{"TGO IGOWBK 0", "TGO IGOAFB 0", "TGO JPN 0"}},
		{"in particular", "2015-09-28",
			"Haiti thanked its donors, in particular Canada, Brazil and the United Nations.",
			[]string{"HTI CAN 0", "HTI BRA 0", "HTI IGOUNO 0"}},
		{"plural head shared by the list", "2015-09-28",
			"Fiji was grateful to the Governments of Australia, New Zealand and Japan for their aid.",
			[]string{"FJI AUSGOV 0", "FJI NZLGOV 0", "FJI JPNGOV 0"}},
		// coordinated sources
		{"three issue a joint statement", "2012-03-01",
			"Brazil, India and South Africa issued a joint statement.",
			[]string{"BRA ", "IND ", "ZAF "}},
		{"delegations arrive", "2012-05-12",
			"Delegations of Nepal, Laos and Mongolia arrived here.",
			[]string{"NPL PRK 042", "LAO PRK 042", "MNG PRK 042"}},
		{"ministers met", "2012-03-01",
			"The foreign ministers of Spain, Italy and Greece met in Madrid.",
			[]string{"ESPGOV ITAGOV 040", "ESPGOV GRCGOV 040", "ITAGOV ESPGOV 040", "ITAGOV GRCGOV 040", "GRCGOV ESPGOV 040", "GRCGOV ITAGOV 040"}},
		// both roles
		{"sources and targets", "2012-03-01",
			"Cuba and Venezuela condemned the United States and Israel.",
			[]string{"CUB USA 1", "CUB ISR 1", "VEN USA 1", "VEN ISR 1"}},
		{"each other", "2012-03-01",
			"Peru and Ecuador praised each other.",
			[]string{"PER ECU 051", "ECU PER 051"}},
		{"one another", "2012-03-01",
			"Sudan and Chad accused one another.",
			[]string{"SDN TCD 112", "TCD SDN 112"}},
		{"respectively", "2012-03-01",
			"Brazil and Argentina praised Angola and Mozambique respectively.",
			[]string{"BRA AGO 051", "ARG MOZ 051"}},
		{"as well as before the verb", "2012-03-01",
			"China as well as Russia condemned the missile test by Japan.",
			[]string{"CHN JPN 111", "RUS JPN 111"}},
		{"together with", "2012-03-01",
			"Cuba, together with Venezuela, condemned the United States.",
			[]string{"CUB USA 111", "VEN USA 111"}},
		{"members of a list cut off by a participle", "2012-03-01",
			"Russia criticized the United States and its allies, including Britain and France.",
			[]string{"RUS USA 111", "RUS GBR 111", "RUS FRA 111"}},
		{"a plural head the tagger calls singular is shared", "2012-03-01",
			"The envoys of Iran and Syria met with the Iraqi President.",
			[]string{"IRNGOV IRQGOV 040", "IRQGOV IRNGOV 040", "SYRGOV IRQGOV 040", "IRQGOV SYRGOV 040"}},
		{"delegations of parties", "2012-03-01",
			"Delegations of the Communist Party of Cuba and the Lao People's Revolutionary Party arrived here.",
			[]string{"CUBPTY PRK 042", "LAOPTY PRK 042"}},
		{"respectively after the subject", "2012-03-01",
			"Russia and China, respectively, praised Cuba and Venezuela.",
			[]string{"RUS CUB 051", "CHN VEN 051"}},
		{"as well as after a coordinated subject", "2012-03-01",
			"Japan and the United States, as well as south Korea, staged a joint exercise.",
			[]string{"JPN --- 150", "USA --- 150", "KOR --- 150"}}, // KCNA's joint drills: jointdrills.go
		{"and other countries", "2015-09-28",
			"Mongolia thanked China and other countries for their help.",
			[]string{"MNG CHN 051"}},
		{"mediating between two sides", "2012-03-01",
			"Egypt and Qatar mediated between Israel and Hamas.",
			[]string{"EGY ISR 045", "EGY PSE 045", "QAT ISR 045", "QAT PSE 045"}},
		{"as well as after a comma the clause cut", "2018-09-28",
			"Tonga thanked the Governments of Italy, Spain and the United Kingdom, as well as the European Union, for their gifts.",
			[]string{"TON ITAGOV 051", "TON ESPGOV 051", "TON GBRGOV 051", "TON IGOEUREEC 051"}},
		// guards: lists that name no targets
		{"relations between", "2012-03-01",
			"Russia praised the relations between Peru and Chile.",
			[]string{"RUS PER 051", "RUS CHL 051"}},
		{"a coordinated clause is no list member", "2012-03-01",
			"Kenya condemned Japan and Italy on Monday, and personages of Uganda praised China.",
			[]string{"KEN JPN 111", "KEN ITA 111", "UGACVL CHN 051"}},
		{"an entourage is no new actor", "2012-03-01",
			"Kim Yong Nam met the ambassador of Laos, and his party.",
			[]string{"PRKGOV LAOGOV 040", "LAOGOV PRKGOV 040"}},
		{"a list of places", "2012-03-01",
			"The Chinese delegation held exhibitions in Paris and Rome.",
			nil},
		{"a list of possessors", "2012-03-01",
			"Norway praised the efforts of Sweden and Finland.",
			[]string{"NOR SWE 051", "NOR FIN 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.Explain(tt.text, tt.date, "KCNA", false)
			if err != nil {
				t.Fatal(err)
			}
			checkEventSet(t, events, tt.want)
		})
	}
}

// checkEventSet compares events with wanted "SOURCE TARGET CODE" prefixes
// in any order.
func checkEventSet(t *testing.T, events []demarche.Event, want []string) {
	t.Helper()
	got := eventLines(events)
	used := make([]bool, len(got))
	ok := len(got) == len(want)
	for _, w := range want {
		found := false
		for i, g := range got {
			if !used[i] && fieldsHavePrefixes(g, w) {
				used[i], found = true, true
				break
			}
		}
		ok = ok && found
	}
	if !ok {
		sort.Strings(got)
		t.Errorf("got %q, want %q", got, want)
	}
}

// fieldsHavePrefixes reports whether each field of got begins with the
// matching field of want.
func fieldsHavePrefixes(got, want string) bool {
	g, w := strings.Fields(got), strings.Fields(want)
	if len(w) > len(g) {
		return false
	}
	for i := range w {
		if !strings.HasPrefix(g[i], w[i]) {
			return false
		}
	}
	return true
}
