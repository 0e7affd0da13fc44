package dict

import (
	"errors"
	"strings"
	"testing"
)

// FuzzLoad checks that no knowledge file makes the loader panic, and that
// every error it reports names the file and a line.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"country PRK\n  name: North Korea | DPRK\n",
		"person Jane Roe\n  role: 2020-01-01.. FRAGOV foreign-minister\n  died: 2024-01-01\n",
		"verbs x\n  code: 051\n  verb: praise\n  pattern 051: * [to +] ... {a|b c}\n",
		"words S\n  word: a | &S\n",
		"nouns n\n  noun: gift\n  pattern 051: $ 's * to +\n",
		"irregular verbs\n  go: went gone\n",
		"actor IGOUNO\n  name: UN\n  until: 2000-01-01\n",
		"verbs y\n  verb: a\n  pattern 0: [[[ {",
		"\tfield: outside\nbogus\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := New()
		err := d.Load(strings.NewReader(text), "fuzz.txt")
		if err == nil {
			return
		}
		var u interface{ Unwrap() []error }
		errs := []error{err}
		if errors.As(err, &u) {
			errs = u.Unwrap()
		}
		for _, e := range errs {
			if !strings.HasPrefix(e.Error(), "fuzz.txt:") {
				t.Fatalf("error without file and line: %v", e)
			}
		}
	})
}
