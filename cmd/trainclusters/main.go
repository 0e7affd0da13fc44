// Command trainclusters learns the word classes that the tagger and the
// parser of package parser use as features, from unlabeled text: the
// forms of a CoNLL-U treebank and JSON-lines corpora (the "title" and
// "text" of each record, split into sentences and words by package nlp,
// as demarche reads them):
//
//	go run ./cmd/trainclusters -conllu ../shared/ud/en_ewt-ud-train.conllu.gz \
//	    -out clusters.tsv.gz ../shared/corpora/kcna/*.jsonl.gz ../shared/corpora/ungd/*.jsonl.gz
//
// The same files (in the same order) and flags always give the same table.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/demarche-project/demarche/nlp"
	"github.com/demarche-project/demarche/parser"
)

func main() {
	conllu := flag.String("conllu", "", "treebank whose word forms are added (CoNLL-U, .gz allowed)")
	out := flag.String("out", "clusters.tsv.gz", "cluster table to write")
	var o parser.ClusterOptions
	flag.IntVar(&o.Classes, "classes", 256, "fine classes")
	flag.IntVar(&o.Coarse, "coarse", 32, "coarse classes (groups of fine classes)")
	flag.IntVar(&o.MinCount, "min-count", 5, "words seen fewer times get no class")
	flag.IntVar(&o.Iterations, "iterations", 15, "at most this many exchange passes")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: trainclusters [flags] [corpus.jsonl[.gz] ...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *conllu == "" && flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	o.Log = os.Stderr
	start := time.Now()
	cc := parser.NewClusterCounter()
	if *conllu != "" {
		sents, err := parser.ReadCoNLLUFile(*conllu)
		if err != nil {
			fail(err)
		}
		var words []string
		for _, s := range sents {
			words = words[:0]
			for _, t := range s.Tokens {
				words = append(words, t.Form)
			}
			cc.Add(words)
		}
	}
	for _, name := range flag.Args() {
		if err := addCorpus(cc, name); err != nil {
			fail(err)
		}
	}
	fmt.Fprintf(os.Stderr, "read %d words in %s\n", cc.Tokens(), time.Since(start).Round(time.Millisecond))
	c, err := cc.Learn(o)
	if err != nil {
		fail(err)
	}
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d words, %d bytes) in %s\n", *out, c.Len(), buf.Len(), time.Since(start).Round(time.Second))
}

// addCorpus adds the sentences of the title and text of each JSON line.
func addCorpus(cc *parser.ClusterCounter, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 1<<16)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	var words []string
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		for _, text := range []string{rec.Title, rec.Text} {
			for _, seg := range nlp.Split(text) {
				words = words[:0]
				for _, t := range seg.Tokens {
					words = append(words, t.Text)
				}
				cc.Add(words)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainclusters:", err)
	os.Exit(1)
}
