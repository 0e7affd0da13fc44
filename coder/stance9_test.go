package coder

import "testing"

// stance9Rules are the constructions of the ninth stance pass (helper
// stance9), each in sentences of our own other than arcs Q and R's: want
// is "SRC TGT CODE" as in TestStanceBreadth; absent, when set, is a code
// prefix that no event of the text may have.
var stance9Rules = []struct{ text, want, absent string }{
	// an admission told after its fronted content (frontedadmissions.go)
	{"Two of its patrol boats had entered Estonian waters by error, the Russian border service admitted on Sunday.", "RUS * 015", ""},
	{"A Thai warplane did drop a bomb on Cambodian soil, the Thai air force conceded in a statement late on Monday.", "THA * 015", ""},
	{"The pipeline had leaked oil into the lake for a week, Uganda's energy ministry acknowledged, a month after it first denied any leak.", "UGA * 015", ""},
	// hedges: nothing (further) to say, with a time or a matter
	{"Slovak officials said they had nothing to say at this point about the arrests.", "SVK * 011", ""},
	{"A spokeswoman for the Irish government said she had nothing further to add on the case.", "IRL * 011", ""},
	{"The Estonian foreign ministry said it had nothing to say about the reports.", "EST * 011", ""},
	// a denial of one's own side's act: "never" with no auxiliary,
	// leaving and abandoning a post (admissions.go, OWN_ACTS)
	{"'Our rangers never crossed into Tanzania,' a Kenyan wildlife official told reporters.", "KEN * 016", ""},
	{"'Our police did not abandon the consulate,' the Egyptian interior ministry said.", "EGY * 016", ""},
	{"Nepal's army chief said its soldiers had not withdrawn from their posts on the border.", "NPL * 016", ""},
	// regret set against the apology it falls short of (regretshort.go)
	{"Turkey's foreign minister said he regretted the shooting but stopped short of apologising to Greece.", "TUR GRC 055", ""},
	{"The Indonesian government regretted the incident at sea but stopped short of an official apology.", "IDN * 055", ""},
	{"Seoul regretted Japan's decision and stopped short of recalling its ambassador.", "", "055"},
	// regret of a harm named by its kind
	{"The Hungarian president said he deeply regretted the pollution of the Tisza.", "HUN * 055", ""},
	// a claim named with its complement and called false
	{"Azerbaijan's foreign minister spoke to reporters on Monday, calling the Armenian version of events a fabrication.", "AZE ARM 016", ""},
	{"The Sudanese army brushed aside the Chadian account of events as propaganda.", "SDN TCD 016", ""},
	// a claim rejected "as" a falsehood in the passive, by its agent
	{"The charges were rejected as unfounded by the Georgian foreign ministry on Monday.", "GEO * 016", ""},
	{"Kuwait's report was brushed aside as nonsense by Baghdad.", "IRQ * 016", ""},
	// formulas of no truth in a statement's content (denialformulas.go)
	{"'There is not a grain of truth in this story,' the Lebanese army said on Sunday.", "LBN * 016", ""},
	{"The Malawian government said there was no truth to the rumours of a coup plot.", "MWI * 016", ""},
	{"A Ghanaian official said the accusations had no basis in fact.", "GHA * 016", ""},
	{"'Nothing could be further from the truth,' the Tunisian foreign minister told reporters.", "TUN * 016", ""},
	// wrongdoing denied, and "insisted on <day> that" is no demand
	{"The Hungarian prime minister insisted on Monday that his government had done nothing wrong.", "HUN * 016", "10"},
	{"Ecuador's president said his government had done nothing wrong.", "ECU * 016", ""},
	// a refused apology told "refused to say sorry" is no hedge
	{"The Indonesian president refused to say sorry to Australia over the executions.", "IDN AUS 128", "011"},
	// a passive measure announced by a ministry named by its seat
	{"Two Latvian diplomats were ordered to leave the country within 72 hours, the foreign ministry in Minsk said.", "BLR LVA 166", ""},
	{"The Bolivian consulate in Arica has been closed, the foreign ministry in La Paz said.", "BOL * 161", ""},
	// a passive summons "to" the host's ministry; an expulsion "from" the host
	{"The Georgian ambassador was summoned to the Russian foreign ministry on Wednesday.", "RUS GEO 11", ""},
	{"The French ambassador was summoned to Paris for consultations.", "", "114"},
	{"Two Dutch diplomats were expelled from Azerbaijan on Monday.", "AZE NLD 166", ""},
	{"The migrants were expelled from Algeria.", "", "166"},
	// an act after "after" when the main clause names no actor (aftersequel.go)
	{"The move came two days after Azerbaijan expelled a French diplomat.", "AZE FRA 16", ""},
	{"The row erupted after Niger accused Benin of hosting French troops.", "NER BEN 112", ""},
	{"After Benin closed the border, trade between the two countries collapsed.", "", "16"},
	// a body that admits a member owns up to nothing
	{"The African Union admitted Morocco as a member in 2017.", "", "015"},
	// a meeting set off by "due to …" and called off, told by officials
	{"Talks with Serbian officials on energy, due to start on Monday, have been cancelled, a Croatian government spokesman said.", "HRV SRB 16", ""},
}

// TestStance9Rules checks each construction of the ninth stance pass.
func TestStance9Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range stance9Rules {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-06", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		checkWantAbsent(t, tt.text, tt.want, tt.absent, events)
	}
}

// TestPlannedDay checks that the weekday of a plan ("due to take place on
// Monday", "planned for Thursday") does not date the event reported, and
// that the weekday of the report still does.
func TestPlannedDay(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range []struct{ text, date string }{
		// the document is of Friday 2025-06-06
		{"A summit with Vietnamese leaders, due to take place on Monday, has been called off, a Cambodian government spokesman said.", "2025-06-06"},
		{"Laos called off a meeting with Thai officials planned for Thursday.", "2025-06-06"},
		{"Laos called off a meeting with Thai officials on Tuesday.", "2025-06-03"},
	} {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-06", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		if len(events) == 0 {
			t.Errorf("%q: no event", tt.text)
		}
		for _, e := range events {
			if e.Date != tt.date {
				t.Errorf("%q: %s %s %s dated %s, want %s", tt.text, e.Source, e.Target, e.CAMEO, e.Date, tt.date)
			}
		}
	}
}
