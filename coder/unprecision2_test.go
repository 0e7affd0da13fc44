package coder

import "testing"

// The speaking state referring to a topic of its own speech states nothing
// toward what it names; another leader's reference is a statement reported
// (coder/speechreferences.go).
func TestUNGDSpeechReferences(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"PRT", "Let me now refer to the question of migration.", "", "PRT * 010"},
		{"KEN", "The floods I referred to earlier have displaced thousands of families.", "", "KEN * 010"},
		{"NOR", "I am referring here to the crisis that Sudan is facing.", "", "NOR * 010"},
		{"FJI", "Fiji would like to refer to the report of the Secretary-General on oceans.", "", "FJI * 010"},
		// another speaker's reference is reported speech
		{"ECU", "President Lula of Brazil referred yesterday to the hunger that afflicts millions.", "BRA --- 010", ""},
	})
}

// A hope, a belief or a conviction the speaking state states is no act
// toward anyone; another leader's hope is a statement reported
// (coder/speakerhopes.go).
func TestUNGDSpeakerHopes(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"NPL", "We express the hope that the coming summit on oceans will be a success.", "", "NPL * 013"},
		{"URY", "I reiterate our firm conviction that dialogue is the only path to peace.", "", "URY * 013"},
		{"GUY", "Guyana sincerely hopes that Venezuela will change its mind.", "", "GUY * 01"},
		{"MLT", "Malta expresses the hope that the parties in Libya will return to the table.", "", "MLT * 013"},
		// what comes with the hope keeps its event
		{"GAB", "We reaffirm our confidence in and pay tribute to the Secretary-General for his leadership.", "GAB IGO 051", "GAB * 013"},
		// another leader's hope is reported speech
		{"SEN", "President Macron of France expressed the hope that the talks would resume soon.", "FRA --- 013", ""},
	})
}

// Coming "here", in a statement, is coming to the hall of the speech, no
// visit (coder/hallvisits.go); outside statements "here" keeps its visit.
func TestUNGDHallVisits(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"GUY", "I have come here today to speak for the small island states.", "", "GUY * 04"},
		{"ZMB", "Every year we come here with the same plea for debt relief.", "", "ZMB * 04"},
		{"CHE", "I decided to come here to set out our proposals.", "", "CHE * 03"},
		// coming to the Assembly or the UN itself is taking part in the debate
		{"NAM", "Once more we come to the General Assembly with our old plea for fair trade.", "", "NAM * 04"},
		{"BLZ", "Our foreign minister comes to this Assembly every year to speak of the reef.", "", "BLZ * 04"},
		{"TON", "I come to this Organization moved by the plight of our islands.", "", "TON * 04"},
		// a visit to a named country stays a visit
		{"KEN", "Last year our President came to China for talks on trade.", "KENGOV CHN 042", ""},
	})
}

// "Be going to" before a verb is the verb's near future, no travel
// (coder/goingto.go); going to a place stays a visit.
func TestGoingToFuture(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"IRL", "We are going to plant millions of trees in Ireland.", "", "IRL * 04"},
		{"PER", "Our Government is going to press on with the reform of the courts.", "", "PER * 04"},
		{"JOR", "Next month our Government is going to the West Bank to open a clinic.", "JORGOV PSE 042", ""},
	})
}

// Outside a government's statement "here" is the publication's place:
// arriving here is a visit (KCNA's convention, kept).
func TestKCNAHereStaysAVisit(t *testing.T) {
	c := builtinCoder(t)
	_, events, err := c.ExplainSpeaker("A delegation of the Lao People's Revolutionary Party arrived here on Tuesday.", "2012-05-02", "KCNA", "", false)
	if err != nil {
		t.Fatal(err)
	}
	if !wantFound(events, "LAO PRK 042") {
		t.Errorf("want LAO PRK 042, got %v", events)
	}
}

// A government's plans for its own country and people are domestic policy,
// no intention toward anyone; an intention toward another country keeps
// its event (coder/domesticintentions.go).
func TestUNGDDomesticIntentions(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"GHA", "We intend to bring clean water to every village in Ghana by 2030.", "", "GHA * 03"},
		{"PER", "My Government seeks to give all Peruvians access to health care.", "", "PER * 03"},
		{"MNG", "Mongolia aims to double the incomes of its herders.", "", "MNG * 03"},
		// another country named in the content stays the target
		{"NOR", "We intend to build new schools in Malawi with our partners.", "NOR MWI 03", ""},
	})
}

// A plan or a programme adopted with no partner named is the government's
// own policy, no agreement signed; one signed with a partner stays
// (coder/ownplans.go).
func TestUNGDOwnPlans(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"ZMB", "Zambia has adopted its eighth national development plan for the years to come.", "", "ZMB * 057"},
		{"FJI", "We recently adopted an action plan to fight coastal erosion.", "", "FJI * 057"},
		{"BOL", "My Government adopted a programme to bring electricity to rural homes.", "", "BOL * 057"},
		{"TZA", "Tanzania adopted its third five- year national development plan for 2021 to 2026.", "", "TZA * 057"},
		// a plan signed with a named partner keeps its event
		{"VNM", "Viet Nam signed a programme of cultural exchange with Laos last year.", "VNM LAO 057", ""},
	})
}

