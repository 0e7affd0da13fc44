package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/lang"
)

// setLanguage records on doc the language it is read in, when the input gave
// none (or --language forced none): the detector's answer when it is
// confident, else "" (too little text to tell, as in a headline). The
// document itself is updated, not a copy: callers (the ingest pipeline, the
// queue worker) match the coded result to their input by its pointer, and
// the store keeps the language found.
func setLanguage(doc *demarche.Document) {
	if doc.Language != "" {
		return
	}
	body, _ := doc.Body()
	if r := lang.Detect(body); r.Confident {
		doc.Language = r.Language
	}
}

// codesLanguage reports whether the coder reads documents of language l
// with its knowledge, which is written in English: English documents and
// those whose language could not be told.
func codesLanguage(l string) bool { return l == "" || l == lang.English }
