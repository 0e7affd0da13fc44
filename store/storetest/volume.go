package storetest

import (
	"sort"
	"testing"

	"github.com/demarche-project/demarche"
)

// testVolume checks the documents, sentences and events per day against the fixture,
// with and without duplicates and within a date range.
func testVolume(t *testing.T, s demarche.Store) {
	got, err := s.Volume(ctx, demarche.VolumeQuery{})
	if err != nil || len(got) != 0 {
		t.Fatalf("Volume of an empty store = %v, %v", got, err)
	}
	fx := NewFixture(13, 40)
	put(t, s, "v1", fx.Coded...)
	want := func(dups bool, from, to string) []demarche.DayVolume {
		per := map[string]*demarche.DayVolume{}
		for _, c := range fx.Coded {
			if _, dup := fx.Dups[c.Doc.ID]; dup && !dups {
				continue
			}
			d := c.Doc.Date
			if (from != "" && d < from) || (to != "" && d > to) {
				continue
			}
			if per[d] == nil {
				per[d] = &demarche.DayVolume{Date: d}
			}
			per[d].Documents++
			per[d].Sentences += len(c.Sentences)
			per[d].Events += len(c.Events)
		}
		out := []demarche.DayVolume{}
		for _, v := range per {
			out = append(out, *v)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Date < out[j].Date })
		return out
	}
	for _, tc := range []struct {
		dups     bool
		from, to string
	}{{false, "", ""}, {true, "", ""}, {false, "2011-03-01", "2011-09-30"}} {
		got, err := s.Volume(ctx, demarche.VolumeQuery{From: tc.from, To: tc.to, Duplicates: tc.dups})
		if err != nil {
			t.Fatalf("Volume(%+v): %v", tc, err)
		}
		w := want(tc.dups, tc.from, tc.to)
		if len(got) != len(w) {
			t.Fatalf("Volume(%+v): %d days, want %d", tc, len(got), len(w))
		}
		for i := range w {
			if got[i] != w[i] {
				t.Errorf("Volume(%+v)[%d] = %+v, want %+v", tc, i, got[i], w[i])
			}
		}
	}
	if _, err := s.Volume(ctx, demarche.VolumeQuery{From: "2011-13-01"}); demarche.ErrorCode(err) != demarche.EINVALID {
		t.Errorf("Volume with a bad date: %v, want EINVALID", err)
	}
}
