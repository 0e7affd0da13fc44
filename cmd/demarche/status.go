package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/demarche-project/demarche"
)

// statusSection is one part of the status report. Sections are added by
// appending to statusSections (from an init function): the store's counts
// come first; a queue, for instance, can add its depth.
type statusSection struct {
	// Name is the key of the section in the JSON report.
	Name string

	// Read returns the section's data (written as JSON) and its lines of
	// text, "label\tvalue" each.
	Read func(ctx context.Context, st demarche.Store) (data any, lines []string, err error)
}

// statusSections are the sections of the report, in order.
var statusSections = []statusSection{{Name: "store", Read: storeStatus}, {Name: "dates", Read: datesStatus}}

func runStatus(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "status", "", "Shows what the store holds: documents (canonical and near-duplicates),\nsentences, events, the dictionary versions that produced them, the documents\nper language, the last ingest.")
	db := dbFlag(fs)
	format := fs.String("format", "text", "output: text or json")
	var qf queueFlags
	qf.add(fs, false)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	sections := statusSections
	if cfg := qf.config(env, true); cfg.URL != "" {
		// The queue's depth, workers, throughput and dead letters: queue.go.
		sections = append(sections[:len(sections):len(sections)], queueSection(cfg))
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected arguments %q", fs.Args())
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format: want text or json, got %q", *format)
	}
	st, err := openExisting(ctx, env, *db, forReading)
	if err != nil {
		return err
	}
	defer st.Close()
	data := map[string]any{"db": (&dbFlags{db: *db}).dsn(env)}
	var lines []string
	for _, s := range sections {
		d, ls, err := s.Read(ctx, st)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		data[s.Name] = d
		lines = append(lines, ls...)
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(data)
	}
	return writeStatus(env.Stdout, data["db"].(string), lines)
}

func writeStatus(w io.Writer, dsn string, lines []string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "database\t%s\n", dsn)
	for _, l := range lines {
		fmt.Fprintln(tw, l)
	}
	return tw.Flush()
}

// storeStatus is the store's section: its counts.
func storeStatus(ctx context.Context, st demarche.Store) (any, []string, error) {
	s, err := st.Stats(ctx)
	if err != nil {
		return nil, nil, err
	}
	lines := []string{
		fmt.Sprintf("documents\t%d (%d canonical, %d near-duplicates)", s.Documents, s.Canonical, s.Documents-s.Canonical),
		fmt.Sprintf("sentences\t%d", s.Sentences),
		fmt.Sprintf("events\t%d (%d of canonical documents)", s.Events, s.CanonicalEvents),
	}
	if s.Cleaned > 0 {
		lines = append(lines, fmt.Sprintf("cleaned text\t%d documents stored with control characters or bytes that are not UTF-8 replaced", s.Cleaned))
	}
	for _, v := range s.Versions {
		lines = append(lines, fmt.Sprintf("dictionary version\t%s: %d events", v.Version, v.Events))
	}
	if l := languageLine(s.Languages); l != "" {
		lines = append(lines, "languages\t"+l)
	}
	last := "never"
	if !s.LastIngest.IsZero() {
		last = s.LastIngest.Local().Format(time.DateTime)
	}
	lines = append(lines, "last ingest\t"+last)
	if s.ReadOnly != "" {
		lines = append(lines, "access\tread-only: "+s.ReadOnly)
	}
	return s, lines, nil
}

// datesStatus is the section of document dates: the days covered, and the
// documents dated where no document can be (demarche.CheckDocumentDate),
// which ingests refuse now but a store may hold from before.
func datesStatus(ctx context.Context, st demarche.Store) (any, []string, error) {
	days, err := st.Volume(ctx, demarche.VolumeQuery{Duplicates: true})
	if err != nil {
		return nil, nil, err
	}
	var out struct {
		First       string `json:"first,omitempty"`
		Last        string `json:"last,omitempty"`
		Implausible int    `json:"implausible"`
	}
	now := time.Now()
	for _, d := range days {
		if demarche.CheckDocumentDate(d.Date, now) != nil {
			out.Implausible += d.Documents
			continue
		}
		if out.First == "" {
			out.First = d.Date
		}
		out.Last = d.Date
	}
	var lines []string
	if out.First != "" {
		lines = append(lines, fmt.Sprintf("document dates\t%s to %s", out.First, out.Last))
	}
	if out.Implausible > 0 {
		lines = append(lines, fmt.Sprintf("implausible dates\t%d documents dated before %s or after tomorrow: left out of the dashboard and the signals", out.Implausible, demarche.EarliestDocumentDate))
	}
	return out, lines, nil
}

// languageLine lists the documents per language, most first ("en 10320,
// es 835, undetermined 2018"), or "" for an empty store (issue 11).
func languageLine(m map[string]int64) string {
	type lc struct {
		l string
		n int64
	}
	var ls []lc
	for l, n := range m {
		if l == "" {
			l = "undetermined"
		}
		ls = append(ls, lc{l, n})
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].n > ls[j].n || ls[i].n == ls[j].n && ls[i].l < ls[j].l })
	parts := make([]string, len(ls))
	for i, x := range ls {
		parts[i] = fmt.Sprintf("%s %d", x.l, x.n)
	}
	return strings.Join(parts, ", ")
}
