package analysis_test

import "github.com/demarche-project/demarche"

// The sixth stance pass (helper stance6) adds two episodes, K (2025: a
// Chadian cargo plane shot down near the Sudanese border; Sudan, Chad,
// Egypt) and L (2024: an Eritrean missile test off Djibouti; Eritrea,
// Djibouti, France), written in our own words, with their wanted events
// and arcs, and committed before the coder ran on them. They vary the
// wording of every act: "dismissed reports … as", "would not be drawn
// on", "admitted for the first time", "expressed deep regret", "stopped
// short of apologising", "declined to confirm or deny", "put off",
// "called off", "lowered … to chargé d'affaires level", a recall and a
// return, a refusal to apologise told as "would never apologise", an
// offer of compensation, a regret in a subordinate clause. After being
// scored once (see coder/testdata/README.md) they joined the tune set.
// Sudan's army chief "stopped short of apologising" is no event: it is
// neither an apology nor a rejection (the refusal comes in K7).
func init() {
	arcEpisodes = append(arcEpisodes, stance6Episodes...)
	arcFloors[false] += stance6ArcFloor
}

// stance6ArcFloor is the least checks K and L (31) must pass.
const stance6ArcFloor = 31

var stance6Episodes = []arcEpisode{
	{
		name: "K a Chadian cargo plane shot down near Sudan",
		q: demarche.Question{ID: "cargoplane", Name: "Chadian cargo plane downed near Adre",
			Terms:  []string{"plane", "aircraft", "shot", "downed", "downing", "crew", "missile", "apolog*", "compensation", "airspace"},
			Actors: []string{"SDN", "TCD", "EGY"}, Track: []string{"SDN", "TCD", "EGY"}},
		reports: []arcReport{
			{"K1", "2025-11-03", "Chad says Sudanese air defences shot down its cargo plane",
				"Chad's government said on Monday that Sudanese air defences had shot down a Chadian cargo plane near the border town of Adre, killing its four crew members.",
				[]string{"TCD SDN 01"}},
			{"K2", "2025-11-04", "Sudanese army calls downing reports lies",
				"The Sudanese army dismissed reports that its air defences had downed the plane as lies spread by the enemies of Sudan. A military spokesman said on Tuesday that no Sudanese unit had fired a missile that night.",
				[]string{"SDN * 016", "SDN * 016"}},
			{"K3", "2025-11-05", "Cairo silent on radar tracking of Chadian plane",
				"Egypt's foreign ministry would not be drawn on Wednesday on whether Egyptian radars had tracked the Chadian plane, saying only that Cairo was following the matter closely.",
				[]string{"EGY * 011"}},
			{"K4", "2025-11-07", "Chad summons Sudanese envoy, demands apology",
				"Chad summoned Sudan's charge d'affaires in N'Djamena on Friday and demanded a full apology and compensation for the families of the crew.",
				[]string{"TCD SDN 11", "TCD * 10"}},
			{"K5", "2025-11-11", "Sudan admits its gunners downed Chadian plane",
				"Sudan admitted for the first time on Tuesday that its air defence gunners had shot down the Chadian plane, mistaking it for a hostile drone.",
				[]string{"SDN * 015"}},
			{"K6", "2025-11-13", "Sudan's army chief voices regret, offers compensation",
				"Sudan's army chief expressed deep regret over the loss of life but stopped short of apologising to Chad. His office said Khartoum was ready to pay compensation to the families of the four crew members.",
				[]string{"SDN * 055", "SDN * 033"}},
			{"K7", "2025-11-18", "Chad recalls ambassador as Sudan rules out apology",
				"Chad recalled its ambassador from Khartoum on Tuesday after Sudan's army chief told a rally that his country would never apologise for defending its airspace.",
				[]string{"TCD SDN 16", "SDN * 12"}},
			{"K8", "2025-12-02", "Chadian envoy back in Khartoum; Egypt concedes radar tracked plane",
				"Chad's ambassador returned to Khartoum on Tuesday after Sudan paid compensation to the families of the crew, the Chadian foreign ministry said. Egypt's defence ministry conceded that its radars had picked up the plane minutes before it was hit.",
				[]string{"EGY * 015"}},
		},
		arcs: map[string]string{
			"SDN": "denied (2025-11-04) → acknowledged (2025-11-11) → apologised (2025-11-13) → rejected (2025-11-18)",
			"TCD": "demanded (2025-11-07) → reduced relations (2025-11-18)",
			"EGY": "neither confirmed nor denied (2025-11-05) → acknowledged (2025-12-02)",
		},
	},
	{
		name: "L an Eritrean missile test off Djibouti",
		q: demarche.Question{ID: "missiletest", Name: "Eritrean missile test off Djibouti",
			Terms:  []string{"missile*", "test*", "launch*", "apolog*", "satellite*", "visit", "weapons"},
			Actors: []string{"ERI", "DJI", "FRA"}, Track: []string{"ERI", "DJI", "FRA"}},
		reports: []arcReport{
			{"L1", "2024-09-02", "Djibouti says Eritrean missile fell off its coast",
				"Djibouti's foreign ministry said on Monday that Eritrea had test-fired a ballistic missile that fell into the sea twelve kilometres off the Djiboutian coast.",
				[]string{"DJI ERI 01"}},
			{"L2", "2024-09-03", "Asmara will not confirm missile test",
				"Eritrea's information minister declined to confirm or deny that a missile test had taken place, telling reporters that Eritrea did not discuss military matters.",
				[]string{"ERI * 011"}},
			{"L3", "2024-09-05", "Guelleh puts off Asmara visit over missile test",
				"Djiboutian President Ismail Omar Guelleh has put off a visit to Asmara that was planned for next week, his office said on Thursday, citing the missile test.",
				[]string{"DJI ERI 16"}},
			{"L4", "2024-09-09", "Paris mum on satellite images; Asmara calls reports a smear",
				"France's armed forces ministry refused to comment on Monday on reports that French satellites had photographed the launch site. Eritrea's foreign ministry dismissed the reports of a launch as a smear campaign.",
				[]string{"FRA * 011", "ERI * 016"}},
			{"L5", "2024-09-12", "Djibouti calls off visit and downgrades ties with Eritrea",
				"Djibouti called off the presidential visit altogether on Thursday and lowered its diplomatic relations with Eritrea to chargé d'affaires level.",
				[]string{"DJI ERI 16", "DJI * 16"}},
			{"L6", "2024-09-17", "Eritrea admits missile test, denies aiming at Djibouti",
				"Eritrea acknowledged on Tuesday that its armed forces had test-fired a new missile, but insisted that it had never been aimed at Djibouti. The Eritrean foreign ministry accused Djibouti of inventing a threat to please its foreign backers.",
				[]string{"ERI * 015", "ERI DJI 112"}},
			{"L7", "2024-09-24", "Isaias will not apologise for weapons test",
				"Eritrean President Isaias Afwerki said on Tuesday he would not apologise to Djibouti for a routine weapons test.",
				[]string{"ERI DJI 12"}},
			{"L8", "2024-10-15", "Djibouti and Eritrea restore ties; France confirms satellite images",
				"Djibouti and Eritrea restored full diplomatic relations on Tuesday after Eritrea's foreign minister expressed regret for the alarm the missile test had caused in Djibouti. A French military spokesman confirmed that French satellites had photographed the launch.",
				[]string{"DJI ERI 05", "ERI * 055", "FRA * 015"}},
		},
		arcs: map[string]string{
			"ERI": "neither confirmed nor denied (2024-09-03) → denied (2024-09-09) → acknowledged (2024-09-17) → accused (2024-09-17) → rejected (2024-09-24) → apologised (2024-10-15)",
			"DJI": "reduced relations (2024-09-05)",
			"FRA": "neither confirmed nor denied (2024-09-09) → acknowledged (2024-10-15)",
		},
	},
}
