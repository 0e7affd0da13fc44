package http

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// params reads the query parameters of a request, remembering the first bad
// one and which ones were read, so that an unknown parameter is an error
// too (a misspelt filter must not silently return everything).
type params struct {
	q     url.Values
	known map[string]bool
	err   error
}

func newParams(r *http.Request) *params {
	q, err := parseQuery(r.URL.RawQuery)
	return &params{q: q, known: map[string]bool{}, err: err}
}

// parseQuery reads a query string as url.ParseQuery does, but a pair that
// it would drop silently (one with a ';', or a bad %-escape) and a value
// longer than maxParamLength are errors naming the pair.
func parseQuery(raw string) (url.Values, error) {
	q := url.Values{}
	var bad error
	for pair := range strings.SplitSeq(raw, "&") {
		if pair == "" {
			continue
		}
		short := pair
		if len(short) > 60 {
			short = short[:60] + "…"
		}
		if strings.Contains(pair, ";") {
			if bad == nil {
				bad = demarche.Errorf(demarche.EINVALID, "parameter pair %q: ';' is not a separator (use '&', and %%3B for a ';' in a value)", short)
			}
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, err1 := url.QueryUnescape(k)
		v, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			if bad == nil {
				bad = demarche.Errorf(demarche.EINVALID, "parameter pair %q: bad %%-escape", short)
			}
			continue
		}
		if len(v) > maxParamLength && k != "q" && bad == nil {
			bad = demarche.Errorf(demarche.EINVALID, "parameter %.60s: %d bytes, more than the limit of %d", k, len(v), maxParamLength)
		}
		q[k] = append(q[k], v)
	}
	return q, bad
}

// parseDate reads a date parameter: an ISO date, YYYY-MM-DD, from
// 0001-01-01 to 9999-12-31. Every date parameter of the API and the
// dashboard is read with it.
func parseDate(v string) (string, error) {
	if t, err := time.Parse(demarche.DateLayout, v); err != nil || len(v) != len(demarche.DateLayout) || t.Format(demarche.DateLayout) != v {
		if len(v) > 40 {
			v = v[:40] + "…"
		}
		return "", fmt.Errorf("%q is not a date (want YYYY-MM-DD)", v)
	}
	return v, nil
}

func (p *params) fail(name, format string, args ...any) { failParam(&p.err, name, format, args...) }

// failParam sets *err, unless it holds an error already, to the EINVALID
// error of the parameter name: the first bad parameter is the one told.
func failParam(err *error, name, format string, args ...any) {
	if *err == nil {
		*err = demarche.Errorf(demarche.EINVALID, "parameter %s: %s", name, fmt.Sprintf(format, args...))
	}
}

// paramReader is what the API's params and the dashboard's form read
// their typed values through: a parameter's value, trimmed, and the
// report of a bad one.
type paramReader interface {
	str(name string) string
	fail(name, format string, args ...any)
}

// readDate returns an ISO date parameter of r, "" when absent.
func readDate(r paramReader, name string) string {
	v := r.str(name)
	if v == "" {
		return ""
	}
	d, err := parseDate(v)
	if err != nil {
		r.fail(name, "%v", err)
	}
	return d
}

// readIntIn returns an integer parameter of r within [min, max], def when
// absent.
func readIntIn(r paramReader, name string, def, min, max int) int {
	v := r.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		r.fail(name, "%q: want a whole number from %d to %d", v, min, max)
		return def
	}
	return n
}

// readOneOf returns a parameter of r, lower-cased, that must be one of
// allowed, def when absent.
func readOneOf(r paramReader, name, def string, allowed ...string) string {
	v := strings.ToLower(r.str(name))
	if v == "" {
		return def
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	r.fail(name, "%q: want one of %s", v, strings.Join(allowed, ", "))
	return def
}

// str returns a parameter's value, trimmed.
func (p *params) str(name string) string {
	p.known[name] = true
	return strings.TrimSpace(p.q.Get(name))
}

// list returns the values of a repeatable parameter, comma lists split.
func (p *params) list(name string) []string {
	p.known[name] = true
	var out []string
	for _, v := range p.q[name] {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// actors returns a list of actor codes (upper-cased), checking their form.
func (p *params) actors(name string) []string {
	list := p.list(name)
	for i, a := range list {
		a = strings.ToUpper(a)
		list[i] = a
		if len(a) < 3 {
			p.fail(name, "%q is not an actor (a country such as PRK, a code such as RUSMIL, or a configured group)", a)
		}
		for _, r := range a {
			if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
				p.fail(name, "%q is not an actor (letters and digits only)", a)
				break
			}
		}
	}
	return list
}

// date returns an ISO date parameter.
func (p *params) date(name string) string { return readDate(p, name) }

// intIn returns an integer parameter within [min, max], def when absent.
func (p *params) intIn(name string, def, min, max int) int { return readIntIn(p, name, def, min, max) }

// ints returns a list of integers within [min, max].
func (p *params) ints(name string, min, max int) []int {
	var out []int
	for _, v := range p.list(name) {
		n, err := strconv.Atoi(v)
		if err != nil || n < min || n > max {
			p.fail(name, "%q: want a whole number from %d to %d", v, min, max)
			continue
		}
		out = append(out, n)
	}
	return out
}

// float returns a number parameter, def when absent.
func (p *params) float(name string, def float64) float64 {
	v := p.str(name)
	if v == "" {
		return def
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		p.fail(name, "%q is not a finite number", v)
		return def
	}
	return f
}

// bool returns a boolean parameter: true, false, 1, 0 or empty (true when
// present without a value).
func (p *params) bool(name string) bool {
	p.known[name] = true
	vs, ok := p.q[name]
	if !ok {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(vs[0])) {
	case "", "1", "true", "yes":
		return true
	case "0", "false", "no":
		return false
	}
	p.fail(name, "%q: want true or false", vs[0])
	return false
}

// oneOf returns a parameter that must be one of allowed, def when absent.
func (p *params) oneOf(name, def string, allowed ...string) string {
	return readOneOf(p, name, def, allowed...)
}

// codes returns CAMEO codes of 2 to 4 digits.
func (p *params) codes(name string, minLen, maxLen int) []string {
	list := p.list(name)
	for _, c := range list {
		ok := len(c) >= minLen && len(c) <= maxLen
		for _, r := range c {
			ok = ok && r >= '0' && r <= '9'
		}
		if !ok {
			p.fail(name, "%q: want a CAMEO code of %d to %d digits", c, minLen, maxLen)
		}
	}
	return list
}

// done returns the first bad parameter, or an unknown one.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for name := range p.q {
		if !p.known[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		known := make([]string, 0, len(p.known))
		for k := range p.known {
			known = append(known, k)
		}
		sort.Strings(known)
		return demarche.Errorf(demarche.EINVALID, "parameter %s: unknown here (known: %s)", unknown[0], strings.Join(known, ", "))
	}
	return nil
}
