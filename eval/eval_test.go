package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"bad json", `{"id": "a", "date": "2011-01-01"`, "g.jsonl:1: unexpected end"},
		{"no id", `{"date": "2011-01-01", "text": "x", "events": []}`, "g.jsonl:1: id: missing"},
		{"bad date on line 3", "{\"id\":\"a\",\"date\":\"2011-01-01\"}\n\n{\"id\":\"b\",\"date\":\"yesterday\"}", "g.jsonl:3: date \"yesterday\""},
		{"bad code", `{"id": "a", "events": [{"source": "PRK", "target": "RUS", "cameo": "5x"}]}`, "g.jsonl:1: events[0].cameo \"5x\""},
		{"no source", `{"id": "a", "events": [{"source": "", "target": "RUS", "cameo": "051"}]}`, "g.jsonl:1: events[0].source: missing"},
		{"wrong type", `{"id": "a", "events": [{"source": 7, "cameo": "051"}]}`, "g.jsonl:1: events.source: want a string"},
		{"repeated id", "{\"id\":\"a\"}\n{\"id\":\"a\"}", "g.jsonl:2: id \"a\" repeats line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.in), "g.jsonl")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestReadGold(t *testing.T) {
	in := `{"id": "x-1", "date": "2012-03-04", "source": "KCNA", "kind": "lead", "text": "Laos praised the DPRK.", "events": [{"source": "LAO", "target": "PRK", "cameo": "051", "plover": "SUPPORT", "evidence": "praised"}], "note": "n"}

{"id": "ungd-2020-FRA", "date": "2020-09-25", "country": "FRA", "text": "We call on all States.", "events": []}
`
	items, err := ReadGold(strings.NewReader(in), "g")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Line != 1 || items[1].Line != 3 || items[1].Country != "FRA" || items[0].Events[0].Evidence != "praised" {
		t.Fatalf("got %+v", items)
	}
	if items[0].Headline() || !(&Gold{ID: "kcna-h-000001"}).Headline() || !(&Gold{Kind: "headline"}).Headline() {
		t.Error("Headline")
	}
	d := (&Gold{ID: "kcna-h-1", Date: "2012-01-01", Text: "Kim Meets Envoy"}).Document()
	if body, headline := d.Body(); !headline || body != "Kim Meets Envoy" {
		t.Errorf("a headline item is not coded as a headline: %+v", d)
	}
}

func TestHalf(t *testing.T) {
	// crc32.ChecksumIEEE("a") = 0xe8b7be43 (odd), ("b") = 0x71beeff9 (odd),
	// ("c") = 0x06b9df6f (odd), ("d") = 0x98dd4acc (even).
	for id, want := range map[string]string{"a": Check, "d": Tune} {
		if got := Half(id); got != want {
			t.Errorf("Half(%q) = %s, want %s", id, got, want)
		}
	}
	items := []Gold{{ID: "a", Kind: "lead"}, {ID: "d", Kind: "lead"}, {ID: "d2", Kind: "body"}}
	if got := Select(items, Tune, "lead"); len(got) != 1 || got[0].ID != "d" {
		t.Errorf("Select tune lead = %+v", got)
	}
}

func ev(src, tgt, code string) demarche.Event {
	return demarche.Event{Source: src, Target: tgt, CAMEO: code, Root: code[:2]}
}

