package http

import (
	"fmt"
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
	return &params{q: r.URL.Query(), known: map[string]bool{}}
}

func (p *params) fail(name, format string, args ...any) {
	if p.err == nil {
		p.err = demarche.Errorf(demarche.EINVALID, "parameter %s: %s", name, fmt.Sprintf(format, args...))
	}
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
func (p *params) date(name string) string {
	v := p.str(name)
	if v == "" {
		return ""
	}
	if _, err := time.Parse(demarche.DateLayout, v); err != nil || len(v) != 10 {
		p.fail(name, "%q is not a date (want YYYY-MM-DD)", v)
		return ""
	}
	return v
}

// intIn returns an integer parameter within [min, max], def when absent.
func (p *params) intIn(name string, def, min, max int) int {
	v := p.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.fail(name, "%q: want a whole number from %d to %d", v, min, max)
		return def
	}
	return n
}

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
	if err != nil {
		p.fail(name, "%q is not a number", v)
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
	v := strings.ToLower(p.str(name))
	if v == "" {
		return def
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.fail(name, "%q: want one of %s", v, strings.Join(allowed, ", "))
	return def
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
