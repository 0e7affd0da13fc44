package silent

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/source"
)

func TestLemma(t *testing.T) {
	groups := [][]string{
		{"praise", "praised", "praises", "praising"},
		{"express", "expressed", "expresses", "expressing"},
		{"visit", "visited", "visits", "visiting"},
		{"stop", "stopped", "stopping", "stops"},
		{"make", "made", "makes", "making"},
		{"have", "has", "had", "having"},
		{"denounce", "denounced", "denounces"},
		{"rally", "rallied", "rallies"},
	}
	for _, g := range groups {
		want := Lemma(g[0])
		for _, w := range g[1:] {
			if got := Lemma(w); got != want {
				t.Errorf("Lemma(%q) = %q, want %q (as %q)", w, got, want, g[0])
			}
		}
	}
	if Lemma("visit") == Lemma("vision") || Lemma("press") == Lemma("pre") {
		t.Error("distinct words share a lemma")
	}
}

func TestAnalyse(t *testing.T) {
	tr := &coder.Trace{
		Tokens: []coder.TraceToken{{Text: "Russia", Tag: "NNP"}, {Text: "has", Tag: "VBZ"}, {Text: "lauded", Tag: "VBN"}, {Text: "Cuba", Tag: "NNP"}},
		Actors: []coder.TraceActor{{Text: "Russia", Kind: "name", Code: "RUS"}, {Text: "Cuba", Kind: "name", Code: "CUB"}},
	}
	r := analyse(tr, false, "Russia has lauded Cuba.")
	if !r.multi || !r.silent || r.known || r.form != "lauded" {
		t.Errorf("unknown verb: %+v", r)
	}
	tr.Predicates = []*coder.TracePredicate{{Verb: "Lauded", Class: "praise", Outcome: "not coded: no source actor", Stage: coder.StageNoSource}}
	r = analyse(tr, false, "x")
	if !r.known || r.form != "lauded" || r.class != "praise" || r.reason != "no source actor (a proper name before the verb)" {
		t.Errorf("dictionary verb: %+v", r)
	}
	if r := analyse(tr, true, "x"); !r.multi || r.silent {
		t.Errorf("coded sentence counted silent: %+v", r)
	}
	tr.Actors = append(tr.Actors[:1], coder.TraceActor{Text: "Moscow", Kind: "capital", Code: "RUS"})
	if r := analyse(tr, false, "x"); r.multi {
		t.Errorf("one country counted as two: %+v", r)
	}
}

// docs is a source of in-memory documents.
type docs []*demarche.Document

func (d *docs) Next() (*demarche.Document, error) {
	if len(*d) == 0 {
		return nil, io.EOF
	}
	x := (*d)[0]
	*d = (*d)[1:]
	return x, nil
}

func TestScan(t *testing.T) {
	c := testcoder.Builtin(t)
	src := docs{
		{ID: "a", Date: "2012-03-01", Source: "KCNA", Text: "Kim Jong Un sent a congratulatory message to the president of Laos. Russia and Japan wrangled endlessly over the islands."},
		{ID: "b", Date: "2012-03-01", Source: "KCNA", Text: "The weather was mild."},
		{ID: "c", Date: "2012-03-01", Source: "KCNA", Text: "Cuba and Viet Nam wrangled over nothing."},
	}
	st, err := Scan(context.Background(), c, &src, Options{MaxDocs: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 2 || st.Sentences != 3 || st.Multi != 2 || st.Silent != 1 || st.Share() != 0.5 {
		t.Fatalf("stats %+v", st)
	}
	if len(st.Predicates) != 1 || st.Predicates[0].Form != "wrangled" || st.Predicates[0].Count != 1 ||
		st.Predicates[0].Example != "Russia and Japan wrangled endlessly over the islands." {
		t.Errorf("predicates %+v", st.Predicates[0])
	}
}

// BenchmarkSilentKCNA2011 scans a year of KCNA (../shared, skipped when
// absent) and reports the share of multi-country sentences that yield no
// event, and the speed: go test ./eval/silent -run '^$' -bench Silent -benchtime 1x -v
// logs the 20 most frequent silent predicates too.
func BenchmarkSilentKCNA2011(b *testing.B) {
	path := shared.KCNA(b, "kcna-2011.jsonl.gz")[0]
	c := testcoder.Builtin(b)
	b.ResetTimer()
	var st *Stats
	for range b.N {
		rd := ingest.NewReader(context.Background(), []string{path}, source.Options{}, false, nil)
		var err error
		st, err = Scan(context.Background(), c, rd, Options{}, nil)
		rd.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(st.Share(), "silent-share")
	b.ReportMetric(float64(st.Sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	var top strings.Builder
	for _, p := range st.Top(20) {
		why := ""
		if len(p.Reasons) > 0 {
			why = p.Reasons[0].Why
		}
		fmt.Fprintf(&top, "%6d  %-16s %s: %s\n", p.Count, p.Form, p.Class, why)
	}
	b.Logf("kcna-2011: %d documents, %d sentences, %d multi-country, %d silent (%.3f), %d with a dictionary predicate\n%s",
		st.Documents, st.Sentences, st.Multi, st.Silent, st.Share(), st.Known, top.String())
}

func TestSubjectHint(t *testing.T) {
	toks := []coder.TraceToken{{Text: "He", Tag: "PRP"}, {Text: "also", Tag: "RB"}, {Text: "said", Tag: "VBD"},
		{Text: "Zhou", Tag: "NNP"}, {Text: "has", Tag: "VBZ"}, {Text: "said", Tag: "VBN"}, {Text: "the", Tag: "DT"}, {Text: "paper", Tag: "NN"}, {Text: "noted", Tag: "VBD"}}
	for k, want := range map[int]string{2: "pronoun", 5: "proper name", 8: "common noun"} {
		if got := subjectHint(toks, k); !strings.Contains(got, want) {
			t.Errorf("subjectHint(%d) = %q, want %q", k, got, want)
		}
	}
	if got := subjectHint(toks, 0); got != "" {
		t.Errorf("subjectHint(0) = %q", got)
	}
}
