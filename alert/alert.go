// Package alert tells people about signals: it renders a signal as the JSON
// document POSTed to a webhook and as an Atom entry, and delivers the
// alerts recorded in a demarche.WatchStore to webhooks with retries and
// back-off, recording each outcome in the store so that a restart neither
// loses an alert nor repeats one that an endpoint accepted.
package alert

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/demarche-project/demarche"
)

// Payload is the JSON document POSTed to a webhook for one alert.
type Payload struct {
	// ID is the alert's stable id (also the Idempotency-Key header of its
	// first delivery); Revision counts its updates, and Update is true
	// for an alert revised because its signal grew.
	ID       string `json:"id"`
	Revision int    `json:"revision"`
	Update   bool   `json:"update"`

	Kind     string   `json:"kind"`
	Score    float64  `json:"score"`
	Date     string   `json:"date"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Actors   []string `json:"actors"`
	Question string   `json:"question,omitempty"`

	Summary string `json:"summary"`
	Detail  string `json:"detail,omitempty"`

	Evidence []Evidence `json:"evidence"`

	// Link is the signal's dashboard page, when a base URL is configured.
	Link string `json:"link,omitempty"`

	// Text is a plain-text rendering that chat tools (Slack, Mattermost,
	// Discord through its Slack endpoint) show as it is.
	Text string `json:"text"`

	// Signal is the signal as the API returns it.
	Signal *demarche.Signal `json:"signal"`
}

// Evidence is one sentence that proves a signal, with its document.
type Evidence struct {
	Doc      string `json:"doc"`
	URL      string `json:"url,omitempty"`
	Date     string `json:"date"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	CAMEO    string `json:"cameo"`
	Sentence string `json:"sentence"`
}

// DocURLs looks up the URL of documents; nil, or an empty answer, leaves
// evidence without URLs.
type DocURLs func(ctx context.Context, ids []string) map[string]string

// NewPayload builds the webhook document of an alert's signal. baseURL,
// when not empty, is the dashboard's address (https://demarche.example.org).
func NewPayload(ctx context.Context, id string, revision int, sg *demarche.Signal, baseURL string, urls DocURLs) *Payload {
	p := &Payload{ID: id, Revision: revision, Update: revision > 1, Kind: sg.Kind, Score: sg.Score, Date: sg.Date,
		From: sg.From, To: sg.To, Question: sg.Question, Summary: sg.Title, Detail: sg.Detail, Signal: sg, Evidence: []Evidence{}}
	for i, a := range []string{sg.Source, sg.Target} {
		if a != "" && (i == 0 || a != sg.Source) {
			p.Actors = append(p.Actors, a)
		}
	}
	var ids []string
	for _, e := range sg.Evidence {
		ids = append(ids, e.Doc)
	}
	var byDoc map[string]string
	if urls != nil && len(ids) > 0 {
		byDoc = urls(ctx, ids)
	}
	for _, e := range sg.Evidence {
		p.Evidence = append(p.Evidence, Evidence{Doc: e.Doc, URL: byDoc[e.Doc], Date: e.Date, Source: e.Source, Target: e.Target,
			CAMEO: e.CAMEO, Sentence: e.Text})
	}
	if baseURL != "" {
		p.Link = strings.TrimSuffix(baseURL, "/") + Path(sg)
	}
	p.Text = p.text()
	return p
}

// text is the chat rendering: a headline, the summary, the evidence
// sentences as quotes with their sources, the link.
func (p *Payload) text() string {
	var b strings.Builder
	what := "New signal"
	if p.Update {
		what = fmt.Sprintf("Signal updated (revision %d)", p.Revision)
	}
	fmt.Fprintf(&b, "%s: %s %s, score %.1f, %s", what, p.Kind, strings.Join(p.Actors, "–"), p.Score, p.Date)
	if p.Question != "" {
		fmt.Fprintf(&b, ", question %s", p.Question)
	}
	fmt.Fprintf(&b, "\n%s\n", p.Summary)
	for _, e := range p.Evidence {
		ref := e.Doc
		if e.URL != "" {
			ref = e.URL
		}
		fmt.Fprintf(&b, "> %s — %s %s→%s %s (%s)\n", Clip(e.Sentence, 300), e.Date, e.Source, e.Target, e.CAMEO, ref)
	}
	if p.Link != "" {
		b.WriteString(p.Link + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Path is the dashboard page of a signal: the stance lanes of its question,
// else its dyad over the days it covers.
func Path(sg *demarche.Signal) string {
	if sg.Kind == demarche.SignalStance && sg.Question != "" {
		return "/stances?question=" + url.QueryEscape(sg.Question)
	}
	v := url.Values{}
	if sg.Source != "" {
		v.Set("a", sg.Source)
	}
	if sg.Target != "" {
		v.Set("b", sg.Target)
	}
	if sg.From != "" {
		v.Set("from", sg.From)
	}
	if sg.To != "" {
		v.Set("to", sg.To)
	}
	return "/dyad?" + v.Encode()
}

// Clip folds white space in s and cuts it to at most n bytes, at a word
// boundary when one is near, marking the cut with " …".
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut < n/2 {
		cut = n
	}
	return s[:cut] + " …"
}

// SortNewest orders signals newest first (by date, then last day covered,
// then ID), the order of the Atom feed.
func SortNewest(sigs []demarche.Signal) {
	sort.SliceStable(sigs, func(i, j int) bool {
		a, b := sigs[i], sigs[j]
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		if a.To != b.To {
			return a.To > b.To
		}
		return a.ID < b.ID
	})
}
