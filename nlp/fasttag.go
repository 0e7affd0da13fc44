package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// fastTagger scores prose's English averaged-perceptron model with the same
// features, in the same order, and gives the same tags, but looks each
// feature up through indexes built once from the model instead of a binary
// search of its 75,000 sorted feature strings for each of the 14 features of
// each word. That search was 38% of the coder's time (the profile of
// `go test ./coder -bench CodeKCNA2011`); prose's internal model type cannot
// be given another index from outside, so the model's public bytes
// (aptagmodel.English, in the format documented by prose's internal/flat
// package) are read here. TestFastTaggerMatchesProse checks the tags against
// prose's own on every sentence it is given.
//
// What prose's tagger special-cases (emoticons, PTB trace tokens, "-", "@"
// handles) is not reproduced: a sentence holding such a token is tagged by
// prose itself (plain reports which are safe).
type fastTagger struct {
	classes []string
	tagIdx  map[string]int // tag → index; START and START2 follow the classes
	ids     []uint8
	wts     []float32

	// dense rows, over classes, of the tag features
	bias  []float32
	prev1 [][]float32 // "i-1 tag T"
	prev2 [][]float32 // "i-2 tag T"
	pair  [][]float32 // "i tag+i-2 tag T1 T2": index t1*nt+t2

	words map[string]*wordRows // by normalised word (raw word for none)
	sufs  map[string]*sufRows  // by 3-byte suffix
	pref  [256]row             // "i pref1 c" by first byte
	known map[string]uint8     // unambiguous words → class (the model's tag map)
}

// row is a feature's weights: ids[lo:hi] and wts[lo:hi].
type row struct{ lo, hi uint32 }

// wordRows holds the rows of one word in each of its positions.
type wordRows struct {
	at, m1, m2, p1, p2 row
	afterTag           []tagRow // "i-1 tag+i word T w", by T
}

type tagRow struct {
	tag int
	r   row
}

// sufRows holds the rows of one suffix in each of its positions.
type sufRows struct{ at, m1, p1 row }

var loadFast = sync.OnceValues(func() (*fastTagger, error) { return newFastTagger(aptagmodel.English) })

// newFastTagger reads a model in prose's flat format (magic "PROSETAG",
// version 1).
func newFastTagger(b []byte) (*fastTagger, error) {
	r := &flatReader{b: b}
	if string(r.bytes(8)) != "PROSETAG" || r.u32() != 1 {
		return nil, errors.New("prose tagger model: not a version 1 flat model")
	}
	ft := &fastTagger{tagIdx: map[string]int{}}
	nc := int(r.u32())
	if nc > 256 {
		return nil, fmt.Errorf("prose tagger model: %d classes", nc)
	}
	for i := 0; i < nc && r.err == nil; i++ {
		ft.classes = append(ft.classes, string(r.bytes(int(r.u16()))))
		ft.tagIdx[ft.classes[i]] = i
	}
	ft.tagIdx["-START-"], ft.tagIdx["-START2-"] = nc, nc+1
	nf, np, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := r.bytes(blobLen)
	featOff := r.u32s(nf + 1)
	pairOff := r.u32s(nf + 1)
	if r.err != nil {
		return nil, r.err
	}
	ft.ids = append([]uint8(nil), r.bytes(np)...)
	ft.wts = r.f32s(np)
	nm := int(r.u32())
	if nm > (len(b)-r.pos)/3 { // each entry takes 3 bytes at least
		return nil, fmt.Errorf("prose tagger model: %d words in its tag map", nm)
	}
	ft.known = make(map[string]uint8, nm)
	for i := 0; i < nm && r.err == nil; i++ {
		w := string(r.bytes(int(r.u16())))
		ft.known[w] = r.bytes(1)[0]
	}
	if r.err != nil {
		return nil, r.err
	}
	for _, id := range ft.ids {
		if int(id) >= nc {
			return nil, fmt.Errorf("prose tagger model: class %d of %d", id, nc)
		}
	}
	nt := nc + 2
	ft.bias = make([]float32, nc)
	ft.prev1, ft.prev2 = denseRows(nt, nc), denseRows(nt, nc)
	ft.pair = denseRows(nt*nt, nc)
	ft.words = map[string]*wordRows{}
	ft.sufs = map[string]*sufRows{}
	for i := 0; i < nf; i++ {
		if featOff[i] > featOff[i+1] || int(featOff[i+1]) > len(blob) || pairOff[i] > pairOff[i+1] || int(pairOff[i+1]) > np {
			return nil, fmt.Errorf("prose tagger model: feature %d out of range", i)
		}
		f := string(blob[featOff[i]:featOff[i+1]])
		if err := ft.add(f, row{pairOff[i], pairOff[i+1]}); err != nil {
			return nil, err
		}
	}
	return ft, nil
}

