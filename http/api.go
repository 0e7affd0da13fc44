package http

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/source"
)

func (s *Server) routesAPI() {
	s.handle("GET", "/api/openapi.json", s.openAPI)
	s.handle("GET", "/api/stats", s.stats)
	s.handle("GET", "/api/volume", s.volume)
	s.handle("GET", "/api/documents", s.documents)
	s.handle("GET", "/api/documents/{id}", s.document)
	s.handle("GET", "/api/documents/{id}/sentences", s.sentences)
	s.handle("GET", "/api/documents/{id}/sentences/{n}", s.sentence)
	s.handle("GET", "/api/events", s.events)
	s.handle("GET", "/api/dyad", s.dyad)
	s.handle("GET", "/api/questions", s.questions)
	s.handle("GET", "/api/stances/{question}", s.stance)
	s.handle("POST", "/api/stances", s.stancePosted)
	s.handle("GET", "/api/signals", s.signals)
	s.handle("GET", "/api/search", s.search)
	s.handle("POST", "/api/ingest", s.ingest)
	s.handle("POST", "/api/recode", s.recode)
}

// Event is an event as the API serves it: the fields of demarche.Event and
// the spans of its actors and verb in the sentence, for highlighting.
type Event struct {
	demarche.Event
	SourceSpan demarche.Span `json:"source_span"`
	TargetSpan demarche.Span `json:"target_span"`
	VerbSpan   demarche.Span `json:"verb_span"`
}

func apiEvents(events []demarche.Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		out[i] = Event{Event: e, SourceSpan: e.SourceSpan, TargetSpan: e.TargetSpan, VerbSpan: e.VerbSpan}
	}
	return out
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, st)
}

func (s *Server) volume(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	q := demarche.VolumeQuery{From: p.date("from"), To: p.date("to"), Duplicates: p.bool("duplicates")}
	if err := p.done(); err != nil {
		return err
	}
	days, err := s.cfg.Store.Volume(r.Context(), q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"days": days})
}

// DocumentSummary is a document in a list: no text, no sentences.
type DocumentSummary struct {
	ID          string `json:"id"`
	Date        string `json:"date"`
	Title       string `json:"title,omitempty"`
	Publication string `json:"source,omitempty"`
	URL         string `json:"url,omitempty"`
	Canonical   string `json:"canonical,omitempty"`
	Events      int    `json:"events"`
	Sentences   int    `json:"sentences"`
}

var errPageFull = errors.New("page full")

// documents lists stored documents in storage order, a page at a time; the
// cursor is the number of documents already listed.
func (s *Server) documents(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	limit := p.intIn("limit", 50, 1, 1000)
	cursor := p.str("cursor")
	canonical := !p.bool("duplicates")
	if err := p.done(); err != nil {
		return err
	}
	skip := 0
	if cursor != "" {
		n, err := strconv.Atoi(cursor)
		if err != nil || n < 0 {
			return demarche.Errorf(demarche.EINVALID, "parameter cursor: %q is not a cursor of this endpoint (use the next of the previous page)", cursor)
		}
		skip = n
	}
	out := []DocumentSummary{}
	seen := 0
	more := false
	err := s.cfg.Store.EachDocument(r.Context(), demarche.DocumentFilter{Canonical: canonical}, func(sd *demarche.StoredDocument) error {
		seen++
		if seen <= skip {
			return nil
		}
		if len(out) == limit {
			more = true
			return errPageFull
		}
		out = append(out, DocumentSummary{ID: sd.ID, Date: sd.Date, Title: sd.Title, Publication: sd.Source, URL: sd.URL,
			Canonical: sd.Canonical, Events: sd.Events, Sentences: len(sd.Sentences)})
		return nil
	})
	if err != nil && !errors.Is(err, errPageFull) {
		return err
	}
	resp := map[string]any{"documents": out}
	if more {
		resp["next"] = strconv.Itoa(skip + len(out))
	}
	return writeJSON(w, http.StatusOK, resp)
}

