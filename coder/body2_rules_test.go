package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestBody2Rules checks the readings added after the body2 blind sample of
// KCNA inner sentences and headlines (kcnaforms.go, 48-kcna-body2-actors.txt,
// 65-kcna-body2.txt): each case is a class of construction, written in our
// own words, with the cases it must leave alone.
func TestBody2Rules(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, date, text string
		headline         bool
		want             []string // "SRC TGT CODE" prefixes, in any order
	}{
		// field guidance written in title case
		{"title-case field guidance", "2009-06-02", "Kim Jong Il Gives On-the-Spot Guidance to Huichon Bicycle Works", true, []string{"PRKGOV PRK 042"}},
		{"title-case on-site guidance", "2009-06-02", "Kim Jong Il Provides On-Site Guidance to Rebuilt Seaside Clinic", true, []string{"PRKGOV PRK 042"}},
		// senders named in a headline
		{"basket from a president, no addressee", "2010-06-02", "Floral Basket from Nicaraguan President", true, []string{"NICGOV --- 051"}},
		{"gifts to the leader after an abbreviated title", "1998-06-02", "Gifts to Secy. Kim Jong Il from Vietnamese delegation", true, []string{"VNMGOV PRKGOV 051"}},
		{"letter after G.S.", "1999-06-02", "Letter to G.S. Kim Jong Il from Nepali party leader", true, []string{"NPLPTY PRKGOV 051"}},
		{"message of sympathy with addressee", "2005-06-02", "Message of Sympathy to Kim Jong Il from Malian President", true, []string{"MLIGOV PRKGOV 018"}},
		{"condolences coded once, not praise too", "2011-12-22", "Message of Condolences to Kim Jong Un from Peruvian President", true, []string{"PERGOV PRKGOV 018"}},
		{"wreaths to a bier", "2011-12-22", "Wreaths to Bier of Kim Jong Il from Vietnam", true, []string{"VNM PRKGOV 018"}},
		{"an unnamed sender", "2011-12-22", "Floral Baskets from Foreigners", true, nil},
		{"a sender noun read out inside a story", "2012-06-02", "Read out at the meeting was a letter of thanks from the Cuban embassy.", false, nil},
		// present tense after a name in a headline
		{"visits tagged as a plural noun", "2012-06-02", "Kim Jong Un Visits October 8 Factory", true, []string{"PRKGOV PRK 042"}},
		{"a plural noun after a country is no verb", "2012-06-02", "Korean Books Donated to Chile", true, nil},
		{"a verb in -s tagged as a past", "2012-06-02", "Minju Joson Slams Japan's Military Buildup", true, []string{"PRKMED JPNMIL 111"}},
		// KCNA's inversion of coming and going
		{"inverted arrival, no place", "2012-06-02", "Also arriving on Tuesday was a delegation of the Nepali Ministry of Education.", false, []string{"NPLGOV --- 042"}},
		{"inverted departure from here, name with for", "2012-06-02", "Departing here on Monday were a delegation of the Mongolian Society for Friendship with Foreign Countries and a delegation of the Mongolian Red Cross.", false, []string{"MNGCVL PRK 042"}},
		{"infinitive before the inverted subject", "2012-06-02", "Also leaving to visit Russia was a delegation of the Korean Children's Union.", false, []string{"PRKCVL RUS 042"}},
		{"a home actor's arrival with no place", "2012-06-02", "Arriving first at the square were runners of the Korean People's Army.", false, nil},
		// passive of support with its agent
		{"headline passive of support", "2013-06-02", "DPRK's Proposal Supported by Ghanaian Party", true, []string{"GHAPTY PRK 051"}},
		{"two agents of support", "2013-06-02", "Kim Jong Un's Speech Backed by Organizations of Italy, Peru", true, []string{"ITACVL PRKGOV 051", "PERCVL PRKGOV 051"}},
		{"support of a thing that names no actor", "2013-06-02", "October 4 Declaration Supported by Chilean Organization", true, []string{"CHLCVL --- 051"}},
		{"a backed reduced relative inside a story", "2012-06-02", "The Japanese reactionaries are stepping up their military buildup, backed by the U.S.", false, nil},
		// "<speaker> on …" and "<outlet> on …"
		{"a named official on a topic", "2010-06-02", "Brazilian Foreign Minister on Iranian Nuclear Program", true, []string{"BRAGOV IRN 010"}},
		{"a foreign paper on the DPRK", "2010-06-02", "Tanzanian Newspaper on DPRK's Socialist Construction", true, []string{"TZAMED PRK 010"}},
		{"an outlet's stated censure", "2010-06-02", "Minju Joson on Danger of Japan's Arms Buildup", true, []string{"PRKMED JPN 111"}},
		{"an abbreviated paper", "2004-06-02", "RS on U.S. Hostile Policy toward DPRK", true, []string{"PRKMED USA 111"}},
		{"a home outlet on a home topic", "2010-06-02", "Rodong Sinmun on Might of Single-Hearted Unity", true, nil},
		{"on strike is no topic", "2010-06-02", "South Korean Bus Drivers on Strike", true, nil},
		{"a verb after the topic", "2010-06-02", "Book on Kim Jong Il Published in Egypt", true, nil},
		// an agreement named by its sides
		{"a compound agreement signed", "2003-06-02", "DPRK-Nepal Cultural Cooperation Plan Signed", true, []string{"PRK NPL 057", "NPL PRK 057"}},
		{"a treaty that should be concluded", "2012-06-02", "The U.S. troops should be pulled out and a DPRK-U.S. peace treaty concluded.", false, nil},
		// memorials
		{"a wreath at a monument to soldiers", "2012-06-02", "Kim Yong Nam Lays Wreath before Monument to Fallen Soldiers", true, []string{"PRKGOV --- 051"}},
		{"a basket before the leader's statue", "2012-06-02", "The Lao delegation laid a floral basket before the statue of Kim Il Sung.", false, []string{"LAOGOV PRKGOV 051"}},
		// the leader's inspections
		{"leader inspects a factory", "2009-06-02", "Kim Jong Il Inspects Sunchon Cement Complex", true, []string{"PRKGOV PRK 042"}},
		{"leader inspects an army unit", "2009-06-02", "Kim Jong Il Inspects Artillery Unit of KPA", true, []string{"PRKGOV PRKMIL 042"}},
		{"a foreign delegation inspects", "2012-06-02", "The Chinese delegation inspected the Taean Glass Factory.", false, nil},
		{"going round inside a story", "2012-06-02", "Kim Jong Un went round the hall devoted to the history of the anti-Japanese struggle.", false, nil},
		{"NPCK as a speaker", "2013-06-02", "NPCK Slams U.S. Nuclear Blackmail", true, []string{"PRKCVL USA 111"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: tt.date, Source: "KCNA", Text: tt.text}
			if tt.headline {
				doc.Text, doc.Title = "", tt.text
			}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
