package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "search", "QUERY",
		"Finds the stored sentences that match QUERY, best match first, and shows the\n"+
			"events coded from each. QUERY is written as in a web search engine: words\n"+
			"(all required, stemmed), \"quoted phrases\", OR between alternatives, -word to\n"+
			"exclude. Sentences of near-duplicate documents are left out unless --duplicates.")
	db := dbFlag(fs)
	limit := fs.Int("limit", 20, "hits shown (at most 1000)")
	offset := fs.Int("offset", 0, "hits skipped, for the next page")
	from := fs.String("from", "", "first date, YYYY-MM-DD")
	to := fs.String("to", "", "last date, YYYY-MM-DD")
	pub := fs.String("publication", "", "publications of the documents (KCNA,TASS)")
	dups := fs.Bool("duplicates", false, "include the sentences of near-duplicate documents")
	format := fs.String("format", "text", "output: text, or json (one hit a line)")
	maxTerms := fs.Int("max-terms", demarche.DefaultMaxSearchTerms, "most words of the query (OR included)")
	maxLength := fs.Int("max-length", demarche.DefaultMaxSearchLength, "most bytes of the query")
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError(fs, "no query")
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format: want text or json, got %q", *format)
	}
	if *maxTerms < 1 || *maxLength < 1 {
		return usageError(fs, "--max-terms and --max-length: want 1 or more, got %d and %d", *maxTerms, *maxLength)
	}
	query := strings.Join(fs.Args(), " ")
	if err := demarche.CheckSearch(query, *maxTerms, *maxLength); err != nil {
		return usageError(fs, "query: %v (--max-terms, --max-length): search for fewer words", err)
	}
	st, err := openExisting(ctx, env, *db, forReading)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Search(ctx, demarche.SearchQuery{Text: query, From: *from, To: *to,
		Publication: splitList(*pub), Duplicates: *dups, Limit: *limit, Offset: *offset})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(env.Stdout)
	if *format == "json" {
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for i := range res.Hits {
			if err := enc.Encode(&res.Hits[i]); err != nil {
				return err
			}
		}
	} else {
		writeHits(bw, res.Hits, *offset, env.StdoutIsTerminal)
	}
	return bw.Flush()
}

// writeHits writes search hits for reading: the document, the sentence with
// its matched words (in bold on a terminal), and its events.
func writeHits(w io.Writer, hits []demarche.SearchHit, offset int, terminal bool) {
	if len(hits) == 0 {
		fmt.Fprintln(w, "no match")
		return
	}
	tax := cameo.Default()
	for i, h := range hits {
		fmt.Fprintf(w, "%d. %s %s %s", offset+i+1, h.Date, orDefault(h.Publication, "-"), h.Doc)
		if h.Title != "" {
			fmt.Fprintf(w, " — %s", h.Title)
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "   %s\n", mark(h.Sentence.Text, h.Highlights, terminal))
		for _, e := range h.Events {
			name := ""
			if c, ok := tax.Lookup(e.CAMEO); ok {
				name = c.Name
			}
			fmt.Fprintf(w, "   → %s %s → %s  %s (%+.1f)\n", e.CAMEO, e.Source, e.Target, name, e.Goldstein)
		}
	}
}

// mark returns text on one line, with the spans (byte offsets in text) in
// bold on a terminal; it leaves them unmarked otherwise.
func mark(text string, spans []demarche.Span, terminal bool) string {
	if terminal {
		var b strings.Builder
		at := 0
		for _, s := range spans {
			if s.Start < at || s.End > len(text) || s.Empty() {
				continue
			}
			b.WriteString(text[at:s.Start])
			b.WriteString("\x1b[1m")
			b.WriteString(text[s.Start:s.End])
			b.WriteString("\x1b[0m")
			at = s.End
		}
		b.WriteString(text[at:])
		text = b.String()
	}
	return strings.Join(strings.Fields(text), " ")
}
