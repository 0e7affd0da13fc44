package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestFreshRules checks the analysis added after the fresh blind sample of
// issue 11 (century.go, names.go, redundant.go, 60-kcna-fresh.txt): each
// case is a class of construction, written in our own words.
func TestFreshRules(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, date, text string
		headline         bool
		want             []string // prefixes of "SRC TGT CODE", in order
	}{
		{"a past century as the object", "2012-05-02", "The chairman of the Peruvian Group for the Study of the Juche Idea said Kim Il Sung made the 20th century an era of independence.", false, []string{"PERCVL PRKGOV 051"}},
		{"a past century dates the clause", "2012-05-02", "In the 19th century Japan invaded Korea.", false, nil},
		{"a body named after a leader, abroad", "2012-05-02", "The Kim Il Sung Library in Peru posted an article about the DPRK on its website.", false, []string{"PER PRK 010"}},
		{"a passive infinitive headline", "2012-05-02", "Day of the Sun to Be Marked in Brazil", true, nil},
		{"a headline list without and", "2012-05-02", "Kim Jong Il's Songun Politics Praised by Parties of Nepal, Mali", true, []string{"NPLPTY PRKGOV 051", "MLIPTY PRKGOV 051"}},
		{"a statement is what it does", "2012-05-02", "The Korean Institute for Reunification issued a report laying bare the crimes of the U.S.", false, []string{"PRKEDU USA 11"}},
		{"a demonstration's protest is one event", "2012-05-02", "Thousands of Pakistanis held a demonstration in Lahore to protest against the U.S. drone attacks.", false, []string{"PAKCVL USAMIL 14"}},
		{"in the name of a body", "2012-05-02", "A floral basket was laid before the statue of Kim Il Sung in the name of the Cuban embassy.", false, []string{"CUBGOV PRKGOV 051"}},
		{"a courtesy call is a meeting", "2012-05-02", "Foreign Minister Pak Ui Chun paid a courtesy call on the president of Mongolia.", false, []string{"PRKGOV MNGGOV 040", "MNGGOV PRKGOV 040"}},
		{"a weekday after a leader's name", "2011-05-02", "Kim Jong Il Thursday sent warm greetings to the Ghanaian president.", false, []string{"PRKGOV GHAGOV 051"}},
		{"state councilor is an apposition", "2011-05-02", "Kim Jong Il received Li Wenhua, state councilor of China, and his party.", false, []string{"PRKGOV CHN 043"}},
		{"a preposed when clause", "2012-05-02", "When meeting the press, the Venezuelan foreign minister denounced the U.S. sanctions.", false, []string{"VENGOV USA 111"}},
		{"a body headquartered abroad", "2012-05-02", "Juan Perez, chairman of the Friendship Association headquartered in Chile, issued a statement on the anniversary of the Workers' Party of Korea.", false, []string{"CHLCVL PRKPTY 010"}},
		{"a name with particles", "2012-05-02", "Kim Jong Un received a message of condolences from Sheikh Tamim Bin Ali Bin Saif Al-Kuwari, prime minister of Qatar.", false, []string{"QATGOV PRKGOV 018"}},
		{"the Moldovan Republic", "2012-05-02", "Kim Jong Un received a message of condolences from the chairman of the Party of Communists of the Moldovan Republic.", false, []string{"MDAPTY PRKGOV 018"}},
		{"leaving a city after a visit", "2012-05-02", "Kim Yong Nam left Maputo on Friday after winding up his official visit to Mozambique.", false, []string{"PRKGOV MOZ 042"}},
		{"an abbreviated agent", "2011-05-02", "Kim Jong Il was presented with a floral basket on Friday by the C.C., the Communist Party of Vietnam.", false, []string{"VNMPTY PRKGOV 051"}},
		{"Said inside a name", "2012-05-02", "A delegation led by Foreign Minister Ahmed Said Kamara visited the DPRK embassy in Freetown to express condolences on the demise of Kim Jong Il.", false, nil},
		{"a quantifier opens the subject", "2012-05-02", "At least 20 civic groups of south Korea demanded that the authorities scrap the security law.", false, []string{"KORCVL KORGOV 10"}},
		{"a name that goes on before its title", "2012-05-02", "Kim Jong Un received condolences in a message from Joseph Kabila Kabange, president of Democratic Congo.", false, []string{"CODGOV PRKGOV 018"}},
		{"plural condolatory visits", "2012-05-02", "Officials of the People's Party of Cambodia paid condolatory visits to the DPRK embassy in Phnom Penh.", false, []string{"KHMPTY PRKGOV 018"}},
		{"calling at an embassy", "2012-05-02", "A delegation of the government of Laos called at the DPRK embassy in Vientiane to express condolences over the demise of Kim Jong Il.", false, []string{"LAOGOV PRKGOV 018"}},
		{"plural deals", "2012-05-02", "Nepal and Bhutan have signed three trade deals.", false, []string{"NPL BTN 057", "BTN NPL 057"}},
		{"an ultimatum sent", "2012-05-02", "The Supreme Command of the Korean People's Army sent a final ultimatum to the Lee Myung Bak group.", false, []string{"PRKMIL KORGOV 139"}},
		{"an agency conveys news", "2012-05-02", "Reuters conveyed the news of a new hydropower station built in the DPRK.", false, []string{"GBRMED PRK 010"}},
		{"a monarch's numeral", "2012-05-02", "Kim Jong Un on Tuesday received a message of sympathy from Juan Carlos I, king of Spain.", false, []string{"ESPGOV PRKGOV 018"}},
		{"content subject joined by and", "2012-05-02", "The chairman of the Germany-Korea Friendship Society said the exploits of Kim Jong Il for his country and world peace would shine forever.", false, []string{"DEUCVL PRKGOV 051"}},
		{"content verb tagged as a participle", "2012-05-02", "Chavez said the United States and its allies sought to isolate Bolivia.", false, []string{"VENGOV USA"}},
		{"a passive commemoration with its agent", "2012-05-02", "Day of the Sun Observed by Indian Party", true, []string{"INDPTY"}},
		{"a passive commemoration without agent", "2012-05-02", "Day of the Sun Observed Abroad", true, nil},
		{"the DPRK's order awarded", "2012-05-02", "Order of DPRK Friendship First Class was awarded to the ambassador of Mongolia here.", false, []string{"PRKGOV MNGGOV 051"}},
		{"a title awarded to the leader", "2012-05-02", "Kim Jong Un was awarded the honorary title of Peru.", false, nil},
		{"a Korean body headquartered abroad", "2012-05-02", "The Korean Friendship Association headquartered in Spain posted on its website an article about the DPRK.", false, []string{"ESPCVL PRK 010"}},
		{"envoys of different countries to named hosts", "2012-01-02", "Diplomatic envoys of different countries to Chile, Peru and Cuba paid condolatory visits to the DPRK missions in those countries.", false, nil},
		{"a title conferred at home", "2012-05-02", "The title of Labour Hero was awarded to Kim Jong Un.", false, nil},
		{"talks between two sides held", "2012-05-02", "The third talks on cooperation in the fields of health and medicine between the Ministry of Public Health of the DPRK and the Ministry of Health of Laos were held here.", false, []string{"PRKGOV LAOGOV 040", "LAOGOV PRKGOV 040"}},
		{"pages given to an anniversary", "2012-05-02", "Papers of Nepal gave special articles to the birthday of Kim Jong Il.", false, []string{"NPLMED PRKGOV 010"}},
		{"the gist of a leader's speech carried", "2012-05-02", "The Communist Party of Greece carried on its website the gist of the speech made by Kim Jong Un.", false, []string{"GRCPTY PRKGOV 010"}},
		{"a domestic paper's pages", "2012-05-02", "Minju Joson Tuesday dedicates an article to the 20th anniversary of leader Kim Jong Il's work on education.", false, nil},
		{"an old report's content", "2012-05-02", "A newspaper of Britain reported in its issue in 1951 that an American general said that the U.S. planned the war.", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: tt.date, Source: "KCNA", Text: tt.text}
			if tt.headline {
				doc.Text, doc.Title = "", tt.text // a document with a title only is coded as a headline
			}
			checkCodePrefixes(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
