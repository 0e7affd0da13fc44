package coder

import "testing"

// Receiving or welcoming is hosting (043) only when a visitor is taken in
// (coder/hostedobjects.go): a thing welcomed is endorsed (051), a thing
// received is no act, people sheltered are granted asylum (075).
func TestUNGDHostedObjects(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		// things welcomed: endorsement
		{"NPL", "We welcome the latest report of the expert panel.", "NPL --- 051", "NPL * 043"},
		{"FIN", "I welcome the courage shown by Chile and Peru.", "FIN CHL 051", "FIN * 043"},
		{"MLT", "Malta welcomes the reforms begun by the Secretary-General.", "MLT * 051", "MLT * 043"},
		// things received: no act of the receiver
		{"BEN", "Last month we received encouraging news from Togo.", "", "BEN * 043"},
		{"LAO", "We have received many requests from our neighbours in this regard.", "", "LAO * 043"},
		{"NPL", "Our Constitution accommodates the hopes of all our communities.", "", "NPL * 043"},
		{"GEO", "Last summer we received two million German tourists.", "", "GEO * 043"},
		// people sheltered: asylum
		{"CRI", "We have welcomed thousands of refugees from Nicaragua.", "CRI NIC 075", "CRI * 043"},
		// visitors stay hosted
		{"MWI", "This year Malawi received a delegation from the World Bank.", "MWI IGO 043", ""},
		{"MNG", "Last year we welcomed the Prime Minister of Japan in Ulaanbaatar.", "MNG JPN 043", ""},
	})
}

// The KCNA convention of credentials: receiving them is hosting the envoy.
func TestHostedCredentials(t *testing.T) {
	c := builtinCoder(t)
	_, events, err := c.Explain("Kim Yong Nam received credentials from the Lao ambassador to the DPRK on Tuesday.", "2012-05-10", "KCNA", false)
	if err != nil {
		t.Fatal(err)
	}
	if !wantFound(events, "PRKGOV LAO 043") {
		t.Errorf("credentials received: want PRKGOV LAO 043, got %v", events)
	}
}

// A welcomed thing, once read as endorsement, takes its author named in a
// by-phrase (coder/endorsedauthors.go).
func TestUNGDWelcomedAuthors(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"MLT", "Malta welcomes the reforms begun by the Secretary-General.", "MLT IGO 051", "MLT --- 051"},
		{"EST", "Estonia welcomes the measures adopted by Finland.", "EST FIN 051", ""},
	})
}
