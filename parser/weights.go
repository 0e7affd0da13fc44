package parser

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
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
		}
		i := int(r)*t.ncls + cls
		t.w[i] += d
		t.u[i] += t.c * float64(d)
	}
}

// tick counts one training instance, for averaging.
func (t *trainer) tick() { t.c++ }

// average returns the averaged weights as a compact model, dropping the
// weights whose magnitude is below prune.
func (t *trainer) average(prune float32) *weights {
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

// weights is a trained model as it is used: for each feature, its non-zero
// weights as (class, weight) pairs, found through an open-addressing table.
type weights struct {
	ncls int
	keys []uint32 // sorted
	off  []uint32 // row i is [off[i], off[i+1])
	cls  []uint8
	w    []float32

	slots []uint32 // key of each slot, 0 = empty
	rows  []int32
	shift uint
}

func (m *weights) buildTable() {
	size, bits := 1, 0
	for size < 2*len(m.keys)+1 {
		size <<= 1
		bits++
	}
	m.slots = make([]uint32, size)
	m.rows = make([]int32, size)
	m.shift = uint(32 - bits)
	mask := uint32(size - 1)
	for r, k := range m.keys {
		i := (k * 0x9e3779b1) >> m.shift
		if bits == 0 {
			i = 0
		}
		for m.slots[i] != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = k
		m.rows[i] = int32(r)
	}
}

func (m *weights) find(k uint32) int32 {
	mask := uint32(len(m.slots) - 1)
	i := (k * 0x9e3779b1) >> m.shift
	if m.shift == 32 {
		i = 0
	}
	for {
		s := m.slots[i]
		if s == k {
			return m.rows[i]
		}
		if s == 0 {
			return -1
		}
		i = (i + 1) & mask
	}
}

func (m *weights) score(feats []uint32, scores []float32) {
	clear(scores[:m.ncls])
	for _, f := range feats {
		r := m.find(f)
		if r < 0 {
			continue
		}
		a, b := m.off[r], m.off[r+1]
		cls, w := m.cls[a:b], m.w[a:b]
		for j, c := range cls {
			scores[c] += w[j]
		}
	}
}

// Weights are written quantised to 16 bits with one scale per model; keys
// as deltas. The whole model file is gzip-compressed by its writer.

func (m *weights) write(w *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { w.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	var max float32
	for _, x := range m.w {
		max = float32(math.Max(float64(max), math.Abs(float64(x))))
	}
	scale := max / 32767
	if scale == 0 {
		scale = 1
	}
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
			q := int16(math.Round(float64(m.w[j] / scale)))
			binary.Write(w, binary.LittleEndian, q)
		}
	}
	return nil
}

var errModel = errors.New("corrupt model")

func readWeights(r *bufio.Reader) (*weights, error) {
	get := func() (uint64, error) { return binary.ReadUvarint(r) }
	ncls, err := get()
	if err != nil || ncls == 0 || ncls > 256 {
		return nil, fmt.Errorf("%w: classes", errModel)
	}
	n, err := get()
	if err != nil || n > 1<<26 {
		return nil, fmt.Errorf("%w: rows", errModel)
	}
	var scale float32
	if err := binary.Read(r, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("%w: %v", errModel, err)
	}
	m := &weights{ncls: int(ncls), keys: make([]uint32, n), off: make([]uint32, n+1)}
	prev := uint32(0)
	var q [3]byte
	for i := range m.keys {
		d, err := get()
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errModel, err)
		}
		prev += uint32(d)
		m.keys[i] = prev
		c, err := get()
		if err != nil || c > ncls {
			return nil, fmt.Errorf("%w: row %d", errModel, i)
		}
		for j := 0; j < int(c); j++ {
			if _, err := io.ReadFull(r, q[:]); err != nil {
				return nil, fmt.Errorf("%w: %v", errModel, err)
			}
			if int(q[0]) >= int(ncls) {
				return nil, fmt.Errorf("%w: class %d of %d", errModel, q[0], ncls)
			}
			m.cls = append(m.cls, q[0])
			m.w = append(m.w, float32(int16(binary.LittleEndian.Uint16(q[1:])))*scale)
		}
		m.off[i+1] = uint32(len(m.w))
	}
	m.buildTable()
	return m, nil
}