// Document is a stored document with its sentences and events.
type Document struct {
	demarche.Document
	Sentences  []demarche.Sentence `json:"sentences"`
	Events     []Event             `json:"events"`
	Canonical  string              `json:"canonical,omitempty"`
	Similarity float64             `json:"similarity,omitempty"`
	Revision   int                 `json:"revision"`
	Version    string              `json:"version"`
	Ingested   string              `json:"ingested"`
}

func (s *Server) docEvents(r *http.Request, id string) ([]demarche.Event, error) {
	var events []demarche.Event
	err := s.cfg.Store.EachEvent(r.Context(), demarche.EventFilter{Doc: id, Duplicates: true}, func(e *demarche.Event) error {
		events = append(events, *e)
		return nil
	})
	return events, err
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	sd, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	events, err := s.docEvents(r, sd.ID)
	if err != nil {
		return err
	}
	if sd.Sentences == nil {
		sd.Sentences = []demarche.Sentence{}
	}
	doc := sd.Document
	doc.Parse = ""
	return writeJSON(w, http.StatusOK, Document{Document: doc, Sentences: sd.Sentences, Events: apiEvents(events),
		Canonical: sd.Canonical, Similarity: sd.Similarity, Revision: sd.Revision, Version: sd.Version,
		Ingested: sd.Ingested.UTC().Format(time.RFC3339)})
}

// SentenceEvents is a sentence with the events coded from it.
type SentenceEvents struct {
	demarche.Sentence
	Events []Event `json:"events"`
}

func (s *Server) docSentences(r *http.Request) (*demarche.StoredDocument, []SentenceEvents, error) {
	sd, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	events, err := s.docEvents(r, sd.ID)
	if err != nil {
		return nil, nil, err
	}
	out := make([]SentenceEvents, len(sd.Sentences))
	for i, sn := range sd.Sentences {
		out[i] = SentenceEvents{Sentence: sn, Events: []Event{}}
	}
	for _, e := range apiEvents(events) {
		if e.Sentence >= 0 && e.Sentence < len(out) {
			out[e.Sentence].Events = append(out[e.Sentence].Events, e)
		}
	}
	return sd, out, nil
}

func (s *Server) sentences(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	_, sents, err := s.docSentences(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"sentences": sents})
}

func (s *Server) sentence(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 0 {
		return demarche.Errorf(demarche.EINVALID, "parameter n: %q is not a sentence index (0, 1, …)", r.PathValue("n"))
	}
	sd, sents, err := s.docSentences(r)
	if err != nil {
		return err
	}
	if n >= len(sents) {
		return demarche.Errorf(demarche.ENOTFOUND, "document %s has %d sentences: no sentence %d", sd.ID, len(sents), n)
	}
	return writeJSON(w, http.StatusOK, sents[n])
}

// eventFilter reads the filters of /api/events, as those of `demarche
// events`: actor, source, target, dyad (two actors, both directions unless
// directed), cameo, root, quad, from, to, publication, doc, version,
// duplicates, min_confidence, limit and cursor.
func eventFilter(p *params) demarche.EventFilter {
	f := demarche.EventFilter{
		Actor:       p.actors("actor"),
		Source:      p.actors("source"),
		Target:      p.actors("target"),
		CAMEO:       p.codes("cameo", 2, 4),
		Root:        p.codes("root", 2, 2),
		Quad:        p.ints("quad", 1, 4),
		From:        p.date("from"),
		To:          p.date("to"),
		Publication: p.list("publication"),
		Doc:         p.str("doc"),
		Version:     p.str("version"),
		Duplicates:  p.bool("duplicates"),
		Limit:       p.intIn("limit", 100, 1, 10000),
		Cursor:      p.str("cursor"),
	}
	if f.MinConfidence = p.float("min_confidence", 0); f.MinConfidence < 0 || f.MinConfidence > 1 {
		p.fail("min_confidence", "%v: want a number from 0 to 1", f.MinConfidence)
	}
	if dyad := p.actors("dyad"); len(dyad) > 0 {
		if len(dyad) != 2 {
			p.fail("dyad", "want two actors, as dyad=PRK,RUS")
		} else if len(f.Source) > 0 || len(f.Target) > 0 {
			p.fail("dyad", "give either dyad or source and target, not both")
		} else {
			f.Source, f.Target = dyad[:1], dyad[1:]
			f.Either = !p.bool("directed")
		}
	} else if p.bool("directed") && (len(f.Source) == 0 || len(f.Target) == 0) {
		p.fail("directed", "only with dyad")
	}
	return f
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	f := eventFilter(p)
	if err := p.done(); err != nil {
		return err
	}
	if s.cfg.Analyst != nil {
		// Groups of the configuration are accepted as actors.
		if x, ok := s.cfg.Analyst.(interface {
			Expand([]string) ([]string, error)
		}); ok {
			var err error
			for _, l := range []*[]string{&f.Actor, &f.Source, &f.Target} {
				if *l, err = x.Expand(*l); err != nil {
					return err
				}
			}
		}
	}
	page, err := s.cfg.Store.Events(r.Context(), f)
	if err != nil {
		if demarche.ErrorCode(err) == demarche.EINVALID && f.Cursor != "" && strings.Contains(err.Error(), "cursor") {
			return demarche.Errorf(demarche.EINVALID, "parameter cursor: %s", demarche.ErrorMessage(err))
		}
		return err
	}
	resp := map[string]any{"events": apiEvents(page.Events)}
	if page.Next != "" {
		resp["next"] = page.Next
	}
	return writeJSON(w, http.StatusOK, resp)
}

