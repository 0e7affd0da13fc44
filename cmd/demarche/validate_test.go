package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

const unitSuite = "../../../shared/petrarch/text/PETR.UnitTest.records.xml"

// TestValidate runs PETRARCH's unit-test suite through the command, with
// the supplied parses and with demarche's own analysis, and checks the
// floors: 200 exact with the parses (the target), and the figure
// of the own analysis when this test was written, so that it cannot fall
// unnoticed.
func TestValidate(t *testing.T) {
	if _, err := os.Stat(unitSuite); err != nil {
		t.Skipf("the PETRARCH unit suite lives in ../shared: %v", err)
	}
	tests := []struct {
		parse    string
		minExact int
	}{
		{"supplied", 200},
		{"own", 70},
	}
	for _, tt := range tests {
		t.Run(tt.parse, func(t *testing.T) {
			var out, errb bytes.Buffer
			env := &Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
			if code := Run(context.Background(), env, []string{"validate", "-parse", tt.parse, unitSuite}); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			last := lines[len(lines)-1]
			var n, exact, partial, wrong int
			if _, err := fmt.Sscanf(last, "records %d exact %d partial %d wrong %d", &n, &exact, &partial, &wrong); err != nil {
				t.Fatalf("closing line %q: %v", last, err)
			}
			t.Log(last)
			if n != 279 || exact+partial+wrong != n {
				t.Errorf("%q: want 279 records", last)
			}
			if exact < tt.minExact {
				t.Errorf("%q: want at least %d exact", last, tt.minExact)
			}
			if exact < n && !strings.Contains(out.String(), "  expected: ") {
				t.Errorf("misses are not printed with their expected triples")
			}
		})
	}
}

func TestValidateErrors(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	if code := Run(context.Background(), env, []string{"validate", "no-such-file.xml"}); code != 1 || !strings.Contains(errb.String(), "no-such-file.xml") {
		t.Errorf("missing file: exit %d, %q", code, errb.String())
	}
	errb.Reset()
	if code := Run(context.Background(), env, []string{"validate"}); code != 2 {
		t.Errorf("no argument: exit %d", code)
	}
}
