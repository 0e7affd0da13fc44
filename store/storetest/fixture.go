package storetest

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/demarche-project/demarche"
)

// Spec describes one event of a sentence for Code.
type Spec struct {
	Sentence  int
	Source    string
	Target    string
	CAMEO     string
	Verb      string // a word of the sentence, for the verb span; "" for none
	Rule      string
	Quad      int     // 0: from the code table
	Goldstein float64 // used when Quad is set
}

// codes is a small CAMEO table: code, quad class, Goldstein score.
var codes = []struct {
	code string
	quad int
	gold float64
}{
	{"010", 1, 0.0}, {"036", 1, 4.0}, {"042", 1, 1.9}, {"043", 1, 2.8}, {"051", 1, 3.4},
	{"057", 1, 8.0}, {"061", 2, 6.4}, {"0841", 2, 7.0}, {"111", 3, -2.0}, {"112", 3, -2.0},
	{"138", 4, -7.0}, {"190", 4, -10.0},
}

func codeInfo(code string) (int, float64) {
	for _, c := range codes {
		if c.code == code {
			return c.quad, c.gold
		}
	}
	return 0, 0
}

// Code builds a coded document by hand: the text is split into sentences
// after each ". ", and each spec becomes an event with its ID, spans and
// taxonomy filled in. It is what a coder would return.
func Code(id, date, title, text, publication string, specs ...Spec) *demarche.Coded {
	d := &demarche.Document{ID: id, Date: date, Title: title, Text: text, Source: publication, URL: "http://example.org/" + id, Origin: "test:" + id}
	body, headline := d.Body()
	c := &demarche.Coded{Doc: d}
	start := 0
	for i := 0; start < len(body); i++ {
		end := strings.Index(body[start:], ". ")
		if end < 0 {
			end = len(body)
		} else {
			end += start + 1
		}
		c.Sentences = append(c.Sentences, demarche.Sentence{Doc: id, Index: i, Text: body[start:end], Start: start, End: end, Headline: headline})
		start = end
		for start < len(body) && body[start] == ' ' {
			start++
		}
	}
	for _, sp := range specs {
		s := c.Sentences[sp.Sentence]
		e := demarche.Event{Doc: id, Sentence: sp.Sentence, Date: date, Source: sp.Source, Target: sp.Target,
			CAMEO: sp.CAMEO, Root: sp.CAMEO[:2], Text: s.Text, Rule: sp.Rule, PLOVER: "P" + sp.CAMEO[:2]}
		e.Quad, e.Goldstein = codeInfo(sp.CAMEO)
		if sp.Quad != 0 {
			e.Quad, e.Goldstein = sp.Quad, sp.Goldstein
		}
		if sp.Verb != "" {
			if at := strings.Index(s.Text, sp.Verb); at >= 0 {
				e.VerbSpan = demarche.Span{Start: at, End: at + len(sp.Verb)}
				e.VerbText = sp.Verb
			}
		}
		if n := min(len(s.Text), 5); n > 0 {
			e.SourceSpan, e.SourceText = demarche.Span{Start: 0, End: n}, s.Text[:n]
		}
		e.ID = demarche.EventID(id, e.Sentence, e.VerbSpan, e.Source, e.Target, e.CAMEO)
		e.Confidence = float64(e.ID[0]%10) / 10 // spread over 0–0.9, for --min-confidence
		c.Events = append(c.Events, e)
	}
	return c
}

var actors = []string{"PRK", "PRKGOV", "PRKMIL", "RUS", "RUSGOV", "RUSMIL", "USA", "USAGOV", "KOR", "KORGOV", "CHN", "IGOUNO", demarche.NoActor}

// words returns n pseudo-words drawn from r, unlike any other document's.
func words(r *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("w%x", r.Int63()&0xffffff)
	}
	return out
}

