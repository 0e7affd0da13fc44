package petrarch

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
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
	})
}

func FuzzReadDiscards(f *testing.F) {
	f.Add([]byte("# c\n+Stop Story\nstop_sentence\n<!-- x -->\n+\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadDiscards(bytes.NewReader(data), "f")
		if d == nil {
			t.Fatal("nil list")
		}
		checkErrs(t, err)
	})
}

func FuzzReadIssues(f *testing.F) {
	f.Add([]byte("<ISSUE CATEGORY=\"SEA\" TYPE=\"ALL\">\nn:wave [WAVES]\nhigh+tide [TIDES]\n~no wave\ncalm\n</ISSUE>\n"))
	f.Add([]byte("wave [W]\n</ISSUE>\n<ISSUE CATEGORY=\"A\">\n<ISSUE>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		iss, err := ReadIssues(bytes.NewReader(data), "f")
		if iss == nil {
			t.Fatal("nil issues")
		}
		checkErrs(t, err)
	})
}

// FuzzGuard: a dictionary file is read whole when it is within the limit
// and holds no NUL byte; otherwise reading stops with the error that
// comes first, never past the limit.
func FuzzGuard(f *testing.F) {
	f.Add([]byte("A [ABC]\n"), uint16(8))
	f.Add([]byte("A [ABC]\n\x00"), uint16(8))
	f.Add([]byte("A\x00"), uint16(0))
	f.Fuzz(func(t *testing.T, data []byte, limit uint16) {
		g := &guard{r: iotest.HalfReader(bytes.NewReader(data)), file: "f", limit: int64(limit)}
		got, err := io.ReadAll(g)
		nul := bytes.IndexByte(data, 0)
		switch {
		case nul >= 0 && nul <= int(limit):
			if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("f: a NUL byte at offset %d", nul)) {
				t.Fatalf("NUL at %d, limit %d: %v", nul, limit, err)
			}
		case len(data) > int(limit):
			if err == nil || !strings.Contains(err.Error(), "f: larger than the limit") {
				t.Fatalf("%d bytes, limit %d: %v", len(data), limit, err)
			}
		case err != nil || !bytes.Equal(got, data):
			t.Fatalf("%d bytes, limit %d: read %d, %v", len(data), limit, len(got), err)
		}
		if len(got) > int(limit) {
			t.Fatalf("read %d bytes past the limit %d", len(got), limit)
		}
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

// checkErrs fails when an error does not name the file and a line, or
// quotes more than two shortened texts (at most 10 runes a character:
// "\U0010ffff").
func checkErrs(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, e := range unjoin(err) {
		if se, ok := e.(*SyntaxError); !ok || se.File != "f" || se.Line < 1 {
			t.Fatalf("error %T %v does not name file and line", e, e)
		} else if n := utf8.RuneCountInString(se.Msg); n > 2*10*maxQuote+100 {
			t.Fatalf("a message of %d runes: %.300s", n, se.Msg)
		}
	}
}
