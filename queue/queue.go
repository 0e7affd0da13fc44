// Package queue distributes demarche's ingest over NATS JetStream: `demarche
// ingest --queue` publishes documents to a stream, and any number of `demarche
// worker` processes, on any machines, pull them, code them and write them to
// one shared store (PostgreSQL).
//
// Delivery is at least once and storage idempotent, so the effect is exactly
// once:
//
//   - A document is published with a message ID made of its ID and content
//     hash (Nats-Msg-Id): published again within the stream's duplicate
//     window, it is dropped by the server; after the window, the worker finds
//     it stored with the same content (Store.Hashes) and acknowledges it
//     without coding it.
//   - Workers share one durable pull consumer with explicit acknowledgement.
//     A worker acknowledges a message only after the transaction holding its
//     document has committed. A worker killed or stalled before that leaves
//     the message unacknowledged: the server delivers it again after AckWait,
//     to any worker, and Store.Put of the same content adds nothing.
//   - While the store is unreachable a worker keeps its messages (telling
//     the server it is still working on them) and retries with back-off.
//   - A document that cannot be coded or stored (an invalid record, a coder
//     error) is published to the dead-letter stream with the error, and
//     acknowledged. One that keeps failing otherwise (a worker that crashes
//     on it) is delivered at most MaxDeliver times; the server's
//     max-deliveries advisory, kept in a stream, moves it to the dead letters.
//
// Workers keep no state of their own: each one publishes a heartbeat (its
// counts and rate) to a key-value bucket whose entries expire, which
// `demarche status --queue` reads with the stream and consumer state.
package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/demarche-project/demarche"
)

// Defaults of Config.
const (
	DefaultStream        = "DEMARCHE"
	DefaultConsumer      = "workers"
	DefaultDedupWindow   = time.Hour
	DefaultAckWait       = time.Minute
	DefaultMaxDeliver    = 5
	DefaultMaxAckPending = 10000
	DefaultReplicas      = 1

	// HeartbeatEvery is how often a worker publishes its heartbeat, and
	// heartbeatTTL how long the heartbeat of a silent worker is kept.
	HeartbeatEvery = 5 * time.Second
	heartbeatTTL   = 30 * time.Second
)

// Config names the queue and sets its knobs. The zero value, with a URL,
// uses the defaults.
type Config struct {
	// URL is a nats:// URL, or several separated by commas (the servers of
	// a cluster).
	URL string

	// Stream is the name of the stream of documents (DEMARCHE). The other
	// names derive from it: the subjects stream.docs and stream.dead (in
	// lower case), the dead-letter stream STREAM_DEAD, the advisory stream
	// STREAM_ADVISORIES and the heartbeat bucket STREAM_workers.
	Stream string

	// Replicas is the number of copies of each stream on a cluster (1 or
	// 3; at most the number of servers). It applies when the streams are
	// created.
	Replicas int

	// DedupWindow is how long the stream remembers message IDs to drop a
	// document published twice. It applies when the stream is created.
	DedupWindow time.Duration

	// AckWait is how long a delivered message may stay unacknowledged
	// before it is delivered again; MaxDeliver the number of deliveries
	// after which it goes to the dead letters; MaxAckPending the number of
	// messages delivered and unacknowledged at once, over all workers
	// (it must exceed workers × batch). They apply to the consumer when it
	// is created, or when Worker.Options.UpdateConsumer is set.
	AckWait       time.Duration
	MaxDeliver    int
	MaxAckPending int

	// Name is the connection name shown by the server (`nats server
	// report connections`).
	Name string
}

