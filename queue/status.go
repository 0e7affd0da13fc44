package queue

import (
	"context"
	"encoding/json"
	"errors"
	"sort"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Status is the state of the queue: its depth, its workers, their
// throughput, and the dead letters.
type Status struct {
	URL    string `json:"url"`
	Stream string `json:"stream"`

	// Messages is the number of documents in the stream: not yet
	// delivered, being worked on, or given up by the server and not yet
	// moved to the dead letters.
	Messages uint64 `json:"messages"`
	// Pending is the number of documents not yet delivered to a worker.
	Pending uint64 `json:"pending"`
	// AckPending is the number of documents delivered and not yet
	// acknowledged: being coded or written, or held by a worker that
	// stopped, until AckWait.
	AckPending int `json:"ack_pending"`
	// Redelivered is the number of documents among them delivered more
	// than once.
	Redelivered int `json:"redelivered"`
	// Waiting is the number of fetches waiting for documents: idle
	// workers.
	Waiting int `json:"waiting"`

	AckWait       time.Duration `json:"ack_wait"`
	MaxDeliver    int           `json:"max_deliver"`
	MaxAckPending int           `json:"max_ack_pending"`

	// Workers are the workers that sent a heartbeat in the last 30
	// seconds, by name; those silent for 3 × HeartbeatEvery are marked.
	Workers []WorkerStats `json:"workers"`
	// Rate and SentenceRate are the documents and sentences finished per
	// second by all the workers, over the last minute.
	Rate         float64 `json:"rate"`
	SentenceRate float64 `json:"sentence_rate"`

	// Dead is the number of dead letters, and LastDead the last ones.
	Dead     uint64       `json:"dead"`
	LastDead []DeadLetter `json:"last_dead"`
}

// Status reads the state of the queue. It returns EUNAVAILABLE when NATS
// cannot be reached.
func (q *Queue) Status(ctx context.Context) (*Status, error) {
	st := &Status{URL: q.nc.ConnectedUrlRedacted(), Stream: q.cfg.Stream, Workers: []WorkerStats{}, LastDead: []DeadLetter{}}
	stream, err := q.js.Stream(ctx, q.cfg.Stream)
	if err != nil {
		return nil, q.wrap("stream", err)
	}
	si, err := stream.Info(ctx)
	if err != nil {
		return nil, q.wrap("stream", err)
	}
	st.Messages = si.State.Msgs
	st.Pending = si.State.Msgs // until a consumer says otherwise
	cons, err := stream.Consumer(ctx, DefaultConsumer)
	switch {
	case err == nil:
		ci, err := cons.Info(ctx)
		if err != nil {
			return nil, q.wrap("consumer", err)
		}
		st.Pending, st.AckPending, st.Redelivered, st.Waiting = ci.NumPending, ci.NumAckPending, ci.NumRedelivered, ci.NumWaiting
		st.AckWait, st.MaxDeliver, st.MaxAckPending = ci.Config.AckWait, ci.Config.MaxDeliver, ci.Config.MaxAckPending
	case !errors.Is(err, jetstream.ErrConsumerNotFound):
		return nil, q.wrap("consumer", err)
	}
	if kv, err := q.js.KeyValue(ctx, q.cfg.workersBucket()); err == nil {
		keys, err := kv.Keys(ctx)
		if err != nil && !errors.Is(err, jetstream.ErrNoKeysFound) {
			return nil, q.wrap("heartbeats", err)
		}
		for _, k := range keys {
			e, err := kv.Get(ctx, k)
			if err != nil {
				continue // expired meanwhile
			}
			var ws WorkerStats
			if json.Unmarshal(e.Value(), &ws) == nil {
				ws.Silent = time.Since(ws.Updated) > 3*HeartbeatEvery
				st.Workers = append(st.Workers, ws)
				if !ws.Silent {
					st.Rate += ws.Rate
					st.SentenceRate += ws.SentenceRate
				}
			}
		}
		sort.Slice(st.Workers, func(i, j int) bool { return st.Workers[i].Name < st.Workers[j].Name })
	}
	if ds, err := q.js.Stream(ctx, q.cfg.deadStream()); err == nil {
		if di, err := ds.Info(ctx); err == nil {
			st.Dead = di.State.Msgs
		}
		if st.Dead > 0 {
			if st.LastDead, err = q.DeadLetters(ctx, 5); err != nil {
				return nil, err
			}
		}
	}
	return st, nil
}
