package http

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/demarche-project/demarche"
)

// mark is a highlighted span of a text: a role (src, tgt, verb, hit) and,
// for the spans of events, the event's ID.
type mark struct {
	span  demarche.Span
	role  string
	event string
}

// eventMarks returns the spans of an event's source, target and verb; with
// ids, each tagged with the event's ID.
func eventMarks(e *demarche.Event, ids bool) []mark {
	id := ""
	if ids {
		id = e.ID
	}
	return []mark{{e.SourceSpan, "src", id}, {e.TargetSpan, "tgt", id}, {e.VerbSpan, "verb", id}}
}

// roleNames are what a highlight's title says of each role.
var roleNames = map[string]string{"src": "source", "tgt": "target", "verb": "verb", "hit": "search match"}

// highlight returns text as HTML with the marked spans wrapped in <mark>
// elements whose classes name every role covering them (class="src verb")
// and whose data-ev lists the events they belong to. Overlapping spans are
// cut into segments; spans that do not fit the text or do not fall on
// character boundaries are ignored.
func highlight(text string, marks []mark) template.HTML {
	cuts := []int{0, len(text)}
	var ok []mark
	for _, m := range marks {
		s := m.span
		if s.Empty() || s.Start < 0 || s.End > len(text) || !boundary(text, s.Start) || !boundary(text, s.End) {
			continue
		}
		ok = append(ok, m)
		cuts = append(cuts, s.Start, s.End)
	}
	if len(ok) == 0 {
		return template.HTML(template.HTMLEscapeString(text))
	}
	sort.Ints(cuts)
	var b strings.Builder
	b.Grow(len(text) + 64*len(ok))
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if from == to {
			continue
		}
		var roles, events []string
		for _, m := range ok {
			if m.span.Start <= from && to <= m.span.End {
				roles = addOnce(roles, m.role)
				if m.event != "" {
					events = addOnce(events, m.event)
				}
			}
		}
		seg := template.HTMLEscapeString(text[from:to])
		if len(roles) == 0 {
			b.WriteString(seg)
			continue
		}
		sort.Slice(roles, func(i, j int) bool { return roleOrder(roles[i]) < roleOrder(roles[j]) })
		names := make([]string, len(roles))
		for i, r := range roles {
			names[i] = roleNames[r]
		}
		b.WriteString(`<mark class="`)
		b.WriteString(strings.Join(roles, " "))
		b.WriteString(`" title="`)
		b.WriteString(strings.Join(names, ", "))
		b.WriteString(`"`)
		if len(events) > 0 {
			b.WriteString(` data-ev="`)
			b.WriteString(template.HTMLEscapeString(strings.Join(events, " ")))
			b.WriteString(`"`)
		}
		b.WriteString(">")
		b.WriteString(seg)
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

func addOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func roleOrder(r string) int {
	switch r {
	case "src":
		return 0
	case "verb":
		return 1
	case "tgt":
		return 2
	}
	return 3
}
