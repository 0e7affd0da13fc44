package petrarch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Outcome is how a record's coding compares with the expected one.
type Outcome uint8

// Outcomes of a validation record.
const (
	Exact   Outcome = iota // the same set of events (or the same discard)
	Partial                // some expected events, not all, or some more
	Wrong                  // none of the expected events
)

func (o Outcome) String() string { return [...]string{"exact", "partial", "wrong"}[o] }

// RecordCoder codes one validation record under the options in force. It
// returns the events (source, target, code) or the discard reason.
type RecordCoder func(rec *Record, cfg Config) (got []Coding, discard string, err error)

// RecordResult is the outcome of one record.
type RecordResult struct {
	Record  *Record
	Got     []Coding
	Discard string
	Err     error
	Outcome Outcome
}

// Summary is the outcome of a validation run.
type Summary struct {
	Records, Exact, Partial, Wrong int
	Results                        []RecordResult
}

// Line returns the closing line of a run.
func (s *Summary) Line() string {
	return fmt.Sprintf("records %d exact %d partial %d wrong %d", s.Records, s.Exact, s.Partial, s.Wrong)
}

// EnvFiles returns the dictionary files an <Environment> names, in dir.
// A missing verb or actor file name is an error.
func EnvFiles(env *Environment, dir string) (Files, error) {
	if env == nil || env.Verbfile == "" || env.Actorfile == "" {
		return Files{}, fmt.Errorf("the records name no <Verbfile> and <Actorfile> in an <Environment>")
	}
	j := func(n string) string {
		if n == "" {
			return ""
		}
		return filepath.Join(dir, n)
	}
	f := Files{Verbs: j(env.Verbfile), Agents: j(env.Agentfile), Discards: j(env.Discardfile)}
	for _, a := range strings.FieldsFunc(env.Actorfile, func(r rune) bool { return r == ',' || r == ' ' }) {
		f.Actors = append(f.Actors, j(a))
	}
	return f, nil
}

// Validate codes every record marked sentence="true" with code, applying
// the options of the environment and of the <Config> elements in order,
// and compares the result with the expected coding. A coder that panics
// on a record fails that record, not the run.
func Validate(rf *RecordFile, code RecordCoder) *Summary {
	cfg := DefaultConfig()
	if rf.Env != nil {
		for _, c := range rf.Env.Config {
			_ = cfg.Set(c.Option, c.Value)
		}
	}
	sum := &Summary{}
	for _, rec := range rf.Records {
		for _, c := range rec.Config {
			_ = cfg.Set(c.Option, c.Value)
		}
		if !rec.Sentence {
			continue
		}
		r := RecordResult{Record: rec}
		func() {
			defer func() {
				if p := recover(); p != nil {
					r.Err = fmt.Errorf("coder panic: %v", p)
				}
			}()
			r.Got, r.Discard, r.Err = code(rec, cfg)
		}()
		r.Outcome = compare(rec, r)
		sum.Records++
		switch r.Outcome {
		case Exact:
			sum.Exact++
		case Partial:
			sum.Partial++
		default:
			sum.Wrong++
		}
		sum.Results = append(sum.Results, r)
	}
	return sum
}

// CheckConfig reports the <Config> options of a file that Config does
// not know, with their lines.
func CheckConfig(rf *RecordFile, file string) []error {
	var errs []error
	var cfg Config
	check := func(cs []ConfigOption) {
		for _, c := range cs {
			if err := cfg.Set(c.Option, c.Value); err != nil {
				errs = append(errs, &RecordError{file, c.Line, err.Error()})
			}
		}
	}
	if rf.Env != nil {
		check(rf.Env.Config)
	}
	for _, r := range rf.Records {
		check(r.Config)
	}
	check(rf.Trailing)
	return errs
}

func key(c Coding) string { return c.Source + "\x00" + c.Target + "\x00" + c.Code }

func compare(rec *Record, r RecordResult) Outcome {
	if r.Err != nil {
		return Wrong
	}
	if rec.Error != "" {
		if r.Discard == rec.Error {
			return Exact
		}
		return Wrong
	}
	if r.Discard != "" {
		return Wrong
	}
	if len(rec.Expected) == 0 {
		if len(r.Got) == 0 {
			return Exact
		}
		return Wrong
	}
	want := map[string]bool{}
	for _, c := range rec.Expected {
		want[key(c)] = true
	}
	got := map[string]bool{}
	for _, c := range r.Got {
		got[key(c)] = true
	}
	common := 0
	for k := range got {
		if want[k] {
			common++
		}
	}
	switch {
	case common == len(want) && common == len(got):
		return Exact
	case common > 0:
		return Partial
	}
	return Wrong
}

// WriteMisses prints every record that is not exact, with its expected
// and produced triples.
func (s *Summary) WriteMisses(w io.Writer) {
	for _, r := range s.Results {
		if r.Outcome == Exact {
			continue
		}
		rec := r.Record
		fmt.Fprintf(w, "%s %s (line %d): %s\n", r.Outcome, rec.ID, rec.Line, rec.Text)
		fmt.Fprintf(w, "  expected: %s\n", describe(rec.Expected, rec.NoEvents || !rec.HasCoding, rec.Error))
		got := describe(r.Got, true, r.Discard)
		if r.Err != nil {
			got = "error: " + r.Err.Error()
		}
		fmt.Fprintf(w, "  produced: %s\n", got)
	}
}

func describe(cs []Coding, none bool, discard string) string {
	if discard != "" {
		return "discard " + discard
	}
	if len(cs) == 0 {
		return "no events"
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = "(" + c.String() + ")"
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// LoadRecords reads a records file.
func LoadRecords(path string) (*RecordFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadRecords(f, path)
}
