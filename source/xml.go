package source

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/demarche-project/demarche"
	"golang.org/x/net/html/charset"
)

// xmlReader streams the <Sentence> records of a PETRARCH XML file, wherever
// they are nested (<Sentences>, <Validation>).
type xmlReader struct {
	*input
	o   *opener
	dec *xml.Decoder
	err error // io.EOF once the input has ended
}

func (o *opener) newXML(in *input) *xmlReader {
	dec := xml.NewDecoder(in.r)
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	return &xmlReader{input: in, o: o, dec: dec}
}

// xmlSentence is one PETRARCH record. The <EventCoding> elements (expected
// codes of validation files) are not read here.
type xmlSentence struct {
	ID     string `xml:"id,attr"`
	Date   string `xml:"date,attr"`
	Source string `xml:"source,attr"`
	Text   *struct {
		Data string `xml:",chardata"`
	} `xml:"Text"`
	Parse string `xml:"Parse"`
}

// Next returns the document of the next <Sentence>: its id and date
// attributes, its whitespace-normalised <Text> (rebuilt from the words of
// the parse when empty) and its <Parse> with only the surrounding
// whitespace removed. Malformed XML ends the input with a
// *RecordError naming the line.
func (r *xmlReader) Next() (*demarche.Document, error) {
	if r.err != nil {
		return nil, r.err
	}
	for {
		tok, err := r.dec.Token()
		if err != nil {
			return nil, r.fail(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		line, _ := r.dec.InputPos()
		var s xmlSentence
		if err := r.dec.DecodeElement(&s, &se); err != nil {
			return nil, r.fail(err)
		}
		return r.o.sentenceDoc(r.input, line, &s)
	}
}

// fail records err as the end of the input and returns it.
func (r *xmlReader) fail(err error) error {
	if err == io.EOF {
		r.err = io.EOF
		return err
	}
	var se *xml.SyntaxError
	line, _ := r.dec.InputPos()
	if errors.As(err, &se) {
		line = se.Line
		err = errors.New(se.Msg)
	}
	// The input ends here: later calls return io.EOF.
	r.err = io.EOF
	return &RecordError{File: r.name, Line: line, Field: "xml", Err: demarche.Errorf(demarche.EINVALID, "malformed XML: %v", err)}
}

func (o *opener) sentenceDoc(in *input, line int, s *xmlSentence) (*demarche.Document, error) {
	if s.Text == nil {
		return nil, in.recErr(line, "Text", "missing <Text> element")
	}
	d := &demarche.Document{
		ID:     strings.TrimSpace(s.ID),
		Text:   strings.Join(strings.Fields(s.Text.Data), " "),
		Source: strings.TrimSpace(s.Source),
		Parse:  strings.TrimSpace(s.Parse),
		Origin: fmt.Sprintf("%s:%d", in.name, line),
	}
	if d.Text == "" {
		d.Text = parseText(d.Parse)
	}
	if d.Text == "" {
		return nil, in.recErr(line, "Text", "empty text and no parse")
	}
	date, err := o.docDate(s.Date)
	if err != nil {
		return nil, &RecordError{File: in.name, Line: line, Field: "date", Err: err}
	}
	d.Date = date
	if d.ID == "" {
		d.ID = DerivedID(d)
	}
	return d, nil
}

// parseLeaf matches a leaf "(TAG word)" of a Treebank parse.
var parseLeaf = regexp.MustCompile(`\(\S+ ([^()\s]+)\)`)

// noSpaceBefore are the tokens written without a space before them.
var noSpaceBefore = map[string]bool{".": true, ",": true, ":": true, ";": true, "?": true, "!": true, "%": true, ")": true, "'s": true, "'": true, "n't": true, "''": true}

// parseText returns the words of a Treebank parse as a sentence, "" when
// the parse has none.
func parseText(parse string) string {
	var b strings.Builder
	for _, m := range parseLeaf.FindAllStringSubmatch(parse, -1) {
		w := m[1]
		switch w {
		case "-LRB-":
			w = "("
		case "-RRB-":
			w = ")"
		case "``", "''":
			w = "\""
		}
		if b.Len() > 0 && !noSpaceBefore[w] && !strings.HasSuffix(b.String(), "(") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
