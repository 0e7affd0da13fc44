package treecoder

import (
	"fmt"
	"github.com/demarche-project/demarche/petrarch"
	"strconv"
	"strings"
)

// Event is an event coded from a parse.
type Event struct {
	Source, Target, Code string
	Verb                 int // word index of the verb
	VerbText             string
	SourceSpan           [2]int // word spans
	TargetSpan           [2]int
	Rule                 string // "file:line pattern" or "file:line verb"

	borrowed bool // the source is borrowed from an enclosing clause
}

// Result is the outcome of coding one parse: its events, or the reason
// PETRARCH would discard the sentence (Discard is "dateline",
// "bad_input_parse", "storydiscard" or "sentencediscard").
type Result struct {
	Events  []Event
	Discard string
	Words   []string
	Err     error // the parse error of a bad_input_parse
}

// sentence is one parse under analysis.
type sentence struct {
	d       *petrarch.Dicts
	cfg     petrarch.Config
	date    int
	tree    *Tree
	words   []string // upper case
	tags    []string
	deleted []bool
	ents    []*entity
	entAt   []int
	codes   map[*entity][]string
	vp      *Node // the phrase of the verb being coded
	// borrowed is set by subject when the source comes from an enclosing
	// clause although the verb's own clause names a subject ("Israel said
	// a mortar bomb was fired")
	borrowed bool
}

// pronoun reports whether an entity is a personal pronoun.
func (s *sentence) pronoun(e *entity) bool {
	return e.end-e.start == 1 && strings.HasPrefix(s.tags[e.start], "PRP")
}

// CodeParse codes one sentence from its Treebank parse on date (YYYYMMDD
// or ISO). It never panics; a malformed parse gives Discard
// "bad_input_parse" with the error.
func CodeParse(d *petrarch.Dicts, parse, date string, cfg petrarch.Config) (res Result) {
	t, err := ParseTree(parse)
	if err != nil {
		return Result{Discard: "bad_input_parse", Err: err}
	}
	return CodeTree(d, t, date, cfg)
}

// CodeTree codes a parsed sentence.
func CodeTree(d *petrarch.Dicts, t *Tree, date string, cfg petrarch.Config) Result {
	s := &sentence{d: d, cfg: cfg, date: dateNum(date), tree: t, codes: map[*entity][]string{}}
	n := len(t.Leaves)
	s.words = make([]string, n)
	s.tags = make([]string, n)
	s.deleted = make([]bool, n)
	s.entAt = make([]int, n)
	for i, l := range t.Leaves {
		s.words[i] = strings.ToUpper(leafText(l.Word))
		s.tags[i] = l.Label
		s.entAt[i] = -1
	}
	res := Result{Words: s.words}
	if why := s.discard(); why != "" {
		res.Discard = why
		return res
	}
	s.findEntities(t.Root)
	s.deleteCommas()
	res.Events = s.codeVerbs()
	return res
}

// dateNum reads YYYYMMDD or YYYY-MM-DD; 0 when it cannot.
func dateNum(s string) int {
	s = strings.ReplaceAll(strings.TrimSpace(s), "-", "")
	n, err := strconv.Atoi(s)
	if err != nil || len(s) != 8 {
		return 0
	}
	return n
}

// discard returns why the sentence is discarded, or "".
func (s *sentence) discard() string {
	if s.dateline() {
		return "dateline"
	}
	for _, ph := range s.d.Discards.Story {
		if s.contains(ph) {
			return "storydiscard"
		}
	}
	for _, ph := range s.d.Discards.Sentence {
		if s.contains(ph) {
			return "sentencediscard"
		}
	}
	return ""
}

func (s *sentence) contains(ph []string) bool {
	for i := range s.words {
		if s.wordsAt(i, len(s.words), ph) {
			return true
		}
	}
	return false
}

// dateline reports a wire-story dateline left at the start of the
// sentence: "CEBU CITY -- …", words in capitals before a dash.
func (s *sentence) dateline() bool {
	for i := 0; i < len(s.words) && i < 6; i++ {
		w := s.tree.Leaves[i].Word
		if w == "--" || w == "-" || w == ":" {
			return i > 0
		}
		if strings.ToUpper(w) != w {
			return false
		}
	}
	return false
}

