package queue

import (
	"context"
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
}

// Publisher publishes documents to the queue, asynchronously, with at most
// a window of them awaiting the stream's acknowledgement. Use it from one
// goroutine; Stats may be read from any.
type Publisher struct {
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
// ID, and the error of an earlier document that could not be published
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
	it := &pubItem{msg: msg, id: MsgID(d)}
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
		if err != nil && p.ctx.Err() == nil {
			ack, err = p.retry(it)
		}
		p.mu.Lock()
		switch {
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
		if err == nil {
			return ack, nil
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
