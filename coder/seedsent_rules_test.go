package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestAnalysisProseRules checks the readings of analytical news prose added
// after the seed article's sentences (analysisprose.go,
// 68-analysis-prose.txt): each case is a class of construction, written in
// our own words, coded alone with no publication, as issue 11's held-out
// news sentences are.
func TestAnalysisProseRules(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string // prefixes of "SRC TGT CODE", in order
	}{
		{"a reply with that, target from its content", "Hanoi replied that the islands have always belonged to China.", []string{"VNMGOV CHN 010"}},
		{"a reply answers the asker of a preposed clause", "When asked about the stamps by the Chinese consulate in Hanoi, the Vietnamese foreign ministry replied that the vote had been lawful.", []string{"VNMGOV CHNGOV 010"}},
		{"reporters who ask are not the addressee", "When questioned by Japanese reporters, the Chinese spokesman replied that the patrols were routine.", nil},
		{"responding to an event is no statement", "Turkey responded to the shelling with artillery fire.", nil},
		{"a reduced passive clause closes at its comma", "Once elected, the Chilean president denounced the Venezuelan government.", []string{"CHLGOV VENGOV 111"}},
		{"a visit as the subject is told as a fact", "Narendra Modi's trip to Moscow in 2021 ended a long chill between the two capitals.", []string{"INDGOV RUSGOV 042"}},
		{"a visit after a preposition dates another event", "After Narendra Modi's visit to Moscow, India signed a deal with Ukraine.", []string{"IND UKR 057"}},
		{"a visit postponed is no visit", "Narendra Modi's visit to Moscow was postponed.", nil},
		{"a visit that will come is no visit", "Narendra Modi's visit to Moscow will be short.", nil},
		{"a visit not made", "Narendra Modi's visit to Moscow did not take place.", nil},
		{"a visit inside another noun's complement", "The cancellation of Narendra Modi's visit to Moscow angered the Kremlin.", nil},
		{"a title-cased headline given as text", "Brazil Quietly Recalls Its Ambassador From Israel", []string{"BRA ISR 16"}},
		{"a why-question takes its act as given", "Why Did Canada Expel Two Indian Diplomats?", []string{"CAN INDGOV 16"}},
		{"a yes-no question asserts nothing", "Did Canada Expel Two Indian Diplomats?", nil},
		{"a question with a modal asserts nothing", "Why Would Canada Expel Two Indian Diplomats?", nil},
		{"a why-question in running text asserts nothing", "Why did Canada expel two Indian diplomats?", nil},
		{"a list of company names is no headline", "The Hebei Steel Import and Export Corporation and the Tianjin Auto Co.", nil},
		{"a war named by its sides is a setting, not a target", "Chilean volunteers fought in the Iran-Iraq War.", []string{"CHL --- 19"}},
		{"a meeting hinted at with a named side", "Turkish officials hinted at a new round of talks with Greece.", []string{"TURGOV GRC 036"}},
		{"hinted that: the content is coded", "The Kenyan minister hinted that Nairobi would recall its envoy from Somalia.", []string{"KENGOV SOM 13"}},
		{"the North beside a Korea", "Seoul's defence ministry accused the North of shelling a border island.", []string{"KORMIL PRK 112"}},
		{"the South beside a Korea", "Pyongyang denounced the South for the leaflet launches.", []string{"PRKGOV KOR 111"}},
		{"the North alone designates nothing", "The North condemned the naval drills.", nil},
		{"the North inside a longer name", "The North Atlantic council met in Brussels as Seoul watched.", nil},
		{"the North and South of a body's name", "The North and South Committees for the Joint Declaration sent greetings to Pyongyang.", nil},
		{"defending an accord with a partner", "Egypt's foreign ministry justified its arms deal with Moscow.", []string{"EGYGOV RUSGOV 052"}},
		{"a protest lodged with a government", "Seoul protested strongly to Tokyo over the textbooks.", []string{"KORGOV JPNGOV 114"}},
		{"support named as the subject", "Cuba's support of Venezuela in 2019 is another example.", []string{"CUB VEN 051"}},
		{"support that dates another clause", "Despite Cuba's support of Venezuela, the talks failed.", nil},
		{"troops sent abroad", "Belarus sent 3,000 soldiers to Syria.", []string{"BLR SYR 154"}},
		{"a warning whose content's subject is the speaker's own side", "Kenya warned that Nairobi could close its border with Somalia.", []string{"KEN SOM 13"}},
		{"a warning that the other side would be punished", "Kenya warned that Somalia would be punished for the raid.", []string{"KEN SOM 13"}},
		{"what unconfirmed reports say is not asserted", "A Belarusian spokesman declined to confirm reports that Minsk had sent soldiers to Syria.", []string{"BLRGOV SYR"}},
		{"what rumours say is not asserted", "Bloggers spread rumours that Cuba had sent troops to Venezuela.", nil},
		{"a speaker's own report is speech", "The Bolivian minister said in his report that Peru had sent troops to Chile.", []string{"BOLGOV PER 010", "PER CHL 154"}},
		{"talks offered are not held", "Minsk has offered to host peace talks between Kyiv and Moscow.", []string{"BLRGOV UKRGOV 036", "BLRGOV RUSGOV 036"}},
		{"talks called for are not held", "Qatar called for talks between Israel and Hamas.", []string{"QAT --- 02"}},
		{"talks hosted are held", "Qatar hosted talks between Israel and Hamas.", []string{"QAT ISR 04", "ISR QAT 04", "QAT PSE", "PSE", "ISR PSE", "PSE"}},
		{"a bare Kim in news is the DPRK's leader", "During the talks, Kim personally praised Putin.", []string{"PRKGOV RUSGOV 051"}},
		{"a bare Kim beside South Korea stays unnamed", "Seoul's foreign minister said Kim praised Putin.", []string{"KORGOV RUSGOV"}},
		{"the consequence of a condition is hypothetical", "If the Chilean government accepts the plan, it would help Peru rebuild its ports.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: "2025-05-01", Text: tt.text}
			checkCodePrefixes(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
