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

// ServeHTTP serves a request: unknown /api paths get a JSON 404.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.mux.Handler(r); pattern == "" && strings.HasPrefix(r.URL.Path, "/api/") {
		s.error(w, r, demarche.Errorf(demarche.ENOTFOUND, "no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
		return
	}
	s.mux.ServeHTTP(w, r)
}

// ListenAndServe serves on addr until ctx ends, then shuts down within five
// seconds. ready, when not nil, receives the address listened on.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return demarche.Errorf(demarche.EUNAVAILABLE, "listen on %s: %v", addr, err)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
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
	if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
		return // the client went away
	}
	code := demarche.ErrorCode(err)
	status := statusOf(code)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
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
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.cfg.Token)) != 1 {
		return demarche.Errorf(demarche.EUNAUTHORIZED, "a valid bearer token is needed (Authorization: Bearer TOKEN)")
	}
	return nil
}
