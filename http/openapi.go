package http

import (
	_ "embed"
	"net/http"
)

// openapiJSON is the OpenAPI description of the API, written by hand; a
// test checks that it describes every route of the server and no other.
//
//go:embed openapi.json
var openapiJSON []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r).done(); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err := w.Write(openapiJSON)
	return err
}
