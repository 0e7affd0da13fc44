package demarche

import (
	"context"
	"io"
	"time"
)

// Store keeps coded documents with their provenance and answers questions
// over their events. store/sqlite and store/postgres implement it and pass
// the one conformance suite in store/storetest.
//
// Documents are keyed by their ID. Putting a document whose ID is stored with
// the same content (normalised title and text) adds nothing; a document whose
// ID is stored with other content is a new version and replaces the stored one
// — text, sentences and events — in the same transaction. A document whose
// content is already stored under another ID, or that is a near-duplicate of
// a stored one (a wire copy, a small edit), is stored too but linked to the
// canonical document; by default queries, aggregations and searches see only
// the events and sentences of canonical documents, so no story counts twice.
type Store interface {
	DocumentStore
	EventStore

	// Stats returns the counts shown on a status line.
	Stats(ctx context.Context) (*StoreStats, error)

	io.Closer
}

// DocumentStore writes coded documents and reads them back.
type DocumentStore interface {
	// Put stores a batch of coded documents whose events were produced by
	// the dictionaries of the given version (Coder.Version()), in one
	// transaction: after a crash either the whole batch is stored or none
	// of it. It returns an EINVALID error, and stores nothing, when a
	// document or an event of the batch is invalid.
	Put(ctx context.Context, version string, batch []*Coded) (*PutResult, error)

	// Recode replaces the sentences and events of stored documents with
	// those of a new coding (by the dictionaries of the given version), in
	// one transaction, and reports what changed. It returns ENOTFOUND when
	// a document is not stored and ECONFLICT when its content differs from
	// the stored content (put it instead).
	Recode(ctx context.Context, version string, batch []*Coded) (*RecodeResult, error)

	// Document returns a stored document with its sentences, or ENOTFOUND.
	Document(ctx context.Context, id string) (*StoredDocument, error)

	// Hashes returns the content hash (StoredDocument.Hash, dedup.Hash of
	// the title and text) of each of the given document IDs that is
	// stored; IDs that are not stored are absent from the map. It reads
	// no text, so that an ingest can cheaply skip, before coding them, the
	// documents a previous run already stored.
	Hashes(ctx context.Context, ids []string) (map[string]string, error)

	// EachDocument calls fn for every stored document that f selects, with
	// its sentences, in storage order, until fn returns an error, which
	// EachDocument then returns. fn may write to the store: documents are
	// read a page at a time, not inside one long transaction.
	EachDocument(ctx context.Context, f DocumentFilter, fn func(*StoredDocument) error) error
}

// EventStore reads events: filtered lists, dyad aggregations and full-text
// search over sentences.
type EventStore interface {
	// Events returns one page of the events that f selects, ordered by
	// date, then ID. It returns EINVALID for a bad filter or cursor.
	Events(ctx context.Context, f EventFilter) (*EventPage, error)

	// EachEvent calls fn for every event that f selects (up to f.Limit when
	// it is set), in the order of Events, until fn returns an error, which
	// EachEvent then returns. It is meant for exports.
	EachEvent(ctx context.Context, f EventFilter, fn func(*Event) error) error

	// Dyad aggregates the events between two actors per period. It returns
	// EINVALID for a bad query.
	Dyad(ctx context.Context, q DyadQuery) ([]DyadPeriod, error)

	// Search finds the sentences of the documents that match a full-text
	// query, with the events of each sentence, best document first. It
	// returns EINVALID for an empty or malformed query.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)

	// Volume counts the stored documents, their sentences and their events
	// per publication date, in date order: the coverage of the store, against which the
	// analysis normalises a dyad's volume. Only canonical documents count
	// unless q.Duplicates. It returns EINVALID for a bad date.
	Volume(ctx context.Context, q VolumeQuery) ([]DayVolume, error)
}

// VolumeQuery selects the days counted by Volume.
type VolumeQuery struct {
	From, To   string // inclusive ISO dates; default all
	Duplicates bool   // count duplicate documents too
}

// DayVolume is the number of documents published on one day and the number
// of their sentences (the units the coder reads) and events.
type DayVolume struct {
	Date      string `json:"date"`
	Documents int    `json:"documents"`
	Sentences int    `json:"sentences"`
	Events    int    `json:"events"`
}

