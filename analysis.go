package demarche

import "context"

// Analyst reads what analysts come for out of a store: dyad series, the
// stances of actors on a question, and ranked signals of change. The
// analysis package implements it over a Store; the HTTP server and the
// command line speak to it.
type Analyst interface {
	// Dyad returns the series of a dyad per period, with actor groups of
	// the configuration expanded. It returns EINVALID for a bad query.
	Dyad(ctx context.Context, q DyadQuery) ([]DyadPeriod, error)

	// Stances returns every stance-bearing event on a question per tracked
	// actor, in time order, with the transitions between stances. It
	// returns EINVALID for an invalid question.
	Stances(ctx context.Context, q *Question) (*StanceReport, error)

	// Signals returns the signals that q selects, strongest first. It
	// returns EINVALID for a bad query.
	Signals(ctx context.Context, q SignalQuery) (*SignalReport, error)
}

// Question is a subject whose stances are tracked: the terms and actors that
// identify the events about it, and the actors whose positions to follow.
type Question struct {
	// ID names the question in URLs and signals: the file's base name, or
	// a slug of Name.
	ID   string `json:"id" yaml:"id"`
	Name string `json:"name" yaml:"name"`

	// Terms identify sentences on the question: words or phrases matched
	// case-insensitively on word boundaries; a trailing * matches any
	// ending ("deploy*").
	Terms []string `json:"terms" yaml:"terms"`

	// Actors, when given, restrict the question to events whose source or
	// target is one of them (countries or codes, as in EventFilter).
	Actors []string `json:"actors,omitempty" yaml:"actors"`

	// Track lists the actors whose stances are followed (default Actors).
	Track []string `json:"track" yaml:"track"`

	// From and To bound the events considered (inclusive ISO dates).
	From string `json:"from,omitempty" yaml:"from"`
	To   string `json:"to,omitempty" yaml:"to"`

	// Stances, when given, replaces the default table of stance-bearing
	// CAMEO codes: a code or code prefix and its stance name.
	Stances map[string]string `json:"stances,omitempty" yaml:"stances"`
}

// StanceReport is the stance of each tracked actor on a question.
type StanceReport struct {
	Question *Question     `json:"question"`
	Actors   []ActorStance `json:"actors"`
}

// ActorStance is one tracked actor's stance-bearing events on a question,
// in time order, the runs of one stance they form, and the transitions
// between the runs.
type ActorStance struct {
	Actor       string             `json:"actor"`
	Points      []StancePoint      `json:"points"`
	Runs        []StanceRun        `json:"runs"`
	Transitions []StanceTransition `json:"transitions"`
}

// StancePoint is one stance-bearing event: what the actor's position was,
// when, and the evidence sentence (Event.Text).
type StancePoint struct {
	Stance string `json:"stance"` // deny, no_comment, acknowledge …
	Label  string `json:"label"`  // "denied", "neither confirmed nor denied" …
	Date   string `json:"date"`
	Event  Event  `json:"event"`
}

// StanceRun is a span of consecutive points of one stance.
type StanceRun struct {
	Stance string `json:"stance"`
	Label  string `json:"label"`
	From   string `json:"from"` // date of the first point
	To     string `json:"to"`   // date of the last point
	Points int    `json:"points"`
}

// StanceTransition is a change of stance: the date of the first event of
// the new stance, and that event as evidence.
type StanceTransition struct {
	Actor    string `json:"actor"`
	From     string `json:"from"`      // previous stance
	FromDate string `json:"from_date"` // first date of the previous stance
	To       string `json:"to"`        // new stance
	Date     string `json:"date"`      // first date of the new stance
	Event    Event  `json:"event"`
}

// Signal kinds.
const (
	SignalNovelty  = "novelty"  // a kind of event new to a dyad, or back after years
	SignalSurge    = "surge"    // volume far above the dyad's trailing baseline
	SignalDrop     = "drop"     // volume far below it
	SignalTone     = "tone"     // Goldstein mean far from the trailing baseline
	SignalChange   = "change"   // a change point in the dyad's monthly series
	SignalRhetoric = "rhetoric" // phrases a source newly uses about a target
	SignalStance   = "stance"   // a stance transition on a question
)

// SignalKinds lists every signal kind.
var SignalKinds = []string{SignalNovelty, SignalSurge, SignalDrop, SignalTone, SignalChange, SignalRhetoric, SignalStance}

// Signal is one ranked finding with the events that prove it. Dates are ISO.
type Signal struct {
	ID     string  `json:"id"`
	Kind   string  `json:"kind"`
	Score  float64 `json:"score"`
	Source string  `json:"source"`
	Target string  `json:"target"`

	Date string `json:"date"` // the key date: the first or the peak event
	From string `json:"from"` // first day the signal covers
	To   string `json:"to"`   // last day it covers

	// Title says what happened in one line; Detail gives the numbers.
	Title  string `json:"title"`
	Detail string `json:"detail,omitempty"`

	// Scale is the period over which a surge, a drop or a shift of tone
	// was measured: week, month or quarter.
	Scale string `json:"scale,omitempty"`

	// Kind-specific facts.
	CAMEO    string   `json:"cameo,omitempty"`    // novelty: the kind of event
	Since    string   `json:"since,omitempty"`    // novelty: last seen before (ISO), "" for never
	Value    float64  `json:"value,omitempty"`    // surge, drop, tone, change: the new level
	Baseline float64  `json:"baseline,omitempty"` // the level before
	Phrases  []string `json:"phrases,omitempty"`  // rhetoric: the new phrases
	Question string   `json:"question,omitempty"` // stance: the question ID

	Evidence []Event `json:"evidence"`
}

// SignalQuery selects signals. Actors are as in EventFilter, or names of
// configured groups.
type SignalQuery struct {
	Source []string
	Target []string

	// Since and Until bound the dates of the signals shown (inclusive ISO
	// dates); baselines still use the events before Since.
	Since, Until string

	Kinds []string // default: all

	// MinScore is the least score shown; 0 means the default threshold,
	// a negative value shows everything.
	MinScore float64

	Limit int // at most this many signals (0: all)

	// Questions adds the stance transitions on these questions.
	Questions []*Question
}

// SignalReport is the signals of a query, strongest first, with the
// threshold applied and the number of candidates it left out.
type SignalReport struct {
	Signals  []Signal `json:"signals"`
	MinScore float64  `json:"min_score"`
	Below    int      `json:"below"` // candidates under MinScore
}
