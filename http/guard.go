package http

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/demarche-project/demarche"
)

// Defaults of the limits and time-outs of Config.
const (
	DefaultRequestTimeout    = 30 * time.Second // a read or a page
	DefaultIngestTimeout     = 30 * time.Minute // POST /api/ingest and /api/recode
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 2 * time.Minute // the whole request, body included
	DefaultIdleTimeout       = 2 * time.Minute
	DefaultMaxBody           = 32 << 20 // bytes of a request body
	DefaultMaxSearchTerms    = demarche.DefaultMaxSearchTerms
	DefaultMaxSearchLength   = demarche.DefaultMaxSearchLength
	DefaultMaxHeaderBytes    = 1 << 20
	maxParamLength           = 4096 // bytes of a query parameter's value (q has its own limit)
)

// limits returns cfg with the defaults filled in.
func (cfg Config) limits() Config {
	orDefault(&cfg.RequestTimeout, DefaultRequestTimeout)
	orDefault(&cfg.IngestTimeout, DefaultIngestTimeout)
	orDefault(&cfg.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	orDefault(&cfg.ReadTimeout, DefaultReadTimeout)
	// long enough for any read's answer to be written after its deadline;
	// ingests extend their own
	orDefault(&cfg.WriteTimeout, cfg.RequestTimeout+30*time.Second)
	orDefault(&cfg.IdleTimeout, DefaultIdleTimeout)
	orDefault(&cfg.MaxBody, DefaultMaxBody)
	orDefault(&cfg.MaxSearchTerms, DefaultMaxSearchTerms)
	orDefault(&cfg.MaxSearchLength, DefaultMaxSearchLength)
	orDefault(&cfg.MaxPeriods, demarche.DefaultMaxPeriods)
	return cfg
}

// orDefault sets *v to def when it is not positive (unset).
func orDefault[T ~int | ~int64](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// requestIDKey is the context key of a request's id.
type requestIDKey struct{}

// RequestID returns the id of the request of ctx ("" outside a request):
// the X-Request-Id header of the answer, and the request_id of the log.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

var (
	idPrefix = func() string {
		b := make([]byte, 4)
		rand.Read(b)
		return hex.EncodeToString(b)
	}()
	idCounter atomic.Uint64
)

func newRequestID() string { return idPrefix + "-" + strconv.FormatUint(idCounter.Add(1), 10) }

// guardWriter remembers whether the answer has started, so that a panic
// can still be answered with an error when it has not.
type guardWriter struct {
	http.ResponseWriter
	wrote bool
}

func (g *guardWriter) WriteHeader(code int) {
	if g.wrote {
		return // one answer only
	}
	g.wrote = true
	g.ResponseWriter.WriteHeader(code)
}

func (g *guardWriter) Write(b []byte) (int, error) {
	g.wrote = true
	return g.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (g *guardWriter) Unwrap() http.ResponseWriter { return g.ResponseWriter }

// Flush sends what is buffered.
func (g *guardWriter) Flush() {
	if f, ok := g.ResponseWriter.(http.Flusher); ok {
		g.wrote = true
		f.Flush()
	}
}

// guard serves a request under the server's protections: a request id, a
// deadline (the ingest time-out for writes, the request time-out for the
// rest), and a recover that turns a panic into a logged internal error.
func (s *Server) guard(w http.ResponseWriter, r *http.Request, next func(http.ResponseWriter, *http.Request)) {
	id := newRequestID()
	w.Header().Set("X-Request-Id", id)
	gw := &guardWriter{ResponseWriter: w}
	timeout := s.cfg.RequestTimeout
	if r.Method == http.MethodPost && (r.URL.Path == "/api/ingest" || r.URL.Path == "/api/recode") {
		timeout = s.cfg.IngestTimeout
		// The answer comes after the work: the write deadline of the
		// connection moves with it. (The body must still come within
		// the read time-out.)
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(timeout + 30*time.Second))
	}
	ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), requestIDKey{}, id), timeout)
	defer cancel()
	r = r.WithContext(ctx)
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v)
		}
		s.log.Error("panic serving a request", "request_id", id, "method", r.Method, "path", r.URL.Path,
			"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		if !gw.wrote {
			s.writeError(gw, r, demarche.Errorf(demarche.EINTERNAL, "internal error (request %s)", id))
		}
	}()
	next(gw, r)
}

// writeError answers an error as the part of the site asked for: JSON under
// /api/, plain text elsewhere.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(statusOf(demarche.ErrorCode(err)))
	fmt.Fprintln(w, demarche.ErrorMessage(err))
}

// deadlineError returns the error to answer when the request's deadline
// has passed, naming the time-out, and nil otherwise.
func (s *Server) deadlineError(r *http.Request, err error) error {
	if !errors.Is(r.Context().Err(), context.DeadlineExceeded) && !errors.Is(err, context.DeadlineExceeded) {
		return nil
	}
	timeout, flag := s.cfg.RequestTimeout, "--request-timeout"
	if r.Method == http.MethodPost && (r.URL.Path == "/api/ingest" || r.URL.Path == "/api/recode") {
		timeout, flag = s.cfg.IngestTimeout, "--ingest-timeout"
	}
	return demarche.Errorf(demarche.EUNAVAILABLE, "the request took longer than the server's time-out of %s (serve %s): ask for less (closer dates, fewer actors, a smaller limit) or try again later", timeout, flag)
}

// methods are the methods tried to build the Allow header of a 405.
var methods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions}

// allowed returns the methods served at r's path, for a 405's Allow header.
func (s *Server) allowed(r *http.Request) []string {
	var out []string
	for _, m := range methods {
		r2 := *r
		r2.Method = m
		if _, p := s.mux.Handler(&r2); p != "" {
			out = append(out, m)
		}
	}
	return out
}

// protect recovers a panic of a goroutine started for a request or in the
// background, logs it with what was running and the request id, and sets
// *err to an internal error. Use it as: defer s.protect(ctx, "what", &err).
func (s *Server) protect(ctx context.Context, what string, err *error) {
	v := recover()
	if v == nil {
		return
	}
	id := RequestID(ctx)
	s.log.Error("panic in "+what, "request_id", id, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	if err != nil {
		msg := "internal error"
		if id != "" {
			msg += " (request " + id + ")"
		}
		*err = demarche.Errorf(demarche.EINTERNAL, "%s", msg)
	}
}

// checkSearch checks a search query against the limits of its words and
// bytes, naming the limit.
func (s *Server) checkSearch(q string) error {
	if err := demarche.CheckSearch(q, s.cfg.MaxSearchTerms, s.cfg.MaxSearchLength); err != nil {
		return fmt.Errorf("%v (serve --max-search-terms, --max-search-length): search for fewer words", err)
	}
	return nil
}
