package sqlstore

import (
	"errors"
	"slices"
	"testing"
)

func TestInChunks(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want []int // the sizes of the chunks
	}{
		{0, nil},
		{1, []int{1}},
		{inChunk, []int{inChunk}},
		{inChunk + 1, []int{inChunk, 1}},
		{2*inChunk + 3, []int{inChunk, inChunk, 3}},
	} {
		vals := make([]int64, tt.n)
		for i := range vals {
			vals[i] = int64(i)
		}
		var sizes []int
		next := int64(0)
		err := inChunks(vals, func(args []any) error {
			sizes = append(sizes, len(args))
			for _, a := range args {
				if a.(int64) != next {
					t.Fatalf("n=%d: argument %v, want %d", tt.n, a, next)
				}
				next++
			}
			return nil
		})
		if err != nil || !slices.Equal(sizes, tt.want) {
			t.Errorf("n=%d: chunks %v, %v; want %v", tt.n, sizes, err, tt.want)
		}
	}
	stop := errors.New("stop")
	calls := 0
	if err := inChunks(make([]string, 3*inChunk), func([]any) error { calls++; return stop }); err != stop || calls != 1 {
		t.Errorf("an error: %v after %d calls, want stop after 1", err, calls)
	}
}
