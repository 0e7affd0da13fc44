package parser

// Word classes learned from unlabeled text (Koo, Carreras and Collins
// 2008 used Brown clusters the same way): the exchange algorithm of
// Kneser and Ney (1993) and Martin, Liermann and Ney (1998) puts each
// word in the class that most raises the likelihood of a class bigram
// model of the text, a word at a time, until few words move. A second
// exchange over the class bigrams then groups the classes into coarse
// classes, so that each word has a fine class and the coarse class that
// contains it (the two prefix lengths of Koo et al.'s bit strings).

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Limits of a class table.
const (
	MaxClasses       = 4095 // fine classes (12 bits of a dictionary value)
	MaxCoarseClasses = 255  // coarse classes (8 bits)
)

// Clusters maps words (by their case-folded hash, as the tagger sees
// them) to a fine class and a coarse class.
type Clusters struct {
	Fine, Coarse int               // numbers of classes
	m            map[uint64]uint32 // word hash → (fine+1) | (coarse+1)<<16
	words        []clusterWord     // for Write, in a fixed order
}

type clusterWord struct {
	word         string
	fine, coarse int
	count        int64
}

// Len returns the number of words that have a class.
func (c *Clusters) Len() int { return len(c.m) }

// Class returns the fine and coarse class of word (0-based), and false for
// a word without a class.
func (c *Clusters) Class(word string) (fine, coarse int, ok bool) {
	var wi wordInfo
	analyse(word, &wi)
	v, ok := c.m[wi.lower]
	if !ok {
		return 0, 0, false
	}
	return int(v&0xffff) - 1, int(v>>16) - 1, true
}

// ClusterOptions are the settings of a ClusterCounter's Learn.
type ClusterOptions struct {
	Classes    int       // fine classes (default 256)
	Coarse     int       // coarse classes (default 32)
	MinCount   int       // words seen fewer times share one class (default 5)
	Iterations int       // at most this many passes over the words (default 15)
	Log        io.Writer // progress, if not nil
}

// ClusterCounter collects the words of unlabeled sentences for Learn.
type ClusterCounter struct {
	ids    map[uint64]int32
	forms  []string // first lower-cased form seen of each id
	hashes []uint64
	counts []int64
	stream []int32 // word ids; -1 ends a sentence
}

// NewClusterCounter returns an empty ClusterCounter.
func NewClusterCounter() *ClusterCounter {
	return &ClusterCounter{ids: map[uint64]int32{}}
}

// Tokens returns the number of words added.
func (cc *ClusterCounter) Tokens() int { return len(cc.stream) - cc.sentences() }

func (cc *ClusterCounter) sentences() int {
	n := 0
	for _, id := range cc.stream {
		if id < 0 {
			n++
		}
	}
	return n
}

// Add adds one tokenised sentence.
func (cc *ClusterCounter) Add(words []string) {
	if len(words) == 0 {
		return
	}
	var wi wordInfo
	for _, w := range words {
		analyse(w, &wi)
		id, ok := cc.ids[wi.lower]
		if !ok {
			id = int32(len(cc.forms))
			cc.ids[wi.lower] = id
			cc.forms = append(cc.forms, strings.ToLower(w))
			cc.hashes = append(cc.hashes, wi.lower)
			cc.counts = append(cc.counts, 0)
		}
		cc.counts[id]++
		cc.stream = append(cc.stream, id)
	}
	cc.stream = append(cc.stream, -1)
}

func (o *ClusterOptions) defaults() {
	if o.Classes == 0 {
		o.Classes = 256
	}
	if o.Coarse == 0 {
		o.Coarse = 32
	}
	if o.MinCount == 0 {
		o.MinCount = 5
	}
	if o.Iterations == 0 {
		o.Iterations = 15
	}
}

