package parser

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"
)

// Model is a trained tagger, lemmatizer and dependency parser. It is
// immutable, and safe for concurrent use: each goroutine parses with its
// own Parser (NewParser), or calls Model.Parse, which keeps a pool of them.
type Model struct {
	xpos, upos, labels []string
	root               uint8 // id of the label "root"
	tags, moves, arcs  *weights
	tags2              *weights   // the second tagging pass (retag.go), or nil
	beam               int        // the width of the beam the moves were trained with (beam.go), 0: greedy
	joint              bool       // the relations were trained with the moves, their scores part of the beam's (TrainOptions.JointLabels)
	alts               int        // with joint: the relations an arc move puts in the beam (1 or 2)
	relab              *weights   // the relabelling pass over the complete tree (relabel.go), or nil
	fset               FeatureSet // the templates of the tagger, the moves and the relations (features.go)
	lem                *lemmatizer
	dict               map[uint64]uint64 // word hash → its sure tags or ambiguity class (learnSure) and clusters (setClass)
	pool               sync.Pool
}

// Parser parses one sentence at a time with the buffers it keeps; it is
// not safe for concurrent use. Make one per goroutine with NewParser.
type Parser struct {
	m      *Model
	ws     []wordInfo
	xs, us []uint8
	st     state
	b      scratch
	words  []string
}

// NewParser returns a Parser that reuses its buffers from one sentence to
// the next.
func (m *Model) NewParser() *Parser {
	n := max(len(m.xpos)+len(m.upos), len(m.labels), nMoves)
	p := &Parser{m: m, b: scratch{scores: make([]float32, n)}}
	p.st.punctRule(m.upos, m.labels)
	p.st.fset = m.fset
	p.b.bm.k = m.beam
	p.b.bm.joint, p.b.bm.alts = m.joint, m.alts
	return p
}

// Parse tags, lemmatises and parses words (one sentence, tokenised as in
// Universal Dependencies English) and appends one Token per word to dst.
// It is safe for concurrent use.
func (m *Model) Parse(words []string, dst []Token) []Token {
	p, _ := m.pool.Get().(*Parser)
	if p == nil {
		p = m.NewParser()
	}
	dst = p.Parse(words, dst)
	m.pool.Put(p)
	return dst
}

// Parse appends the analysis of words to dst: form, lemma, UPOS, XPOS,
// head (1-based, 0 = root) and relation. Tag and relation strings are
// shared, not allocated; an empty sentence yields nothing.
func (p *Parser) Parse(words []string, dst []Token) []Token {
	n := len(words)
	if n == 0 {
		return dst
	}
	p.analyse(words)
	m := p.m
	for i, w := range words {
		u := int(p.us[i])
		dst = append(dst, Token{Form: w, Lemma: m.lem.lemma(w, u, m.upos[u]),
			UPOS: m.upos[u], XPOS: m.xpos[p.xs[i]], Head: int(p.st.head[i+1]),
			Deprel: m.labels[p.st.lab[i+1]]})
	}
	return dst
}

// Annotate fills the lemma, tags, head and relation of every token of s
// from its forms (the gold tokens of a CoNLL-U file), leaving the other
// fields alone.
func (p *Parser) Annotate(s *Sentence) {
	p.words = p.words[:0]
	for _, t := range s.Tokens {
		p.words = append(p.words, t.Form)
	}
	if len(p.words) == 0 {
		return
	}
	p.analyse(p.words)
	m := p.m
	for i := range s.Tokens {
		t := &s.Tokens[i]
		u := int(p.us[i])
		t.Lemma, t.UPOS, t.XPOS = m.lem.lemma(t.Form, u, m.upos[u]), m.upos[u], m.xpos[p.xs[i]]
		t.Head, t.Deprel = int(p.st.head[i+1]), m.labels[p.st.lab[i+1]]
	}
}

func (p *Parser) analyse(words []string) {
	m := p.m
	n := len(words)
	p.ws = analyseSentence(p.ws, words, m.dict)
	p.xs, p.us = grow(p.xs, n), grow(p.us, n)
	tagSentence(m.fset, m.tags, p.ws, n, len(m.xpos), len(m.upos), p.xs, p.us, &p.b)
	if m.tags2 != nil {
		retag(m.fset, m.tags2, p.ws, n, len(m.xpos), len(m.upos), p.xs, p.us, &p.b)
	}
	p.st.reset(p.ws, p.xs, p.us, n)
	parseState(&p.st, m.moves, m.arcs, len(m.labels), m.root, &p.b)
	if m.relab != nil {
		relabel(&p.st, m.relab, len(m.labels), m.root, &p.b)
	}
}

