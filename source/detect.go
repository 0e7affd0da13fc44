package source

import (
	"bytes"
	"encoding/xml"
	"maps"
	"mime"
	"slices"
	"strings"
)

// extFormats maps file extensions to formats. ".xml" is resolved by its
// root element: a feed or PETRARCH sentences.
var extFormats = map[string]string{
	"txt": FormatText, "text": FormatText,
	"jsonl": FormatJSONL, "json": FormatJSONL, "ndjson": FormatJSONL,
	"xml": FormatXML,
	"csv": FormatCSV, "tsv": FormatTSV, "tab": FormatTSV,
	"html": FormatHTML, "htm": FormatHTML, "xhtml": FormatHTML,
	"rss": FormatFeed, "atom": FormatFeed,
	"urls": FormatURLs,
}

// KnownExtensions returns the file extensions (without the dot) that Expand
// picks up in folders, each also accepted with a ".gz" suffix.
func KnownExtensions() []string {
	return slices.Sorted(maps.Keys(extFormats))
}

// mediaFormats maps content types to formats; XML types are resolved by
// their root element.
var mediaFormats = map[string]string{
	"text/html":                 FormatHTML,
	"application/xhtml+xml":     FormatHTML,
	"application/rss+xml":       FormatFeed,
	"application/atom+xml":      FormatFeed,
	"application/feed+json":     FormatFeed,
	"application/xml":           FormatXML,
	"text/xml":                  FormatXML,
	"application/json":          FormatJSONL,
	"application/x-ndjson":      FormatJSONL,
	"application/jsonl":         FormatJSONL,
	"application/jsonlines":     FormatJSONL,
	"text/csv":                  FormatCSV,
	"text/tab-separated-values": FormatTSV,
	"text/plain":                FormatText,
}

// detect chooses a format from the content type (of a fetched input), the
// extension and the first bytes of the content. Standard input without a
// format is text.
func detect(ext, contentType string, head []byte, stdin bool) string {
	f := ""
	if contentType != "" {
		if mt, _, err := mime.ParseMediaType(contentType); err == nil {
			f = mediaFormats[mt]
		}
	}
	if f == "" || f == FormatText {
		// text/plain is the catch-all of many servers: trust a known
		// extension over it.
		if e, ok := extFormats[ext]; ok {
			f = e
		}
	}
	if f == "" && stdin {
		f = FormatText
	}
	if f == "" {
		f = sniff(head)
	}
	if f == FormatXML {
		if r := xmlRoot(head); r == "html" {
			f = FormatHTML
		} else if isFeedRoot(r) {
			f = FormatFeed
		}
	}
	return f
}

// sniff guesses the format of content with no known extension or type.
func sniff(head []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	switch {
	case len(t) > 0 && t[0] == '{':
		return FormatJSONL
	case len(t) > 0 && t[0] == '<':
		l := bytes.ToLower(t[:min(len(t), 64)])
		if bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) {
			return FormatHTML
		}
		return FormatXML
	}
	return FormatText
}

// xmlRoot returns the local name of the first element of head, "" when
// none is found in it.
func xmlRoot(head []byte) string {
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	for range 1000 {
		t, err := d.RawToken()
		if err != nil {
			return ""
		}
		switch t := t.(type) {
		case xml.StartElement:
			return strings.ToLower(t.Name.Local)
		case xml.Directive:
			if bytes.HasPrefix(bytes.ToLower(t), []byte("doctype html")) {
				return "html"
			}
		}
	}
	return ""
}

func isFeedRoot(r string) bool { return r == "rss" || r == "feed" || r == "rdf" }

var bom = []byte("\uFEFF")
