// The census of dropped candidates: for each silent sentence naming actors
// of two countries, the furthest stage of the coder's analysis that one of
// its predicates reached, and why it stopped there.

package silent

import (
	"hash/crc32"
	"sort"
	"strings"

	"github.com/demarche-project/demarche/coder"
)

// The stages of the coder's analysis of a predicate, in the order it goes
// through them: a silent sentence is counted at the furthest stage one of
// its predicates reached.
const (
	StageNoPredicate = "no predicate"  // no verb or event noun of any verb class
	StageNoPattern   = "no pattern"    // a predicate, but no pattern of its classes matched
	StageFiltered    = "filtered"      // a pattern matched, but the clause's modality dropped it
	StageNoSource    = "no source"     // a pattern matched, no filter, but no usable source
	StageNoTarget    = "no target"     // an event, dropped for want of a target
	StageSameCountry = "same country"  // an event, dropped: source and target of one country
	StageDropped     = "sentence rule" // an event, dropped by another sentence rule
)

// stageRank orders the stages (the furthest wins).
var stageRank = map[string]int{
	StageNoPredicate: 0, StageNoPattern: 1, StageFiltered: 2, StageNoSource: 3,
	StageNoTarget: 4, StageSameCountry: 4, StageDropped: 4,
}

// Stages lists the stages in the order of the analysis.
var Stages = []string{StageNoPredicate, StageNoPattern, StageFiltered, StageNoSource, StageNoTarget, StageSameCountry, StageDropped}

// MaxCensusForms bounds the predicate forms listed per reason.
const MaxCensusForms = 5

// Cause is one reason for which silent sentences stopped at a stage, with
// its count, its most frequent predicates and a sample of its sentences.
type Cause struct {
	Stage string `json:"stage"`
	Why   string `json:"why"`
	Count int    `json:"count"`
	// Forms are the most frequent predicates (at most MaxCensusForms) of
	// the sentences stopped for this reason, as "form (count)".
	Forms []string `json:"forms,omitempty"`
	// Examples are a deterministic pseudo-random sample of the sentences
	// (the ones whose document id and sentence index hash lowest), each
	// "doc#sentence: text"; Options.Examples bounds them.
	Examples []string `json:"examples,omitempty"`

	forms map[string]int
	ex    []example
}

type example struct {
	h    uint32
	text string
}

// StageCount is the number of silent sentences stopped at one stage.
type StageCount struct {
	Stage string `json:"stage"`
	Count int    `json:"count"`
}

// census reads a silent sentence's trace: the furthest stage one of its
// predicates reached, the reason it stopped there, and the predicate.
func census(tr *coder.Trace) (stage, why, form string) {
	stage, why = StageNoPredicate, "no verb or event noun of the dictionaries"
	best := -1
	for _, p := range tr.Predicates {
		st, w := predicateStage(p)
		if st == StageDropped {
			st, w = droppedBy(tr.Notes)
		}
		if r := stageRank[st]; r > best {
			best, stage, why, form = r, st, w, strings.ToLower(p.Verb)
		}
	}
	return stage, why, form
}

// predicateStages gives the census stage of each outcome of a predicate
// that gave no event (coder.TracePredicate.Stage; StageNoCode and
// StageNone are predicateStage's).
var predicateStages = map[coder.TraceStage]string{
	coder.StageNoPattern: StageNoPattern,
	coder.StageFiltered:  StageFiltered,
	coder.StageNoSource:  StageNoSource,
}

// noteStages gives the census stage of each note of a sentence rule that
// dropped an event (coder.TraceNote.Stage).
var noteStages = map[coder.TraceStage]string{
	coder.StageNoTarget:    StageNoTarget,
	coder.StageSameCountry: StageSameCountry,
	coder.StageDropped:     StageDropped,
}

// predicateStage reads one predicate's outcome: its stage from the
// coder's structured stage, its reason from the words of the outcome.
func predicateStage(p *coder.TracePredicate) (stage, why string) {
	switch p.Stage {
	case coder.StageCoded:
		return StageDropped, ""
	case coder.StageNone:
		if len(p.Patterns) > 0 && strings.Contains(strings.Join(p.Patterns, "\n"), "✓") {
			return StageNoSource, "a pattern matched but no event came out"
		}
		return StageNoPattern, "no pattern matched"
	case coder.StageNoCode:
		// a pattern of the dictionaries that codes nothing on purpose
		return StageNoPattern, "a pattern of no code matched (the dictionaries: not an event)"
	}
	stage, ok := predicateStages[p.Stage]
	if !ok {
		stage = StageFiltered // a stage of the coder this census does not know
	}
	return stage, generic(strings.TrimPrefix(p.Outcome, "not coded: "))
}

// droppedBy names the sentence rule that dropped a coded predicate's
// event, from the sentence rules' notes (the last one that drops).
func droppedBy(notes []coder.TraceNote) (stage, why string) {
	for i := len(notes) - 1; i >= 0; i-- {
		if st, ok := noteStages[notes[i].Stage]; ok {
			return st, generic(notes[i].Text)
		}
	}
	return StageDropped, "dropped by a sentence rule that leaves no note"
}