// parseState runs the parser from a reset state to the end and attaches
// the words left without a head.
func parseState(st *state, moves *weights, arcs scorer, nlab int, root uint8, b *scratch) {
	b.memo.reset(st.n)
	b.scores = grow(b.scores, max(len(b.scores), nMoves, nlab))
	scores := b.scores
	if b.bm.k > 0 {
		beamMoves(st, moves, arcs, nlab, root, b)
	} else if b.br.k > 0 {
		branchMoves(st, moves, arcs, nlab, root, b)
	}
	for !st.terminal() {
		best := st.onlyMove()
		if best < 0 { // a forced move needs no scoring
			st.moveScores(moves, b, scores)
			best = -1
			for m := 0; m < nMoves; m++ {
				if st.valid(m) && (best < 0 || scores[m] > scores[best]) {
					best = m
				}
			}
		}
		b.fs, _ = applyMove(st, best, arcs, nlab, root, b.fs, scores)
	}
	st.attachLeftovers(root, func(top, k int32) uint8 {
		var l uint8
		b.fs, l = chooseLabel(st, arcs, top, k, nlab, root, b.fs, scores)
		return l
	})
}

// attachLeftovers hangs the words left on the stack without a head, at the
// end of a parse, from the root word: the last word the parse attached to
// the root, else the first leftover, which becomes the root word (its arc
// labelled root). label gives the label of the arc from the root word top
// to a leftover k.
func (st *state) attachLeftovers(root uint8, label func(top, k int32) uint8) {
	var top int32 = -1
	for i := 1; i <= st.n; i++ {
		if st.head[i] == 0 {
			top = int32(i)
		}
	}
	for _, k := range st.stack {
		if k == 0 || st.head[k] >= 0 {
			continue
		}
		if top < 0 {
			top = k
			st.addArc(0, k, root)
			continue
		}
		st.addArc(top, k, label(top, k))
	}
}

// applyMove makes move m in st with its relation: for an arc (left or
// right) the relation chooseLabel picks, none for reduce and shift. It
// returns the feature buffer and the relation.
func applyMove(st *state, m int, arcs scorer, nlab int, root uint8, fs []uint32, scores []float32) ([]uint32, uint8) {
	var l uint8
	if m == mLeft || m == mRight {
		h, d := st.arcOf(m)
		fs, l = chooseLabel(st, arcs, h, d, nlab, root, fs, scores)
	}
	st.apply(m, l)
	return fs, l
}

func chooseLabel(st *state, arcs scorer, h, d int32, nlab int, root uint8, fs []uint32, scores []float32) ([]uint32, uint8) {
	if h == 0 {
		return fs, root
	}
	if st.punct && st.u[d] == st.punctU {
		return fs, st.punctL
	}
	fs = st.labelFeatures(fs[:0], h, d)
	if w, ok := arcs.(*weights); ok && w.cs != nil {
		return fs, w.bestLabel(fs, nlab, root)
	}
	arcs.score(fs, scores)
	best := -1
	for l := 0; l < nlab; l++ {
		if l != int(root) && (best < 0 || scores[l] > scores[best]) {
			best = l
		}
	}
	if best < 0 {
		best = int(root)
	}
	return fs, uint8(best)
}

// chooseLabels is chooseLabel that also returns the relation's score (0
// for the relations given without scoring: root and punct) and the
// runner-up's: in the integer units of a model's weights (their scale
// apart), in the weights themselves under training.
func chooseLabels(st *state, arcs scorer, h, d int32, nlab int, root uint8, fs []uint32, scores []float32) ([]uint32, labelPick) {
	if h == 0 {
		return fs, labelPick{l: [2]uint8{root}, n: 1}
	}
	if st.punct && st.u[d] == st.punctU {
		return fs, labelPick{l: [2]uint8{st.punctL}, n: 1}
	}
	fs = st.labelFeatures(fs[:0], h, d)
	if w, ok := arcs.(*weights); ok && w.cs != nil {
		return fs, w.bestLabels(fs, nlab, root)
	}
	arcs.score(fs, scores)
	var lp labelPick
	for l := 0; l < nlab; l++ {
		if l != int(root) {
			lp.add(uint8(l), scores[l])
		}
	}
	if lp.n == 0 {
		return fs, labelPick{l: [2]uint8{root}, n: 1}
	}
	return fs, lp
}