func denseRows(n, nc int) [][]float32 {
	all := make([]float32, n*nc)
	out := make([][]float32, n)
	for i := range out {
		out[i] = all[i*nc : (i+1)*nc : (i+1)*nc]
	}
	return out
}

// add files one feature of the model under its template.
func (ft *fastTagger) add(f string, r row) error {
	dense := func(dst []float32) {
		for k := r.lo; k < r.hi; k++ {
			dst[ft.ids[k]] += ft.wts[k]
		}
	}
	word := func(w string) *wordRows {
		e := ft.words[w]
		if e == nil {
			e = &wordRows{}
			ft.words[w] = e
		}
		return e
	}
	suf := func(s string) *sufRows {
		e := ft.sufs[s]
		if e == nil {
			e = &sufRows{}
			ft.sufs[s] = e
		}
		return e
	}
	tagOf := func(t string) (int, bool) { i, ok := ft.tagIdx[t]; return i, ok }
	nt := len(ft.classes) + 2
	switch {
	case f == "bias":
		dense(ft.bias)
	case strings.HasPrefix(f, "i-1 tag+i word "):
		t, w, ok := strings.Cut(f[len("i-1 tag+i word "):], " ")
		ti, known := tagOf(t)
		if !ok || !known {
			return fmt.Errorf("prose tagger model: feature %q", f)
		}
		e := word(w)
		e.afterTag = append(e.afterTag, tagRow{ti, r})
	case strings.HasPrefix(f, "i tag+i-2 tag "):
		t1, t2, ok := strings.Cut(f[len("i tag+i-2 tag "):], " ")
		i1, k1 := tagOf(t1)
		i2, k2 := tagOf(t2)
		if !ok || !k1 || !k2 {
			return fmt.Errorf("prose tagger model: feature %q", f)
		}
		dense(ft.pair[i1*nt+i2])
	case strings.HasPrefix(f, "i-1 tag "), strings.HasPrefix(f, "i-2 tag "):
		ti, ok := tagOf(f[len("i-1 tag "):])
		if !ok {
			return fmt.Errorf("prose tagger model: feature %q", f)
		}
		if f[2] == '1' {
			dense(ft.prev1[ti])
		} else {
			dense(ft.prev2[ti])
		}
	case strings.HasPrefix(f, "i pref1 "):
		if len(f) != len("i pref1 ")+1 {
			return fmt.Errorf("prose tagger model: feature %q", f)
		}
		ft.pref[f[len(f)-1]] = r
	case strings.HasPrefix(f, "i suffix "):
		suf(f[len("i suffix "):]).at = r
	case strings.HasPrefix(f, "i-1 suffix "):
		suf(f[len("i-1 suffix "):]).m1 = r
	case strings.HasPrefix(f, "i+1 suffix "):
		suf(f[len("i+1 suffix "):]).p1 = r
	case strings.HasPrefix(f, "i word "):
		word(f[len("i word "):]).at = r
	case strings.HasPrefix(f, "i-1 word "):
		word(f[len("i-1 word "):]).m1 = r
	case strings.HasPrefix(f, "i-2 word "):
		word(f[len("i-2 word "):]).m2 = r
	case strings.HasPrefix(f, "i+1 word "):
		word(f[len("i+1 word "):]).p1 = r
	case strings.HasPrefix(f, "i+2 word "):
		word(f[len("i+2 word "):]).p2 = r
	default:
		return fmt.Errorf("prose tagger model: unknown feature template in %q", f)
	}
	return nil
}

