package coder

import (
	"fmt"
	"io"
	"strings"

	"github.com/demarche-project/demarche/dict"
)

// Trace records how one sentence was coded, for `demarche explain`.
type Trace struct {
	Sentence   string
	Date       string
	Tokens     []TraceToken
	Parse      []string // the dependency parse, one CoNLL-U-like line a token
	Second     int      // Predicates[Second:] are the second reading, on the parse (when > 0)
	Actors     []TraceActor
	Phrases    []string // the noun phrases and the actors they resolve to
	Predicates []*TracePredicate
	Notes      []TraceNote // what the sentence rules did, in order
	Events     []string
	Confidence []string // per event: its confidence and the model's features
}

// TraceToken is a token with its part-of-speech tag.
type TraceToken struct{ Text, Tag string }

// TraceActor is a dictionary phrase found in the sentence.
type TraceActor struct {
	Text, Kind, Code, Rule string
	Role                   string // for people: the dated role that matched
}

// TracePredicate is one verb or event noun and what became of it.
type TracePredicate struct {
	Verb, Class string
	Group       string // voice, tense, modality
	Subject     string
	Patterns    []string // "✓ pattern" or "✗ pattern"
	Tree        string   // what the parse gave: source, agent, target and their relations
	Outcome     string
	Stage       TraceStage // where its analysis stopped (StageCoded when it gave events); the reason in words is Outcome's
}

// TraceNote is one note of the sentence rules: what a rule did and, when it
// dropped an event, why, as a stage (StageNoTarget, StageSameCountry or
// StageDropped; StageNone for a note that drops nothing).
type TraceNote struct {
	Text  string
	Stage TraceStage
}

// TraceStage is how far the analysis of a predicate went, or why a sentence
// rule dropped an event: the distinctions that `demarche eval --silent
// --reasons` counts, so that it never reads the words of a note. The words
// (TracePredicate.Outcome, TraceNote.Text) give the particular reason.
type TraceStage uint8

// The stages, in the order of the analysis.
const (
	StageNone        TraceStage = iota // not told: a predicate left before any outcome, a note that drops no event
	StageNoPattern                     // no pattern of the predicate's classes matched and no default code, or an event noun that codes only by a pattern or in its place
	StageNoCode                        // a pattern that codes nothing on purpose matched: not an event, by the dictionaries
	StageFiltered                      // a pattern matched, but the clause drops it (negated, hypothetical, the content of a governing verb, background …)
	StageNoSource                      // a pattern matched, but no usable source (none, an agentless passive, a modifier, someone dead …)
	StageCoded                         // the predicate gave events (a sentence rule may still drop them)
	StageNoTarget                      // a sentence rule dropped an event for want of a target
	StageSameCountry                   // a sentence rule dropped an event whose source and target are of one country
	StageDropped                       // another sentence rule dropped an event
)

type predTracer struct{ t *TracePredicate }

func (s *sentence) tracePred(p *pred) predTracer {
	if s.trace == nil {
		return predTracer{}
	}
	tp := &TracePredicate{Verb: s.spanText(p.v, p.vend), Class: p.describe()}
	var g []string
	if p.g.neg {
		g = append(g, "negated")
	}
	if p.g.passive {
		g = append(g, "passive")
	}
	if p.g.future {
		g = append(g, "future")
	}
	if p.g.hypo != "" {
		g = append(g, "modal "+p.g.hypo)
	}
	if p.g.infin {
		g = append(g, "infinitive")
	}
	if p.g.particip {
		g = append(g, "participle")
	}
	if p.g.govIdx >= 0 {
		g = append(g, "governed by \""+s.norm(p.g.govIdx)+"\"")
	}
	if p.g.finite {
		g = append(g, "finite")
	}
	tp.Group = strings.Join(g, ", ")
	if len(p.subj) > 0 {
		var codes []string
		for _, a := range p.subj {
			codes = append(codes, a.code+" «"+s.spanText(a.i, a.j)+"»")
		}
		tp.Subject = strings.Join(codes, ", ") + " (" + p.subjHow + ")"
	} else if !p.noun {
		tp.Subject = "none found"
	}
	s.trace.Predicates = append(s.trace.Predicates, tp)
	if s.treePass {
		s.treeTraced = append(s.treeTraced, tracedPred{tp, p})
	}
	return predTracer{tp}
}

