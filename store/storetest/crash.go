package storetest

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// OpenDSN opens a store by its data source, in the test process and in the
// child processes of Crash.
type OpenDSN func(ctx context.Context, dsn string) (demarche.Store, error)

const (
	crashEnv   = "DEMARCHE_STORETEST_CRASH_DSN"
	crashBatch = 15
	crashDocs  = 400
	crashKills = 6
)

// IsCrashChild reports whether this process is an ingest started by Crash:
// a backend's TestMain then starts no server of its own, since the child
// uses the store it is given (and is killed before it could stop one).
func IsCrashChild() bool { return os.Getenv(crashEnv) != "" }

// CrashChild is the ingest that Crash kills: a backend calls it from a test
// named TestCrashChild, which does nothing unless Crash started it. It puts
// the crash fixture in batches from the start, as a restarted ingest does,
// and prints a line after each committed batch.
func CrashChild(t *testing.T, open OpenDSN) {
	dsn := os.Getenv(crashEnv)
	if dsn == "" {
		t.Skip("run by Crash only")
	}
	s, err := open(ctx, dsn)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	fx := NewFixture(42, crashDocs)
	for lo := 0; lo < len(fx.Coded); lo += crashBatch {
		if _, err := s.Put(ctx, "v1", fx.Coded[lo:min(lo+crashBatch, len(fx.Coded))]); err != nil {
			fmt.Println("put:", err)
			os.Exit(2)
		}
		fmt.Println("batch", lo/crashBatch)
	}
	s.Close()
	fmt.Println("done")
	os.Exit(0)
}

// Crash kills an ingest (CrashChild in a child process) with SIGKILL at
// random moments, checking after each kill that every batch is either whole
// or absent, then lets one finish and checks that every document and every
// event is stored exactly once, and that the counters and the dyad rollup
// agree with them. dsn names an empty store that outlives the processes.
func Crash(t *testing.T, dsn string, open OpenDSN) {
	fx := NewFixture(42, crashDocs)
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	batches := (len(fx.Coded) + crashBatch - 1) / crashBatch
	for kill := 0; kill <= crashKills; kill++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+dsn)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		finish := kill == crashKills
		after := r.Intn(batches) // kill after this many committed batches
		seen, done := 0, false
		var last string
		for lines.Scan() {
			last = lines.Text()
			if last == "done" {
				done = true
				break
			}
			seen++
			if !finish && seen > after {
				time.Sleep(time.Duration(r.Intn(4000)) * time.Microsecond)
				cmd.Process.Kill() // SIGKILL
				break
			}
		}
		cmd.Wait()
		if finish && !done {
			t.Fatalf("the last ingest did not finish: %q", last)
		}
		checkBatches(t, dsn, open, fx, finish)
	}
}

// checkBatches opens the store after a kill and checks that each batch of
// the fixture is whole or absent, that the counters match the documents
// present, and, when complete, that everything is there exactly once.
func checkBatches(t *testing.T, dsn string, open OpenDSN, fx *Fixture, complete bool) {
	t.Helper()
	s, err := open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	present := map[string]bool{}
	var want []demarche.Event
	for lo := 0; lo < len(fx.Coded); lo += crashBatch {
		n := 0
		batch := fx.Coded[lo:min(lo+crashBatch, len(fx.Coded))]
		for _, c := range batch {
			_, err := s.Document(ctx, c.Doc.ID)
			switch demarche.ErrorCode(err) {
			case "":
				n++
				present[c.Doc.ID] = true
				want = append(want, c.Events...)
			case demarche.ENOTFOUND:
			default:
				t.Fatal(err)
			}
		}
		if n != 0 && n != len(batch) {
			t.Fatalf("batch %d: %d of %d documents stored", lo/crashBatch, n, len(batch))
		}
	}
	if complete && len(present) != len(fx.Coded) {
		t.Fatalf("%d documents after a complete ingest, want %d", len(present), len(fx.Coded))
	}
	sortEvents(want)
	got := events(t, s, demarche.EventFilter{Duplicates: true})
	if !slices.Equal(ids(got), ids(want)) {
		t.Fatalf("%d events stored, want %d: %s", len(got), len(want), firstDiff(ids(got), ids(want)))
	}
	st := stats(t, s)
	if st.Documents != int64(len(present)) || st.Events != int64(len(want)) {
		t.Fatalf("Stats = %+v with %d documents and %d events present", st, len(present), len(want))
	}
	if complete {
		q := demarche.DyadQuery{A: []string{"PRK"}, B: []string{"USA", "RUS"}, Period: demarche.PeriodQuarter}
		p, err := s.Dyad(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if d := diffPeriods(p, naiveDyad(fx, q)); d != "" {
			t.Fatalf("Dyad after crashes: %s", d)
		}
		if st.CanonicalEvents != int64(len(fx.Canonical)) {
			t.Fatalf("CanonicalEvents = %d, want %d", st.CanonicalEvents, len(fx.Canonical))
		}
	}
}

// Reopen checks that a store opened again keeps its data and records the
// same migrations (read by the backend's migrations function) each time:
// each migration is applied once.
func Reopen(t *testing.T, dsn string, open OpenDSN, migrations func(demarche.Store) ([]string, error)) {
	fx := NewFixture(12, 10)
	var want []string
	for round := 0; round < 3; round++ {
		s, err := open(ctx, dsn)
		if err != nil {
			t.Fatalf("open %d: %v", round, err)
		}
		if round == 0 {
			put(t, s, "v1", fx.Coded...)
		}
		if st := stats(t, s); st.Documents != int64(len(fx.Coded)) || st.Events != int64(len(fx.All)) {
			t.Errorf("open %d: Stats = %+v", round, st)
		}
		got, err := migrations(s)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Fatal("no migration recorded")
		}
		if round == 0 {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("open %d: migrations %v, first %v", round, got, want)
		}
		s.Close()
	}
}
