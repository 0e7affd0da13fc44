package treecoder

import (
	"fmt"

	"github.com/demarche-project/demarche/petrarch"
)

// ParseCoder returns a RecordCoder that codes each record's supplied parse with
// d. A record without a parse is an error.
func ParseCoder(d *petrarch.Dicts) petrarch.RecordCoder {
	return func(rec *petrarch.Record, cfg petrarch.Config) ([]petrarch.Coding, string, error) {
		if rec.Parse == "" {
			return nil, "", fmt.Errorf("record %s has no <Parse>", rec.ID)
		}
		res := CodeParse(d, rec.Parse, rec.Date, cfg)
		var out []petrarch.Coding
		for _, e := range res.Events {
			out = append(out, petrarch.Coding{Source: e.Source, Target: e.Target, Code: e.Code})
		}
		return out, res.Discard, nil
	}
}
