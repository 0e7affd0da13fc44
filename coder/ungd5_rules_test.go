package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestUNGD5Constructions checks the sixth pass on governments' own voice
// (voiceacts.go, dict/data/79-ungd5.txt): each reading was counted on the
// unannotated General Debate corpus before it was kept. Sentences in our
// own words.
func TestUNGD5Constructions(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, country, date, text string
		want                      []string // prefixes of "SRC TGT CODE", in any order
	}{
		{"the member states of the Organization are many, not the UN", "TGO", "2020-09-22",
			"I offer my sincere condolences to the Member States of the Organization that lost citizens in the floods.",
			[]string{"TGOGOV --- 018"}},
		{"UN Member States named by their body", "FIN", "2019-09-22",
			"We call on all United Nations Member States to ratify the convention without delay.",
			[]string{"FINGOV --- 02"}},
		{"the members of a council stay the council", "NOR", "2019-09-22",
			"We thank the members of the Security Council for their unity on this file.",
			[]string{"NORGOV IGOUNO 051"}},
		{"acknowledging that something is so is a view", "KEN", "2019-09-22",
			"We acknowledge that the road to the goals will be long and difficult.",
			nil},
		{"acknowledging a named actor's role is still praise", "KEN", "2019-09-22",
			"We acknowledge the role played by the African Union in the talks.",
			[]string{"KENGOV IGOAFRAFU 051"}},
		{"meeting aspirations is no meeting", "BHR", "2019-09-22",
			"Reform is needed to meet the legitimate aspirations of all peoples.",
			nil},
		{"the Assembly's gathering is no meeting", "PLW", "2019-09-22",
			"As we meet here today, the ocean keeps rising around our islands.",
			nil},
		{"a meeting with someone named still is one", "NOR", "2019-09-22",
			"Last week I met with President Ramaphosa in Pretoria.",
			[]string{"NORGOV ZAFGOV 040", "ZAFGOV NORGOV 040"}},
		{"a second verb sharing the appeal's to is asked of others", "PER", "2019-09-22",
			"Peru calls on the international community to protect and support the forest peoples of the Amazon.",
			[]string{"PER --- 02"}},
		{"unnamed many with a named example are both addressed", "TJK", "2019-09-22",
			"We have asked our neighbouring States, especially Uzbekistan, to help us fight drug trafficking.",
			[]string{"TJKGOV UZB 02", "TJKGOV --- 02"}},
		{"an added event keeps the events after it", "TJK", "2019-09-22",
			"We have asked our neighbouring States, especially Uzbekistan, to help us, and we thank Japan for its generous support.",
			[]string{"TJKGOV UZB 02", "TJKGOV --- 02", "TJKGOV JPN 051"}},
		{"standing side by side with a people is solidarity", "EGY", "2019-09-22",
			"We stand side by side with the Sudanese people in these difficult days.",
			[]string{"EGYGOV SDNCVL 051"}},
		{"material support provided to a named state", "SWE", "2022-09-22",
			"We have provided military and humanitarian support to Ukraine since the first day.",
			[]string{"SWEGOV UKR 07"}},
		{"supplies provided for a list of states", "LUX", "2021-09-22",
			"We provided ventilators for Ghana and Senegal during the pandemic.",
			[]string{"LUXGOV GHA 07", "LUXGOV SEN 07"}},
		{"plain support provided for a reform stays political", "KOR", "2019-09-22",
			"We will provide support for the reform of the Security Council.",
			nil},
		{"a contribution to UN peacekeeping", "NPL", "2019-09-22",
			"Over the decades we have contributed to 40 United Nations peacekeeping missions.",
			[]string{"NPLGOV IGOUNO 074"}},
		{"contributing to security through peacekeeping is no deployment named", "GTM", "2023-09-22",
			"Guatemala contributes to regional stability through its active role in peacekeeping operations.",
			nil},
		{"supporting an agenda is no one's act", "CMR", "2019-09-22",
			"That is why we support an ambitious agenda for the oceans.",
			nil},
		{"an act looked forward to is an intention", "LKA", "2014-09-22",
			"We look forward to recognizing Palestine as a sovereign State at this Assembly.",
			[]string{"LKAGOV PSE 032"}},
		{"a statement looked forward to is not made", "IRL", "2019-09-22",
			"I look forward to inviting all States to Dublin next spring.",
			nil},
		{"you, the President, listed before a named country", "JOR", "2019-09-22",
			"I would like to extend my warm congratulations to you, Sir, and to your friendly country, Norway, on your election.",
			[]string{"JORGOV NOR 051", "JORGOV IGOUNO 051"}},
		{"refugees taken in from a named country are asylum", "IRL", "2016-09-22",
			"We have welcomed thousands of refugees from Syria and Afghanistan.",
			[]string{"IRLGOV SYR 075", "IRLGOV AFG 075"}},
		{"a kingdom speaking of itself as the Kingdom", "SAU", "2023-09-22",
			"This year the Kingdom held several rounds of talks with Iran in Baghdad.",
			[]string{"SAUGOV IRN 04", "IRN SAUGOV 04"}},
		{"the Kingdom in a republic's statement is nobody", "YEM", "2023-09-22",
			"The Kingdom condemns the shelling of the port.",
			nil},
		{"standing behind a state is solidarity", "BGR", "2015-09-22",
			"Bulgaria stands firmly behind Georgia's territorial integrity.",
			[]string{"BGR GEO 051"}},
		{"a verbless after-phrase closed by a comma is no clause", "KGZ", "2023-09-22",
			"Last year, after almost thirty years of talks, we signed a border agreement with Tajikistan.",
			[]string{"KGZGOV TJK 057", "TJK KGZGOV 057"}}, // signed with a partner: both ways (signedwith.go)
		{"a real after-clause stays background", "KGZ", "2023-09-22",
			"After we signed a border agreement with Tajikistan, trade grew quickly.",
			nil},
		{"supporting a named body's initiative is praise", "ZMB", "2019-09-22",
			"We support the initiatives of the African Union for the Sahel.",
			[]string{"ZMBGOV IGOAFRAFU 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: tt.date, Country: tt.country, Text: tt.text})
			checkCodeSet(t, got, tt.want)
		})
	}
}