func (t predTracer) tried(p *dict.Pattern, ok bool) {
	if t.t == nil {
		return
	}
	mark := "✗"
	if ok {
		mark = "✓"
	}
	t.t.Patterns = append(t.t.Patterns, fmt.Sprintf("%s [%s] %s (%s)", mark, p.Code, p.Text, p.Pos))
}

// why records that the clause drops the predicate (StageFiltered), and why.
func (t predTracer) why(msg string) { t.stop(StageFiltered, msg) }

// stop records that the predicate gave no event, at which stage and why.
func (t predTracer) stop(st TraceStage, msg string) {
	if t.t != nil {
		t.t.Outcome, t.t.Stage = "not coded: "+msg, st
	}
}

func (t predTracer) coded(code, rule string) {
	if t.t != nil {
		t.t.Outcome, t.t.Stage = "coded "+code+" by "+rule, StageCoded
	}
}

// Write prints the trace for a reader.
func (tr *Trace) Write(w io.Writer) {
	fmt.Fprintf(w, "sentence: %s\ndate:     %s\n\ntokens:\n ", tr.Sentence, tr.Date)
	for _, t := range tr.Tokens {
		fmt.Fprintf(w, " %s/%s", t.Text, t.Tag)
	}
	fmt.Fprintln(w)
	writeSection(w, "parse (id, form, lemma, UPOS, XPOS, head, relation)", tr.Parse, "")
	fmt.Fprintln(w, "\nactors and sector words:")
	if len(tr.Actors) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for _, a := range tr.Actors {
		fmt.Fprintf(w, "  %-30q %-12s %-10s %s", a.Text, a.Kind, a.Code, a.Rule)
		if a.Role != "" {
			fmt.Fprintf(w, "  role: %s", a.Role)
		}
		fmt.Fprintln(w)
	}
	writeSection(w, "noun phrases naming actors", tr.Phrases, "")
	fmt.Fprintln(w, "\npredicates:")
	if len(tr.Predicates) == 0 {
		fmt.Fprintln(w, "  (no verb or event noun of the dictionaries)")
	}
	for i, p := range tr.Predicates {
		if i == tr.Second && i > 0 {
			fmt.Fprintln(w, "  -- second reading, on the parse --")
		}
		fmt.Fprintf(w, "  %q  class %s  [%s]\n", p.Verb, p.Class, p.Group)
		if p.Subject != "" {
			fmt.Fprintf(w, "    subject: %s\n", p.Subject)
		}
		if p.Tree != "" {
			fmt.Fprintf(w, "    tree: %s\n", p.Tree)
		}
		for _, pt := range p.Patterns {
			fmt.Fprintf(w, "    %s\n", pt)
		}
		fmt.Fprintf(w, "    → %s\n", p.Outcome)
	}
	if len(tr.Notes) > 0 {
		fmt.Fprintln(w, "\nsentence rules:")
		for _, n := range tr.Notes {
			fmt.Fprintf(w, "  %s\n", n.Text)
		}
	}
	writeSection(w, "events", tr.Events, "(none)")
	writeSection(w, "confidence (per event, with the model's features)", tr.Confidence, "")
}

// writeSection prints a section of a trace: a blank line, the heading and a
// colon, and the lines indented by two spaces. A section with no lines is
// left out, unless none is given: then it says none in place of the lines.
func writeSection(w io.Writer, heading string, lines []string, none string) {
	if len(lines) == 0 && none == "" {
		return
	}
	fmt.Fprintf(w, "\n%s:\n", heading)
	if len(lines) == 0 {
		fmt.Fprintf(w, "  %s\n", none)
	}
	for _, l := range lines {
		fmt.Fprintf(w, "  %s\n", l)
	}
}
