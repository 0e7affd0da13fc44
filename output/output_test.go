package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/parquet-go/parquet-go"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// events are written by every test: they cover missing actors, IGO codes,
// sector codes, negative and fractional scores, and text with tabs, line
// breaks, quotes, commas and characters that HTML would escape.
var events = []demarche.Event{
	{
		ID: "3f1c0a9e5b7d2c4e6a80", Doc: "kcna-2011-00001", Sentence: 0, Date: "2011-12-01",
		Source: "PRKGOV", Target: "LAO", SourceText: "Kim Jong Il", TargetText: "Laos",
		VerbText: "sent a congratulatory message", CAMEO: "051", Root: "05", Quad: 1, Goldstein: 3.4,
		PLOVER: "SUPPORT", Text: "Kim Jong Il sent a congratulatory message to Laos.", Rule: "verbs:051:12",
		Confidence: 0.82, Mode: "", Context: "diplomatic",
	},
	{
		ID: "a0b1c2d3e4f5a6b7c8d9", Doc: "doc-2", Sentence: 3, Date: "2024-10-23",
		Source: "IGOUNO", Target: demarche.NoActor, SourceText: "the UN", TargetText: "",
		VerbText: "denied", CAMEO: "016", Root: "01", Quad: 1, Goldstein: -1.5,
		PLOVER: "REJECT", Text: "The UN \"denied\" the report,\tsaid\nagain <today> & more: 평양.", Rule: "",
		Mode: "deny", Context: "crime; corruption",
	},
	{
		ID: "ffee", Doc: "seed", Sentence: 12, Date: "2025-04-28",
		Source: "PRKMILELI", Target: "RUSGOV", SourceText: "KPA generals", TargetText: "Moscow",
		VerbText: "acknowledged", CAMEO: "0151", Root: "01", Quad: 1, Goldstein: 0,
		PLOVER: "ACCEPT", Text: "KPA generals acknowledged Moscow.", Rule: "r",
		Place: "Pyongyang", PlaceCountry: "PRK", Lat: 39.03385, Lon: 125.75432, PlaceID: "1871859",
	},
	{
		ID: "0a0b", Doc: "kcna-2011-00002", Sentence: 1, Date: "1969-12-31",
		Source: "RUSGOV", Target: "PRK", SourceText: "The Russian delegation", TargetText: "Panmunjom",
		VerbText: "visited", CAMEO: "042", Root: "04", Quad: 1, Goldstein: 1.9,
		PLOVER: "CONSULT", Text: "The Russian delegation visited Panmunjom.", Rule: "r",
		Place: "Panmunjom", PlaceCountry: "PRK", Lat: 37.9558, Lon: -126.6772,
	},
}

var docInfo DocInfo = func(doc string) (string, string) {
	if doc == "kcna-2011-00001" {
		return "http://example.org/kcna/1", "KCNA"
	}
	return "", ""
}

// write writes events in format and returns the output.
func write(t *testing.T, format string, evs []demarche.Event) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWith(&b, format, Options{DocInfo: docInfo})
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		if err := w.Write(&evs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

func TestGolden(t *testing.T) {
	for _, f := range Formats() {
		if f == Parquet {
			continue // binary: read back in TestParquet
		}
		t.Run(f, func(t *testing.T) {
			golden(t, f, write(t, f, events))
		})
	}
}

func TestColumnCounts(t *testing.T) {
	tests := []struct {
		format string
		cols   int
	}{{Phoenix, 26}, {GDELT, 61}, {TSV, 22}}
	for _, tt := range tests {
		out := write(t, tt.format, events)
		for i, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			if n := len(strings.Split(line, "\t")); n != tt.cols {
				t.Errorf("%s line %d: %d columns, want %d", tt.format, i+1, n, tt.cols)
			}
		}
	}
	if len(PhoenixColumns) != 26 || len(GDELTColumns) != 61 {
		t.Errorf("%d Phoenix and %d GDELT column names", len(PhoenixColumns), len(GDELTColumns))
	}
}

// TestColumnsMatchJSON keeps the table formats in step with the JSON
// fields of demarche.Event.
func TestColumnsMatchJSON(t *testing.T) {
	var want []string
	typ := reflect.TypeFor[demarche.Event]()
	for i := range typ.NumField() {
		if tag := strings.Split(typ.Field(i).Tag.Get("json"), ",")[0]; tag != "-" {
			want = append(want, tag)
		}
	}
	if got := columnNames(); !slices.Equal(got, want) {
		t.Errorf("columns %v\nJSON fields %v", got, want)
	}
	var p []string
	rt := reflect.TypeFor[ParquetRow]()
	for i := range rt.NumField() {
		p = append(p, strings.Split(rt.Field(i).Tag.Get("parquet"), ",")[0])
	}
	if !slices.Equal(p, want) {
		t.Errorf("parquet columns %v\nJSON fields %v", p, want)
	}
}

