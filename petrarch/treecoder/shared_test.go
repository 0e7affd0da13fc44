package treecoder

import (
	"flag"
	"github.com/demarche-project/demarche/petrarch"
	"os"
	"path/filepath"
	"testing"
)

// shared is the folder of the data every developer has beside the repo.
const shared = "../../../shared/petrarch"

var showMisses = flag.Bool("misses", false, "print the misses of the validation run")

// needShared skips the test when ../shared is absent.
func needShared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present (the shared data lives beside the repo): %v", p, err)
	}
	return p
}

// MinExact is the floor the issue sets on PETRARCH's unit-test suite.
const MinExact = 200

func TestUnitSuite(t *testing.T) {
	path := needShared(t, "text/PETR.UnitTest.records.xml")
	rf, err := petrarch.LoadRecords(path)
	if err != nil {
		t.Fatal(err)
	}
	files, err := petrarch.EnvFiles(rf.Env, filepath.Join(filepath.Dir(path), "../dictionaries"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := petrarch.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Problems {
		t.Logf("dictionary problem: %v", p)
	}
	sum := petrarch.Validate(rf, ParseCoder(d))
	if *showMisses {
		sum.WriteMisses(os.Stdout)
	}
	t.Log(sum.Line())
	if sum.Records != 279 {
		t.Errorf("%d records counted, want the 279 marked sentence=\"true\"", sum.Records)
	}
	if sum.Exact < MinExact {
		t.Errorf("%s: want at least %d exact", sum.Line(), MinExact)
	}
}
