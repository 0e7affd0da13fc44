package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/queue"
	"github.com/demarche-project/demarche/source"
)

// This file holds what `ingest --queue` and `status --queue` add to those
// commands; the worker is in worker.go.

// queueEnv names the queue when a worker or status has no --queue flag.
const queueEnv = "DEMARCHE_QUEUE"

// queueFlags name the queue and, for the commands that may create its
// streams, their settings.
type queueFlags struct {
	url, stream string
	replicas    int
	dedup       time.Duration
}

func (f *queueFlags) add(fs *flag.FlagSet, streams bool) {
	fs.StringVar(&f.url, "queue", "", "NATS JetStream queue: nats://HOST:4222 (several: comma-separated)")
	fs.StringVar(&f.stream, "stream", queue.DefaultStream, "name of the queue's stream")
	if streams {
		fs.IntVar(&f.replicas, "replicas", queue.DefaultReplicas, "copies of each stream on a NATS cluster (when the streams are created)")
		fs.DurationVar(&f.dedup, "dedup-window", queue.DefaultDedupWindow, "how long the stream drops a document published again (when it is created)")
	}
}

// config returns the queue's configuration; the URL is the flag's, else
// $DEMARCHE_QUEUE when fromEnv.
func (f *queueFlags) config(env *Env, fromEnv bool) queue.Config {
	url := f.url
	if url == "" && fromEnv {
		url = env.Getenv(queueEnv)
	}
	return queue.Config{URL: url, Stream: f.stream, Replicas: f.replicas, DedupWindow: f.dedup}
}

// ingestToQueue is `demarche ingest --queue`: it reads the documents as
// ingest does and publishes them to the queue, for workers to code and
// store.
func ingestToQueue(ctx context.Context, env *Env, qf *queueFlags, names []string, in *inputFlags, opts source.Options, dicts *dictFlags, quiet bool) error {
	maxDoc, err := dicts.maxDocSize()
	if err != nil {
		return err
	}
	cfg := qf.config(env, false)
	cfg.Name = "demarche ingest"
	q, err := queue.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	var mu sync.Mutex // the publisher reports from its own goroutine
	report := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(env.Stderr, "demarche ingest: %v\n", err)
	}
	rd := ingest.NewReader(ctx, names, opts, in.strict, report)
	defer rd.Close()
	start := time.Now()
	p := q.NewPublisher(ctx)
	// A document the stream refuses for good (too large) is skipped.
	p.Rejected = report
	read, invalid := 0, 0
	var runErr error
	for {
		d, err := rd.Next()
		if err != nil {
			if !isEOF(err) {
				runErr = err
			}
			break
		}
		read++
		err = ingest.CheckSize(d, maxDoc)
		if err == nil {
			err = p.Publish(d)
		}
		if err != nil {
			if demarche.ErrorCode(err) == demarche.EINVALID && !in.strict {
				report(err)
				invalid++
				continue
			}
			runErr = err
			break
		}
	}
	st, err := p.Close()
	if runErr == nil {
		runErr = err
	}
	failed := rd.Failed() + invalid + st.Rejected
	if !quiet {
		took := time.Since(start)
		line := fmt.Sprintf("%d documents read: %d queued, %d already queued", read, st.Published, st.Duplicates)
		if failed > 0 {
			line += fmt.Sprintf("; %d bad records or inputs", failed)
		}
		line += fmt.Sprintf("; %s, %.0f documents/s; to %s", took.Round(10*time.Millisecond), float64(read)/took.Seconds(), cfg.URL)
		fmt.Fprintf(env.Stderr, "demarche ingest: %s\n", line)
	}
	if runErr != nil {
		fmt.Fprintf(env.Stderr, "demarche ingest: stopped; the %d documents queued stay queued: run the same command again to go on (what is queued already is dropped as a duplicate)\n", st.Published+st.Duplicates)
		if ctx.Err() != nil {
			return exitError{130}
		}
		return runErr
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

func isEOF(err error) bool { return errors.Is(err, io.EOF) }

// queueSection is the section of `status --queue`: the queue's depth, its
// workers, their throughput and the dead letters.
func queueSection(cfg queue.Config) statusSection {
	return statusSection{Name: "queue", Read: func(ctx context.Context, _ demarche.Store) (any, []string, error) {
		cfg.Name = "demarche status"
		q, err := queue.Open(ctx, cfg)
		if err != nil {
			return nil, nil, err
		}
		defer q.Close()
		s, err := q.Status(ctx)
		if err != nil {
			return nil, nil, err
		}
		return s, queueLines(s), nil
	}}
}

// queueLines are the text lines of the queue's status.
func queueLines(s *queue.Status) []string {
	lines := []string{
		fmt.Sprintf("queue\t%s, stream %s", s.URL, s.Stream),
		fmt.Sprintf("queue depth\t%d documents: %d pending, %d being worked on (%d redelivered)", s.Messages, s.Pending, s.AckPending, s.Redelivered),
	}
	if s.MaxDeliver > 0 {
		lines = append(lines, fmt.Sprintf("queue settings\tack wait %v, max deliver %d, max ack pending %d", s.AckWait, s.MaxDeliver, s.MaxAckPending))
	}
	live, idle := 0, 0
	for _, w := range s.Workers {
		switch {
		case w.Silent:
		case w.State == "idle":
			idle++
			live++
		default:
			live++
		}
	}
	line := fmt.Sprintf("workers\t%d live (%d idle)", live, idle)
	if n := len(s.Workers) - live; n > 0 {
		line += fmt.Sprintf(", %d silent (stopped or stalled: what they held is delivered again after the ack wait)", n)
	}
	lines = append(lines, line)
	for _, w := range s.Workers {
		state := w.State
		if w.Silent {
			state = "silent since " + w.Updated.Local().Format(time.TimeOnly)
		}
		line := fmt.Sprintf("  %s\t%s; %d documents (%d added, %d skipped), %d events, %d dead, %d retries; %.0f documents/s",
			w.Name, state, w.Done(), w.Added+w.Replaced, w.Skipped+w.Unchanged, w.Events, w.Dead, w.Retries, w.Rate)
		if w.LastError != "" && !w.Silent && w.State != "idle" && w.State != "working" {
			line += "; " + w.LastError
		}
		lines = append(lines, line)
	}
	lines = append(lines, fmt.Sprintf("throughput\t%.0f documents/s, %.0f sentences/s (last minute)", s.Rate, s.SentenceRate))
	dead := fmt.Sprintf("dead letters\t%d", s.Dead)
	lines = append(lines, dead)
	for _, d := range s.LastDead {
		id := d.Doc
		if id == "" {
			id = fmt.Sprintf("message %d", d.DocSeq)
		}
		lines = append(lines, fmt.Sprintf("  %s\t%s: %s", d.Time.Local().Format(time.DateTime), id, strings.TrimSpace(d.Error)))
	}
	return lines
}
