// Package silent measures the coder's recall without gold: over a corpus,
// it takes the sentences that name actors of at least two countries (the
// sentences most likely to report an interaction) and counts those that
// yield no event, with the predicates they turn on. The predicates of the
// silent sentences are where recall is lost: verbs that the dictionaries do
// not know, or dictionary verbs whose patterns did not match (the coder's
// own reason is kept).
package silent

import (
	"context"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/eval"
	"github.com/demarche-project/demarche/ingest"
)

// MaxReasons bounds the reasons listed per predicate.
const MaxReasons = 3

// Reason is one of the coder's reasons for not coding a predicate, with
// the number of silent sentences it explains.
type Reason struct {
	Why   string `json:"why"`
	Count int    `json:"count"`
}

// MaxExample bounds the length of the example sentence kept per predicate.
const MaxExample = 300

// Predicate is one predicate of silent sentences.
type Predicate struct {
	Lemma string `json:"lemma"` // a rough lemma: the stem shared by its forms
	Form  string `json:"form"`  // its most frequent form in the silent sentences
	Count int    `json:"count"` // silent sentences in which it is the predicate
	// Class is the dictionary verb class when the coder knew the word
	// ("" when the word is in no verb class).
	Class string `json:"class,omitempty"`
	// Known is the number of those sentences in which the coder read the
	// word as a predicate of its verb classes (the others: no class, or a
	// use the dictionaries do not list).
	Known int `json:"known"`
	// Reasons are the coder's most frequent reasons for not coding it
	// (at most MaxReasons), most frequent first.
	Reasons []Reason `json:"reasons,omitempty"`
	Example string   `json:"example"`

	forms   map[string]int
	reasons map[string]int
}

// Stats are the figures of a scan.
type Stats struct {
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	// Multi is the number of sentences that name actors of two countries
	// or more; Silent, of those, the number that yield no event.
	Multi  int `json:"multi_country_sentences"`
	Silent int `json:"silent"`
	// Known is the number of silent sentences whose predicate is a word of
	// the dictionaries' verb classes (that gave no event); in the others
	// the dictionaries do not know it.
	Known int `json:"silent_with_dictionary_predicate"`
	// Predicates are the predicates of silent sentences, most frequent
	// first (all of them; Top cuts).
	Predicates []*Predicate `json:"predicates"`
	// StageCounts and Causes are the census of the silent sentences: the
	// furthest stage of the analysis one of their predicates reached
	// (census.go), and the reasons they stopped there, by stage and most
	// frequent first.
	StageCounts []StageCount `json:"stages"`
	Causes      []*Cause     `json:"causes"`

	byLemma map[string]*Predicate
	byCause map[string]*Cause
	// examples is Options.Examples.
	examples int
}

// Share returns the share of multi-country sentences that are silent.
func (s *Stats) Share() float64 {
	if s.Multi == 0 {
		return 0
	}
	return float64(s.Silent) / float64(s.Multi)
}

// Top returns the n most frequent predicates (ties by lemma).
func (s *Stats) Top(n int) []*Predicate {
	if n < len(s.Predicates) {
		return s.Predicates[:n]
	}
	return s.Predicates
}

