package analysis_test

import "github.com/demarche-project/demarche"

// The tenth stance pass (helper stance10) adds two episodes of kinds no
// earlier episode tells, invented between real states, written in our own
// words with their wanted events and arcs and committed before the coder
// ran on them: S (2026: spyware found on the phones of Kazakh diplomats
// in Bishkek; Kazakhstan, Kyrgyzstan, Italy), a surveillance row in which
// the accused side denies, concedes part, has the concession walked back
// by its head of state's office and then apologises, and T (2025: a
// migrant boat that sank off Lesbos after a Greek patrol had towed it;
// Greece, Turkey, Pakistan), a pushback row in which the coast guard's
// government denies, will not discuss "operational matters", backtracks
// and refuses to apologise, while the migrants' own state demands an
// inquiry, hedges and confirms. They vary the wire's forms: a claim
// fronted before "…, the ministry said on Monday, accusing …", the denial
// of a newspaper's report "calling it a fabrication", "could neither
// confirm nor deny", a headline-like lead with no date, a demand that the
// other side "name" its officers, "conceded … but insisted", "rejected …
// demand", "walked back … saying he had been misquoted", "acknowledged
// for the first time", talks suspended "according to" unnamed officials,
// an apology told by the other side's office, thanks; a claim about the
// other side's vessel, a fronted quotation denying a pushback, "did not
// comment on operational matters" after a fronted question, a council
// "called off" told by unnamed officials, "backtracked … with the
// minister conceding", an accusation and a demand in one sentence, a
// refusal to apologise fronted before "…, the prime minister said",
// "would neither confirm nor deny reports that", "confirmed for the first
// time", praise.
func init() {
	arcEpisodes = append(arcEpisodes, stance10Episodes...)
	arcFloors[false] += stance10ArcFloor
}

// stance10ArcFloor is the least checks S and T (30) must pass (19 when
// first scored, blind: S 9/15, T 10/15; 30 after the pass: S 15/15, T
// 15/15). The wants were kept as written. The fixes are general
// (coder/stance10.go and its table tests in coder/stance10_test.go): a
// speaker after a fronted claim with a participle tail ("…, the ministry
// said on Monday, accusing …"), "its neighbour" as the one other country
// named, a lead in a headline's form ("Kazakhstan expels/NNS two …"),
// the bare verb of a mandative clause ("demanded that Athens hand/NN
// the logs"), a subject before a relative clause set off by commas, an
// office in a "with" absolute clause, buying as an own act a side denies.
const stance10ArcFloor = 30

