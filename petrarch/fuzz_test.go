package petrarch

import (
	"bytes"
	"strings"
	"testing"
)

// The readers must never panic, whatever the input; every error they
// return names a file and line (or a byte offset for parses).

func FuzzReadVerbs(f *testing.F) {
	f.Add([]byte(testVerbs))
	f.Add([]byte("--- A [010:011] ---\n+B_C {+BS_C}\n- $ (X {&S}) ^ % [---]\n&S\n+&S\n"))
	f.Add([]byte("<!-- x\n-->\n--- A [010] ---\nA\n- IN_ * _X_ [1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := ReadVerbs(bytes.NewReader(data), "f")
		if v == nil {
			t.Fatal("nil dictionary")
		}
		checkErrs(t, err)
		d := &Dicts{Verbs: v}
		d.compile()
	})
}

func FuzzReadActors(f *testing.F) {
	f.Add([]byte(testActors))
	f.Add([]byte("A\n+B [C]\n\t[D 990101-000101]\n\t[E <991301]\n[F]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadActors(bytes.NewReader(data), "f")
		if a == nil {
			t.Fatal("nil dictionary")
		}
		checkErrs(t, err)
		for _, e := range a.Entries {
			e.CodeAt(20000101)
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	f.Add([]byte(testAgents))
	f.Add([]byte("!A! = !B!\n!B! = X\nY!A! {Z} [~Q]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadAgents(bytes.NewReader(data), "f")
		if a == nil {
			t.Fatal("nil dictionary")
		}
		checkErrs(t, err)
		ReadDiscards(bytes.NewReader(data), "f")
		ReadIssues(bytes.NewReader(data), "f")
	})
}

func FuzzReadRecords(f *testing.F) {
	f.Add([]byte("<Sentences><Sentence id=\"a\" date=\"20000101\" sentence=\"true\"><EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\"></EventCoding><Text>x</Text><Parse>(S (NN x))</Parse></Sentence></Sentences>"))
	f.Add([]byte("<Validation><Environment><Config option=\"x\" value=\"1\"/></Environment><Config option=\"comma_max\" value=\"-1\"/></Validation>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rf, err := ReadRecords(bytes.NewReader(data), "f")
		if rf == nil {
			t.Fatal("nil file")
		}
		if err != nil && !strings.Contains(err.Error(), "f:") {
			t.Fatalf("error without file and line: %v", err)
		}
		CheckConfig(rf, "f")
	})
}

// checkErrs fails when an error does not name the file and a line.
func checkErrs(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, e := range unjoin(err) {
		if se, ok := e.(*SyntaxError); !ok || se.File != "f" || se.Line < 1 {
			t.Fatalf("error %T %v does not name file and line", e, e)
		}
	}
}
