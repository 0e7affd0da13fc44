package storetest

import (
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// testQuestions: questions are stored, listed by ID, replaced and removed.
func testQuestions(t *testing.T, s demarche.Store) {
	qs, ok := s.(demarche.QuestionStore)
	if !ok {
		t.Skip("the store keeps no questions")
	}
	a := &demarche.Question{ID: "b-troops", Name: "Troops", Terms: []string{"troops", "deploy*"}, Actors: []string{"PRK", "RUS"}, Track: []string{"RUS"}}
	b := &demarche.Question{ID: "a-grain", Name: "Grain", Terms: []string{"grain"}, Track: []string{"UKR"}, From: "2024-01-01",
		Stances: map[string]string{"013": "acknowledge"}}
	for _, q := range []*demarche.Question{a, b} {
		if replaced, err := qs.PutQuestion(ctx, q); err != nil || replaced {
			t.Fatalf("PutQuestion(%s) = %v, %v; want false, nil", q.ID, replaced, err)
		}
	}
	got, err := qs.Questions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "a-grain" || got[1].ID != "b-troops" || got[0].Stances["013"] != "acknowledge" || got[1].Terms[1] != "deploy*" {
		t.Fatalf("Questions = %+v", got)
	}
	a2 := *a
	a2.Name = "Troops abroad"
	if replaced, err := qs.PutQuestion(ctx, &a2); err != nil || !replaced {
		t.Fatalf("PutQuestion again = %v, %v; want true, nil", replaced, err)
	}
	if err := qs.DeleteQuestion(ctx, "a-grain"); err != nil {
		t.Fatal(err)
	}
	wantCode(t, qs.DeleteQuestion(ctx, "a-grain"), demarche.ENOTFOUND)
	got, _ = qs.Questions(ctx)
	if len(got) != 1 || got[0].Name != "Troops abroad" {
		t.Fatalf("after replace and delete: %+v", got)
	}
}

// testWatchSources: a source's lease excludes other owners until it
// expires, and its state survives.
func testWatchSources(t *testing.T, s demarche.Store) {
	ws, ok := s.(demarche.WatchStore)
	if !ok {
		t.Skip("the store keeps no watch state")
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	st, ok, err := ws.LeaseSource(ctx, "http://x/feed", "w1", now, now.Add(time.Minute))
	if err != nil || !ok || st.Name != "http://x/feed" || st.ETag != "" {
		t.Fatalf("first lease = %+v, %v, %v", st, ok, err)
	}
	if _, ok, err := ws.LeaseSource(ctx, "http://x/feed", "w2", now.Add(30*time.Second), now.Add(2*time.Minute)); err != nil || ok {
		t.Fatalf("second owner got a held lease: %v, %v", ok, err)
	}
	st.ETag, st.HTTPStatus, st.Documents, st.NextPoll = `"v1"`, 200, 3, now.Add(15*time.Minute)
	st.Files = map[string]string{"a.txt": "10:1"}
	if err := ws.SaveSource(ctx, st, "w1"); err != nil {
		t.Fatal(err)
	}
	st2, ok, err := ws.LeaseSource(ctx, "http://x/feed", "w2", now.Add(40*time.Second), now.Add(2*time.Minute))
	if err != nil || !ok || st2.ETag != `"v1"` || st2.Documents != 3 || st2.Files["a.txt"] != "10:1" || !st2.NextPoll.Equal(now.Add(15*time.Minute)) {
		t.Fatalf("lease after release = %+v, %v, %v", st2, ok, err)
	}
	// w2 dies holding the lease: it expires.
	if _, ok, _ := ws.LeaseSource(ctx, "http://x/feed", "w1", now.Add(3*time.Minute), now.Add(4*time.Minute)); !ok {
		t.Fatal("an expired lease was not taken over")
	}
	all, err := ws.Sources(ctx)
	if err != nil || len(all) != 1 || all[0].HTTPStatus != 200 {
		t.Fatalf("Sources = %+v, %v", all, err)
	}
	if err := ws.SetWatermark(ctx, "signals", "x1"); err != nil {
		t.Fatal(err)
	}
	ws.SetWatermark(ctx, "signals", "x2")
	if v, err := ws.Watermark(ctx, "signals"); v != "x2" || err != nil {
		t.Fatalf("Watermark = %q, %v", v, err)
	}
	if v, err := ws.Watermark(ctx, "none"); v != "" || err != nil {
		t.Fatalf("unset Watermark = %q, %v", v, err)
	}
}

// testAlerts: a signal is one alert pending for every endpoint; the same
// signal again changes nothing; a grown one revises it; deliveries are
// leased once, retried, done.
func testAlerts(t *testing.T, s demarche.Store) {
	ws, ok := s.(demarche.WatchStore)
	if !ok {
		t.Skip("the store keeps no alerts")
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	surge := demarche.Signal{ID: "s1", Kind: demarche.SignalSurge, Score: 6, Source: "PRK", Target: "RUS", Date: "2024-10-02", From: "2024-10-01", To: "2024-10-03", Title: "surge"}
	nov := demarche.Signal{ID: "n1", Kind: demarche.SignalNovelty, Score: 7, Source: "PRK", Target: "UKR", Date: "2024-11-01", From: "2024-11-01", To: "2024-11-01", CAMEO: "190"}
	eps := []string{"http://hook/a", "http://hook/b"}
	res, err := ws.RecordSignals(ctx, []demarche.Signal{surge, nov}, eps, now)
	if err != nil || res.New != 2 || res.Updated != 0 {
		t.Fatalf("RecordSignals = %+v, %v", res, err)
	}
	if res, _ := ws.RecordSignals(ctx, []demarche.Signal{surge, nov}, eps, now); res.New != 0 || res.Updated != 0 {
		t.Fatalf("the same signals again: %+v", res)
	}
	ds, err := ws.LeaseDeliveries(ctx, "w1", now, now.Add(time.Minute), 10)
	if err != nil || len(ds) != 4 || ds[0].Signal == nil {
		t.Fatalf("LeaseDeliveries = %+v, %v", ds, err)
	}
	if more, _ := ws.LeaseDeliveries(ctx, "w2", now, now.Add(time.Minute), 10); len(more) != 0 {
		t.Fatalf("leased deliveries were leased again: %+v", more)
	}
	for i := range ds {
		d := &ds[i]
		ok := !(d.Alert == "s1" && d.Endpoint == "http://hook/a")
		if err := ws.FinishDelivery(ctx, d, ok, map[bool]int{true: 200, false: 500}[ok], map[bool]string{false: "HTTP 500"}[ok], now.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if due, _ := ws.LeaseDeliveries(ctx, "w2", now.Add(30*time.Second), now.Add(time.Minute), 10); len(due) != 0 {
		t.Fatalf("a failed delivery was due before its next try: %+v", due)
	}
	due, _ := ws.LeaseDeliveries(ctx, "w2", now.Add(2*time.Minute), now.Add(3*time.Minute), 10)
	if len(due) != 1 || due[0].Alert != "s1" || due[0].Attempts != 1 || due[0].LastStatus != 500 {
		t.Fatalf("retry = %+v", due)
	}
	ws.FinishDelivery(ctx, &due[0], true, 204, "", time.Time{})

	// The surge goes on the next day: the same alert, revised; a later
	// signal of the same kind and pair that does not touch it is new.
	grown := surge
	grown.ID, grown.To, grown.Score = "s2", "2024-10-09", 9
	later := surge
	later.ID, later.From, later.To = "s3", "2025-03-01", "2025-03-02"
	res, err = ws.RecordSignals(ctx, []demarche.Signal{grown, later}, eps, now.Add(time.Hour))
	if err != nil || res.New != 1 || res.Updated != 1 {
		t.Fatalf("grown and later = %+v, %v", res, err)
	}
	alerts, err := ws.Alerts(ctx, 0)
	if err != nil || len(alerts) != 3 {
		t.Fatalf("Alerts = %+v, %v", alerts, err)
	}
	var s1 *demarche.Alert
	for i := range alerts {
		if alerts[i].ID == "s1" {
			s1 = &alerts[i]
		}
	}
	if s1 == nil || s1.Revision != 2 || s1.Signal.To != "2024-10-09" || len(s1.Deliveries) != 2 || s1.Deliveries[0].Done {
		t.Fatalf("revised alert = %+v", s1)
	}
	due, _ = ws.LeaseDeliveries(ctx, "w1", now.Add(2*time.Hour), now.Add(3*time.Hour), 10)
	if len(due) != 4 {
		t.Fatalf("after the revision, %d deliveries due, want 4 (2 revised, 2 new)", len(due))
	}
}