func TestMatch(t *testing.T) {
	gold := []GoldEvent{
		{Source: "PRKGOV", Target: "RUSGOV", CAMEO: "051"},
		{Source: "PRKGOV", Target: "RUSGOV", CAMEO: "051"}, // repeated: one event
		{Source: "KORCVL", Target: "---", CAMEO: "141"},
		{Source: "IGOUNO", Target: "PRK", CAMEO: "112"},
	}
	got := []demarche.Event{
		ev("PRK", "RUSMIL", "057"),             // root 05, PRK→RUS: right (sector and sub-code do not decide)
		ev("PRK", "RUSMIL", "057"),             // same pair and code: duplicate, not counted
		ev("PRKGOV", "RUSGOV", "052"),          // a second 05 PRK→RUS: no gold left, wrong
		ev("KORCVL", demarche.NoActor, "1411"), // "---" as written: right
		ev("IGOUNO", "PRKGOV", "111"),          // IGO prefix, root 11: right
		ev("USA", "PRK", "111"),                // wrong
	}
	res := Match(gold, got)
	want := []Outcome{Right, Duplicate, Wrong, Right, Right, Wrong}
	for i := range want {
		if res.Outcomes[i] != want[i] {
			t.Errorf("event %d: outcome %d, want %d", i, res.Outcomes[i], want[i])
		}
	}
	if res.Counts != (Counts{TP: 3, FP: 2, FN: 0}) || len(res.Missed) != 0 {
		t.Errorf("counts %+v missed %v", res.Counts, res.Missed)
	}
	res = Match(gold, nil)
	if res.Counts != (Counts{FN: 3}) || len(res.Missed) != 3 {
		t.Errorf("nothing coded: %+v", res)
	}
	if k := Key("01", "", "IGOUNO"); k != "01 ---→IGO" {
		t.Errorf("Key = %q", k)
	}
}

func TestReport(t *testing.T) {
	items := []Gold{
		{ID: "a", Kind: "lead", Text: "Laos praised the DPRK.", Events: []GoldEvent{{Source: "LAO", Target: "PRK", CAMEO: "051", Evidence: "praised"}}},
		{ID: "b", Kind: "body", Text: "Cuba denounced the US.", Events: []GoldEvent{{Source: "CUB", Target: "USA", CAMEO: "111"}}},
		{ID: "c", Kind: "body", Text: "It rained."},
	}
	e1 := ev("LAOGOV", "PRKGOV", "051")
	e1.Confidence = 0.9
	e2 := ev("CUB", "---", "111")
	e2.Confidence = 0.3
	e2.VerbText = "denounced"
	e3 := ev("USA", "CUB", "042")
	e3.Confidence = 0.1
	coded := map[string][]demarche.Event{"a": {e1}, "b": {e2}, "c": {e3}}
	r := Evaluate(items, coded, 0)
	if r.Overall != (Counts{TP: 1, FP: 2, FN: 1}) {
		t.Fatalf("overall %+v", r.Overall)
	}
	if *r.ByRoot["11"] != (Counts{FP: 1, FN: 1}) || *r.ByKind["body"] != (Counts{FP: 2, FN: 1}) {
		t.Errorf("by root 11 %+v, by kind body %+v", r.ByRoot["11"], r.ByKind["body"])
	}
	if r.ByBand[4] != (Counts{TP: 1}) || r.ByBand[1] != (Counts{FP: 1}) || r.ByBand[0] != (Counts{FP: 1}) {
		t.Errorf("bands %+v", r.ByBand)
	}
	if len(r.Missed) != 1 || r.Missed[0].ID != "b" || len(r.Invented) != 2 {
		t.Errorf("missed %+v invented %+v", r.Missed, r.Invented)
	}
	// --min-confidence 0.5 keeps only the right event.
	r = Evaluate(items, coded, 0.5)
	if r.Overall != (Counts{TP: 1, FP: 0, FN: 1}) || r.Coded != 1 {
		t.Errorf("min confidence: %+v", r.Overall)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b, "t", 1); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"precision 1.000  recall 0.500  F1 0.667", "missed: 1", "b  11 CUB→USA", "Cuba denounced the US.", "[silent]"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := r.WriteJSON(&b, 0); err != nil {
		t.Fatal(err)
	}
	var j struct {
		Overall struct{ F1 float64 }
		Missed  []Diff
	}
	if err := json.Unmarshal(b.Bytes(), &j); err != nil || j.Overall.F1 != 0.667 || len(j.Missed) != 0 {
		t.Errorf("json report: %v %+v\n%s", err, j, b.String())
	}
}

func TestReadCoded(t *testing.T) {
	in := `{"id":"1","doc":"a","source":"LAO","target":"PRK","cameo":"051","root":"05","confidence":0.7}
{"id":"2","doc":"zzz","source":"LAO","target":"PRK","cameo":"051"}
`
	m, err := readCoded(strings.NewReader(in), "in.jsonl", map[string]bool{"a": true})
	if err != nil || len(m["a"]) != 1 || m["a"][0].Confidence != 0.7 || len(m["zzz"]) != 0 {
		t.Fatalf("%v %+v", err, m)
	}
	_, err = readCoded(strings.NewReader("\n{\"doc\": 3}\n"), "in.jsonl", nil)
	if err == nil || !strings.Contains(err.Error(), "in.jsonl:2: doc: want a string") {
		t.Errorf("got %v", err)
	}
}

