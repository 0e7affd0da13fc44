package ingest

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
)

// DefaultMaxDocSize is the largest document coded by default, in bytes of
// title and text: the memory that coding and storing a document takes
// grows with its sentences and events (some 30 MB a MB of news text), and
// this bounds it.
const DefaultMaxDocSize = 8 << 20

// MaxDocSizeEnv is the environment variable that sets the limit when no
// --max-doc-size flag is given.
const MaxDocSizeEnv = "DEMARCHE_MAX_DOC_SIZE"

// DocSize is the size of a document as the limit counts it: the bytes of
// its title, text and parse.
func DocSize(d *demarche.Document) int { return len(d.Title) + len(d.Text) + len(d.Parse) }

// CheckSize returns an EINVALID error for a document larger than max bytes
// (no limit when max <= 0).
func CheckSize(d *demarche.Document, max int) error {
	if n := DocSize(d); max > 0 && n > max {
		return demarche.Errorf(demarche.EINVALID, "document %s: %d bytes of text (%s), more than the limit of %s (%d bytes): skipped (raise it with --max-doc-size or $%s)",
			d.ID, n, demarche.FormatSize(n), demarche.FormatSize(max), max, MaxDocSizeEnv)
	}
	return nil
}

// LimitSize returns a coder that refuses documents larger than max bytes
// with CheckSize's error before coding them, and codes the others with c.
func LimitSize(c demarche.Coder, max int) demarche.Coder {
	if max <= 0 {
		return c
	}
	return sizeLimit{c, max}
}

type sizeLimit struct {
	demarche.Coder
	max int
}

func (s sizeLimit) Code(ctx context.Context, d *demarche.Document) (*demarche.Coded, error) {
	if err := CheckSize(d, s.max); err != nil {
		return nil, err
	}
	return s.Coder.Code(ctx, d)
}

// RecordLimit is the longest input record (a JSON line) read for documents
// of at most max bytes: the document, with room for its JSON.
func RecordLimit(max int) int {
	if max <= 0 {
		return 1 << 30
	}
	return max + max/4 + 64<<10
}

// ParseSize reads a size: bytes, or a number with a unit K, KB, KiB, M, MB,
// MiB, G, GB or GiB (all powers of 1024): "8MiB", "512K", "16M". "0" means
// no limit.
func ParseSize(s string) (int, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("size %q: want a number of bytes, or one with K, M or G (8M, 512KiB)", s)
	}
	mult := map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
		"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("size %q: unknown unit %q (want K, M or G)", s, unit)
	}
	if v*mult > 1<<40 {
		return 0, fmt.Errorf("size %q: too large", s)
	}
	return int(v * mult), nil
}
