package coder

import "testing"

// Trade and investment with no named partner tell a country's own economy,
// no event (coder/tradepartners.go); a named partner keeps the event.
func TestUNGDPartnerlessTrade(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"KEN", "We are investing heavily in our schools and our clinics.", "", "KEN * 061"},
		{"URY", "Uruguay will invest in clean energy for the next generation.", "", "URY * 03"},
		{"PRY", "Thirty years ago Paraguay had to import most of its wheat.", "", "PRY * 061"},
		{"VNM", "Viet Nam trades with Japan more than ever before.", "VNM JPN 061", ""},
	})
}
