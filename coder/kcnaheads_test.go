package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestHeadlineCommaPairs checks that two or more actor names opening a
// headline joined by commas are read as joined by "and" (kcnaheads.go):
// a joint act runs both ways, another act from each side; lists in other
// places are left alone. Our own headlines.
func TestHeadlineCommaPairs(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"joint signing", "KCNA", "2011-06-02", "DPRK, Mongolia Sign Trade Protocol", []string{"PRK MNG 057", "MNG PRK 057"}},
		{"to and a verb", "KCNA", "2011-06-02", "Bolivia, Cuba to Expand Economic Cooperation", []string{"BOL CUB 061", "CUB BOL 061"}},
		{"three names", "KCNA", "2011-06-02", "Russia, Belarus, Armenia Condemn Sanctions on Syria", []string{"RUS SYR 111", "BLR SYR 111", "ARM SYR 111"}},
		{"each side's own act", "KCNA", "2011-06-02", "Venezuela, Nicaragua Support Palestinian Statehood", []string{"VEN PSE 051", "NIC PSE 051"}},
		// left alone
		{"a list after the verb", "KCNA", "2011-06-02", "Kim Yong Nam Receives Envoys of Nepal, Peru", []string{"PRKGOV NPLGOV 043", "PRKGOV PERGOV 043"}},
		{"no verb after the names", "KCNA", "2011-06-02", "DPRK, Nepal Friendship Week Closes", nil},
	}
	runCodeCases(t, c, tests)
}

// TestGreetedOccasions checks that "greet" with a date or a time as its
// object is no greeting of anyone (kcnaheads.go, 98-kcna-heads.txt), that
// a greeting of a person or of an actor's anniversary is kept, and that
// the Central African Republic's offices are read
// (22-actors-kcna-heads.txt). Our own sentences.
func TestGreetedOccasions(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"the new year", "KCNA", "2012-01-02", "The workers of the DPRK greeted the New Year with fresh resolve.", nil},
		{"its anniversary", "KCNA", "2012-01-02", "The Pyongyang Zoo is greeting its 50th anniversary this week.", nil},
		{"an era", "KCNA", "2012-01-02", "The country greeted a new era of prosperity.", nil},
		{"headline", "KCNA", "2012-01-02", "Wonsan Greets New Year with Festivities", nil},
		// left alone
		{"a head of state", "KCNA", "2012-01-02", "Kim Yong Nam Greets Central African President", []string{"PRKGOV CAFGOV 051"}},
		{"an actor's anniversary", "KCNA", "2012-01-02", "Bolivian Party Greets WPK's Anniversary", []string{"BOLPTY PRKPTY 051"}},
		{"a foreign minister", "KCNA", "2012-01-02", "Pak Ui Chun greets Central African FM", []string{"PRKGOV CAFGOV 051"}},
	}
	runCodeCases(t, c, tests)
}

// TestAgentlessPassiveHeads checks that a headline told in the passive with
// no agent gives nothing (kcnaheads.go; CONVENTIONS.md), and that an agent
// after the participle, an agreement signed between two sides and an active
// headline keep their events. Our own headlines.
func TestAgentlessPassiveHeads(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"flayed", "KCNA", "2012-02-02", "Japan's Plan to Expand Naval Base Flayed", nil},
		{"urged between two sides", "KCNA", "2012-02-02", "Early Talks between DPRK and Japan Urged", nil},
		{"demanded at a place", "KCNA", "2012-02-02", "Withdrawal of U.S. Troops Demanded in S. Korea", nil},
		{"lower case", "KCNA", "2002-02-02", "U.S. outbursts against DPRK rebuffed", nil},
		// left alone
		{"agent after the participle", "KCNA", "2012-02-02", "Kim Jong Il's Work Carried in Peruvian Newspaper", []string{"PERMED PRKGOV 010"}},
		{"agreement signed between", "KCNA", "2012-02-02", "Agreement between DPRK and Laos Signed", []string{"PRK LAO 057", "LAO PRK 057"}},
		{"with an agent", "KCNA", "2012-02-02", "Japan's Plan to Expand Naval Base Flayed by Chinese Paper", []string{"CHNMED JPN 111"}},
		{"active headline", "KCNA", "2012-02-02", "Cuba Flays U.S. Blockade", []string{"CUB USA 111"}},
	}
	runCodeCases(t, c, tests)
}

