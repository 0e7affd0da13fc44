package analysis

import (
	"time"

	"github.com/demarche-project/demarche"
)

// epoch is day 0 of the day numbers below: a Monday, so that day/7 is a
// week starting on Monday (ISO weeks).
var epoch = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// dayOf returns the day number of an ISO date, or -1 when it is not one.
func dayOf(date string) int {
	t, err := time.Parse(demarche.DateLayout, date)
	if err != nil || t.Before(epoch) {
		return -1
	}
	return int(t.Sub(epoch).Hours() / 24)
}

// dateOf returns the ISO date of a day number.
func dateOf(day int) string {
	return epoch.AddDate(0, 0, day).Format(demarche.DateLayout)
}

// monthOf returns the month number (months since January 1900) of a day.
func monthOf(day int) int {
	t := epoch.AddDate(0, 0, day)
	return (t.Year()-1900)*12 + int(t.Month()) - 1
}

// monthStart returns the first day of a month number.
func monthStart(m int) int {
	t := time.Date(1900+m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
	return int(t.Sub(epoch).Hours() / 24)
}

// monthLabel returns "2011-08" for a month number.
func monthLabel(m int) string {
	return dateOf(monthStart(m))[:7]
}