// randomText returns a text of sentences of ten pseudo-words each.
func randomText(r *rand.Rand, sentences int) string {
	var b strings.Builder
	for i := 0; i < sentences; i++ {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(strings.Join(words(r, 10), " "))
		b.WriteString(".")
	}
	return b.String()
}

// Fixture is a deterministic set of coded documents with duplicates, and the
// events a store must count (those of canonical documents).
type Fixture struct {
	Coded     []*demarche.Coded
	Dups      map[string]string // duplicate document ID → canonical ID
	Canonical []demarche.Event  // events of canonical documents
	All       []demarche.Event  // every event
	Pub       map[string]string // document ID → publication
}

// NewFixture builds n documents dated from late 2010 to early 2012, each of
// eight sentences and up to eight events, plus an exact copy, a near copy
// and a copy outside the near-duplicate window of some of them.
func NewFixture(seed int64, n int) *Fixture {
	r := rand.New(rand.NewSource(seed))
	f := &Fixture{Dups: map[string]string{}, Pub: map[string]string{}}
	base := dayNum("2010-12-20")
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("doc-%03d", i)
		date := dayStr(base + r.Intn(420))
		pub := []string{"KCNA", "TASS"}[r.Intn(2)]
		var specs []Spec
		for k := r.Intn(9); k > 0; k-- {
			src, tgt := actors[r.Intn(len(actors)-1)], actors[r.Intn(len(actors))]
			c := codes[r.Intn(len(codes))]
			specs = append(specs, Spec{Sentence: r.Intn(8), Source: src, Target: tgt, CAMEO: c.code, Verb: "", Rule: "rule-" + c.code})
		}
		text := randomText(r, 8)
		// Verb spans: the second word of the sentence.
		c := Code(id, date, "Title "+id, text, pub, specs...)
		for j := range c.Events {
			s := c.Sentences[c.Events[j].Sentence].Text
			a := strings.Index(s, " ") + 1
			b := a + strings.Index(s[a:], " ")
			c.Events[j].VerbSpan, c.Events[j].VerbText = demarche.Span{Start: a, End: b}, s[a:b]
			e := &c.Events[j]
			e.ID = demarche.EventID(id, e.Sentence, e.VerbSpan, e.Source, e.Target, e.CAMEO)
		}
		c.Events = distinct(c.Events)
		f.Coded = append(f.Coded, c)
		f.Pub[id] = pub
	}
	// Copies: exact (another ID, same content, linked whatever the date),
	// near (one word changed), and a near copy forty days later, which is
	// not a duplicate.
	for i := 0; i < n; i += 7 {
		orig := f.Coded[i]
		kind := (i / 7) % 3
		id := fmt.Sprintf("copy-%03d", i)
		text, date := orig.Doc.Text, orig.Doc.Date
		if kind > 0 {
			w := strings.Fields(text)
			w[40] = "changed"
			text = strings.Join(w, " ")
		}
		if kind == 2 {
			date = dayStr(dayNum(date) + 40)
		}
		var specs []Spec
		for _, e := range orig.Events {
			specs = append(specs, Spec{Sentence: e.Sentence, Source: e.Source, Target: e.Target, CAMEO: e.CAMEO, Rule: e.Rule})
		}
		c := Code(id, date, orig.Doc.Title, text, orig.Doc.Source, specs...)
		c.Events = distinct(c.Events)
		f.Coded = append(f.Coded, c)
		f.Pub[id] = orig.Doc.Source
		if kind != 2 {
			f.Dups[id] = orig.Doc.ID
		}
	}
	for _, c := range f.Coded {
		for _, e := range c.Events {
			f.All = append(f.All, e)
			if _, dup := f.Dups[c.Doc.ID]; !dup {
				f.Canonical = append(f.Canonical, e)
			}
		}
	}
	return f
}

func distinct(events []demarche.Event) []demarche.Event {
	seen := map[string]bool{}
	out := events[:0]
	for _, e := range events {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	return out
}