// TestKCNAKoreaPairs checks that KCNA's bare "Korea" paired with another
// country is the DPRK (kcnaheads.go), and that a Korea with its side, a
// quoted historical name and other sources keep KOR. Our own headlines.
func TestKCNAKoreaPairs(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"comma pair", "KCNA", "1999-03-02", "Korea, Mali cooperate in public health", []string{"PRK MLI 06", "MLI PRK 06"}},
		{"hyphen pair", "KCNA", "1999-03-02", "Korea-Vietnam economic talks held", []string{"PRK VNM 04", "VNM PRK 04"}},
		{"between delegations", "KCNA", "1999-03-02", "Talks between delegations of Korea and Nepal", []string{"PRKGOV NPL 046", "NPL PRKGOV 046"}},
		{"a home body of Korea", "KCNA", "2012-03-02", "A delegation of the Architects Union of Korea left here for Nepal on Monday.", []string{"PRK"}},
		{"a home body denouncing", "KCNA", "2012-03-02", "The Film Workers Union of Korea denounced Japan for its distortion of history.", []string{"PRKCVL JPN 111"}},
		{"a committee for reunification abroad", "KCNA", "2012-03-02", "The Osaka Committee for Supporting the Peaceful Reunification of Korea denounced the U.S. for its war drills.", nil},
		{"a committee in a country", "KCNA", "2012-03-02", "The International Committee for Peace in Korea in Peru denounced the U.S. for its drills.", []string{"PER USA 111"}},
		// left alone
		{"a name going on", "KCNA", "2012-03-02", "The Student Council of Korea University denounced the police.", []string{"KOR"}},
		{"reunification of Korea in a headline", "KCNA", "2012-03-02", "Committee for Reunification of Korea Denounces Drills", []string{"KOR"}},
		{"south Korea", "KCNA", "1999-03-02", "Foreign Ministry Spokesman on S. Korea-Japan Military Pact", []string{"PRKGOV KOR", "PRKGOV JPN"}},
		{"other news", "wire", "1999-03-02", "Korea and Mali signed an agreement on health cooperation.", []string{"KOR MLI 057", "MLI KOR 057"}},
	}
	runCodeCases(t, c, tests)
}

// TestBlamedSubjects checks that the subject of a predicative "to blame" is
// the one blamed (kcnaheads.go): no event in the outlet's own voice, the
// colon speaker or the speaking state as the one who blames, and a named
// speaker or an active "blamed" left alone. Our own sentences.
func TestBlamedSubjects(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"headline", "KCNA", "2012-02-02", "Japan Wholly to Blame for Stalled Talks", nil},
		{"sentence", "KCNA", "2012-02-02", "The U.S. is chiefly to blame for the tension in the region.", nil},
		{"two subjects", "KCNA", "2012-02-02", "U.S., Japan to Blame for Arms Race in Asia", nil},
		{"colon speaker", "KCNA", "2012-02-02", "U.S. to Blame for Tension: Peruvian Organization", []string{"PERCVL USA 112"}},
		// left alone
		{"named speaker", "KCNA", "2012-02-02", "The Cuban paper said that the U.S. was entirely to blame for the crisis.", []string{"CUBMED USA 112"}},
		{"active blame", "KCNA", "2012-02-02", "Japan blamed China for the incident.", []string{"JPN CHN 112"}},
	}
	runCodeCases(t, c, tests)
	// a government's own statement: the speaking state blames
	got := codeDoc(t, c, &demarche.Document{ID: "d", Date: "2016-09-20", Country: "FRA", Text: "The Security Council, which is partly to blame for the marginalization of Africa, must act."})
	checkCodePrefixes(t, got, []string{"FRAGOV IGOUNO 112"})
}
