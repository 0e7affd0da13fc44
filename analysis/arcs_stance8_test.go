package analysis_test

import "github.com/demarche-project/demarche"

// The eighth stance pass (helper stance8) adds two episodes of kinds no
// earlier episode tells, written in our own words with their wanted events
// and arcs and committed before the coder ran on them: O (2026, invented:
// a Turkish engineer held in Iran as a spy, charged, then swapped for two
// Iranians in a deal brokered by Qatar; Iran, Turkey, Israel) and P (2021,
// retold loosely: Eritrean troops in Ethiopia's Tigray region, denied,
// hedged on, then acknowledged by both governments and praised; Ethiopia,
// Eritrea, the United States). They vary the wire's forms: an arrest told
// by the arresting side, a summons with a demand "according to a
// statement", a charge with its grounds, "said it would not comment", a
// fronted quotation dismissing a charge, a visit "has been postponed" told
// by officials, a swap "brokered by", "had nothing to apologise for", a
// denial in the passive ("was denied … by"), "would neither confirm nor
// deny", "could not discuss intelligence matters", a trip "put off until",
// an admission told as "the first time his government had admitted",
// "formally acknowledged" in a letter, thanks, sanctions, and an
// accusation told "…, the ministry said in a statement".
func init() {
	arcEpisodes = append(arcEpisodes, stance8Episodes...)
	arcFloors[false] += stance8ArcFloor
}

// stance8ArcFloor is the least checks O and P (30) must pass (17 when
// first scored: O 9/15, P 8/15; 25 after the pass: O 14/15, P 11/15).
// The wants were kept as written; the three events still missed are ones
// the project's own conventions code otherwise: the other side of a swap
// (O7: wire5's annotators leave it out), "called for their withdrawal"
// (P1: 02x in coder/testdata/CONVENTIONS.md) and a claim about the other
// side told "…, the ministry said" (P8: 01, as in H6 and M7); the USA and
// ERI arcs of P follow from the last two.
const stance8ArcFloor = 25

