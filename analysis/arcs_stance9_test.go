package analysis_test

import "github.com/demarche-project/demarche"

// The ninth stance pass (helper stance9) adds two episodes of kinds no
// earlier episode tells, invented between real states, written in our own
// words with their wanted events and arcs and committed before the coder
// ran on them: Q (2024: cyanide from a Bulgarian plant in the Danube;
// Romania, Bulgaria, Ukraine), a pollution row in which the polluter
// denies, hedges, then admits and regrets while refusing compensation, and
// R (2025: a crowd storming the Chilean embassy in La Paz; Chile, Bolivia,
// Argentina), a row over a host's failure to guard a mission, ended by the
// ambassador's return. They vary the wire's forms: a claim "said … that"
// about the other side's plant or staff (01), "dismissed … as
// scaremongering", "declined to comment … on whether", a meeting that
// "has been called off, a … spokesman said", "refused to say whether", an
// admission after its fronted content ("…, the ministry admitted in a
// statement"), regret with a rejection of compensation in one sentence,
// officials unnamed, a fronted quotation denying one's own side's act, a
// capital as the subject of a recall and a demand, "had nothing to say at
// this stage", "ruled out any apology", a closure "according to" the
// ministry, "deeply regretted … but stopped short of a formal apology",
// thanks and praise.
func init() {
	arcEpisodes = append(arcEpisodes, stance9Episodes...)
	arcFloors[false] += stance9ArcFloor
}

// stance9ArcFloor is the least checks Q and R (30) must pass (21 when
// first scored, blind: Q 11/15, R 10/15; 29 after the pass: Q 14/15, R
// 15/15). The want was kept as written; the one check still missed is
// Bulgaria's arc, where the coder reads "saying the plant's private owner
// alone was to blame" (Q7) as an accusation (112, no target) that the arc
// as written leaves out: a defensible reading (the speaker blames the
// owner), so the coder was not bent to the want.
const stance9ArcFloor = 29

