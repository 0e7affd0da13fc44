package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestHeadlineKind: a JSON line of kind "headline" (the development sets'
// format) gives its text as the document's title, so that it is coded as a
// headline; other kinds keep their text.
func TestHeadlineKind(t *testing.T) {
	path := filepath.Join(t.TempDir(), "items.jsonl")
	body := `{"id":"h1","date":"2011-05-02","kind":"headline","text":"Lao envoy's visit hailed"}` + "\n" +
		`{"id":"b1","date":"2011-05-02","kind":"body","text":"The envoy left."}` + "\n" +
		`{"id":"h2","date":"2011-05-02","kind":"Headline","title":"Given title","text":"and a text"}` + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, want := range []struct{ title, text string }{
		{"Lao envoy's visit hailed", ""},
		{"", "The envoy left."},
		{"Given title", "and a text"},
	} {
		d, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != want.title || d.Text != want.text {
			t.Errorf("%s: title %q text %q, want %q and %q", d.ID, d.Title, d.Text, want.title, want.text)
		}
	}
}
