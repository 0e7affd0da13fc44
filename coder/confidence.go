package coder

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// The confidence of an event is the chance that an analyst would code it
// the same (CAMEO root, source country, target country), estimated by a
// logistic model over what the coder knows of the event: the rule that
// coded it, its root, how its source and target were found, the kind of
// predicate, the depth of reported speech and the sentence's length. The
// model's weights are fitted on the development sets (the 100 items of
// ../shared/corpora/dev and the tune half of ../shared/corpora/dev2) by
// `go test ./coder -run TestCalibrate -update`, which rewrites
// confidence.tsv; eval/CALIBRATION.md has the reliability table.

//go:embed confidence.tsv
var confidenceTable string

// The model is fitted on sets the coder is tuned on, where it is right far
// more often than on text it has never read (about 0.94 against 0.62 for
// random events of the KCNA and UN corpora judged by hand), so its
// log-odds are rescaled for unseen text (Platt scaling): a·z + b, fitted
// on those judged events (testdata/judged-events.jsonl) by
// `go test ./coder -run TestCalibrateUnseen -update`, which rewrites
// confidence-unseen.tsv. The model ranks the events; the rescaling says
// how often events of a rank are right on new text.

//go:embed confidence-unseen.tsv
var unseenTable string

// confModel is a logistic model: bias plus one weight per feature, and the
// rescaling of its log-odds for unseen text (nil: none).
type confModel struct {
	bias   float64
	w      map[string]float64
	unseen *platt
}

// platt rescales log-odds z to a·z + b, plus inner for a sentence inside
// its document (not its first: a story's lead, a headline or an item coded
// alone), where the judged events are right far less often (KCNA: 27 of
// 52 inside stories, 23 of 28 in leads) and which the development sets,
// coded an item at a time, cannot tell.
type platt struct{ a, b, inner float64 }

// parsePlatt reads the rescaling table: "# comments", then the lines
// "scale<TAB>a", "shift<TAB>b" and optionally "inner<TAB>c"; a must be
// positive, so that the rescaling keeps the model's order of events.
func parsePlatt(text string) (*platt, error) {
	p := &platt{a: math.NaN(), b: math.NaN()}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		x, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		switch {
		case !ok:
			return nil, fmt.Errorf("confidence-unseen.tsv:%d: want scale or shift<TAB>number", n+1)
		case err != nil || math.IsNaN(x) || math.IsInf(x, 0):
			return nil, fmt.Errorf("confidence-unseen.tsv:%d: %q is not a number", n+1, val)
		case name == "scale" && x > 0:
			p.a = x
		case name == "scale":
			return nil, fmt.Errorf("confidence-unseen.tsv:%d: scale %v must be positive", n+1, x)
		case name == "shift":
			p.b = x
		case name == "inner":
			p.inner = x
		default:
			return nil, fmt.Errorf("confidence-unseen.tsv:%d: unknown name %q (want scale, shift or inner)", n+1, name)
		}
	}
	if math.IsNaN(p.a) || math.IsNaN(p.b) {
		return nil, errors.New("confidence-unseen.tsv: want both scale and shift")
	}
	return p, nil
}

// parseConfModel reads the model's table: "# comments", then lines of
// "feature<TAB>weight"; the feature "bias" is the intercept.
func parseConfModel(text string) (*confModel, error) {
	m := &confModel{w: map[string]float64{}}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("confidence.tsv:%d: want feature<TAB>weight", n+1)
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("confidence.tsv:%d: weight %q is not a number", n+1, val)
		}
		if name == "bias" {
			m.bias = x
		} else {
			m.w[name] = x
		}
	}
	return m, nil
}

var confidenceModel = sync.OnceValue(func() *confModel {
	m, err := parseConfModel(confidenceTable)
	if err != nil {
		panic(err) // the embedded tables are checked by the tests
	}
	if m.unseen, err = parsePlatt(unseenTable); err != nil {
		panic(err)
	}
	return m
})

// innerNote ends the trace's confidence line of an event of a sentence
// inside its document.
const innerNote = "  (a sentence inside its document)"

// scoreAt returns the model's probability for a feature list, inner telling
// an event of a sentence inside its document, rounded to two decimals so
// that the output is stable to read and compare.
func (m *confModel) scoreAt(feats []string, inner bool) float64 {
	z := m.logit(feats)
	if u := m.unseen; u != nil {
		z = u.a*z + u.b
		if inner {
			z += u.inner
		}
	}
	p := 1 / (1 + math.Exp(-z))
	return math.Round(p*100) / 100
}

