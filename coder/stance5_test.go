package coder

import (
	"testing"
)

// stance5Rules are the constructions the fifth stance pass fixed (arcs G
// and H, tuned on, and the forms a held-out arc may hold that no arc A–H
// has), each in sentences written for this test (invented events between
// real states). A want is "SRC TGT CODE" as in TestStanceBreadth.
var stance5Rules = []struct{ text, want string }{
	// a series of verbs after a comma shares the first verb's subject
	{"Chile summoned the Bolivian ambassador on Monday, handed him a protest note and demanded an explanation.", "CHL * 10"},
	{"Ghana recalled its envoy from Lome, closed two border posts and demanded compensation from Togo.", "GHA TGO 10"},
	{"Latvia expelled a Russian diplomat on Friday, suspended a cultural exchange and accused Moscow of spying.", "LVA RUS 112"},
	// a reporting verb read as a participle: a date before its that-clause,
	// a fronted adverbial before its subject
	{"After days of silence, the Kenyan defence ministry admitted that its jets had bombed the camp.", "KEN * 015"},
	{"Cambodia's interior ministry conceded on Wednesday that the two Thai workers had been beaten in custody.", "KHM * 015"},
	{"Following a week of denials, Serbia's intelligence agency confirmed late on Friday that its officers had questioned the Croatian reporter.", "SRB * 015"},
	// a denied part in an act, with a negative subject or intensifier
	{"'No Armenian soldier had anything to do with the shooting,' the Armenian defence minister said.", "ARM * 016"},
	{"Pakistan said on Friday that none of its nationals had been involved in the bombing.", "PAK * 016"},
	{"Laos said its troops had taken no part in the fighting.", "LAO * 016"},
	{"The Kremlin said Russia had nothing whatsoever to do with the poisoning.", "RUS * 016"},
	{"Vietnam's foreign ministry said its citizens had not been involved in the smuggling.", "VNM * 016"},
	// a denied act of the speaker's own side
	{"North Korea said it had not launched any missile that day.", "PRK * 016"},
	{"Iran said its forces had not fired on the tanker.", "IRN * 016"},
	{"'Our navy did not fire a single shot,' the Philippine defence secretary said.", "PHL * 016"},
	// an act of its own side done by mistake: an acknowledgement
	{"In a rare admission, Turkey's defence ministry said its jets had struck the convoy by mistake.", "TUR * 015"},
	{"The Nigerian air force said one of its jets had bombed the village by mistake.", "NGA * 015"},
	{"Israel's military said on Sunday that it had mistakenly fired on a Lebanese army post.", "ISR * 015"},
	// hedges: too early, premature, unable to say, would not disclose
	{"Indonesia's foreign ministry said it was too early to say whether the sailors would be charged.", "IDN * 011"},
	{"Nigeria's foreign ministry said it was premature to comment on the fate of the crew.", "NGA * 011"},
	{"'It is too soon to tell what caused the blast,' a Jordanian government spokesman told reporters.", "JOR * 011"},
	{"South Africa's defence department was unable to say how many soldiers had been deployed.", "ZAF * 011"},
	{"Turkish officials would not disclose the number of soldiers involved.", "TUR * 011"},
	// evidence called doctored or staged: a denial
	{"Russia said the footage had been doctored.", "RUS * 016"},
	{"Belgrade said the video was staged.", "SRB * 016"},
	{"Minsk called the photographs a forgery.", "BLR * 016"},
	// talks, treaties and pacts suspended, paused or put on hold (16)
	{"Canada put trade talks with India on hold.", "CAN IND 16"},
	{"Canada paused its trade negotiations with India.", "CAN IND 16"},
	{"Algeria suspended a friendship treaty with Spain.", "DZA ESP 16"},
	{"Seoul put on hold its intelligence-sharing pact with Tokyo.", "KOR JPN 16"},
	{"The Czech Republic ordered the closure of the Russian consulate in Brno.", "CZE RUS 16"},
	// a withdrawal ruled out: a refusal (12)
	{"Russia ruled out any withdrawal of its troops.", "RUS * 12"},
	{"Armenia ruled out pulling its soldiers back from the border.", "ARM * 12"},
	// no comment yet, no response from, stopped short, did not deny, silence
	{"The Kuwaiti government has yet to comment on the seizure of the dhow.", "KWT * 011"},
	{"Minsk has yet to react to the Polish charges.", "BLR * 011"},
	{"There was no immediate reaction from the Algerian foreign ministry.", "DZA * 011"},
	{"There has been no official response from Ankara.", "TUR * 011"},
	{"Chile stopped short of admitting that its patrol had crossed into Argentina.", "CHL * 011"},
	{"The Moroccan government did not deny the report on Tuesday.", "MAR * 011"},
	{"Azerbaijan has remained silent about the fate of the two soldiers.", "AZE * 011"},
	{"Officials in Riyadh kept quiet about the detained bloggers.", "SAU * 011"},
	// an act defended as lawful (052)
	{"Spain defended the interception of the trawler as legitimate.", "ESP * 052"},
	{"Indonesia insisted the arrests were in accordance with its laws.", "IDN * 052"},
	// a note of protest handed over (114)
	{"Slovakia handed a protest note to the Hungarian ambassador on Monday.", "SVK HUN 114"},
	{"Thailand handed the Cambodian envoy a note of protest.", "THA KHM 114"},
	// a mission closed (161)
	{"Lithuania closed its embassy in Minsk.", "LTU BLR 16"},
	{"Estonia shut down the Russian consulate in Narva.", "EST RUS 16"},
	// a statement issued by an actor speaks for it
	{"A statement released by the Ghanaian foreign ministry called the allegations baseless.", "GHA * 016"},
	{"A communique issued by the Sudanese army denied that its aircraft had bombed the camp.", "SDN * 016"},
	// a quotation split by its speaker
	{"'Those reports,' the Serbian interior minister told reporters, 'are pure fabrication.'", "SRB * 016"},
	{"'The allegations,' a Chinese embassy spokesman said, 'are groundless.'", "CHN * 016"},
	{"'On that question,' the Japanese defence minister said, 'I have nothing to add.'", "JPN * 011"},
	// a hedge that will not go into details
	{"'We will not go into details of an ongoing operation,' an Israeli military spokesman said.", "ISR * 011"},
	// evidence called an invention
	{"The Azerbaijani defence ministry called the Armenian account 'pure invention'.", "AZE * 016"},
	// a presence of its side denied
	{"The Eritrean government insisted its soldiers were not in Tigray.", "ERI * 016"},
	{"Beijing said no Chinese warships had been near the islands that week.", "CHN * 016"},
	{"Rwanda said on Monday that none of its troops were inside Congo.", "RWA * 016"},
	// what a denial by a speaker the coder does not know denies is not asserted
	{"Hun Manet denied that Cambodian gunboats had fired on the Thai trawler.", "- - -"},
	{"A senior minister denied that Kenyan police had detained the Ugandan activists.", "- - -"},
	// a veiled threat: the right to respond reserved
	{"Tunisia said it reserved the right to respond to any further violation of its waters.", "TUN * 13"},
	{"The Eritrean foreign ministry reserved the right to take all necessary measures.", "ERI * 13"},
	// checking and waiting: a hedge
	{"Tbilisi said it was clarifying the circumstances of the shooting.", "GEO * 011"},
	{"The Lebanese army said it was gathering information about the missing fishermen.", "LBN * 011"},
	// admitted to, owned up to: the admission stands beside the act
	{"Oman admitted to holding the two Yemeni smugglers.", "OMN * 015"},
	{"The Malian junta owned up to the killing of the herders.", "MLI * 015"},
	// border and security services speak for their state; unwilling to confirm
	{"The Estonian border guard said it could not confirm that the drone had come from Russia.", "EST * 011"},
	{"Georgia's state security service declined to comment on the detentions.", "GEO * 011"},
	{"Norwegian officials were unwilling to confirm the sighting.", "NOR * 011"},
	// a present tense read as a plural noun after its subject, a quote or an adverb
	{"Bolivia's foreign ministry said on Monday that it \"firmly rejects\" the Chilean accusations.", "BOL * 016"},
	{"Tehran said it categorically rejects the allegations.", "IRN * 016"},
	// held responsible: an accusation
	{"Serbia holds Kosovo's government responsible for the unrest, the Serbian president said.", "SRB * 112"},
	{"Eritrea holds Ethiopia responsible for the shelling of Zalambessa.", "ERI ETH 112"},
	{"Sudan held Chad fully accountable for the cross-border raid.", "SDN TCD 112"},
	// an envoy called home, a sorry said
	{"Slovenia called its ambassador home from Zagreb on Friday.", "SVN * 16"},
	{"The Danish navy said sorry to Sweden for the mistaken flare.", "DNK * 055"},
}

// TestStance5Rules checks each construction of the fifth stance pass.
func TestStance5Rules(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range stance5Rules {
		_, events, err := c.ExplainSpeaker(tt.text, "2025-06-02", "wire", "", false)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "- - -" {
			for _, e := range events {
				if e.Root != "01" {
					t.Errorf("%q: want no event but a denial, got %s %s %s", tt.text, e.Source, e.Target, e.CAMEO)
				}
			}
			continue
		}
		if !wantFound(events, tt.want) {
			got := eventLines(events)
			t.Errorf("%q: want %s, got %q", tt.text, tt.want, got)
		}
	}
}