// plain reports whether the fast path gives w prose's tag: prose tags it
// through its model and lexicons, or it is "-" or one of the PTB traces "0"
// and "*", whose tags are fixed; not another trace ("*T*-1"), a bracket code
// ("-LRB-"), an "@" handle or anything an emoticon could be.
func plain(w string) bool {
	switch {
	case w == "":
		return false
	case w == "-", w == "0", w == "*":
		return true // tagged below as prose does
	case w == "8D" || w == "8-D" || w == "xD" || w == "xDD" || w == "XDD" || w == "O.o":
		return false // the emoticons of prose's v3.2.3 made of letters, digits, "." and "-"
	case len(w) == 5 && w[0] == '-' && w[4] == '-', w[0] == '@', len(w) > 1 && strings.ContainsRune(w, '*'):
		return false
	case len(w) > 1 && strings.ContainsAny(w, ":;=()[]{}<>_^|\\~¯ಠ□╯︵┻━ツ¬"):
		return digitsAndColons(w) // a time, "10:30"; no emoticon is one
	}
	return true
}

func digitsAndColons(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ':' {
			return false
		}
	}
	return w[0] != ':' && w[len(w)-1] != ':'
}

// fastScratch is the per-sentence working set.
type fastScratch struct {
	ctx    []*wordRows // the normalised words of the padded context
	sufs   []*sufRows  // their suffixes
	scores []float32
}

var fastPool = sync.Pool{New: func() any { return &fastScratch{} }}

// tag tags words (already straightened) as prose's TagTokens would, with
// lexicon the caller's lexicon. It reports false, tagging nothing, when a
// word is not plain.
func (ft *fastTagger) tag(words []string, lexicon map[string]string, out []string) bool {
	for _, w := range words {
		if !plain(w) {
			return false
		}
	}
	s := fastPool.Get().(*fastScratch)
	defer fastPool.Put(s)
	n := len(words)
	s.ctx = s.ctx[:0]
	ctxWord := func(i int) string { // i in the padded context
		switch {
		case i == 0:
			return "-START-"
		case i == 1:
			return "-START2-"
		case i == n+2:
			return "-END-"
		case i == n+3:
			return "-END2-"
		}
		return normalize(words[i-2])
	}
	s.sufs = s.sufs[:0]
	for i := 0; i < n+4; i++ {
		w := ctxWord(i)
		s.ctx = append(s.ctx, ft.words[w])
		s.sufs = append(s.sufs, ft.sufs[suffix3(w)])
	}
	nc := len(ft.classes)
	if cap(s.scores) < nc {
		s.scores = make([]float32, nc)
	}
	p1, p2 := nc, nc+1 // -START-, -START2-
	for i, w := range words {
		t := ""
		if w == "-" {
			t = "-"
		} else if w == "0" || w == "*" {
			t = "-NONE-" // a PTB trace
		} else if lt, ok := lexicon[w]; ok {
			t = lt
		} else if lt, ok := lexicon[strings.ToLower(w)]; ok {
			t = lt
		} else if id, ok := ft.known[w]; ok {
			t = ft.classes[id]
		} else {
			t = ft.predict(s, i+2, w, p1, p2)
		}
		out[i] = t
		p2 = p1
		if k, ok := ft.tagIdx[t]; ok {
			p1 = k
		} else {
			p1 = -1
		}
	}
	return true
}

