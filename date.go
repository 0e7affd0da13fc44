package demarche

import (
	"strings"
	"time"
)

// DateLayout is the layout of every date demarche writes: an ISO date.
const DateLayout = "2006-01-02"

// dateLayouts are the date forms accepted on input, tried in order. They
// cover ISO dates and timestamps, PETRARCH's YYYYMMDD, the RFC 822/1123
// dates of RSS feeds and the written forms of news datelines.
var dateLayouts = []string{
	"2006-01-02",
	"20060102",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2006/01/02",
}

// ParseDate reads a date in any of the accepted forms and returns it as an
// ISO date (YYYY-MM-DD). Timestamps keep their own calendar day. It returns
// an EINVALID error naming the value when no form matches.
func ParseDate(s string) (string, error) {
	v := strings.TrimSpace(s)
	if v == "" {
		return "", Errorf(EINVALID, "empty date")
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t.Format(DateLayout), nil
		}
	}
	return "", Errorf(EINVALID, "unknown date format %q (want YYYY-MM-DD)", s)
}
