package analysis

import (
	"context"
	"fmt"
	"testing"

	"github.com/demarche-project/demarche"
)

// seriesStore is an EventStore over a made-up corpus: every day holds
// 1000 sentences, and the events between two actors are given.
type seriesStore struct {
	from, to int // day numbers
	events   []demarche.Event
}

func (s *seriesStore) Events(ctx context.Context, f demarche.EventFilter) (*demarche.EventPage, error) {
	return &demarche.EventPage{Events: s.events}, nil
}

func (s *seriesStore) EachEvent(ctx context.Context, f demarche.EventFilter, fn func(*demarche.Event) error) error {
	for i := range s.events {
		if f.To != "" && s.events[i].Date > f.To {
			continue
		}
		if err := fn(&s.events[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *seriesStore) Dyad(context.Context, demarche.DyadQuery) ([]demarche.DyadPeriod, error) {
	return nil, nil
}

func (s *seriesStore) Search(context.Context, demarche.SearchQuery) (*demarche.SearchResult, error) {
	return &demarche.SearchResult{}, nil
}

func (s *seriesStore) Volume(ctx context.Context, q demarche.VolumeQuery) ([]demarche.DayVolume, error) {
	var out []demarche.DayVolume
	for d := s.from; d <= s.to; d++ {
		if q.To != "" && dateOf(d) > q.To {
			break
		}
		out = append(out, demarche.DayVolume{Date: dateOf(d), Documents: 100, Sentences: 1000, Events: 50})
	}
	return out, nil
}

// add puts n documents of one event each from PRK to MNG on a day.
func (s *seriesStore) add(day, n int) {
	for k := 0; k < n; k++ {
		doc := fmt.Sprintf("d%d-%d", day, k)
		s.events = append(s.events, demarche.Event{ID: doc + "-e", Doc: doc, Date: dateOf(day), Source: "PRKGOV", Target: "MNGGOV",
			CAMEO: "042", Root: "04", Quad: 1, Goldstein: 1.9, Text: "The delegation visited."})
	}
}

// newSeries returns three years of one document a week between PRK and
// MNG, from 2020-01-06 (a Monday).
func newSeries() *seriesStore {
	start := dayOf("2020-01-06")
	s := &seriesStore{from: start, to: start + 3*364}
	for w := 0; w < 3*52; w++ {
		s.add(start+7*w+2, 1)
	}
	return s
}

func surges(t *testing.T, s *seriesStore) []demarche.Signal {
	t.Helper()
	rep, err := New(s, Options{}).Signals(context.Background(), demarche.SignalQuery{Source: []string{"PRK"}, Target: []string{"MNG"},
		Kinds: []string{demarche.SignalSurge}})
	if err != nil {
		t.Fatal(err)
	}
	return rep.Signals
}

// TestScales: an episode spread over four weeks, no week of which reaches
// the weekly thresholds, is found in its month; a burst within one week is
// found at the week scale and reported once, not again in its month and
// quarter.
func TestScales(t *testing.T) {
	journey := newSeries()
	// Four documents a week more for four weeks from 2022-03-07.
	j0 := dayOf("2022-03-07")
	for w := 0; w < 4; w++ {
		journey.add(j0+7*w+1, 4)
	}
	got := surges(t, journey)
	if len(got) != 1 || got[0].Scale != ScaleMonth || got[0].From < "2022-03-01" || got[0].To > "2022-03-31" || got[0].Score < 5 {
		t.Fatalf("a journey of four weeks: %+v; want one surge at the month scale in 2022-03", got)
	}
	t.Logf("journey: %.1f %s %s", got[0].Score, got[0].Scale, got[0].Title)

	summit := newSeries()
	summit.add(dayOf("2022-03-09"), 12)
	got = surges(t, summit)
	if len(got) != 1 || got[0].Scale != ScaleWeek || got[0].Date != "2022-03-09" {
		t.Fatalf("a summit week: %+v; want one surge at the week scale", got)
	}
	t.Logf("summit: %.1f %s %s", got[0].Score, got[0].Scale, got[0].Title)

	// The same evidence gives the same ID; a surge that goes on into the
	// next day keeps it.
	again := surges(t, summit)
	summit.add(dayOf("2022-03-10"), 6)
	grown := surges(t, summit)
	if again[0].ID != got[0].ID || len(grown) != 1 || grown[0].ID != got[0].ID || grown[0].To != "2022-03-10" {
		t.Errorf("IDs: %s, again %s, grown %+v", got[0].ID, again[0].ID, grown)
	}
}
