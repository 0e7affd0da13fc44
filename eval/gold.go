// Package eval scores coded events against a gold annotation, the way
// ../shared/docs/CODING-GUIDE.md says events are judged: an event is right
// when its CAMEO root, its source country and its target country (the first
// three letters of the actor codes, "---" and IGO prefixes compared as
// written) match a gold event of the same item; the same actor pair and code
// twice in one item is one event. The command `demarche eval` and the
// coder's quality tests share this one implementation.
package eval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// MaxLine bounds one line of a gold file.
const MaxLine = 4 << 20

// Gold is one annotated item: a sentence or a headline with the events an
// analyst coded in it. The JSON names are those of the project's dev sets.
type Gold struct {
	ID      string      `json:"id"`
	Date    string      `json:"date"`
	Source  string      `json:"source,omitempty"`  // the publication (KCNA, wire …)
	Country string      `json:"country,omitempty"` // the speaking state of a statement, when known
	Kind    string      `json:"kind,omitempty"`    // lead, body, headline, news …
	Text    string      `json:"text"`
	Events  []GoldEvent `json:"events"`
	Note    string      `json:"note,omitempty"`

	// Line is the item's line in its file (1-based), for messages.
	Line int `json:"-"`
}

// GoldEvent is one event of the gold annotation.
type GoldEvent struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	CAMEO    string `json:"cameo"`
	PLOVER   string `json:"plover,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

// Headline reports whether the item is a headline (kind "headline", or a
// KCNA headline id "kcna-h-…"): it is then coded as a headline.
func (g *Gold) Headline() bool {
	return g.Kind == "headline" || strings.Contains(g.ID, "-h-")
}

// Document returns the document the coder reads for the item.
func (g *Gold) Document() *demarche.Document {
	d := &demarche.Document{ID: g.ID, Date: g.Date, Source: g.Source, Country: g.Country}
	if g.Headline() {
		d.Title = g.Text
	} else {
		d.Text = g.Text
	}
	return d
}

// The halves of a development set: an item is in the tune half when the
// CRC-32 (IEEE) of its id is even, in the check half otherwise.
const (
	Tune  = "tune"
	Check = "check"
)

// Half returns the half (Tune or Check) an item id belongs to.
func Half(id string) string {
	if crc32.ChecksumIEEE([]byte(id))%2 == 0 {
		return Tune
	}
	return Check
}

// ReadGold reads a gold file in JSON lines: one item a line, blank lines
// skipped, unknown fields ignored. name is used in errors, which say the
// file, the line and the field: "dev.jsonl:12: events[1].cameo: …".
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	seen := map[string]int{}
	err := eachLine(r, name, MaxLine, func(n int, line []byte) error {
		g, err := parseGold(line)
		if err != nil {
			return demarche.Errorf(demarche.EINVALID, "%s:%d: %v", name, n, err)
		}
		if prev, ok := seen[g.ID]; ok {
			return demarche.Errorf(demarche.EINVALID, "%s:%d: id %q repeats line %d", name, n, g.ID, prev)
		}
		seen[g.ID] = n
		g.Line = n
		out = append(out, g)
		return nil
	})
	return out, err
}

// eachLine calls fn with every non-blank line of r, trimmed, and its
// 1-based number, until fn fails. A line longer than max bytes is an
// EINVALID error naming the file and the line.
func eachLine(r io.Reader, name string, max int, fn func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), max)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return demarche.Errorf(demarche.EINVALID, "%s:%d: line longer than %s", name, n+1, demarche.FormatSize(max))
		}
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

// unmarshal decodes a JSON line into v; a value of the wrong type is named
// by its field ("events: want a []eval.GoldEvent, got a JSON string").
func unmarshal(line []byte, v any) error {
	if err := json.Unmarshal(line, v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fmt.Errorf("%s: want a %s, got a JSON %s", te.Field, te.Type, te.Value)
		}
		return err
	}
	return nil
}

// parseGold decodes and checks one line.
func parseGold(line []byte) (Gold, error) {
	var g Gold
	if err := unmarshal(line, &g); err != nil {
		return g, err
	}
	if strings.TrimSpace(g.ID) == "" {
		return g, errors.New("id: missing or empty")
	}
	if g.Date != "" {
		d, err := demarche.ParseDate(g.Date)
		if err != nil {
			return g, fmt.Errorf("date %q: %v", g.Date, err)
		}
		g.Date = d
	}
	for i, e := range g.Events {
		if cameo.Root(e.CAMEO) == "" {
			return g, fmt.Errorf("events[%d].cameo %q: want a CAMEO code of 2 to 4 digits", i, e.CAMEO)
		}
		if strings.TrimSpace(e.Source) == "" {
			return g, fmt.Errorf("events[%d].source: missing (an event whose source is not named is not coded)", i)
		}
	}
	return g, nil
}

// ReadGoldFile reads a gold file (gzip-compressed when its name ends in .gz).
func ReadGoldFile(path string) ([]Gold, error) {
	r, closeFile, err := openFile(path)
	if err != nil {
		return nil, err
	}
	defer closeFile()
	return ReadGold(r, path)
}

// Select returns the items of a half ("" for all) and a kind ("" for all).
func Select(items []Gold, half, kind string) []Gold {
	var out []Gold
	for _, g := range items {
		if half != "" && Half(g.ID) != half {
			continue
		}
		if kind != "" && g.Kind != kind {
			continue
		}
		out = append(out, g)
	}
	return out
}

// openFile opens a file for reading, through gzip when its name ends in .gz.
// closeFile closes what it opened.
func openFile(path string) (r io.Reader, closeFile func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, func() { f.Close() }, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, nil, demarche.Errorf(demarche.EINVALID, "%s: %v", path, err)
	}
	return zr, func() { zr.Close(); f.Close() }, nil
}