var stance10Episodes = []arcEpisode{
	{
		name: "S spyware on the phones of Kazakh diplomats in Bishkek",
		q: demarche.Question{ID: "spyware", Name: "Spyware on Kazakh diplomats' phones",
			Terms:  []string{"spyware", "phone*", "hack*", "diplomats", "messages", "surveillance", "licen*", "apolog*", "officers"},
			Actors: []string{"KAZ", "KGZ", "ITA"}, Track: []string{"KAZ", "KGZ", "ITA"}},
		reports: []arcReport{
			{"S1", "2026-02-09", "Astana says Kyrgyz spies hacked its diplomats' phones",
				"Kyrgyzstan's security service planted spyware on the mobile phones of six Kazakh diplomats in Bishkek, the Kazakh foreign ministry said on Monday, accusing its neighbour of a gross breach of diplomatic law.",
				[]string{"KAZ KGZ 112"}},
			{"S2", "2026-02-10", "Bishkek denies buying spyware",
				"Kyrgyzstan on Tuesday denied a report in a Kazakh newspaper that its security service had bought spyware to watch foreign diplomats, calling it a fabrication.",
				[]string{"KGZ * 016"}},
			{"S3", "2026-02-11", "Rome will not say whether it licensed spyware sale",
				"Italy's defence ministry, which licenses exports of surveillance software, said on Wednesday that it could neither confirm nor deny that a Milan company had sold spyware to Kyrgyzstan.",
				[]string{"ITA * 011"}},
			{"S4", "2026-02-13", "Kazakhstan expels two Kyrgyz diplomats over hacked phones",
				"Kazakhstan expels two Kyrgyz diplomats over hacked phones. Astana demanded on Friday that Bishkek name every officer who had read the Kazakh diplomats' messages.",
				[]string{"KAZ KGZ 16", "KAZ KGZ 10"}},
			{"S5", "2026-02-17", "Kyrgyz security chief concedes spyware purchase",
				"Kyrgyzstan's security chief conceded on Tuesday that his service had bought spyware from an Italian company last year, but insisted that it had been used only against drug traffickers. Bishkek also rejected Astana's demand to name the officers involved.",
				[]string{"KGZ * 015", "KGZ KAZ 12"}},
			{"S6", "2026-02-18", "Japarov's office walks back spyware admission",
				"The office of Kyrgyz President Sadyr Japarov walked back the security chief's remarks on Wednesday, saying he had been misquoted and that Kyrgyzstan had never bought any spyware.",
				[]string{"KGZ * 016"}},
			{"S7", "2026-03-02", "Italy acknowledges licensing spyware sale to Kyrgyzstan",
				"Italy acknowledged for the first time on Monday that it had licensed the sale of the spyware to Kyrgyzstan's security service, and said the Milan company's export licence had been revoked. According to Kazakh officials who spoke on condition of anonymity, Astana has suspended talks with Bishkek on a new border crossing until it receives an apology.",
				[]string{"ITA * 015", "KAZ KGZ 16"}},
			{"S8", "2026-03-10", "Japarov apologises to Tokayev over phone hacking",
				"Kyrgyz President Sadyr Japarov apologised to Kazakh President Kassym-Jomart Tokayev in a telephone call on Tuesday over the hacking of the diplomats' phones, Tokayev's office said. Kazakhstan's foreign minister thanked Italy for revoking the company's licence.",
				[]string{"KGZ KAZ 055", "KAZ ITA 051"}},
		},
		arcs: map[string]string{
			"KAZ": "accused (2026-02-09) → demanded (2026-02-13) → reduced relations (2026-02-13) → praised (2026-03-10)",
			"KGZ": "denied (2026-02-10) → acknowledged (2026-02-17) → rejected (2026-02-17) → denied (2026-02-18) → apologised (2026-03-10)",
			"ITA": "neither confirmed nor denied (2026-02-11) → acknowledged (2026-03-02)",
		},
	},
	{
		name: "T a migrant boat towed by a Greek patrol sinks off Lesbos",
		q: demarche.Question{ID: "lesbos", Name: "Migrant boat sunk off Lesbos",
			Terms:  []string{"boat", "migrant*", "shipwreck", "sinking", "sank", "tow*", "coast guard", "inquiry", "logs", "dead", "deaths", "Lesbos", "apolog*", "smuggl*", "push*"},
			Actors: []string{"GRC", "TUR", "PAK"}, Track: []string{"GRC", "TUR", "PAK"}},
		reports: []arcReport{
			{"T1", "2025-09-15", "Turkey says Greek patrol towed migrant boat back before it sank",
				"A Greek coast guard vessel towed a migrant boat back into Turkish waters off Lesbos hours before it capsized, killing at least 19 people, Turkey's interior ministry said on Monday.",
				[]string{"TUR GRC 01"}},
			{"T2", "2025-09-16", "Athens denies pushing migrant boat back",
				"'Our crews saved lives that night; they did not push anyone back,' a Greek government spokesman said on Tuesday, dismissing the Turkish account as propaganda.",
				[]string{"GRC * 016"}},
			{"T3", "2025-09-17", "Greek coast guard silent on patrol's movements; Pakistan demands inquiry",
				"Asked whether any of its patrol boats had been near the migrant boat before it sank, the Greek coast guard said it did not comment on operational matters. Pakistan, whose citizens were most of the dead, demanded an independent inquiry into the sinking on Wednesday.",
				[]string{"GRC * 011", "PAK * 10"}},
			{"T4", "2025-09-19", "Turkey calls off cooperation council with Greece",
				"Turkey has called off a meeting of its high-level cooperation council with Greece that was due in Athens next month, Turkish officials said on Friday, citing the deaths off Lesbos.",
				[]string{"TUR GRC 16"}},
			{"T5", "2025-09-23", "Greece backtracks on tow after video emerges",
				"Greece backtracked on Tuesday after a newspaper published a video of the boat under tow, with the shipping minister conceding that a patrol vessel had pulled it for twenty minutes to keep it off the rocks.",
				[]string{"GRC * 015"}},
			{"T6", "2025-09-25", "Ankara accuses Athens of lying about tow",
				"Turkey's foreign minister accused Greece on Thursday of lying about the tow for a week and demanded that Athens hand the coast guard's radio logs to the inquiry.",
				[]string{"TUR GRC 112", "TUR GRC 10"}},
			{"T7", "2025-10-01", "Mitsotakis rules out apology; Islamabad hedges on smugglers",
				"Greece will not apologise for the actions of its coast guard, Prime Minister Kyriakos Mitsotakis said on Wednesday, though he expressed his sorrow to the families of the dead. Pakistan's foreign office would neither confirm nor deny reports that Pakistani police officers had helped the smugglers who filled the boat.",
				[]string{"GRC * 12", "PAK * 011"}},
			{"T8", "2025-10-09", "Pakistan confirms police helped smugglers; Turkey praises Greek logs",
				"Pakistan's interior ministry confirmed for the first time on Thursday that two police officers in Gujrat had been arrested for helping the smugglers who put the migrants on the boat. Turkey praised Greece on Thursday for handing the coast guard's radio logs to the inquiry.",
				[]string{"PAK * 015", "TUR GRC 051"}},
		},
		arcs: map[string]string{
			"GRC": "denied (2025-09-16) → neither confirmed nor denied (2025-09-17) → acknowledged (2025-09-23) → rejected (2025-10-01)",
			"TUR": "reduced relations (2025-09-19) → accused (2025-09-25) → demanded (2025-09-25) → praised (2025-10-09)",
			"PAK": "demanded (2025-09-17) → neither confirmed nor denied (2025-10-01) → acknowledged (2025-10-09)",
		},
	},
}
