package output

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/demarche-project/demarche"
)

// PLOVERRecord is one event in the PLOVER JSON format, written one a line:
//
//	{"id", "date", "source": {actor}, "target": {actor}, "event", "mode",
//	 "context": [...], "cameo", "goldstein", "text", "textInfo": {...}}
//
// Event, mode and context follow the PLOVER ontology as mapped from CAMEO
// (mode "" and an empty context list when the mapping has none); context
// is the list of the event's ';'-separated contexts. "cameo" and
// "goldstein" keep the CAMEO coding for users of both schemes. "text" is
// the sentence and "textInfo" says where it comes from.
type PLOVERRecord struct {
	ID        string       `json:"id"`
	Date      string       `json:"date"`
	Source    PLOVERActor  `json:"source"`
	Target    PLOVERActor  `json:"target"`
	Event     string       `json:"event"`
	Mode      string       `json:"mode"`
	Context   []string     `json:"context"`
	CAMEO     string       `json:"cameo"`
	Goldstein float64      `json:"goldstein"`
	Text      string       `json:"text"`
	TextInfo  PLOVERSource `json:"textInfo"`
}

// PLOVERActor is an actor of a PLOVER record: its full code, the words
// that name it, its country (the first three letters, "" for "---") and
// its sector (the rest of the code).
type PLOVERActor struct {
	Code    string `json:"code"`
	Text    string `json:"text"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
}

// PLOVERSource locates the sentence of a PLOVER record: the document, its
// URL and publication when DocInfo knows them, the sentence index, the
// words of the verb and the rule that coded the event.
type PLOVERSource struct {
	Doc         string `json:"doc"`
	URL         string `json:"url,omitempty"`
	Publication string `json:"publication,omitempty"`
	Sentence    int    `json:"sentence"`
	VerbText    string `json:"verb_text"`
	Rule        string `json:"rule"`
}

// NewPLOVERRecord returns the PLOVER record of e; info may be nil.
func NewPLOVERRecord(e *demarche.Event, info DocInfo) PLOVERRecord {
	var url, pub string
	if info != nil {
		url, pub = info(e.Doc)
	}
	ctx := []string{}
	for c := range strings.SplitSeq(e.Context, ";") {
		if c = strings.TrimSpace(c); c != "" && c != "-" {
			ctx = append(ctx, c)
		}
	}
	return PLOVERRecord{
		ID: e.ID, Date: e.Date,
		Source: ploverActor(e.Source, e.SourceText), Target: ploverActor(e.Target, e.TargetText),
		Event: e.PLOVER, Mode: e.Mode, Context: ctx, CAMEO: e.CAMEO, Goldstein: e.Goldstein,
		Text: e.Text,
		TextInfo: PLOVERSource{Doc: e.Doc, URL: url, Publication: pub, Sentence: e.Sentence,
			VerbText: e.VerbText, Rule: e.Rule},
	}
}

func ploverActor(code, text string) PLOVERActor {
	a := PLOVERActor{Code: code, Text: text, Country: demarche.Country(code)}
	if len(code) > 3 {
		a.Sector = code[3:]
	}
	return a
}

// ploverWriter writes PLOVERRecords, one JSON object a line.
type ploverWriter struct {
	buffered
	info DocInfo
	enc  *json.Encoder
}

func newPLOVER(w io.Writer, info DocInfo) *ploverWriter {
	p := &ploverWriter{buffered: newBuffered(w), info: info}
	p.enc = json.NewEncoder(p.w)
	p.enc.SetEscapeHTML(false)
	return p
}

func (p *ploverWriter) Write(e *demarche.Event) error {
	if err := p.check(e); err != nil {
		return err
	}
	if err := p.enc.Encode(NewPLOVERRecord(e, p.info)); err != nil {
		p.err = err
	}
	return p.err
}
