package source

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/mmcdole/gofeed"
)

// feedReader yields the items of an RSS, Atom or JSON feed.
type feedReader struct {
	*input
	o     *opener
	feed  *gofeed.Feed
	base  *url.URL // to resolve relative item links
	next  int
	items []*gofeed.Item
}

// newFeed parses the whole feed. It fails with a *RecordError naming the
// input when the feed cannot be parsed.
func (o *opener) newFeed(in *input) (*feedReader, error) {
	b, err := readAll(in.r)
	if err != nil {
		return nil, &RecordError{File: in.name, Err: err}
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, in.recErr(0, "feed", "%v", err)
	}
	r := &feedReader{input: in, o: o, feed: f, items: f.Items}
	for _, s := range []string{in.url, f.FeedLink, f.Link} {
		if u, err := url.Parse(s); err == nil && u.IsAbs() {
			r.base = u
			break
		}
	}
	return r, nil
}

// Next returns the document of the next item; its record number is its
// 1-based position in the feed. The id is the item's guid, else its link,
// else DerivedID. The text is the item's full content when it has one;
// otherwise its link is fetched and the page's main text kept; an item
// with no link keeps its description. The date is the item's
// published (else updated) date, else the page's, else Options.Date. An
// item whose page cannot be fetched is a *RecordError on its "link".
func (r *feedReader) Next() (*demarche.Document, error) {
	if r.next >= len(r.items) {
		return nil, io.EOF
	}
	r.next++
	if known := r.o.opt.Known; known != nil {
		// Items already stored are skipped before their page is fetched.
		for r.next <= len(r.items) {
			it := r.items[r.next-1]
			id := strings.TrimSpace(it.GUID)
			if id == "" {
				id = r.resolve(it.Link)
			}
			if id == "" || !known(id) {
				break
			}
			r.next++
		}
		if r.next > len(r.items) {
			return nil, io.EOF
		}
	}
	n, it := r.next, r.items[r.next-1]
	d := &demarche.Document{
		ID:     strings.TrimSpace(it.GUID),
		Title:  cleanSpace(fragmentText(it.Title)),
		Source: cleanSpace(r.feed.Title),
		URL:    r.resolve(it.Link),
		Origin: fmt.Sprintf("%s:%d", r.name, n),
	}
	if d.ID == "" {
		d.ID = d.URL
	}
	rawDate := ""
	switch {
	case it.PublishedParsed != nil:
		rawDate = it.PublishedParsed.Format(demarche.DateLayout)
	case it.UpdatedParsed != nil:
		rawDate = it.UpdatedParsed.Format(demarche.DateLayout)
	case it.Published != "":
		rawDate = it.Published
	case it.Updated != "":
		rawDate = it.Updated
	}
	switch {
	case strings.TrimSpace(it.Content) != "":
		d.Text = fragmentText(it.Content)
	case isURL(d.URL):
		p, err := r.o.fetch(d.URL)
		if err != nil {
			return nil, &RecordError{File: r.name, Line: n, Field: "link", Err: err}
		}
		if f := detect("", p.contentType, nil, false); p.contentType != "" && f != FormatHTML && f != FormatText && f != FormatXML {
			return nil, r.recErr(n, "link", "%s is not an HTML page (%s)", d.URL, p.contentType)
		}
		e, err := extractPage(p.body, p.contentType, p.url)
		if err != nil {
			return nil, &RecordError{File: r.name, Line: n, Field: "link", Err: fmt.Errorf("%s: %w", d.URL, err)}
		}
		d.Text = e.text
		if d.Title == "" {
			d.Title = e.title
		}
		if rawDate == "" {
			rawDate = e.date
		}
	default:
		d.Text = fragmentText(it.Description)
	}
	if d.Text == "" && d.Title == "" {
		return nil, r.recErr(n, "content", "item has no text and no title")
	}
	date, err := r.o.docDate(rawDate)
	if err != nil {
		return nil, &RecordError{File: r.name, Line: n, Field: "date", Err: err}
	}
	d.Date = date
	if d.ID == "" {
		d.ID = DerivedID(d)
	}
	return d, nil
}

// resolve makes link absolute against the feed's URL.
func (r *feedReader) resolve(link string) string {
	link = strings.TrimSpace(link)
	if link == "" || r.base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	return r.base.ResolveReference(u).String()
}
