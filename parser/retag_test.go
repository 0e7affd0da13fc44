package parser

import (
	"bytes"
	"compress/gzip"
	"io"
	"path/filepath"
	"testing"
)

// TestSecondTaggerRoundTrip checks that a model with a second tagging pass
// survives writing and reading, and that a model file with a bad second
// tagger is refused.
func TestSecondTaggerRoundTrip(t *testing.T) {
	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(sents, nil, TrainOptions{TagEpochs: 8, ParseEpochs: 8, Folds: 1, MinUpdates: 1, TagPrune: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	// the first tagger's weights as the second's: the extra features have
	// no weights, so the second pass tags as the first
	m.tags2 = m.tags
	old := altMargin
	altMargin = 1 << 30 // every word not tagged from the dictionary is tagged twice
	defer func() { altMargin = old }()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.tags2 == nil {
		t.Fatal("the second tagger was lost")
	}
	sc, err := Evaluate(m2, sents)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS != sc.Words || sc.XPOS != sc.Words || sc.UAS != sc.Words {
		t.Errorf("the toy treebank parsed back with errors: %v", sc)
	}
	// a model cut inside its second tagger, or with a bad marker
	m.tags2 = nil
	var plain bytes.Buffer
	if err := m.Write(&plain); err != nil {
		t.Fatal(err)
	}
	raw := gunzip(t, buf.Bytes())
	base := gunzip(t, plain.Bytes())
	for name, b := range map[string][]byte{
		"cut":    raw[:len(raw)-3],
		"marker": append(append([]byte(nil), base...), 7),
	} {
		if _, err := ReadBytes(gzipped(t, b)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
