package coder

import "testing"

// stance6Rules are the constructions of the sixth stance pass (helper
// stance6), each in sentences of our own other than arcs K and L's: want
// is "SRC TGT CODE" as in TestStanceBreadth; absent, when set, is a code
// prefix that no event of the text may have (with source, when set, the
// source's country).
var stance6Rules = []struct{ text, source, want, absent string }{
	// a negative subject: the act is not done; said by its side, a denial
	{"A Serbian army spokesman said that no Serbian aircraft had crossed into Kosovo.", "wire", "SRB * 016", "19"},
	{"The Peruvian navy said none of its ships had fired on the trawler.", "wire", "PER * 016", "19"},
	{"No Indian soldier fired a shot, the army said.", "wire", "", "19"},
	// a speaking body named alone in a report's later sentence
	{"Armenia accused Azerbaijan of shelling a border village. The ministry said on Friday that Azerbaijani troops had opened fire on two villages.", "wire", "ARM * 01", ""},
	{"Colombia's defence ministry rejected the Venezuelan charges. A military spokesman said no Colombian unit had entered Venezuela.", "wire", "COL * 016", ""},
	{"The Kenyan government denied the report. It said Kenyan police had detained nobody at the border.", "wire", "KEN * 016", ""},
	{"The Cambodian prime minister criticised the shooting. He told reporters that Thai soldiers had fired first.", "wire", "KHM THA 01", ""},
	// state media keep their conventions: no carry, claims are accusations
	{"The south Korean puppet army claimed that the DPRK had fired shells at the island.", "KCNA", "KOR PRK 112", ""},
	// "his country", "its government" in a statement's content
	{"The Turkish president said that his country would never apologise for the downing of the jet.", "wire", "TUR * 12", ""},
	{"Serbia's foreign minister insisted that his government would not apologise to Croatia.", "wire", "SRB * 12", ""},
	// another side's stance act in an "after" clause
	{"Peru recalled its ambassador from Mexico after the Mexican president refused to apologise for his remarks.", "wire", "MEX * 12", ""},
	{"Ghana lifted the travel ban after Nigeria expressed regret for the deaths of four Ghanaian traders.", "wire", "NGA * 055", ""},
	{"Lithuania expelled a Belarusian diplomat after Minsk denied that its drone had crossed the border.", "wire", "BLR * 016", ""},
	// two acts of one root, by two verbs
	{"Bolivia postponed the foreign minister's visit and recalled its ambassador from Lima.", "wire", "BOL * 160", ""},
	{"Chile and Bolivia restored diplomatic relations on Monday.", "wire", "BOL CHL 054", ""},
	// compensation offered or paid
	{"Israel offered compensation to the families of the Turkish activists.", "wire", "ISR * 0331", ""},
	{"Iran paid compensation to the families of the Ukrainian victims.", "wire", "IRN * 071", ""},
	// a government's office named by its seat
	{"The foreign ministry in Rabat did not respond to a request for comment.", "wire", "MAR * 011", ""},
	{"The interior ministry in Dhaka denied the reports.", "wire", "BGD * 016", ""},
	// a falsehood fronted after "dismissed as", the participle a past tense
	{"The Malian junta dismissed as groundless reports that its soldiers had killed civilians in Niger.", "wire", "MLI * 016", ""},
	// a visit "indefinitely postponed" is no visit
	{"The Nigerian president's visit to Accra was indefinitely postponed.", "wire", "", "04"},
	{"The Nigerian president's visit to Accra has been postponed.", "wire", "", "04"},
	// an aircraft "downed", by a state's air defences
	{"Syrian air defences downed an Israeli drone over Quneitra.", "wire", "SYR ISR 19", ""},
	{"The Turkish army said its air defences had downed a drone near the border.", "wire", "TUR * 19", ""},
	{"Port workers downed tools in Mombasa.", "wire", "", "19"},
	// hedges, regret, refusals in the breadth tranche's forms
	{"Seoul gave no clear answer on whether its ships had entered Japanese waters.", "wire", "KOR * 011", ""},
	{"The Japanese government dodged questions about the crash.", "wire", "JPN * 011", ""},
	{"Manila said it sincerely regretted that its coast guard had fired on the boat.", "wire", "PHL * 055", ""},
	{"The Greek prime minister said no apology would be forthcoming.", "wire", "GRC * 12", ""},
}

// TestStance6Rules checks each construction of the sixth stance pass.
func TestStance6Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range stance6Rules {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-02", tt.source, "", false)
		if err != nil {
			t.Fatal(err)
		}
		checkWantAbsent(t, tt.text, tt.want, tt.absent, events)
	}
}