// predict scores the word w at position j of the padded context, after the
// tags p1 and p2 (-1 for a tag the model does not know), adding the
// features in prose's order, and returns the best class.
func (ft *fastTagger) predict(s *fastScratch, j int, w string, p1, p2 int) string {
	nc := len(ft.classes)
	sc := s.scores[:nc]
	copy(sc, ft.bias)
	if e := ft.sufs[suffix3(w)]; e != nil {
		ft.addRow(sc, e.at)
	}
	ft.addRow(sc, ft.pref[w[0]])
	if p1 >= 0 {
		addDense(sc, ft.prev1[p1])
	}
	if p2 >= 0 {
		addDense(sc, ft.prev2[p2])
	}
	if p1 >= 0 && p2 >= 0 {
		addDense(sc, ft.pair[p1*(nc+2)+p2])
	}
	if e := s.ctx[j]; e != nil {
		ft.addRow(sc, e.at)
		if p1 >= 0 {
			for _, tr := range e.afterTag {
				if tr.tag == p1 {
					ft.addRow(sc, tr.r)
					break
				}
			}
		}
	}
	if e := s.ctx[j-1]; e != nil {
		ft.addRow(sc, e.m1)
	}
	if e := s.sufs[j-1]; e != nil {
		ft.addRow(sc, e.m1)
	}
	if e := s.ctx[j-2]; e != nil {
		ft.addRow(sc, e.m2)
	}
	if e := s.ctx[j+1]; e != nil {
		ft.addRow(sc, e.p1)
	}
	if e := s.sufs[j+1]; e != nil {
		ft.addRow(sc, e.p1)
	}
	if e := s.ctx[j+2]; e != nil {
		ft.addRow(sc, e.p2)
	}
	best, bi := float32(math.Inf(-1)), -1
	for k, v := range sc {
		if v > best {
			best, bi = v, k
		}
	}
	if bi < 0 {
		return ""
	}
	return ft.classes[bi]
}

func (ft *fastTagger) addRow(sc []float32, r row) {
	ids, wts := ft.ids[r.lo:r.hi], ft.wts[r.lo:r.hi]
	for k := range ids {
		sc[ids[k]] += wts[k]
	}
}

func addDense(sc, d []float32) {
	for k := range sc {
		sc[k] += d[k]
	}
}

func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// normalize maps a word to the form prose's model was trained on (hyphenated
// words, years, numbers, lower case), as prose's tagger does.
func normalize(w string) string {
	switch {
	case w == "":
		return w
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN"
	case len(w) == 4 && isYear(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isYear is strconv.Atoi's acceptance of a 4-byte word: an optional sign and
// digits.
func isYear(w string) bool {
	i := 0
	if w[0] == '+' || w[0] == '-' {
		i = 1
	}
	if i == len(w) {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// flatReader reads the little-endian fields of a flat model, remembering the
// first error.
type flatReader struct {
	b   []byte
	pos int
	err error
}

// bytes returns the next n bytes; past the end it records the error and
// returns zeros, at most 8, which is all its callers index.
func (r *flatReader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.pos {
		if r.err == nil {
			r.err = fmt.Errorf("prose tagger model: truncated at byte %d", r.pos)
		}
		return make([]byte, 8)
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *flatReader) u16() uint16 { return binary.LittleEndian.Uint16(r.bytes(2)) }
func (r *flatReader) u32() uint32 { return binary.LittleEndian.Uint32(r.bytes(4)) }

func (r *flatReader) u32s(n int) []uint32 {
	if r.err != nil || n < 0 || n > (len(r.b)-r.pos)/4 {
		r.bytes(len(r.b) + 1)
		return nil
	}
	b := r.bytes(4 * n)
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func (r *flatReader) f32s(n int) []float32 {
	if r.err != nil || n < 0 || n > (len(r.b)-r.pos)/4 {
		r.bytes(len(r.b) + 1)
		return nil
	}
	b := r.bytes(4 * n)
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}
