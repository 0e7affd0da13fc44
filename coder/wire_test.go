package coder

import (
	"testing"
)

// TestWireStance checks the wire-news constructions of the stance arcs of
// issue 11 (a ministry's plain "said on Friday that …", regret, a put-off
// visit, a claim about the other side, a refused apology, a refusal to
// confirm, a downgrade of relations), in sentences written for this test.
// Each want is "SRC TGT ROOT": country prefixes of the actor codes and the
// CAMEO root, as the evaluation matches events.
func TestWireStance(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"said that, regrettable", "The South Korean foreign ministry said on Thursday that Tokyo's textbook decision was deeply regrettable.", []string{"KOR JPN 01"}},
		{"said it regretted", "Seoul's foreign ministry said on Monday it regretted Japan's decision to claim the islets in its defence paper.", []string{"KOR JPN 01"}},
		{"expressed regret over another's act", "Japan's foreign ministry expressed deep regret on Tuesday over the South Korean president's visit to the disputed islands.", []string{"JPN KOR 01"}},
		{"said that, other side's act", "The White House said on Friday that Russia had violated the treaty.", []string{"USA RUS 01", "RUS --- 12"}},
		{"said that, no verb of its own", "Vietnam's foreign ministry said on Tuesday that China's drilling rig had been placed illegally in Vietnamese waters.", []string{"VNM CHN 01"}},
		{"postponed visit, trailing attribution", "South Korea postponed a planned visit to Tokyo by its defence minister, officials said on Wednesday.", []string{"KOR JPN 16"}},
		{"put off a trip", "The Japanese foreign minister put off his trip to Seoul scheduled for next week.", []string{"JPN KOR 16"}},
		{"claim by an unnamed ministry", "The ministry claimed that South Korean patrol boats had entered Japanese waters.", nil},
		{"claim about the other side", "China's defence ministry claimed on Sunday that a Philippine warship had harassed Chinese fishermen.", []string{"CHN PHL 11"}},
		{"refused to apologise", "The Japanese prime minister refused on Wednesday to apologise to South Korea over the wartime brothels.", []string{"JPN KOR 12"}},
		{"would not apologise, he = the speaker", "Japan's prime minister said he would not apologize to China for the visit to the shrine.", []string{"JPN CHN 12"}},
		{"declined to confirm", "A spokesman for the Russian foreign ministry declined to confirm reports that Moscow had sent troops to Syria.", []string{"RUS SYR 01"}},
		{"would neither confirm nor deny", "The Pentagon would neither confirm nor deny that American drones had flown over Iran.", []string{"USA IRN 01"}},
		{"downgraded relations", "Turkey downgraded its diplomatic relations with Israel on Friday.", []string{"TUR ISR 16"}},
		{"lowered representation", "Ukraine lowered the level of its diplomatic representation in Minsk, the foreign ministry said.", []string{"UKR BLR 16"}},
		{"summoned an envoy", "The Chinese government summoned the Japanese ambassador on Saturday to protest the arrest of its fishermen.", []string{"CHN JPN 11"}},
		{"accused", "Beijing accused Manila on Thursday of stirring up tension in the South China Sea.", []string{"CHN PHL 11"}},
		{"coordinated sides held talks", "Brazil and Argentina on Monday held the second meeting of a joint committee on energy.", []string{"BRA ARG 04", "ARG BRA 04"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, "2012-08-20", "wire", "", false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}

// TestFrontedAddressee checks that a statement addressed to someone before
// its speaker ("To the X, I say …") takes the addressee as its target, and
// that an addressee of the speaker's own country is no target.
func TestFrontedAddressee(t *testing.T) {
	c := builtinCoder(t)
	for text, want := range map[string]string{
		"To the people of Chile, I say that the road ahead is long.": "NZLGOV CHL 010",
		"To our farmers, I say that help is on the way.":             "",
		"To the leaders of Fiji, we say that the door remains open.": "NZLGOV FJI 010",
		// "as X has said, …" cites X: no statement of X
		"As the President of France has said, we must act on climate now.": "",
	} {
		_, events, err := c.ExplainSpeaker(text, "2019-09-25", "UN General Debate", "NZL", false)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(events) > 0 {
			e := events[0]
			got = e.Source + " " + e.Target[:min(3, len(e.Target))] + " " + e.CAMEO
		}
		if got != want || len(events) > 1 {
			t.Errorf("%q: got %q (%d events), want %q", text, got, len(events), want)
		}
	}
}
