// Package http serves demarche over HTTP: a JSON API for documents,
// sentences, events, dyad series, stances, signals and search, described by
// the OpenAPI document at /api/openapi.json. Read endpoints are public;
// ingest and recode need the bearer token of the configuration.
//
// Errors are JSON objects {"code": …, "message": …}; the domain error codes
// map to HTTP status codes in one function, statusOf. Routes are registered
// on a ServeMux that other handlers (the dashboard) can join with Handle.
package http

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
)

// Ingester takes documents in over HTTP and re-codes the store. The ingest
// pipeline implements it; cmd/demarche wires it in.
type Ingester interface {
	// Ingest codes and stores documents. It returns EINVALID for a bad
	// document when nothing was stored.
	Ingest(ctx context.Context, docs []*demarche.Document) (*IngestResult, error)

	// Recode re-codes the stored documents whose events come from other
	// dictionaries.
	Recode(ctx context.Context) (*RecodeResult, error)
}

// IngestResult reports what an ingest did.
type IngestResult struct {
	Read       int      `json:"read"`
	Skipped    int      `json:"skipped"` // stored before with the same content
	Added      int      `json:"added"`
	Replaced   int      `json:"replaced"`
	Unchanged  int      `json:"unchanged"`
	Duplicates int      `json:"duplicates"`
	Events     int      `json:"events"`
	Failed     int      `json:"failed"`
	Errors     []string `json:"errors,omitempty"`

	// Rejected are the records of the body that could not be read as
	// documents, counted in Read and Failed too.
	Rejected []Rejected `json:"rejected,omitempty"`
}

// RecodeResult reports what a recode did.
type RecodeResult struct {
	demarche.RecodeResult
	Failed int `json:"failed"`
}

// Config is what a Server serves.
type Config struct {
	Store   demarche.Store
	Analyst demarche.Analyst

	// Questions are the questions served by /api/questions and
	// /api/stances/{question}, and whose transitions /api/signals adds.
	Questions []*demarche.Question

	// ParseQuestion reads a question posted to /api/stances (YAML or
	// JSON); nil accepts JSON only.
	ParseQuestion func([]byte) (*demarche.Question, error)

	// Ingester, when set, serves POST /api/ingest and /api/recode.
	Ingester Ingester

	// Token is the bearer token of the write endpoints; without one they
	// answer 401.
	Token string

	Logger *slog.Logger

	// MaxInFlight is the most API requests served at once (default
	// GOMAXPROCS); the others wait their turn. The work is CPU-bound, and
	// the SQLite driver keeps two idle connections: more concurrent
	// queries open and close connections, each with a cold page cache.
	MaxInFlight int

	// Limits of the work a request may ask for; zero values take the
	// Default constants. MaxPeriods bounds dyad series (demarche
	// DyadQuery.MaxPeriods), MaxSearchTerms and MaxSearchLength the words
	// and bytes of a search query, MaxBody the bytes of a request body.
	MaxPeriods      int
	MaxSearchTerms  int
	MaxSearchLength int
	MaxBody         int64

	// RequestTimeout bounds each read and page (its context is cancelled,
	// and the answer is a 503 naming the time-out); IngestTimeout bounds
	// POST /api/ingest and /api/recode.
	RequestTimeout time.Duration
	IngestTimeout  time.Duration

	// Time-outs of the connections (net/http.Server) in ListenAndServe:
	// a client that sends its headers slower than ReadHeaderTimeout, or
	// its whole request slower than ReadTimeout, is disconnected.
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
}

// Server is the HTTP server of demarche.
type Server struct {
	cfg    Config
	mux    *http.ServeMux
	log    *slog.Logger
	routes []Route

	ingestMu sync.Mutex    // one ingest or recode at a time
	sem      chan struct{} // API requests in flight
}

// Route is one registered API route.
type Route struct {
	Method  string
	Pattern string // as in net/http: /api/documents/{id}
}

// New returns a server for cfg with the API routes registered.
func New(cfg Config) *Server {
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = runtime.GOMAXPROCS(0)
	}
	cfg = cfg.limits()
	s := &Server{cfg: cfg, mux: http.NewServeMux(), log: cfg.Logger, sem: make(chan struct{}, cfg.MaxInFlight)}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.routesAPI()
	return s
}

