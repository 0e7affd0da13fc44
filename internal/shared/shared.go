// Package shared finds, for tests and benchmarks, the data that every
// developer and every CI run has in ../shared beside the repository: the
// KCNA corpora, the development set, the PETRARCH files. The data is never
// part of the repository; when it is absent the test is skipped, saying why.
package shared

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/parallel"
)

var root = sync.OnceValue(func() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
})

// Dir returns the absolute path of the shared folder, or skips tb.
func Dir(tb testing.TB) string {
	tb.Helper()
	d := root()
	if _, err := os.Stat(d); d == "" || err != nil {
		tb.Skipf("the shared data folder ../shared is absent beside the repository: skipped")
	}
	return d
}

// File returns the absolute path of rel inside ../shared, or skips tb
// saying which file is missing.
func File(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(root(), filepath.FromSlash(rel))
	if _, err := os.Stat(p); root() == "" || err != nil {
		tb.Skipf("../shared/%s is absent (the shared data lives beside the repository): skipped", rel)
	}
	return p
}

// KCNA returns the paths of the named files of ../shared/corpora/kcna
// (default: the stories of 2011 and 2012), or skips tb.
func KCNA(tb testing.TB, names ...string) []string {
	tb.Helper()
	if len(names) == 0 {
		names = []string{"kcna-2011.jsonl.gz", "kcna-2012.jsonl.gz"}
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = File(tb, "corpora/kcna/"+n)
	}
	return out
}

// Stories reads a JSON-lines corpus of ../shared (gzip-compressed when its
// name ends in .gz) into documents, or skips tb when it is absent.
func Stories(tb testing.TB, rel string) []*demarche.Document {
	tb.Helper()
	f, err := os.Open(File(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(rel, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		r = zr
	}
	var docs []*demarche.Document
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var d demarche.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		docs = append(docs, &d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", rel, err)
	}
	return docs
}

// CodeAll codes docs with c on GOMAXPROCS goroutines, encoding every event
// as JSON as the command line would, and returns the numbers of sentences
// and events. It is the loop of the coding benchmarks; errors fail tb.
func CodeAll(tb testing.TB, c demarche.Coder, docs []*demarche.Document) (sentences, events int64) {
	var ns, ne atomic.Int64
	parallel.For(len(docs), 1, func(i int) {
		out, err := c.Code(context.Background(), docs[i])
		if err != nil {
			tb.Error(err)
			return
		}
		ns.Add(int64(len(out.Sentences)))
		ne.Add(int64(len(out.Events)))
		enc := json.NewEncoder(io.Discard)
		for k := range out.Events {
			enc.Encode(&out.Events[k])
		}
	})
	return ns.Load(), ne.Load()
}
