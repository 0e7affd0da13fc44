package petrarch

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Coding is one expected event of a validation record: the source and
// target actor codes and the event code, as written in the record (a new
// actor extracted from the text is written in double quotes:
// "\"INJURY TOLL\"").
type Coding struct {
	Source, Target, Code string
}

func (c Coding) String() string { return c.Source + " " + c.Target + " " + c.Code }

// ConfigOption is a <Config option="…" value="…"> element.
type ConfigOption struct {
	Option, Value string
	Line          int
}

// Environment is the <Environment> element of a validation file: the
// dictionaries to load and the options to start with.
type Environment struct {
	Verbfile, Actorfile, Agentfile, Discardfile, Errorfile string
	Include, Exclude                                       string
	Pause                                                  string
	Config                                                 []ConfigOption
}

// Record is one <Sentence> of a PETRARCH XML file.
type Record struct {
	ID       string
	Date     string // YYYYMMDD as written
	Category string
	Source   string
	// Sentence is the sentence="true" attribute: only such records are
	// counted by a validation run.
	Sentence bool
	Text     string // white space normalised
	Parse    string // the Treebank parse, "" when absent
	Line     int    // line of the <Sentence> start tag

	// Expected codings: the events, or NoEvents, or an Error (dateline,
	// bad_input_parse, storydiscard, sentencediscard). HasCoding is false
	// when the record has no <EventCoding> element at all.
	Expected  []Coding
	NoEvents  bool
	Error     string
	HasCoding bool

	// Config holds the <Config> elements that appear after the previous
	// record and before this one: they take effect from this record on.
	Config []ConfigOption
}

// RecordFile is a PETRARCH XML file: its environment (if any) and records.
type RecordFile struct {
	Env     *Environment
	Records []*Record
	// Trailing holds <Config> elements after the last record.
	Trailing []ConfigOption
}

// RecordError is a malformed PETRARCH XML file or record.
type RecordError struct {
	File string
	Line int
	Msg  string
}

func (e *RecordError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ReadRecords reads a PETRARCH XML file (a <Validation> suite or a plain
// <Sentences> file). It returns the records read before the first error;
// malformed XML, a <Sentence> without an id and an <EventCoding> without
// codes are *RecordError errors naming file and line. Unknown elements
// are reported as errors too, joined, after everything readable was read.
func ReadRecords(r io.Reader, file string) (*RecordFile, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	out := &RecordFile{}
	var pending []ConfigOption
	var errs []error
	line := func() int { l, _ := dec.InputPos(); return l }
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			l := line()
			msg := err.Error()
			if errors.As(err, &se) {
				l, msg = se.Line, se.Msg
			}
			errs = append(errs, &RecordError{file, l, "malformed XML: " + msg})
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		at := line()
		switch se.Name.Local {
		case "Validation", "Sentences", "Stop", "Errorfile":
		case "Environment":
			var env xmlEnv
			if err := dec.DecodeElement(&env, &se); err != nil {
				errs = append(errs, &RecordError{file, at, "<Environment>: " + err.Error()})
				continue
			}
			e := &Environment{Verbfile: trim(env.Verbfile), Actorfile: trim(env.Actorfile), Agentfile: trim(env.Agentfile),
				Discardfile: trim(env.Discardfile), Errorfile: trim(env.Errorfile), Include: trim(env.Include),
				Exclude: trim(env.Exclude), Pause: trim(env.Pause)}
			for _, c := range env.Config {
				e.Config = append(e.Config, ConfigOption{Option: trim(c.Option), Value: trim(c.Value), Line: at})
			}
			out.Env = e
		case "Config":
			pending = append(pending, ConfigOption{Option: trim(attr(se, "option")), Value: trim(attr(se, "value")), Line: at})
			dec.Skip()
		case "Sentence":
			var s xmlRecord
			if err := dec.DecodeElement(&s, &se); err != nil {
				errs = append(errs, &RecordError{file, at, "<Sentence>: " + err.Error()})
				continue
			}
			rec, err := s.record(file, at)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			rec.Config, pending = pending, nil
			out.Records = append(out.Records, rec)
		default:
			errs = append(errs, &RecordError{file, at, fmt.Sprintf("unknown element <%s>", se.Name.Local)})
			dec.Skip()
		}
	}
	out.Trailing = pending
	return out, errors.Join(errs...)
}

func trim(s string) string { return strings.TrimSpace(s) }

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

type xmlEnv struct {
	Verbfile    string      `xml:"Verbfile"`
	Actorfile   string      `xml:"Actorfile"`
	Agentfile   string      `xml:"Agentfile"`
	Discardfile string      `xml:"Discardfile"`
	Errorfile   string      `xml:"Errorfile"`
	Include     string      `xml:"Include"`
	Exclude     string      `xml:"Exclude"`
	Pause       string      `xml:"Pause"`
	Config      []xmlConfig `xml:"Config"`
}

type xmlConfig struct {
	Option string `xml:"option,attr"`
	Value  string `xml:"value,attr"`
}

type xmlRecord struct {
	ID       string `xml:"id,attr"`
	Date     string `xml:"date,attr"`
	Category string `xml:"category,attr"`
	Source   string `xml:"source,attr"`
	Sentence string `xml:"sentence,attr"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Code     string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
		Error    string `xml:"error,attr"`
	} `xml:"EventCoding"`
	Text  string `xml:"Text"`
	Parse string `xml:"Parse"`
}

func (s *xmlRecord) record(file string, line int) (*Record, error) {
	r := &Record{ID: trim(s.ID), Date: trim(s.Date), Category: trim(s.Category), Source: trim(s.Source),
		Sentence: strings.EqualFold(trim(s.Sentence), "true"), Text: strings.Join(strings.Fields(s.Text), " "),
		Parse: trim(s.Parse), Line: line}
	if r.ID == "" {
		return nil, &RecordError{file, line, "<Sentence> without an id"}
	}
	for _, c := range s.Codings {
		r.HasCoding = true
		switch {
		case trim(c.Error) != "":
			r.Error = trim(c.Error)
		case strings.EqualFold(trim(c.NoEvents), "true"):
			r.NoEvents = true
		case c.Code != "" || c.Source != "" || c.Target != "":
			if trim(c.Code) == "" {
				return nil, &RecordError{file, line, fmt.Sprintf("record %s: <EventCoding> without an eventcode", r.ID)}
			}
			r.Expected = append(r.Expected, Coding{trim(c.Source), trim(c.Target), trim(c.Code)})
		default:
			return nil, &RecordError{file, line, fmt.Sprintf("record %s: empty <EventCoding>", r.ID)}
		}
	}
	return r, nil
}