func (s *Server) dyad(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	q := demarche.DyadQuery{
		A:          p.actors("a"),
		B:          p.actors("b"),
		Directed:   p.bool("directed"),
		Period:     p.oneOf("by", demarche.PeriodMonth, demarche.PeriodDay, demarche.PeriodWeek, demarche.PeriodMonth, demarche.PeriodQuarter, demarche.PeriodYear),
		From:       p.date("from"),
		To:         p.date("to"),
		TopCodes:   p.intIn("top", 5, 1, 50),
		MaxPeriods: s.cfg.MaxPeriods,
	}
	if len(q.A) == 0 {
		p.fail("a", "required: the first actor (PRK, RUSMIL, a group)")
	}
	if len(q.B) == 0 {
		p.fail("b", "required: the second actor")
	}
	if err := p.done(); err != nil {
		return err
	}
	periods, err := s.cfg.Analyst.Dyad(r.Context(), q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"a": q.A, "b": q.B, "directed": q.Directed, "period": q.Period, "periods": periods})
}

func (s *Server) question(id string) (*demarche.Question, error) {
	for _, q := range s.cfg.Questions {
		if q.ID == id {
			return q, nil
		}
	}
	return nil, demarche.Errorf(demarche.ENOTFOUND, "no question %q (see /api/questions)", id)
}

func (s *Server) questions(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	qs := s.cfg.Questions
	if qs == nil {
		qs = []*demarche.Question{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"questions": qs})
}

func (s *Server) stance(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	q, err := s.question(r.PathValue("question"))
	if err != nil {
		return err
	}
	cp := *q
	rep, err := s.cfg.Analyst.Stances(r.Context(), &cp)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rep)
}

// stancePosted answers for a question sent in the body (YAML or JSON).
func (s *Server) stancePosted(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	b, err := s.readBody(r)
	if err != nil {
		return err
	}
	var q *demarche.Question
	if s.cfg.ParseQuestion != nil {
		if q, err = s.cfg.ParseQuestion(b); err != nil {
			return demarche.Errorf(demarche.EINVALID, "body: %s", demarche.ErrorMessage(err))
		}
	} else {
		q = &demarche.Question{}
		if err := json.Unmarshal(b, q); err != nil {
			return demarche.Errorf(demarche.EINVALID, "body: want a question as JSON: %v", err)
		}
	}
	rep, err := s.cfg.Analyst.Stances(r.Context(), q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rep)
}