// written drops the fields that a format does not write.
func written(format string, evs []demarche.Event) []demarche.Event {
	out := make([]demarche.Event, len(evs))
	for i, e := range evs {
		e.SourceSpan, e.TargetSpan, e.VerbSpan, e.Mode, e.Context = demarche.Span{}, demarche.Span{}, demarche.Span{}, "", ""
		switch format {
		case TSV:
			for _, p := range []*string{&e.Text, &e.SourceText, &e.TargetText, &e.VerbText} {
				*p = clean(*p)
			}
		case Phoenix:
			e = demarche.Event{ID: e.ID, Doc: e.Doc, Sentence: e.Sentence, Date: e.Date, Source: e.Source,
				Target: e.Target, CAMEO: e.CAMEO, Root: e.Root, Quad: e.Quad, Goldstein: e.Goldstein}
		}
		out[i] = e
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		format string
		read   func([]byte) ([]demarche.Event, error)
	}{
		{JSONL, func(b []byte) ([]demarche.Event, error) { return ReadJSONL(bytes.NewReader(b)) }},
		{TSV, func(b []byte) ([]demarche.Event, error) { return ReadTable(bytes.NewReader(b), TSV) }},
		{CSV, func(b []byte) ([]demarche.Event, error) { return ReadTable(bytes.NewReader(b), CSV) }},
		{Phoenix, func(b []byte) ([]demarche.Event, error) { return ReadPhoenix(bytes.NewReader(b)) }},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got, err := tt.read(write(t, tt.format, events))
			if err != nil {
				t.Fatal(err)
			}
			if want := written(tt.format, events); !reflect.DeepEqual(got, want) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, want)
			}
			// No events: still a valid, readable output.
			got, err = tt.read(write(t, tt.format, nil))
			if err != nil || len(got) != 0 {
				t.Errorf("empty output read back as %v, %v", got, err)
			}
		})
	}
}

func TestParquet(t *testing.T) {
	many := make([]demarche.Event, 0, 2*parquetBatch+5)
	for len(many) < cap(many) {
		many = append(many, events...)
	}
	many = many[:cap(many)]
	out := write(t, Parquet, many)
	rows, err := parquet.Read[ParquetRow](bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	got := make([]demarche.Event, len(rows))
	for i, r := range rows {
		got[i] = r.Event()
	}
	if want := written(Parquet, many); !reflect.DeepEqual(got, want) {
		t.Errorf("read back %d rows, want %d; first %+v", len(got), len(want), got[0])
	}
}

func TestPLOVERRecord(t *testing.T) {
	var r PLOVERRecord
	line := bytes.SplitN(write(t, PLOVER, events[1:2]), []byte("\n"), 2)[0]
	if err := json.Unmarshal(line, &r); err != nil {
		t.Fatal(err)
	}
	want := PLOVERRecord{
		ID: "a0b1c2d3e4f5a6b7c8d9", Date: "2024-10-23",
		Source: PLOVERActor{Code: "IGOUNO", Text: "the UN", Country: "IGO", Sector: "UNO"},
		Target: PLOVERActor{Code: "---"}, Event: "REJECT", Mode: "deny",
		Context: []string{"crime", "corruption"}, CAMEO: "016", Goldstein: -1.5, Text: events[1].Text,
		TextInfo: PLOVERSource{Doc: "doc-2", Sentence: 3, VerbText: "denied"},
	}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("got %+v\nwant %+v", r, want)
	}
}

