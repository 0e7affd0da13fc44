package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestParseText(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(in, []byte("The envoy arrived in Hanoi on Friday. He met the prime minister."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "parse", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	blocks := strings.Split(strings.TrimSpace(out), "\n\n")
	if len(blocks) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(blocks), out)
	}
	if !strings.Contains(blocks[0], "# text = The envoy arrived in Hanoi on Friday.") ||
		!strings.Contains(blocks[1], "# sent_id = note-2") {
		t.Errorf("comments:\n%s", out)
	}
	roots := 0
	for _, line := range strings.Split(out, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("%d fields in %q", len(f), line)
		}
		if f[6] == "0" {
			roots++
		}
	}
	if roots != 2 {
		t.Errorf("%d roots in 2 sentences:\n%s", roots, out)
	}
	if !strings.Contains(out, "\tHanoi\tHanoi\tPROPN\tNNP\t") {
		t.Errorf("Hanoi is not tagged a proper noun:\n%s", out)
	}
}

func TestParseJSONL(t *testing.T) {
	in := filepath.Join(t.TempDir(), "docs.jsonl")
	os.WriteFile(in, []byte(`{"id":"a1","date":"2011-05-02","text":"Rain fell. Crops grew."}
{"id":"b2","date":"2011-05-03","title":"Leaders meet in Beijing"}
`), 0o644)
	code, out, errs := runCmd(t, "", "parse", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"# newdoc id = a1\n# sent_id = a1-1\n# text = Rain fell.", "# sent_id = a1-2", "# sent_id = b2-1\n# text = Leaders meet in Beijing"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

func TestParseCoNLLU(t *testing.T) {
	tiny := filepath.Join("..", "..", "parser", "testdata", "tiny.conllu")
	code, out, errs := runCmd(t, "", "parse", "--conllu", tiny)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "# sent_id = tiny-"); n != 5 {
		t.Errorf("%d sentences re-parsed, want 5:\n%s", n, out)
	}
	code, out, errs = runCmd(t, "", "parse", "--conllu", tiny, "--score")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "UAS") || !strings.Contains(out, "5 sentences") {
		t.Errorf("score:\n%s", out)
	}
	// with selectional branching
	code, out, errs = runCmd(t, "", "parse", "--conllu", tiny, "--branches", "4")
	if code != 0 {
		t.Fatalf("--branches 4: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "# sent_id = tiny-"); n != 5 {
		t.Errorf("--branches 4: %d sentences re-parsed, want 5:\n%s", n, out)
	}
	// with a beam
	code, out, errs = runCmd(t, "", "parse", "--conllu", tiny, "--beam", "8")
	if code != 0 {
		t.Fatalf("--beam 8: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "# sent_id = tiny-"); n != 5 {
		t.Errorf("--beam 8: %d sentences re-parsed, want 5:\n%s", n, out)
	}
	// standard input
	b, err := os.ReadFile(tiny)
	if err != nil {
		t.Fatal(err)
	}
	code, out2, errs := runCmd(t, string(b), "parse", "--conllu", "-", "--score")
	if code != 0 || !strings.Contains(out2, "UAS") {
		t.Errorf("exit %d: %s%s", code, out2, errs)
	}
}

func TestParseErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.conllu")
	os.WriteFile(bad, []byte("1\tword\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"parse", "--score"}, "--score needs --conllu"},
		{[]string{"parse", "--conllu", bad}, "bad.conllu:1: 2 fields"},
		{[]string{"parse", "--conllu", "nope.conllu"}, "nope.conllu"},
		{[]string{"parse", "--model", bad}, "--model"},
		{[]string{"parse", "--branches", "-1", "--conllu", bad}, "--branches -1"},
		{[]string{"parse", "--branches", "1000000000", "--conllu", bad}, "--branches 1000000000: want 0 to 64"},
		{[]string{"parse", "--beam", "65", "--conllu", bad}, "--beam 65: want 0 to 64"},
		{[]string{"parse", "--beam", "-1", "--conllu", bad}, "--beam -1: want 0 to 64"},
		{[]string{"parse", "--beam", "4", "--branches", "4", "--conllu", bad}, "--beam and --branches"},
		{[]string{"parse", "--accurate", "--model", bad}, "--accurate, --fast and --model"},
		{[]string{"parse", "--fast", "--model", bad}, "--accurate, --fast and --model"},
		{[]string{"parse", "--fast", "--accurate"}, "--accurate, --fast and --model"},
	} {
		code, _, errs := runCmd(t, "", tc.args...)
		if code == 0 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, %q; want an error with %q", tc.args, code, errs, tc.want)
		}
	}
}

// TestParseEWT scores the built-in models on the test file of UD English
// EWT (gold tokens, punctuation counted) and holds the figures of the
// README, so that they cannot fall unnoticed: each floor is the model's
// score when it was trained, rounded down.
func TestParseEWT(t *testing.T) {
	test := filepath.Join("..", "..", "..", "shared", "ud", "en_ewt-ud-test.conllu.gz")
	if _, err := os.Stat(test); err != nil {
		t.Skipf("UD English EWT lives in ../shared: %v", err)
	}
	for _, tc := range []struct {
		name          string
		flags         []string
		upos, uas, la float64
	}{
		{"greedy", nil, 0.950, 0.845, 0.810},
		{"accurate", []string{"--accurate"}, 0.955, 0.873, 0.843},
		{"fast", []string{"--fast"}, 0.950, 0.841, 0.808},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", append([]string{"parse", "--conllu", test, "--score"}, tc.flags...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			t.Log(out)
			var upos, xpos, lemma, uas, las float64
			i := strings.Index(out, "UPOS")
			if _, err := fmt.Sscanf(out[i:], "UPOS %f  XPOS %f  lemma %f  UAS %f  LAS %f", &upos, &xpos, &lemma, &uas, &las); err != nil {
				t.Fatalf("%q: %v", out, err)
			}
			if upos < tc.upos || uas < tc.uas || las < tc.la {
				t.Errorf("UPOS %.4f UAS %.4f LAS %.4f, want at least %.3f %.3f %.3f", upos, uas, las, tc.upos, tc.uas, tc.la)
			}
		})
	}
}
