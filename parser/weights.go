package parser

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// scorer adds the weights of features to the scores of every class.
type scorer interface {
	score(feats []uint32, scores []float32)
}

// trainer is an averaged perceptron under training: a dense row of
// weights per feature, created on the first update.
type trainer struct {
	ncls  int
	index map[uint32]int32
	keys  []uint32
	w     []float32
	u     []float64 // sum of c·update, for averaging
	n     []int32   // updates of each row
	c     float64   // updates counter (instances seen)
}

func newTrainer(ncls int) *trainer {
	return &trainer{ncls: ncls, index: make(map[uint32]int32), c: 1}
}

func (t *trainer) score(feats []uint32, scores []float32) {
	clear(scores[:t.ncls])
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.ncls : int(r+1)*t.ncls]
		for i, w := range row {
			scores[i] += w
		}
	}
}

// scoreRange scores the classes [lo, hi) only.
func (t *trainer) scoreRange(feats []uint32, scores []float32, lo, hi int) {
	clear(scores[lo:hi])
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.ncls+lo : int(r)*t.ncls+hi]
		for i, w := range row {
			scores[lo+i] += w
		}
	}
}

func (t *trainer) update(feats []uint32, cls int, d float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.keys))
			t.index[f] = r
			t.keys = append(t.keys, f)
			t.w = append(t.w, make([]float32, t.ncls)...)
			t.u = append(t.u, make([]float64, t.ncls)...)
			t.n = append(t.n, 0)
		}
		t.n[r]++
		i := int(r)*t.ncls + cls
		t.w[i] += d
		t.u[i] += t.c * float64(d)
	}
}

// tick counts one training instance, for averaging.
func (t *trainer) tick() { t.c++ }

// learnTags is one perceptron step of a tagger whose classes are nx XPOS
// then nu UPOS tags: it scores the features, and where the best tag of
// either kind is not the gold one (gx, gu; out of range: none), rewards
// the gold and penalises the guess. It returns the guesses.
func (t *trainer) learnTags(fs []uint32, scores []float32, nx, nu, gx, gu int) (bx, bu int) {
	t.score(fs, scores)
	bx, bu = argmax(scores[:nx]), argmax(scores[nx:nx+nu])
	if gx < nx && bx != gx {
		t.update(fs, gx, 1)
		t.update(fs, bx, -1)
	}
	if gu < nu && bu != gu {
		t.update(fs, nx+gu, 1)
		t.update(fs, nx+bu, -1)
	}
	t.tick()
	return bx, bu
}

// average returns the averaged weights as a compact model, dropping the
// features updated fewer than minUpdates times and the weights whose
// magnitude is below prune.
func (t *trainer) average(prune float32, minUpdates int) *weights {
	type row struct {
		k uint32
		r int32
	}
	rows := make([]row, len(t.keys))
	for i, k := range t.keys {
		rows[i] = row{k, int32(i)}
	}
	slices.SortFunc(rows, func(a, b row) int {
		if a.k < b.k {
			return -1
		}
		if a.k > b.k {
			return 1
		}
		return 0
	})
	// weights are quantised as they will be stored, so that the model
	// chosen on dev is the model shipped
	var max float64
	for i := range t.w {
		max = math.Max(max, math.Abs(float64(t.w[i])-t.u[i]/t.c))
	}
	scale := float32(max / 32767)
	if scale == 0 {
		scale = 1
	}
	m := &weights{ncls: t.ncls}
	m.off = append(m.off, 0)
	for _, r := range rows {
		if int(t.n[r.r]) < minUpdates {
			continue
		}
		n := 0
		for c := 0; c < t.ncls; c++ {
			i := int(r.r)*t.ncls + c
			w := float32(math.Round((float64(t.w[i])-t.u[i]/t.c)/float64(scale))) * scale
			if w > prune || w < -prune {
				m.cls = append(m.cls, uint8(c))
				m.w = append(m.w, w)
				n++
			}
		}
		if n > 0 {
			m.keys = append(m.keys, r.k)
			m.off = append(m.off, uint32(len(m.w)))
		}
	}
	m.buildTable()
	return m
}

