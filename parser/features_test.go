package parser

import (
	"bytes"
	"compress/gzip"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeatureSetRecorded checks that a model records its feature set: the
// built-in full model is written back byte for byte as it was (the models
// written before sets existed read unchanged), and a compact model reads
// back compact and parses; a damaged record is an error.
func TestFeatureSetRecorded(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	if m.fset != FullFeatures {
		t.Fatalf("built-in model of set %v, want full", m.fset)
	}
	zr, err := gzip.NewReader(bytes.NewReader(english))
	if err != nil {
		t.Fatal(err)
	}
	orig, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(rawModel(t, m), orig) {
		t.Fatal("the built-in model is not written back as it was")
	}

	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Train(sents, nil, TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 1, MinUpdates: 1, Features: CompactFeatures})
	if err != nil {
		t.Fatal(err)
	}
	raw := rawModel(t, c)
	if !bytes.HasSuffix(raw, []byte{5, byte(CompactFeatures)}) {
		t.Fatalf("compact model ends %v, want its set recorded", raw[len(raw)-2:])
	}
	c2, err := decodeModel(&decoder{b: raw})
	if err != nil {
		t.Fatal(err)
	}
	if c2.fset != CompactFeatures {
		t.Fatalf("read back as %v", c2.fset)
	}
	words := strings.Fields("The committee approved the plan on Monday .")
	checkTree(t, c2.Parse(words, nil))
	a, b := c.Parse(words, nil), c2.Parse(words, nil)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("token %d: %+v read back, %+v before", i, b[i], a[i])
		}
	}
	for _, bad := range []byte{byte(FullFeatures), byte(nFeatureSets), 200} {
		d := append(raw[:len(raw)-1:len(raw)-1], bad)
		if _, err := decodeModel(&decoder{b: d}); err == nil || !strings.Contains(err.Error(), "feature set") {
			t.Errorf("set %d: err %v, want a feature set error", bad, err)
		}
	}
	if _, err := Train(sents, nil, TrainOptions{Features: nFeatureSets}); err == nil || !strings.Contains(err.Error(), "feature set") {
		t.Errorf("training with set %d: err %v, want a feature set error", nFeatureSets, err)
	}
	for _, s := range []string{"full", "compact"} {
		if f, err := ParseFeatureSet(s); err != nil || f.String() != s {
			t.Errorf("ParseFeatureSet(%q) = %v, %v", s, f, err)
		}
	}
	if _, err := ParseFeatureSet("tiny"); err == nil || !strings.Contains(err.Error(), "tiny") {
		t.Errorf("ParseFeatureSet(tiny): err %v", err)
	}
}