// FuzzReadGold checks that no input makes the gold reader panic, and that
// whatever it accepts is well formed.
func FuzzReadGold(f *testing.F) {
	f.Add([]byte(`{"id": "a", "date": "2011-01-02", "text": "x", "events": [{"source": "PRK", "target": "RUS", "cameo": "051"}]}`))
	f.Add([]byte("{\"id\":\"a\"}\n{\"id\":\"a\"}"))
	f.Add([]byte(`{"id": "a", "events": [{"source": 1}]}`))
	f.Add([]byte("\n\n{}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := ReadGold(bytes.NewReader(b), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") && !strings.Contains(err.Error(), " fuzz:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, g := range items {
			if g.ID == "" || g.Line < 1 {
				t.Fatalf("accepted %+v", g)
			}
			res := Match(g.Events, nil)
			if res.Counts.FN > len(g.Events) {
				t.Fatalf("more misses than events: %+v", res)
			}
		}
	})
}

func TestWriteTotals(t *testing.T) {
	items := []Gold{{ID: "a", Text: "Laos praised the DPRK.", Events: []GoldEvent{{Source: "LAO", Target: "PRK", CAMEO: "051"}}}}
	r := Evaluate(items, map[string][]demarche.Event{"a": {ev("USA", "PRK", "111")}}, 0)
	var b bytes.Buffer
	if err := r.WriteTotals(&b, "t", false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Laos") || strings.Contains(b.String(), "\nroot ") || !strings.Contains(b.String(), "(tp 0, fp 1, fn 1)") ||
		!strings.Contains(b.String(), "missed by cause  silent 0  target 0  source 0  root 0  other 1") {
		t.Errorf("totals:\n%s", b.String())
	}
	b.Reset()
	if err := r.WriteTotals(&b, "t", true); err != nil || strings.Contains(b.String(), "Laos") || strings.Contains(b.String(), "by_root") {
		t.Errorf("json totals: %v\n%s", err, b.String())
	}
}

// TestMissCauses: each missed gold event is put down to what the coder did
// with its item instead, the first cause that holds winning.
func TestMissCauses(t *testing.T) {
	gold := []GoldEvent{{Source: "LAOGOV", Target: "PRKGOV", CAMEO: "051"}}
	for _, tc := range []struct {
		name string
		got  []demarche.Event
		want MissCause
	}{
		{"nothing coded", nil, CauseSilent},
		{"wrong target", []demarche.Event{ev("LAO", "CHN", "051")}, CauseTarget},
		{"wrong source", []demarche.Event{ev("VNM", "PRK", "057")}, CauseSource},
		{"wrong root", []demarche.Event{ev("LAO", "PRK", "036")}, CauseRoot},
		{"unrelated event", []demarche.Event{ev("USA", "CHN", "111")}, CauseOther},
		{"target before root", []demarche.Event{ev("LAO", "PRK", "036"), ev("LAO", "---", "051")}, CauseTarget},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Evaluate([]Gold{{ID: "a", Events: gold}}, map[string][]demarche.Event{"a": tc.got}, 0)
			if r.ByCause[tc.want] != 1 || len(r.ByCause) != 1 || r.Missed[0].Cause != tc.want {
				t.Errorf("causes %v (listed %q), want one %s", r.ByCause, r.Missed[0].Cause, tc.want)
			}
		})
	}
	// a right event is no near miss of another gold event
	two := []GoldEvent{{Source: "LAO", Target: "PRK", CAMEO: "051"}, {Source: "LAO", Target: "CHN", CAMEO: "051"}}
	r := Evaluate([]Gold{{ID: "a", Events: two}}, map[string][]demarche.Event{"a": {ev("LAO", "PRK", "051")}}, 0)
	if r.ByCause[CauseOther] != 1 {
		t.Errorf("causes %v, want other 1", r.ByCause)
	}
}
