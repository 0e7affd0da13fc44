package coder

import "testing"

// TestAdjunctsAndCharges checks four readings that hold for any sentence of
// their shape: the subject of a participial adjunct ("By criticising X, Y
// sought …") is the main clause's; a drill aimed "against" a country is not
// held with it; a trailing "…, it charged" neither names the one charged
// as the one who charges nor asserts what it charges; and a verb
// coordinated with one inside a denunciation's content is in it too.
// Each want is "SRC TGT ROOT" (country prefixes and CAMEO root).
func TestAdjunctsAndCharges(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, source, text string
		want               []string
	}{
		{"by-adjunct takes the main subject", "wire",
			"By criticising the United States over its new tariffs, Brazil may have hoped to win support at home.",
			[]string{"BRA USA 11"}},
		{"while-adjunct", "wire",
			"While praising Chile for its reforms, the Argentine president left his own economy aside.",
			[]string{"ARG CHL 05"}},
		{"without-adjunct is not done", "wire",
			"Without consulting Japan, the Chinese navy widened its patrols in the strait.",
			nil},
		{"drills against a country: one way", "KCNA",
			"The south Korean puppet army staged large firing drills against the DPRK near the border.",
			[]string{"KOR PRK 15"}},
		{"drills with a partner: each partner shows force, toward no named aim", "KCNA",
			"Japan staged joint naval drills with the United States.",
			[]string{"JPN --- 15", "USA --- 15"}},
		{"unnamed accuser asserts nothing", "KCNA",
			"The puppet authorities of south Korea staged war drills against the DPRK again last week, it charged.",
			nil},
		{"named accuser: an accusation", "KCNA",
			"The United States froze aid meant for Cuba, Cuba charged.",
			[]string{"CUB USA 11"}},
		{"trailing pronoun is not the content's subject", "KCNA",
			"The DPRK will expand its friendly ties with Zambia, he stressed.",
			[]string{"PRK ZMB 03"}},
		{"partners plan a drill: intended cooperation", "KCNA",
			"Japan and the United States decided to stage a large naval exercise in the autumn.",
			[]string{"JPN USA 03", "USA JPN 03"}},
		{"feeling voiced toward a leader is praise", "KCNA",
			"Carla Ruiz, conductor of a choir of Mexico, said she was so excited to see Kim Jong Un at the concert.",
			[]string{"MEX PRK 05"}},
		{"purpose infinitive takes the main subject", "KCNA",
			"Today the Japanese reactionaries are working hard to evade compensation while justifying their history of aggression on Korea.",
			[]string{"JPN KOR 05"}},
		{"purpose infinitive keeps the main modality", "KCNA",
			"The United States should change its cold war thinking and take bold steps to pull its troops out of Japan.",
			nil},
		{"the will to: an intention", "KCNA",
			"The Laotian party and people remain firm in the will to expand the friendship with the DPRK.",
			[]string{"LAO PRK 03"}},
		{"coordinated verb inside a denunciation", "KCNA",
			"They denounced the Lee Myung Bak group for adding troops on the islands and staging war drills against the DPRK.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, "2011-08-20", tt.source, "", false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}

// TestCaptionsAndDatedEpisodes checks that a caption's one-word pointer in
// parentheses does not hide the verb after it, and that a news article's
// dated episode of a few years before is an event while state media's
// retelling of the same years is history.
func TestCaptionsAndDatedEpisodes(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, source, date, text string
		want                     []string
	}{
		{"caption pointer", "", "2025-05-01",
			"President Lula (left) shakes hands with Chinese President Xi Jinping at a summit in Brasilia, Nov. 20, 2024.",
			[]string{"BRA CHN 04", "CHN BRA 04"}},
		{"gloss before a nominal visit", "KCNA", "2011-08-20",
			"The International Department of the WPK Central Committee hosted a dinner in honour of the delegation of the Chilean Socialist Party (PSCh) on a visit to the DPRK.",
			[]string{"PRK CHL 04", "CHL PRK 04"}},
		{"article: dated episode is asserted", "", "2025-05-01",
			"In 2019 Vietnam expelled two Chinese diplomats over the survey ship.",
			[]string{"VNM CHN 16"}},
		{"state media: the same years are history", "KCNA", "2025-05-01",
			"In 2019 Vietnam expelled two Chinese diplomats over the survey ship.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, tt.date, tt.source, "", false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}

// TestWishesAndPartners checks that good wishes to someone are a courtesy
// (051), in state media and in a government's own statement, that a bare
// "wish to" is not, and that coordinated partners stay each other's target
// when the only other actor is an adjective of a place.
func TestWishesAndPartners(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, source, country, text string
		want                        []string
	}{
		{"wished a leader success", "KCNA", "", "Choe Ryong Hae wished the Cuban president good health and greater success in his work.", []string{"PRK CUB 05"}},
		{"we wish the Assembly success", "", "NOR", "We wish the Assembly every success in its work this year.", []string{"NOR IGO 05"}},
		{"wish to is a want", "", "NOR", "We wish to see more women in peace talks.", nil},
		{"a gerund after a determiner is a noun", "", "", "Chile welcomed the successful ending of the joint operation with Peru.", []string{"CHL PER 05"}},
		{"partners beside a border", "KCNA", "", "Mongolian and Chinese officials agreed on closer cooperation along the Sino-Mongolian border.", []string{"MNG CHN 03", "CHN MNG 03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, "2019-09-25", tt.source, tt.country, false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}
