package sqlstore

import (
	"context"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
)

// cand is a document that a document of the batch may duplicate: a stored
// one or one written earlier in the same batch.
type cand struct {
	id          int64
	ident, date string
	canonical   int64
	title, text string
	shingles    []uint64
	hashed      bool
	pd          *pending // set for documents of the batch
}

// nearIndex finds the canonical document of each document of a batch: by
// exact hash first, then by LSH band keys and the Jaccard similarity of
// shingles within the date window. Stored candidates are read once per
// batch, in a few queries.
type nearIndex struct {
	s      *Store
	w      *Tx
	byHash map[string][]*cand
	bands  map[int64][]*cand
	idents map[int64]string // canonical ids to idents, read as needed
}

func (s *Store) newIndex(ctx context.Context, w *Tx, preps []*prepared) (*nearIndex, error) {
	ix := &nearIndex{s: s, w: w, byHash: map[string][]*cand{}, bands: map[int64][]*cand{}, idents: map[int64]string{}}
	hashes := make([]any, 0, len(preps))
	var keys []any
	seen := map[int64]bool{}
	for _, p := range preps {
		hashes = append(hashes, p.hash)
		for _, b := range p.bands {
			if !seen[b] {
				seen[b] = true
				keys = append(keys, b)
			}
		}
	}
	byID := map[int64]*cand{}
	docs, err := s.docsWhere(ctx, w, "hash", hashes, false)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		ix.byHash[d.hash] = append(ix.byHash[d.hash], candOf(d))
	}
	bandDocs := map[int64][]int64{}
	var need []any
	for lo := 0; lo < len(keys); lo += inChunk {
		hi := min(lo+inChunk, len(keys))
		rows, err := w.Query(ctx, `SELECT band, doc FROM doc_bands WHERE band IN (`+placeholders(hi-lo)+`)`, keys[lo:hi]...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var b, d int64
			if err := rows.Scan(&b, &d); err != nil {
				rows.Close()
				return nil, err
			}
			bandDocs[b] = append(bandDocs[b], d)
			if _, ok := byID[d]; !ok {
				byID[d] = nil
				need = append(need, d)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	if len(need) > 0 {
		docs, err := s.docsWhere(ctx, w, "id", need, true)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			byID[d.id] = candOf(d)
		}
	}
	for b, ids := range bandDocs {
		for _, id := range ids {
			if c := byID[id]; c != nil {
				ix.bands[b] = append(ix.bands[b], c)
			}
		}
	}
	return ix, nil
}

func candOf(d *stored) *cand {
	return &cand{id: d.id, ident: d.ident, date: d.date, canonical: d.canonical, title: d.title, text: d.text}
}

// link sets the canonical document of pd, leaving it canonical when no
// stored or earlier document of the batch is a copy or a near-duplicate.
// self is pd's own id, never a candidate.
func (ix *nearIndex) link(ctx context.Context, pd *pending, self int64) error {
	p := pd.p
	pd.canonical, pd.canonIdent, pd.similarity = 0, "", 0
	var best *cand
	bestSim := 0.0
	for _, c := range ix.byHash[p.hash] {
		if c.id != self && (best == nil || c.id < best.id) {
			best, bestSim = c, 1
		}
	}
	if best == nil && len(p.bands) > 0 {
		day := dayOf(p.c.Doc.Date)
		tried := map[*cand]bool{}
		for _, b := range p.bands {
			for _, c := range ix.bands[b] {
				if c.id == self || tried[c] {
					continue
				}
				tried[c] = true
				if d := dayOf(c.date) - day; d > ix.s.Window || -d > ix.s.Window {
					continue
				}
				if !c.hashed {
					c.shingles, c.hashed = dedup.Shingles(c.title, c.text), true
				}
				if sim := dedup.Jaccard(p.shingles, c.shingles); sim >= ix.s.Threshold && (sim > bestSim || (sim == bestSim && c.id < best.id)) {
					best, bestSim = c, sim
				}
			}
		}
	}
	if best == nil {
		return nil
	}
	canon, ident := best.id, best.ident
	switch {
	case best.pd != nil && best.pd.canonical != 0:
		canon, ident = best.pd.canonical, best.pd.canonIdent
	case best.pd == nil && best.canonical != 0:
		canon = best.canonical
		var ok bool
		if ident, ok = ix.idents[canon]; !ok {
			var err error
			if ident, err = ix.s.identOf(ctx, ix.w, canon); err != nil {
				return err
			}
			ix.idents[canon] = ident
		}
	}
	if canon == self {
		return nil // a document never duplicates itself
	}
	pd.canonical, pd.canonIdent, pd.similarity = canon, ident, round3(bestSim)
	return nil
}

// add makes a document of the batch a candidate for the next ones.
func (ix *nearIndex) add(pd *pending) {
	d := pd.p.c.Doc
	c := &cand{id: pd.id, ident: d.ID, date: d.Date, canonical: pd.canonical, shingles: pd.p.shingles, hashed: true, pd: pd}
	ix.byHash[pd.p.hash] = append(ix.byHash[pd.p.hash], c)
	for _, b := range pd.p.bands {
		ix.bands[b] = append(ix.bands[b], c)
	}
}

// remove withdraws a document of the batch that a later one replaces.
func (ix *nearIndex) remove(pd *pending) { ix.forget(pd.id) }

// forget withdraws every candidate with the given id: a stored document
// whose content is being replaced.
func (ix *nearIndex) forget(id int64) {
	drop := func(cs []*cand) []*cand {
		out := cs[:0]
		for _, c := range cs {
			if c.id != id {
				out = append(out, c)
			}
		}
		return out
	}
	for k, cs := range ix.byHash {
		ix.byHash[k] = drop(cs)
	}
	for k, cs := range ix.bands {
		ix.bands[k] = drop(cs)
	}
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// dayOf returns the day number of an ISO date (valid dates only).
func dayOf(date string) int {
	t, err := time.Parse(demarche.DateLayout, date)
	if err != nil {
		return 0
	}
	return int(t.Sub(epoch).Hours() / 24)
}

func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}