func TestSplitGDELTActor(t *testing.T) {
	tests := []struct {
		code string
		want gdeltActor
	}{
		{"", gdeltActor{}},
		{"PRK", gdeltActor{country: "PRK"}},
		{"PRKGOV", gdeltActor{country: "PRK", types: [3]string{"GOV"}}},
		{"USAMILELIGOV", gdeltActor{country: "USA", types: [3]string{"MIL", "ELI", "GOV"}}},
		{"IGOUNO", gdeltActor{group: "UNO", types: [3]string{"IGO"}}},
		{"NGOAMN", gdeltActor{group: "AMN", types: [3]string{"NGO"}}},
		{"---GOV", gdeltActor{types: [3]string{"GOV"}}},
		{"GOV", gdeltActor{types: [3]string{"GOV"}}},
		{"PSEHMS", gdeltActor{country: "PSE", group: "HMS"}},
		{"KORGOVMILCVLBUS", gdeltActor{country: "KOR", types: [3]string{"GOV", "MIL", "CVL"}}},
		{"KO", gdeltActor{}},
	}
	for _, tt := range tests {
		if got := splitGDELTActor(tt.code); got != tt.want {
			t.Errorf("splitGDELTActor(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestPhoenixActor(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{"---", []string{"---", "", "", ""}},
		{"", []string{"", "", "", ""}},
		{"PRK", []string{"PRK", "PRK", "", ""}},
		{"PRKGOV", []string{"PRKGOV", "PRK", "GOV", ""}},
		{"PRKMILELI", []string{"PRKMILELI", "PRK", "MIL", "ELI"}},
		{"---GOV", []string{"---GOV", "", "GOV", ""}},
		{"AB", []string{"AB", "AB", "", ""}},
	}
	for _, tt := range tests {
		if got := appendPhoenixActor(nil, tt.code); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestGDELTID(t *testing.T) {
	a, b := GDELTID("3f1c0a9e5b7d2c4e6a80"), GDELTID("3f1c0a9e5b7d2c4e6a81")
	if a <= 0 || b <= 0 || a == b || a != GDELTID("3f1c0a9e5b7d2c4e6a80") {
		t.Errorf("GDELTID: %d %d", a, b)
	}
}

func TestErrors(t *testing.T) {
	_, err := New(&bytes.Buffer{}, "xlsx")
	if demarche.ErrorCode(err) != demarche.EINVALID || !strings.Contains(err.Error(), "known: jsonl, tsv, csv, phoenix, gdelt, plover, parquet") {
		t.Errorf("unknown format: %v", err)
	}
	for _, f := range Formats() {
		w, err := New(&bytes.Buffer{}, strings.ToUpper(f))
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(nil); demarche.ErrorCode(err) != demarche.EINVALID {
			t.Errorf("%s: nil event: %v", f, err)
		}
		if f == Phoenix || f == GDELT {
			if err := w.Write(&demarche.Event{ID: "x", Date: "2011"}); err == nil || !strings.Contains(err.Error(), `event x: date "2011"`) {
				t.Errorf("%s: bad date: %v", f, err)
			}
		}
		if err := w.Close(); err != nil {
			t.Errorf("%s: Close: %v", f, err)
		}
		if err := w.Write(&events[0]); demarche.ErrorCode(err) != demarche.EINVALID {
			t.Errorf("%s: write after close: %v", f, err)
		}
	}
	// A failing writer's error is reported, at the latest by Close.
	w, _ := New(failing{}, JSONL)
	err = w.Write(&events[0])
	if err == nil {
		err = w.Close()
	}
	if !errors.Is(err, errFail) {
		t.Errorf("failing writer: %v", err)
	}
}

var errFail = errors.New("disk full")

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errFail }

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, format, input string
		events              int
		want                string
	}{
		{"jsonl syntax", JSONL, `{"id":"a"}` + "\n\n{\"id\":", 1, "jsonl line 3: unexpected end of JSON input"},
		{"jsonl type", JSONL, `{"id":"a","quad":"x"}`, 0, "jsonl line 1: quad: want a int"},
		{"tsv fields", TSV, "id\tquad\na\t1\nb\n", 1, "tsv line 3: 1 fields, the header has 2"},
		{"tsv number", TSV, "id\tquad\na\tx\n", 0, `tsv line 2: quad (column 2): want an integer, got "x"`},
		{"csv quote", CSV, "id,goldstein\na,1.5\n\"b,2\n", 1, "csv line 3: extraneous or missing"},
		{"csv number", CSV, "id,goldstein\na,high\n", 0, `csv line 2: goldstein (column 2): want a number, got "high"`},
		{"phoenix columns", Phoenix, "a\tb\n", 0, "phoenix line 1: 2 columns, want 26"},
		{"phoenix date", Phoenix, strings.Repeat("x\t", 25) + "x\n", 0, `phoenix line 1: Date (column 2): want YYYYMMDD, got "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []demarche.Event
			var err error
			switch tt.format {
			case JSONL:
				got, err = ReadJSONL(strings.NewReader(tt.input))
			case Phoenix:
				got, err = ReadPhoenix(strings.NewReader(tt.input))
			default:
				got, err = ReadTable(strings.NewReader(tt.input), tt.format)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || demarche.ErrorCode(err) != demarche.EINVALID {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if len(got) != tt.events {
				t.Errorf("%d events kept, want %d", len(got), tt.events)
			}
		})
	}
}