// Put outcomes of one document.
const (
	PutAdded     = "added"     // a new document
	PutUnchanged = "unchanged" // the same ID and content were stored: nothing added
	PutReplaced  = "replaced"  // the same ID with other content: a new version
)

// PutResult reports what a Put did.
type PutResult struct {
	Added      int // new documents, duplicates included
	Unchanged  int // documents already stored with the same content
	Replaced   int // documents stored with other content, now replaced
	Duplicates int // added or replaced documents linked to a canonical one
	Sentences  int // sentences written
	Events     int // events written

	// Docs has one entry per document of the batch, in batch order.
	Docs []PutDoc
}

// PutDoc is the outcome of one document of a Put.
type PutDoc struct {
	ID     string
	Status string // PutAdded, PutUnchanged or PutReplaced

	// Canonical is the ID of the canonical document this one duplicates,
	// and Similarity the Jaccard similarity of their word shingles (1 for
	// an exact copy); both are empty when the document is canonical.
	Canonical  string
	Similarity float64
}

// RecodeResult reports what a Recode changed.
type RecodeResult struct {
	Documents int // documents recoded
	Changed   int // documents whose events changed
	Added     int // events that the new coding has and the old had not
	Removed   int // events that the old coding had and the new has not
	Kept      int // events present in both (by event ID)

	// Codes has the added and removed counts per CAMEO code, by code.
	Codes []CodeChange
}

// CodeChange counts the events of one CAMEO code that a recode added or
// removed.
type CodeChange struct {
	CAMEO   string `json:"cameo"`
	Added   int    `json:"added"`
	Removed int    `json:"removed"`
}

// StoredDocument is a document as stored, with its sentences and state.
type StoredDocument struct {
	Document
	Sentences []Sentence

	// Canonical is the ID of the canonical document when this one is a
	// duplicate, with the Jaccard similarity of their word shingles; both
	// are empty for a canonical document.
	Canonical  string
	Similarity float64

	Hash     string    // hash of the normalised title and text
	Revision int       // 1, then one more for each replacing version
	Version  string    // the dictionary version of its events
	Events   int       // number of its events
	Ingested time.Time // when this version was stored

	// Cleaned is the number of bytes of the title and text replaced when
	// the document was stored: NUL and other control characters became
	// spaces, bytes that are not UTF-8 '?' (one for one).
	Cleaned int
}

// DocumentFilter selects documents for EachDocument.
type DocumentFilter struct {
	// NotVersion, when set, skips the documents whose events were produced
	// by this dictionary version: what a resumed recode still has to do.
	NotVersion string

	// Canonical, when true, skips duplicates.
	Canonical bool
}

// EventFilter selects events. Empty fields do not filter. An actor is a
// three-letter country (or IGO) prefix such as PRK, which matches every code
// of that country, or a longer code such as RUSMIL, which matches that code
// and the codes that extend it (RUSMILGOV …); a list matches any of them.
type EventFilter struct {
	Source []string // actors as source
	Target []string // actors as target
	Actor  []string // actors as source or as target

	// Either, with Source and Target both set, also matches the reverse
	// direction: the undirected dyad.
	Either bool

	CAMEO       []string // exact CAMEO codes
	Root        []string // CAMEO roots (two digits)
	Quad        []int    // quad classes 1–4
	From, To    string   // inclusive ISO dates
	Publication []string // document sources: KCNA, TASS …
	Doc         string   // one document ID
	Version     string   // the dictionary version that produced the events

	// Duplicates includes the events of documents linked to a canonical
	// document, which are left out by default.
	Duplicates bool

	// MinConfidence keeps the events whose confidence is at least this
	// (0: all).
	MinConfidence float64

	// Limit is the page size of Events (default 100, at most 10000) and the
	// maximum number of events of EachEvent (0: all). Cursor is the Next of
	// the previous page.
	Limit  int
	Cursor string
}

// EventPage is one page of events. Next is the cursor of the next page, or
// "" after the last one.
type EventPage struct {
	Events []Event `json:"events"`
	Next   string  `json:"next,omitempty"`
}

