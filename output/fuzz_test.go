package output

import (
	"bytes"
	"testing"

	"github.com/demarche-project/demarche"
)

// FuzzRead feeds the readers arbitrary input: they must not panic, every
// error must be an EINVALID error, and what they accept must write again.
func FuzzRead(f *testing.F) {
	for i, format := range []string{JSONL, TSV, CSV, Phoenix} {
		var b bytes.Buffer
		w, _ := New(&b, format)
		for j := range events {
			w.Write(&events[j])
		}
		w.Close()
		f.Add(b.Bytes(), uint8(i))
	}
	f.Add([]byte("id,quad\n\"a\n"), uint8(2))
	f.Add([]byte("{\"quad\":1e99}\n"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := []string{JSONL, TSV, CSV, Phoenix}[int(which)%4]
		var evs []demarche.Event
		var err error
		switch format {
		case JSONL:
			evs, err = ReadJSONL(bytes.NewReader(data))
		case Phoenix:
			evs, err = ReadPhoenix(bytes.NewReader(data))
		default:
			evs, err = ReadTable(bytes.NewReader(data), format)
		}
		if err != nil && demarche.ErrorCode(err) != demarche.EINVALID {
			t.Fatalf("%s: error %v is not EINVALID", format, err)
		}
		w, _ := New(&bytes.Buffer{}, format)
		for i := range evs {
			if err := w.Write(&evs[i]); err != nil && format != Phoenix {
				t.Fatalf("%s: cannot write back %+v: %v", format, evs[i], err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	})
}
