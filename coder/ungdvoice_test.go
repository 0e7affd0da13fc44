package coder

import (
	"strings"
	"testing"
)

// ungdVoiceRules are the constructions of governments' own voice mined
// from the whole General Debate corpus (coder/ungdvoice.go,
// dict/data/73-ungd-voice-corpus.txt), each in sentences written for this
// test. country is the speaking state; a want is "SRC TGT CODE" as in
// TestStance4Rules, or "none" when the speaker states no event.
var ungdVoiceRules = []struct{ country, text, want string }{
	// inner adverbs inside a multi-word verb
	{"FJI", "We are also grateful to Japan for its help after the cyclone.", "FJI JPN 051"},
	{"TON", "We are very thankful for the support that New Zealand gave our schools.", "TON NZL 051"},
	{"KEN", "We are also deeply grateful to the African Union for its mediation.", "KEN IGO 051"},
	{"ZMB", "I call once again on the Security Council to act.", "ZMB IGO 02"},
	// a pair of split adverbs: "to once again thank"
	{"SEN", "I would like to once again thank Gambia for its hospitality.", "SEN GMB 051"},
	{"NPL", "We wish to now again call on India to reopen the border.", "NPL IND 02"},
	// a long list of addressees, past twenty tokens
	{"BFA", "We are thankful to Canada, the European Union, the African Union, the Organisation of Islamic Cooperation, Togo, the Economic Community of West African States, Benin and Ghana for their help.", "BFA CAN 051"},
	{"BFA", "We are thankful to Canada, the European Union, the African Union, the Organisation of Islamic Cooperation, Togo, the Economic Community of West African States, Benin and Ghana for their help.", "BFA TGO 051"},
	// the owner of the act the speaker supports, praises or welcomes
	{"GHA", "We support the efforts of the Special Envoy of the Secretary-General.", "GHA IGO 051"},
	{"PER", "We welcome the reforms that Secretary-General Guterres has launched.", "PER IGO 051"},
	{"NOR", "We commend the work of Qatar in bringing the parties together.", "NOR QAT 051"},
	{"LKA", "We are grateful for the generous assistance of India during the crisis.", "LKA IND 051"},
	// a political event welcomed where it happens
	{"QAT", "We welcome the political agreements that have been reached in the brotherly Republic of Yemen.", "QAT YEM 051"},
	{"KEN", "We support the peace process in Mozambique.", "KEN MOZ 051"},
	// a vocative or a fronted addressee
	{"MNG", "I extend my warm congratulations to you, Mr. President, on your election.", "MNG IGO 051"},
	{"CPV", "To the Secretary-General, I convey our deep appreciation for his tireless work.", "CPV IGO 051"},
	{"NIC", "To the brave people of Cuba, we send our respect and our solidarity.", "NIC CUB 051"},
	// "him"/"her" with no antecedent: the Assembly's officer
	{"MWI", "I would like to assure him of my delegation's full support.", "MWI IGO 051"},
	{"TCD", "We wish her every success in her demanding task.", "TCD IGO 051"},
	{"CIV", "We thank Ghana for its help and its people for their welcome.", "CIV GHA 051"},
	// a President of the General Assembly named by his office
	{"SLB", "I congratulate Mr. Peter Laufer, Minister for Foreign Affairs of Austria, on his election as President of the General Assembly.", "SLB IGO 051"},
	{"BGD", "We congratulate Mr. Rahman on his election as Speaker of the National Assembly of Nepal.", "BGD NPL 051"},
	// grief and sorrow over a loss: sympathy
	{"FJI", "We express our deep sorrow over the passing of the King of Tonga.", "FJI TON 018"},
	{"NPL", "I join with other leaders in expressing our profound grief at the loss of so many lives.", "NPL --- 018"},
	// support, solidarity and assurances of support
	{"BHS", "We lend our full support to the peace initiative of the Caribbean Community.", "BHS IGO 051"},
	{"TUR", "We stand in full solidarity with the people of Azerbaijan.", "TUR AZE 051"},
	{"MLT", "We are also in solidarity with the African Union in its work for peace.", "MLT IGO 051"},
	{"GTM", "We remain in support of Ecuador's proposal on migration.", "GTM ECU 051"},
	{"PNG", "I assure the Secretary-General of my Government's full support.", "PNG IGO 051"},
	{"LVA", "Allow me to assure you of my delegation's full cooperation.", "LVA IGO 051"},
	// requests and calls
	{"PAK", "We ask that the Secretary-General send a mission to the region.", "PAK IGO 02"},
	{"SLB", "We echo the call on Japan to halt the release of treated water.", "SLB JPN 02"},
	{"TTO", "We join the call for the lifting of the blockade imposed on Cuba.", "TTO --- 02"},
	{"BWA", "We reiterate our call on Ethiopia and Eritrea to keep the peace.", "BWA ETH 02"},
	// an appeal whose addressee is a longer phrase before its "to V"
	{"BHS", "We encourage the Secretary-General, in the coming budget, to find new savings.", "BHS IGO 02"},
	{"TUN", "We encourage the wise men of Libya, at home and abroad, to keep the national consensus.", "TUN LBY 02"},
	{"MNG", "I respectfully ask every Member State to support our candidacy.", "MNG --- 02"},
	{"COG", "We encourage all stakeholders in that conflict to honour the ceasefire.", "COG --- 02"},
	{"PER", "We urge nuclear-armed states to **resume** their bilateral limits.", "PER --- 02"},
	{"BFA", "We invite all the forces present in Niger — including the national army, the United Nations mission, and the regional force of the Sahel countries — to work in good faith.", "BFA NER 02"},
	// concern: about a named actor's acts, disapproval; about a situation or no one, nothing
	{"EST", "We are deeply alarmed by the repeated attacks of Russia on Ukrainian ports.", "EST RUS 111"},
	{"NZL", "We are concerned about Iran's missile programme.", "NZL IRN 111"},
	{"CHL", "We are also concerned about the situation in Haiti.", "none"},
	{"PNG", "We remain concerned on the slow progress of the United Nations reform.", "none"},
	{"JAM", "We note with deep concern, UN reports that rural schools are closing.", "none"},
	{"SLB", "We remain deeply concerned about the slow climate talks, and hope that the General Assembly will act.", "none"},
	{"KGZ", "We are particularly concerned about the melting of our glaciers.", "none"},
	// force against no one named: rhetoric or home affairs
	{"SLE", "We are battling a deadly epidemic with all our strength.", "none"},
	{"TGO", "We have closed our borders and banned large gatherings.", "none"},
	// not events: asking ourselves, an assurance of a fact
	{"CRI", "I ask that we all declare the oceans a shared heritage.", "none"},
	{"PER", "I can assure the Assembly that Peru will keep its promises on climate.", "none"},
}

// TestUNGDVoiceRules checks each construction of the corpus-wide voice
// pass.
func TestUNGDVoiceRules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range ungdVoiceRules {
		_, events, err := c.ExplainSpeaker(tt.text, "2019-09-24", "", tt.country, false)
		if err != nil {
			t.Fatal(err)
		}
		got := eventLines(events)
		if tt.want == "none" {
			for _, e := range events {
				if strings.HasPrefix(e.Source, tt.country) {
					t.Errorf("%q: want no event of the speaker, got %q", tt.text, got)
					break
				}
			}
			continue
		}
		if !wantFound(events, tt.want) {
			t.Errorf("%q: want %s, got %q", tt.text, tt.want, got)
		}
	}
}
