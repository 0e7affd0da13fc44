package splitmix

import "testing"

// TestMix pins known values: feature hashes in the committed parser model
// and stored MinHash signatures depend on them.
func TestMix(t *testing.T) {
	tests := []struct{ in, want uint64 }{
		{0, 0},
		{1, 0x5692161d100b05e5},
	}
	for _, tt := range tests {
		if got := Mix(tt.in); got != tt.want {
			t.Errorf("Mix(%d) = %#x, want %#x", tt.in, got, tt.want)
		}
	}
}
