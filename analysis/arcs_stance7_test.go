package analysis_test

import "github.com/demarche-project/demarche"

// The seventh stance pass (helper stance7) adds two episodes retold from
// real diplomatic rows of recent years, in our own words and in the
// wire's short sentences: M (2023: the Chinese high-altitude balloon over
// North America; the United States, China, Canada), the pass's tune
// episode, and N (2023: the row between Canada and India over the killing
// of Hardeep Singh Nijjar; Canada, India, the United States), its check
// episode, scored as totals only. Both were written with their wanted
// events and arcs and committed before the coder ran on them. They vary
// the acts of issue 11: regret "that" one's craft strayed, a postponed
// trip, an accusation of overreaction, "declined to say whether", a denial
// with "calling the claims …", a claim about the other side and its
// denial, "made no apologies", a confirmation, credible allegations, an
// expulsion told by a minister, "rejected … as absurd", an order to
// leave, a suspension of visas, a withdrawal of diplomats after a threat.
func init() {
	arcEpisodes = append(arcEpisodes, stance7Episodes...)
	arcFloors[false] += stance7ArcFloor
	arcFloors[true] += stance7CheckFloor
}

// stance7ArcFloor is the least checks M (14) must pass (12 when first
// scored, 14 after the pass); stance7CheckFloor the least N (15) must pass
// (7 when first scored, 11 at the end of the pass: see
// coder/testdata/README.md for why N is no longer a clean check).
const (
	stance7ArcFloor   = 14
	stance7CheckFloor = 11
)

