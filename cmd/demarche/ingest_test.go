package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
)

// ingestStories are KCNA-like stories; the built-in dictionaries find six
// events in them.
const ingestStories = `{"id":"a1","date":"2011-08-24","title":"Kim Jong Il Meets Medvedev","text":"Kim Jong Il met Russian President Dmitry Medvedev in Ulan-Ude on Wednesday.\n\nThe DPRK denounced the United States for its hostile policy.","source":"KCNA"}
{"id":"a2","date":"2011-08-25","title":"Message to Laos","text":"Kim Jong Il sent a message of greetings to the President of Laos.","source":"KCNA"}
{"id":"a3","date":"2011-08-26","title":"China thanks DPRK","text":"China thanked the DPRK for its support. South Korea criticized Japan.","source":"KCNA"}
`

// demarche runs a command line in-process and returns its exit status,
// standard output and standard error.
func runLine(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] }}
	code := Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestIngestCommands(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "stories.jsonl")
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(in, []byte(ingestStories), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{\"id\":\"b1\",\"date\":\"2011-08-27\",\"text\":\"China criticized Japan.\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{dbEnv: filepath.Join(dir, "env.db")}

	code, _, stderr := runLine(t, vars, "ingest", in)
	if code != 0 || !strings.Contains(stderr, "3 documents read: 3 added") || !strings.Contains(stderr, "6 events") {
		t.Fatalf("ingest: status %d, %q", code, stderr)
	}
	if _, err := os.Stat(vars[dbEnv]); err != nil {
		t.Fatalf("$%s not used: %v", dbEnv, err)
	}
	code, _, stderr = runLine(t, vars, "ingest", in)
	if code != 0 || !strings.Contains(stderr, "3 skipped (already stored)") || !strings.Contains(stderr, "0 events") {
		t.Fatalf("second ingest: status %d, %q", code, stderr)
	}
	code, _, stderr = runLine(t, vars, "ingest", bad)
	if code != 1 || !strings.Contains(stderr, "bad.jsonl:2") || !strings.Contains(stderr, "1 added") {
		t.Errorf("ingest of a bad record: status %d, %q; want 1, the file and line, the good record added", code, stderr)
	}
	code, _, stderr = runLine(t, vars, "ingest", "--strict", filepath.Join(dir, "nope.jsonl"))
	if code != 1 || !strings.Contains(stderr, "nope.jsonl") {
		t.Errorf("ingest of a missing file: status %d, %q", code, stderr)
	}

	tests := []struct {
		name string
		args []string
		code int
		want []string // substrings of the standard output
		not  []string
	}{
		{"status", []string{"status"}, 0, []string{"documents", "4 (4 canonical", "events", "7 (7 of canonical"}, nil},
		{"status json", []string{"status", "--format", "json"}, 0, []string{`"documents": 4`, `"events": 7`}, nil},
		{"events all", []string{"events"}, 0, []string{`"doc":"a1"`, `"doc":"a3"`, `"doc":"b1"`}, nil},
		{"events source target", []string{"events", "--source", "PRK", "--target", "RUS"}, 0, []string{`"target":"RUSGOV"`}, []string{`"source":"RUSGOV"`, `"doc":"a2"`}},
		{"events dyad", []string{"events", "--dyad", "PRK,RUS", "--format", "csv"}, 0, []string{"id,doc,", ",PRKGOV,RUSGOV,", ",RUSGOV,PRKGOV,"}, []string{"LAOGOV"}},
		{"events code", []string{"events", "--code", "051", "--format", "tsv"}, 0, []string{"\tPRKGOV\tLAOGOV\t", "\tCHN\tPRK\t"}, []string{"\t111\t"}},
		{"events root quad", []string{"events", "--root", "11", "--quad", "3"}, 0, []string{`"target":"USA"`, `"target":"JPN"`}, []string{`"cameo":"051"`}},
		{"events dates", []string{"events", "--from", "2011-08-25", "--to", "2011-08-25"}, 0, []string{`"doc":"a2"`}, []string{`"doc":"a1"`, `"doc":"a3"`}},
		{"events publication", []string{"events", "--publication", "KCNA", "--limit", "2"}, 0, []string{`"doc":"a1"`}, []string{`"doc":"a3"`, `"doc":"b1"`}},
		{"events doc phoenix", []string{"events", "--doc", "a2", "--format", "phoenix"}, 0, []string{"PRKGOV", "LAOGOV", "KCNA"}, nil},
		{"events bad quad", []string{"events", "--quad", "5"}, 2, nil, nil},
		{"events bad dyad", []string{"events", "--dyad", "PRK"}, 2, nil, nil},
		{"search", []string{"search", "thanked", "support"}, 0, []string{"1. 2011-08-26 KCNA a3 — China thanks DPRK", "China thanked the DPRK for its support.", "→ 051 CHN → PRK"}, []string{"2. "}},
		{"search json", []string{"search", "--format", "json", `"hostile policy"`}, 0, []string{`"doc":"a1"`, `"cameo":"111"`}, nil},
		{"search nothing", []string{"search", "zebra"}, 0, []string{"no match"}, nil},
		{"search too many words", append([]string{"search"}, strings.Fields(strings.Repeat("troops OR ", 30))...), 2, nil, nil},
		{"search too long", []string{"search", strings.Repeat("x", 1001)}, 2, nil, nil},
		{"search negative limit", []string{"search", "--max-terms", "-1", "troops"}, 2, nil, nil},
		{"search raised limit", append([]string{"search", "--max-terms", "100"}, strings.Fields(strings.Repeat("zebra OR ", 30)+"zebra")...), 0, []string{"no match"}, nil},
		{"recode nothing", []string{"recode"}, 0, []string{"nothing to recode"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runLine(t, vars, tt.args...)
			if code != tt.code {
				t.Fatalf("status %d, want %d; stderr %q", code, tt.code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}

	// A recode with an extra dictionary file that codes "criticized" as a
	// threat (138) instead of a disapproval.
	dictFile := filepath.Join(dir, "extra.txt")
	if err := os.WriteFile(dictFile, []byte(recodeDict), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runLine(t, vars, "recode", "--dict", dictFile)
	if code != 0 || !strings.Contains(out, "4 documents recoded") || !strings.Contains(out, "2 changed; events: 2 added, 2 removed, 5 kept") ||
		!regexp.MustCompile(`(?m)^111 +\+0 +-2 `).MatchString(out) || !regexp.MustCompile(`(?m)^138 +\+2 +-0 `).MatchString(out) {
		t.Fatalf("recode: status %d\n%s\n%s", code, out, stderr)
	}
	code, out, _ = runLine(t, vars, "recode", "--dict", dictFile)
	if code != 0 || !strings.Contains(out, "nothing to recode") {
		t.Errorf("second recode: status %d, %q", code, out)
	}

	code, _, stderr = runLine(t, nil, "events", "--db", filepath.Join(dir, "none.db"))
	if code != 1 || !strings.Contains(stderr, "no database at") {
		t.Errorf("events on a missing database: status %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Errorf("events created a database")
	}
}

// recodeDict is an extra dictionary file for the recode test.
const recodeDict = `verbs test_criticize
  code: ---
  verb: criticize
  pattern 138: * Japan
`

// buildDemarche builds the command into a temporary folder and returns
// its path.
func buildDemarche(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build the command with")
	}
	bin := filepath.Join(t.TempDir(), "demarche")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// kcna2011 returns the KCNA stories of 2011, or skips.
func kcna2011(t *testing.T) string {
	return shared.KCNA(t, "kcna-2011.jsonl.gz")[0]
}

// snapshot describes a store's content: each document (ID, content hash,
// canonical document, revision, dictionary version, number of events) and
// each event (ID, document, sentence, actors, code), sorted.
func snapshot(t *testing.T, dsn string) (docs, events []string) {
	t.Helper()
	ctx := context.Background()
	s, err := openDB(ctx, dsn, forWriting)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.EachDocument(ctx, demarche.DocumentFilter{}, func(d *demarche.StoredDocument) error {
		docs = append(docs, fmt.Sprintf("%s %s canonical=%s rev=%d %s events=%d sentences=%d", d.ID, d.Hash, d.Canonical, d.Revision, d.Version, d.Events, len(d.Sentences)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.EachEvent(ctx, demarche.EventFilter{Duplicates: true}, func(e *demarche.Event) error {
		events = append(events, fmt.Sprintf("%s %s %d %s %s %s", e.ID, e.Doc, e.Sentence, e.Source, e.Target, e.CAMEO))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(docs)
	slices.Sort(events)
	return docs, events
}

// TestIngestCrash ingests the KCNA stories of 2011 with the built command,
// kills it with SIGKILL three times at random moments (once a random number
// of documents, in each third of the corpus, is stored, and a random delay
// after that), starts it again each time, and
// checks that the store ends with every document and every event exactly
// once, as after an uninterrupted ingest, and that the restarts skipped the
// documents already stored instead of coding them again. It runs on SQLite,
// and on PostgreSQL when it is installed (required when
// DEMARCHE_REQUIRE_SERVERS=1).
func TestIngestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a year of KCNA stories several times")
	}
	corpus := kcna2011(t)
	bin := buildDemarche(t)
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if out, err := exec.Command(bin, "ingest", "--db", ref, corpus).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	wantDocs, wantEvents := snapshot(t, ref)
	t.Logf("uninterrupted ingest: %v, %d documents, %d events", time.Since(start).Round(time.Millisecond), len(wantDocs), len(wantEvents))
	if len(wantDocs) < 13000 || len(wantEvents) < 5000 {
		t.Fatalf("uninterrupted ingest stored %d documents and %d events", len(wantDocs), len(wantEvents))
	}

	crash := func(t *testing.T, dsn string) {
		// The test watches the store while the command writes to it, and
		// kills the command once it has stored a random number of
		// documents, after a further random delay (in the middle of a
		// transaction, of coding, or of the skipping of a restart).
		ctx := context.Background()
		watch, err := openDB(ctx, dsn, forWriting)
		if err != nil {
			t.Fatal(err)
		}
		defer watch.Close()
		r := rand.New(rand.NewSource(time.Now().UnixNano()))
		n := int64(len(wantDocs))
		targets := []int64{r.Int63n(n / 3), n/3 + r.Int63n(n/3), 2*n/3 + r.Int63n(n/3)}
		kills := 0
		for round := 0; ; round++ {
			st, err := watch.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			before := st.Documents
			cmd := exec.Command(bin, "ingest", "--db", dsn, "--batch", "200", corpus)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			if round < len(targets) {
				stored, finished := before, false
				for !finished && stored < targets[round] {
					select {
					case err := <-done:
						t.Logf("round %d finished before the kill: %v", round, err)
						finished = true
					case <-time.After(20 * time.Millisecond):
						if st, err := watch.Stats(ctx); err == nil {
							stored = st.Documents
						}
					}
				}
				if finished {
					continue
				}
				delay := time.Duration(r.Int63n(int64(300 * time.Millisecond)))
				select {
				case err := <-done:
					t.Logf("round %d finished before the kill: %v", round, err)
				case <-time.After(delay):
					cmd.Process.Kill() // SIGKILL
					<-done
					kills++
					t.Logf("round %d killed %v after %d documents were stored (%d at its start)", round, delay.Round(time.Millisecond), stored, before)
				}
				continue
			}
			if err := <-done; err != nil {
				t.Fatalf("last ingest: %v\n%s", err, stderr.String())
			}
			summary := stderr.String()
			t.Logf("last ingest: %s", strings.TrimSpace(summary))
			// Every document stored before was skipped, not coded again.
			m := regexp.MustCompile(`, (\d+) skipped \(already stored\)`).FindStringSubmatch(summary)
			if m == nil || m[1] != fmt.Sprint(before) {
				t.Errorf("the last ingest skipped %v documents, want the %d stored before it: %q", m, before, summary)
			}
			break
		}
		if kills < 2 {
			t.Errorf("only %d kills", kills)
		}
		gotDocs, gotEvents := snapshot(t, dsn)
		if d := firstDifference(gotDocs, wantDocs); d != "" {
			t.Errorf("documents after %d kills (%d) differ from an uninterrupted ingest (%d): %s", kills, len(gotDocs), len(wantDocs), d)
		}
		if d := firstDifference(gotEvents, wantEvents); d != "" {
			t.Errorf("events after %d kills (%d) differ from an uninterrupted ingest (%d): %s", kills, len(gotEvents), len(wantEvents), d)
		}
	}
	t.Run("sqlite", func(t *testing.T) { crash(t, filepath.Join(dir, "crash.db")) })
	t.Run("postgres", func(t *testing.T) {
		srv := pgtest.ForTest(t)
		crash(t, srv.Schema(t))
	})
}

// storedDocuments returns the number of documents in the store at dsn.
func storedDocuments(t *testing.T, dsn string) int64 {
	t.Helper()
	s, err := openDB(context.Background(), dsn, forWriting)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Documents
}

// firstDifference describes the first line that is in one list and not in
// the other, or returns "".
func firstDifference(got, want []string) string {
	i, j := 0, 0
	for i < len(got) && j < len(want) {
		switch {
		case got[i] == want[j]:
			i++
			j++
		case got[i] < want[j]:
			return "unexpected " + got[i]
		default:
			return "missing " + want[j]
		}
	}
	if i < len(got) {
		return "unexpected " + got[i]
	}
	if j < len(want) {
		return "missing " + want[j]
	}
	return ""
}
