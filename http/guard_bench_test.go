package http_test

import (
	"net/http/httptest"
	"testing"

	"github.com/demarche-project/demarche/analysis"
	dhttp "github.com/demarche-project/demarche/http"
)

// BenchmarkServeOverhead serves a cheap endpoint in-process, so that the
// fixed cost of serving a request (routing, parameters, guard) shows.
func BenchmarkServeOverhead(b *testing.B) {
	st := loadStore(b, exampleCorpus)
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: analysis.New(st, analysis.Options{})})
	for _, path := range []string{"/api/questions", "/api/events?dyad=PRK,RUS&limit=10"} {
		b.Run(path, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
				if w.Code != 200 {
					b.Fatal(w.Code, w.Body.String())
				}
			}
		})
	}
}
