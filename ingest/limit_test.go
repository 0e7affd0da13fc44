package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"8388608": 8 << 20, "8M": 8 << 20, "8MiB": 8 << 20, "8 MB": 8 << 20, "512k": 512 << 10, "1.5G": 3 << 29, "0": 0} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "M", "-1", "8 parsecs", "1e3", "9999999G"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q): no error", in)
		}
	}
}

type countCoder struct{ n int }

func (c *countCoder) Version() string { return "test" }
func (c *countCoder) Code(ctx context.Context, d *demarche.Document) (*demarche.Coded, error) {
	c.n++
	return &demarche.Coded{Doc: d}, nil
}

func TestLimitSize(t *testing.T) {
	inner := &countCoder{}
	c := LimitSize(inner, 100)
	if _, err := c.Code(context.Background(), &demarche.Document{ID: "ok", Text: strings.Repeat("a", 100)}); err != nil {
		t.Errorf("a document at the limit: %v", err)
	}
	_, err := c.Code(context.Background(), &demarche.Document{ID: "big", Title: "t", Text: strings.Repeat("a", 100)})
	if demarche.ErrorCode(err) != demarche.EINVALID || !strings.Contains(err.Error(), "document big") || !strings.Contains(err.Error(), "--max-doc-size") {
		t.Errorf("a document over the limit: %v", err)
	}
	if inner.n != 1 {
		t.Errorf("the coder coded %d documents, want 1", inner.n)
	}
	if LimitSize(inner, 0) != demarche.Coder(inner) {
		t.Errorf("LimitSize(c, 0) is not c")
	}
}