// Aggregation periods.
const (
	PeriodDay     = "day"
	PeriodWeek    = "week" // ISO weeks, from Monday
	PeriodMonth   = "month"
	PeriodQuarter = "quarter"
	PeriodYear    = "year"
)

// DyadQuery asks for the events between actors A and B per period. A and B
// are actor lists as in EventFilter (a country, a code, or a group of them).
type DyadQuery struct {
	A, B []string

	// Directed counts only events from A to B; otherwise events in both
	// directions are counted together.
	Directed bool

	Period   string // PeriodDay … PeriodYear; default month
	From, To string // inclusive ISO dates; default all stored events

	// TopCodes is the number of most frequent CAMEO codes reported per
	// period: 0 for the default, 5; a negative number for none, which
	// reads less.
	TopCodes int

	// Duplicates counts the events of duplicate documents too.
	Duplicates bool

	// MaxPeriods is the most periods the series may have: a query that
	// would give more is refused with EINVALID, naming the limit. 0 means
	// DefaultMaxPeriods.
	MaxPeriods int
}

// DyadPeriod is the aggregation of one period. Periods with no event between
// the first and the last period are included with zero counts.
type DyadPeriod struct {
	Period string `json:"period"` // 2011-08-03, 2011-W31, 2011-08, 2011-Q3, 2011
	Start  string `json:"start"`  // first day
	End    string `json:"end"`    // last day

	Events int    `json:"events"`
	Quad   [5]int `json:"quad"` // events per quad class; index 0 for unknown

	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"` // 0 without events

	// Cooperative is the share of cooperative events (quad 1 and 2) among
	// the events with a quad class, 0 without events.
	Cooperative float64 `json:"cooperative"`

	TopCodes []CodeCount `json:"top_codes"`
}

// CodeCount is the number of events of one CAMEO code.
type CodeCount struct {
	CAMEO  string `json:"cameo"`
	Events int    `json:"events"`
}

// SearchQuery is a full-text query. Text is written as in a web search
// engine: words (all required, stemmed), "quoted phrases", OR between
// alternatives, and -word to exclude. A document matches when its text
// matches the query; its hits are the sentences that hold matched words.
type SearchQuery struct {
	Text string

	// Filters on the documents of the hits.
	From, To    string
	Publication []string

	// Duplicates includes the sentences of duplicate documents.
	Duplicates bool

	Limit  int // default 20, at most 1000
	Offset int
}

// SearchResult is one page of search hits.
type SearchResult struct {
	Hits []SearchHit `json:"hits"`
}

// SearchHit is a sentence that matches a search, with its document and the
// events coded from it.
type SearchHit struct {
	Doc         string   `json:"doc"`
	Date        string   `json:"date"`
	Title       string   `json:"title,omitempty"`
	Publication string   `json:"source,omitempty"`
	Sentence    Sentence `json:"sentence"`

	// Highlights are the matched words in Sentence.Text (byte offsets).
	Highlights []Span `json:"highlights"`

	Events []Event `json:"events"`
}

// StoreStats are the counts of a store.
type StoreStats struct {
	Documents       int64 `json:"documents"`
	Canonical       int64 `json:"canonical"` // documents that are not duplicates
	Sentences       int64 `json:"sentences"`
	Events          int64 `json:"events"`
	CanonicalEvents int64 `json:"canonical_events"` // events of canonical documents

	// Cleaned counts the documents stored with characters replaced: NUL
	// and other control characters, bytes that are not UTF-8.
	Cleaned int64 `json:"cleaned"`

	// Versions lists the dictionary versions that produced stored events.
	Versions []VersionCount `json:"versions"`

	// Languages counts the stored documents per language (issue 11): ISO
	// 639-1 codes, and "" for documents too short to tell (headlines).
	Languages map[string]int64 `json:"languages"`

	LastIngest time.Time `json:"last_ingest"` // zero before the first Put

	// ReadOnly says why the store was opened read-only ("the file cannot
	// be written: permission denied"); empty when it can be written.
	ReadOnly string `json:"read_only,omitempty"`
}

// VersionCount is the number of stored events of one dictionary version.
type VersionCount struct {
	Version string `json:"version"`
	Events  int64  `json:"events"`
}
