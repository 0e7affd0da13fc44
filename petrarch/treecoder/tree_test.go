package treecoder

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/petrarch"
)

// testDicts returns the small dictionary set of testdata.
func testDicts(t testing.TB) *petrarch.Dicts {
	d, err := petrarch.Load(petrarch.Files{Verbs: filepath.Join("testdata", "test.verbs"),
		Actors: []string{filepath.Join("testdata", "test.actors")}, Agents: filepath.Join("testdata", "test.agents")})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseTree(t *testing.T) {
	tr, err := ParseTree("( (S (NP (NNP Atlantis)) (VP (VBD sank) (PP (IN under) (NP (DT the) (NN sea)))) (. .)) )")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(tr.Words(), " "); got != "Atlantis sank under the sea ." {
		t.Errorf("words %q", got)
	}
	if tr.Root.Label != "S" || tr.Leaves[1].Parent.Label != "VP" || tr.Root.Kids[1].Start != 1 || tr.Root.Kids[1].End != 5 {
		t.Errorf("tree %s", tr.Root)
	}
	bad := []struct{ input, want string }{
		{"", "empty parse"},
		{"(S (NP (NNP A))", "never closed"},
		{"(S (NP (NNP A))))", "text after the end"},
		{"(S (NN a) word)", "\"word\" outside a pre-terminal"},
		{"(S ())", "word"},
		{"(S (NP))", "empty phrase (NP)"},
		{"(NN a (NP (NN b)))", "has a phrase after its word"},
		{strings.Repeat("(X ", 600) + "(NN a)" + strings.Repeat(")", 600), "nested more than"},
	}
	for _, b := range bad {
		if _, err := ParseTree(b.input); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%.40q: error %v, want %q", b.input, err, b.want)
		}
	}
}

func FuzzParseTree(f *testing.F) {
	f.Add("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor) (CC and) (NNP Rohan))) (. .)))")
	f.Add("( (S (NP (NP (NNP A) (POS 's)) (NN b)) (VP (VBN c) (PP (IN by) (NP (NNP D))))))")
	f.Add("(S (NP-TMP (NN today)) (, ,) (SBAR (IN that) (S (VP (VB x)))))")
	d := testDicts(f)
	f.Fuzz(func(t *testing.T, parse string) {
		tr, err := ParseTree(parse)
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("error %T %v", err, err)
			}
			return
		}
		CodeTree(d, tr, "20000101", petrarch.Config{RequireDyad: true, NewActorLength: 3, CommaMax: 8, CommaMin: 1, CommaBMax: 8, CommaEMax: 8})
	})
}

// FuzzCodeVerbs codes one parse with whatever verb dictionary reads: the
// matcher must never panic on what the reader keeps.
func FuzzCodeVerbs(f *testing.F) {
	f.Add([]byte("--- A [010:011] ---\n+B_C {+BS_C}\n- $ (X {&S}) ^ % [---]\n&S\n+&S\n"))
	f.Add([]byte("<!-- x\n-->\n--- A [010] ---\nA\n- IN_ * _X_ [1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, _ := petrarch.ReadVerbs(bytes.NewReader(data), "f")
		d := &petrarch.Dicts{Verbs: v}
		d.Compile()
		CodeParse(d, "(ROOT (S (NP (NNP A)) (VP (VBD a) (NP (NNP B)))))", "20000101", petrarch.DefaultConfig())
	})
}
