package source

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/demarche-project/demarche"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// htmlReader reads one HTML page as one document.
type htmlReader struct{ wholeReader }

func (o *opener) newHTML(in *input) *htmlReader { return &htmlReader{wholeReader{input: in, o: o}} }

// Next returns the page's document, then io.EOF. See extractPage for what
// is kept.
func (r *htmlReader) Next() (*demarche.Document, error) {
	b, err := r.readWhole()
	if err != nil {
		return nil, err
	}
	p, err := extractPage(b, r.contentType, r.url)
	if err != nil {
		return nil, &RecordError{File: r.name, Field: "html", Err: err}
	}
	d := &demarche.Document{ID: r.o.opt.ID, Title: p.title, Text: p.text, Source: p.site, URL: p.url, Origin: r.name}
	if d.ID == "" {
		if r.path != "" {
			d.ID = baseID(r.path)
		} else {
			d.ID = r.url
		}
	}
	if d.ID == "" {
		d.ID = DerivedID(d)
	}
	if d.Text == "" && d.Title == "" {
		return nil, &RecordError{File: r.name, Field: "html", Err: demarche.Errorf(demarche.EINVALID, "no text found in the page")}
	}
	date, err := r.o.docDate(p.date)
	if err != nil && p.date != "" {
		// An unreadable page date falls back to the default one.
		date, err = r.o.docDate("")
	}
	if err != nil {
		return nil, &RecordError{File: r.name, Field: "date", Err: err}
	}
	d.Date = date
	return d, nil
}

// extracted is what extractPage finds in a page.
type extracted struct {
	title, text, site, url string
	date                   string // raw, as found in the page
}

// extractPage decodes b to UTF-8 (by content type, byte-order mark, meta
// charset, else UTF-8 when valid, else windows-1252), keeps the main text
// with readability (navigation, headers, footers and sidebars dropped),
// and reads the title, the site name, the canonical URL and the
// publication date from the metadata. It fails only when the page cannot
// be parsed at all.
func extractPage(b []byte, contentType, pageURL string) (*extracted, error) {
	r, err := charset.NewReader(bytes.NewReader(b), contentType)
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "character set: %v", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "malformed HTML: %v", err)
	}
	meta := pageMeta(doc)
	dropChrome(doc, false)
	e := &extracted{url: pageURL, date: meta.date}
	if e.url == "" {
		e.url = meta.canonical
	}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	art, err := readable(doc, u)
	if err == nil && art.Node != nil {
		e.title = cleanSpace(art.Title())
		e.site = cleanSpace(art.SiteName())
		e.text = cleanText(render.InnerText(art.Node))
		if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
			e.date = t.Format(demarche.DateLayout)
		}
	}
	if e.title == "" {
		e.title = meta.title
	}
	if e.text == "" {
		// Readability found no article (very short pages): keep the
		// body without its boilerplate elements.
		e.text = bodyText(b, contentType)
	}
	return e, nil
}

// readable runs readability on doc, turning a panic of the library into an
// error so that one odd page cannot stop a run.
func readable(doc *html.Node, u *url.URL) (art readability.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("readability: %v", v)
		}
	}()
	p := readability.NewParser()
	return p.ParseAndMutate(doc, u)
}

// metadata is what the <head> of a page says about it.
type metadata struct {
	title, canonical, date string
}

// dateMeta are the meta names, properties and itemprops that carry a
// publication date, in order of preference.
var dateMeta = []string{
	"article:published_time", "datepublished", "og:published_time",
	"date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
	"pubdate", "publishdate", "publish-date", "publication_date", "sailthru.date",
	"parsely-pub-date", "original-publish-date", "article.published",
}

// pageMeta reads the title, the canonical URL and the first publication
// date found in meta tags and <time itemprop="datePublished">.
func pageMeta(doc *html.Node) metadata {
	var m metadata
	dates := map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = cleanSpace(n.FirstChild.Data)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					key := strings.ToLower(attr(n, k))
					if key == "og:url" && m.canonical == "" {
						m.canonical = content
					}
					if key != "" && content != "" && dates[key] == "" {
						dates[key] = content
					}
				}
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					v := attr(n, "datetime")
					if v == "" && n.FirstChild != nil {
						v = n.FirstChild.Data
					}
					if dates["datepublished"] == "" {
						dates["datepublished"] = v
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range dateMeta {
		if v := dates[k]; v != "" {
			if _, err := demarche.ParseDate(v); err == nil {
				m.date = v
				break
			}
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// dropChrome removes the page chrome that HTML marks as such before
// readability scores the page: <nav>, <aside>, <footer>, and <header>
// outside an <article> (whose header holds the headline). Readability
// keeps them when the page is short.
func dropChrome(n *html.Node, inArticle bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch {
			case c.DataAtom == atom.Nav, c.DataAtom == atom.Aside, c.DataAtom == atom.Footer && !inArticle,
				c.DataAtom == atom.Header && !inArticle:
				n.RemoveChild(c)
			default:
				dropChrome(c, inArticle || c.DataAtom == atom.Article)
			}
		}
		c = next
	}
}

// boilerplate are the elements dropped from a page body when readability
// finds no article.
var boilerplate = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Form: true,
	atom.Template: true, atom.Head: true,
}

// bodyText returns the text of the page body without its boilerplate
// elements.
func bodyText(b []byte, contentType string) string {
	r, err := charset.NewReader(bytes.NewReader(b), contentType)
	if err != nil {
		return ""
	}
	doc, err := html.Parse(r)
	if err != nil {
		return ""
	}
	return cleanText(render.InnerText(stripBoilerplate(doc)))
}

// fragmentText returns the text of an HTML fragment (a feed item's
// content) without scripts and styles.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return cleanText(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return cleanText(s)
	}
	return cleanText(render.InnerText(stripBoilerplate(doc)))
}

func stripBoilerplate(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && boilerplate[c.DataAtom] {
			n.RemoveChild(c)
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else {
			stripBoilerplate(c)
		}
		c = next
	}
	return n
}

var blankLines = regexp.MustCompile(`\n{3,}`)

// cleanText trims the lines of s, keeps paragraphs apart with one blank
// line, and trims the whole.
func cleanText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	s = blankLines.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// cleanSpace collapses runs of white space into single spaces.
func cleanSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
