package coder

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
)

func TestBareLine(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Lao envoy's visit hailed", true},
		{"Sit-in strike in S. Korea", true},
		{"  Nepalese paper lauds DPRK  ", true},
		{"Visit hailed by \"friends\"", true},
		{"The envoy left Pyongyang.", false},
		{"The envoy said: \"We will come back.\"", false},
		{"Is the visit off?", false},
		{"The delegation issued the following statement:", false},
		{"Lao envoy's visit hailed\n\nThe envoy arrived.", false},
		{"", false},
	} {
		if got := bareLine(tt.text); got != tt.want {
			t.Errorf("bareLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestBareHeadlineDocument: a KCNA document whose text is one bare line is
// coded as a headline (its sentence is marked so, and it reads the
// headline's grammar); a source without bare-headlines keeps the sentence
// reading.
func TestBareHeadlineDocument(t *testing.T) {
	c := builtinCoder(t)
	for _, tt := range []struct {
		source, text string
		headline     bool
		want         string
	}{
		{"KCNA", "Brief biography of Kim Jong Il carried by Nepalese website", true, "NPLMED PRKGOV 010"},
		{"KCNA", "Open letter of DPRK supported by Peruvian party", true, "PERPTY PRK 051"},
		{"KCNA", "Nepalese website carried a brief biography of Kim Jong Il.", false, ""},
		{"AP", "Police clash with protesters in downtown Lima", false, ""},
	} {
		doc := &demarche.Document{ID: "bare", Date: "2012-02-03", Source: tt.source, Text: tt.text}
		out, err := c.Code(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Sentences) != 1 || out.Sentences[0].Headline != tt.headline {
			t.Errorf("%s %q: sentences %+v, want one with headline %v", tt.source, tt.text, out.Sentences, tt.headline)
		}
		if tt.want != "" && !wantFound(out.Events, tt.want) {
			t.Errorf("%s %q: want %s, got %+v", tt.source, tt.text, tt.want, out.Events)
		}
	}
}
