package dedup

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func TestNormalizeAndHash(t *testing.T) {
	tests := []struct {
		title, text string
		want        string
	}{
		{"", "", ""},
		{"Title", "Body text.", "Title Body text."},
		{"  Title\n", "\n\nBody   text.\n\nMore. ", "Title Body text. More."},
		{"", "  only\ttext ", "only text"},
		{"Only title", "", "Only title"},
		{"Nul\x00", "a\x00b\x07 c \xff\xfe d \uFFFD", "Nul a b c ?? d \uFFFD"},
	}
	for _, tt := range tests {
		title, text := tt.title, tt.text
		if got := Normalize(title, text); got != tt.want {
			t.Errorf("Normalize(%q, %q) = %q, want %q", title, text, got, tt.want)
		}
	}
	if Hash("T", "a  b\n\nc") != Hash("T", "a b c") {
		t.Error("white space changes the hash")
	}
	if Hash("T\x00", "a\x00b \xff") != Hash("T ", "a b ?") {
		t.Error("a document and its copy cleaned by the store have different hashes")
	}
	for _, other := range [][2]string{{"T", "a b d"}, {"t", "a b c"}, {"", "T a b c"}} {
		if Hash("T", "a b c") == Hash(other[0], other[1]) && other[0] != "" {
			t.Errorf("Hash(%q, %q) equals Hash(T, a b c)", other[0], other[1])
		}
	}
}

func text(r *rand.Rand, n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", r.Intn(5000))
	}
	return w
}

func TestShingles(t *testing.T) {
	if got := Shingles("", ""); got != nil {
		t.Errorf("Shingles of nothing = %v", got)
	}
	if got := Shingles("", "one two"); len(got) != 1 {
		t.Errorf("a short text gives %d shingles, want 1", len(got))
	}
	a := Shingles("", "The Korean People's Army, on Monday.")
	b := Shingles("", "the korean peoples army on monday")
	if Jaccard(a, b) != 1 {
		t.Errorf("case and punctuation change shingles: %v %v", a, b)
	}
	words := text(rand.New(rand.NewSource(1)), 100)
	if n := len(Shingles("", strings.Join(words, " "))); n != 100-ShingleSize+1 {
		t.Errorf("%d shingles of 100 distinct words, want %d", n, 100-ShingleSize+1)
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b []uint64
		want float64
	}{
		{nil, nil, 0},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}, 1},
		{[]uint64{1, 2, 3}, []uint64{4, 5}, 0},
		{[]uint64{1, 2, 3, 4}, []uint64{3, 4, 5, 6}, 2.0 / 6},
		{[]uint64{1}, nil, 0},
	}
	for _, tt := range tests {
		if got := Jaccard(tt.a, tt.b); got != tt.want {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestEdits checks the detector on texts edited by a growing number of
// words: copies and small edits are similar enough, rewrites are not, and
// LSH finds the pairs above the threshold (one shared band key).
func TestEdits(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	tests := []struct {
		words, edits int
		near         bool
	}{
		{300, 0, true}, {300, 1, true}, {300, 3, true}, {300, 5, true},
		{300, 40, false}, {300, 150, false}, {60, 1, true}, {60, 8, false},
	}
	for _, tt := range tests {
		base := text(r, tt.words)
		edited := append([]string(nil), base...)
		for i := 0; i < tt.edits; i++ {
			edited[(i*7919)%len(edited)] = "edit" + fmt.Sprint(i)
		}
		a := Shingles("", strings.Join(base, " "))
		b := Shingles("", strings.Join(edited, " "))
		sim := Jaccard(a, b)
		if (sim >= Threshold) != tt.near {
			t.Errorf("%d words, %d edits: Jaccard %.3f, near-duplicate %v", tt.words, tt.edits, sim, tt.near)
		}
		if !Candidate(a) || !Candidate(b) {
			t.Fatalf("%d words are too few to compare", tt.words)
		}
		ka, kb := BandKeys(Signature(a)), BandKeys(Signature(b))
		if len(ka) != Bands {
			t.Fatalf("%d band keys, want %d", len(ka), Bands)
		}
		shared := false
		for i := range ka {
			shared = shared || ka[i] == kb[i]
		}
		if tt.near && !shared {
			t.Errorf("%d words, %d edits (Jaccard %.3f): no shared band key", tt.words, tt.edits, sim)
		}
	}
}

// TestLSHRates checks the candidate rates of the banding against the
// formula: nearly every pair at Jaccard 0.9, few at 0.3.
func TestLSHRates(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	rate := func(keep float64) (float64, float64) {
		hits, sims := 0, 0.0
		const pairs = 300
		for p := 0; p < pairs; p++ {
			var a, b []uint64
			for i := 0; i < 400; i++ {
				x := r.Uint64()
				a = append(a, x)
				if r.Float64() < keep {
					b = append(b, x)
				} else {
					b = append(b, r.Uint64())
				}
			}
			a, b = sorted(a), sorted(b)
			sims += Jaccard(a, b)
			ka, kb := BandKeys(Signature(a)), BandKeys(Signature(b))
			for i := range ka {
				if ka[i] == kb[i] {
					hits++
					break
				}
			}
		}
		return float64(hits) / pairs, sims / pairs
	}
	if got, sim := rate(0.95); got < 0.97 {
		t.Errorf("Jaccard %.2f: candidates %.2f, want ≥ 0.97", sim, got)
	}
	if got, sim := rate(0.45); got > 0.15 {
		t.Errorf("Jaccard %.2f: candidates %.2f, want ≤ 0.15", sim, got)
	}
}

func sorted(v []uint64) []uint64 {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j] < v[j-1]; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
	return v
}

func BenchmarkSignature(b *testing.B) {
	words := text(rand.New(rand.NewSource(4)), 300)
	doc := strings.Join(words, " ")
	for i := 0; i < b.N; i++ {
		BandKeys(Signature(Shingles("Title", doc)))
	}
}
