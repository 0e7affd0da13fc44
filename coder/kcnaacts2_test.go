package coder

import "testing"

// kcnaAct2Rules are the classes of the second pass over silent KCNA
// sentences (coder/kcnaacts2.go, dict/data/99-kcna-acts2.txt), in
// sentences written for this test. A want is "SRC TGT CODE" as in
// TestKCNASilentRules; "-" wants no event at all, and "!SRC TGT CODE"
// wants that event absent.
var kcnaAct2Rules = []struct{ date, text, want string }{
	// a wrong its author will not put up with: criticism of the author
	{"2012-06-02", "Soldiers and civilians of the DPRK will never pardon Lee Myung Bak and his regime for their slanders.", "PRK KORGOV 111"},
	{"2012-08-20", "The DPRK can never tolerate Japan's moves to seize the islets.", "PRK JPN 111"},
	{"2012-08-20", "The Korean People's Army cannot overlook the reckless firing drills of the south Korean military.", "PRKMIL KORMIL 111"},
	{"2012-08-20", "The Korean people will never tolerate such hostile acts of the U.S. against their country.", "PRK USA 111"},
	// a people refusing to pardon its own rulers criticises them
	{"2012-10-10", "The south Koreans will never pardon the puppet group of south Korea for its treachery.", "KOR KORGOV 111"},
	// no author named, or a wrong against the speaker's own side: nothing
	{"2012-03-03", "The DPRK will never pardon anyone who dares to insult its dignity.", "-"},
	{"2012-03-03", "The army will never pardon the slightest provocation against the DPRK.", "-"},
	// said positively, or in the past ("could not"): no refusal
	{"2012-03-03", "The government of Norway tolerated the protest of the farmers.", "-"},
	// a refusal inside reported speech keeps the speaker's censure
	{"2012-05-15", "The Union of Koreans in Russia said in a statement that it would never pardon the crimes of the Lee group of traitors.", "RUSCVL KORGOV 111"},

	// violence committed against a named victim: an assault
	{"2011-07-07", "The Israeli army is committing brutal violence against the Palestinians every day.", "ISRMIL PSE 180"},
	{"2011-07-07", "The U.S. troops in Iraq committed atrocities against Iraqis last month.", "USAMIL IRQ 180"},
	// no victim the dictionaries name: nothing
	{"2011-07-07", "The occupiers committed atrocities against the villagers.", "-"},

	// a stand made known that rejects another's demand
	{"2011-04-04", "The president of Bolivia clarified the stand rejecting the unjust demands of the International Monetary Fund.", "BOLGOV IGOIMF 120"},

	// a "similar" message to a new office holder the dictionaries do not
	// know: praise toward the office's country
	{"2011-06-20", "The foreign minister of the DPRK also sent a similar message to Ana Berzina on her appointment as foreign minister of Estonia.", "PRKGOV EST 051"},
	{"2011-06-20", "The foreign minister of the DPRK also sent a similar message to Ana Berzina on her appointment as foreign minister of Estonia.", "!PRKGOV PRK 051"},

	// an outlet showing pictures of a leader: its piece about him
	{"2011-04-16", "The national television of Denmark showed a photo of Kim Il Sung on Friday.", "DNKMED PRKGOV 010"},
	{"2011-04-16", "The Laotian TV screened a documentary film on the DPRK.", "LAOMED PRK 010"},

	// a statement whose content names its target only in an infinitive
	// of purpose or a participle after the content's first clause
	{"2012-03-04", "The defence minister of Peru declared that it would carry out a large operation to drive the Chilean troops out of the border area.", "PERMIL CHL 010"},
	{"2012-06-14", "The Nepali paper Gorkhapatra said that he performed immortal feats while leading the Workers' Party of Korea.", "NPLMED PRK 051"},
	// a right defended in that content: verbal defence
	{"2012-04-01", "The chairman of a Brazilian party said that no state, to say nothing of an international body, has the right to interfere in the DPRK's satellite launch.", "BRA PRK 052"},
	// an event on a leader's work held by a named body: its piece about
	// him; on his exploits: praise
	{"2011-07-25", "On Monday a Finnish Juche study group held a seminar on leader Kim Jong Il's famous work on socialism.", "FIN PRKGOV 010"},
	{"2012-02-10", "Seminars on the exploits of Kim Jong Il were held by the Juche study group of Benin.", "BEN PRKGOV 051"},
	// a meeting on something else is not one
	{"2012-04-20", "The delegation of the Ghanaian study group held a meeting on its visit to the DPRK.", "!GHA PRK 010"},
	// "made up of" after a noun is what the body is made of: its act is the
	// later verb
	{"2011-12-27", "A delegation of the Zambian parliament made up of its speaker and members of its committees paid a condolatory visit to the DPRK embassy in Lusaka.", "ZMB PRK 018"},
	{"2011-12-27", "The Chilean committee composed of ten civic groups issued a statement denouncing the Japanese government.", "CHL JPNGOV 111"},
	// the speaker's own country in that clause is no target
	{"2012-03-04", "The Bolivian minister said that the plan was drawn up to help the farmers of Bolivia.", "-"},
}

func TestKCNAAct2Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range kcnaAct2Rules {
		_, events, err := c.ExplainSpeaker(tt.text, tt.date, "KCNA", "", false)
		if err != nil {
			t.Fatal(err)
		}
		checkWant(t, tt.text, tt.want, events)
	}
}
