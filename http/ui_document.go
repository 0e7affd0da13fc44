package http

import (
	"html/template"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
)

// docData is what the document page shows.
type docData struct {
	Doc      *demarche.StoredDocument
	Headline bool
	Paras    [][]docPiece
	Events   []docEvent
	Coded    int // sentences with events
}

// docPiece is a sentence of the text, or the text between two sentences.
type docPiece struct {
	Sentence int // -1 for text between sentences
	HTML     template.HTML
	Events   int
}

// docEvent is an event in the list beside the text.
type docEvent struct {
	demarche.Event
	DyadURL string
}

func (d *Dashboard) document(w http.ResponseWriter, r *http.Request) (*page, error) {
	sd, err := d.s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	events, err := d.s.docEvents(r, sd.ID)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(events, func(i, j int) bool {
		if events[i].Sentence != events[j].Sentence {
			return events[i].Sentence < events[j].Sentence
		}
		return events[i].VerbSpan.Start < events[j].VerbSpan.Start
	})
	data := &docData{Doc: sd}
	title := sd.Title
	if title == "" {
		title = sd.ID
	}
	body, headline := sd.Body()
	data.Headline = headline
	per := map[int][]mark{}
	count := map[int]int{}
	for i := range events {
		e := &events[i]
		per[e.Sentence] = append(per[e.Sentence], eventMarks(e, true)...)
		count[e.Sentence]++
		de := docEvent{Event: *e}
		a, b := demarche.Country(e.Source), demarche.Country(e.Target)
		if a != "" && b != "" && a != b {
			de.DyadURL = link("/dyad", "a", a, "b", b)
		}
		data.Events = append(data.Events, de)
	}
	data.Coded = len(count)
	para := []docPiece{}
	at := 0
	gap := func(text string) {
		// A blank line (or any line break) between sentences starts a
		// new paragraph.
		if strings.Contains(text, "\n") {
			if len(para) > 0 {
				data.Paras = append(data.Paras, para)
			}
			para = []docPiece{}
			return
		}
		if text != "" {
			para = append(para, docPiece{Sentence: -1, HTML: template.HTML(template.HTMLEscapeString(text))})
		}
	}
	for _, sn := range sd.Sentences {
		if sn.Start >= at && sn.Start <= len(body) {
			gap(body[at:sn.Start])
		}
		para = append(para, docPiece{Sentence: sn.Index, HTML: highlight(sn.Text, per[sn.Index]), Events: count[sn.Index]})
		if sn.End > at {
			at = sn.End
		}
	}
	if at < len(body) {
		gap(body[at:])
	}
	if len(para) > 0 {
		data.Paras = append(data.Paras, para)
	}
	return &page{Name: "document", Title: title, Data: data}, nil
}

// searchData is what the search page shows.
type searchData struct {
	Q, From, To, Publication string
	Hits                     []searchHit
	Docs                     []searchDoc // the hits grouped by document, in their order
	Offset                   int
	Prev, Next               string
	Searched                 bool
}

type searchHit struct {
	demarche.SearchHit
	HTML template.HTML
}

// searchDoc is a document and its sentences that match.
type searchDoc struct {
	Doc, Title, Date, Publication string
	Hits                          []searchHit
}

const searchPageSize = 20

func (d *Dashboard) search(w http.ResponseWriter, r *http.Request) (*page, error) {
	f := newForm(r)
	data := &searchData{Q: f.str("q"), From: f.date("from"), To: f.date("to"), Publication: f.str("publication"),
		Offset: f.intIn("offset", 0, 0, 1<<20)}
	if data.Q != "" {
		if err := d.s.checkSearch(data.Q); err != nil {
			f.fail("q", "%v", err)
		}
	}
	if f.err != nil {
		return nil, f.err
	}
	p := &page{Name: "search", Title: "Search", Search: data.Q, Data: data}
	if data.Q == "" {
		return p, nil
	}
	p.Title = "Search: " + data.Q
	data.Searched = true
	res, err := d.s.cfg.Store.Search(r.Context(), demarche.SearchQuery{Text: data.Q, From: data.From, To: data.To,
		Publication: splitComma(data.Publication), Limit: searchPageSize + 1, Offset: data.Offset})
	if err != nil {
		if demarche.ErrorCode(err) == demarche.EINVALID {
			return nil, demarche.Errorf(demarche.EINVALID, "parameter q: %s", demarche.ErrorMessage(err))
		}
		return nil, err
	}
	hits := res.Hits
	more := len(hits) > searchPageSize
	if more {
		hits = hits[:searchPageSize]
	}
	for _, h := range hits {
		var marks []mark
		for _, s := range h.Highlights {
			marks = append(marks, mark{span: s, role: "hit"})
		}
		for i := range h.Events {
			marks = append(marks, eventMarks(&h.Events[i], false)...)
		}
		sh := searchHit{SearchHit: h, HTML: highlight(h.Sentence.Text, marks)}
		data.Hits = append(data.Hits, sh)
		if n := len(data.Docs); n > 0 && data.Docs[n-1].Doc == h.Doc {
			data.Docs[n-1].Hits = append(data.Docs[n-1].Hits, sh)
		} else {
			data.Docs = append(data.Docs, searchDoc{Doc: h.Doc, Title: h.Title, Date: h.Date, Publication: h.Publication, Hits: []searchHit{sh}})
		}
	}
	self := func(offset int) string {
		o := ""
		if offset > 0 {
			o = strconv.Itoa(offset)
		}
		return link("/search", "q", data.Q, "from", data.From, "to", data.To, "publication", data.Publication, "offset", o)
	}
	if more {
		data.Next = self(data.Offset + searchPageSize)
	}
	if data.Offset > 0 {
		data.Prev = self(max(0, data.Offset-searchPageSize))
	}
	return p, nil
}