func (c Config) withDefaults() Config {
	if c.Stream == "" {
		c.Stream = DefaultStream
	}
	if c.Replicas < 1 {
		c.Replicas = DefaultReplicas
	}
	if c.DedupWindow <= 0 {
		c.DedupWindow = DefaultDedupWindow
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver < 1 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.MaxAckPending < 1 {
		c.MaxAckPending = DefaultMaxAckPending
	}
	if c.Name == "" {
		c.Name = "demarche"
	}
	return c
}

// Names of the NATS objects of a queue.
func (c Config) docSubject() string     { return strings.ToLower(c.Stream) + ".docs" }
func (c Config) deadSubject() string    { return strings.ToLower(c.Stream) + ".dead" }
func (c Config) deadStream() string     { return c.Stream + "_DEAD" }
func (c Config) advisoryStream() string { return c.Stream + "_ADVISORIES" }
func (c Config) workersBucket() string  { return c.Stream + "_workers" }
func (c Config) advisorySubject() string {
	return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + c.Stream + ".*"
}

// Queue is a connection to the queue's streams.
type Queue struct {
	cfg Config
	nc  *nats.Conn
	js  jetstream.JetStream
}

// Open connects to NATS and creates the streams and the heartbeat bucket
// that do not exist yet; existing ones are left as they are, so that an
// operator's settings (replicas, limits) stay. The connection reconnects by
// itself after a server restart. Open returns an EINVALID error for a bad
// URL or configuration and EUNAVAILABLE when NATS or JetStream cannot be
// reached.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	if cfg.URL == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "queue: no NATS URL (want nats://HOST:4222)")
	}
	for _, u := range strings.Split(cfg.URL, ",") {
		if !strings.HasPrefix(u, "nats://") && !strings.HasPrefix(u, "tls://") {
			return nil, demarche.Errorf(demarche.EINVALID, "queue: %q is not a nats:// URL", u)
		}
	}
	nc, err := nats.Connect(cfg.URL,
		nats.Name(cfg.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(500*time.Millisecond),
		nats.ReconnectBufSize(64<<20),
		nats.Timeout(5*time.Second),
	)
	if err != nil {
		return nil, demarche.Errorf(demarche.EUNAVAILABLE, "queue: cannot reach NATS at %s: %v", cfg.URL, err)
	}
	js, err := jetstream.New(nc,
		jetstream.WithPublishAsyncMaxPending(4096),
		jetstream.WithPublishAsyncTimeout(10*time.Second),
		jetstream.WithDefaultTimeout(10*time.Second),
	)
	if err != nil {
		nc.Close()
		return nil, demarche.Errorf(demarche.EINTERNAL, "queue: %v", err)
	}
	q := &Queue{cfg: cfg, nc: nc, js: js}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// Config returns the configuration of the queue, with the defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Close drains the connection: what was published is sent first.
func (q *Queue) Close() error {
	if err := q.nc.Drain(); err != nil {
		q.nc.Close()
	}
	return nil
}

// setup creates what does not exist: the stream of documents (file storage,
// work-queue retention: a message is removed once acknowledged), the dead
// letters (kept until purged), the advisory stream and the heartbeats.
func (q *Queue) setup(ctx context.Context) error {
	c := q.cfg
	streams := []jetstream.StreamConfig{{
		Name:        c.Stream,
		Description: "demarche: documents to code",
		Subjects:    []string{c.docSubject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    c.Replicas,
		Duplicates:  c.DedupWindow,
		// Should an operator set limits (max bytes, max messages), a
		// full stream refuses new documents — the publisher retries and
		// reports — instead of dropping queued ones.
		Discard: jetstream.DiscardNew,
	}, {
		Name:        c.deadStream(),
		Description: "demarche: documents that could not be coded or stored, with the error",
		Subjects:    []string{c.deadSubject()},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    c.Replicas,
		Duplicates:  c.DedupWindow,
	}, {
		Name:        c.advisoryStream(),
		Description: "demarche: max-deliveries advisories of the workers' consumer",
		Subjects:    []string{c.advisorySubject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    c.Replicas,
	}}
	for _, sc := range streams {
		if err := q.ensureStream(ctx, sc); err != nil {
			return err
		}
	}
	if _, err := q.workers(ctx); err != nil {
		return err
	}
	return nil
}

// workers returns the heartbeat bucket, creating it when it does not exist.
func (q *Queue) workers(ctx context.Context) (jetstream.KeyValue, error) {
	kv, err := q.js.KeyValue(ctx, q.cfg.workersBucket())
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		kv, err = q.js.CreateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:      q.cfg.workersBucket(),
			Description: "demarche: worker heartbeats",
			TTL:         heartbeatTTL,
			Storage:     jetstream.FileStorage, // kept across a restart of NATS
			Replicas:    q.cfg.Replicas,
		})
		if errors.Is(err, jetstream.ErrBucketExists) {
			kv, err = q.js.KeyValue(ctx, q.cfg.workersBucket())
		}
	}
	if err != nil {
		return nil, q.wrap("heartbeat bucket", err)
	}
	return kv, nil
}

func (q *Queue) ensureStream(ctx context.Context, sc jetstream.StreamConfig) error {
	_, err := q.js.Stream(ctx, sc.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = q.js.CreateStream(ctx, sc)
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			err = nil // another process created it meanwhile
		}
	}
	if err != nil {
		return q.wrap("stream "+sc.Name, err)
	}
	return nil
}

// consumer returns the workers' durable pull consumer, creating it, or
// updating its settings when update is set.
func (q *Queue) consumer(ctx context.Context, update bool) (jetstream.Consumer, error) {
	c := q.cfg
	if !update {
		cons, err := q.js.Consumer(ctx, c.Stream, DefaultConsumer)
		if err == nil {
			return cons, nil
		}
		if !errors.Is(err, jetstream.ErrConsumerNotFound) {
			return nil, q.wrap("consumer", err)
		}
	}
	cons, err := q.js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:       DefaultConsumer,
		Description:   "demarche workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver,
		MaxAckPending: c.MaxAckPending,
		FilterSubject: c.docSubject(),
		// Backoff: none; a worker that fails a document says when to
		// try again with NakWithDelay.
	})
	if err != nil {
		return nil, q.wrap("consumer", err)
	}
	return cons, nil
}

// wrap gives a domain code to a NATS error: EUNAVAILABLE when NATS or
// JetStream cannot be reached, EINTERNAL otherwise.
func (q *Queue) wrap(what string, err error) error {
	var de *demarche.Error
	if errors.As(err, &de) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, nats.ErrTimeout) {
		return err
	}
	if unavailable(err) {
		return demarche.Errorf(demarche.EUNAVAILABLE, "queue: %s: NATS is unavailable: %v", what, err)
	}
	return demarche.Errorf(demarche.EINTERNAL, "queue: %s: %v", what, err)
}

// unavailable reports whether err says that NATS or JetStream cannot be
// reached now (and may be later).
func unavailable(err error) bool {
	for _, e := range []error{nats.ErrTimeout, nats.ErrNoResponders, nats.ErrConnectionClosed, nats.ErrDisconnected,
		nats.ErrConnectionReconnecting, nats.ErrNoServers, jetstream.ErrJetStreamNotEnabled, jetstream.ErrNoHeartbeat,
		context.DeadlineExceeded} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// describe returns a short description of the connection, for logs.
func (q *Queue) describe() string {
	return fmt.Sprintf("%s (stream %s)", q.nc.ConnectedUrlRedacted(), q.cfg.Stream)
}
