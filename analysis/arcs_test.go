package analysis_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/store/sqlite"
)

// The stance arcs of issue 11: an episode told in eight short wire reports,
// checked for the events an analyst would code in each report and for the
// stance of each government over time. The four episodes below were written
// for this test (invented events between real states, in our own words),
// their events and arcs set down before the coder ran on them. Episodes A
// and B were the first tune set (the lexicon and the analysis were fixed
// on them) and C and D its check set; after C and D had served as check
// once (22/27) they joined the tune set. E and F (2022, 2023) were the
// check set of the third pass, written and committed before the coder
// ran on them, scored as totals only (26/36); in the fourth pass they
// joined the tune set and G and H (2022, 2023), written and committed
// before the coder ran on them, were the check set (scored, reported as
// totals only, not tuned on); in the fifth pass they joined the tune set
// and I and J (2024, 2021: an arms shipment seized at sea, soldiers flown
// into a breakaway region), written and committed before the coder ran
// on them, are the check set, run by TestStanceArcsCheck alone.
//
// A want is "SRC TGT CODE": the country of the source, the country of the
// target ("---" for none, "*" for any: a target annotators would not agree
// on), and a prefix of the CAMEO code. An arc is the actor's runs, "label
// (date) → label (date)", as analysis.Arc prints them.

type arcReport struct {
	id, date, title, text string
	want                  []string
}

type arcEpisode struct {
	name    string
	check   bool
	q       demarche.Question
	reports []arcReport
	arcs    map[string]string
}

