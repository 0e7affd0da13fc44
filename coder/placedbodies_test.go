package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestPlacedBodies checks bodies and offices placed by a city or region
// (placedbodies.go, dict/data/38-actors-places.txt), in our own words, with
// the cases the rule must leave alone.
func TestPlacedBodies(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, source, date, text string
		want                     []string // prefixes of "SRC TGT CODE", in any order
	}{
		// the office of a place
		{"governor of a province", "KCNA", "2011-11-03", "The governor of Jilin Province held talks with the DPRK delegation.", []string{"CHNGOV PRKGOV 04", "PRKGOV CHNGOV 04"}},
		{"governor of a territory", "KCNA", "2011-11-03", "The governor of the Maritime Territory visited the DPRK consulate general to offer condolences.", []string{"RUSGOV PRK"}},
		{"mayor of a city", "KCNA", "2012-03-02", "The mayor of Osaka denounced the DPRK for its satellite launch.", []string{"JPNGOV PRK"}},
		{"a body of a prefecture", "wire", "2012-03-02", "The assembly of Okinawa Prefecture urged the United States to close the air base.", []string{"JPNGOV USA 02"}},
		// a place before the body's noun
		{"municipal government as modifier", "KCNA", "2012-03-02", "A delegation of the Shenyang Municipal People's Government arrived here on Tuesday.", []string{"CHNGOV PRK 042"}},
		// people and bodies that belong where they are
		{"veterans in a city", "KCNA", "2012-03-02", "War veterans in Vladivostok praised the Korean people for their struggle.", []string{"RUSCVL PRKCVL 051"}},
		{"a citizen in a city", "KCNA", "2012-03-02", "A citizen in Hangzhou lauded the opera staged by the DPRK troupe.", []string{"CHNCVL"}},
		{"a company in a country", "KCNA", "2012-03-02", "A company in Russia sent a floral basket to Kim Jong Un.", []string{"RUSBUS PRKGOV 051"}},
		{"a publishing house in a country", "KCNA", "2012-03-02", "A publishing house in Brazil brought out a booklet of Kim Il Sung's works.", []string{"BRAMED PRKGOV 010"}},
		{"an officer of a company placed in a city", "KCNA", "2012-03-02", "Li Wen, manager of a trading company in Wuhan, praised the DPRK for its successes.", []string{"CHNBUS PRK 051"}},
		{"believers of a church", "KCNA", "2012-03-02", "Believers of a Protestant church in south Korea denounced the puppet authorities.", []string{"KORREL KORGOV 111"}},
		// residence participles the tagger read as nouns
		{"a compatriot living abroad", "KCNA", "2012-11-03", "A compatriot living in Canada denounced the south Korean puppet group for its smear campaign.", []string{"CAN KORGOV 111"}},
		{"Koreans residing abroad", "KCNA", "2012-11-03", "Koreans residing in Japan denounced the south Korean puppet group.", []string{"JPN KORGOV 111"}},
		// left alone
		{"an embassy in a capital keeps its own country", "KCNA", "2012-03-02", "The DPRK embassy in Moscow hosted a reception for Russian officials.", []string{"PRKGOV RUS"}},
		{"a delegation in a city is not the city's", "KCNA", "2012-03-02", "The delegation in Vladivostok praised the DPRK.", nil},
		{"an epithet of a mountain is no garrison", "KCNA", "2012-03-02", "Flowers were laid on behalf of units once visited by the commanders of Mt. Paektu.", nil},
		{"a place after a verb is not a body's", "KCNA", "2012-03-02", "Kim Jong Un received a gift from a company in Dandong.", []string{"CHNBUS PRKGOV 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: tt.date, Source: tt.source, Text: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}

// TestNamedPeople checks the office holders of dict/data/38-actors-people.txt
// (and the short forms added to the people files), named without title or
// country, in our own words.
func TestNamedPeople(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, date, text string
		want             []string
	}{
		{"a state councilor by name", "2011-08-20", "Dai Bingguo lauded the DPRK for its efforts to ease tension.", []string{"CHNGOV PRK 051"}},
		{"a party official by name", "2012-08-02", "Wang Jiarui held talks with the visiting DPRK delegation.", []string{"CHNPTY PRKGOV 04", "PRKGOV CHNPTY 04"}},
		{"a negotiator by surname", "2011-09-20", "Erekat denounced the Israeli plan to build more settlements.", []string{"PSEGOV ISR 111"}},
		{"a president by surname", "2012-03-02", "Correa criticized the United States for its blockade against Cuba.", []string{"ECUGOV USA 111"}},
		{"an ambassador by a KCNA spelling", "2012-06-02", "Alexandr Timonin lauded the DPRK for its achievements.", []string{"RUSGOV PRK 051"}},
		{"a party leader with initials", "2011-12-22", "V.V. Zhirinovsky expressed condolences to the Korean people.", []string{"RUSPTY PRKCVL 018"}},
		{"a former king keeps his code", "2011-05-02", "Great King Norodom Sihanouk sent a message of greetings to Kim Jong Il.", []string{"KHMGOV PRKGOV 051"}},
		{"a sultan by title and name", "2015-09-25", "Sultan Qaboos bin Said received the Iranian foreign minister.", []string{"OMNGOV IRNGOV 04"}},
		// abbreviations of 38-actors-abbreviations.txt
		{"a south Korean party by its initials", "2011-11-25", "The GNP railroaded the FTA ratification bill, denouncing the opposition.", []string{"KORPTY"}},
		{"Japan's forces by their initials", "2012-03-02", "The GSDF staged a joint drill with the U.S. forces.", []string{"JPNMIL --- 15", "USAMIL --- 15"}},
		{"the Chinese army by its initials", "2011-07-11", "A delegation of the CPLA arrived in Pyongyang on Sunday.", []string{"CHNMIL PRKGOV 042"}},
		{"a children's union by its initials", "2012-06-06", "The KCU denounced the U.S. for its crimes against Korean children.", []string{"PRKCVL USA 11"}},
		// KCNA's designations of the Lee Myung Bak government (38-actors-kcna-designations.txt)
		{"the Lee group", "2012-03-02", "The Lee group slandered the DPRK's satellite launch.", []string{"KORGOV PRK"}},
		{"traitor Lee", "2012-03-02", "Traitor Lee denounced the DPRK for its satellite launch.", []string{"KORGOV PRK 11"}},
		{"a group of traitors as target", "2012-03-02", "South Korean students denounced the Lee group of traitors for its confrontation moves.", []string{"KOREDU KORGOV 111"}},
		{"initials in lower case are not the body", "2012-03-02", "The gnp of the country grew by three per cent, officials said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: tt.date, Source: "KCNA", Text: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}

// TestSpeakerOfficials checks the speaking state's own officials in a
// government's statement (dict/data/38-actors-speaker.txt).
func TestSpeakerOfficials(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, text string
		want                []string
	}{
		{"my prime minister signs with another", "ETH", "Last month my Prime Minister and the President of Eritrea signed a peace agreement.", []string{"ETHGOV ERIGOV 057", "ERIGOV ETHGOV 057"}},
		{"our president on a third country", "NIC", "Our President has said that Colombia shows there is no military solution to such wars.", []string{"NICGOV COL 01"}},
		{"the Assembly's President is not the speaker's", "NIC", "I congratulate the President on his election.", []string{"NICGOV IGOUNO 051"}},
		{"our parliament is left alone", "MNG", "Last year our Parliament approved the national development agenda.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: "2019-09-25", Source: "UNGD", Country: tt.country, Text: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