// add counts relation l of score v in the two best (ties: the earlier).
func (lp *labelPick) add(l uint8, v float32) {
	switch {
	case lp.n == 0 || v > lp.s[0]:
		lp.l[1], lp.s[1] = lp.l[0], lp.s[0]
		lp.l[0], lp.s[0] = l, v
		lp.n = min(lp.n+1, 2)
	case lp.n == 1 || v > lp.s[1]:
		lp.l[1], lp.s[1] = l, v
		lp.n = 2
	}
}

// Tags returns the XPOS and UPOS tag sets and the relation labels of the
// model.
func (m *Model) Tags() (xpos, upos, labels []string) {
	return slices.Clone(m.xpos), slices.Clone(m.upos), slices.Clone(m.labels)
}

const magic = "demarche-parser-1\n"

// Write writes the model in its compact binary format, gzip-compressed.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	writeStrings(bw, m.xpos)
	writeStrings(bw, m.upos)
	writeStrings(bw, m.labels)
	bw.WriteByte(m.root)
	for _, ws := range []*weights{m.tags, m.moves, m.arcs} {
		ws.write(bw)
	}
	// the words tagged from the dictionary and the ambiguity classes, by hash
	ws := slices.Sorted(maps.Keys(m.dict))
	putUvarint(bw, uint64(len(ws)))
	prev := uint64(0)
	for _, w := range ws {
		putUvarint(bw, w-prev)
		putUvarint(bw, m.dict[w])
		prev = w
	}
	// the lemmatizer, in a fixed order
	for u := range m.upos {
		ex := m.lem.except[u]
		forms := slices.Sorted(maps.Keys(ex))
		putUvarint(bw, uint64(len(forms)))
		for _, f := range forms {
			writeString(bw, f)
			writeString(bw, ex[f])
		}
		rs := m.lem.rules[u]
		sufs := slices.Sorted(maps.Keys(rs))
		putUvarint(bw, uint64(len(sufs)))
		for _, s := range sufs {
			writeString(bw, s)
			putUvarint(bw, uint64(rs[s].cut))
			writeString(bw, rs[s].add)
		}
	}
	// the second tagger, if any (a model without it ends here)
	if m.tags2 != nil {
		putUvarint(bw, 1)
		m.tags2.write(bw)
	}
	// the width of the beam a beam model was trained with (a greedy model
	// ends before)
	if m.beam > 0 {
		putUvarint(bw, 2)
		putUvarint(bw, uint64(m.beam))
	}
	// joint relations (a model without them ends before)
	if m.joint {
		putUvarint(bw, 3)
		if m.alts > 1 {
			putUvarint(bw, uint64(m.alts))
		}
	}
	// the relabelling pass (a model without it ends before)
	if m.relab != nil {
		putUvarint(bw, 4)
		m.relab.write(bw)
	}
	// the feature set, unless the full one (a model of the full set ends
	// before: the models written before sets existed)
	if m.fset != FullFeatures {
		putUvarint(bw, 5)
		putUvarint(bw, uint64(m.fset))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// maxModel bounds the uncompressed size of a model read.
const maxModel = 1 << 30

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxModel))
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	m, err := decodeModel(&decoder{b: raw})
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	return m, nil
}

