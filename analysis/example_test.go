package analysis_test

import (
	"context"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
)

const (
	exampleCorpus   = "../examples/nk-troops-in-russia.jsonl"
	exampleQuestion = "../examples/nk-troops-in-russia.yaml"
)

// TestExampleStances asserts every stance transition, with its date, of the
// example corpus coded by the real coder.
func TestExampleStances(t *testing.T) {
	st := load(t, exampleCorpus)
	q, err := analysis.ReadQuestion(exampleQuestion)
	if err != nil {
		t.Fatal(err)
	}
	an := analysis.New(st, analysis.Options{})
	rep, err := an.Stances(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"RUS": {
			"denied 2024-10-08 → neither confirmed nor denied 2024-10-24",
			"neither confirmed nor denied 2025-01-13 → acknowledged 2025-04-26",
			"acknowledged 2025-04-26 → praised 2025-04-26",
			"praised 2025-04-28 → justified 2025-04-28",
		},
		"PRK": {
			"denied 2024-10-21 → neither confirmed nor denied 2024-10-25",
			"neither confirmed nor denied 2024-10-25 → acknowledged 2025-04-28",
			"acknowledged 2025-04-28 → praised 2025-04-28",
		},
		"KOR": {
			"criticised 2024-10-21 → demanded 2024-10-21",
			"demanded 2024-10-21 → criticised 2024-12-23",
		},
		"USA": {
			"accused 2024-10-28 → criticised 2025-04-28",
		},
	}
	got := map[string][]string{}
	for _, as := range rep.Actors {
		t.Log(analysis.Arc(as))
		for _, tr := range as.Transitions {
			// "previous stance, the day it was last held → new stance,
			// the day it was first held".
			got[as.Actor] = append(got[as.Actor], tr.From+" "+lastDate(as, tr)+" → "+tr.To+" "+tr.Date)
		}
	}
	for actor, w := range want {
		if strings.Join(got[actor], "\n") != strings.Join(w, "\n") {
			t.Errorf("%s transitions:\n%s\nwant:\n%s", actor, strings.Join(got[actor], "\n"), strings.Join(w, "\n"))
		}
	}
	// The arcs the README shows.
	for _, as := range rep.Actors {
		switch as.Actor {
		case "RUS":
			if a := analysis.Arc(as); !strings.HasPrefix(a, "RUS: denied (2024-10-08) → neither confirmed nor denied (2024-10-24) → acknowledged (2025-04-26)") {
				t.Errorf("RUS arc = %s", a)
			}
		case "PRK":
			if a := analysis.Arc(as); !strings.HasPrefix(a, "PRK: denied (2024-10-21) → neither confirmed nor denied (2024-10-25) → acknowledged (2025-04-28)") {
				t.Errorf("PRK arc = %s", a)
			}
		}
	}
	// Every point carries its evidence sentence.
	for _, as := range rep.Actors {
		for _, p := range as.Points {
			if p.Event.Text == "" || p.Date == "" {
				t.Errorf("%s: point without evidence: %+v", as.Actor, p)
			}
		}
	}
}

// lastDate returns the date of the last point of the stance a transition
// leaves.
func lastDate(as demarche.ActorStance, tr demarche.StanceTransition) string {
	last := ""
	for _, p := range as.Points {
		if p.Date > tr.Date || (p.Date == tr.Date && p.Event.ID == tr.Event.ID) {
			break
		}
		if p.Label == tr.From {
			last = p.Date
		}
	}
	return last
}

// TestExampleSignals checks that the stance transitions from denial to
// acknowledgement are the strongest signals of the example.
func TestExampleSignals(t *testing.T) {
	st := load(t, exampleCorpus)
	q, err := analysis.ReadQuestion(exampleQuestion)
	if err != nil {
		t.Fatal(err)
	}
	an := analysis.New(st, analysis.Options{})
	rep, err := an.Signals(context.Background(), demarche.SignalQuery{Questions: []*demarche.Question{q}})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, s := range rep.Signals {
		titles = append(titles, s.Date+" "+s.Title)
		if len(s.Evidence) == 0 {
			t.Errorf("signal without evidence: %s", s.Title)
		}
	}
	all := strings.Join(titles, "\n")
	for _, w := range []string{
		"2025-04-26 RUS on North Korean troops in Russia: neither confirmed nor denied (2024-10-24) → acknowledged (2025-04-26)",
		"2025-04-28 PRK on North Korean troops in Russia: neither confirmed nor denied (2024-10-25) → acknowledged (2025-04-28)",
		"2024-10-24 RUS on North Korean troops in Russia: denied (2024-10-08) → neither confirmed nor denied (2024-10-24)",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing signal %q in\n%s", w, all)
		}
	}
}
