package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/nlp"
)

// TestGovernmentVoice checks the formulas of governments' own statements
// (voice.go, 55-verbs-government-voice.txt, SPEAKER_VENUE,
// PERFORMATIVE_FRAMES), in sentences written for the test.
func TestGovernmentVoice(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in order
	}{
		{"opportunity frame", "NER", "2016-09-25", "I take this opportunity to appeal to the donors of the Sahel to honour their pledges.", []string{"NERGOV --- 02"}},
		{"pleasure frame", "PER", "2016-09-25", "It gives me great pleasure to congratulate Mr. Peter Thomson on his election.", []string{"PERGOV IGOUNO 051"}},
		{"pleased frame", "CHL", "2016-09-25", "We are pleased to welcome the decision of Colombia to sign the peace accord.", []string{"CHLGOV COL 051"}},
		{"venue body", "NPL", "2018-09-25", "I appeal to this body to adopt the convention without delay.", []string{"NPLGOV IGOUNO 02"}},
		{"venue organisation", "SEN", "2018-09-25", "Senegal supports the efforts of our Organization in the Sahel.", []string{"SEN IGOUNO 051"}},
		{"venue predecessor", "BEN", "2018-09-25", "I also thank your predecessor for his tireless work.", []string{"BENGOV IGOUNO 051"}},
		{"office named", "ZAF", "2018-09-25", "Madam President, allow me to congratulate you on your election to the presidency of the General Assembly at this session.", []string{"ZAFGOV IGOUNO 051"}},
		{"owner skipped", "IRL", "2018-09-25", "I wish to express Ireland's gratitude to the Secretary-General for his leadership.", []string{"IRLGOV IGOUNO 051"}},
		{"welcome a thing", "NOR", "2018-09-25", "We welcome Ethiopia's decision to make peace with Eritrea.", []string{"NORGOV ETH 051"}},
		{"welcome a visitor", "", "2018-09-25", "The Mongolian president welcomed the Japanese delegation.", []string{"MNGGOV JPNGOV 043"}},
		{"agent of the endorsed", "TUN", "2018-09-25", "We support the road map adopted by the African Union for Libya.", []string{"TUNGOV IGOAFRAFU 051"}},
		{"commitment", "FJI", "2018-09-25", "We reaffirm our commitment to work with all partners on the oceans.", []string{"FJIGOV --- 030"}},
		{"acknowledge and commend", "LBR", "2015-09-25", "I wish to acknowledge and commend Cuba for the doctors it sent to fight Ebola.", []string{"LBRGOV CUB 051"}},
		{"recognize that", "DNK", "2018-09-25", "We recognize that the climate crisis threatens every nation.", nil},
		{"accept that", "NZL", "2018-09-25", "I accept that the demands on all of us are great.", nil},
		{"singled out", "GRD", "2018-09-25", "We thank all who stood by us after the hurricane, especially the Government of Cuba.", []string{"GRDGOV CUBGOV 051"}},
		{"force noun", "", "2022-09-25", "On Monday the army of Azerbaijan launched a large-scale offensive against Armenia.", []string{"AZEMIL ARM 190"}},
		{"force noun, no target", "", "2022-09-25", "The government launched a war on poverty.", nil},
		{"speaker's must", "POL", "2022-09-25", "Russia must withdraw its troops from Ukraine.", []string{"POLGOV RUS 020"}},
		{"must in a condition", "POL", "2022-09-25", "If Russia should attack Poland, we will defend ourselves.", nil},
		{"need to, first person", "SGP", "2019-09-25", "All of us need to work together against piracy.", nil},
		{"preposed as-phrase", "PER", "2019-09-25", "As a non-permanent member of the Security Council, Peru reaffirms its willingness to help.", []string{"PER --- 030"}},
		{"recognizing a value", "SLE", "2019-09-25", "We champion inclusion, recognizing the intrinsic value of every person.", []string{"SLEGOV --- 051"}},
		{"polite would", "YEM", "2019-09-25", "I would urge the Government of Mali to hold the elections soon.", []string{"YEMGOV MLIGOV 02"}},
		{"would after a condition", "YEM", "2019-09-25", "If asked, we would condemn such an act.", nil},
		{"dated agreement", "GEO", "2019-09-25", "We call on Russia to implement the EU-mediated 2008 ceasefire agreement.", []string{"GEOGOV RUS 02"}},
		{"made an appeal", "BHR", "2024-09-25", "We make an urgent appeal to Israel to lift the blockade.", []string{"BHRGOV ISR 020"}},
		{"call for a named thing", "LSO", "2015-09-25", "We make an urgent call for the Doha Development Agenda to be brought to a close.", []string{"LSOGOV --- 020"}},
		{"begin by offering", "BHR", "2024-09-25", "I would like to begin by offering my warm congratulations to you, Sir, on your election as President of this session of the General Assembly.", []string{"BHRGOV IGOUNO 051"}},
		{"Paris Agreement", "VUT", "2019-09-25", "We support the Paris Agreement on climate change.", []string{"VUTGOV --- 051"}},
		{"gratitude, not commitment", "CAF", "2019-09-25", "I reiterate my gratitude to Secretary-General Guterres for his tireless commitment to peace.", []string{"CAFGOV IGOUNO 051"}},
		{"owner's commitment", "NGA", "2019-09-25", "I would like to reaffirm the Nigerian Government's unwavering commitment to fighting corruption.", []string{"NGAGOV --- 030"}},
		{"everyone must", "HTI", "2019-09-25", "The international community must support the people of the Sahel.", []string{"HTIGOV --- 020"}},
		{"our partners must", "HTI", "2019-09-25", "Our partners must support us.", nil},
		{"came to the aid", "DOM", "2019-09-25", "The Dominican people came to the aid of their Haitian neighbours.", []string{"DOMCVL HTI 070"}},
		{"join in condemning", "EST", "2022-09-25", "We join the European Union in condemning the attack by Russia.", []string{"ESTGOV RUS 111"}},
		{"split infinitive", "NPL", "2017-09-25", "I wish to warmly congratulate Mr. António Guterres on his appointment.", []string{"NPLGOV IGOUNO 051"}},
		{"on behalf of, I would like", "YEM", "2014-09-25", "On behalf of the Government of Yemen, I would like to congratulate Uganda on the election of its minister.", []string{"YEMGOV UGA 051"}},
		{"grateful to all", "SRB", "2019-09-25", "We are grateful to all those who have stood by us.", []string{"SRBGOV --- 051"}},
		{"call from the rostrum", "AGO", "2019-09-25", "I call from this rostrum for an end to the embargo on Cuba.", []string{"AGOGOV --- 020"}},
		{"ask for support", "KOR", "2019-09-25", "I would like to ask for the support of the international community.", []string{"KORGOV --- 020"}},
		{"parenthetical adverb", "MWI", "2019-09-25", "We, therefore, welcome the efforts of the World Bank.", []string{"MWIGOV IGO"}},
		{"addressee first", "PAK", "2023-09-25", "I convey to Mr. Dennis Francis our sincere congratulations on his being elected.", []string{"PAKGOV IGOUNO 051"}},
		{"election to head", "NER", "2015-09-25", "I address my warm congratulations to you, Sir, on your election to head the General Assembly.", []string{"NERGOV IGOUNO 051"}},
		{"expressed rejection", "LBY", "2019-09-25", "We also express our rejection of all attempts to divide the region.", []string{"LBYGOV --- 120"}},
		{"to first congratulate", "GHA", "2016-09-25", "Allow me to first congratulate you, Madam President, on your election as President of the seventy-first session of the General Assembly.", []string{"GHAGOV IGOUNO 051"}},
		{"we strongly support", "CZE", "2021-09-25", "For that reason we firmly support the reforms put forward by the Secretary-General.", []string{"CZEGOV IGOUNO 051"}},
		{"would first like", "COD", "2019-09-25", "I would first like to congratulate Ambassador Tijjani Muhammad-Bande on his election.", []string{"CODGOV IGOUNO 051"}},
		{"extend to him", "KIR", "2017-09-25", "I extend to him our sincere congratulations on taking up the leadership of our Organization.", []string{"KIRGOV IGOUNO 051"}},
		{"confidence in", "GAB", "2019-09-25", "I express my country's confidence in Secretary-General Antonio Guterres.", []string{"GABGOV IGOUNO 051"}},
		{"task in leading", "BIH", "2017-09-25", "I congratulate you on the work you have now begun in leading the General Assembly.", []string{"BIHGOV IGOUNO 051"}},
		{"encourage them", "PER", "2019-09-25", "I therefore encourage them to do all they can to turn that situation around.", []string{"PERGOV --- 020"}},
		{"ask the Assembly", "ARG", "2019-09-25", "Again we ask the Assembly to call on the United Kingdom to return to talks.", []string{"ARGGOV IGOUNO 020"}},
		{"condemn what X conducted", "FJI", "2017-09-25", "We condemn in the strongest terms the nuclear tests conducted by the Democratic People's Republic of Korea.", []string{"FJIGOV PRK 111"}},
		{"hosting refugees", "JOR", "2017-09-25", "Our country has hosted more than one million refugees from Syria.", []string{"JORGOV SYR 075"}},
		{"shared object", "", "2018-09-25", "Japan condemned and rejected the missile launch by North Korea.", []string{"JPN PRKMIL 111", "JPN PRKMIL 120"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodePrefixes(t, got, tt.want)
		})
	}
}

// TestHardWrappedStatement checks that a statement hard-wrapped as PDF text
// ("Secretary-\nGeneral") codes as its unwrapped form does.
func TestHardWrappedStatement(t *testing.T) {
	c := builtinCoder(t)
	wrapped := "I wish to thank the Secretary-\nGeneral for his\nleadership."
	flat := "I wish to thank the Secretary-General for his leadership."
	a := codeDoc(t, c, &demarche.Document{ID: "a", Date: "2014-09-25", Country: "GHA", Text: wrapped})
	b := codeDoc(t, c, &demarche.Document{ID: "b", Date: "2014-09-25", Country: "GHA", Text: flat})
	if len(a) != 1 || len(b) != 1 || a[0] != b[0] {
		t.Fatalf("wrapped %q, flat %q: want the same one event", a, b)
	}
	if n := len(nlp.Split(wrapped)); n != 1 {
		t.Fatalf("wrapped text split into %d sentences", n)
	}
}
