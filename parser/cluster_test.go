package parser

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// clusterCorpus makes sentences "DET NOUN VERB DET NOUN ." from small word
// lists, deterministically: words of one role share their neighbours.
func clusterCorpus() *ClusterCounter {
	dets := []string{"the", "a", "every", "this"}
	nouns := []string{"envoy", "minister", "army", "delegation", "farmer", "ship"}
	verbs := []string{"met", "saw", "praised", "greeted", "visited"}
	cc := NewClusterCounter()
	x := uint64(7)
	pick := func(ws []string) string {
		x = x*6364136223846793005 + 1442695040888963407
		return ws[x>>33%uint64(len(ws))]
	}
	for range 3000 {
		cc.Add([]string{pick(dets), pick(nouns), pick(verbs), pick(dets), pick(nouns), "."})
	}
	cc.Add([]string{"a", "hapax", "word"})
	return cc
}

func TestClusters(t *testing.T) {
	c, err := clusterCorpus().Learn(ClusterOptions{Classes: 4, Coarse: 2, MinCount: 5})
	if err != nil {
		t.Fatal(err)
	}
	class := func(w string) int {
		f, _, ok := c.Class(w)
		if !ok {
			t.Fatalf("%q has no class", w)
		}
		return f
	}
	groups := [][]string{{"the", "A", "every", "this"}, {"envoy", "Minister", "army", "delegation", "farmer", "ship"}, {"met", "saw", "praised", "greeted", "visited"}}
	seen := map[int]bool{}
	for _, g := range groups {
		k := class(g[0])
		if seen[k] {
			t.Errorf("%q shares its class with another group", g[0])
		}
		seen[k] = true
		for _, w := range g[1:] {
			if class(w) != k {
				t.Errorf("%q in class %d, %q in %d", w, class(w), g[0], k)
			}
		}
	}
	if _, _, ok := c.Class("hapax"); ok {
		t.Error("a word seen once has a class")
	}
	// the table reads back the same, and is written the same every time
	var b1, b2 bytes.Buffer
	if err := c.Write(&b1); err != nil {
		t.Fatal(err)
	}
	again, _ := clusterCorpus().Learn(ClusterOptions{Classes: 4, Coarse: 2, MinCount: 5})
	again.Write(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two runs wrote different tables")
	}
	r, err := ReadClusters(bytes.NewReader(b1.Bytes()), "t.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if r.Fine != 4 || r.Coarse != 2 || r.Len() != c.Len() {
		t.Fatalf("read %d/%d classes, %d words; want 4/2, %d", r.Fine, r.Coarse, r.Len(), c.Len())
	}
	for _, g := range groups {
		for _, w := range g {
			f1, c1, _ := c.Class(w)
			f2, c2, _ := r.Class(w)
			if f1 != f2 || c1 != c2 {
				t.Errorf("%q: read %d/%d, want %d/%d", w, f2, c2, f1, c1)
			}
		}
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func TestReadClustersErrors(t *testing.T) {
	const head = "# demarche word clusters: 4 fine, 2 coarse\n"
	for _, tc := range []struct{ in, want string }{
		{"", "c.gz: empty"},
		{"word\t1\t1\t3\n", "c.gz:1: not a demarche cluster table"},
		{head + "word\t1\t1\n", "c.gz:2: want word"},
		{head + "word\t4\t1\t3\n", "c.gz:2: bad class"},
		{head + "word\t1\t2\t3\n", "c.gz:2: bad class"},
		{head + "word\t1\t1\t3\nWord\t2\t1\t3\n", `c.gz:3: word "Word" listed twice`},
	} {
		_, err := ReadClusters(bytes.NewReader(gz(tc.in)), "c.gz")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
	if _, err := ReadClusters(strings.NewReader("plain"), "c.gz"); err == nil || !strings.HasPrefix(err.Error(), "c.gz: ") {
		t.Errorf("not gzip: error %v", err)
	}
	if _, err := NewClusterCounter().Learn(ClusterOptions{}); err == nil {
		t.Error("no error for an empty corpus")
	}
	if _, err := clusterCorpus().Learn(ClusterOptions{Classes: 2, Coarse: 3}); err == nil {
		t.Error("no error for more coarse than fine classes")
	}
}

func FuzzReadClusters(f *testing.F) {
	f.Add([]byte("# demarche word clusters: 4 fine, 2 coarse\nthe\t0\t1\t9\n"))
	f.Add([]byte("# demarche word clusters: 1 fine, 1 coarse\n\t0\t0\t0\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ReadClusters(bytes.NewReader(gz(string(b))), "f")
		if err != nil {
			return
		}
		for _, w := range c.words {
			if f, k, ok := c.Class(w.word); !ok || f >= c.Fine || k >= c.Coarse {
				t.Fatalf("%q: class %d/%d %v", w.word, f, k, ok)
			}
		}
		var out bytes.Buffer
		if err := c.Write(&out); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadClusters(&out, "again"); err != nil {
			t.Fatal(fmt.Errorf("written table does not read back: %w", err))
		}
	})
}