func (s *Server) signals(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	q := demarche.SignalQuery{
		Source:   p.actors("source"),
		Target:   p.actors("target"),
		Since:    p.date("since"),
		Until:    p.date("until"),
		Kinds:    p.list("kind"),
		MinScore: p.float("min_score", 0),
	}
	for _, k := range q.Kinds {
		ok := false
		for _, known := range demarche.SignalKinds {
			ok = ok || strings.EqualFold(k, known)
		}
		if !ok {
			p.fail("kind", "%q: want one of %s", k, strings.Join(demarche.SignalKinds, ", "))
		}
	}
	limit := p.intIn("limit", 50, 1, 1000)
	offset := p.intIn("offset", 0, 0, 1<<30)
	ids := p.list("question")
	if err := p.done(); err != nil {
		return err
	}
	if len(ids) == 0 {
		q.Questions = s.cfg.Questions
	}
	for _, id := range ids {
		qu, err := s.question(id)
		if err != nil {
			return demarche.Errorf(demarche.EINVALID, "parameter question: %s", demarche.ErrorMessage(err))
		}
		q.Questions = append(q.Questions, qu)
	}
	rep, err := s.cfg.Analyst.Signals(r.Context(), q)
	if err != nil {
		return err
	}
	total := len(rep.Signals)
	page := rep.Signals[min(offset, total):min(offset+limit, total)]
	resp := map[string]any{"signals": page, "total": total, "min_score": rep.MinScore, "below": rep.Below}
	if offset+limit < total {
		resp["next_offset"] = offset + limit
	}
	return writeJSON(w, http.StatusOK, resp)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	q := demarche.SearchQuery{
		Text:        p.str("q"),
		From:        p.date("from"),
		To:          p.date("to"),
		Publication: p.list("publication"),
		Duplicates:  p.bool("duplicates"),
		Limit:       p.intIn("limit", 20, 1, 1000),
		Offset:      p.intIn("offset", 0, 0, 1<<30),
	}
	if q.Text == "" {
		p.fail("q", "required: the words or \"phrase\" to search for")
	} else if err := s.checkSearch(q.Text); err != nil {
		p.fail("q", "%v", err)
	}
	if err := p.done(); err != nil {
		return err
	}
	res, err := s.cfg.Store.Search(r.Context(), q)
	if err != nil {
		if demarche.ErrorCode(err) == demarche.EINVALID {
			return demarche.Errorf(demarche.EINVALID, "parameter q: %s", demarche.ErrorMessage(err))
		}
		return err
	}
	type hit struct {
		demarche.SearchHit
		Events []Event `json:"events"`
	}
	hits := make([]hit, len(res.Hits))
	for i, h := range res.Hits {
		hits[i] = hit{SearchHit: h, Events: apiEvents(h.Events)}
	}
	resp := map[string]any{"hits": hits}
	if len(hits) == q.Limit {
		resp["next_offset"] = q.Offset + q.Limit
	}
	return writeJSON(w, http.StatusOK, resp)
}

// ingest stores the documents of the body: a JSON array of documents or
// JSON lines, with the fields of demarche.Document. Bad records are
// reported in the answer's "rejected" with their line (or element), field
// and reason, as `demarche ingest` reports them, and the others are
// ingested; a body without any good record is a 400.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) error {
	if err := s.canIngest(r, "ingest"); err != nil {
		return err
	}
	b, err := s.readBody(r)
	if err != nil {
		return err
	}
	docs, rejected, nRejected, err := readDocuments(b)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return demarche.Errorf(demarche.EINVALID, "body: no valid document (%d rejected); the first: %s", nRejected, rejected[0].String())
	}
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	res, err := s.cfg.Ingester.Ingest(r.Context(), docs)
	if err != nil {
		return err
	}
	res.Read += nRejected
	res.Failed += nRejected
	res.Rejected = rejected
	return writeJSON(w, http.StatusOK, res)
}

// canIngest checks a request of an endpoint that writes with the server's
// Ingester (what: "ingest", "recode"): the caller is authorized, the
// request has no parameters, and the server has an Ingester.
func (s *Server) canIngest(r *http.Request, what string) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	if err := newParams(r).done(); err != nil {
		return err
	}
	if s.cfg.Ingester == nil {
		return demarche.Errorf(demarche.EUNAVAILABLE, "%s is not available on this server", what)
	}
	return nil
}

// readBody reads a request body of at most MaxBody bytes.
func (s *Server) readBody(r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r.Body, s.cfg.MaxBody+1))
	if err != nil {
		if d := s.deadlineError(r, err); d != nil {
			return nil, d
		}
		return nil, demarche.Errorf(demarche.EINVALID, "body: %v", err)
	}
	if int64(len(b)) > s.cfg.MaxBody {
		return nil, demarche.Errorf(demarche.EINVALID, "body: larger than the limit of %d bytes (serve --max-body): send fewer documents at a time", s.cfg.MaxBody)
	}
	return b, nil
}

