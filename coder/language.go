package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/lang"
)

// withLanguage returns doc with its language set: as the input gave it
// (or --language forced it), else the detector's answer when it is
// confident, else "" (too little text to tell, as in a headline). The
// caller's document is not changed: a copy carries a detected language.
func withLanguage(doc *demarche.Document) *demarche.Document {
	if doc.Language != "" {
		return doc
	}
	body, _ := doc.Body()
	r := lang.Detect(body)
	if !r.Confident {
		return doc
	}
	d := *doc
	d.Language = r.Language
	return &d
}

// codesLanguage reports whether the coder reads documents of language l
// with its knowledge, which is written in English: English documents and
// those whose language could not be told.
func codesLanguage(l string) bool { return l == "" || l == lang.English }
