package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/queue/natstest"
	"github.com/demarche-project/demarche/source"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
)

// BenchmarkQueue measures the distributed path on this machine, with the
// built command, an embedded NATS server and PostgreSQL on loopback (both
// on the same cores as the workers), on the KCNA stories of 2011 (../shared;
// generated stories when absent; $DEMARCHE_BENCH_STORIES limits them):
//
//   - store-put: PostgreSQL's write rate, Store.Put of documents coded
//     beforehand, 100 and 500 documents per transaction;
//   - ingest: `demarche ingest --db postgres://…` (in-process, all cores);
//   - publish: `demarche ingest --queue`;
//   - workers=N: N worker processes of one coding goroutine each, then one
//     worker of two (parallel=2, the same cores as ingest): from their
//     start until every document is stored. "steady" rates leave out the
//     start (dictionaries) and the tail: from 10% to 90% of the documents.
//
// PostgreSQL runs with synchronous_commit on, as in production, but with
// pgtest's fsync=off: on a real disk each commit waits for a flush as well
// (a few milliseconds per transaction of 100 documents or more).
// Run:
//
//	go test ./cmd/demarche -run XXX -bench Queue -benchtime 1x -timeout 60m
func BenchmarkQueue(b *testing.B) {
	n := 1 << 30
	if v, err := strconv.Atoi(os.Getenv("DEMARCHE_BENCH_STORIES")); err == nil && v > 0 {
		n = v
	}
	corpus, what := queueCorpus(b, n)
	pg, skip, err := pgtest.Start()
	if err != nil {
		b.Fatal(err)
	}
	if skip != "" {
		b.Skip(skip)
	}
	defer pg.Stop()
	durableCommits(b, pg.URL)
	bin := buildBench(b)
	ns, err := natstest.Start("")
	if err != nil {
		b.Fatal(err)
	}
	defer ns.Stop()
	ctx := context.Background()
	b.Logf("input: %s", what)

	var total, sentences int
	b.Run("store-put", func(b *testing.B) {
		for b.Loop() {
			coded := codeAll(b, corpus)
			total = len(coded)
			for _, batch := range []int{100, 500} {
				st, err := openDB(ctx, pg.Schema(b), forWriting)
				if err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				var res demarche.PutResult
				for lo := 0; lo < len(coded); lo += batch {
					r, err := st.Put(ctx, "bench", coded[lo:min(lo+batch, len(coded))])
					if err != nil {
						b.Fatal(err)
					}
					res.Added += r.Added
					res.Sentences += r.Sentences
					res.Events += r.Events
				}
				took := time.Since(t0).Seconds()
				st.Close()
				sentences = res.Sentences
				b.ReportMetric(float64(res.Added)/took, fmt.Sprintf("docs/s@batch%d", batch))
				b.ReportMetric(float64(res.Sentences)/took, fmt.Sprintf("sentences/s@batch%d", batch))
				b.Logf("Store.Put, batches of %d: %d documents, %d sentences, %d events in %.2fs: %.0f documents/s, %.0f sentences/s, %.0f events/s",
					batch, res.Added, res.Sentences, res.Events, took, float64(res.Added)/took, float64(res.Sentences)/took, float64(res.Events)/took)
			}
		}
	})

	b.Run("ingest", func(b *testing.B) {
		for b.Loop() {
			dsn := pg.Schema(b)
			pg0 := pgtest.ServerCPU(dsn)
			t0 := time.Now()
			cmd := exec.Command(bin, "ingest", "--quiet", "--db", dsn, corpus)
			if out, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("ingest: %v\n%s", err, out)
			}
			took := time.Since(t0).Seconds()
			reportRate(b, "in-process ingest, 2 cores", total, sentences, took, 0)
			reportCPU(b, total, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime(), pgtest.ServerCPU(dsn)-pg0, 0)
		}
	})

	stream := 0
	publish := func(b *testing.B) string {
		stream++
		name := fmt.Sprintf("BENCH%d", stream)
		t0 := time.Now()
		if out, err := exec.Command(bin, "ingest", "--quiet", "--queue", ns.URL, "--stream", name, corpus).CombinedOutput(); err != nil {
			b.Fatalf("ingest --queue: %v\n%s", err, out)
		}
		return fmt.Sprintf("%s %.3f", name, time.Since(t0).Seconds())
	}
	b.Run("publish", func(b *testing.B) {
		for b.Loop() {
			f := strings.Fields(publish(b))
			took, _ := strconv.ParseFloat(f[1], 64)
			b.ReportMetric(float64(total)/took, "docs/s")
			b.Logf("ingest --queue: %d documents in %.2fs: %.0f documents/s", total, took, float64(total)/took)
		}
	})

	for _, c := range []struct{ workers, parallel int }{{1, 1}, {2, 1}, {4, 1}, {1, 2}} {
		b.Run(fmt.Sprintf("workers=%d,parallel=%d", c.workers, c.parallel), func(b *testing.B) {
			for b.Loop() {
				name := strings.Fields(publish(b))[0]
				dsn := pg.Schema(b)
				st, err := openDB(ctx, dsn, forWriting)
				if err != nil {
					b.Fatal(err)
				}
				var procs []*exec.Cmd
				pg0, self0 := pgtest.ServerCPU(dsn), selfCPU()
				t0 := time.Now()
				for i := range c.workers {
					cmd := exec.Command(bin, "worker", "--quiet", "--queue", ns.URL, "--stream", name, "--db", dsn,
						"--parallel", strconv.Itoa(c.parallel), "--name", fmt.Sprintf("bench%d", i))
					cmd.Stderr = io.Discard
					cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
					if err := cmd.Start(); err != nil {
						b.Fatal(err)
					}
					procs = append(procs, cmd)
				}
				var t10, t90 time.Time
				for {
					s, err := st.Stats(ctx)
					if err != nil {
						b.Fatal(err)
					}
					now := time.Now()
					if t10.IsZero() && s.Documents >= int64(total/10) {
						t10 = now
					}
					if t90.IsZero() && s.Documents >= int64(total*9/10) {
						t90 = now
					}
					if s.Documents >= int64(total) {
						break
					}
					if now.Sub(t0) > 30*time.Minute {
						b.Fatalf("%d/%d documents after 30 minutes", s.Documents, total)
					}
					time.Sleep(20 * time.Millisecond)
				}
				took := time.Since(t0).Seconds()
				pgCPU, self := pgtest.ServerCPU(dsn)-pg0, selfCPU()-self0
				st.Close()
				var workerCPU time.Duration
				for _, p := range procs {
					p.Process.Signal(syscall.SIGTERM)
					p.Wait()
					workerCPU += p.ProcessState.UserTime() + p.ProcessState.SystemTime()
				}
				reportRate(b, fmt.Sprintf("%d worker(s) × %d coding goroutine(s)", c.workers, c.parallel), total, sentences, took, t90.Sub(t10).Seconds())
				reportCPU(b, total, workerCPU, pgCPU, self)
			}
		})
	}
}

