package coder

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/shared"
)

func TestLanguage(t *testing.T) {
	c := builtinCoder(t)
	spanish := "El presidente de Rusia visitó la capital de China el lunes y se reunió con los dirigentes del país para hablar de la cooperación entre los dos gobiernos."
	english := "The president of Russia visited the capital of China on Monday and met the leaders of the country to discuss the cooperation between the two governments."
	tests := []struct {
		name, text, title, force, want string
		events                         bool
	}{
		{"english story", english, "", "", "en", true},
		{"spanish story", spanish, "", "", "es", false},
		{"spanish forced to english", spanish, "", "en", "en", false}, // English rules find no English verb
		{"english forced to spanish", english, "", "es", "es", false},
		{"headline: too short to tell, coded", "", "Russian President Visits China", "", "", true},
	}
	for _, tt := range tests {
		doc := &demarche.Document{ID: "d", Date: "2011-05-02", Text: tt.text, Title: tt.title, Source: "KCNA", Language: tt.force}
		out, err := c.Code(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		if out.Doc.Language != tt.want || (len(out.Events) > 0) != tt.events || len(out.Sentences) == 0 {
			t.Errorf("%s: language %q, %d events, %d sentences; want %q, events %v", tt.name, out.Doc.Language, len(out.Events), len(out.Sentences), tt.want, tt.events)
		}
		if out.Doc != doc {
			t.Errorf("%s: the coded result does not point at the caller's document", tt.name)
		}
	}
}

// TestLanguageKCNA counts the events that the English rules draw from the
// stories detected as not English in KCNA 2011, with and without the
// language check.
func TestLanguageKCNA(t *testing.T) {
	if testing.Short() {
		t.Skip("codes a year of KCNA")
	}
	docs := shared.Stories(t, "corpora/kcna/kcna-2011.jsonl.gz")
	c := builtinCoder(t)
	counts := map[string]int{}
	var other []*demarche.Document
	for _, d := range docs {
		setLanguage(d)
		l := d.Language
		counts[l]++
		if !codesLanguage(l) {
			other = append(other, d)
		}
	}
	forced := make([]*demarche.Document, len(other))
	for i, d := range other {
		f := *d
		f.Language = "en"
		forced[i] = &f
	}
	ns, before := shared.CodeAll(t, c, forced)
	_, after := shared.CodeAll(t, c, other)
	t.Logf("KCNA 2011: documents per language %v; events from the %d non-English ones (%d sentences): %d coded as English, %d with the language check", counts, len(other), ns, before, after)
	if after != 0 {
		t.Errorf("%d events from non-English documents", after)
	}
}
