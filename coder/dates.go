package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

var monthNum = map[string]time.Month{
	"january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
	"april": 4, "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
	"august": 8, "aug.": 8, "aug": 8, "september": 9, "sep.": 9, "sept.": 9, "sep": 9, "sept": 9,
	"october": 10, "oct.": 10, "oct": 10, "november": 11, "nov.": 11, "nov": 11,
	"december": 12, "dec.": 12, "dec": 12,
}

var weekdayNum = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// dateExpr is a date named in a sentence.
type dateExpr struct {
	at   int    // token index
	date string // ISO
}

// setNamedByDate names the word set NAMED_BY_DATE
// (dict/data/06-analysis-words.txt). sentenceDates finds the dates a sentence
// names: "Sep. 13, 2023", "26 April 2025", "on Nov. 18" (the year of the
// document, or the one before when that would be later than the document),
// and weekdays ("on Thursday": the latest such day on or before the
// document's date). Dates after the document's date are plans, not dates of
// events, and are left out. namedByDate are the nouns a date names in KCNA's
// usage ("the June 15 Joint Declaration", "the March 1 Popular Uprising"):
// not the event's date.
const setNamedByDate = "NAMED_BY_DATE"

func (s *sentence) sentenceDates(docDate string) []dateExpr {
	ref, err := time.Parse(demarche.DateLayout, docDate)
	if err != nil {
		return nil
	}
	var out []dateExpr
	n := len(s.toks)
	for k := 0; k < n; k++ {
		w := s.norm(k)
		if m, ok := monthNum[w]; ok && s.toks[k].Capitalized() {
			day, dok := dayNum(s.norm(k + 1))
			if dok && (s.c.sets.lowered(setNamedByDate)[s.norm(k+2)] || s.mentionAt(k) != nil) {
				// "the June 15 Joint Declaration", "the October 4
				// declaration": a date that names a document or an event
				continue
			}
			if dok {
				year := -1
				if s.norm(k+2) == "," {
					if y, ok := yearNum(s.norm(k + 3)); ok {
						year = y
					}
				} else if y, ok := yearNum(s.norm(k + 2)); ok {
					year = y
				}
				out = appendDate(out, k, year, m, day, ref)
				continue
			}
			// "26 April 2025"
			if d, ok := dayNum(s.norm(k - 1)); ok {
				year := -1
				if y, ok := yearNum(s.norm(k + 1)); ok {
					year = y
				}
				out = appendDate(out, k, year, m, d, ref)
			}
			continue
		}
		if wd, ok := weekdayNum[w]; ok && s.toks[k].Capitalized() && !s.plannedDay(k) /* plannedday.go */ {
			back := (int(ref.Weekday()) - int(wd) + 7) % 7
			out = append(out, dateExpr{at: k, date: ref.AddDate(0, 0, -back).Format(demarche.DateLayout)})
		}
	}
	return out
}

func appendDate(out []dateExpr, k, year int, m time.Month, day int, ref time.Time) []dateExpr {
	if year < 0 {
		year = ref.Year()
		if time.Date(year, m, day, 0, 0, 0, 0, time.UTC).After(ref.AddDate(0, 0, 1)) {
			year--
		}
	}
	t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	if t.Month() != m || t.After(ref.AddDate(0, 0, 1)) {
		return out
	}
	return append(out, dateExpr{at: k, date: t.Format(demarche.DateLayout)})
}

// dayNum reads a day of the month: "5", "21st".
func dayNum(w string) (int, bool) {
	w = strings.TrimRight(w, "stndrh")
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31
}

// yearNum reads a year of four digits between 1800 and 2200.
func yearNum(w string) (int, bool) {
	if len(w) != 4 || w[0] < '0' || w[0] > '9' {
		return 0, false // most words: no failed parse, whose error allocates
	}
	y, err := strconv.Atoi(w)
	return y, err == nil && y >= 1800 && y <= 2200
}

// dateFor returns the date of an event whose verb is at token v: the date
// named nearest to it in the sentence, else the document's.
func dateFor(dates []dateExpr, v int, docDate string) string {
	best, dist := "", 1<<30
	for _, d := range dates {
		dd := d.at - v
		if dd < 0 {
			dd = -dd
		}
		if dd < dist {
			best, dist = d.date, dd
		}
	}
	if best == "" {
		return docDate
	}
	return best
}
