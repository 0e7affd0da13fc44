package coder

import "testing"

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