// logit returns the model's log-odds for a feature list, before the
// rescaling for unseen text.
func (m *confModel) logit(feats []string) float64 {
	z := m.bias
	for _, f := range feats {
		z += m.w[f]
	}
	return z
}

// confidence returns the confidence of a candidate about to become an
// event; under explain it records the features in the trace.
func (s *sentence) confidence(c candidate) float64 {
	feats := s.confFeatures(c)
	p := confidenceModel().scoreAt(feats, s.index > 0)
	if s.trace != nil {
		where := ""
		if s.index > 0 {
			where = innerNote
		}
		s.trace.Confidence = append(s.trace.Confidence, fmt.Sprintf("%.2f  %s%s", p, strings.Join(feats, " "), where))
	}
	return p
}

// confFeatures describes a candidate for the confidence model, as
// "name=value" strings.
func (s *sentence) confFeatures(c candidate) []string {
	var f []string
	add := func(name, val string) { f = append(f, name+"="+val) }

	// The rule: the coder's own analysis, the built-in knowledge or a
	// user's dictionary (not the file's name: the root already says what
	// kind of event it is, and knowledge files come and go), whether a
	// pattern or the class's default code, and what turned it (refusal,
	// intention, allegation).
	r := c.rule
	switch {
	case strings.HasPrefix(r, "coder:"):
		add("rule", "coder")
	case strings.HasPrefix(r, "builtin:"):
		add("rule", "builtin")
	default:
		add("rule", "user")
	}
	switch {
	case strings.Contains(r, "(refused)"):
		add("how", "refused")
	case strings.Contains(r, " verbs "):
		add("how", "class")
	default:
		add("how", "pattern")
	}
	switch {
	case strings.Contains(r, "(intention"):
		add("mod", "intention")
	case strings.Contains(r, "alleged"):
		add("mod", "alleged")
	case strings.Contains(r, "reported speech"):
		add("mod", "speech")
	}
	add("root", rootOf(c.code))

	// The source: how it is named and how the clause gave it.
	add("src", s.actorKind(c.src))
	if c.p != nil {
		how := c.p.subjHow
		switch {
		case how == "":
			add("via", "none")
		case strings.HasPrefix(how, "pronoun"):
			add("via", "pronoun")
		case strings.HasPrefix(how, "noun phrase") || strings.HasPrefix(how, "apposition") || strings.HasPrefix(how, "subject after"):
			add("via", "direct")
		default:
			add("via", "inherited")
		}
	}
	if c.noTarget {
		add("tgt", "none")
	} else {
		add("tgt", s.actorKind(c.tgt))
		if len(c.src.code) >= 3 && len(c.tgt.code) >= 3 && c.src.code[:3] == c.tgt.code[:3] {
			add("dyad", "same")
		}
	}

	// The predicate and the sentence.
	switch {
	case s.headline:
		add("pred", "headline")
	case c.p == nil:
		add("pred", "other")
	case c.p.noun:
		add("pred", "noun")
	case c.p.g.finite:
		add("pred", "finite")
	default:
		add("pred", "nonfinite")
	}
	depth := 0
	for q := c.p; q != nil && depth < 2; depth++ {
		if q = s.speakerOf(q); q == nil {
			break
		}
	}
	add("speech", strconv.Itoa(depth))
	switch n := len(s.toks); {
	case n < 20:
		add("len", "short")
	case n < 40:
		add("len", "medium")
	default:
		add("len", "long")
	}
	return f
}

func rootOf(code string) string {
	if len(code) < 2 {
		return "?"
	}
	return code[:2]
}

// actorKind says how an actor of an event was found: by a name, a person,
// a title alone, "here", a sector word alone, a modifier ("DPRK-China
// friendship"), or not at all.
func (s *sentence) actorKind(a actor) string {
	switch {
	case a.code == "":
		return "none"
	case a.weak:
		return "modifier"
	case a.title:
		return "title"
	}
	for k := a.i; k < a.j && k < len(s.toks); k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		switch {
		case m.person != nil:
			return "person"
		case m.here:
			return "here"
		case m.actor != nil:
			return m.actor.Kind.String()
		case m.sector != nil:
			continue
		}
	}
	return "other"
}