// generic turns a reason into its class: quoted words, codes and the
// sentence's own phrases are replaced by "…", so that the reasons of
// different sentences count together.
func generic(s string) string {
	var b strings.Builder
	quote := rune(0)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote || quote == '«' && r == '»' {
				b.WriteRune(r)
				quote = 0
			}
			continue
		case r == '"' || r == '«':
			b.WriteRune(r)
			b.WriteString("…")
			quote = r
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	// actor codes ("statement by PRKGOV dropped", "051 CHN → PRK dropped")
	w := strings.Fields(out)
	for i, x := range w {
		if strings.HasPrefix(x, "builtin:") || strings.Contains(x, ".txt:") {
			w = append(w[:i], "(a rule)")
			break // a rule and its pattern
		}
		if isCode(strings.TrimSuffix(strings.TrimRight(x, ":,"), "'s")) {
			w[i] = "X"
			if strings.HasSuffix(strings.TrimRight(x, ":,"), "'s") {
				w[i] = "X's"
			}
		}
	}
	out = strings.Join(w, " ")
	for _, cut := range []string{" is only a modifier", " had died", " ceased to exist"} {
		k := strings.Index(out, cut)
		if k <= 0 {
			continue
		}
		rest := out[k:]
		if p := strings.Index(rest, "):"); p >= 0 && cut != " is only a modifier" {
			rest = cut + rest[p+1:]
		}
		out = "a source that" + rest
	}
	return out
}

// isCode reports whether a word is an actor or CAMEO code ("PRKGOV",
// "CHN", "051", "---").
func isCode(w string) bool {
	w = strings.TrimPrefix(w, "~") // a sector without a country
	if len(w) < 3 || len(w) > 12 {
		return false
	}
	digits, upper := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z':
			upper++
		case r == '-':
		default:
			return false
		}
	}
	return digits == len(w) || upper >= 3 && digits == 0 || w == "---"
}

// addCause counts one silent sentence in the census.
func (s *Stats) addCause(r *sentenceResult, examples int) {
	if s.byCause == nil {
		s.byCause = map[string]*Cause{}
	}
	key := r.stage + "\x00" + r.why
	c := s.byCause[key]
	if c == nil {
		c = &Cause{Stage: r.stage, Why: r.why, forms: map[string]int{}}
		s.byCause[key] = c
	}
	c.Count++
	if r.stageForm != "" {
		c.forms[r.stageForm]++
	}
	if examples <= 0 {
		return
	}
	h := crc32.ChecksumIEEE([]byte(r.ref))
	if len(c.ex) == examples && h >= c.ex[len(c.ex)-1].h {
		return
	}
	text := r.ref + ": " + r.full
	i := sort.Search(len(c.ex), func(i int) bool { return c.ex[i].h > h })
	c.ex = append(c.ex, example{})
	copy(c.ex[i+1:], c.ex[i:])
	c.ex[i] = example{h, text}
	if len(c.ex) > examples {
		c.ex = c.ex[:examples]
	}
}

// finishCensus sorts the causes (by stage, then most frequent first) and
// counts the stages.
func (s *Stats) finishCensus() {
	s.Causes = s.Causes[:0]
	n := map[string]int{}
	for _, c := range s.byCause {
		n[c.Stage] += c.Count
		c.Forms = c.Forms[:0]
		for f, k := range c.forms {
			c.Forms = append(c.Forms, f+" ("+itoa(k)+")")
		}
		sort.Slice(c.Forms, func(i, j int) bool {
			a, b := c.forms[formOf(c.Forms[i])], c.forms[formOf(c.Forms[j])]
			return a > b || a == b && c.Forms[i] < c.Forms[j]
		})
		if len(c.Forms) > MaxCensusForms {
			c.Forms = c.Forms[:MaxCensusForms]
		}
		c.Examples = c.Examples[:0]
		for _, e := range c.ex {
			c.Examples = append(c.Examples, e.text)
		}
		s.Causes = append(s.Causes, c)
	}
	sort.Slice(s.Causes, func(i, j int) bool {
		a, b := s.Causes[i], s.Causes[j]
		if a.Stage != b.Stage {
			return stageIndex(a.Stage) < stageIndex(b.Stage)
		}
		return a.Count > b.Count || a.Count == b.Count && a.Why < b.Why
	})
	s.StageCounts = s.StageCounts[:0]
	for _, st := range Stages {
		s.StageCounts = append(s.StageCounts, StageCount{st, n[st]})
	}
}

func stageIndex(st string) int {
	for i, x := range Stages {
		if x == st {
			return i
		}
	}
	return len(Stages)
}

// formOf strips the count from "form (count)".
func formOf(f string) string {
	if k := strings.LastIndex(f, " ("); k >= 0 {
		return f[:k]
	}
	return f
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