// reportRate reports documents and sentences per second, over the whole run
// and, when steady > 0, from 10% to 90% of the documents.
func reportRate(b *testing.B, what string, docs, sentences int, took, steady float64) {
	b.ReportMetric(float64(docs)/took, "docs/s")
	b.ReportMetric(float64(sentences)/took, "sentences/s")
	line := fmt.Sprintf("%s: %d documents, %d sentences in %.2fs: %.0f documents/s, %.0f sentences/s", what, docs, sentences, took, float64(docs)/took, float64(sentences)/took)
	if steady > 0 {
		d := float64(docs*8/10) / steady
		b.ReportMetric(d, "steady-docs/s")
		line += fmt.Sprintf("; steady %.0f documents/s, %.0f sentences/s", d, d*float64(sentences)/float64(docs))
	}
	b.Log(line)
}

// codeAll codes every document of a file in-process, on all cores.
func codeAll(b *testing.B, path string) []*demarche.Coded {
	var d dictFlags
	c, err := d.docCoder()
	if err != nil {
		b.Fatal(err)
	}
	rd := ingest.NewReader(context.Background(), []string{path}, source.Options{}, false, func(err error) { b.Log(err) })
	defer rd.Close()
	var out []*demarche.Coded
	if _, err := ingest.Code(context.Background(), c, rd, 0, func(cd *demarche.Coded) error {
		out = append(out, cd)
		return nil
	}, func(d *demarche.Document, err error) { b.Log(err) }); err != nil {
		b.Fatal(err)
	}
	return out
}

// buildBench builds the command into a temporary folder and returns its
// path.
func buildBench(b *testing.B) string {
	b.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go tool to build the command with")
	}
	bin := filepath.Join(b.TempDir(), "demarche")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// reportCPU reports the CPU time that coding and storing took: the
// command's (ingest or the workers), PostgreSQL's, and, for the queue, the
// benchmark process's, which runs the NATS server.
func reportCPU(b *testing.B, docs int, cmd, pg, nats time.Duration) {
	b.ReportMetric(float64(docs)/cmd.Seconds(), "docs/cpu-s")
	line := fmt.Sprintf("CPU: demarche %.1fs (%.0f documents per CPU-second), PostgreSQL %.1fs", cmd.Seconds(), float64(docs)/cmd.Seconds(), pg.Seconds())
	if nats > 0 {
		line += fmt.Sprintf(", NATS (and the benchmark's polling) %.1fs", nats.Seconds())
	}
	b.Log(line)
}

// selfCPU returns the user and system CPU time of this process.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
