package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestLeads3Rules checks the constructions fixed after the third blind
// sample of KCNA leads and inner sentences (kcnaleads.go, 81-leads3.txt,
// 34-actors-leads3.txt): each case is a class of wording, in our own
// words, with the cases it must leave alone.
func TestLeads3Rules(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, date, text string
		want             []string // prefixes of "SRC TGT CODE", in any order
	}{
		// envoys' credentials
		{"credentials presented to a head of state", "2012-05-10", "Pae Ung Sik, DPRK ambassador to Nepal, presented his credentials to Nepali President Ram Baran Yadav on May 3.", []string{"PRKGOV NPLGOV 042"}},
		{"credentials received stay hosting", "2012-05-10", "Kim Yong Nam received credentials from the Swedish ambassador to the DPRK on Monday.", []string{"PRKGOV SWEGOV 043"}},
		// dated issues of a magazine
		{"an issue with the leader's photo", "2012-06-02", "The Association of Koreans in Brazil brought out the June issue of its journal with photos of Kim Jong Un.", []string{"BRACVL PRKGOV 010"}},
		{"an issue with no subject", "2012-06-02", "The Association of Koreans in Brazil put out the June issue of its magazine.", []string{"BRACVL --- 010"}},
		// raised subjects of passive verbs of reporting
		{"was reported to have", "2012-06-02", "The Japanese premier was reported to have hurled abuse at the DPRK during his trip.", []string{"JPNGOV PRK 111"}},
		{"a purpose still needs its organiser", "2012-06-02", "A rally was held to denounce the U.S. military drills.", nil},
		// tours
		{"a guest's tour of a place at home", "2012-06-02", "The delegation of the Nepalese Women's Union toured the Kaeson Youth Park on Sunday.", []string{"NPLCVL PRK 042"}},
		{"a tour of another country's cities", "2012-06-02", "The Mansudae Art Troupe of the DPRK made a performance tour of cities of Vietnam.", []string{"PRKCVL VNM 042"}},
		{"a pronoun's tour", "2012-06-02", "They toured the Kaeson Youth Park on Sunday.", nil},
		// meetings told after a statement
		{"when meeting an ambassador", "2012-06-02", "Relations between our two countries will grow, said Malian President Amadou Toumani Toure on June 1 when meeting the DPRK ambassador.", []string{"MLIGOV PRKGOV 040", "PRKGOV MLIGOV 040"}},
		{"when receiving credentials", "2012-06-02", "The Nepali President said this when he received credentials from the DPRK ambassador on June 1.", []string{"NPLGOV PRKGOV 043"}},
		{"a preposed when clause stays background", "2012-06-02", "When meeting the DPRK ambassador last year, the Malian president had praised the DPRK.", []string{"MLIGOV PRK 051"}},
		{"when meeting someone unnamed", "2012-06-02", "The Malian prime minister said this when meeting the visiting delegation.", nil},
		// the content of an appeal goes on in a participle
		{"urged to change, ending", "2012-06-02", "The Bolivian president urged Japan to adopt a new policy, ending the sanctions on the DPRK.", []string{"BOLGOV JPN 02"}},
		// bodies named after their purpose, and after their country
		{"a body named for two purposes", "2012-06-02", "The Council for Peace and Reunification in south Korea sent a condolatory message to the Korean Committee for Solidarity with World People.", []string{"KOR PRKCVL 018"}},
		{"a broadcasting service", "2012-06-02", "The Malian National Broadcasting Service aired a documentary on the DPRK on June 1.", []string{"MLI PRK 010"}},
		// lexicon classes
		{"anger vented", "2012-06-02", "Farmers of Okinawa vented their anger against the U.S. forces on Sunday.", []string{"JPNCVL USAMIL 111"}},
		{"a present made", "2012-06-02", "The Nigerian ambassador made a present to Kim Jong Un on his birthday.", []string{"NGAGOV PRKGOV 051"}},
		{"spoke ill of", "2012-06-02", "The south Korean defence minister spoke ill of the DPRK again.", []string{"KORMIL PRK 111"}},
		{"a mourning period", "2012-01-02", "The Communist Party of Chile declared a three-day mourning period over the demise of leader Kim Jong Il.", []string{"CHLPTY PRKGOV 018"}},
		{"to blame", "2012-06-02", "The Democratic Labor Party of south Korea said that the ruling regime was to blame for the deadlock.", []string{"KORPTY KORGOV 112"}},
		{"a congratulatory visit", "2012-06-02", "Lao figures paid a congratulatory visit to the DPRK embassy in Vientiane on the anniversary of the WPK.", []string{"LAOCVL PRKGOV 051"}},
		// crowds abroad
		{"a crowd's rally against a side", "2012-06-02", "Thousands of people rallied in Manila, the Philippines, on Monday in protest against the U.S. troops.", []string{"PHLCVL USAMIL 141"}},
		{"victims are no crowd acting", "2012-06-02", "Five people were killed in a U.S. drone strike in Yemen on Monday.", []string{"USAMIL YEMCVL 19"}},
		// decorations on the passive's subject
		{"decoration on a foreign envoy", "2012-06-02", "Ali Hassan, Egyptian ambassador to the DPRK, was awarded the DPRK Order of Friendship First Class.", []string{"PRKGOV EGYGOV 051"}},
		{"a decoration at home", "2012-06-02", "Ri Chol, a worker of the Kangson Steel Complex, was awarded the title of DPRK Labor Hero.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: tt.date, Source: "KCNA", Text: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
