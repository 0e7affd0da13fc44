package coder

import "testing"

// kcnaSecondActRules are the classes of KCNA sentences of several acts and
// actors this work reads (coder/pairbodies.go, cosenders.go,
// restatednouns.go; dict/data/99-kcna-second-acts.txt), in sentences
// written for this test (invented events between real states). A want is
// "SRC TGT CODE" as in TestKCNASilentRules; "-" wants no event, "!SRC TGT
// CODE" wants that event absent.
var kcnaSecondActRules = []struct{ date, text, want string }{
	// a body named after a pair of countries is its first country's; the
	// second is no actor
	{"2012-06-01", "Kim Jong Un received a present from the Nepal-Korea Friendship Society.", "NPL PRKGOV 051"},
	{"2012-06-01", "Kim Jong Un received a present from the Nepal-Korea Friendship Society.", "!KOR PRKGOV 051"},
	{"2012-06-01", "Kim Jong Un received a present from the Nepal-Korea Friendship Society.", "!NPL KOR 051"},
	// so a meeting with its delegation is coded both ways, and not with Korea
	{"2012-06-01", "Choe Thae Bok held talks with the delegation of the Austria-Korea Parliamentary Friendship Group, which its chairman led.", "AUTLEG PRKLEG 040"},
	{"2012-06-01", "Choe Thae Bok held talks with the delegation of the Austria-Korea Parliamentary Friendship Group, which its chairman led.", "!PRKLEG KORLEG 040"},
	{"2012-06-01", "The Peru-DPRK Committee issued a statement denouncing the United States.", "PER USA 111"},
	// a joint body of the two stays both sides'
	{"2012-06-01", "The DPRK-Cuba Joint Economic Committee held its session in Havana.", "!CUB PRK 040"},
	// an alliance of two states is no body of one of them; "All-India" no pair
	{"2012-06-01", "Rodong Sinmun denounced the U.S.-Japan alliance.", "PRKMED JPN 111"},
	{"2012-06-01", "The All-India Youth Federation issued a statement denouncing the United States.", "INDCVL USA 111"},
	// a topic named by a pair is no body
	{"2012-06-01", "Kim Yong Nam sent a message to the President of Mongolia, expressing the hope that DPRK-Mongolia friendship would grow.", "PRKGOV MNGGOV 051"},

	// senders listed after the first sender's apposition
	{"2012-04-14", "Kim Jong Un received messages of greeting from Alberto Ruiz Pena, chairman of the Communist Party of Chile, and Ole Haraldsen, leader of the Socialist League of Norway, on the occasion of the Day of the Sun.", "CHLPTY PRKGOV 051"},
	{"2012-04-14", "Kim Jong Un received messages of greeting from Alberto Ruiz Pena, chairman of the Communist Party of Chile, and Ole Haraldsen, leader of the Socialist League of Norway, on the occasion of the Day of the Sun.", "NOR PRKGOV 051"},
	{"2012-04-14", "Kim Jong Un received messages of greeting from Alberto Ruiz Pena, chairman of the Communist Party of Chile, and Ole Haraldsen, leader of the Socialist League of Norway, on the occasion of the Day of the Sun.", "!CHLPTY NOR 051"},
	{"2012-04-14", "Kim Jong Un received gifts from Pedro Alvarez Luna, ambassador of Cuba, Tran Van Minh, ambassador of Vietnam, and Sergei Orlov, ambassador of Russia.", "VNMGOV PRKGOV 051"},
	{"2012-04-14", "Kim Jong Un received gifts from Pedro Alvarez Luna, ambassador of Cuba, Tran Van Minh, ambassador of Vietnam, and Sergei Orlov, ambassador of Russia.", "RUSGOV PRKGOV 051"},
	// the same lists as a subject, inverted or not, and as whom one met
	{"2012-10-01", "A delegation of the Workers' Party of Belgium and Paulo Mendes, international secretary of the Portuguese Communist Party, arrived here on Monday.", "PRTPTY PRK 042"},
	{"2012-10-01", "Leaving here on Monday were the delegation of the Vietnamese Ministry of Culture and Jan Kowalski, chairman of the Polish Friendship Society.", "POLCVL PRK 042"},
	{"2012-10-01", "Pak Ui Chun met and had a talk with Juan Perez, new ambassador of Chile, and Ahmed Saleh, new ambassador of Yemen.", "YEMGOV PRKGOV 040"},
	// a later phrase that opens a clause of its own is no conjunct
	{"2012-10-01", "The city of Havana presented a gift to Kim Jong Un, and Santa Clara District, Lima City, Peru awarded him a title.", "!CUBGOV PERGOV 051"},
	// "and its secretary general": the first sender's own official
	{"2012-04-14", "Kim Jong Un received a message from Ana Silva, chairwoman of the Workers' Party of Brazil, and its general secretary.", "!PRKGOV PRKGOV 051"},

	// a visit to mark the visitor's own national day is the visit
	{"2012-10-01", "The Ghanaian ambassador and his staff visited a kindergarten in Pyongyang to mark the 55th anniversary of the independence of Ghana.", "GHAGOV PRKGOV 042"},
	{"2012-10-01", "The Ghanaian ambassador and his staff visited a kindergarten in Pyongyang to mark the 55th anniversary of the independence of Ghana.", "!GHAGOV GHA 051"},
	// a visit to mark another's occasion stays the tribute
	{"2012-10-01", "The Ghanaian ambassador visited the Mansudae Art Studio to mark the birthday of Kim Il Sung.", "GHAGOV PRKGOV 051"},
	// a reception for the host's own day stays its celebration
	{"2012-10-01", "The Ghanaian ambassador hosted a reception at his embassy to mark the 55th anniversary of the independence of Ghana.", "GHAGOV GHA 051"},

	// a greeting on arrival is protocol, the arrival the event
	{"2012-10-01", "The delegation of the Malian parliament arrived here on Friday and was greeted at the airport by Choe Thae Bok.", "MLILEG PRK 042"},
	{"2012-10-01", "The delegation was greeted at the airport by Choe Thae Bok and the Malian ambassador.", "-"},
	{"2012-10-01", "On arrival he was welcomed by the commanding officers of the unit.", "-"},
	// greeting someone at a meeting stays a meeting
	{"2012-10-01", "Kim Yong Nam met the Malian delegation at the airport.", "MLIGOV PRKGOV 040"},

	// the leader of a delegation on a visit, named by "who is leading"
	{"2012-10-01", "Kim Yong Nam got a gift from Jorge Ramos of the Chilean party who is heading the delegation of the party on a friendship visit to the DPRK.", "CHL PRK 042"},
	{"2012-10-01", "Ana Ruiz, chairwoman of the Spanish Friendship Committee who heads its delegation on a visit to the DPRK, gave Kim Jong Un a vase.", "ESP PRK 042"},
	{"2012-10-01", "Mayor Ivan Sidorov, who leads the city's delegation on its visit to the DPRK, gave the gift.", "!PRKGOV PRK 042"},

	// an act done at a meeting: the meeting too, both ways
	{"2012-10-01", "The Bolivian president denounced the U.S. blockade at talks with the visiting Cuban foreign minister.", "BOLGOV USA 111"},
	{"2012-10-01", "The Bolivian president denounced the U.S. blockade at talks with the visiting Cuban foreign minister.", "BOLGOV CUBGOV 040"},
	{"2012-10-01", "The Bolivian president denounced the U.S. blockade at talks with the visiting Cuban foreign minister.", "CUBGOV BOLGOV 040"},
	{"2012-10-01", "The Kenyan governor called in a meeting with the British envoy for the return of the land.", "GBRGOV KENGOV 040"},
	// an interview is no meeting
	{"2012-10-01", "The Iranian foreign minister denounced the sanctions in an interview with a Russian paper.", "!IRNGOV RUSMED 040"},

	// "of the C.C., the X Party": the party names the committee's country
	{"2012-07-01", "The WPK gave a banquet for the delegation of the International Department of the C.C., the Communist Party of Vietnam.", "PRKPTY VNMPTY 043"},
	{"2012-07-01", "Kim Yong Nam met and talked with the visiting delegation of the C.C., the Lao People's Revolutionary Party.", "LAOPTY PRKGOV 040"},
	// one side's person and his own party meet no one among themselves
	{"2012-07-01", "Choe Thae Bok, a secretary of the C.C., the Workers' Party of Korea, met foreign delegations.", "PRKLEG --- 040"},

	// a talk "with him" after receiving or meeting him: both ways
	{"2012-10-01", "Kim Yong Nam received the Peruvian ambassador and had a friendly talk with him.", "PERGOV PRKGOV 040"},
	{"2012-10-01", "The Chilean ambassador paid a courtesy call on Pak Ui Chun and had a talk with him.", "PRKGOV CHLGOV 040"},

	// the noun of the verb's act is not an act of its own toward the next phrase
	{"2012-04-14", "Kim Jong Un received a gift from the Chinese Friendship Committee and Vu Xuan Hong, head of the Union of Friendship Organizations of Vietnam.", "!CHNCVL VNMCVL 051"},
}