// handle registers an API route.
func (s *Server) handle(method, pattern string, h func(w http.ResponseWriter, r *http.Request) error) {
	s.routes = append(s.routes, Route{method, pattern})
	s.mux.HandleFunc(method+" "+pattern, func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.sem <- struct{}{}:
			defer func() { <-s.sem }()
		case <-r.Context().Done():
			s.error(w, r, r.Context().Err())
			return
		}
		if err := h(w, r); err != nil {
			s.error(w, r, err)
		}
	})
}

// Handle registers another handler on the server's mux (the dashboard, for
// instance) with a net/http pattern.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Routes returns the API routes, sorted.
func (s *Server) Routes() []Route {
	out := append([]Route(nil), s.routes...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pattern != out[j].Pattern {
			return out[i].Pattern < out[j].Pattern
		}
		return out[i].Method < out[j].Method
	})
	return out
}

// ServeHTTP serves a request under a deadline, with a request id, and with
// a panic answered as an internal error instead of ending the server.
// Unknown /api paths get a JSON 404; a known path with another method a
// 405 with an Allow header.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.guard(w, r, func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := s.mux.Handler(r); pattern == "" {
			if allow := s.allowed(r); len(allow) > 0 {
				w.Header().Set("Allow", strings.Join(allow, ", "))
				s.writeStatus(w, r, http.StatusMethodNotAllowed, demarche.EINVALID,
					fmt.Sprintf("method %s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, strings.Join(allow, ", ")))
				return
			}
			if strings.HasPrefix(r.URL.Path, "/api/") {
				s.error(w, r, demarche.Errorf(demarche.ENOTFOUND, "no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
				return
			}
		}
		s.mux.ServeHTTP(w, r)
	})
}

// writeStatus answers with a status of its own (405): JSON under /api/,
// plain text elsewhere.
func (s *Server) writeStatus(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, apiError{Code: code, Message: msg})
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintln(w, msg)
}

// ListenAndServe serves on addr until ctx ends, then shuts down within five
// seconds. ready, when not nil, receives the address listened on.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return demarche.Errorf(demarche.EUNAVAILABLE, "listen on %s: %v", addr, err)
	}
	srv := s.HTTPServer()
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}

// HTTPServer returns a net/http server of s with the connection time-outs
// of the configuration, for ListenAndServe or a listener of the caller's.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{Handler: s, ReadHeaderTimeout: s.cfg.ReadHeaderTimeout, ReadTimeout: s.cfg.ReadTimeout,
		WriteTimeout: s.cfg.WriteTimeout, IdleTimeout: s.cfg.IdleTimeout, MaxHeaderBytes: DefaultMaxHeaderBytes,
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn)}
}

// statusOf maps a domain error code to an HTTP status.
func statusOf(code string) int {
	switch code {
	case demarche.EINVALID:
		return http.StatusBadRequest
	case demarche.ENOTFOUND:
		return http.StatusNotFound
	case demarche.ECONFLICT:
		return http.StatusConflict
	case demarche.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case demarche.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// apiError is the JSON body of an error.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) && errors.Is(r.Context().Err(), context.Canceled) {
		return // the client went away
	}
	if derr := s.deadlineError(r, err); derr != nil {
		s.log.Warn("request timed out", "request_id", RequestID(r.Context()), "method", r.Method, "path", r.URL.Path, "err", err)
		w.Header().Set("Retry-After", "10")
		err = derr
	}
	code := demarche.ErrorCode(err)
	status := statusOf(code)
	if status >= 500 {
		s.log.Error("request failed", "request_id", RequestID(r.Context()), "method", r.Method, "path", r.URL.Path, "err", err)
		if code == demarche.EINTERNAL {
			err = demarche.Errorf(demarche.EINTERNAL, "internal error (request %s)", RequestID(r.Context()))
		}
	}
	if code == demarche.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="demarche"`)
	}
	writeJSON(w, status, apiError{Code: code, Message: demarche.ErrorMessage(err)})
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// authorize checks the bearer token of a write request.
func (s *Server) authorize(r *http.Request) error {
	if s.cfg.Token == "" {
		return demarche.Errorf(demarche.EUNAUTHORIZED, "writes are disabled: no token is configured (serve.token in the configuration, or $DEMARCHE_TOKEN)")
	}
	// The scheme is case-insensitive (RFC 9110, 11.1).
	scheme, tok, ok := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.cfg.Token)) != 1 {
		return demarche.Errorf(demarche.EUNAUTHORIZED, "a valid bearer token is needed (Authorization: Bearer TOKEN)")
	}
	return nil
}
