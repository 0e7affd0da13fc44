package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/queue"
)

func runWorker(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "worker", "",
		"Takes documents from the queue that `demarche ingest --queue` fills, codes them\n"+
			"and stores them in batches, one transaction each; a message is acknowledged\n"+
			"once its document is stored. Run as many workers as you like, on any\n"+
			"machines, all with the same --queue and --db (PostgreSQL); add or stop them\n"+
			"at any time (SIGTERM or Ctrl-C: the documents coded are written, the others\n"+
			"given back). Documents that cannot be coded or stored go to the dead letters\n"+
			"with the error (`demarche status --queue` shows them).")
	var qf queueFlags
	qf.add(fs, true)
	db := dbFlag(fs)
	batch := fs.Int("batch", queue.DefaultBatch, "documents fetched at once and written per transaction")
	parallel := fs.Int("parallel", runtime.GOMAXPROCS(0), "documents coded at once")
	ackWait := fs.Duration("ack-wait", queue.DefaultAckWait, "time after which a document taken by a worker that went silent is delivered again")
	maxDeliver := fs.Int("max-deliver", queue.DefaultMaxDeliver, "deliveries of a document before it goes to the dead letters")
	maxAckPending := fs.Int("max-ack-pending", queue.DefaultMaxAckPending, "documents delivered and not yet acknowledged, over all workers (more than workers × batch)")
	name := fs.String("name", "", "name of the worker in status and dead letters (default HOST-PID)")
	quiet := fs.Bool("quiet", false, "log only warnings and errors")
	var dicts dictFlags
	dicts.add(fs)
	dicts.addLimit(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected arguments %q", fs.Args())
	}
	cfg := qf.config(env, true)
	if cfg.URL == "" {
		return usageError(fs, "--queue is required (or $%s)", queueEnv)
	}
	cfg.AckWait, cfg.MaxDeliver, cfg.MaxAckPending = *ackWait, *maxDeliver, *maxAckPending
	cfg.Name = "demarche worker"
	update := false
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "ack-wait", "max-deliver", "max-ack-pending":
			update = true
		}
	})
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))

	lessGC(env)
	c, err := dicts.docCoder()
	if err != nil {
		return err
	}
	st, err := openRetrying(ctx, log, "database", func() (demarche.Store, error) { return openStore(ctx, env, *db) })
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := openRetrying(ctx, log, "queue", func() (*queue.Queue, error) { return queue.Open(ctx, cfg) })
	if err != nil {
		return err
	}
	defer q.Close()
	w := q.NewWorker(st, c, queue.Options{Batch: *batch, Parallel: *parallel, UpdateConsumer: update, Name: *name, Log: log})
	done := make(chan struct{})
	go func() {
		// A line a minute while there is work.
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		last := -1
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			s := w.Stats()
			if s.Done() != last {
				log.Info("progress", "documents", s.Done(), "added", s.Added+s.Replaced, "skipped", s.Skipped+s.Unchanged,
					"events", s.Events, "dead", s.Dead, "rate", fmt.Sprintf("%.0f/s", s.Rate))
				last = s.Done()
			}
		}
	}()
	err = w.Run(ctx)
	close(done)
	s := w.Stats()
	fmt.Fprintf(env.Stderr, "demarche worker: %d documents: %d added, %d replaced, %d skipped (already stored), %d near-duplicates linked; %d sentences, %d events; %d dead letters\n",
		s.Done(), s.Added, s.Replaced, s.Skipped+s.Unchanged, s.Duplicates, s.Sentences, s.Events, s.Dead)
	return err
}

// openRetrying opens a dependency, waiting with back-off while it is
// unavailable (a worker may start before the database or NATS), until ctx
// ends; other errors are returned at once.
func openRetrying[T any](ctx context.Context, log *slog.Logger, what string, open func() (T, error)) (T, error) {
	wait := time.Second
	for {
		v, err := open()
		if err == nil || demarche.ErrorCode(err) != demarche.EUNAVAILABLE {
			return v, err
		}
		log.Warn(what+" unavailable; retrying", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return v, err
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}
