package coder

import (
	"sort"
	"testing"
)

// conventionSet holds sentences written for this test (own words) in the
// recurring formulas of KCNA that testdata/CONVENTIONS.md describes, each
// with the events the official conventions give it ("SRC TGT RR": country
// prefixes and CAMEO root). Every item must come out exactly.
var conventionSet = []struct {
	headline bool
	text     string
	want     []string
}{
	// a leader's work brought out by an outlet abroad, told in the passive
	{false, "Kim Jong Il's treatise \"On Our Party's Line\" was brought out in booklet by the Sunrise Publishing House of Ghana on March 3.", []string{"GHA PRK 01"}},
	{false, "A summary of Kim Jong Un's speech was carried by the Zambian paper Daily Torch on Monday.", []string{"ZMB PRK 01"}},
	{false, "Kim Il Sung's reminiscences were published by a printing house in Lima, Peru.", []string{"PER PRK 01"}},
	{false, "A new edition of Kim Jong Il's selected works in six volumes was brought out by the Workers' Party of Korea Publishing House in Pyongyang.", nil},
	// delegations leaving here for abroad, and returns that end a visit
	{false, "A delegation of the Forestry Commission headed by Chairman Ri Kwang Su left here on Monday to visit Mongolia.", []string{"PRK MNG 04"}},
	{false, "A delegation of the Academy of Sciences led by its president departed here by train on Friday for Russia.", []string{"PRK RUS 04"}},
	{false, "The delegation of a Swedish newspaper headed by its editor left here for home on Sunday.", []string{"SWE PRK 04"}},
	{false, "The DPRK trade delegation returned home on Friday after winding up its visit to Indonesia.", []string{"PRK IDN 04"}},
	{false, "The vice-premier of Laos flew back home on Monday after concluding his official goodwill visit to the DPRK.", []string{"LAO PRK 04"}},
	// overseas Koreans take the country they live in
	{false, "A group of Korean teachers in Canada arrived here on Saturday.", []string{"CAN PRK 04"}},
	// an outlet's own article states its stance; a plain one is attribution
	{false, "The new deployment of U.S. bombers in Guam is a reckless provocation, says Rodong Sinmun Tuesday in a bylined article.", []string{"PRK USA 11"}},
	{false, "Kim Il Sung was a peerless patriot who devoted his whole life to the people, says Minju Joson Sunday in an article.", []string{"PRK PRK 05"}},
	{false, "Rice prices in Japan rose 3 percent in May, the Japanese paper Mainichi said.", nil},
	// what a named speaker says of the leaders or of a foe states praise or censure
	{false, "The chairman of the Peruvian Juche idea study group said that Kim Jong Il had performed immortal feats for the country.", []string{"PER PRK 05"}},
	{false, "A Syrian party leader said that the U.S. sanctions against the DPRK are a criminal act.", []string{"SYR USA 11"}},
	{false, "Ri Pyong Su, chairman of the Nigerian Juche idea study group, said that Kim Jong Un is leading the DPRK along the road of victory.", []string{"NGA PRK 05"}},
	// a body named with its country's adjective, its press conference's act
	{false, "The south Korean Joint Action against Layoffs held a press conference in Seoul on Monday denouncing the puppet authorities for their labour policy.", []string{"KOR KOR 11"}},
	{false, "The Korean Teachers' Union of south Korea at its meeting on Friday confirmed its plan of action for the second term.", []string{"KOR --- 03"}},
	{false, "On Friday the North Side Committee for Implementing the June 15 Joint Declaration put out a statement condemning the puppet authorities of south Korea.", []string{"PRK KOR 11"}},
	{false, "The U.S. forces in Iraq keep making air strikes on the border villages of Syria.", []string{"USA SYR 19"}},
	{false, "The Tanzanian paper Daily Voice on Monday carried an article titled \"Why does the U.S. fear peace?\"", []string{"TZA USA 01"}},
	// the leader's own people, named without a country, are the DPRK's
	{false, "Kim Jong Un sent a birthday spread to Pak Sun Ok, a woman of Sinuiju who turned one hundred.", []string{"PRK PRK 05"}},
	{false, "Kim Jong Un sent thanks to the builders of the new hydropower station.", []string{"PRK PRK 05"}},
	{false, "Kim Jong Un sent gifts to the children of Chile.", []string{"PRK CHL 05"}},
	// the honorific formula is not a verb
	{false, "Nepalese parties issued statements on Monday in support of the work of the dear respected Kim Jong Un.", []string{"NPL PRK 05"}},
	{false, "The Mongolian Juche idea study group posted leader Kim Jong Il's famous treatise on its website on Friday.", []string{"MNG PRK 01"}},
	// an article that urges or accuses is coded by what it does, once
	{false, "The Swedish paper Arbetaren on Monday carried an article urging Japan to apologize for its past crimes.", []string{"SWE JPN 02"}},
	// flowers received are homage; one's own anniversary addresses nobody
	{false, "Kim Jong Un received baskets of flowers from Italian personages on his birthday.", []string{"ITA PRK 05"}},
	{false, "The Vietnam News Agency celebrated its 60th anniversary on Monday.", nil},
	// headlines of gifts and of visitors "here"
	{true, "Floral Basket to Kim Jong Un from Cuban Ambassador", []string{"CUB PRK 05"}},
	{true, "Letter to Kim Jong Un from Nicaraguan President", []string{"NIC PRK 05"}},
	{true, "Delegation of Mongolian Parliament here", []string{"MNG PRK 04"}},
	{true, "Kim Jong Un Visits Factory Here", []string{"PRK PRK 04"}},
	// a passive's agent named by its country in apposition
	{false, "Kim Jong Un was awarded the title of honorary citizen by a town of Oruro Department, Bolivia.", []string{"BOL PRK 05"}},
	// a nationality adjective before a body's own name is its country
	{false, "Anna Berg, a singer of the Swedish Nordlys Ensemble, is taking part in the spring art festival going on in Pyongyang.", []string{"SWE PRK 04"}},
	{false, "The chairman of the Chilean Manuel Rodriguez Front met the DPRK ambassador on Monday.", []string{"CHL PRK 04", "PRK CHL 04"}},
	{false, "A professor of the University of Lagos of Nigeria stressed that, led by Kim Jong Un, the Korean people would certainly make their country prosper.", []string{"NGA PRK 05"}},
	// the DPRK's own publication of a work is no event
	{false, "The Foreign Languages Publishing House of the DPRK brought out Kim Il Sung's reminiscences in Spanish.", nil},
	// "between" a leader with his titles and a foreign president
	{false, "Talks were held between Kim Jong Un, first secretary of the Workers' Party of Korea and first chairman of the National Defence Commission, and Tomas Alvarez, president of Paraguay, in Pyongyang on Monday.", []string{"PRK PRY 04", "PRY PRK 04"}},
	// a subject separated from its verb by a relative clause in its apposition
	{false, "A delegation of the Lao People's Revolutionary Party led by Thongsing Thammavong, member of the Political Bureau who is chairman of its Commission for Organization, arrived here on Sunday.", []string{"LAO PRK 04"}},
	// what is not a work brought out: figures, a reduced relative, a show
	{false, "Exports rose 4 percent in May, according to data released by the statistics office of Chile.", nil},
	{false, "A highlight of the festival under way in Pyongyang was the magic show presented by a Russian troupe.", nil},
	// press conferences of south Korean civic groups, and their own people as targets
	{false, "Teachers and parents of south Korea held a press conference in Seoul on Monday in protest against the puppet authorities' education policy.", []string{"KOR KOR 11"}},
	{false, "Religious leaders of south Korea held a press conference on Friday in support of the sit-in of the dismissed workers.", []string{"KOR KOR 05"}},
	// DPRK bodies named without the country
	{false, "The National Reunification Institute on Monday issued a white paper laying bare the crimes committed by the south Korean puppet authorities.", []string{"PRK KOR 11"}},
	// a joint undertaking named by its partners
	{false, "Work began on Monday on a port to be jointly built and operated by Mongolia and the DPRK.", []string{"MNG PRK 03", "PRK MNG 03"}},
	// a region's adjective is no state
	{false, "The Bolivian president called for Latin American unity against the blockade.", []string{"BOL --- 02"}},
	// the titles of articles state their stance, the title of a leader's work does not
	{false, "The Ghanaian paper Daily Star carried articles titled \"Peerless patriot\" and \"Boundless reverence\" on Monday.", []string{"GHA --- 05"}},
	{false, "The Danish Juche study group posted on its website Kim Il Sung's work \"Let Us Shatter the Imperialist Moves for Aggression\".", []string{"DNK PRK 01"}},
	// an outlet's own publication named by its title names no one
	{false, "The Sweden-Korea Association brought out the new issue of its bulletin \"Korean Review\".", []string{"SWE --- 01"}},
	// a speaker named after the verb through an apposition; papers by their names
	{false, "The friendship between the two parties will grow stronger, said Li Ming, vice-minister of the International Department of the Communist Party of China.", nil},
	{false, "The Turkish Cumhuriyet Daily on Monday carried an article titled \"Energy projects of Turkey and Iran\".", []string{"TUR IRN 01"}},
	// documents qualified, articles contributed, intentions disclosed
	{false, "The Solidarity for Peace of south Korea made public a joint declaration on Monday.", []string{"KOR --- 01"}},
	{false, "The chairman of the Socialist Party of Chile contributed an article titled \"Kim Jong Il and the Korean revolution\" to a weekly.", []string{"CHL PRK 01"}},
	{false, "The Cuban foreign minister disclosed the sinister intentions of the United States at a meeting on Friday.", []string{"CUB USA 11"}},
	// headline greetings from a sender, talks between two sides
	{true, "Congratulations from Zambian Party", []string{"ZMB --- 05"}},
	{true, "Talks between DPRK Foreign Minister and Nepalese Foreign Minister", []string{"PRK NPL 04", "NPL PRK 04"}},
	// a belief that ties will grow is an intent to cooperate; "referred to" states
	{false, "Kim Yong Nam expressed the conviction that the relations of friendship between the DPRK and Ghana would develop further.", []string{"PRK GHA 03"}},
	{false, "The Vietnamese prime minister referred to the tasks of the economy in an address on Monday.", []string{"VNM --- 01"}},
	// a past form before a preposition is the main verb
	{false, "The Chilean Juche idea study group on May 3 and 4 posted on its website articles titled \"The DPRK in 2012\".", []string{"CHL PRK 01"}},
	// messages from leaders with Arabic names
	{false, "Kim Jong Un received a message of greeting from Sheikh Sabah al-Ahmad, emir of Kuwait, on Friday.", []string{"KWT PRK 05"}},
}

func TestConventionSet(t *testing.T) {
	c := builtinCoder(t)
	for _, it := range conventionSet {
		_, events, err := c.ExplainSpeaker(it.text, "2012-05-04", "KCNA", "", it.headline)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range events {
			got = append(got, key3(e.Source)+" "+key3(e.Target)+" "+key2(e.CAMEO))
		}
		sort.Strings(got)
		got = dedupe(got)
		want := append([]string(nil), it.want...)
		sort.Strings(want)
		if _, fp, fn := overlap(got, want); fp > 0 || fn > 0 {
			t.Errorf("%q\n\tgot  %q\n\twant %q", it.text, got, want)
		}
	}
}

// TestConventionsStayInKCNA checks that the state-media readings (a
// foreigner's words about the DPRK are praise) do not leak into wire news.
func TestConventionsStayInKCNA(t *testing.T) {
	c := builtinCoder(t)
	_, events, err := c.ExplainSpeaker("Japan's defence ministry said North Korea had moved two missile units to its east coast.", "2012-05-04", "wire", "", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if key2(e.CAMEO) == "05" {
			t.Errorf("wire report read as praise: %s → %s %s", e.Source, e.Target, e.CAMEO)
		}
	}
}