// Learn clusters the words added. The result depends only on the
// sentences added, their order and o.
func (cc *ClusterCounter) Learn(o ClusterOptions) (*Clusters, error) {
	o.defaults()
	if o.Classes < 2 || o.Classes > MaxClasses || o.Coarse < 1 || o.Coarse > MaxCoarseClasses || o.Coarse > o.Classes {
		return nil, fmt.Errorf("clusters: %d classes and %d coarse classes (want 2–%d and 1–%d, coarse ≤ fine)",
			o.Classes, o.Coarse, MaxClasses, MaxCoarseClasses)
	}
	// items: 0 = sentence boundary, 1 = rare words, then the vocabulary
	// by decreasing count (ties by hash)
	var vocab []int32
	for id, n := range cc.counts {
		if n >= int64(o.MinCount) {
			vocab = append(vocab, int32(id))
		}
	}
	if len(vocab) == 0 {
		return nil, errors.New("clusters: no word seen often enough")
	}
	slices.SortFunc(vocab, func(a, b int32) int {
		if c := cmp.Compare(cc.counts[b], cc.counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(cc.hashes[a], cc.hashes[b])
	})
	item := make([]int32, len(cc.forms))
	for i := range item {
		item[i] = 1
	}
	for i, id := range vocab {
		item[id] = int32(i + 2)
	}
	nItems := len(vocab) + 2
	bigrams := map[uint64]int64{}
	prev := int32(0)
	for _, id := range cc.stream {
		cur := int32(0)
		if id >= 0 {
			cur = item[id]
		}
		bigrams[uint64(prev)<<32|uint64(cur)]++
		prev = cur
	}
	g := newBigramGraph(nItems, bigrams)
	if o.Log != nil {
		fmt.Fprintf(o.Log, "clusters: %d words, %d in the vocabulary (seen ≥ %d times), %d bigram types\n",
			cc.Tokens(), len(vocab), o.MinCount, len(bigrams))
	}
	fine := exchange(g, o.Classes, o.Iterations, o.Log)
	// the class bigram counts, for the coarse classes
	cb := map[uint64]int64{}
	for a := range nItems {
		for _, e := range g.right[a] {
			cb[uint64(fine[a])<<32|uint64(fine[e.to])] += e.n
		}
	}
	coarse := exchange(newBigramGraph(o.Classes, cb), o.Coarse, 4*o.Iterations, o.Log)
	c := &Clusters{Fine: o.Classes, Coarse: o.Coarse, m: make(map[uint64]uint32, len(vocab))}
	for i, id := range vocab {
		f := int(fine[i+2])
		w := clusterWord{word: cc.forms[id], fine: f, coarse: int(coarse[f]), count: cc.counts[id]}
		var wi wordInfo
		analyse(w.word, &wi)
		if wi.lower != cc.hashes[id] || strings.ContainsAny(w.word, "\t\n") {
			continue // its lower-cased form would not read back as the same word
		}
		c.m[wi.lower] = uint32(w.fine+1) | uint32(w.coarse+1)<<16
		c.words = append(c.words, w)
	}
	c.sortWords()
	return c, nil
}

func (c *Clusters) sortWords() {
	slices.SortFunc(c.words, func(a, b clusterWord) int {
		if x := cmp.Compare(a.coarse, b.coarse); x != 0 {
			return x
		}
		if x := cmp.Compare(a.fine, b.fine); x != 0 {
			return x
		}
		if x := cmp.Compare(b.count, a.count); x != 0 {
			return x
		}
		return strings.Compare(a.word, b.word)
	})
}

type edge struct {
	to int32
	n  int64
}

// bigramGraph holds the bigram counts of items: right[a] the items after
// a, left[b] those before b.
type bigramGraph struct {
	right, left   [][]edge
	nLeft, nRight []int64 // an item's count as the first / second of a bigram
}

func newBigramGraph(n int, bigrams map[uint64]int64) *bigramGraph {
	g := &bigramGraph{right: make([][]edge, n), left: make([][]edge, n),
		nLeft: make([]int64, n), nRight: make([]int64, n)}
	keys := make([]uint64, 0, len(bigrams))
	for k := range bigrams {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		a, b, c := int32(k>>32), int32(uint32(k)), bigrams[k]
		g.right[a] = append(g.right[a], edge{b, c})
		g.left[b] = append(g.left[b], edge{a, c})
		g.nLeft[a] += c
		g.nRight[b] += c
	}
	return g
}

// xlogx is x·ln x, from a table for small counts.
type xlogx []float64

func newXlogx() xlogx {
	t := make(xlogx, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

func (t xlogx) f(x int64) float64 {
	if x < int64(len(t)) {
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}

// exchange assigns the items of g to k classes, maximising
// Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d)
// (the likelihood of a class bigram model, less constants) by moving one
// item at a time to its best class, in order of item id, until a pass
// moves fewer than 0.1% of the items or after iters passes.
func exchange(g *bigramGraph, k, iters int, log io.Writer) []int32 {
	n := len(g.right)
	cls := make([]int32, n)
	for i := range cls {
		cls[i] = int32(i % k)
	}
	N := make([]int64, k*k)
	Nl, Nr := make([]int64, k), make([]int64, k)
	for a := range n {
		for _, e := range g.right[a] {
			N[int(cls[a])*k+int(cls[e.to])] += e.n
		}
		Nl[cls[a]] += g.nLeft[a]
		Nr[cls[a]] += g.nRight[a]
	}
	t := newXlogx()
	R, L := make([]int64, k), make([]int64, k)
	var rs, ls []int32 // classes with R, L > 0
	for it := 0; it < iters; it++ {
		moved := 0
		for w := range n {
			self := int64(0)
			rs, ls = rs[:0], ls[:0]
			for _, e := range g.right[w] {
				if int(e.to) == w {
					self += e.n
					continue
				}
				c := cls[e.to]
				if R[c] == 0 {
					rs = append(rs, c)
				}
				R[c] += e.n
			}
			for _, e := range g.left[w] {
				if int(e.to) == w {
					continue
				}
				c := cls[e.to]
				if L[c] == 0 {
					ls = append(ls, c)
				}
				L[c] += e.n
			}
			tl, tr := g.nLeft[w], g.nRight[w]
			move := func(a int32, sign int64) {
				row := int(a) * k
				for _, c := range rs {
					N[row+int(c)] += sign * R[c]
				}
				for _, c := range ls {
					N[int(c)*k+int(a)] += sign * L[c]
				}
				N[row+int(a)] += sign * self
				Nl[a] += sign * tl
				Nr[a] += sign * tr
			}
			old := cls[w]
			move(old, -1)
			best, bestGain := old, math.Inf(-1)
			for b := range int32(k) {
				row := int(b) * k
				gain := -(t.f(Nl[b]+tl) - t.f(Nl[b])) - (t.f(Nr[b]+tr) - t.f(Nr[b]))
				for _, c := range rs {
					if c != b {
						x := N[row+int(c)]
						gain += t.f(x+R[c]) - t.f(x)
					}
				}
				for _, c := range ls {
					if c != b {
						x := N[int(c)*k+int(b)]
						gain += t.f(x+L[c]) - t.f(x)
					}
				}
				x := N[row+int(b)]
				gain += t.f(x+R[b]+L[b]+self) - t.f(x)
				if gain > bestGain+1e-9 || b == old && gain >= bestGain-1e-9 {
					best, bestGain = b, gain
				}
			}
			move(best, 1)
			if best != old {
				cls[w] = best
				moved++
			}
			for _, c := range rs {
				R[c] = 0
			}
			for _, c := range ls {
				L[c] = 0
			}
		}
		if log != nil {
			fmt.Fprintf(log, "clusters: %d classes, pass %d: %d of %d moved\n", k, it+1, moved, n)
		}
		if moved*1000 < n {
			break
		}
	}
	return cls
}

// Write writes the table as gzipped lines "word TAB fine TAB coarse TAB
// count", by class, most frequent words first.
func (c *Clusters) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# demarche word clusters: %d fine, %d coarse\n", c.Fine, c.Coarse)
	for _, x := range c.words {
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", x.word, x.fine, x.coarse, x.count)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadClusters reads a table written by Write; name is used in errors.
func ReadClusters(r io.Reader, name string) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	sc := bufio.NewScanner(io.LimitReader(zr, maxModel))
	sc.Buffer(nil, 1<<20)
	c := &Clusters{m: map[uint64]uint32{}}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			if _, err := fmt.Sscanf(s, "# demarche word clusters: %d fine, %d coarse", &c.Fine, &c.Coarse); err != nil ||
				c.Fine < 1 || c.Fine > MaxClasses || c.Coarse < 1 || c.Coarse > MaxCoarseClasses {
				return nil, fmt.Errorf("%s:1: not a demarche cluster table header", name)
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 || f[0] == "" {
			return nil, fmt.Errorf("%s:%d: want word, fine class, coarse class and count, tab-separated", name, line)
		}
		fine, err1 := strconv.Atoi(f[1])
		coarse, err2 := strconv.Atoi(f[2])
		count, err3 := strconv.ParseInt(f[3], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil || fine < 0 || fine >= c.Fine || coarse < 0 || coarse >= c.Coarse || count < 0 {
			return nil, fmt.Errorf("%s:%d: bad class or count (fine < %d, coarse < %d)", name, line, c.Fine, c.Coarse)
		}
		var wi wordInfo
		analyse(f[0], &wi)
		if _, dup := c.m[wi.lower]; dup {
			return nil, fmt.Errorf("%s:%d: word %q listed twice", name, line, f[0])
		}
		c.m[wi.lower] = uint32(fine+1) | uint32(coarse+1)<<16
		c.words = append(c.words, clusterWord{f[0], fine, coarse, count})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%s: empty cluster table", name)
	}
	return c, nil
}

// ReadClustersFile reads a cluster table file.
func ReadClustersFile(path string) (*Clusters, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadClusters(bufio.NewReader(f), path)
}
