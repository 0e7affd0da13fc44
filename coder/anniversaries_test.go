package coder

import "testing"

// An anniversary celebrated with no one named is an occasion, no event
// (coder/anniversaries.go); the anniversary of a named body keeps it.
func TestUNGDUnaddressedAnniversaries(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"SVN", "Next month Slovenia will mark the thirtieth anniversary of its independence.", "", "SVN * 0"},
		{"CHL", "This year we celebrate the fiftieth anniversary of the treaty on the seabed.", "", "CHL * 05"},
		{"IRL", "Last spring we commemorated the centenary of the rising.", "", "IRL * 05"},
		{"BEL", "Today we celebrate the eightieth anniversary of the United Nations.", "BEL IGO 051", ""},
	})
}
