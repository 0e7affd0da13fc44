package treecoder

import (
	"bufio"
	"flag"
	"fmt"
	"github.com/demarche-project/demarche/petrarch"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// gigaGolden holds the reviewed coding of the GigaWord sample with the
// Phoenix dictionaries: one line an event, "id source target code", and a
// line "id -" for a record with no event. Lines starting with '#' are the
// reviewer's notes. Only ids and codes: no text.
const gigaGolden = "testdata/gigaword.golden"

// codeGigaWord codes the sample and returns its lines in record order.
func codeGigaWord(t testing.TB) []string {
	path := needShared(t, "text/GigaWord.sample.PETR.xml")
	d, err := petrarch.Load(petrarch.PhoenixFiles(filepath.Join(shared, "dictionaries")))
	if err != nil {
		t.Fatal(err)
	}
	rf, err := petrarch.LoadRecords(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, r := range rf.Records {
		id := fmt.Sprintf("%02d %s", i, r.ID) // ids repeat in the sample
		res := CodeParse(d, r.Parse, r.Date, petrarch.DefaultConfig())
		if len(res.Events) == 0 {
			out = append(out, id+" -")
			continue
		}
		var lines []string
		for _, e := range res.Events {
			lines = append(lines, fmt.Sprintf("%s %s %s %s", id, e.Source, e.Target, e.Code))
		}
		sort.Strings(lines)
		out = append(out, lines...)
	}
	return out
}

func TestGigaWordGolden(t *testing.T) {
	got := codeGigaWord(t)
	if *update {
		// keep the reviewer's notes, refresh the events
		notes := map[string][]string{}
		if f, err := os.Open(gigaGolden); err == nil {
			sc := bufio.NewScanner(f)
			var pending []string
			for sc.Scan() {
				l := sc.Text()
				if strings.HasPrefix(l, "#") {
					pending = append(pending, l)
					continue
				}
				if f := strings.Fields(l); len(f) >= 2 && len(pending) > 0 {
					notes[f[0]+" "+f[1]] = append(notes[f[0]+" "+f[1]], pending...)
					pending = nil
				}
			}
			f.Close()
		}
		var b strings.Builder
		b.WriteString("# The GigaWord sample coded with the Phoenix dictionaries from its parses,\n# reviewed by hand. Format: record-number id source target code; \"-\": no event.\n")
		done := map[string]bool{}
		for _, l := range got {
			f := strings.Fields(l)
			k := f[0] + " " + f[1]
			if !done[k] {
				for _, n := range notes[k] {
					if !strings.HasPrefix(n, "# The GigaWord") && !strings.HasPrefix(n, "# reviewed by hand") {
						b.WriteString(n + "\n")
					}
				}
				done[k] = true
			}
			b.WriteString(l + "\n")
		}
		if err := os.WriteFile(gigaGolden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(gigaGolden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var want []string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the GigaWord coding differs from %s:\n--- got\n%s\n--- want\n%s", gigaGolden, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
