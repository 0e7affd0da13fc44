package demarche

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// TestCountPeriods compares the computed count with periods stepped through
// one by one, over random ranges and at the ends of the calendar.
func TestCountPeriods(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(DateLayout, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	step := func(p string, from, to time.Time) int {
		n := 0
		for d := from; !d.After(to); n++ {
			_, _, end := PeriodOf(p, d)
			d = end.AddDate(0, 0, 1)
		}
		return n
	}
	r := rand.New(rand.NewSource(1))
	ranges := [][2]time.Time{{day("9999-12-31"), day("9999-12-31")}, {day("0001-01-01"), day("0001-03-01")},
		{day("9998-01-01"), day("9999-12-31")}, {day("2011-03-04"), day("2011-03-03")}}
	for range 200 {
		a := day("1990-01-01").AddDate(0, 0, r.Intn(20000))
		ranges = append(ranges, [2]time.Time{a, a.AddDate(0, 0, r.Intn(1500))})
	}
	for _, p := range []string{PeriodDay, PeriodWeek, PeriodMonth, PeriodQuarter, PeriodYear} {
		for _, rg := range ranges {
			if got, want := CountPeriods(p, rg[0], rg[1]), step(p, rg[0], rg[1]); got != want {
				t.Fatalf("CountPeriods(%s, %s, %s) = %d, want %d", p, rg[0].Format(DateLayout), rg[1].Format(DateLayout), got, want)
			}
		}
	}
	if got := CountPeriods(PeriodDay, day("0001-01-01"), day("9999-12-31")); got != 3652059 {
		t.Errorf("days of the calendar: %d, want 3652059", got)
	}
	for _, tc := range []struct{ p, date, label, start, end string }{
		{PeriodWeek, "9999-12-31", "9999-W52", "9999-12-27", "10000-01-02"},
		{PeriodWeek, "2011-01-01", "2010-W52", "2010-12-27", "2011-01-02"},
		{PeriodQuarter, "2011-08-03", "2011-Q3", "2011-07-01", "2011-09-30"},
		{PeriodYear, "0005-06-07", "0005", "0005-01-01", "0005-12-31"},
		{PeriodMonth, "2012-02-10", "2012-02", "2012-02-01", "2012-02-29"},
	} {
		l, s, e := PeriodOf(tc.p, day(tc.date))
		if l != tc.label || s.Format(DateLayout) != tc.start || e.Format(DateLayout) != tc.end {
			t.Errorf("PeriodOf(%s, %s) = %s %s %s, want %s %s %s", tc.p, tc.date, l, s.Format(DateLayout), e.Format(DateLayout), tc.label, tc.start, tc.end)
		}
	}
}

func TestCheckDocumentDate(t *testing.T) {
	now := time.Date(2026, 12, 6, 23, 0, 0, 0, time.UTC)
	for date, ok := range map[string]bool{
		"2026-12-06": true, "2026-12-07": true, "2026-12-08": false, "9999-12-31": false,
		"1800-01-01": true, "1799-12-31": false, "0001-01-01": false, "2011-02-30": false, "20110203": false,
	} {
		err := CheckDocumentDate(date, now)
		if (err == nil) != ok || (err != nil && ErrorCode(err) != EINVALID) {
			t.Errorf("CheckDocumentDate(%s) = %v, want ok %v", date, err, ok)
		}
	}
}

// FuzzPeriods checks, for any day of the calendar and any span up to
// 3,000 days, that a period holds its day and that CountPeriods counts what
// stepping through the periods finds.
func FuzzPeriods(f *testing.F) {
	f.Add(int64(0), uint16(0), uint8(0))
	f.Add(int64(2932896), uint16(2), uint8(1)) // 9999-12-29
	f.Add(int64(-100), uint16(400), uint8(3))
	epoch := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	kinds := []string{PeriodDay, PeriodWeek, PeriodMonth, PeriodQuarter, PeriodYear}
	f.Fuzz(func(t *testing.T, day int64, span uint16, kind uint8) {
		from := epoch.AddDate(0, 0, int(day%3652059))
		if from.Before(epoch) || from.After(last) {
			return
		}
		to := from.AddDate(0, 0, int(span%3000))
		if to.After(last) {
			to = last
		}
		p := kinds[int(kind)%len(kinds)]
		_, s, e := PeriodOf(p, from)
		if s.After(from) || e.Before(from) {
			t.Fatalf("PeriodOf(%s, %s) = %s…%s", p, from.Format(DateLayout), s.Format(DateLayout), e.Format(DateLayout))
		}
		n := 0
		for d := from; !d.After(to); n++ {
			_, _, end := PeriodOf(p, d)
			d = end.AddDate(0, 0, 1)
		}
		if got := CountPeriods(p, from, to); got != n {
			t.Fatalf("CountPeriods(%s, %s, %s) = %d, want %d", p, from.Format(DateLayout), to.Format(DateLayout), got, n)
		}
	})
}

func TestCheckSearch(t *testing.T) {
	tests := []struct {
		q    string
		want string // part of the error; "" for none
	}{
		{"troops Kursk", ""},
		{strings.Repeat("a ", 50), ""},
		{strings.Repeat("a ", 51), "51 words (OR included), more than the limit of 50"},
		{strings.Repeat("x", 1000), ""},
		{strings.Repeat("x", 1001), "1001 bytes, more than the limit of 1000"},
	}
	for _, tt := range tests {
		err := CheckSearch(tt.q, DefaultMaxSearchTerms, DefaultMaxSearchLength)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%.20q…: %v", tt.q, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%.20q…: error %v, want %q", tt.q, err, tt.want)
		}
	}
}
