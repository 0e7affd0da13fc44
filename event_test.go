package demarche

import "testing"

func TestValidActor(t *testing.T) {
	for _, tt := range []struct {
		code string
		want bool
	}{
		{"PRK", true},
		{"RUSMIL", true},
		{"IGOUNO", true},
		{"G77", true},
		{"", false},
		{"PR", false},
		{"prk", false},
		{NoActor, false},
		{"PRK GOV", false},
		{"KÖR", false},
	} {
		if got := ValidActor(tt.code); got != tt.want {
			t.Errorf("ValidActor(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
