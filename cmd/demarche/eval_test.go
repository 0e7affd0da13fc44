package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/eval/silent"
)

// evalGold is a small gold file in the dev sets' format, in our own words.
const evalGold = `{"id": "t-1", "date": "2012-05-02", "source": "KCNA", "kind": "lead", "text": "Kim Jong Un sent a congratulatory message to the president of Laos.", "events": [{"source": "PRKGOV", "target": "LAOGOV", "cameo": "051", "plover": "SUPPORT", "evidence": "sent a congratulatory message"}]}
{"id": "t-2", "date": "2012-05-02", "source": "KCNA", "kind": "body", "text": "The weather was fine in the capital on Tuesday.", "events": []}
{"id": "t-3", "date": "2012-05-02", "source": "KCNA", "kind": "lead", "text": "The Cuban ambassador said nothing of note.", "events": [{"source": "CUBGOV", "target": "VNM", "cameo": "111"}]}
`

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(gold, []byte(evalGold), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"gold.jsonl: 3 items, 2 gold events", "overall   precision", "\n05 ", "\nlead ", "missed: 1", "t-3  11 CUB→VNM"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}

	// The same events read back from `demarche code` output give the same score.
	coded := filepath.Join(dir, "coded.jsonl")
	code, events, errs := runCmd(t, "", "code", gold)
	if code != 0 || !strings.Contains(events, `"confidence":`) {
		t.Fatalf("code: exit %d: %s\n%s", code, errs, events)
	}
	if err := os.WriteFile(coded, []byte(events), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out2, _ := runCmd(t, "", "eval", "--format", "json", gold, coded)
	_, out1, _ := runCmd(t, "", "eval", "--format", "json", gold)
	if out1 != out2 {
		t.Errorf("coding the gold and reading its events differ:\n%s\n%s", out1, out2)
	}
	var rep struct {
		Items   int
		Overall struct{ TP, FP, FN int }
	}
	if err := json.Unmarshal([]byte(out1), &rep); err != nil || rep.Items != 3 || rep.Overall.FN < 1 {
		t.Errorf("json report: %v %+v\n%s", err, rep, out1)
	}

	// code --min-confidence drops the events below it.
	if code, kept, errs := runCmd(t, "", "code", "--min-confidence", "1", gold); code != 0 || strings.Count(kept, "\n") >= strings.Count(events, "\n") {
		t.Errorf("code --min-confidence 1: exit %d (%s), kept %d of %d lines", code, errs, strings.Count(kept, "\n"), strings.Count(events, "\n"))
	}
	if code, _, errs := runCmd(t, "", "events", "--min-confidence", "-1"); code != 2 || !strings.Contains(errs, "--min-confidence -1") {
		t.Errorf("events --min-confidence -1: exit %d, %s", code, errs)
	}

	// The check half is held out: totals only.
	_, out, _ = runCmd(t, "", "eval", "--half", "check", gold)
	// The anatomy of the misses is aggregate and may be shown; no list, no table.
	if !strings.Contains(out, "totals only") || strings.Contains(out, "missed:") || strings.Contains(out, "\nroot ") ||
		!strings.Contains(out, "missed by cause  silent 1") {
		t.Errorf("--half check shows more than totals:\n%s", out)
	}

	// --kind and --min-confidence select.
	_, out, _ = runCmd(t, "", "eval", "--kind", "body", gold)
	if !strings.Contains(out, "1 items, 0 gold events") {
		t.Errorf("--kind body:\n%s", out)
	}
	_, out, _ = runCmd(t, "", "eval", "--min-confidence", "1", gold)
	if !strings.Contains(out, "0 coded events") {
		t.Errorf("--min-confidence 1 keeps events:\n%s", out)
	}
}

func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(evalGold+`{"id": "t-4", "date": "2012-05-02", "events": [{"source": "PRK", "target": "RUS", "cameo": "5"}]}`+"\n"), 0o644)
	notext := filepath.Join(dir, "notext.jsonl")
	os.WriteFile(notext, []byte(`{"id": "n-1", "date": "2012-05-02", "events": []}`+"\n"), 0o644)
	badInput := filepath.Join(dir, "in.jsonl")
	os.WriteFile(badInput, []byte("{\"doc\": \"t-1\"}\nnot json\n"), 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", bad}, 1, "bad.jsonl:4: events[0].cameo \"5\""},
		{[]string{"eval", notext}, 1, "notext.jsonl:1: item n-1 has no text"},
		{[]string{"eval", notext, badInput}, 1, "in.jsonl:2:"},
		{[]string{"eval", "--half", "both", bad}, 2, "--half \"both\""},
		{[]string{"eval", "--min-confidence", "2", bad}, 2, "--min-confidence 2"},
		{[]string{"eval", "--format", "xml", bad}, 2, "--format \"xml\""},
		{[]string{"eval"}, 2, "want GOLD.jsonl"},
		{[]string{"eval", filepath.Join(dir, "none.jsonl")}, 1, "none.jsonl"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
}