var arcEpisodes = []arcEpisode{
	{
		name: "A drone over Lithuania",
		q: demarche.Question{ID: "drone", Name: "Drone crash in Lithuania",
			Terms:  []string{"drone", "drones", "UAV", "crash*", "wreckage", "airspace", "incident"},
			Actors: []string{"BLR", "LTU", "POL"}, Track: []string{"BLR", "LTU", "POL"}},
		reports: []arcReport{
			{"A1", "2025-03-03", "Lithuania blames Belarus for drone crash",
				"Lithuania accused Belarus on Monday of flying a military drone into its airspace before it crashed in a field near Vilnius.",
				[]string{"LTU BLR 112"}},
			{"A2", "2025-03-04", "Minsk calls drone claims baseless",
				"The Belarusian defence ministry dismissed the Lithuanian accusation as baseless. None of its drones had left Belarusian airspace, the ministry said on Tuesday.",
				[]string{"BLR LTU 016"}},
			{"A3", "2025-03-06", "Belarus rejects drone reports",
				"Belarus categorically rejected the reports on Thursday. A Belarusian foreign ministry spokesman told reporters that the Lithuanian claims about the drone were nothing but fabrication.",
				[]string{"BLR --- 016", "BLR LTU 016"}},
			{"A4", "2025-03-10", "Lithuania expels Belarusian diplomats over drone",
				"Lithuania expelled two Belarusian diplomats on Monday over the drone crash. Poland's foreign ministry declined to comment on whether its radars had tracked the aircraft and referred questions to NATO.",
				[]string{"LTU BLR 16", "POL --- 011"}},
			{"A5", "2025-03-14", "Belarus silent on drone wreckage",
				"Belarus would not be drawn on the serial numbers found on the wreckage, and a spokesman for its defence ministry said he had no information to share about the drone.",
				[]string{"BLR --- 011"}},
			{"A6", "2025-03-20", "Belarus admits drone came from its territory",
				"Belarus admitted on Thursday that a drone from one of its training units had strayed into Lithuanian airspace after a navigation fault.",
				[]string{"BLR * 015"}},
			{"A7", "2025-03-21", "Belarus apologises to Lithuania",
				"The Belarusian foreign minister apologised to Lithuania for the drone incident, his ministry said in a statement on Friday.",
				[]string{"BLR LTU 055"}},
			{"A8", "2025-03-27", "Lithuania welcomes apology; Poland confirms radar tracking",
				"Lithuania's foreign ministry welcomed the Belarusian apology for the drone incident on Thursday but said the expelled diplomats would not return. Poland confirmed for the first time that its radars had tracked the drone from the moment it left Belarus.",
				[]string{"LTU BLR 051", "POL * 015"}},
		},
		arcs: map[string]string{
			"BLR": "denied (2025-03-04) → neither confirmed nor denied (2025-03-14) → acknowledged (2025-03-20) → apologised (2025-03-21)",
			"LTU": "accused (2025-03-03) → reduced relations (2025-03-10) → praised (2025-03-27)",
			"POL": "neither confirmed nor denied (2025-03-10) → acknowledged (2025-03-27)",
		},
	},
	{
		name: "B journalist detained in Azerbaijan",
		q: demarche.Question{ID: "journalist", Name: "Dutch journalist detained in Baku",
			Terms:  []string{"journalist", "reporter", "correspondent", "detain*", "arrest*", "espionage", "spy*"},
			Actors: []string{"AZE", "NLD"}, Track: []string{"AZE", "NLD"}},
		reports: []arcReport{
			{"B1", "2025-05-05", "Dutch reporter detained in Baku",
				"The Dutch foreign ministry said on Monday that Azerbaijani police had detained a Dutch journalist in Baku.",
				[]string{"NLD AZE 01", "AZE NLD 17"}},
			{"B2", "2025-05-06", "Azerbaijan will not comment on detained reporter",
				"'It is not our practice to comment on ongoing investigations,' an Azerbaijani foreign ministry spokeswoman told reporters on Tuesday when asked about the detained Dutch journalist.",
				[]string{"AZE * 011"}},
			{"B3", "2025-05-09", "Netherlands demands release of journalist",
				"The Netherlands on Friday demanded the immediate release of the journalist and summoned Azerbaijan's ambassador in The Hague.",
				[]string{"NLD * 10", "NLD AZE 11"}},
			{"B4", "2025-05-14", "Baku charges Dutch reporter with spying",
				"Azerbaijani prosecutors charged the Dutch journalist with espionage on Wednesday. The Azerbaijani state security service said in a statement that the reporter had gathered secrets for a foreign intelligence agency.",
				[]string{"AZE NLD 112"}},
			{"B5", "2025-05-20", "Netherlands recalls ambassador from Baku",
				"The Netherlands recalled its ambassador from Baku for consultations on Tuesday and threatened to suspend a gas agreement with Azerbaijan if the journalist was not freed.",
				[]string{"NLD AZE 16", "NLD AZE 13"}},
			{"B6", "2025-05-23", "Azerbaijan expels Dutch diplomat",
				"Azerbaijan declared a Dutch diplomat persona non grata on Friday in a row over the jailed journalist, the foreign ministry in Baku said.",
				[]string{"AZE NLD 16"}},
			{"B7", "2025-06-02", "Baku neither confirms nor denies release talks",
				"Azerbaijan's presidential administration neither confirmed nor denied reports that the journalist could be released in a prisoner exchange.",
				[]string{"AZE --- 011"}},
			{"B8", "2025-06-10", "Journalist freed as Baku acknowledges errors",
				"Azerbaijan freed the Dutch journalist on Tuesday. The Azerbaijani foreign ministry acknowledged that the espionage charge had been dropped and that the reporter had been held without a lawyer for two weeks. The Dutch foreign minister thanked Azerbaijan for the release and said the ambassador would return to Baku.",
				[]string{"AZE NLD 08", "AZE * 015", "NLD AZE 051"}},
		},
		arcs: map[string]string{
			"AZE": "neither confirmed nor denied (2025-05-06) → accused (2025-05-14) → reduced relations (2025-05-23) → neither confirmed nor denied (2025-06-02) → acknowledged (2025-06-10)",
			"NLD": "demanded (2025-05-09) → threatened (2025-05-20) → reduced relations (2025-05-20) → praised (2025-06-10)",
		},
	},
	{
		name: "C cyber attack on the Norwegian parliament",
		q: demarche.Question{ID: "cyber", Name: "Cyber attack on the Storting",
			Terms:  []string{"cyber*", "hack*", "breach*", "intrusion", "email*", "parliament"},
			Actors: []string{"NOR", "CHN", "GBR"}, Track: []string{"NOR", "CHN", "GBR"}},
		reports: []arcReport{
			{"C1", "2025-09-01", "Norway blames China-linked group for parliament hack",
				"The Norwegian government said on Monday that a group working for China was behind a cyber attack on the email system of the parliament in Oslo.",
				[]string{"NOR CHN 01"}},
			{"C2", "2025-09-02", "China calls hacking claims groundless",
				"China's foreign ministry on Tuesday dismissed the Norwegian allegations as groundless and irresponsible, and said Beijing firmly opposed all forms of cyber attack.",
				[]string{"CHN NOR 016"}},
			{"C3", "2025-09-04", "Beijing says no hacking operation took place",
				"'There was no such operation, and China itself is a major victim of hacking,' a Chinese embassy spokesman told reporters in Oslo on Thursday.",
				[]string{"CHN * 016"}},
			{"C4", "2025-09-08", "London silent on Norwegian breach",
				"A British Foreign Office spokesman said he had no information to share on who was behind the Norwegian breach, and referred questions to the National Cyber Security Centre.",
				[]string{"GBR * 011"}},
			{"C5", "2025-09-12", "Norway summons Chinese envoy, calls off trade talks",
				"Norway summoned China's ambassador on Friday and called off a planned round of trade talks with Beijing over the hacking of the parliament.",
				[]string{"NOR CHN 11", "NOR CHN 16"}},
			{"C6", "2025-09-18", "China warns Norway of countermeasures",
				"Beijing warned on Thursday that it would take countermeasures against Norway if Oslo kept spreading lies about the cyber attack.",
				[]string{"CHN NOR 13"}},
			{"C7", "2025-09-25", "Norway expels three Chinese diplomats",
				"Norway ordered three Chinese diplomats to leave the country within a week over their links to the hacking group, the foreign ministry said on Thursday.",
				[]string{"NOR CHN 16"}},
			{"C8", "2025-10-02", "China acknowledges role of contractors in hack",
				"In a statement on Thursday, China's ministry of state security acknowledged that contractors it had once hired took part in the intrusion, but said they had acted without official approval.",
				[]string{"CHN * 015"}},
		},
		arcs: map[string]string{
			"NOR": "reduced relations (2025-09-12)",
			"CHN": "denied (2025-09-02) → threatened (2025-09-18) → acknowledged (2025-10-02)",
			"GBR": "neither confirmed nor denied (2025-09-08)",
		},
	},
	{
		name: "D shooting on the Guyana-Venezuela border",
		q: demarche.Question{ID: "border", Name: "Border shooting in Essequibo",
			Terms:  []string{"border", "troops", "soldiers", "shooting", "patrol*", "fire*", "Essequibo"},
			Actors: []string{"VEN", "GUY", "BRA"}, Track: []string{"VEN", "GUY", "BRA"}},
		reports: []arcReport{
			{"D1", "2026-02-02", "Guyana says Venezuelan troops fired on its patrol",
				"Guyana's defence force said on Monday that Venezuelan soldiers had opened fire on one of its patrols near the border, wounding two soldiers.",
				[]string{"GUY VEN 01", "VEN GUY 19"}},
			{"D2", "2026-02-03", "Caracas denies its troops crossed the border",
				"Venezuela's defence minister told reporters on Tuesday that there were no such troops in the area and that the Guyanese account was a lie.",
				[]string{"VEN GUY 016"}},
			{"D3", "2026-02-05", "Guyana recalls ambassador and threatens to sever ties",
				"Guyana recalled its ambassador to Caracas on Thursday and warned that it could sever diplomatic relations with Venezuela over the border shooting.",
				[]string{"GUY VEN 16", "GUY VEN 13"}},
			{"D4", "2026-02-06", "Brazil will not comment on border intelligence",
				"Brazil's foreign ministry said it was not its practice to comment on intelligence matters when asked whether its satellites had seen Venezuelan troops at the border.",
				[]string{"BRA * 011"}},
			{"D5", "2026-02-10", "Venezuela dismisses Guyana's photographs",
				"Venezuela on Tuesday rejected as fabricated the photographs published by Guyana of soldiers it said were Venezuelan troops on the border.",
				[]string{"VEN * 016"}},
			{"D6", "2026-02-16", "Venezuela admits soldiers crossed",
				"Venezuela acknowledged for the first time on Monday that a unit of its soldiers had crossed the border by mistake while chasing smugglers.",
				[]string{"VEN * 015"}},
			{"D7", "2026-02-18", "Venezuela expresses regret; Guyana cancels summit",
				"Venezuela's president expressed regret to Guyana on Wednesday for the border shooting. Guyana's president nevertheless cancelled a summit with his Venezuelan counterpart planned for March.",
				[]string{"VEN GUY 055", "GUY VEN 16"}},
			{"D8", "2026-02-27", "Brazil confirms satellites tracked the troops",
				"Brazil's foreign minister acknowledged on Friday that Brazilian satellites had tracked Venezuelan troops near the border on the day of the shooting. Guyana said it was suspending all border security cooperation with Venezuela until the investigation was over.",
				[]string{"BRA * 015", "GUY VEN 16"}},
		},
		arcs: map[string]string{
			"VEN": "denied (2026-02-03) → acknowledged (2026-02-16) → apologised (2026-02-18)",
			"GUY": "threatened (2026-02-05) → reduced relations (2026-02-05)",
			"BRA": "neither confirmed nor denied (2026-02-06) → acknowledged (2026-02-27)",
		},
	},
	{
		name: "E shots between Mauritanian and Senegalese patrols",
		q: demarche.Question{ID: "patrol", Name: "Naval clash off Saint-Louis",
			Terms:  []string{"navy", "naval", "sailor*", "patrol*", "clash*", "shoot*", "fired", "boat*", "vessel*"},
			Actors: []string{"MRT", "SEN", "ESP"}, Track: []string{"MRT", "SEN", "ESP"}},
		reports: []arcReport{
			{"E1", "2022-10-03", "Senegal says Mauritanian navy fired on its patrol boat",
				"Senegal's armed forces said on Monday that a Mauritanian navy vessel had opened fire on a Senegalese patrol boat near the maritime border, wounding two sailors.",
				[]string{"SEN MRT 01", "MRT SEN 19"}},
			{"E2", "2022-10-04", "Nouakchott denies navy fired on Senegalese boat",
				"Mauritania denied on Tuesday that its navy had fired on any Senegalese vessel. 'These accusations are baseless,' a spokesperson for the Mauritanian government told reporters in Nouakchott.",
				[]string{"MRT * 016", "MRT * 016"}},
			{"E3", "2022-10-06", "Dakar summons Mauritanian ambassador",
				"Senegal's foreign ministry summoned Mauritania's ambassador in Dakar on Thursday to protest against the shooting and demanded compensation for the wounded sailors.",
				[]string{"SEN MRT 11", "SEN * 10"}},
			{"E4", "2022-10-10", "Madrid will not say whether its aircraft saw the clash",
				"Spain's defence ministry refused to confirm on Monday whether a Spanish surveillance aircraft flying for the European Union had filmed the clash. Mauritania's foreign ministry said on Monday that the Senegalese patrol boat had entered Mauritanian waters without permission.",
				[]string{"ESP * 011", "MRT SEN 01"}},
			{"E5", "2022-10-13", "Mauritanian president will not apologise",
				"Mauritania's president refused on Thursday to apologise to Senegal for the clash.",
				[]string{"MRT SEN 12"}},
			{"E6", "2022-10-19", "Senegal expels Mauritanian diplomats over naval clash",
				"Senegal expelled two Mauritanian diplomats on Wednesday, the government said in a statement. Dakar also postponed a planned visit by the Senegalese prime minister to Nouakchott.",
				[]string{"SEN MRT 16", "SEN MRT 16"}},
			{"E7", "2022-10-24", "Mauritania recalls envoy from Dakar, accuses Senegal over clash fallout",
				"Mauritania recalled its ambassador from Dakar for consultations on Monday and accused Senegal of stirring up hostility against Mauritanian traders.",
				[]string{"MRT SEN 16", "MRT SEN 112"}},
			{"E8", "2022-11-02", "Nouakchott expresses regret; Spain confirms footage",
				"Mauritania's foreign ministry expressed regret on Wednesday that two Senegalese sailors had been wounded. A spokesperson for the Spanish defence ministry confirmed that a Spanish aircraft had filmed the clash and said the footage had been handed to both governments.",
				[]string{"MRT * 055", "ESP * 015"}},
		},
		arcs: map[string]string{
			"MRT": "denied (2022-10-04) → rejected (2022-10-13) → accused (2022-10-24) → reduced relations (2022-10-24) → apologised (2022-11-02)",
			"SEN": "demanded (2022-10-06) → reduced relations (2022-10-19)",
			"ESP": "neither confirmed nor denied (2022-10-10) → acknowledged (2022-11-02)",
		},
	},
	{
		name: "F drone strike on a Kenyan border town",
		q: demarche.Question{ID: "moyale", Name: "Drone strike in Moyale",
			Terms:  []string{"drone*", "strike*", "Moyale", "border", "civilians"},
			Actors: []string{"KEN", "ETH", "USA"}, Track: []string{"KEN", "ETH", "USA"}},
		reports: []arcReport{
			{"F1", "2023-03-06", "Kenya says Ethiopian drone bombed border town",
				"A spokesperson for the Kenyan government said on Monday that an Ethiopian military drone had bombed a market in the border town of Moyale, killing four civilians.",
				[]string{"KEN ETH 01", "ETH KEN 19"}},
			{"F2", "2023-03-07", "Ethiopia denies drone strike in Kenya",
				"Ethiopia's foreign ministry said in a statement on Tuesday that its armed forces had carried out no operation on Kenyan soil and that the Kenyan allegations were unfounded.",
				[]string{"ETH * 016"}},
			{"F3", "2023-03-09", "Nairobi summons Ethiopian envoy, demands apology",
				"Kenya's foreign ministry summoned Ethiopia's ambassador on Thursday and demanded an apology from Addis Ababa for the deaths in Moyale.",
				[]string{"KEN ETH 11", "KEN ETH 10"}},
			{"F4", "2023-03-13", "Washington silent on drone intelligence",
				"The US State Department would neither confirm nor deny that American surveillance aircraft had tracked the drone, and a Pentagon spokesperson declined to comment on the matter.",
				[]string{"USA * 011"}},
			{"F5", "2023-03-16", "Ethiopia says rebels used Moyale as base; Abiy rejects apology over strike",
				"Ethiopia's defence ministry said on Thursday that Kenya had allowed armed rebels to use Moyale as a base for attacks on Ethiopian territory. Ethiopian Prime Minister Abiy Ahmed rejected Kenya's demand for an apology on Thursday.",
				[]string{"ETH KEN 01", "ETH KEN 12"}},
			{"F6", "2023-03-21", "Kenya recalls ambassador and expels Ethiopian diplomats",
				"Kenya recalled its ambassador to Ethiopia for consultations on Tuesday and expelled two Ethiopian diplomats it accused of gathering information on military sites near the border.",
				[]string{"KEN ETH 16", "KEN ETH 112"}},
			{"F7", "2023-03-24", "Kenya's president postpones Ethiopia visit over drone strike",
				"Kenyan President William Ruto has postponed a planned state visit to Ethiopia, his office said on Friday. Asked again about the drone, the Pentagon refused to confirm that American aircraft had been in the area.",
				[]string{"KEN ETH 16", "USA * 011"}},
			{"F8", "2023-04-04", "Ethiopia expresses regret over Moyale deaths; US confirms tracking",
				"Ethiopia expressed regret on Tuesday for the deaths of the four Kenyan civilians in Moyale and acknowledged that one of its drones had struck the town by mistake. The US defence secretary later confirmed to reporters that American aircraft had tracked the drone from Ethiopian airspace.",
				[]string{"ETH * 055", "ETH * 015", "USA * 015"}},
		},
		arcs: map[string]string{
			"KEN": "demanded (2023-03-09) → accused (2023-03-21) → reduced relations (2023-03-21)",
			"ETH": "denied (2023-03-07) → rejected (2023-03-16) → acknowledged (2023-04-04) → apologised (2023-04-04)",
			"USA": "neither confirmed nor denied (2023-03-13) → acknowledged (2023-04-04)",
		},
	},
	{
		name: "G an Ecuadorian helicopter over the Peruvian Amazon",
		q: demarche.Question{ID: "helicopter", Name: "Helicopter incursion in the Amazon",
			Terms:  []string{"helicopter*", "airspace", "incursion", "aircraft", "flight*", "border"},
			Actors: []string{"PER", "ECU", "COL"}, Track: []string{"PER", "ECU", "COL"}},
		reports: []arcReport{
			{"G1", "2022-05-09", "Peru says Ecuadorian army helicopter violated its airspace",
				"Peru's foreign ministry said on Monday that an Ecuadorian army helicopter had flown 20 kilometres into Peruvian airspace over the Amazon before turning back.",
				[]string{"PER ECU 01"}},
			{"G2", "2022-05-10", "Quito denies helicopter crossed into Peru",
				"Ecuador's defence ministry denied on Tuesday that any of its aircraft had crossed into Peru and called the Peruvian report false.",
				[]string{"ECU * 016"}},
			{"G3", "2022-05-12", "Lima summons Ecuadorian envoy over helicopter",
				"Peru summoned Ecuador's ambassador in Lima on Thursday, handed him a note of protest over the helicopter flight and demanded an explanation.",
				[]string{"PER ECU 11", "PER * 10"}},
			{"G4", "2022-05-16", "Colombia will not confirm radar data",
				"Colombia's air force refused to confirm on Monday whether its radars had tracked the Ecuadorian helicopter near the border. The Ecuadorian foreign ministry said on Monday that Peruvian troops had been clearing forest on the Ecuadorian side of the border for weeks.",
				[]string{"COL * 011", "ECU PER 01"}},
			{"G5", "2022-05-19", "Peru downgrades relations with Ecuador",
				"Peru downgraded its diplomatic relations with Ecuador to the level of charge d'affaires over the helicopter incursion on Thursday, the presidential palace said in a statement.",
				[]string{"PER ECU 16"}},
			{"G6", "2022-05-24", "Lasso will not apologise to Peru",
				"Ecuadorian President Guillermo Lasso said on Tuesday that he would not apologise to Peru for a helicopter flight that had never left Ecuadorian airspace.",
				[]string{"ECU PER 12"}},
			{"G7", "2022-06-01", "Ecuador admits helicopter strayed; Peru postpones visit",
				"Ecuador acknowledged on Wednesday, after weeks of denials, that one of its army helicopters had strayed into Peruvian airspace during a storm. Peru's foreign minister postponed a visit to Quito that had been planned for next week over the incursion.",
				[]string{"ECU * 015", "PER ECU 16"}},
			{"G8", "2022-06-03", "Quito expresses regret; Bogota confirms radar tracking",
				"Ecuador's foreign ministry expressed its regret to Peru on Friday for the incursion by the helicopter. Colombia's defence minister confirmed that Colombian radars had followed the aircraft across the border.",
				[]string{"ECU PER 055", "COL * 015"}},
		},
		arcs: map[string]string{
			"ECU": "denied (2022-05-10) → rejected (2022-05-24) → acknowledged (2022-06-01) → apologised (2022-06-03)",
			"PER": "demanded (2022-05-12) → reduced relations (2022-05-19)",
			"COL": "neither confirmed nor denied (2022-05-16) → acknowledged (2022-06-03)",
		},
	},
	{
		name: "H a blown-up canal on the Tajik-Uzbek border",
		q: demarche.Question{ID: "canal", Name: "Canal blast near Bekabad",
			Terms:  []string{"canal", "explosion", "blast*", "blow*", "blown", "sabotage*", "saboteur*", "suspects"},
			Actors: []string{"TJK", "UZB", "KAZ"}, Track: []string{"TJK", "UZB", "KAZ"}},
		reports: []arcReport{
			{"H1", "2023-07-03", "Uzbekistan says Tajik saboteurs blew up border canal",
				"The Uzbek interior ministry said on Monday that saboteurs sent from Tajikistan had blown up a section of an irrigation canal near the border town of Bekabad.",
				[]string{"UZB TJK 01"}},
			{"H2", "2023-07-04", "Dushanbe calls canal accusations a provocation",
				"Tajikistan's foreign ministry rejected the Uzbek accusations on Tuesday, calling them a provocation. 'No Tajik citizen had anything to do with the explosion,' the ministry said.",
				[]string{"TJK UZB 016", "TJK * 016"}},
			{"H3", "2023-07-06", "Kazakhstan silent on canal suspects",
				"Kazakhstan's national security committee declined to say on Thursday whether its officers had questioned two suspects in the canal blast who had crossed into Kazakh territory.",
				[]string{"KAZ * 011"}},
			{"H4", "2023-07-10", "Uzbekistan expels Tajik consul over canal blast",
				"Uzbekistan expelled a Tajik consul from Samarkand on Monday over the canal blast, the foreign ministry in Tashkent said.",
				[]string{"UZB TJK 16"}},
			{"H5", "2023-07-13", "Rahmon rejects calls to apologise for canal explosion",
				"Tajik President Emomali Rahmon on Thursday rejected calls to apologise for the canal explosion, saying Tashkent had offered no evidence.",
				[]string{"TJK * 12"}},
			{"H6", "2023-07-18", "Uzbek minister puts off Dushanbe trip as canal row deepens",
				"Uzbekistan's foreign minister put off a trip to Dushanbe that had been due next week, an Uzbek official said on Tuesday, as the row over the blown-up canal deepened. The Tajik foreign ministry claimed on Tuesday that Uzbek border guards had beaten three Tajik farmers near the canal.",
				[]string{"UZB TJK 16", "TJK UZB 01"}},
			{"H7", "2023-07-25", "Tajikistan concedes its nationals took part in canal blast",
				"After two weeks of denials, Tajikistan's state security committee conceded on Tuesday that two Tajik nationals had taken part in blowing up the canal, but said they had acted on their own.",
				[]string{"TJK * 015"}},
			{"H8", "2023-08-01", "Dushanbe voices regret; Astana confirms it handed over suspects",
				"Tajikistan's foreign minister voiced regret on Tuesday over the damage the canal blast had done to Uzbek farms. Kazakhstan's national security committee confirmed that it had handed the two suspects over to Uzbekistan.",
				[]string{"TJK * 055", "KAZ * 015"}},
		},
		arcs: map[string]string{
			"TJK": "denied (2023-07-04) → rejected (2023-07-13) → acknowledged (2023-07-25) → apologised (2023-08-01)",
			"UZB": "reduced relations (2023-07-10)",
			"KAZ": "neither confirmed nor denied (2023-07-06) → acknowledged (2023-08-01)",
		},
	},
	{
		name:  "I an arms shipment seized off Crete",
		check: true,
		q: demarche.Question{ID: "shipment", Name: "Cargo ship seized off Crete",
			Terms:  []string{"ship", "vessel", "cargo", "shipment", "seiz*", "arms", "armoured", "vehicles", "embargo", "frigate", "boarding", "boarded"},
			Actors: []string{"GRC", "TUR", "ITA"}, Track: []string{"GRC", "TUR", "ITA"}},
		reports: []arcReport{
			{"I1", "2024-04-08", "Greece accuses Turkey of shipping armour to Libya",
				"Greece accused Turkey on Monday of sending armoured vehicles to Libya in breach of a United Nations arms embargo, hours after its coast guard seized a cargo ship off Crete.",
				[]string{"GRC TUR 112"}},
			{"I2", "2024-04-09", "Ankara says seized ship carried only construction equipment",
				"Turkey's defence ministry said on Tuesday that the ship had been carrying nothing but construction equipment, and described the Greek accusations as a fabrication.",
				[]string{"TUR GRC 016"}},
			{"I3", "2024-04-10", "Rome silent on frigate's role in ship seizure",
				"Italy's defence ministry would not say on Wednesday whether an Italian frigate serving with the European Union's naval mission had shadowed the cargo ship before it was boarded. It was too early to say what the ship had been carrying, a ministry spokesman told reporters.",
				[]string{"ITA * 011", "ITA * 011"}},
			{"I4", "2024-04-12", "Turkey summons Greek ambassador over ship seizure",
				"Turkey summoned the Greek ambassador in Ankara on Friday to protest against the seizure of the ship. A Turkish foreign ministry spokesman said Greek commandos had boarded the vessel in international waters.",
				[]string{"TUR GRC 11", "TUR GRC 01"}},
			{"I5", "2024-04-16", "Greece calls off talks with Turkey, regrets injury to ship's crewman",
				"Greece called off a round of confidence-building talks with Turkey that had been due to open in Athens next week, the foreign ministry said on Tuesday. The Greek shipping minister expressed regret that a Turkish crew member had been injured during the boarding of the ship.",
				[]string{"GRC TUR 16", "GRC * 055"}},
			{"I6", "2024-04-19", "Turkey concedes seized ship carried armoured vehicles",
				"Turkey's defence ministry conceded on Friday that the ship had been carrying twelve armoured personnel carriers, but insisted that they were meant for Libya's internationally recognised government.",
				[]string{"TUR * 015"}},
			{"I7", "2024-04-23", "Erdogan says Turkey owes Greece no apology; Italy confirms frigate tracked ship",
				"Turkish President Recep Tayyip Erdogan said on Tuesday that Turkey owed Greece no apology over the shipment. The Italian defence minister confirmed to parliament that an Italian frigate had tracked the cargo ship for two days before it reached Crete.",
				[]string{"TUR GRC 12", "ITA * 015"}},
			{"I8", "2024-04-30", "Greece expels Turkish military attache over arms shipment",
				"Greece ordered the Turkish military attache in Athens to leave the country within 72 hours, accusing him of helping to organise the arms shipment.",
				[]string{"GRC TUR 16", "GRC TUR 112"}},
		},
		arcs: map[string]string{
			"GRC": "accused (2024-04-08) → apologised (2024-04-16) → reduced relations (2024-04-16) → accused (2024-04-30)",
			"TUR": "denied (2024-04-09) → acknowledged (2024-04-19) → rejected (2024-04-23)",
			"ITA": "neither confirmed nor denied (2024-04-10) → acknowledged (2024-04-23)",
		},
	},
	{
		name:  "J Russian soldiers flown into Transnistria",
		check: true,
		q: demarche.Question{ID: "transnistria", Name: "Extra Russian troops in Transnistria",
			Terms:  []string{"troops", "troop", "soldiers", "peacekeep*", "Transnistria", "aircraft", "radar*", "flights"},
			Actors: []string{"MDA", "RUS", "ROU"}, Track: []string{"MDA", "RUS", "ROU"}},
		reports: []arcReport{
			{"J1", "2021-11-01", "Moldova says Russia flew extra troops into Transnistria",
				"Moldova's president said on Monday that Russia had flown about 300 extra soldiers into the breakaway region of Transnistria without the consent of the government in Chisinau.",
				[]string{"MDA RUS 01"}},
			{"J2", "2021-11-02", "Kremlin calls Moldovan troop claim absurd",
				"Kremlin spokesman Dmitry Peskov on Tuesday dismissed the Moldovan claim as absurd. 'Not a single additional soldier has been sent to Transnistria,' he told reporters.",
				[]string{"RUS MDA 016", "RUS * 016"}},
			{"J3", "2021-11-04", "Romania will not discuss troop flights",
				"Romania's foreign ministry said on Thursday it would not speculate on how many soldiers had arrived in Transnistria, and a Romanian defence ministry spokesman said he had nothing to add.",
				[]string{"ROU * 011"}},
			{"J4", "2021-11-08", "Moldova expels Russian diplomat, demands troop withdrawal",
				"Moldova declared a Russian embassy official persona non grata on Monday and demanded that the extra troops leave Transnistria within a month.",
				[]string{"MDA RUS 16", "MDA * 10"}},
			{"J5", "2021-11-11", "Moscow says too early to say on peacekeeper numbers",
				"Russia's defence ministry said on Thursday it was too early to say whether its peacekeeping contingent in Transnistria would be reduced, and refused to be drawn on how many soldiers had arrived.",
				[]string{"RUS * 011"}},
			{"J6", "2021-11-15", "Russia admits more soldiers stayed after rotation",
				"Russia's defence ministry admitted on Monday that some 250 soldiers who had been flown in for a rotation of its peacekeepers had stayed on in Transnistria, but said they would leave by the end of the year.",
				[]string{"RUS * 015"}},
			{"J7", "2021-11-17", "Moldova recalls envoy; Lavrov rejects troop withdrawal demand",
				"Moldova recalled its ambassador from Moscow for consultations on Wednesday. Russian Foreign Minister Sergei Lavrov rejected Moldova's demand for a swift withdrawal of the soldiers and accused Chisinau of looking for a pretext to expel all Russian peacekeepers.",
				[]string{"MDA RUS 16", "RUS MDA 12", "RUS MDA 112"}},
			{"J8", "2021-11-26", "Bucharest confirms its radars tracked flights; Moldovan premier postpones Moscow trip",
				"A spokesman for the Romanian defence ministry confirmed on Friday that Romanian radars had tracked six Russian transport aircraft flying towards Transnistria. Moldova's prime minister has postponed a planned visit to Moscow indefinitely, her office said.",
				[]string{"ROU * 015", "MDA RUS 16"}},
		},
		arcs: map[string]string{
			"MDA": "demanded (2021-11-08) → reduced relations (2021-11-08)",
			"RUS": "denied (2021-11-02) → neither confirmed nor denied (2021-11-11) → acknowledged (2021-11-15) → accused (2021-11-17) → rejected (2021-11-17)",
			"ROU": "neither confirmed nor denied (2021-11-04) → acknowledged (2021-11-26)",
		},
	},
}

