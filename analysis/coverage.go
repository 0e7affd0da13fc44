package analysis

import (
	"context"
	"time"

	"github.com/demarche-project/demarche"
)

// coverage is the number of stored sentences (the units the coder reads)
// per week and per month: the exposure against which a dyad's volume is
// measured, so that a corpus that grows (stories added to headlines, a new
// feed) does not read as a surge.
type coverage struct {
	week  map[int]float64 // week number (day/7) → sentences
	month map[int]float64 // month number → sentences
}

// coverage reads the store's sentences per day up to until.
func (s *Service) coverage(ctx context.Context, until string) (*coverage, error) {
	vol, err := s.store.Volume(ctx, demarche.VolumeQuery{To: until})
	if err != nil {
		return nil, err
	}
	c := &coverage{week: map[int]float64{}, month: map[int]float64{}}
	now := time.Now()
	for _, v := range vol {
		day := dayOf(v.Date)
		// Documents dated where none can be (9999-12-31) cover nothing:
		// their events are left out, and the series end at the last
		// plausible day instead of running for millennia.
		if day < 0 || demarche.CheckDocumentDate(v.Date, now) != nil {
			continue
		}
		c.week[day/7] += float64(v.Sentences)
		c.month[monthOf(day)] += float64(v.Sentences)
	}
	return c, nil
}