// finish sorts the predicates and picks each one's form and reason.
func (s *Stats) finish() {
	s.Predicates = s.Predicates[:0]
	for _, p := range s.byLemma {
		p.Form = most(p.forms)
		if p.Lemma == beLemma {
			p.Form = "be (copula)"
		}
		p.Reasons = p.Reasons[:0]
		for why, n := range p.reasons {
			p.Reasons = append(p.Reasons, Reason{why, n})
		}
		sort.Slice(p.Reasons, func(i, j int) bool {
			a, b := p.Reasons[i], p.Reasons[j]
			return a.Count > b.Count || a.Count == b.Count && a.Why < b.Why
		})
		if len(p.Reasons) > MaxReasons {
			p.Reasons = p.Reasons[:MaxReasons]
		}
		s.Predicates = append(s.Predicates, p)
	}
	sort.Slice(s.Predicates, func(i, j int) bool {
		a, b := s.Predicates[i], s.Predicates[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Lemma < b.Lemma
	})
}

var beLemma = Lemma("be")

// most returns the key of m with the highest count (ties: the smallest).
func most(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// sentenceResult is what one sentence adds to the stats.
type sentenceResult struct {
	multi, silent, known bool
	lemma, form, class   string
	reason, text         string
	// the census (census.go): the furthest stage, why it stopped there,
	// the predicate that got furthest, the sentence's reference
	// (doc#index) and its whole text
	stage, why, stageForm string
	ref, full             string
}

// docResult is what one document adds.
type docResult struct {
	sentences int
	results   []sentenceResult
}

// scanner wraps the coder: it codes each document, and reads each of its
// sentences with Explain to find the actors and the predicates.
type scanner struct {
	c        *coder.Coder
	examples int
	mu       sync.Mutex
	pending  map[*demarche.Document]*docResult
}

func (sc *scanner) Version() string { return sc.c.Version() }

func (sc *scanner) Code(ctx context.Context, doc *demarche.Document) (*demarche.Coded, error) {
	out, err := sc.c.Code(ctx, doc)
	if err != nil {
		return nil, err
	}
	coded := map[int]bool{}
	for _, e := range out.Events {
		coded[e.Sentence] = true
	}
	dr := &docResult{sentences: len(out.Sentences)}
	for _, s := range out.Sentences {
		tr, _, err := sc.c.ExplainSpeaker(s.Text, doc.Date, doc.Source, doc.Country, s.Headline)
		if err != nil {
			return nil, err
		}
		r := analyse(tr, coded[s.Index], s.Text)
		if r.silent {
			r.stage, r.why, r.stageForm = census(tr)
			if sc.examples > 0 {
				r.ref, r.full = doc.ID+"#"+itoa(s.Index), strings.Join(strings.Fields(s.Text), " ")
			}
		}
		dr.results = append(dr.results, r)
	}
	sc.mu.Lock()
	sc.pending[doc] = dr
	sc.mu.Unlock()
	return out, nil
}

// analyse reads one sentence's trace.
func analyse(tr *coder.Trace, coded bool, text string) sentenceResult {
	countries := map[string]bool{}
	for _, a := range tr.Actors {
		if strings.HasPrefix(a.Kind, "sector") || strings.HasPrefix(a.Kind, "title") {
			continue // a sector word alone names no country
		}
		if c := eval.Country(a.Code); c != demarche.NoActor {
			countries[c] = true
		}
	}
	r := sentenceResult{multi: len(countries) >= 2}
	if !r.multi || coded {
		return r
	}
	r.silent = true
	if len(text) <= MaxExample {
		r.text = strings.Join(strings.Fields(text), " ")
	}
	// The predicate is the main verb by its tag; the coder's own analysis
	// of it (its verb class and why it gave nothing) when it knows the
	// word. A sentence without a verb (a headline, a nominal phrase) takes
	// its first event noun of the dictionaries.
	if k := mainVerb(tr.Tokens); k >= 0 {
		r.form = strings.ToLower(tr.Tokens[k].Text)
		r.lemma = Lemma(r.form)
		for _, p := range tr.Predicates {
			if w := strings.Fields(p.Verb); len(w) > 0 && strings.ToLower(w[0]) == r.form {
				r.known, r.class, r.reason = true, p.Class, reason(p)
				if r.reason == "no source actor" {
					r.reason += subjectHint(tr.Tokens, k)
				}
				break
			}
		}
		return r
	}
	for _, p := range tr.Predicates {
		if p.Stage != coder.StageCoded {
			r.form = strings.ToLower(p.Verb)
			r.lemma = Lemma(r.form)
			r.known, r.class, r.reason = true, p.Class, reason(p)
			return r
		}
	}
	r.form, r.lemma = "(no verb)", "(no verb)"
	return r
}

// subjectHint says what stands before the verb at k when the coder found
// no source: a pronoun (not coded, by the guide), a proper name the
// dictionaries lack, or a common noun phrase.
func subjectHint(toks []coder.TraceToken, k int) string {
	j := k - 1
	for j >= 0 && (strings.HasPrefix(toks[j].Tag, "RB") || toks[j].Tag == "MD" ||
		strings.HasPrefix(toks[j].Tag, "VB") && auxiliaries[Lemma(strings.ToLower(toks[j].Text))]) {
		j--
	}
	switch {
	case j < 0:
		return ""
	case toks[j].Tag == "PRP":
		return " (a pronoun before the verb)"
	case strings.HasPrefix(toks[j].Tag, "NNP"):
		return " (a proper name before the verb)"
	case strings.HasPrefix(toks[j].Tag, "NN"):
		return " (a common noun before the verb)"
	}
	return ""
}

// reason returns the coder's reason for not coding a predicate.
func reason(p *coder.TracePredicate) string {
	switch p.Stage {
	case coder.StageCoded:
		return "coded, then dropped by a sentence rule"
	case coder.StageNone:
		return "no pattern matched"
	}
	return strings.TrimPrefix(p.Outcome, "not coded: ")
}

// auxiliaries are the lemmas of the verbs skipped when looking for the
// main verb.
var auxiliaries = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"} {
		m[Lemma(w)] = true
	}
	return m
}()

// mainVerb returns the index of the main verb: from the first finite verb
// (or modal) on, the first verb that is not an auxiliary ("has drawn",
// "will visit"); without a finite verb, the first verb that is not an
// auxiliary; else the first verb; -1 when there is none.
func mainVerb(toks []coder.TraceToken) int {
	from, first := -1, -1
	for k, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") && first < 0 {
			first = k
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			from = k
			break
		}
	}
	for _, start := range []int{from, 0} {
		if start < 0 {
			continue
		}
		for k := start; k < len(toks); k++ {
			if strings.HasPrefix(toks[k].Tag, "VB") && !auxiliaries[Lemma(strings.ToLower(toks[k].Text))] {
				return k
			}
		}
	}
	return first
}