// kcnaSecondActHeadlines: a headline's comma joins nationality adjectives
// sharing one noun (coder/headlinelists.go).
var kcnaSecondActHeadlines = []struct{ text, want string }{
	{"Kim Jong Un Receives Greetings from Malian, Syrian Leaders", "MLIGOV PRKGOV 051"},
	{"Kim Jong Un Receives Greetings from Malian, Syrian Leaders", "SYRGOV PRKGOV 051"},
	{"Kim Yong Nam Meets Namibian, Angolan Delegations", "AGOGOV PRKGOV 040"},
	{"Kim Jong Il's Works Praised by Peruvian, Danish Figures", "PERCVL PRKGOV 051"},
	{"Kim Jong Il's Works Praised by Peruvian, Danish Figures", "DNKCVL PRKGOV 051"},
}

func TestKCNASecondActHeadlines(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range kcnaSecondActHeadlines {
		_, events, err := c.ExplainSpeaker(tt.text, "2012-03-01", "KCNA", "", true)
		if err != nil {
			t.Fatal(err)
		}
		checkWant(t, tt.text, tt.want, events)
	}
}

func TestKCNASecondActRules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range kcnaSecondActRules {
		_, events, err := c.ExplainSpeaker(tt.text, tt.date, "KCNA", "", false)
		if err != nil {
			t.Fatal(err)
		}
		checkWant(t, tt.text, tt.want, events)
	}
}
