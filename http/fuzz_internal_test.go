package http

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// FuzzParams reads any query string with the parameter helpers of the API
// and the dashboard: no panic, and every error is EINVALID naming a
// parameter.
func FuzzParams(f *testing.F) {
	for _, s := range []string{"a=PRK&b=RUS&by=day&from=9999-12-31&to=9999-12-31", "min_score=NaN", "from=2011-01-01;to=x",
		"%zz=1", "limit=99999999999999999999", "quad=1,2,9&cameo=0,12345", "q=%00%ff", "dyad=PRK&directed", "&&=&a==b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := httptest.NewRequest("GET", "/api/events", nil)
		r.URL.RawQuery = raw
		p := newParams(r)
		eventFilter(p)
		p.float("min_score", 0)
		p.oneOf("by", "month", "day", "week", "month")
		p.date("since")
		if err := p.done(); err != nil {
			if demarche.ErrorCode(err) != demarche.EINVALID || !strings.HasPrefix(err.Error(), "parameter") {
				t.Errorf("%q: %v", raw, err)
			}
		}
		fm := newForm(r)
		fm.actors("a")
		fm.date("from")
		fm.float("min_score", 0)
		fm.intIn("page", 1, 1, 1<<20)
		if fm.err != nil && demarche.ErrorCode(fm.err) != demarche.EINVALID {
			t.Errorf("%q: %v", raw, fm.err)
		}
	})
}

// FuzzParseDate checks that a date parameter is accepted exactly when it
// is an ISO date that reads back the same.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2011-08-24", "9999-12-31", "0001-01-01", "10000-01-01", "2011-02-30", "2011-8-4", "+011-08-24"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		d, err := parseDate(v)
		if err == nil && (d != v || len(v) != 10) {
			t.Errorf("parseDate(%q) = %q", v, d)
		}
	})
}

// FuzzIngestBody reads any request body as documents: no panic; every
// record is either a document with an id and a plausible date or a
// rejected record with a reason.
func FuzzIngestBody(f *testing.F) {
	for _, s := range []string{"[null]", `[{"id":"a","date":"2011-08-24","text":"x"}, null, 3]`,
		`{"id":"a","date":"2011-08-24","text":"x"}` + "\n{bad\n" + `{"id":1,"date":20110824,"title":"t"}`,
		"[" + strings.Repeat("[", 1000), `{"id":"a","date":"9999-12-31","text":"x"}`, "\xff\xfe", `[{"text":{"a":1}}]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		docs, rejected, n, err := readDocuments(body)
		if err != nil {
			if demarche.ErrorCode(err) != demarche.EINVALID {
				t.Errorf("error %v", err)
			}
			return
		}
		for _, d := range docs {
			if d == nil || d.ID == "" || demarche.CheckDocumentDate(d.Date, time.Now()) != nil {
				t.Errorf("document %+v", d)
			}
		}
		if len(rejected) != min(n, maxRejected) {
			t.Errorf("%d rejected listed of %d", len(rejected), n)
		}
		for _, r := range rejected {
			if r.Reason == "" || (r.Line == 0) == (r.Element == 0) {
				t.Errorf("rejected %+v", r)
			}
		}
	})
}
