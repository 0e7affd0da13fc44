package coder

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/shared"
)

// TestSeedArticle codes the founding article and checks the events it must
// yield: the acknowledgment, denial and non-denial, praise, gratitude,
// condolences, a vote against a UN resolution, an appeal to ease sanctions.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shared.File(t, "corpora/seed/nk-russia-official-pronouncements.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c := builtinCoder(t)
	out, err := c.Code(context.Background(), &demarche.Document{ID: "seed", Date: "2025-05-01", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		what           string
		source, target string // country prefixes, or full codes
		root           string
		verb           string // the verb text must contain this
	}{
		{"Gerasimov praises the North Korean soldiers", "RUSMIL", "PRKMIL", "05", "praising"},
		{"Putin thanks North Korea", "RUSGOV", "PRK", "05", "expressed"},
		{"Russia denies the deployment", "RUS", "", "01", "denied"},
		{"Russia neither denies nor admits", "RUS", "", "01", "neither"},
		{"North Korea and Russia acknowledge", "RUS", "PRK", "01", "acknowledged"},
		{"Moscow's condolences to Seoul", "RUSGOV", "KORGOV", "01", "expressed"},
		{"Pyongyang votes against the UN resolution", "PRKGOV", "IGOUNO", "12", "voted against"},
		{"Russia urges the UN to ease sanctions", "RUS", "IGOUNO", "02", "urged"},
		{"Kim praises Putin", "PRKGOV", "RUSGOV", "05", "praised"},
		{"Nebenzya defends the deployment under the treaty", "RUSGOV", "PRK", "05", "stressed"},
		{"Putin: Russia might consider military cooperation", "RUS", "PRK", "01", "consider"},
	}
	match := func(code, want string) bool {
		if want == "" {
			return code == demarche.NoActor
		}
		return len(code) >= len(want) && code[:len(want)] == want
	}
	for _, w := range want {
		found := false
		for _, e := range out.Events {
			if match(e.Source, w.source) && match(e.Target, w.target) && e.Root == w.root && strings.Contains(e.VerbText, w.verb) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("missing: %s (%s → %s, root %s, verb %q)", w.what, w.source, w.target, w.root, w.verb)
		}
	}
	if t.Failed() {
		for _, e := range out.Events {
			t.Logf("got %d %s → %s %s %q", e.Sentence, e.Source, e.Target, e.CAMEO, e.VerbText)
		}
	}
}
