package output

import (
	"fmt"
	"strconv"

	"github.com/demarche-project/demarche"
)

// column is one field of the jsonl, tsv, csv and parquet formats: its name
// (the JSON name on demarche.Event) and how to print and parse it.
type column struct {
	name string
	get  func(*demarche.Event) string
	set  func(*demarche.Event, string) error
}

func str(p func(*demarche.Event) *string) (func(*demarche.Event) string, func(*demarche.Event, string) error) {
	return func(e *demarche.Event) string { return *p(e) },
		func(e *demarche.Event, s string) error { *p(e) = s; return nil }
}

func integer(p func(*demarche.Event) *int) (func(*demarche.Event) string, func(*demarche.Event, string) error) {
	return func(e *demarche.Event) string { return strconv.Itoa(*p(e)) },
		func(e *demarche.Event, s string) error {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("want an integer, got %q", s)
			}
			*p(e) = n
			return nil
		}
}

// formatFloat writes a Goldstein score as JSON does for values in its
// range: the shortest decimal that reads back the same.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func parseFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("want a number, got %q", s)
	}
	return f, nil
}

// columns are the event fields in the order of their JSON encoding.
var columns = func() []column {
	var cs []column
	addS := func(name string, p func(*demarche.Event) *string) {
		g, s := str(p)
		cs = append(cs, column{name, g, s})
	}
	addI := func(name string, p func(*demarche.Event) *int) {
		g, s := integer(p)
		cs = append(cs, column{name, g, s})
	}
	addS("id", func(e *demarche.Event) *string { return &e.ID })
	addS("doc", func(e *demarche.Event) *string { return &e.Doc })
	addI("sentence", func(e *demarche.Event) *int { return &e.Sentence })
	addS("date", func(e *demarche.Event) *string { return &e.Date })
	addS("source", func(e *demarche.Event) *string { return &e.Source })
	addS("target", func(e *demarche.Event) *string { return &e.Target })
	addS("source_text", func(e *demarche.Event) *string { return &e.SourceText })
	addS("target_text", func(e *demarche.Event) *string { return &e.TargetText })
	addS("verb_text", func(e *demarche.Event) *string { return &e.VerbText })
	addS("cameo", func(e *demarche.Event) *string { return &e.CAMEO })
	addS("root", func(e *demarche.Event) *string { return &e.Root })
	addI("quad", func(e *demarche.Event) *int { return &e.Quad })
	cs = append(cs, column{"goldstein",
		func(e *demarche.Event) string { return formatFloat(e.Goldstein) },
		func(e *demarche.Event, s string) (err error) { e.Goldstein, err = parseFloat(s); return err }})
	addS("plover", func(e *demarche.Event) *string { return &e.PLOVER })
	addS("sentence_text", func(e *demarche.Event) *string { return &e.Text })
	addS("rule", func(e *demarche.Event) *string { return &e.Rule })
	cs = append(cs, column{"confidence",
		func(e *demarche.Event) string { return formatFloat(e.Confidence) },
		func(e *demarche.Event, s string) (err error) { e.Confidence, err = parseFloat(s); return err }})
	// location (issue 11, places): lat and lon are empty when place is
	addS("place", func(e *demarche.Event) *string { return &e.Place })
	addS("place_country", func(e *demarche.Event) *string { return &e.PlaceCountry })
	addC := func(name string, p func(*demarche.Event) *float64) {
		cs = append(cs, column{name,
			func(e *demarche.Event) string {
				if e.Place == "" && *p(e) == 0 {
					return ""
				}
				return formatFloat(*p(e))
			},
			func(e *demarche.Event, s string) (err error) {
				if s == "" {
					*p(e) = 0
					return nil
				}
				*p(e), err = parseFloat(s)
				return err
			}})
	}
	addC("lat", func(e *demarche.Event) *float64 { return &e.Lat })
	addC("lon", func(e *demarche.Event) *float64 { return &e.Lon })
	addS("place_id", func(e *demarche.Event) *string { return &e.PlaceID })
	return cs
}()

// columnNames returns the names of columns.
func columnNames() []string {
	names := make([]string, len(columns))
	for i, c := range columns {
		names[i] = c.name
	}
	return names
}