var stance9Episodes = []arcEpisode{
	{
		name: "Q cyanide from a Bulgarian plant in the Danube",
		q: demarche.Question{ID: "danube", Name: "Cyanide spill in the Danube near Ruse",
			Terms:  []string{"Danube", "cyanide", "spill*", "leak*", "fish", "plant", "waste", "compensation", "readings"},
			Actors: []string{"ROU", "BGR", "UKR"}, Track: []string{"ROU", "BGR", "UKR"}},
		reports: []arcReport{
			{"Q1", "2024-06-03", "Romania says Bulgarian plant leaked cyanide into Danube",
				"Romania's environment ministry said on Monday that cyanide from a Bulgarian chemical plant near Ruse had leaked into the Danube and killed several tonnes of fish along the Romanian bank.",
				[]string{"ROU BGR 01"}},
			{"Q2", "2024-06-04", "Sofia calls Romanian spill claim scaremongering",
				"Bulgaria's environment ministry on Tuesday dismissed the Romanian claim as scaremongering, saying the plant near Ruse had not released any waste into the river for years.",
				[]string{"BGR ROU 016"}},
			{"Q3", "2024-06-05", "Kyiv silent on delta readings; Sofia points to Romanian factory",
				"Ukraine's environment ministry declined to comment on Wednesday on whether its monitoring stations in the Danube delta had recorded any cyanide. Bulgaria's environment ministry said on Wednesday that dead fish had been found near a Romanian fertiliser factory in Giurgiu two days before the alleged leak.",
				[]string{"UKR * 011", "BGR ROU 01"}},
			{"Q4", "2024-06-07", "Romania demands closure of Ruse plant; bridge meeting off",
				"Romania demanded on Friday that Bulgaria shut down the Ruse plant until international experts had inspected it. A meeting with Bulgarian officials on a second bridge over the Danube, due to take place on Monday, has been called off, a Romanian government spokesman said.",
				[]string{"ROU BGR 10", "ROU BGR 16"}},
			{"Q5", "2024-06-11", "Bulgarian premier will not say whether waste pond cracked",
				"The Bulgarian prime minister refused to say on Tuesday whether inspectors had found a crack in a waste pond at the Ruse plant, telling reporters he would wait for the findings of the inquiry.",
				[]string{"BGR * 011"}},
			{"Q6", "2024-06-14", "Bulgaria admits cyanide leaked from Ruse plant",
				"A cracked waste pond at the Ruse plant did leak cyanide into the Danube, the Bulgarian environment ministry admitted in a statement on Friday, ten days after it had denied any spill.",
				[]string{"BGR * 015"}},
			{"Q7", "2024-06-18", "Bulgarian president voices regret but rejects compensation demands",
				"The Bulgarian president voiced regret to Romania on Tuesday over the fish kill but rejected Romanian demands for compensation, saying the plant's private owner alone was to blame.",
				[]string{"BGR ROU 055", "BGR ROU 12"}},
			{"Q8", "2024-06-25", "Ukraine confirms delta readings; Romania thanks Kyiv",
				"Ukrainian officials confirmed on Tuesday that monitoring stations in the Danube delta had recorded cyanide at forty times the permitted level in early June. Romania's foreign minister thanked Ukraine for sharing the cyanide readings.",
				[]string{"UKR * 015", "ROU UKR 051"}},
		},
		arcs: map[string]string{
			"ROU": "demanded (2024-06-07) → reduced relations (2024-06-07) → praised (2024-06-25)",
			"BGR": "denied (2024-06-04) → neither confirmed nor denied (2024-06-11) → acknowledged (2024-06-14) → rejected (2024-06-18) → apologised (2024-06-18)",
			"UKR": "neither confirmed nor denied (2024-06-05) → acknowledged (2024-06-25)",
		},
	},
	{
		name: "R a crowd storms the Chilean embassy in La Paz",
		q: demarche.Question{ID: "lapazembassy", Name: "Attack on the Chilean embassy in La Paz",
			Terms:  []string{"embassy", "ambassador", "attack*", "stormed", "crowd", "police", "officers", "apolog*", "consulate", "cameras"},
			Actors: []string{"CHL", "BOL", "ARG"}, Track: []string{"CHL", "BOL", "ARG"}},
		reports: []arcReport{
			{"R1", "2025-08-04", "Chile accuses Bolivian police over embassy attack",
				"Chile accused the Bolivian police on Monday of standing aside while a crowd stormed its embassy in La Paz and set fire to the ambassador's car.",
				[]string{"CHL BOL 112"}},
			{"R2", "2025-08-05", "La Paz denies police abandoned Chilean embassy",
				"'Our officers did not leave their posts for a single minute,' Bolivia's interior minister told reporters on Tuesday, calling the Chilean version of events a lie.",
				[]string{"BOL * 016"}},
			{"R3", "2025-08-06", "Chile recalls ambassador, demands Bolivia pay for damage",
				"Santiago recalled its ambassador from La Paz for consultations on Wednesday and demanded that Bolivia pay for the damage to the embassy.",
				[]string{"CHL BOL 16", "CHL BOL 10"}},
			{"R4", "2025-08-07", "Buenos Aires mum on embassy camera footage",
				"Argentine officials said they had nothing to say at this stage when asked on Thursday whether cameras at their embassy, which faces the Chilean mission, had filmed the police pulling back before the attack.",
				[]string{"ARG * 011"}},
			{"R5", "2025-08-11", "Bolivia blames embassy staff, rules out apology",
				"The Bolivian foreign ministry said on Monday that staff of the Chilean embassy had provoked the crowd by photographing protesters from the roof. Bolivia's president ruled out any apology to Chile, telling supporters in El Alto that his government would not bow to pressure from Santiago.",
				[]string{"BOL CHL 01", "BOL * 12"}},
			{"R6", "2025-08-14", "Chile shuts consulate in Oruro",
				"Chile has closed its consulate in Oruro and cut the staff of its embassy in La Paz to a minimum, according to the foreign ministry in Santiago.",
				[]string{"CHL BOL 16"}},
			{"R7", "2025-08-19", "Bolivia admits police were withdrawn before embassy attack",
				"The Bolivian government admitted on Tuesday that the officers guarding the Chilean embassy had been ordered to withdraw an hour before it was stormed. Bolivia's interior minister said he deeply regretted the attack on the embassy but stopped short of a formal apology to Chile.",
				[]string{"BOL * 015", "BOL * 055"}},
			{"R8", "2025-09-02", "Chilean envoy back in La Paz; Argentina confirms footage",
				"Chile's ambassador returned to La Paz on Tuesday after Bolivia agreed to pay for repairs to the embassy. The Chilean foreign minister praised the Bolivian government for its handling of the inquiry into the attack. Argentina's foreign ministry confirmed that cameras at its embassy had filmed the police leaving their posts an hour before the crowd arrived.",
				[]string{"CHL BOL 051", "ARG * 015"}},
		},
		arcs: map[string]string{
			"CHL": "accused (2025-08-04) → demanded (2025-08-06) → reduced relations (2025-08-06) → praised (2025-09-02)",
			"BOL": "denied (2025-08-05) → rejected (2025-08-11) → acknowledged (2025-08-19) → apologised (2025-08-19)",
			"ARG": "neither confirmed nor denied (2025-08-07) → acknowledged (2025-09-02)",
		},
	},
}
