package alert

import (
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// Atom documents (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID         string       `xml:"id"`
	Title      string       `xml:"title"`
	Updated    string       `xml:"updated"`
	Published  string       `xml:"published,omitempty"`
	Links      []atomLink   `xml:"link,omitempty"`
	Categories []atomCat    `xml:"category"`
	Summary    string       `xml:"summary"`
	Content    *atomContent `xml:"content"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// dayTime is an ISO date as an Atom timestamp (midnight UTC), or fallback
// when the date does not parse.
func dayTime(date string, fallback time.Time) string {
	if t, err := time.Parse(demarche.DateLayout, date); err == nil {
		return t.UTC().Format(time.RFC3339)
	}
	return fallback.UTC().Format(time.RFC3339)
}

// WriteAtom writes signals as an Atom feed, in the given order (newest
// first: SortNewest). Each entry's id is urn:demarche:signal:ID, so that
// a feed reader shows a signal once; its updated time is the last day the
// signal covers, so that a grown signal shows as updated; its content is
// the summary and the evidence sentences with their documents. base is
// the server's address (for links), self the feed's own URL.
func WriteAtom(w io.Writer, title, base, self string, sigs []demarche.Signal, urls map[string]string) error {
	base = strings.TrimSuffix(base, "/")
	now := time.Now()
	f := atomFeed{ID: "urn:demarche:signals:" + base, Title: title, Author: atomPerson{Name: "demarche"},
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}, {Rel: "alternate", Type: "text/html", Href: base + "/signals"}}}
	latest := ""
	for i := range sigs {
		sg := &sigs[i]
		upd := dayTime(maxDate(sg.To, sg.Date), now)
		if upd > latest {
			latest = upd
		}
		e := atomEntry{
			ID:         "urn:demarche:signal:" + sg.ID,
			Title:      fmt.Sprintf("%s %s: %s", sg.Kind, dyadName(sg), sg.Title),
			Updated:    upd,
			Published:  dayTime(sg.Date, now),
			Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: base + Path(sg)}},
			Categories: []atomCat{{Term: sg.Kind}},
			Summary:    fmt.Sprintf("score %.1f, %s to %s. %s", sg.Score, sg.From, sg.To, sg.Detail),
			Content:    &atomContent{Type: "html", Body: entryHTML(sg, base, urls)},
		}
		f.Entries = append(f.Entries, e)
	}
	if latest == "" {
		latest = now.UTC().Format(time.RFC3339)
	}
	f.Updated = latest
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func maxDate(a, b string) string {
	if a > b {
		return a
	}
	return b
}

func dyadName(sg *demarche.Signal) string {
	switch {
	case sg.Question != "":
		return sg.Source + " on " + sg.Question
	case sg.Source != "" && sg.Target != "":
		return sg.Source + "–" + sg.Target
	}
	return sg.Source + sg.Target
}

// entryHTML is an entry's content: the summary, the detail, and the
// evidence as quotes linked to their documents.
func entryHTML(sg *demarche.Signal, base string, urls map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p><strong>%s</strong></p>", html.EscapeString(sg.Title))
	if sg.Detail != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(sg.Detail))
	}
	b.WriteString("<ul>")
	for _, e := range sg.Evidence {
		doc := base + "/documents/" + pathEscape(e.Doc)
		fmt.Fprintf(&b, `<li><blockquote>%s</blockquote> %s %s→%s %s, <a href="%s">%s</a>`,
			html.EscapeString(e.Text), e.Date, html.EscapeString(e.Source), html.EscapeString(e.Target), e.CAMEO,
			html.EscapeString(doc), html.EscapeString(e.Doc))
		if u := urls[e.Doc]; u != "" {
			fmt.Fprintf(&b, ` (<a href="%s">source</a>)`, html.EscapeString(u))
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

func pathEscape(s string) string {
	return strings.NewReplacer("%", "%25", "/", "%2F", "?", "%3F", "#", "%23", " ", "%20").Replace(s)
}