// weights is a trained model as it is used. keys, off, cls and w hold the
// rows as trained (for writing); the look-up table (table.go) packs them
// for speed. Weights are quantised to 16 bits in the model file; scores
// are sums of integers (the scale does not change which class wins).
type weights struct {
	ncls  int
	scale float32
	keys  []uint32 // sorted
	off   []uint32 // row i is [off[i], off[i+1])
	cls   []uint8
	w     []float32

	ms  []mbucket // the moves' table (ncls ≤ 4)
	cs  []cbucket // the others'
	out []uint32  // rows too long for a cslot: length, then class<<16 | uint16(weight) pairs
	nb  uint64    // number of buckets
}

func quantScale(ws []float32) float32 {
	var max float64
	for _, x := range ws {
		max = math.Max(max, math.Abs(float64(x)))
	}
	if max == 0 {
		return 1
	}
	return float32(max / 32767)
}

func (m *weights) quant(w float32) int16 {
	q := math.Round(float64(w / m.scale))
	return int16(max(-32767, min(32767, q)))
}

func (m *weights) score(feats []uint32, scores []float32) {
	if m.ncls <= 4 {
		s := m.sum4(feats)
		for c := 0; c < m.ncls; c++ {
			scores[c] = float32(s[c])
		}
		return
	}
	var sc [256]int32
	m.sumInts(feats, &sc)
	for c, v := range sc[:m.ncls] {
		scores[c] = float32(v)
	}
}

// Weights are written quantised to 16 bits with one scale per model; keys
// as deltas. The whole model file is gzip-compressed by its writer.

func (m *weights) write(w *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { w.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	scale := m.scale
	put(uint64(m.ncls))
	put(uint64(len(m.keys)))
	binary.Write(w, binary.LittleEndian, scale)
	prev := uint32(0)
	for i, k := range m.keys {
		put(uint64(k - prev))
		prev = k
		a, b := m.off[i], m.off[i+1]
		put(uint64(b - a))
		for j := a; j < b; j++ {
			w.WriteByte(m.cls[j])
			binary.Write(w, binary.LittleEndian, m.quant(m.w[j]))
		}
	}
	return nil
}

var errModel = errors.New("corrupt model")

// decoder reads the uncompressed model from memory.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = fmt.Errorf("%w: truncated", errModel)
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = fmt.Errorf("%w: truncated", errModel)
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > 1<<16 {
		d.err = fmt.Errorf("%w: string of %d bytes", errModel, n)
		return ""
	}
	return string(d.bytes(n))
}

func readWeights(d *decoder) (*weights, error) {
	ncls := d.uvarint()
	if d.err != nil || ncls == 0 || ncls > 256 {
		return nil, fmt.Errorf("%w: classes", errModel)
	}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return nil, fmt.Errorf("%w: rows", errModel)
	}
	sb := d.bytes(4)
	if d.err != nil {
		return nil, d.err
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb))
	m := &weights{ncls: int(ncls), keys: make([]uint32, n), off: make([]uint32, n+1)}
	m.cls = make([]uint8, 0, len(d.b)/3)
	m.w = make([]float32, 0, len(d.b)/3)
	prev := uint32(0)
	for i := range m.keys {
		prev += uint32(d.uvarint())
		m.keys[i] = prev
		c := d.uvarint()
		if d.err != nil || c > ncls {
			return nil, fmt.Errorf("%w: row %d", errModel, i)
		}
		q := d.bytes(3 * c)
		if d.err != nil {
			return nil, d.err
		}
		for j := 0; j < len(q); j += 3 {
			if uint64(q[j]) >= ncls {
				return nil, fmt.Errorf("%w: class %d of %d", errModel, q[j], ncls)
			}
			m.cls = append(m.cls, q[j])
			m.w = append(m.w, float32(int16(binary.LittleEndian.Uint16(q[j+1:])))*scale)
		}
		m.off[i+1] = uint32(len(m.w))
	}
	m.cls, m.w = slices.Clip(m.cls), slices.Clip(m.w)
	m.buildTable()
	return m, nil
}
