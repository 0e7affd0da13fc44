package queue

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/demarche-project/demarche"
)

// publishWindow is the number of documents published and not yet
// acknowledged by the stream at once.
const publishWindow = 2048

// publishRetry bounds the retries of one publish: NATS restarting, a leader
// election on a cluster.
const (
	publishAttempts   = 40
	publishRetryFirst = 250 * time.Millisecond
	publishRetryMax   = 5 * time.Second
)

// PublishStats count what a Publisher did.
type PublishStats struct {
	Published  int // documents the stream took
	Duplicates int // documents the stream already had (same ID and content within the duplicate window)
	Retried    int // publishes sent again after a time-out or a lost connection
	Rejected   int // documents the queue cannot carry (too large): reported and skipped
}

// Publisher publishes documents to the queue, asynchronously, with at most
// a window of them awaiting the stream's acknowledgement. Use it from one
// goroutine; Stats may be read from any.
type Publisher struct {
	// Rejected, when set, receives the EINVALID error of each document
	// that the stream refused for good after Publish returned (larger than
	// the stream's largest message): the document is skipped, the others
	// go on. It is called from another goroutine, one call at a time.
	Rejected func(error)

	q       *Queue
	ctx     context.Context
	pending chan *pubItem
	done    chan struct{}

	mu    sync.Mutex
	stats PublishStats
	err   error
}

type pubItem struct {
	msg *nats.Msg
	doc string // the document ID
	src string // its origin
	id  string
	fut jetstream.PubAckFuture
	err error // of PublishMsgAsync itself
}

// NewPublisher returns a publisher to the queue. ctx bounds its retries.
func (q *Queue) NewPublisher(ctx context.Context) *Publisher {
	p := &Publisher{q: q, ctx: ctx, pending: make(chan *pubItem, publishWindow), done: make(chan struct{})}
	go p.confirm()
	return p
}

// Publish sends a document. It returns EINVALID for a document without an
// ID or larger than the largest message that the NATS server carries (its
// max_payload): that document is not sent, and the next ones may be. It
// returns the error of an earlier document that could not be published
// (EUNAVAILABLE after the retries); it blocks while the window is full.
func (p *Publisher) Publish(d *demarche.Document) error {
	if err := p.Err(); err != nil {
		return err
	}
	if d.ID == "" {
		return demarche.Errorf(demarche.EINVALID, "queue: document without an id (%s)", d.Origin)
	}
	data, err := encode(d)
	if err != nil {
		return demarche.Errorf(demarche.EINVALID, "queue: document %s: %v", d.ID, err)
	}
	msg := nats.NewMsg(p.q.cfg.docSubject())
	msg.Data = data
	msg.Header.Set(hdrDoc, d.ID)
	it := &pubItem{msg: msg, doc: d.ID, src: d.Origin, id: MsgID(d)}
	if size, most := msgSize(msg, it.id), p.q.nc.MaxPayload(); int64(size) > most {
		return tooLarge(d.ID, d.Origin, size, most)
	}
	it.fut, it.err = p.q.js.PublishMsgAsync(msg, jetstream.WithMsgID(it.id))
	select {
	case p.pending <- it:
		return nil
	case <-p.ctx.Done():
		return p.ctx.Err()
	}
}

// confirm waits for the acknowledgement of each publish, in order, and
// publishes again, synchronously, those that failed.
func (p *Publisher) confirm() {
	defer close(p.done)
	for it := range p.pending {
		var ack *jetstream.PubAck
		err := it.err
		if err == nil {
			select {
			case ack = <-it.fut.Ok():
			case err = <-it.fut.Err():
			case <-p.ctx.Done():
				err = p.ctx.Err()
			}
		}
		if err != nil && p.ctx.Err() == nil && !permanent(err) {
			ack, err = p.retry(it)
		}
		p.mu.Lock()
		switch {
		case err != nil && permanent(err):
			// This document, not the queue: skip it.
			p.stats.Rejected++
			if p.Rejected != nil {
				p.Rejected(demarche.Errorf(demarche.EINVALID, "%squeue: document %s: the stream refused it for good: %v", origin(it.src), it.doc, err))
			}
		case err != nil:
			if p.err == nil {
				p.err = p.q.wrap("publish", err)
			}
		case ack.Duplicate:
			p.stats.Duplicates++
		default:
			p.stats.Published++
		}
		p.mu.Unlock()
	}
}

// retry publishes a message again, with back-off, until the stream takes
// it or the attempts run out. The message ID makes a retry of a publish
// that had in fact been stored a duplicate, which the stream drops.
func (p *Publisher) retry(it *pubItem) (*jetstream.PubAck, error) {
	wait := publishRetryFirst
	var err error
	for range publishAttempts {
		p.mu.Lock()
		p.stats.Retried++
		p.mu.Unlock()
		ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
		var ack *jetstream.PubAck
		ack, err = p.q.js.PublishMsg(ctx, it.msg, jetstream.WithMsgID(it.id))
		cancel()
		if err == nil || permanent(err) {
			return ack, err
		}
		if p.ctx.Err() != nil {
			return nil, p.ctx.Err()
		}
		select {
		case <-time.After(wait):
		case <-p.ctx.Done():
			return nil, p.ctx.Err()
		}
		wait = min(2*wait, publishRetryMax)
	}
	return nil, err
}

// Err returns the error of the first document that could not be published.
func (p *Publisher) Err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// Stats returns the counts so far.
func (p *Publisher) Stats() PublishStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

// Close waits until every document published has been acknowledged by the
// stream (or given up) and returns the counts and the first error.
func (p *Publisher) Close() (PublishStats, error) {
	close(p.pending)
	<-p.done
	return p.Stats(), p.Err()
}

// msgSize is the size that NATS checks against its max_payload: the body
// and the headers, the message ID's included.
func msgSize(msg *nats.Msg, id string) int {
	n := len(msg.Data) + len("NATS/1.0\r\n\r\n") + len(jetstream.MsgIDHeader) + len(id) + 4
	for k, vs := range msg.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

// tooLarge is the error of a document larger than the queue carries.
func tooLarge(id, src string, size int, most int64) error {
	return demarche.Errorf(demarche.EINVALID, "%squeue: document %s: %.1f MB as a message, more than the %.1f MB that the NATS server carries (max_payload): skipped; raise max_payload in the server's configuration (at most 64 MB), or ingest this document without --queue",
		origin(src), id, float64(size)/1e6, float64(most)/1e6)
}

func origin(src string) string {
	if src == "" {
		return ""
	}
	return src + ": "
}

// permanent reports whether a publish failed because of the message itself
// (too large for the server or the stream): sending it again cannot help.
func permanent(err error) bool {
	if errors.Is(err, nats.ErrMaxPayload) || errors.Is(err, nats.ErrBadSubject) {
		return true
	}
	var je jetstream.JetStreamError
	if errors.As(err, &je) {
		if ae := je.APIError(); ae != nil && ae.ErrorCode == jetstream.JSErrCodeStreamMessageExceedsMaximum {
			return true
		}
	}
	return false
}