// Rejected is a record of an ingest body that was not ingested: its line
// (JSON lines) or element (a JSON array, from 1), the field at fault when
// one is, and why.
type Rejected struct {
	Line    int    `json:"line,omitempty"`
	Element int    `json:"element,omitempty"`
	Field   string `json:"field,omitempty"`
	Reason  string `json:"reason"`
}

// String returns "line 3: date: reason".
func (r Rejected) String() string {
	var b strings.Builder
	if r.Line > 0 {
		b.WriteString("line " + strconv.Itoa(r.Line) + ": ")
	} else if r.Element > 0 {
		b.WriteString("element " + strconv.Itoa(r.Element) + ": ")
	}
	if r.Field != "" {
		b.WriteString(r.Field + ": ")
	}
	b.WriteString(r.Reason)
	return b.String()
}

// maxRejected is the most rejected records listed in an answer; read and
// failed count them all.
const maxRejected = 1000

// readDocuments reads a JSON array of documents or JSON lines, with the
// checks of `demarche ingest` (source.DecodeRecord). It returns the good
// documents, the first maxRejected rejected records and the number of all;
// only a body that cannot be read at all is an error.
func readDocuments(b []byte) (docs []*demarche.Document, rejected []Rejected, nRejected int, err error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, nil, 0, demarche.Errorf(demarche.EINVALID, "body: no documents (send a JSON array or JSON lines of documents)")
	}
	add := func(n int, array bool, d *demarche.Document, err error) {
		if err == nil {
			docs = append(docs, d)
			return
		}
		if nRejected++; nRejected > maxRejected {
			return
		}
		rj := Rejected{Reason: err.Error()}
		var re *source.RecordError
		if errors.As(err, &re) {
			rj.Field = re.Field
			if re.Err != nil {
				rj.Reason = re.Err.Error()
			}
		}
		if array {
			rj.Element = n
		} else {
			rj.Line = n
		}
		rejected = append(rejected, rj)
	}
	if b[0] == '[' {
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.Token() // [
		n := 1
		for ; dec.More(); n++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				// The array is broken here: what follows cannot be
				// read.
				add(n, true, nil, demarche.Errorf(demarche.EINVALID, "invalid JSON at byte %d of the body: %v", dec.InputOffset(), err))
				n = -1
				break
			}
			d, err := source.DecodeRecord("body", n, raw)
			if err == nil {
				d.Origin = "request:" + strconv.Itoa(n)
			}
			add(n, true, d, err)
		}
		if n > 0 {
			// The array must end, and the body with it.
			_, err := dec.Token()
			if rest := bytes.TrimSpace(b[min(int(dec.InputOffset()), len(b)):]); err != nil || len(rest) > 0 {
				add(n, true, nil, demarche.Errorf(demarche.EINVALID, "the array does not end the body at byte %d: send one array, or JSON lines", dec.InputOffset()))
			}
		}
	} else {
		line := 0
		for rest := b; len(rest) > 0; {
			l := rest
			if i := bytes.IndexByte(rest, '\n'); i >= 0 {
				l, rest = rest[:i], rest[i+1:]
			} else {
				rest = nil
			}
			line++
			if len(bytes.TrimSpace(l)) == 0 {
				continue
			}
			d, err := source.DecodeRecord("body", line, l)
			if err == nil {
				d.Origin = "request:" + strconv.Itoa(line)
			}
			add(line, false, d, err)
		}
	}
	if len(docs) == 0 && nRejected == 0 {
		return nil, nil, 0, demarche.Errorf(demarche.EINVALID, "body: no documents (send a JSON array or JSON lines of documents)")
	}
	return docs, rejected, nRejected, nil
}

func (s *Server) recode(w http.ResponseWriter, r *http.Request) error {
	if err := s.canIngest(r, "recode"); err != nil {
		return err
	}
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	res, err := s.cfg.Ingester.Recode(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}
