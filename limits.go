package demarche

import (
	"fmt"
	"strings"
	"time"
)

// DefaultMaxPeriods is the most periods of a dyad series unless
// DyadQuery.MaxPeriods says otherwise: 50,000 days are 137 years.
const DefaultMaxPeriods = 50000

// The limits of a search query unless the caller sets others: every word
// (OR included) is one more term for the full-text index to intersect.
const (
	DefaultMaxSearchTerms  = 50   // words of a search query
	DefaultMaxSearchLength = 1000 // bytes of a search query
)

// CheckSearch reports whether a search query keeps within maxTerms words
// and maxBytes bytes; the error names the count and the limit. Callers add
// how the limit is set (a flag).
func CheckSearch(q string, maxTerms, maxBytes int) error {
	if len(q) > maxBytes {
		return fmt.Errorf("%d bytes, more than the limit of %d", len(q), maxBytes)
	}
	if n := len(strings.Fields(q)); n > maxTerms {
		return fmt.Errorf("%d words (OR included), more than the limit of %d", n, maxTerms)
	}
	return nil
}

// EarliestDocumentDate is the earliest date a document may have: anything
// before is a typing error or a date of the story, not of the document.
const EarliestDocumentDate = "1800-01-01"

// CheckDocumentDate reports whether an ISO date is plausible as the date of
// a document written by now: from EarliestDocumentDate to tomorrow (a
// document dated in a time zone ahead of UTC). The EINVALID error names the
// date and the bound it breaks.
func CheckDocumentDate(date string, now time.Time) error {
	t, err := time.Parse(DateLayout, date)
	if err != nil || len(date) != len(DateLayout) {
		return Errorf(EINVALID, "%q is not a date (want YYYY-MM-DD)", date)
	}
	if date < EarliestDocumentDate {
		return Errorf(EINVALID, "%s is before %s: not a plausible date for a document", date, EarliestDocumentDate)
	}
	y, m, d := now.UTC().Date()
	tomorrow := time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC)
	if t.After(tomorrow) {
		return Errorf(EINVALID, "%s is after tomorrow (%s): not a plausible date for a document", date, tomorrow.Format(DateLayout))
	}
	return nil
}

// PeriodOf returns the period of kind p (PeriodDay … PeriodYear; anything
// else is a month) that holds day t: its label and its first and last days.
// Weeks are ISO weeks, from Monday.
func PeriodOf(p string, t time.Time) (label string, start, end time.Time) {
	y, m, d := t.Date()
	switch p {
	case PeriodDay:
		start = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return start.Format(DateLayout), start, start
	case PeriodWeek:
		wy, w := t.ISOWeek()
		start = time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%d-W%02d", wy, w), start, start.AddDate(0, 0, 6)
	case PeriodQuarter:
		q := (int(m) - 1) / 3
		start = time.Date(y, time.Month(q*3+1), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%d-Q%d", y, q+1), start, start.AddDate(0, 3, -1)
	case PeriodYear:
		start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return start.Format("2006"), start, time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	start = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return start.Format("2006-01"), start, start.AddDate(0, 1, -1)
}

// CountPeriods returns the number of periods of kind p from the period of
// day from to that of day to, both included: 0 when to is before from. It
// is computed, not stepped through, so that it costs the same for any two
// dates (and day numbers, not durations, which end at 292 years).
func CountPeriods(p string, from, to time.Time) int {
	if to.Before(from) {
		return 0
	}
	_, s0, _ := PeriodOf(p, from)
	_, s1, _ := PeriodOf(p, to)
	switch p {
	case PeriodDay:
		return int((s1.Unix()-s0.Unix())/86400) + 1
	case PeriodWeek:
		return int((s1.Unix()-s0.Unix())/86400)/7 + 1
	case PeriodQuarter:
		return ((s1.Year()-s0.Year())*12+int(s1.Month()-s0.Month()))/3 + 1
	case PeriodYear:
		return s1.Year() - s0.Year() + 1
	}
	return (s1.Year()-s0.Year())*12 + int(s1.Month()-s0.Month()) + 1
}

// FormatSize writes a size in bytes as MiB, KiB or bytes, for messages
// that name a limit.
func FormatSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