var stance8Episodes = []arcEpisode{
	{
		name: "O a Turkish engineer held as a spy in Iran and swapped",
		q: demarche.Question{ID: "engineer", Name: "Turkish engineer held in Iran",
			Terms:  []string{"engineer", "spy*", "spying", "espionage", "detain*", "arrest*", "swap*", "exchange", "apolog*", "visit", "Mossad", "charge*", "citizen"},
			Actors: []string{"IRN", "TUR", "ISR"}, Track: []string{"IRN", "TUR", "ISR"}},
		reports: []arcReport{
			{"O1", "2026-04-06", "Iran arrests Turkish engineer",
				"Iran's intelligence ministry said on Monday that its agents had arrested a Turkish engineer at a petrochemical plant near Bandar Abbas.",
				[]string{"IRN TUR 17"}},
			{"O2", "2026-04-07", "Ankara summons Iranian envoy over detained engineer",
				"Turkey summoned Iran's ambassador on Tuesday and demanded immediate consular access to the detained engineer, according to a statement from the Turkish foreign ministry.",
				[]string{"TUR IRN 11", "TUR * 10"}},
			{"O3", "2026-04-09", "Tehran charges Turk with spying for Israel",
				"Prosecutors in Tehran charged the Turkish engineer with espionage on Thursday, saying he had passed photographs of the plant to Israel's Mossad.",
				[]string{"IRN * 112"}},
			{"O4", "2026-04-10", "Israel silent on Iran spy case",
				"The Israeli prime minister's office, which oversees the Mossad, said on Friday that it would not comment on the case of the Turkish engineer.",
				[]string{"ISR * 011"}},
			{"O5", "2026-04-14", "Turkey calls spying charge absurd",
				"'The charges against our citizen are absurd and have no basis in fact,' Turkish foreign ministry spokesman Oncu Keceli told reporters in Ankara on Tuesday.",
				[]string{"TUR * 016"}},
			{"O6", "2026-04-20", "Pezeshkian's Ankara visit postponed",
				"A visit to Ankara by Iranian President Masoud Pezeshkian that had been planned for next week has been postponed, Turkish officials said on Monday, citing the engineer's detention.",
				[]string{"TUR IRN 16"}},
			{"O7", "2026-05-04", "Iran frees Turkish engineer in prisoner swap",
				"Iran released the Turkish engineer on Monday in exchange for two Iranian nationals held in Turkey on smuggling charges, in a swap brokered by Qatar.",
				[]string{"IRN TUR 08", "TUR IRN 08", "QAT * 04"}},
			{"O8", "2026-05-05", "Iran says it owes no apology; Israel denies link to engineer",
				"Iran's judiciary spokesman said on Tuesday that Tehran had nothing to apologise for in the engineer's case. A Turkish newspaper's report that the engineer had worked for Israeli intelligence was denied on Tuesday by the Israeli prime minister's office.",
				[]string{"IRN * 12", "ISR * 016"}},
		},
		arcs: map[string]string{
			"IRN": "accused (2026-04-09) → rejected (2026-05-05)",
			"TUR": "demanded (2026-04-07) → denied (2026-04-14) → reduced relations (2026-04-20)",
			"ISR": "neither confirmed nor denied (2026-04-10) → denied (2026-05-05)",
		},
	},
	{
		name: "P Eritrean troops in Tigray, denied then acknowledged",
		q: demarche.Question{ID: "tigray", Name: "Eritrean troops in Tigray",
			Terms:  []string{"Eritrean", "Eritrea's", "troops", "soldiers", "forces", "army", "Tigray", "sanction*", "visit", "intelligence"},
			Actors: []string{"ETH", "ERI", "USA"}, Track: []string{"ETH", "ERI", "USA"}},
		reports: []arcReport{
			{"P1", "2021-01-12", "US says Eritrean soldiers are fighting in Tigray",
				"The US State Department said on Tuesday that it had credible reports of Eritrean soldiers fighting in Ethiopia's Tigray region, and called for their immediate withdrawal.",
				[]string{"USA * 01", "USA ERI 10"}},
			{"P2", "2021-01-13", "Addis Ababa denies Eritrean presence",
				"The presence of Eritrean soldiers in Tigray was denied on Wednesday by Ethiopia's government, which called the reports part of a campaign to smear the federal army.",
				[]string{"ETH * 016"}},
			{"P3", "2021-01-15", "Asmara will neither confirm nor deny; Pentagon mum",
				"Eritrea's information minister said on Friday that Asmara would neither confirm nor deny reports about the movements of its army. A Pentagon spokesman said he could not discuss intelligence matters when asked whether US satellites had seen Eritrean columns in Tigray.",
				[]string{"ERI * 011", "USA * 011"}},
			{"P4", "2021-02-03", "US puts off envoy's trip to Asmara",
				"The United States has put off a planned visit to Asmara by its top diplomat for Africa until Eritrean forces leave Tigray, the State Department said on Wednesday.",
				[]string{"USA ERI 16"}},
			{"P5", "2021-03-23", "Abiy admits Eritrean troops entered Tigray",
				"Ethiopian Prime Minister Abiy Ahmed told parliament on Tuesday that Eritrean troops had entered Tigray during the fighting, the first time his government had admitted their presence.",
				[]string{"ETH * 015"}},
			{"P6", "2021-04-16", "Eritrea formally acknowledges its forces are in Ethiopia",
				"In a letter to the UN Security Council made public on Friday, Eritrea formally acknowledged for the first time that its forces were in Ethiopia and said they would pull back.",
				[]string{"ERI * 015", "ERI * 03"}},
			{"P7", "2021-04-20", "Abiy thanks Eritrea for defending the border",
				"Abiy thanked Eritrea on Tuesday for protecting Ethiopia's northern border during the war and said its soldiers had shown great courage.",
				[]string{"ETH ERI 051"}},
			{"P8", "2021-08-23", "US sanctions Eritrean army chief; Asmara cries foul",
				"The United States imposed sanctions on Monday on the chief of staff of Eritrea's army over abuses in Tigray. Washington was punishing Asmara for defending its own border, Eritrea's information ministry said in a statement.",
				[]string{"USA ERI 16", "ERI USA 112"}},
		},
		arcs: map[string]string{
			"ETH": "denied (2021-01-13) → acknowledged (2021-03-23) → praised (2021-04-20)",
			"ERI": "neither confirmed nor denied (2021-01-15) → acknowledged (2021-04-16) → accused (2021-08-23)",
			"USA": "demanded (2021-01-12) → neither confirmed nor denied (2021-01-15) → reduced relations (2021-02-03)",
		},
	},
}
