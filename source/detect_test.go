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

// TestJSONLinesBadLines: a line that holds an array, or a value nested
// thousands deep, is reported with its line number; the other lines are
// read.
func TestJSONLinesBadLines(t *testing.T) {
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	deepObj := `{"id":"n","date":"2020-01-02","text":` + strings.Repeat(`{"a":`, 20000) + "1" + strings.Repeat("}", 20000) + "}"
	for _, tt := range []struct {
		name, body string
		docs       []string
		errs       []string
	}{
		{"array first", `[{"id":"x"}]` + "\n" + `{"id":"a","date":"2020-01-01","text":"one"}` + "\n",
			[]string{"a"}, []string{"lines.jsonl:1: a JSON array, not an object"}},
		{"array inside", `{"id":"a","date":"2020-01-01","text":"one"}` + "\n" + `[1, 2]` + "\n" + `{"id":"b","date":"2020-01-01","text":"two"}` + "\n",
			[]string{"a", "b"}, []string{"lines.jsonl:2: not a JSON object"}},
		{"deep array first", deep + "\n" + `{"id":"a","date":"2020-01-01","text":"one"}` + "\n",
			[]string{"a"}, []string{"lines.jsonl:1: a JSON array, not an object"}},
		{"deep object", `{"id":"a","date":"2020-01-01","text":"one"}` + "\n" + deepObj + "\n" + `{"id":"b","date":"2020-01-01","text":"two"}` + "\n",
			[]string{"a", "b"}, []string{"lines.jsonl:2: invalid JSON"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "lines.jsonl")
			os.WriteFile(path, []byte(tt.body), 0o644)
			r, err := Open(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs, errs := readAllDocs(t, r)
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.docs, ",") || len(errs) != len(tt.errs) {
				t.Fatalf("docs %v, errors %q; want %v and %q", ids, errs, tt.docs, tt.errs)
			}
			for i, e := range tt.errs {
				if !strings.Contains(errs[i], e) {
					t.Errorf("error %q, want %q", errs[i], e)
				}
			}
		})
	}
}
