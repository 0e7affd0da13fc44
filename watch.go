package demarche

import (
	"context"
	"time"
)

// QuestionStore keeps questions in the store, so that every command and the
// server see the same ones. store/sqlite and store/postgres implement it.
type QuestionStore interface {
	// PutQuestion stores a question under its ID, replacing the question
	// stored under that ID. It reports whether one was replaced.
	PutQuestion(ctx context.Context, q *Question) (replaced bool, err error)

	// Questions returns the stored questions, by ID.
	Questions(ctx context.Context) ([]*Question, error)

	// DeleteQuestion removes a stored question, or returns ENOTFOUND.
	DeleteQuestion(ctx context.Context, id string) error
}

// WatchStore keeps what `demarche watch` must not forget across restarts
// and share between watchers: the state of each watched source (validators
// of the last fetch, errors, the next poll, a lease), the signals already
// found, and their deliveries to each endpoint (pending or done, with a
// lease). Leases let several watchers share one store without fetching a
// source twice at once or sending an alert twice.
type WatchStore interface {
	// LeaseSource takes the lease of a source for owner until the given
	// time, when nobody else holds an unexpired lease on it, and returns
	// its state (a zero state, named, for a new source). ok is false when
	// another owner holds it.
	LeaseSource(ctx context.Context, name, owner string, now, until time.Time) (st *SourceState, ok bool, err error)

	// SaveSource stores the state of a source and releases the owner's
	// lease on it.
	SaveSource(ctx context.Context, st *SourceState, owner string) error

	// Sources returns the state of every watched source, by name.
	Sources(ctx context.Context) ([]SourceState, error)

	// RecordSignals records signals found by a watcher, in one
	// transaction: a signal not seen before is a new alert, pending for
	// every endpoint; a signal that continues an alert (the same kind,
	// actors and question, and a span that overlaps or follows it within
	// a day) updates it: its revision goes up, and it is pending again
	// for every endpoint, when it covers later days or scores at least 1
	// more. Other signals of known alerts change nothing.
	RecordSignals(ctx context.Context, sigs []Signal, endpoints []string, now time.Time) (*RecordResult, error)

	// LeaseDeliveries takes the lease, for owner until the given time, of
	// up to limit pending deliveries whose next try is due, and returns
	// them with their alert.
	LeaseDeliveries(ctx context.Context, owner string, now, until time.Time, limit int) ([]Delivery, error)

	// FinishDelivery records the outcome of a delivery attempt and
	// releases its lease: done when ok, else pending again from next
	// (unless the alert was revised in between).
	FinishDelivery(ctx context.Context, d *Delivery, ok bool, status int, errText string, next time.Time) error

	// Alerts returns the recorded alerts, newest first (by first seen),
	// at most limit (0: all), with their deliveries.
	Alerts(ctx context.Context, limit int) ([]Alert, error)

	// Watermark and SetWatermark read and write a named value (the last
	// ingest time whose signals were recorded, for instance).
	Watermark(ctx context.Context, name string) (string, error)
	SetWatermark(ctx context.Context, name, value string) error
}

// SourceState is what the store remembers of one watched source.
type SourceState struct {
	Name string `json:"name"` // the URL or the path

	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`

	// Files is, for a folder, the size and modification time of each file
	// read ("size:unixnano"), so that only new or changed files are read.
	Files map[string]string `json:"files,omitempty"`

	LastFetch  time.Time `json:"last_fetch"`
	HTTPStatus int       `json:"http_status,omitempty"` // of the last fetch (0 for files)
	LastNew    time.Time `json:"last_new"`              // when it last gave a new document
	Documents  int64     `json:"documents"`             // new documents it gave, in all
	Failures   int       `json:"failures"`              // consecutive failed fetches
	Errors     int64     `json:"errors"`                // failed fetches and bad records, in all
	LastError  string    `json:"last_error,omitempty"`
	NextPoll   time.Time `json:"next_poll"`
}

// RecordResult counts what RecordSignals did.
type RecordResult struct {
	New     int // new alerts
	Updated int // alerts revised by a grown signal
}

// Alert is a signal as recorded for delivery: its stable ID (the ID of the
// signal that opened it), the signal in its latest form and its revision.
type Alert struct {
	ID        string    `json:"id"`
	Revision  int       `json:"revision"`
	Signal    Signal    `json:"signal"`
	FirstSeen time.Time `json:"first_seen"`
	Updated   time.Time `json:"updated"`

	Deliveries []Delivery `json:"deliveries,omitempty"`
}

// Delivery is the delivery of one alert's revision to one endpoint.
type Delivery struct {
	Alert    string `json:"alert"`
	Endpoint string `json:"endpoint"`
	Revision int    `json:"revision"`
	Done     bool   `json:"done"`
	Attempts int    `json:"attempts"`

	LastStatus int       `json:"last_status,omitempty"`
	LastError  string    `json:"last_error,omitempty"`
	NextTry    time.Time `json:"next_try"`
	Delivered  time.Time `json:"delivered"`

	// Signal is the alert's signal, filled by LeaseDeliveries.
	Signal *Signal `json:"-"`
}