// The act after "need X to", "expect X to" is X's: an appeal to X, to no
// one named when X is an unnamed addressee, no event when X is abstract;
// the subject's own act ("we need to act", "I want also to thank")
// stays (coder/neededacts.go).
func TestUNGDNeededActs(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"TON", "We need the United Nations to assist us with the recovery.", "TON IGO 020", "TON * 07"},
		{"GEO", "Georgia expects Russia to withdraw its troops from our territory.", "GEO RUS 020", ""},
		{"SOM", "We need everyone to cooperate with us against the pirates.", "SOM --- 020", "SOM * 06"},
		{"NRU", "We need more investment to come to the islands.", "", "NRU * 04"},
		// the subject's own act
		{"LVA", "I want also to thank Japan for its generous support.", "LVA JPN 051", ""},
	})
}

// The agent of what is endorsed or censured, after a participle with its
// particle ("carried out by X"), is the target (coder/voice.go
// agentTarget).
func TestUNGDAgentAfterParticle(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"NZL", "We condemn the missile launches carried out by the Democratic People's Republic of Korea.", "NZL PRK 111", ""},
		{"CHL", "We support the plan drawn up by the United Nations Secretary-General last year.", "CHL IGO 051", ""},
	})
}

// The addressed President's own thing ("your proposal, Mr. President") is
// the President's: target the United Nations; the closing "I thank you,
// Mr. President" stays no event (coder/yourpresident.go, address.go).
func TestUNGDYourPresident(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"MLT", "We fully support your proposal, Mr. President, to hold a summit on water.", "MLT IGO 051", ""},
		{"NAM", "Mr. President, I welcome the choice of your theme for this session.", "NAM IGO 051", ""},
		{"BRB", "Mr. President, allow me to extend to you our warmest congratulations on your election.", "BRB IGO 051", ""},
		// the closing formula stays dropped
		{"TUV", "I thank you, Mr. President.", "", "TUV * *"},
		// no President addressed: "your" is someone else's
		{"CAN", "We support your efforts to end the war.", "", "CAN IGO *"},
	})
}

// Praise or sympathy conveyed "of" the speaking state "to" another goes to
// that other; an aim after "to" is no addressee (coder/sentpraise.go).
func TestUNGDSentPraise(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"LSO", "I express the solidarity of the people and the Government of Lesotho to the people of Malawi.", "LSO MWI 051", ""},
		{"FJI", "Let me convey the deep condolences of the Government of Fiji to the people of Vanuatu.", "FJI VUT 018", ""},
		{"OMN", "I wish to express the gratitude of the Sultanate of Oman to the Secretary-General, Mr. António Guterres, for his work.", "OMN IGO 051", ""},
		// an aim, not an addressee
		{"KWT", "We renew the commitment of the State of Kuwait to combat the Islamic State everywhere.", "", "KWT IMG *"},
	})
}

// An act in a relative clause after an unnamed group is the group's, not
// the speaker's; the thanks stay (coder/unnamedgivers.go).
func TestUNGDUnnamedGivers(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"TON", "Tonga thanks every partner, near and far, that assisted Tonga in rebuilding after the cyclone.", "TON --- 051", "TON * 07"},
		{"TON", "Let me, on behalf of all Tongans, express appreciation to all those that have helped our country.", "", "TON * 07"},
		// a named actor before the relative keeps its act
		{"SYR", "It was Russia that helped us defeat the terrorists.", "", "SYR * 07"},
	})
}

// An intention stated with a partner is the subject's alone: no event from
// the partner back; joint undertakings and coordinated subjects keep both
// (coder/oneway.go).
func TestUNGDOneWayIntentions(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"IND", "I want to hold serious bilateral talks with Pakistan.", "IND PAK 03", "PAK * *"},
		{"TZA", "Tanzania stands ready to cooperate with the United Nations on the new agenda.", "TZA IGO 03", "IGO * *"},
		{"NOR", "Norway will work closely with the United Nations Special Envoy on the seas.", "NOR IGO 03", "IGO * *"},
	})
}

// The speaker's act in an "as" clause of time or circumstance is the
// occasion of the sentence; the main clause, an act toward a named party
// and a performed thanks stay (coder/asclauses.go).
func TestUNGDAsClauses(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"BEN", "As we celebrate the seventy-fifth anniversary of the United Nations, the world remains divided.", "", "BEN IGO *"},
		{"MLT", "As we work together to shape the new agenda, poverty must remain our first concern.", "", "MLT * 06"},
		// an act toward a named party, and a performed thanks, stay
		{"QAT", "As we urge the Government of Myanmar to protect its people, we continue to send aid.", "QAT MMR 02", ""},
		{"BRB", "As we thank the outgoing President for his noble efforts, we welcome his successor.", "BRB IGO 051", ""},
	})
}