// irregular maps irregular verb forms to their lemma.
var irregular = map[string]string{
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
	"has": "have", "had": "have", "having": "have", "did": "do", "does": "do", "done": "do",
	"went": "go", "gone": "go", "goes": "go", "made": "make", "held": "hold", "met": "meet",
	"sent": "send", "said": "say", "says": "say", "gave": "give", "given": "give", "took": "take",
	"taken": "take", "left": "leave", "came": "come", "saw": "see", "seen": "see", "paid": "pay",
	"led": "lead", "brought": "bring", "told": "tell", "kept": "keep", "began": "begin",
	"begun": "begin", "sought": "seek", "thought": "think", "won": "win", "built": "build",
	"spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "stood": "stand",
	"rose": "rise", "risen": "rise", "fought": "fight", "found": "find", "laid": "lay", "put": "put",
	"set": "set", "read": "read", "bore": "bear", "borne": "bear", "struck": "strike", "became": "become",
	"shown": "show", "grew": "grow", "grown": "grow", "knew": "know", "known": "know", "hit": "hit",
}

// Lemma returns a rough lemma of a lower-case verb form: irregular forms
// from a list, regular ones by stripping -ing, -ed, -es, -s (and a final
// e or a doubled consonant), so that "praised", "praises" and "praising"
// share "prais". It is a grouping key, not a dictionary word; Predicate.Form
// shows a real form.
func Lemma(w string) string {
	if l, ok := irregular[w]; ok {
		w = l // then normalised as the regular forms are: "made", "make" → "mak"
	}
	for _, suf := range []string{"ing", "ied", "ies", "ed", "es", "s"} {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 3 {
			continue
		}
		if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us")) {
			continue
		}
		w = w[:len(w)-len(suf)]
		if suf == "ied" || suf == "ies" {
			w += "y"
		}
		break
	}
	w = strings.TrimSuffix(w, "e")
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && strings.IndexByte("bdgmnprt", w[n-1]) >= 0 {
		w = w[:n-1]
	}
	return w
}

// Options bound a scan.
type Options struct {
	// MaxDocs stops after this many documents (0: all).
	MaxDocs int
	// Workers is the number of documents coded at once (0: all cores).
	Workers int
	// Examples is the number of sentences kept per reason of the census
	// (Stats.Causes): a deterministic pseudo-random sample (0: none).
	Examples int
}

// limited stops a source after n documents.
type limited struct {
	src  ingest.Source
	n    int
	left int
}

func (l *limited) Next() (*demarche.Document, error) {
	if l.n > 0 && l.left == 0 {
		return nil, io.EOF
	}
	l.left--
	return l.src.Next()
}

// Scan codes every document of src and returns the stats. Memory is
// bounded by the vocabulary of predicates (one example each), not by the
// corpus. fail is called with the documents the coder rejects.
func Scan(ctx context.Context, c *coder.Coder, src ingest.Source, opt Options, fail func(*demarche.Document, error)) (*Stats, error) {
	sc := &scanner{c: c, examples: opt.Examples, pending: map[*demarche.Document]*docResult{}}
	st := &Stats{byLemma: map[string]*Predicate{}, byCause: map[string]*Cause{}, examples: opt.Examples}
	if opt.MaxDocs > 0 {
		src = &limited{src: src, n: opt.MaxDocs, left: opt.MaxDocs}
	}
	if fail == nil {
		fail = func(*demarche.Document, error) {}
	}
	_, err := ingest.Code(ctx, sc, src, opt.Workers, func(cd *demarche.Coded) error {
		sc.mu.Lock()
		dr := sc.pending[cd.Doc]
		delete(sc.pending, cd.Doc)
		sc.mu.Unlock()
		st.add(dr)
		return nil
	}, fail)
	if err != nil {
		return nil, err
	}
	st.finish()
	st.finishCensus()
	return st, nil
}

// add merges one document's results, in input order.
func (s *Stats) add(dr *docResult) {
	if dr == nil {
		return
	}
	s.Documents++
	s.Sentences += dr.sentences
	for _, r := range dr.results {
		if !r.multi {
			continue
		}
		s.Multi++
		if !r.silent {
			continue
		}
		s.Silent++
		s.addCause(&r, s.examples)
		if r.known {
			s.Known++
		}
		p := s.byLemma[r.lemma]
		if p == nil {
			p = &Predicate{Lemma: r.lemma, Class: r.class, forms: map[string]int{}, reasons: map[string]int{}}
			s.byLemma[r.lemma] = p
		}
		p.Count++
		if r.known {
			p.Known++
		}
		p.forms[r.form]++
		if r.reason != "" {
			p.reasons[r.reason]++
		}
		if p.Class == "" {
			p.Class = r.class
		}
		if r.text != "" && (p.Example == "" || len(r.text) < len(p.Example)) {
			p.Example = r.text
		}
	}
}