var stance7Episodes = []arcEpisode{
	{
		name: "M a Chinese balloon over North America",
		q: demarche.Question{ID: "balloon", Name: "Chinese balloon over the United States",
			Terms:  []string{"balloon*", "airship*", "airspace", "apolog*", "trip"},
			Actors: []string{"USA", "CHN", "CAN"}, Track: []string{"USA", "CHN", "CAN"}},
		reports: []arcReport{
			{"M1", "2023-02-02", "Pentagon says Chinese spy balloon is over the US",
				"The Pentagon said on Thursday that China had sent a high-altitude surveillance balloon over the northern United States and that it was tracking the craft closely.",
				[]string{"USA CHN 01"}},
			{"M2", "2023-02-03", "China calls balloon a stray weather airship, voices regret",
				"China's foreign ministry said on Friday that the balloon was a civilian airship used mainly for weather research that had been blown off course. The ministry expressed regret that the airship had strayed into US airspace by mistake.",
				[]string{"CHN * 055"}},
			{"M3", "2023-02-03", "Blinken postpones Beijing trip over balloon",
				"US Secretary of State Antony Blinken postponed a planned trip to Beijing on Friday, hours after the balloon was seen over Montana.",
				[]string{"USA CHN 16"}},
			{"M4", "2023-02-05", "US shoots down balloon; China accuses Washington of overreaction",
				"A US fighter jet shot down the balloon off the coast of South Carolina on Saturday. China's foreign ministry accused Washington on Sunday of a clear overreaction and of violating international practice.",
				[]string{"USA * 19", "CHN USA 112"}},
			{"M5", "2023-02-06", "Ottawa will not say whether balloon crossed Canada",
				"Canada's defence ministry declined to say on Monday whether the Chinese balloon had passed over Canadian territory before it entered US airspace.",
				[]string{"CAN * 011"}},
			{"M6", "2023-02-09", "Beijing denies balloon belonged to spy fleet",
				"China denied on Thursday that the balloon belonged to a fleet of spy craft run by its military, calling the US claims part of an information war against China.",
				[]string{"CHN * 016"}},
			{"M7", "2023-02-13", "China says US balloons flew over its territory; White House denies",
				"China's foreign ministry said on Monday that US high-altitude balloons had flown illegally through Chinese airspace more than ten times since the start of last year. The White House denied the claim, saying no US government balloon had flown over China.",
				[]string{"CHN USA 01", "USA * 016"}},
			{"M8", "2023-02-16", "Biden makes no apology for downing balloon; Canada confirms tracking",
				"President Joe Biden said on Thursday that the United States made no apologies for shooting down the Chinese balloon. Canada's defence minister confirmed that Canadian forces had helped track the balloon as it crossed the north of the continent.",
				[]string{"USA * 12", "CAN * 015"}},
		},
		arcs: map[string]string{
			"USA": "reduced relations (2023-02-03) → denied (2023-02-13) → rejected (2023-02-16)",
			"CHN": "apologised (2023-02-03) → accused (2023-02-05) → denied (2023-02-09)",
			"CAN": "neither confirmed nor denied (2023-02-06) → acknowledged (2023-02-16)",
		},
	},
	{
		name:  "N the Canada-India row over a Sikh leader's killing",
		check: true,
		q: demarche.Question{ID: "nijjar", Name: "Canada and India over the killing of Hardeep Singh Nijjar",
			Terms:  []string{"Nijjar", "killing", "diplomat*", "allegation*", "visa*", "intelligence", "evidence", "immunity", "expulsion*"},
			Actors: []string{"CAN", "IND", "USA"}, Track: []string{"CAN", "IND", "USA"}},
		reports: []arcReport{
			{"N1", "2023-09-18", "Trudeau links Indian agents to Sikh leader's killing; Canada expels diplomat",
				"Prime Minister Justin Trudeau told parliament on Monday that there were credible allegations linking agents of the Indian government to the killing of Sikh separatist leader Hardeep Singh Nijjar in June. Canada's foreign minister said Ottawa had expelled a senior Indian diplomat.",
				[]string{"CAN IND 112", "CAN IND 16"}},
			{"N2", "2023-09-19", "India rejects Canada's allegations, expels Canadian diplomat",
				"India's foreign ministry rejected the allegations on Tuesday as absurd and motivated, and ordered a senior Canadian diplomat to leave the country within five days.",
				[]string{"IND * 016", "IND CAN 16"}},
			{"N3", "2023-09-20", "White House will not say if it shared intelligence with Ottawa",
				"The White House declined on Wednesday to say whether the United States had given Canada intelligence about the killing, saying only that it was deeply concerned by the allegations.",
				[]string{"USA * 011"}},
			{"N4", "2023-09-21", "India suspends visas for Canadians",
				"India suspended visa services for Canadian citizens on Thursday, citing threats to the safety of its diplomats in Canada.",
				[]string{"IND CAN 16"}},
			{"N5", "2023-09-22", "Ottawa stays silent on its evidence",
				"Canada's public safety minister would not say on Friday what evidence Ottawa held against India, telling reporters that the investigation was still under way.",
				[]string{"CAN * 011"}},
			{"N6", "2023-09-23", "US envoy confirms Five Eyes intelligence helped Canada",
				"The US ambassador to Canada confirmed on Saturday that intelligence shared among the Five Eyes partners had helped lead Ottawa to its allegations.",
				[]string{"USA * 015"}},
			{"N7", "2023-10-19", "Canada pulls 41 diplomats out of India",
				"Canada withdrew 41 of its diplomats from India on Thursday after New Delhi threatened to strip them of their diplomatic immunity.",
				[]string{"CAN IND 16", "IND CAN 13"}},
			{"N8", "2023-10-20", "India denies breaching Vienna Convention; Trudeau accuses New Delhi",
				"India's foreign ministry rejected Canada's claim that the expulsions had breached the Vienna Convention, saying it had only sought parity in the number of diplomats. Canadian Prime Minister Justin Trudeau accused India of making life unbelievably difficult for millions of people in both countries with its diplomatic expulsions.",
				[]string{"IND * 016", "CAN IND 112"}},
		},
		arcs: map[string]string{
			"CAN": "accused (2023-09-18) → reduced relations (2023-09-18) → neither confirmed nor denied (2023-09-22) → reduced relations (2023-10-19) → accused (2023-10-20)",
			"IND": "denied (2023-09-19) → reduced relations (2023-09-19) → threatened (2023-10-19) → denied (2023-10-20)",
			"USA": "neither confirmed nor denied (2023-09-20) → acknowledged (2023-09-23)",
		},
	},
}
