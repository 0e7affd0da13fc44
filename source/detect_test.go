package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, ext, contentType, head string
		stdin                        bool
		want                         string
	}{
		{"txt", "txt", "", "anything", false, FormatText},
		{"jsonl", "jsonl", "", "", false, FormatJSONL},
		{"json", "json", "", "", false, FormatJSONL},
		{"petrarch xml", "xml", "", `<?xml version="1.0"?><!-- c --><Validation><Sentences>`, false, FormatXML},
		{"rss in xml", "xml", "", `<?xml version="1.0"?><rss version="2.0">`, false, FormatFeed},
		{"atom in xml", "xml", "", `<feed xmlns="http://www.w3.org/2005/Atom">`, false, FormatFeed},
		{"rdf in xml", "xml", "", `<rdf:RDF xmlns:rdf="x">`, false, FormatFeed},
		{"html in xml", "xml", "", `<!DOCTYPE html><html>`, false, FormatHTML},
		{"csv", "csv", "", "", false, FormatCSV},
		{"tsv", "tsv", "", "", false, FormatTSV},
		{"htm", "htm", "", "", false, FormatHTML},
		{"rss", "rss", "", "", false, FormatFeed},
		{"urls", "urls", "", "", false, FormatURLs},
		{"stdin", "", "", `{"id":1}`, true, FormatText},
		{"sniff json", "", "", "\uFEFF  {\"id\":1}", false, FormatJSONL},
		{"sniff html", "", "", "\n<!doctype HTML>", false, FormatHTML},
		{"sniff feed", "dat", "", "<rss>", false, FormatFeed},
		{"sniff text", "", "", "Plain words.", false, FormatText},
		{"type html", "php", "text/html; charset=utf-8", "", false, FormatHTML},
		{"type rss", "", "application/rss+xml", "", false, FormatFeed},
		{"type xml feed", "", "text/xml", "<rss>", false, FormatFeed},
		{"type ndjson", "", "application/x-ndjson", "", false, FormatJSONL},
		{"text/plain with extension", "csv", "text/plain", "", false, FormatCSV},
		{"bad type", "", "???", "{", false, FormatJSONL},
	}
	for _, tt := range tests {
		if got := detect(tt.ext, tt.contentType, []byte(tt.head), tt.stdin); got != tt.want {
			t.Errorf("%s: detect = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestJSONArray(t *testing.T) {
	path := filepath.Join(t.TempDir(), "array.json")
	os.WriteFile(path, []byte("\n[\n  {\"id\": \"a\", \"date\": \"2020-01-01\", \"text\": \"x\"}\n]\n"), 0o644)
	r, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := readAllDocs(t, r)
	if len(docs) != 0 || len(errs) != 1 || !strings.HasSuffix(errs[0], "array.json:2: a JSON array, not JSON lines: write one object a line (jq -c '.[]')") {
		t.Errorf("docs %v errors %q", docs, errs)
	}
}
