package coder

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
)

// TestHeadsRules holds the headline grammar of headlinegrammar.go and
// 82-heads.txt, in our own words: each headline is coded as `demarche code`
// codes a KCNA headline (a KCNA document whose text is the headline).
// want lists "SOURCE>TARGET CAMEO" that must be coded; none lists source
// countries that must not be; empty means no event at all.
func TestHeadsRules(t *testing.T) {
	c := builtinCoder(t)
	cases := []struct {
		text  string
		want  []string
		none  []string
		empty bool
	}{
		// a verb in -s after the subject of a verbless headline
		{text: "Mongolian Minister of Health Leaves for Laos", want: []string{"MNGGOV>LAO 042"}},
		// a DPRK office opening the headline bare
		{text: "FM Meets New Peruvian Ambassador", want: []string{"PRKGOV>PERGOV 040", "PERGOV>PRKGOV 040"}},
		{text: "Foreign Minister of Peru Arrives", none: []string{"PRK"}},
		// nominal talks, with the headline's comma for "and"
		{text: "Talks between DPRK, Vietnamese Party Delegations Held", want: []string{"PRKPTY>VNMPTY 040", "VNMPTY>PRKPTY 040"}},
		{text: "DPRK-Laos Parliamentary Talks", want: []string{"PRK>LAO 040", "LAO>PRK 040"}},
		{text: "DPRK-Japan Talks to Be Held", empty: true},
		// a departure from a foreign capital ends a visit there
		{text: "Kim Yong Nam Leaves Hanoi", want: []string{"PRKGOV>VNM 042"}},
		// a claim about another country before a colon speaker is not asserted
		{text: "Japan Must Stop Its Arms Buildup: Indian Lawmaker", none: []string{"JPN"}},
		// receptions: no guest and no occasion, or an occasion
		{text: "Egyptian Ambassador Hosts Reception", want: []string{"EGYGOV>--- 043"}},
		{text: "Reception Given by Egyptian Ambassador to Mark National Day", want: []string{"EGYGOV>--- 051"}},
		{text: "Vietnamese Ambassador Gives Reception to Mark WPK Birthday", want: []string{"VNMGOV>PRKPTY 051"}},
		// a headline's passive publication by a named outlet
		{text: "DPRK Metro Introduced by Brazilian Paper", want: []string{"BRAMED>PRK 010"}},
		// credentials
		{text: "Credentials to Kim Yong Nam from Kenyan Ambassador", want: []string{"KENGOV>PRKGOV 042"}},
		// the object of a closing censure is no event
		{text: "U.S. Arms Sales to Taiwan Denounced", empty: true},
		{text: "Japanese Premier's Trip to Seoul under Fire", empty: true},
	}
	for _, tc := range cases {
		cd, err := c.Code(context.Background(), &demarche.Document{ID: "h", Date: "2012-05-01", Source: "KCNA", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, e := range cd.Events {
			got[e.Source+">"+e.Target+" "+e.CAMEO] = true
			for _, n := range tc.none {
				if demarche.Country(e.Source) == n {
					t.Errorf("%q: unexpected event from %s: %s>%s %s", tc.text, n, e.Source, e.Target, e.CAMEO)
				}
			}
		}
		if tc.empty && len(cd.Events) > 0 {
			t.Errorf("%q: want no event, got %v", tc.text, got)
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: want %s, got %v", tc.text, w, got)
			}
		}
	}
}