func decodeModel(d *decoder) (*Model, error) {
	if string(d.bytes(uint64(len(magic)))) != magic {
		return nil, errors.New("not a demarche parser model")
	}
	m := &Model{lem: &lemmatizer{}}
	for _, dst := range []*[]string{&m.xpos, &m.upos, &m.labels} {
		n := d.uvarint()
		if d.err != nil || n == 0 || n > 250 {
			return nil, fmt.Errorf("%w: %d tags", errModel, n)
		}
		*dst = make([]string, n)
		for i := range *dst {
			(*dst)[i] = d.str()
		}
	}
	root := d.bytes(1)
	if d.err != nil || int(root[0]) >= len(m.labels) {
		return nil, fmt.Errorf("%w: root label", errModel)
	}
	m.root = root[0]
	for i, dst := range []**weights{&m.tags, &m.moves, &m.arcs} {
		w, err := readWeights(d)
		if err != nil {
			return nil, err
		}
		want := []int{len(m.xpos) + len(m.upos), nMoves, len(m.labels)}[i]
		if w.ncls != want {
			return nil, fmt.Errorf("%w: %d classes, want %d", errModel, w.ncls, want)
		}
		*dst = w
	}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return nil, fmt.Errorf("%w: dictionary", errModel)
	}
	m.dict = make(map[uint64]uint64, n)
	prev := uint64(0)
	for range n {
		prev += d.uvarint()
		v := d.uvarint()
		t := v &^ clusterBits // the tags, without the clusters
		x, u := t>>8&0xff, t&0xff
		if t&sureBit == 0 && (v == 0 || t >= 1<<len(m.upos)) || t&sureBit != 0 && (t&^(sureBit|0xffff) != 0 || x >= uint64(len(m.xpos)) || u >= uint64(len(m.upos))) {
			return nil, fmt.Errorf("%w: dictionary entry", errModel)
		}
		m.dict[prev] = v
	}
	for range m.upos {
		n := d.uvarint()
		if d.err != nil || n > uint64(len(d.b)) {
			return nil, fmt.Errorf("%w: lemmas", errModel)
		}
		ex := make(map[string]string, n)
		for range n {
			f := d.str()
			ex[f] = d.str()
		}
		n = d.uvarint()
		if d.err != nil || n > uint64(len(d.b)) {
			return nil, fmt.Errorf("%w: lemma rules", errModel)
		}
		rs := make(map[string]lemRule, n)
		for range n {
			s := d.str()
			c := d.uvarint()
			a := d.str()
			if c > 1<<16 {
				return nil, fmt.Errorf("%w: lemma rule", errModel)
			}
			rs[s] = lemRule{int(c), a}
		}
		m.lem.except = append(m.lem.except, ex)
		m.lem.rules = append(m.lem.rules, rs)
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 && d.b[0] == 1 {
		d.uvarint()
		w, err := readWeights(d)
		if err != nil {
			return nil, err
		}
		if w.ncls != len(m.xpos)+len(m.upos) {
			return nil, fmt.Errorf("%w: second tagger of %d classes, want %d", errModel, w.ncls, len(m.xpos)+len(m.upos))
		}
		m.tags2 = w
	}
	if len(d.b) != 0 && d.b[0] == 2 {
		d.uvarint()
		k := d.uvarint()
		if d.err != nil || k == 0 || k > MaxBeam {
			return nil, fmt.Errorf("%w: beam width %d", errModel, k)
		}
		m.beam = int(k)
	}
	if len(d.b) != 0 && d.b[0] == 3 {
		d.uvarint()
		if m.beam == 0 {
			return nil, fmt.Errorf("%w: joint relations without a beam", errModel)
		}
		m.joint, m.alts = true, 1
		if len(d.b) != 0 && d.b[0] != 4 && d.b[0] != 5 {
			m.alts = int(d.uvarint())
			if d.err != nil || m.alts < 2 || m.alts > 2 {
				return nil, fmt.Errorf("%w: %d relations an arc", errModel, m.alts)
			}
		}
	}
	if len(d.b) != 0 && d.b[0] == 4 {
		d.uvarint()
		w, err := readWeights(d)
		if err != nil {
			return nil, err
		}
		if w.ncls != len(m.labels) {
			return nil, fmt.Errorf("%w: relabelling of %d classes, want %d", errModel, w.ncls, len(m.labels))
		}
		m.relab = w
	}
	if len(d.b) != 0 && d.b[0] == 5 {
		d.uvarint()
		f := d.uvarint()
		if d.err != nil || f == uint64(FullFeatures) || f >= uint64(nFeatureSets) {
			return nil, fmt.Errorf("%w: feature set %d", errModel, f)
		}
		m.fset = FeatureSet(f)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the end", errModel, len(d.b))
	}
	return m, nil
}

// ReadBytes reads a model from memory.
func ReadBytes(b []byte) (*Model, error) { return Read(bytes.NewReader(b)) }

func putUvarint(w *bufio.Writer, x uint64) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], x)])
}

func writeString(w *bufio.Writer, s string) {
	putUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

func writeStrings(w *bufio.Writer, ss []string) {
	putUvarint(w, uint64(len(ss)))
	for _, s := range ss {
		writeString(w, s)
	}
}