func TestEvalSilent(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	os.WriteFile(corpus, []byte(`{"id": "s-1", "date": "2012-05-02", "source": "KCNA", "text": "Kim Jong Un sent a congratulatory message to the president of Laos. Russia and Japan quarrelled over the islands."}
{"id": "s-2", "date": "2012-05-02", "source": "KCNA", "text": "Cuba and Viet Nam quarrelled again."}
`), 0o644)
	code, out, errs := runCmd(t, "", "eval", "--silent", corpus)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"2 documents, 3 sentences; 3 name actors of two countries or more", "silent (no event): 2, 66.7%", "quarrelled", "(in no verb class)"} {
		if !strings.Contains(out, want) {
			t.Errorf("--silent report lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "", "eval", "--silent", "--format", "json", "--top", "1", corpus)
	var st struct {
		Silent     int     `json:"silent"`
		Share      float64 `json:"silent_share"`
		Predicates []struct{ Form string }
	}
	if err := json.Unmarshal([]byte(out), &st); code != 0 || err != nil || st.Silent != 2 || len(st.Predicates) != 1 || st.Predicates[0].Form != "quarrelled" {
		t.Errorf("json: exit %d, %v, %+v\n%s", code, err, st, out)
	}
	if code, _, errs := runCmd(t, "", "eval", "--silent"); code != 2 || !strings.Contains(errs, "give one or more corpora") {
		t.Errorf("no corpus: exit %d, %s", code, errs)
	}

	// --gaps: the predicate in no verb class that another dictionary codes
	verbs := filepath.Join(dir, "verbs.txt")
	os.WriteFile(verbs, []byte("--- QUARREL [111] ---\nQUARREL {QUARRELLED QUARRELLING}\n- * WITH + [112]\n\n--- IDLE [---] ---\nIDLE\n"), 0o644)
	code, out, errs = runCmd(t, "", "eval", "--silent", "--gaps", verbs, corpus)
	if code != 0 || !strings.Contains(out, "predicates in no verb class that verbs.txt codes") ||
		!regexp.MustCompile(`\n +2 +quarrelled +QUARREL \[111\], 1 patterns\n`).MatchString(out) {
		t.Errorf("--gaps: exit %d, %s\n%s", code, errs, out)
	}
	code, out, _ = runCmd(t, "", "eval", "--silent", "--format", "json", "--gaps", verbs, corpus)
	var gj struct{ Gaps []silent.Gap }
	if err := json.Unmarshal([]byte(out), &gj); code != 0 || err != nil || len(gj.Gaps) != 1 || gj.Gaps[0].Code != "111" || gj.Gaps[0].Count != 2 {
		t.Errorf("--gaps json: exit %d, %v, %+v", code, err, gj)
	}
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("# nothing\n"), 0o644)
	binary := filepath.Join(dir, "binary.bin")
	os.WriteFile(binary, []byte(strings.Repeat("\x00\xff garbage ", 5000)+"\n"+strings.Repeat("\x01\n", 300)), 0o644)
	noise := filepath.Join(dir, "noise.bin") // no NUL: read, told by its first problem
	os.WriteFile(noise, []byte(strings.Repeat("\x01\xff garbage ", 5000)+"\n"+strings.Repeat("\x01\n", 300)), 0o644)
	for _, bad := range []string{filepath.Join(dir, "missing.txt"), empty, binary, noise} {
		code, _, errs := runCmd(t, "", "eval", "--silent", "--gaps", bad, corpus)
		if code == 0 || !strings.Contains(errs, filepath.Base(bad)) || len(errs) > 1000 {
			t.Errorf("--gaps %s: exit %d, stderr of %d bytes: %.300s", bad, code, len(errs), errs)
		}
	}
}

func TestEvalSilentReasons(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	os.WriteFile(corpus, []byte(`{"id": "r-1", "date": "2012-05-02", "source": "KCNA", "text": "Peru did not criticize Chile. Russia and Japan quarrelled over the islands."}
`), 0o644)
	code, out, errs := runCmd(t, "", "eval", "--silent", "--reasons", "2", corpus)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"census: the furthest stage", "no predicate", "filtered: negated", "predicates: criticize (1)", "e.g. r-1#0: Peru did not criticize Chile."} {
		if !strings.Contains(out, want) {
			t.Errorf("--reasons report lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "", "eval", "--silent", "--format", "json", "--reasons", "1", corpus)
	var st struct {
		Stages []struct {
			Stage string
			Count int
		}
		Causes []struct{ Stage, Why string }
	}
	if err := json.Unmarshal([]byte(out), &st); code != 0 || err != nil || len(st.Stages) != 7 || len(st.Causes) != 2 {
		t.Errorf("json: exit %d, %v, %+v\n%s", code, err, st, out)
	}
	if code, _, errs := runCmd(t, "", "eval", "--silent", "--reasons", "-1", corpus); code != 2 || !strings.Contains(errs, "--reasons") {
		t.Errorf("--reasons -1: exit %d, %s", code, errs)
	}
}

// TestMinConfidenceRefused checks that --min-confidence outside 0..1, NaN
// included, is a usage error on every command that takes it.
func TestMinConfidenceRefused(t *testing.T) {
	for cmd, rest := range map[string][]string{"code": {"x.jsonl"}, "events": nil, "eval": {"x.jsonl"}} {
		for _, v := range []string{"NaN", "-0.1", "1.5"} {
			code, _, stderr := runCmd(t, "", append([]string{cmd, "--min-confidence", v}, rest...)...)
			if code != 2 || !strings.Contains(stderr, "--min-confidence") {
				t.Errorf("%s --min-confidence %s: exit %d, %q; want 2 and the flag named", cmd, v, code, stderr)
			}
		}
	}
}