// arcScore is the outcome of one episode: checks passed of checks (each
// wanted event, each tracked government's arc) and the wanted events
// found.
type arcScore struct {
	passed, checks, found, events int
	misses                        []string
}

// scoreEpisode codes an episode's reports with the built-in coder into a
// new store and scores its events and arcs.
func scoreEpisode(t *testing.T, ep arcEpisode) arcScore {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "arcs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := testcoder.Builtin(t)
	var sc arcScore
	var batch []*demarche.Coded
	for _, r := range ep.reports {
		doc := &demarche.Document{ID: r.id, Date: r.date, Title: r.title, Text: r.text, Source: "wire"}
		cd, err := c.Code(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		batch = append(batch, cd)
		used := make([]bool, len(cd.Events))
		for _, w := range r.want {
			sc.checks++
			sc.events++
			if i := matchWant(cd.Events, used, w); i >= 0 {
				used[i] = true
				sc.passed++
				sc.found++
				continue
			}
			sc.misses = append(sc.misses, fmt.Sprintf("%s: missed %s in %q (got %s)", r.id, w, r.text, eventList(cd.Events)))
		}
	}
	if _, err := st.Put(ctx, c.Version(), batch); err != nil {
		t.Fatal(err)
	}
	q := ep.q
	rep, err := analysis.New(st, analysis.Options{}).Stances(ctx, &q)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, as := range rep.Actors {
		got[as.Actor] = strings.TrimPrefix(analysis.Arc(as), as.Actor+": ")
	}
	for _, actor := range ep.q.Track {
		sc.checks++
		if got[actor] == ep.arcs[actor] {
			sc.passed++
			continue
		}
		sc.misses = append(sc.misses, fmt.Sprintf("%s arc:\n  got  %s\n  want %s", actor, got[actor], ep.arcs[actor]))
	}
	return sc
}

// matchWant returns the index of the first unused event that matches want
// ("SRC TGT CODE"), or -1.
func matchWant(events []demarche.Event, used []bool, want string) int {
	f := strings.Fields(want)
	for i, e := range events {
		if used[i] || !strings.HasPrefix(e.Source, f[0]) || !strings.HasPrefix(e.CAMEO, f[2]) {
			continue
		}
		switch {
		case f[1] == "*":
		case f[1] == "---" && (e.Target == "" || strings.HasPrefix(e.Target, "---")):
		case f[1] != "---" && strings.HasPrefix(e.Target, f[1]):
		default:
			continue
		}
		return i
	}
	return -1
}

func eventList(events []demarche.Event) string {
	var s []string
	for _, e := range events {
		s = append(s, e.Source+" "+e.Target+" "+e.CAMEO)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

// arcFloors are the least checks each set must pass (tune: what the coder
// reached; check: what the coder reached when the set was scored, so that
// it cannot drop: E and F, 20/36 when first scored, 26/36 at the end of
// the third pass, then tune, 35/36 after the fourth; G and H, 22/29 when
// first scored, 23/29 at the end of the fourth pass, then tune, 26/29
// after the fifth; I and J, the check set of the fifth pass, 24/32 when
// scored at its end, the coder before the pass scoring the same; 29/32
// after the seventh stance pass, whose helper had not read I and J's
// texts).
var arcFloors = map[bool]int{false: 117, true: 29}

// TestStanceArcs codes the tune episodes and reports the checks passed and
// the wanted events found, with their misses.
func TestStanceArcs(t *testing.T) { stanceArcSet(t, false) }

// TestStanceArcsCheck codes the check episodes and reports totals only
// (the check set is scored, not read).
func TestStanceArcsCheck(t *testing.T) { stanceArcSet(t, true) }

func stanceArcSet(t *testing.T, check bool) {
	set := map[bool]string{false: "tune", true: "check"}[check]
	var total arcScore
	for _, ep := range arcEpisodes {
		if ep.check != check {
			continue
		}
		sc := scoreEpisode(t, ep)
		t.Logf("%s set, episode %s: %d/%d checks, %d/%d events", set, ep.name, sc.passed, sc.checks, sc.found, sc.events)
		if !check {
			for _, m := range sc.misses {
				t.Log("  " + m)
			}
		}
		total.passed += sc.passed
		total.checks += sc.checks
		total.found += sc.found
		total.events += sc.events
	}
	t.Logf("%s set: %d/%d checks passed, %d/%d events found", set, total.passed, total.checks, total.found, total.events)
	if total.passed < arcFloors[check] {
		t.Errorf("%s set: %d checks passed, below the floor of %d", set, total.passed, arcFloors[check])
	}
}

// TestStanceArcsTargetless checks that a third government's targetless
// stance ("Poland's foreign ministry declined to comment …") is on a
// question whose actors are the two sides only.
func TestStanceArcsTargetless(t *testing.T) {
	ep := arcEpisodes[0]
	ep.q.Actors = []string{"BLR", "LTU"}
	sc := scoreEpisode(t, ep)
	for _, m := range sc.misses {
		if strings.HasPrefix(m, "POL arc") {
			t.Error(m)
		}
	}
}
