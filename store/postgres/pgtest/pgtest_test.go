package pgtest

import "testing"

func TestVersionLess(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"9.6", "15", true}, {"15", "9.6", false}, {"15", "17", true}, {"17", "17", false}, {"16", "16.1", true}} {
		if got := versionLess(tt.a, tt.b); got != tt.want {
			t.Errorf("versionLess(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}
