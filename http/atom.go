package http

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/alert"
)

// SignalsAtom serves the signals as an Atom feed, newest first, each entry
// with its summary and evidence: GET /signals.atom. Query parameters:
// source and target (actors), kind (a comma list), min_score, limit (1–500,
// default 100). The questions of the configuration add their stance
// transitions.
func (s *Server) SignalsAtom() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.signalsAtom(w, r); err != nil {
			s.error(w, r, err)
		}
	})
}

func (s *Server) signalsAtom(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	limit := 100
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return demarche.Errorf(demarche.EINVALID, "limit: want a number from 1 to 500, got %q", v)
		}
		limit = n
	}
	var minScore float64
	if v := q.Get("min_score"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return demarche.Errorf(demarche.EINVALID, "min_score: want a number, got %q", v)
		}
		minScore = f
	}
	split := func(k string) []string {
		var out []string
		for _, p := range strings.Split(q.Get(k), ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	rep, err := s.cfg.Analyst.Signals(r.Context(), demarche.SignalQuery{Source: split("source"), Target: split("target"),
		Kinds: split("kind"), MinScore: minScore, Questions: s.cfg.Questions})
	if err != nil {
		return err
	}
	sigs := rep.Signals
	alert.SortNewest(sigs)
	if len(sigs) > limit {
		sigs = sigs[:limit]
	}
	urls := docURLs(r.Context(), s.cfg.Store, sigs)
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	base := scheme + "://" + r.Host
	var buf bytes.Buffer
	if err := alert.WriteAtom(&buf, "demarche signals", base, base+r.URL.RequestURI(), sigs, urls); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	_, err = w.Write(buf.Bytes())
	return err
}

// docURLs returns the URLs of the evidence documents of signals.
func docURLs(ctx context.Context, st demarche.DocumentStore, sigs []demarche.Signal) map[string]string {
	out := map[string]string{}
	if st == nil {
		return out
	}
	for _, sg := range sigs {
		for _, e := range sg.Evidence {
			if _, ok := out[e.Doc]; ok {
				continue
			}
			out[e.Doc] = ""
			if d, err := st.Document(ctx, e.Doc); err == nil {
				out[e.Doc] = d.URL
			}
		}
	}
	return out
}