// deleteCommas deletes short comma-delimited clauses, as PETRARCH does
// before coding. Commas inside an entity do not delimit clauses.
func (s *sentence) deleteCommas() {
	var commas []int
	end := len(s.words)
	for end > 0 && isPunct(s.tags[end-1]) && s.tags[end-1] != "," {
		end--
	}
	for i := 0; i < end; i++ {
		if s.tags[i] == "," && s.entAt[i] < 0 {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	count := func(a, b int) int {
		n := 0
		for i := a; i < b; i++ {
			if !s.deleted[i] && !isPunct(s.tags[i]) {
				n++
			}
		}
		return n
	}
	del := func(a, b int) {
		for i := a; i < b; i++ {
			s.deleted[i] = true
		}
	}
	c := s.cfg
	if c.CommaBMax > 0 {
		if n := count(0, commas[0]); n >= c.CommaBMin && n <= c.CommaBMax {
			del(0, commas[0]+1)
		}
	}
	if c.CommaEMax > 0 {
		last := commas[len(commas)-1]
		// a terminal clause hangs off the sentence ("…, an official said");
		// the closing comma of an apposition does not start one
		if n := count(last+1, end); !s.holdsMainVerb(last) && n >= c.CommaEMin && n <= c.CommaEMax {
			del(last, end)
		}
	}
	if c.CommaMax > 0 {
		for k := 0; k+1 < len(commas); k++ {
			a, b := commas[k], commas[k+1]
			if s.deleted[a] || s.deleted[b] {
				continue
			}
			if n := count(a+1, b); n >= c.CommaMin && n <= c.CommaMax {
				del(a, b)
			}
		}
	}
}

// verbAt returns the longest verb form found at word i (whose inflected
// word is i): the verb and the span of its words.
func (s *sentence) verbAt(i int) (*petrarch.Verb, int, int, bool) {
	var best *petrarch.Verb
	bs, be := 0, 0
	for _, fo := range s.d.Verbs.Index[s.words[i]] {
		a := i - fo.Form.Head
		b := a + len(fo.Form.Words)
		if a < 0 || b > len(s.words) {
			continue
		}
		ok := true
		for k, w := range fo.Form.Words {
			if s.words[a+k] != w || s.deleted[a+k] {
				ok = false
				break
			}
		}
		if ok && (best == nil || b-a > be-bs) {
			best, bs, be = fo.Verb, a, b
		}
	}
	return best, bs, be, best != nil
}

// verbsAt returns every verb (of every block) whose form is the longest
// matched at word i.
func (s *sentence) verbsAt(i int) ([]*petrarch.Verb, int, int) {
	_, a, b, ok := s.verbAt(i)
	if !ok {
		return nil, 0, 0
	}
	var out []*petrarch.Verb
	for _, fo := range s.d.Verbs.Index[s.words[i]] {
		fa := i - fo.Form.Head
		if fa == a && fa+len(fo.Form.Words) == b {
			dup := false
			for _, v := range out {
				if v == fo.Verb {
					dup = true
				}
			}
			if !dup {
				out = append(out, fo.Verb)
			}
		}
	}
	return out, a, b
}

// codeVerbs codes every verb of the sentence in order. A verb inside the
// phrase of a verb that was coded is not coded again.
func (s *sentence) codeVerbs() []Event {
	var out []Event
	skipUntil := -1
	for i, l := range s.tree.Leaves {
		if s.deleted[i] || !strings.HasPrefix(l.Label, "VB") || i < skipUntil {
			continue
		}
		verbs, a, b := s.verbsAt(i)
		if len(verbs) == 0 {
			continue
		}
		evs, vpEnd := s.codeVerb(l, verbs, a, b)
		if len(evs) > 0 {
			evs = s.transform(evs, verbs, b, vpEnd)
			out = append(out, evs...)
			skipUntil = vpEnd
		}
	}
	return dedupeEvents(out)
}

// transform applies the TRANSFORMATIONS of a PETRARCH2 dictionary to the
// events of an outer verb ("SAY", "CLAIM", "WANT" …): the first verb coded
// inside its phrase is the inner event, and a transformation whose verbs
// and actors fit rewrites the outer events ("a (b . ATTACK) SAY = a b
// 112": a says b attacked: a accuses b).
func (s *sentence) transform(evs []Event, verbs []*petrarch.Verb, from, to int) []Event {
	xs := s.d.Verbs.Xforms
	if len(xs) == 0 {
		return evs
	}
	outer := map[string]bool{}
	for _, v := range verbs {
		outer[v.Words[v.Head]] = true
	}
	any := false
	for _, x := range xs {
		if outer[x.Outer] {
			any = true
		}
	}
	if !any {
		return evs
	}
	// the inner event: the first verb inside the phrase that codes
	var inner []Event
	var innerVerbs map[string]bool
	for i := from; i < to && i < len(s.tree.Leaves); i++ {
		l := s.tree.Leaves[i]
		if s.deleted[i] || !strings.HasPrefix(l.Label, "VB") {
			continue
		}
		vs, a, b := s.verbsAt(i)
		if len(vs) == 0 {
			continue
		}
		saved := s.vp
		ev, _ := s.codeVerb(l, vs, a, b)
		s.vp = saved
		if len(ev) > 0 && s.unreal(a) {
			// "would not help", "will attack": not a reported fact
			return evs
		}
		if len(ev) > 0 {
			inner = ev
			innerVerbs = map[string]bool{}
			for _, v := range vs {
				innerVerbs[v.Words[v.Head]] = true
			}
			break
		}
	}
	if len(inner) == 0 {
		return evs
	}
	var out []Event
	for _, x := range xs {
		if !outer[x.Outer] || (x.InVerb != "Q" && !innerVerbs[x.InVerb]) {
			continue
		}
		for _, e := range evs {
			for _, f := range inner {
				if f.borrowed {
					f.Source = ""
				}
				bind := map[string]string{x.OuterSrc: e.Source}
				if !fits(bind, x.InSrc, f.Source, e.Source) || !fits(bind, x.InTgt, f.Target, e.Source) {
					continue
				}
				src, tgt := bind[x.RSrc], bind[x.RTgt]
				code := x.RCode
				if code == "Q" {
					code = f.Code
				}
				if src == "" || tgt == "" || src == tgt {
					continue
				}
				n := e
				n.Source, n.Target, n.Code = src, tgt, code
				n.TargetSpan = f.TargetSpan
				if x.RTgt == x.InSrc {
					n.TargetSpan = f.SourceSpan
				}
				n.Rule = fmt.Sprintf("%s:%d ~ %s = %s (%s)", s.d.Verbs.File, x.Line, x.Left, x.Right, e.Rule)
				out = append(out, n)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return evs
}

// fits binds a transformation variable to an actor code: "_" is the outer
// source or nobody, "." anything, a letter binds or must match its value.
func fits(bind map[string]string, v, code, outerSrc string) bool {
	switch v {
	case ".":
		return true
	case "_":
		return code == outerSrc || code == "" || code == petrarch.NoCode
	}
	if old, ok := bind[v]; ok {
		return old == code
	}
	bind[v] = code
	return true
}

func dedupeEvents(evs []Event) []Event {
	seen := map[string]bool{}
	out := evs[:0:0]
	for _, e := range evs {
		k := e.Source + "\x00" + e.Target + "\x00" + e.Code
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// vpOf returns the verb phrase of a verb leaf: its parent when that is a
// VP, else the leaf.
func vpOf(l *Node) *Node {
	if l.Parent != nil && l.Parent.Base() == "VP" {
		return l.Parent
	}
	return l
}

// matchState records the actor slots a pattern filled.
type matchState struct {
	source, target, compound *entity
	compoundUpper            bool
	lowerEnd                 int // the last word matched after the verb
}

// codeVerb tries the patterns of the verb's blocks, then the default
// code, and builds the events. It returns the events and the end of the
// verb's phrase.
func (s *sentence) codeVerb(l *Node, verbs []*petrarch.Verb, a, b int) ([]Event, int) {
	vp := vpOf(l)
	s.vp = vp
	lower := s.seq(b, vp.End)
	var upper []int
	for i := a - 1; i >= 0; i-- {
		if !s.deleted[i] {
			upper = append(upper, i)
		}
	}
	var (
		pat  *petrarch.Pattern
		st   matchState
		code string
		pair string
		rule string
	)
	// the heaviest pattern that matches; of equal ones, the one whose words
	// end nearest the verb, then the first
	for _, v := range verbs {
		for _, p := range s.d.PatternsOf(v.Block) {
			if pat != nil && p.Weight() < pat.Weight() {
				break
			}
			var ms matchState
			if s.matchPattern(p, upper, lower, &ms) {
				if pat == nil || p.Weight() > pat.Weight() || ms.lowerEnd < st.lowerEnd {
					pat, st = p, ms
				}
			}
		}
	}
	if pat != nil {
		code, pair = pat.Code, pat.Paired
		rule = fmt.Sprintf("%s:%d - %s [%s]", s.d.Verbs.File, pat.Line, pat.Text, codeText(pat.Code, pat.Paired))
	} else {
		for _, v := range verbs {
			c, p := v.Block.Code, v.Block.Paired
			if v.Code != "" {
				c, p, _ = strings.Cut(v.Code, ":")
			}
			if c == petrarch.NoCode && p == "" {
				continue
			}
			code, pair = c, p
			rule = fmt.Sprintf("%s:%d %s [%s]", s.d.Verbs.File, v.Line, strings.Join(v.Words, "_"), codeText(c, p))
			break
		}
	}
	if code == petrarch.NoCode {
		code = ""
	}
	if code == "" && pair == "" {
		return nil, vp.End
	}
	// the actors
	src, tgt := st.source, st.target
	if st.compound != nil {
		if st.compoundUpper {
			src = st.compound
		} else {
			tgt = st.compound
		}
	}
	passive := false
	if src == nil && tgt == nil {
		if by := s.passiveAgent(l, b, vp.End); by != nil {
			passive = true
			src = by
		}
	}
	if src == nil && tgt == nil && s.d.Verbs.Syntactic && l.Label == "VBN" && s.reducedRelative(l) {
		// "soldiers killed in Ukraine": the noun is what the verb was
		// done to; without a "by" phrase there is no source
		return nil, vp.End
	}
	borrowed := false
	if src == nil || passive {
		subj := s.subject(l, tgt)
		borrowed = s.borrowed && !passive
		if passive {
			tgt = subj
		} else {
			src = subj
		}
	}
	if src == nil {
		return nil, vp.End
	}
	if tgt == nil {
		tgt = s.target(lower, src)
	}
	var out []Event
	// a compound with no coded partner, or named by '%' before the verb:
	// its members toward each other ("Arnor and Rohan postponed their talks")
	// "Obama and Putin will meet in Zurich": a meeting place is no target
	locative := tgt != nil && st.target == nil && (strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04")) && s.locative(tgt)
	if src != nil && len(src.members) > 1 && (st.compound == src || tgt == nil || !s.coded(tgt) || locative) && len(s.entityCodes(src)) > 1 {
		codes := s.entityCodes(src)
		for _, x := range codes {
			for _, y := range codes {
				if x != y && !strings.HasPrefix(x, petrarch.NoCode) && !strings.HasPrefix(y, petrarch.NoCode) {
					c := code
					if c == "" {
						c = pair
					}
					out = append(out, Event{Source: x, Target: y, Code: c, Verb: l.Index, VerbText: strings.Join(s.words[a:b], " "),
						SourceSpan: [2]int{src.start, src.end}, TargetSpan: [2]int{src.start, src.end}, Rule: rule})
				}
			}
		}
		if len(out) > 0 {
			return out, vp.End
		}
	}
	add := func(se, te *entity, c string) {
		if c == "" {
			return
		}
		for _, sc := range s.entityCodes(se) {
			for _, tc := range s.entityCodes(te) {
				if sc == tc || sc == petrarch.NoCode {
					continue
				}
				if s.cfg.RequireDyad && strings.HasPrefix(sc, petrarch.NoCode) && strings.HasPrefix(tc, petrarch.NoCode) {
					continue
				}
				out = append(out, Event{Source: sc, Target: tc, Code: c, Verb: l.Index, VerbText: strings.Join(s.words[a:b], " "),
					SourceSpan: [2]int{se.start, se.end}, TargetSpan: [2]int{te.start, te.end}, Rule: rule, borrowed: borrowed})
			}
		}
	}
	if tgt == nil {
		if st.compound != nil && len(st.compound.members) > 1 {
			// a compound with no one else: its members toward each other
			codes := s.entityCodes(st.compound)
			for _, x := range codes {
				for _, y := range codes {
					if x != y {
						out = append(out, Event{Source: x, Target: y, Code: code, Verb: l.Index, VerbText: strings.Join(s.words[a:b], " "), Rule: rule})
						if pair != "" && code == "" {
							out[len(out)-1].Code = pair
						}
					}
				}
			}
		}
		return out, vp.End
	}
	add(src, tgt, code)
	add(tgt, src, pair)
	return out, vp.End
}

func codeText(c, p string) string {
	if p != "" {
		return c + ":" + p
	}
	return c
}

// seq returns the words [a, b) that are not deleted.
func (s *sentence) seq(a, b int) []int {
	var out []int
	for i := a; i < b && i < len(s.words); i++ {
		if !s.deleted[i] {
			out = append(out, i)
		}
	}
	return out
}

// beForms are the forms of "be" that make a passive.
var beForms = map[string]bool{"BE": true, "IS": true, "ARE": true, "WAS": true, "WERE": true, "BEEN": true, "BEING": true, "AM": true, "'S": true}

// passiveAgent returns the entity of the "by" phrase of a passive verb
// ("was opposed earlier by Osgiliath"), or nil.
func (s *sentence) passiveAgent(l *Node, b, end int) *entity {
	if l.Label != "VBN" {
		return nil
	}
	be := false
	for k := l.Index - 1; k >= 0 && k >= l.Index-4; k-- {
		if beForms[s.words[k]] {
			be = true
			break
		}
		if !strings.HasPrefix(s.tags[k], "RB") && s.tags[k] != "CC" {
			break
		}
	}
	if !be {
		return nil
	}
	for k := b; k < end && k < b+4; k++ {
		if s.words[k] == "BY" && k+1 < len(s.words) && s.entAt[k+1] >= 0 {
			return s.ents[s.entAt[k+1]]
		}
	}
	return nil
}

// subject finds the source of a verb: going up the tree from its phrase,
// the noun phrases before it in each clause (the subject, or the noun a
// participle modifies); the first with a coded entity wins, else the first
// with any entity. except is an entity that may not be the source.
func (s *sentence) subject(l *Node, except *entity) *entity {
	var fallback *entity
	s.borrowed = false
	first := true // the first noun phrase met: the clause's own subject
	child := l
	for n := l.Parent; n != nil; child, n = n, n.Parent {
		if n.Base() == "VP" || n.Base() == "PP" || n.Base() == "ADJP" || n.Base() == "ADVP" {
			continue
		}
		// the NPs before the path child
		for k := len(n.Kids) - 1; k >= 0; k-- {
			if n.Kids[k] == child {
				for j := k - 1; j >= 0; j-- {
					kid := n.Kids[j]
					if !isNP(kid) {
						if isClause(kid) || kid.Base() == "PP" || kid.Leaf() {
							continue
						}
						continue
					}
					for _, e := range s.entitiesIn(kid) {
						if e == except {
							continue
						}
						if s.coded(e) {
							return e
						}
						if fallback == nil {
							fallback = e
						}
						if first && !s.pronoun(e) {
							// a named subject without a code: a source
							// found higher up is borrowed
							s.borrowed = true
						}
					}
					first = false
					break
				}
				break
			}
		}
	}
	return fallback
}

// entitiesIn returns the entities inside n (or n's own), left to right,
// leaving out those inside clauses and deleted ones.
func (s *sentence) entitiesIn(n *Node) []*entity {
	var out []*entity
	var walk func(*Node)
	walk = func(x *Node) {
		if x.Leaf() {
			return
		}
		if x != n && isClause(x) {
			return
		}
		if x.Start < x.End && s.entAt[x.Start] >= 0 {
			e := s.ents[s.entAt[x.Start]]
			if e.node == x {
				if !s.allDeleted(e) {
					out = append(out, e)
				}
				return
			}
		}
		for _, k := range x.Kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

func (s *sentence) allDeleted(e *entity) bool {
	for i := e.start; i < e.end; i++ {
		if !s.deleted[i] {
			return false
		}
	}
	return true
}

// target finds the default target in the verb's phrase: the first coded
// entity that is not the source and does not share its codes, else the
// first entity.
func (s *sentence) target(lower []int, src *entity) *entity {
	var fallback, domestic *entity
	seen := map[int]bool{}
	srcCodes := strings.Join(s.entityCodes(src), " ")
	srcCountry := countries(s.entityCodes(src))
	for _, i := range lower {
		k := s.entAt[i]
		if k < 0 || seen[k] {
			continue
		}
		seen[k] = true
		e := s.ents[k]
		if e == src {
			continue
		}
		if s.coded(e) {
			if strings.Join(s.entityCodes(e), " ") != srcCodes {
				if srcCountry != "" && countries(s.entityCodes(e)) == srcCountry {
					// the source's own country: a target only when no
					// other country is named
					if domestic == nil {
						domestic = e
					}
					continue
				}
				return e
			}
			continue
		}
		if fallback == nil {
			fallback = e
		}
	}
	if domestic != nil {
		return domestic
	}
	return fallback
}

// countries returns the country part of codes when they share one.
func countries(codes []string) string {
	c := ""
	for _, x := range codes {
		if len(x) < 3 || strings.HasPrefix(x, petrarch.NoCode) || strings.HasPrefix(x, "\"") {
			return ""
		}
		if c != "" && x[:3] != c {
			return ""
		}
		c = x[:3]
	}
	return c
}

// reducedRelative reports whether a participle modifies the noun phrase
// before it ("soldiers killed in Ukraine"): its phrase follows an NP
// inside an NP.
func (s *sentence) reducedRelative(l *Node) bool {
	vp := vpOf(l)
	if vp == l || vp.Parent == nil || !isNP(vp.Parent) && vp.Parent.Base() != "NP" {
		return false
	}
	for _, k := range vp.Parent.Kids {
		if k == vp {
			return false
		}
		if isNP(k) {
			return true
		}
	}
	return false
}

// locative reports whether an entity is the object of a preposition of
// place ("meet in Zurich").
func (s *sentence) locative(e *entity) bool {
	n := e.node
	for n.Parent != nil && isNP(n.Parent) {
		n = n.Parent
	}
	p := n.Parent
	if p == nil || p.Base() != "PP" || len(p.Kids) == 0 || !p.Kids[0].Leaf() {
		return false
	}
	switch strings.ToUpper(p.Kids[0].Word) {
	case "IN", "AT", "NEAR", "INSIDE", "OUTSIDE":
		return true
	}
	return false
}

// holdsMainVerb reports whether the words after position k hold the verb
// phrase of the sentence's main clause when no clause comes before it
// ("The civilians, imprisoned …, were released"): then the comma at k
// closes a parenthesis and starts no terminal clause.
func (s *sentence) holdsMainVerb(k int) bool {
	top := s.tree.Root
	for top.Base() == "ROOT" && len(top.Kids) == 1 {
		top = top.Kids[0]
	}
	for _, kid := range top.Kids {
		switch kid.Base() {
		case "S", "SBAR", "SINV":
			if kid.End <= k {
				return false
			}
		case "VP":
			return kid.Start > k
		}
	}
	return false
}

// unreal reports whether the verb group ending before word a is negated
// or modal ("would not", "will", "can't").
func (s *sentence) unreal(a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		switch s.words[k] {
		case "NOT", "N'T", "NEVER":
			return true
		}
		if s.tags[k] == "MD" {
			return true
		}
		if !strings.HasPrefix(s.tags[k], "RB") && !strings.HasPrefix(s.tags[k], "VB") && !strings.HasPrefix(s.tags[k], "AUX") && s.tags[k] != "TO" {
			break
		}
	}
	return false
}
