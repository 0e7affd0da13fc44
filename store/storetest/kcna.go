package storetest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

// KCNAFiles are the corpus files of the ingest benchmark, in ../shared.
var KCNAFiles = []string{"kcna-2011.jsonl.gz", "kcna-2012.jsonl.gz"}

// SharedDir returns the shared/ folder beside the repository, or skips tb
// with a clear message when it is absent.
func SharedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(dir, "..", "shared")
			if _, err := os.Stat(filepath.Join(shared, "corpora", "kcna")); err != nil {
				tb.Skipf("../shared/corpora/kcna is absent: the KCNA benchmarks need it")
			}
			return shared
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the test directory: cannot find ../shared")
		}
		dir = parent
	}
}

// KCNA reads the KCNA stories of the two years and codes them the way a
// coder would shape its output: sentences split on blank lines and after
// ". ", and about 0.8 synthetic events per sentence (actors and codes drawn
// by a hash of the sentence, so the result is deterministic). It returns the
// coded documents and the compressed size of the input.
func KCNA(tb testing.TB) ([]*demarche.Coded, int64) {
	tb.Helper()
	dir := filepath.Join(SharedDir(tb), "corpora", "kcna")
	var out []*demarche.Coded
	var size int64
	for _, name := range KCNAFiles {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		if fi, err := f.Stat(); err == nil {
			size += fi.Size()
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(z)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d demarche.Document
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				tb.Fatalf("%s: %v", name, err)
			}
			out = append(out, codeKCNA(&d))
		}
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
		f.Close()
	}
	return out, size
}

var kcnaActors = []string{"PRK", "PRKGOV", "PRKGOV", "PRKMIL", "PRKPTY", "PRKMED", "USA", "USAGOV", "USAMIL", "KOR", "KORGOV",
	"RUS", "RUSGOV", "CHN", "CHNGOV", "JPN", "JPNGOV", "LAO", "CUB", "VNM", "IGOUNO", "SYR", "IRN", "DEU", "GBR"}

func codeKCNA(d *demarche.Document) *demarche.Coded {
	body, headline := d.Body()
	c := &demarche.Coded{Doc: d}
	start := 0
	for start < len(body) {
		end := len(body)
		if i := strings.Index(body[start:], "\n\n"); i >= 0 {
			end = start + i
		}
		if i := strings.Index(body[start:end], ". "); i >= 0 {
			end = start + i + 1
		}
		if text := body[start:end]; strings.TrimSpace(text) != "" {
			c.Sentences = append(c.Sentences, demarche.Sentence{Doc: d.ID, Index: len(c.Sentences), Text: text, Start: start, End: end, Headline: headline})
		}
		start = end
		for start < len(body) && (body[start] == ' ' || body[start] == '\n') {
			start++
		}
	}
	for _, s := range c.Sentences {
		h := fnv.New64a()
		h.Write([]byte(s.Text))
		x := h.Sum64()
		if x%10 >= 8 {
			continue
		}
		words := strings.Fields(s.Text)
		if len(words) < 3 {
			continue
		}
		src := kcnaActors[(x>>8)%6]
		tgt := kcnaActors[(x>>16)%uint64(len(kcnaActors))]
		code := codes[(x>>24)%uint64(len(codes))]
		at := strings.Index(s.Text, words[1])
		e := demarche.Event{Doc: d.ID, Sentence: s.Index, Date: d.Date, Source: src, Target: tgt, CAMEO: code.code,
			Root: code.code[:2], Quad: code.quad, Goldstein: code.gold, PLOVER: "P" + code.code[:2], Rule: "bench",
			VerbSpan: demarche.Span{Start: at, End: at + len(words[1])}, VerbText: words[1],
			SourceSpan: demarche.Span{Start: 0, End: len(words[0])}, SourceText: words[0]}
		e.ID = demarche.EventID(d.ID, e.Sentence, e.VerbSpan, e.Source, e.Target, e.CAMEO)
		c.Events = append(c.Events, e)
	}
	return c
}
