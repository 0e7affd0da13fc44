package coder

import (
	"testing"
)

// kcnaActRules are the classes of KCNA acts this pass codes
// (coder/kcnaacts.go, dict/data/99-kcna-acts.txt), each in sentences
// written for this test (invented events between real states). A want is
// "SRC TGT CODE" as in TestKCNASilentRules; "-" wants no event at all, and
// "!SRC TGT CODE" wants that event absent.
var kcnaActRules = []struct{ date, text, want string }{
	// a message's opening "I, on behalf of X, express …": the verb the
	// tagger reads as a noun
	{"2011-12-22", "I, on behalf of the government and people of Mali, express the deepest condolences over the demise of leader Kim Jong Il.", "MLI PRKGOV 018"},
	{"2011-12-22", "I, on behalf of the members of the Peruvian Communist Party and on my own behalf, express heartfelt condolences to you.", "PER --- 018"},
	{"2012-02-16", "We, on behalf of the people of Laos, extend warm congratulations to Kim Jong Un on the birthday of leader Kim Jong Il.", "LAO PRKGOV 051"},
	{"2012-09-09", "I, on behalf of the Nepalese government, convey sincere thanks to the DPRK for its help.", "NPL PRK 051"},
	// the same wrapped in a wish ("would like to", "wish to"): performed
	{"2012-01-10", "I, on behalf of the people of Ghana and on my own, would like to extend warm congratulations to Kim Jong Un on his election.", "GHA PRKGOV 051"},
	{"2012-01-10", "On behalf of the government and people of Zambia I wish to express our deep condolences to the government and people of the DPRK.", "ZMB PRK 018"},
	// the "on behalf of" phrase after the verb is the sender, not whom he
	// greets: the next actor of another country, or none
	{"2012-09-09", "I warmly congratulate Your Excellency on behalf of the government and people of Uganda upon your election as first secretary of the WPK.", "UGA PRKPTY 051"},
	{"2012-09-09", "I warmly congratulate Your Excellency on behalf of the government and people of Uganda upon your election as first secretary of the WPK.", "!UGA UGA 051"},
	// a wish with no "on behalf of": a pronoun, no source
	{"2012-01-10", "I would like to extend warm congratulations to Kim Jong Un on his election.", "-"},
	// a pronoun subject with a verb of its own keeps reading as before
	{"2011-12-22", "He, on behalf of the prime minister of Bangladesh, expressed condolences to the Korean people.", "BGD PRK 018"},
	// not a message's opening: nothing changes
	{"2011-12-22", "I, on behalf of the people of Chile, express.", "-"},

	// "talked nonsense that …": a statement toward the side its content
	// names, as "said that"
	{"2012-01-05", "The south Korean defence minister talked nonsense that the north policy of the DPRK had failed.", "KORMIL PRK 010"},
	{"2012-01-05", "He talked nonsense that the DPRK would collapse.", "-"},

	// a troupe "on a performance tour of" a country visits it
	{"2012-03-01", "The national circus of the DPRK on a performance tour of Vietnam gave shows in Hanoi and Haiphong.", "PRK VNM 042"},
	{"2012-03-01", "The Mongolian song and dance ensemble, on a concert tour of Russia, performed in Irkutsk.", "MNG RUS 042"},
	// "X and his party on a visit to …": X's visit, beside the host's act
	{"2011-08-15", "Kim Jong Il received Ivan Petrov, a regional governor of Russia, and his party on a visit to the DPRK.", "RUS PRK 042"},
	{"2011-08-15", "Kim Jong Il received Ivan Petrov, a regional governor of Russia, and his party on a visit to the DPRK.", "PRKGOV RUS 043"},
	// a commemoration held by a named body: praise of the leader
	{"2012-04-15", "Koreans in China held celebrations of the birth anniversary of President Kim Il Sung in Yanji.", "CHNCVL PRKGOV 051"},
	{"2012-04-15", "A meeting of the Peruvian Friendship Society took place in Lima to commemorate the centenary of the birth of Kim Il Sung.", "PER PRKGOV 051"},
	// a body named for the anniversary does not make its meeting one
	{"2012-01-10", "A meeting of the Bolivian Committee for Celebrating the Centenary of Kim Il Sung was held in La Paz.", "-"},
	// no organiser named: nothing
	{"2012-04-15", "Events took place in many countries to commemorate the birthday of Kim Il Sung.", "-"},

	// "his demise": the one person the sentence names besides the source
	{"2011-12-25", "Soldiers of the Korean People's Army visited the palace where the bier of leader Kim Jong Il is kept and expressed condolences over his demise.", "PRKMIL PRKGOV 018"},
	{"2011-12-25", "Leaders of the Vietnamese party bowed before the portrait of Kim Jong Il, expressing deep condolences on his passing.", "VNM PRKGOV 018"},
	// no person named, or two besides the source: no target
	{"2011-12-25", "Koreans in Kazakhstan expressed deep condolences over his demise.", "KAZCVL --- 018"},
	{"2011-12-25", "Officials of the Kazakh government, who had met Kim Il Sung and Kim Jong Il, expressed condolences over his demise.", "KAZGOV --- 018"},
}

// kcnaActHeadlines are headlines: a hyphenated pair "U.S.-S. Korea" is
// two targets, in a claim told before a colon speaker as after a verb.
var kcnaActHeadlines = []struct{ text, want string }{
	{"Mongolian Party Censures US-S. Korea Naval Drills", "MNG KOR 111"},
	{"Mongolian Party Censures US-S. Korea Naval Drills", "MNG USA 111"},
	{"Japan-U.S. Naval Drills Are Threat to Asia: Russian Paper", "RUSMED JPN 111"},
	{"Japan-U.S. Naval Drills Are Threat to Asia: Russian Paper", "RUSMED USA 111"},
}

func TestKCNAActHeadlines(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range kcnaActHeadlines {
		_, events, err := c.ExplainSpeaker(tt.text, "2012-03-01", "KCNA", "", true)
		if err != nil {
			t.Fatal(err)
		}
		if !wantFound(events, tt.want) {
			t.Errorf("%q: want %s, got %q", tt.text, tt.want, eventLines(events))
		}
	}
}

func TestKCNAActRules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range kcnaActRules {
		_, events, err := c.ExplainSpeaker(tt.text, tt.date, "KCNA", "", false)
		if err != nil {
			t.Fatal(err)
		}
		checkWant(t, tt.text, tt.want, events)
	}
}
