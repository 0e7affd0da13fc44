package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
)

// advisoryConsumer is the durable consumer of the advisory stream that the
// workers share.
const advisoryConsumer = "dead-letters"

// DeadLetter is a document given up: its message, why, and after how many
// deliveries.
type DeadLetter struct {
	Seq        uint64    `json:"seq"`     // in the dead-letter stream
	DocSeq     uint64    `json:"doc_seq"` // in the stream of documents
	Doc        string    `json:"doc"`     // document ID, when known
	Origin     string    `json:"origin,omitempty"`
	Error      string    `json:"error"`
	Deliveries int       `json:"deliveries"`
	Worker     string    `json:"worker,omitempty"`
	Time       time.Time `json:"time"`
	Data       []byte    `json:"-"` // the message as published
}

// publishDead publishes a message's body to the dead letters with the
// error. The message ID (its sequence in the stream of documents) makes a
// second publish of the same dead letter a duplicate.
func (q *Queue) publishDead(ctx context.Context, data []byte, seq, delivered uint64, worker string, cause error) error {
	msg := nats.NewMsg(q.cfg.deadSubject())
	msg.Data = data
	if d, err := decode(data); err == nil {
		msg.Header.Set(hdrDoc, d.ID)
		if d.Origin != "" {
			msg.Header.Set(hdrOrigin, d.Origin)
		}
	}
	msg.Header.Set(hdrError, oneLine(cause.Error()))
	msg.Header.Set(hdrDeliveries, strconv.FormatUint(delivered, 10))
	msg.Header.Set(hdrSeq, strconv.FormatUint(seq, 10))
	msg.Header.Set(hdrWorker, worker)
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := q.js.PublishMsg(pctx, msg, jetstream.WithMsgID("dead-"+strconv.FormatUint(seq, 10)))
	if err != nil {
		return q.wrap("dead letter", err)
	}
	return nil
}

func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}

// maxDeliveries is the part of the server's max-deliveries advisory that a
// worker reads.
type maxDeliveries struct {
	StreamSeq  uint64 `json:"stream_seq"`
	Deliveries int    `json:"deliveries"`
}

// deadLetters moves the documents that the server stopped delivering (after
// MaxDeliver deliveries none of which was acknowledged: workers crashed or
// stalled on them) to the dead letters, from the advisories kept in the
// advisory stream. Every worker runs it; each advisory goes to one of them.
func (w *Worker) deadLetters(ctx context.Context) {
	var cons jetstream.Consumer
	for ctx.Err() == nil {
		if cons == nil {
			var err error
			cons, err = w.q.js.CreateOrUpdateConsumer(ctx, w.q.cfg.advisoryStream(), jetstream.ConsumerConfig{
				Durable:   advisoryConsumer,
				AckPolicy: jetstream.AckExplicitPolicy,
				AckWait:   time.Minute,
			})
			if err != nil {
				sleep(ctx, HeartbeatEvery)
				continue
			}
		}
		fctx, cancel := context.WithTimeout(ctx, HeartbeatEvery)
		mb, err := cons.Fetch(10, jetstream.FetchContext(fctx))
		if err != nil {
			cancel()
			sleep(ctx, time.Second)
			continue
		}
		for m := range mb.Messages() {
			if err := w.giveUp(ctx, m.Data()); err != nil {
				w.log.Warn("max-deliveries advisory", "err", err)
				m.NakWithDelay(HeartbeatEvery)
				continue
			}
			m.Ack()
		}
		cancel()
	}
}

// giveUp moves the document of one max-deliveries advisory to the dead
// letters and removes it from the stream of documents, unless it was
// stored meanwhile (a last delivery that succeeded late) or is gone.
func (w *Worker) giveUp(ctx context.Context, advisory []byte) error {
	var a maxDeliveries
	if err := json.Unmarshal(advisory, &a); err != nil || a.StreamSeq == 0 {
		return nil // not an advisory we can act on
	}
	stream, err := w.q.js.Stream(ctx, w.q.cfg.Stream)
	if err != nil {
		return err
	}
	raw, err := stream.GetMsg(ctx, a.StreamSeq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil // acknowledged after all
	}
	if err != nil {
		return err
	}
	if d, err := decode(raw.Data); err == nil {
		stored, err := w.st.Hashes(ctx, []string{d.ID})
		if err != nil {
			return err
		}
		if h, ok := stored[d.ID]; ok && h == dedup.Hash(d.Title, d.Text) {
			return ignoreNotFound(stream.DeleteMsg(ctx, a.StreamSeq))
		}
	}
	cause := fmt.Errorf("delivered %d times without being acknowledged: the workers that took it stopped or stalled on it", a.Deliveries)
	if err := w.q.publishDead(ctx, raw.Data, a.StreamSeq, uint64(a.Deliveries), w.opt.Name, cause); err != nil {
		return err
	}
	w.log.Warn("document sent to the dead letters", "seq", a.StreamSeq, "err", cause)
	w.update(func(s *WorkerStats) { s.Dead++ })
	return ignoreNotFound(stream.DeleteMsg(ctx, a.StreamSeq))
}

func ignoreNotFound(err error) error {
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil
	}
	return err
}

// DeadLetters returns the last n dead letters, newest first. It returns
// EUNAVAILABLE when NATS cannot be reached.
func (q *Queue) DeadLetters(ctx context.Context, n int) ([]DeadLetter, error) {
	stream, err := q.js.Stream(ctx, q.cfg.deadStream())
	if err != nil {
		return nil, q.wrap("dead letters", err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return nil, q.wrap("dead letters", err)
	}
	var out []DeadLetter
	for seq := info.State.LastSeq; seq >= info.State.FirstSeq && seq > 0 && len(out) < n; seq-- {
		raw, err := stream.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return nil, q.wrap("dead letters", err)
		}
		dl := DeadLetter{Seq: seq, Time: raw.Time, Data: raw.Data}
		if raw.Header != nil {
			dl.Doc = raw.Header.Get(hdrDoc)
			dl.Origin = raw.Header.Get(hdrOrigin)
			dl.Error = raw.Header.Get(hdrError)
			dl.Worker = raw.Header.Get(hdrWorker)
			dl.Deliveries, _ = strconv.Atoi(raw.Header.Get(hdrDeliveries))
			dl.DocSeq, _ = strconv.ParseUint(raw.Header.Get(hdrSeq), 10, 64)
		}
		out = append(out, dl)
	}
	return out, nil
}

// Document decodes the document of a dead letter. It returns EINVALID when
// the message was not a document.
func (d DeadLetter) Document() (*demarche.Document, error) { return decode(d.Data) }
