// Dependency trees: where the clause heuristics are known to fall short,
// the coder parses the sentence (package parser) and reads the arguments
// of its predicates from the tree.
//
// The clause heuristics (clause.go, participants.go, targets.go) read the
// tagged tokens left to right; they are fast and precise, but a subject
// far from its verb, a verb coordinated with another, a participial
// clause, a passive agent after a long object, a target in an oblique they
// do not reach or an event noun's modifiers leave them without a source
// or a target. Parsing every sentence would halve the coder's speed, so
// the parse is asked for in two cases only:
//
//   - the second reading (secondReading): the sentence names two actors,
//     gives no event, and a predicate lacked its subject (not a pronoun,
//     which the tree would not resolve either), a passive its "by" agent,
//     or an event noun its pattern. The sentence is coded again, the tree
//     filling what the heuristics left empty:
//   - source: the verb's nsubj; a passive's "by" oblique (obl:agent); the
//     subject of the verb it is coordinated with (conj, with its
//     conjunction) or that controls it (xcomp; the object when there is
//     one: "urged X to …"); the noun a participle modifies (acl); the
//     main clause's subject for a participial or "to" advcl. A relative clause is
//     background and gives none;
//   - target: the iobj, obj and obliques of the verb other than time and
//     place adjuncts, the nmods of its object ("a letter of thanks to
//     X"), and those the parse hangs on a time adjunct ("on Sunday to X");
//   - an event noun: its possessor or "of"/"from" complement and its
//     "to"/"for"/"with" modifiers, with the prepositions its pattern asks
//     for (treeNounMatch);
//   - negation, modality and the auxiliaries of the governing verb ("will
//     defend and glorify") carry over.
//     Only events with a target, or whose source is the verb's own
//     subject or agent, are kept from this reading;
//   - on the first reading, a passive with a "by" agent whose subject the
//     heuristics cannot read takes the tree's nsubj:pass as its target
//     (treePatient): "X's work "…" was brought out by a publisher of Y".
//
// To the parser, a quoted title of three words or more and a name of
// several words are one word each (treeParse). What the tree finds is
// handed to the coder's own machinery: patterns, participants, settle and
// the guide's conventions decide the events, as for the heuristics'
// reading; explain prints the parse and which relations gave an event.

package coder

import (
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/parser"
)

// depTree is the dependency parse of a sentence, one node per token of
// s.toks.
type depTree struct {
	toks []parser.Token
	head []int // 0-based head, -1 for the root
	kids [][]int
}

// treeParse parses the sentence (once) and returns its tree.
func (s *sentence) treeParse() *depTree {
	if s.parsed != nil {
		return s.parsed
	}
	// a quoted title of three words or more ("the work "Juche Is Our
	// Banner" was published") is one name to the parser: its words, often
	// a sentence of their own, would otherwise mislead it
	n := len(s.toks)
	words := make([]string, 0, n)
	first := make([]int, 0, n) // parsed word → its first token
	red := make([]int, n)      // token → parsed word
	for i := 0; i < n; {
		if s.toks[i].Norm == "\"" {
			if e := s.quoteClose(i); e > i+3 {
				if i > 0 && (strings.HasPrefix(s.tag(i-1), "NN") || i > 1 && s.tag(i-2) == "POS") {
					// after its noun ("the work "…""), the title is left
					// out: its words hang on the noun
					for j := i; j <= e; j++ {
						red[j] = red[i-1]
					}
				} else {
					for j := i; j <= e; j++ {
						red[j] = len(words)
					}
					words, first = append(words, "Title"), append(first, i)
				}
				i = e + 1
				continue
			}
		}
		if m := s.mentionAt(i); m != nil && m.i == i && m.j-m.i > 1 && m.sector == nil && !m.speaker {
			// a name of several words ("Kim Jong Il", "the Committee for
			// the Peaceful Reunification of Korea") is one word the model
			// knows: unfamiliar names mislead it
			if w := namePlaceholder(m); w != "" {
				for j := m.i; j < m.j; j++ {
					red[j] = len(words)
				}
				words, first = append(words, w), append(first, i)
				i = m.j
				continue
			}
		}
		w := s.toks[i].Text
		if s.headline && i > 0 && (s.at[i] < 0 || s.ments[s.at[i]].sector != nil) {
			w = strings.ToLower(w) // "Kim Yong Nam Meets Ambassador": title case is not a name
		}
		red[i] = len(words)
		words, first = append(words, w), append(first, i)
		i++
	}
	rt := s.c.deps.Parse(words, make([]parser.Token, 0, len(words)))
	pt := make([]parser.Token, n)
	for i := range pt {
		r := rt[red[i]]
		if first[red[i]] != i {
			// a word of a title: part of the title's name
			pt[i] = parser.Token{Form: s.toks[i].Text, Lemma: s.toks[i].Norm, UPOS: "PROPN", XPOS: "NNP",
				Head: first[red[i]] + 1, Deprel: "flat"}
			continue
		}
		if !strings.EqualFold(r.Form, s.toks[i].Text) {
			r.Lemma = s.toks[i].Norm // a name or title read as a placeholder
		}
		r.Form = s.toks[i].Text
		if r.Head > 0 {
			r.Head = first[r.Head-1] + 1
		}
		pt[i] = r
	}
	t := &depTree{toks: pt, head: make([]int, len(pt)), kids: make([][]int, len(pt))}
	for i, tk := range pt {
		t.head[i] = tk.Head - 1
		if h := tk.Head - 1; h >= 0 && h < len(pt) {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	s.parsed = t
	return t
}

// namePlaceholder returns the word the parser reads for a name of several
// words: a common name of its kind, or "" to keep its words.
func namePlaceholder(m *mention) string {
	switch m.kind() {
	case dict.KindPerson:
		return "Smith"
	case dict.KindAdjective:
		return "Canadian"
	case dict.KindDemonym:
		return "Canadians"
	case dict.KindName, dict.KindCapital, dict.KindOrg:
		return "Canada"
	}
	return ""
}

// quoteClose returns the closing quote of the quotation opened at token i,
// within 40 tokens, or -1.
func (s *sentence) quoteClose(i int) int {
	for j := i + 1; j < len(s.toks) && j <= i+40; j++ {
		if s.toks[j].Norm == "\"" {
			return j
		}
	}
	return -1
}

// rel returns the relation of node i to its head ("nsubj:pass").
func (t *depTree) rel(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.toks[i].Deprel
}

// base returns the relation without its subtype ("obl:agent" → "obl").
func (t *depTree) base(i int) string {
	r := t.rel(i)
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// child returns the first child of i whose relation is one of rels, or -1.
func (t *depTree) child(i int, rels ...string) int {
	if i < 0 || i >= len(t.kids) {
		return -1
	}
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.toks[k].Deprel == r {
				return k
			}
		}
	}
	return -1
}

// caseOf returns the preposition of a nominal (its "case" child, lower
// case), or "".
func (t *depTree) caseOf(n int) string {
	if c := t.child(n, "case"); c >= 0 {
		w := strings.ToLower(t.toks[c].Form)
		if w == "on" && c+2 < len(t.toks) && strings.EqualFold(t.toks[c+1].Form, "behalf") {
			return "on behalf of"
		}
		return w
	}
	return ""
}

// passive reports whether the verb at v is passive in the tree: it has a
// passive auxiliary or subject, or is a past participle modifying a noun
// ("crimes committed by …").
func (t *depTree) passive(v int) bool {
	if t.child(v, "aux:pass", "nsubj:pass", "csubj:pass") >= 0 {
		return true
	}
	return t.base(v) == "acl" && t.toks[v].XPOS == "VBN"
}

// isFinite reports whether node v is a finite verb that heads a clause of
// its own (the root, a coordinated or complement clause).
func (t *depTree) isFinite(v int) bool {
	switch t.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	switch t.base(v) {
	case "root", "conj", "ccomp", "parataxis":
		return true
	}
	return false
}

// isRelPronoun reports whether node n is a relative pronoun.
func (t *depTree) isRelPronoun(n int) bool {
	switch t.toks[n].XPOS {
	case "WDT", "WP":
		return true
	}
	return strings.EqualFold(t.toks[n].Form, "that")
}

// subjectOf returns the node naming the subject of the verb at v, and the
// relation that gave it; -1 when the tree names none.
func (t *depTree) subjectOf(v int, depth int) (int, string) {
	if v < 0 || v >= len(t.toks) || depth > 4 {
		return -1, ""
	}
	if n := t.child(v, "nsubj", "nsubj:pass"); n >= 0 {
		if t.isRelPronoun(n) {
			return -1, "" // a relative clause describes its noun: background, not the news
		}
		return n, t.rel(n)
	}
	h := t.head[v]
	if h < 0 {
		return -1, ""
	}
	switch t.base(v) {
	case "conj":
		// a true coordination has its conjunction ("met and praised");
		// a verb hung on another without one is a parse's guess
		if (t.toks[h].UPOS == "VERB" || t.toks[h].UPOS == "AUX") && t.child(v, "cc") >= 0 {
			if n, how := t.subjectOf(h, depth+1); n >= 0 {
				return n, "shared with the coordinated verb \"" + t.toks[h].Form + "\" (conj): " + how
			}
		}
	case "xcomp":
		if o := t.child(h, "obj", "iobj"); o >= 0 && o < v {
			return o, "object of \"" + t.toks[h].Form + "\" controls it (xcomp)"
		}
		if n, how := t.subjectOf(h, depth+1); n >= 0 {
			return n, "subject of \"" + t.toks[h].Form + "\" (xcomp): " + how
		}
	case "acl":
		if t.rel(v) == "acl:relcl" {
			return -1, "" // a relative clause describes its noun: background, not the news
		}
		if t.toks[h].UPOS == "NOUN" || t.toks[h].UPOS == "PROPN" || t.toks[h].UPOS == "PRON" {
			return h, "the noun the clause modifies (" + t.rel(v) + ")"
		}
	case "advcl":
		if x := t.toks[v].XPOS; (x == "VBG" || x == "VBN") && t.assertedAdjunct(v) || x == "VB" && t.infinitiveMark(v) {
			if n, how := t.subjectOf(h, depth+1); n >= 0 {
				return n, "subject of \"" + t.toks[h].Form + "\" (advcl): " + how
			}
		}
	}
	return -1, ""
}

// assertingMarks are the subordinators of a participial adjunct whose
// act the sentence asserts as done by the main clause's subject: "by
// criticising X, Russia sought …", "while praising X, he said …", "after
// meeting X, she left …". Others ("without", "instead of", "if",
// "unless", "despite") deny, replace or suppose the act; "on" and "in"
// head a noun's complement as often ("the decree on setting up …").
var assertingMarks = map[string]bool{
	"by": true, "while": true, "when": true, "whilst": true, "after": true,
	"before": true, "upon": true, "through": true,
}

// assertedAdjunct reports whether the participial adverbial clause at v
// asserts its act: it has no subordinator, or one of assertingMarks.
func (t *depTree) assertedAdjunct(v int) bool {
	m := t.child(v, "mark")
	return m < 0 || assertingMarks[strings.ToLower(t.toks[m].Form)]
}

// infinitiveMark reports whether the verb at v is a "to" infinitive: a
// purpose adjunct ("worked hard to evade …") whose subject is the main
// clause's.
func (t *depTree) infinitiveMark(v int) bool {
	m := t.child(v, "mark")
	return m >= 0 && strings.EqualFold(t.toks[m].Form, "to")
}

// governor returns the verb whose auxiliaries a conjoined or controlled
// verb at v shares: up its chain of conj and xcomp relations, the first
// verb with an auxiliary or a subject of its own; -1 when v has its own.
func (t *depTree) governor(v int) int {
	h := -1
	for k, n := v, 0; n < 6; n++ {
		if t.child(k, "aux", "aux:pass", "nsubj", "nsubj:pass") >= 0 || t.head[k] < 0 {
			break
		}
		if b := t.base(k); b != "conj" && b != "xcomp" {
			break
		}
		k = t.head[k]
		h = k
	}
	return h
}

// ownerOf returns the node naming who does an event noun at n: its
// possessor ("Laos's visit"), its "by" complement, or its "of" complement
// when that names no object of the event ("the visit of the minister");
// -1 when none.
func (t *depTree) ownerOf(n int) int {
	if k := t.child(n, "nmod:poss"); k >= 0 {
		return k
	}
	for _, k := range t.kids[n] {
		if t.base(k) == "nmod" && k > n {
			if c := t.caseOf(k); c == "by" || c == "of" {
				return k
			}
		}
	}
	return -1
}

// clauseHead returns the first verb of the coordination the verb at v
// belongs to ("defend" for "glorify" in "defend and glorify").
func (t *depTree) clauseHead(v int) int {
	for n := 0; n < 6 && t.base(v) == "conj" && t.head[v] >= 0; n++ {
		v = t.head[v]
	}
	return v
}

// controller returns the verb or adjective whose xcomp the verb at v is,
// directly or through coordinated verbs ("determined to defend and
// glorify": determined), or -1.
func (t *depTree) controller(v int) int {
	for k, n := v, 0; n < 6 && k >= 0; n++ {
		switch t.base(k) {
		case "xcomp":
			return t.head[k]
		case "conj":
			k = t.head[k]
		default:
			return -1
		}
	}
	return -1
}

// agentOf returns the "by" oblique of a passive verb at v, or -1.
func (t *depTree) agentOf(v int) int {
	for _, k := range t.kids[v] {
		if (t.base(k) == "obl" || t.base(k) == "nmod") && t.caseOf(k) == "by" {
			return k
		}
	}
	if !t.passive(v) {
		return -1
	}
	// "handed on Monday to X by Y": the parse may hang the agent on the
	// oblique before it
	for _, k := range t.kids[v] {
		if t.base(k) != "obl" && t.rel(k) != "obj" {
			continue
		}
		for _, n := range t.kids[k] {
			if t.base(n) == "nmod" && n > k && t.caseOf(n) == "by" {
				return n
			}
		}
	}
	return -1
}

// adjunctCases introduce time, place and circumstance, never a target.
var adjunctCases = setOf("during", "after", "before", "amid", "despite", "following", "since", "until",
	"throughout", "via", "unlike", "like", "at", "in", "by", "of", "within", "inside", "outside", "near",
	"across", "around", "through", "under", "over", "upon", "as", "than", "without", "besides", "beyond")

// objectsOf lists the nodes that may name the verb's target, in order: its
// iobj, obj, obliques that are not adjuncts, and the non-adjunct nmods of
// its object ("sent a letter to X").
func (t *depTree) objectsOf(v int) []int {
	var out []int
	add := func(n int) {
		if t.base(n) == "obl" || t.base(n) == "nmod" {
			if c := t.caseOf(n); c == "" || adjunctCases[c] || t.timeWord(n) {
				return
			}
		}
		out = append(out, n)
	}
	for _, r := range []string{"iobj", "obj"} {
		for _, k := range t.kids[v] {
			if t.rel(k) == r {
				add(k)
			}
		}
	}
	for _, k := range t.kids[v] {
		if t.base(k) == "obl" {
			add(k)
		}
	}
	for _, k := range t.kids[v] {
		if t.base(k) == "obl" && (adjunctCases[t.caseOf(k)] || t.timeWord(k)) {
			// "conveyed on Sunday to X": the parse may hang the target on
			// the time adjunct before it
			for _, n := range t.kids[k] {
				if t.base(n) == "nmod" && n > k {
					add(n)
				}
			}
		}
	}
	if u := t.toks[v].UPOS; u == "NOUN" || u == "PROPN" {
		// an event noun: "the visit of X's minister to Y"
		for _, n := range t.nmods(v) {
			add(n)
		}
	}
	for _, k := range t.kids[v] {
		if t.rel(k) == "obj" {
			for _, n := range t.nmods(k) {
				add(n) // "sent a letter of thanks to Y"
			}
		}
	}
	return out
}

// nmods lists the nominal modifiers after node k that are not "of"
// complements, and those of its "of" complements ("a letter of thanks to
// Y", "the visit of X's minister to Y").
func (t *depTree) nmods(k int) []int {
	var out []int
	for _, n := range t.kids[k] {
		if t.base(n) != "nmod" || n < k {
			continue
		}
		if t.caseOf(n) != "of" {
			out = append(out, n)
			continue
		}
		for _, m := range t.kids[n] {
			if t.base(m) == "nmod" && m > n && t.caseOf(m) != "of" {
				out = append(out, m)
			}
		}
	}
	return out
}

// timeWord reports whether node n is a day, a month or another word of
// time ("on Sunday", "in March").
func (t *depTree) timeWord(n int) bool {
	w := strings.ToLower(t.toks[n].Form)
	_, wd := weekdayNum[w]
	return wd || months[w] || timeWords[w] || t.toks[n].UPOS == "NUM"
}

// negated reports whether the verb at v is negated in the tree ("not",
// "never", "n't"), or is the content of a refusal ("refused to visit").
func (t *depTree) negated(v int) bool {
	for _, k := range t.kids[v] {
		switch strings.ToLower(t.toks[k].Form) {
		case "not", "n't", "never":
			if t.base(k) == "advmod" || t.base(k) == "neg" {
				return true
			}
		case "cannot":
			if t.base(k) == "aux" {
				return true // "we cannot ignore …": one token, the auxiliary and its negation
			}
		}
	}
	if t.base(v) == "xcomp" && t.head[v] >= 0 {
		switch t.toks[t.head[v]].Lemma {
		case "refuse", "decline", "reject", "fail":
			return true
		}
	}
	return false
}

// modal returns the hypothetical modal of the verb at v ("would",
// "could", "may", "might", "should"), or "".
func (t *depTree) modal(v int) string {
	for _, k := range t.kids[v] {
		if t.rel(k) == "aux" {
			switch w := strings.ToLower(t.toks[k].Form); w {
			case "would", "could", "may", "might", "should":
				return w
			}
		}
	}
	return ""
}

// treeSpan returns the token span of the phrase headed by node n: n and
// its dependents, without clauses that modify it (acl, relative clauses,
// advcl, parataxis), its own preposition, and leading or trailing
// punctuation and conjunctions; a mention it cuts is taken whole.
func (s *sentence) treeSpan(n int) (int, int) {
	t := s.parsed
	in := make([]bool, len(t.toks))
	var mark func(i int)
	mark = func(i int) {
		in[i] = true
		for _, k := range t.kids[i] {
			if k != n && t.base(k) == "nmod" && t.caseOf(k) == "by" {
				continue // a "by" phrase is an agent, not part of a name
			}
			switch t.base(k) {
			case "acl", "advcl", "parataxis", "ccomp", "xcomp", "dep", "reparandum", "discourse", "vocative":
				continue
			case "case", "mark":
				if i == n {
					continue
				}
			}
			mark(k)
		}
	}
	mark(n)
	a, b := n, n+1
	for a > 0 && in[a-1] {
		a--
	}
	for b < len(t.toks) && in[b] {
		b++
	}
	for a < b && (t.toks[a].UPOS == "PUNCT" || t.toks[a].UPOS == "CCONJ") && a != n {
		a++
	}
	for b > a && (t.toks[b-1].UPOS == "PUNCT" && t.toks[b-1].Form != ")" || t.toks[b-1].UPOS == "CCONJ") && b-1 != n {
		b--
	}
	if m := s.mentionAt(a); m != nil {
		a = min(a, m.i)
	}
	if m := s.mentionAt(b - 1); m != nil {
		b = max(b, m.j)
	}
	return a, b
}

// treeRead records what the tree gave a predicate, for explain.
type treeRead struct {
	subj, agent, target string
	// direct: the source is the verb's own subject or agent, not one
	// shared through coordination, control or a modified noun
	direct bool
	// the token span of the source or agent phrase the tree gave
	srcSpan [2]int
}

func (r *treeRead) String() string {
	if r == nil {
		return ""
	}
	var parts []string
	for _, p := range []struct{ k, v string }{{"source", r.subj}, {"agent", r.agent}, {"target", r.target}} {
		if p.v != "" {
			parts = append(parts, p.k+" "+p.v)
		}
	}
	return strings.Join(parts, "; ")
}

// treeSubject reads, on the second reading, a verbal predicate's subject
// from the tree when the heuristics found none, with the tree's negation
// and modality.
func (s *sentence) treeSubject(p *pred) {
	t := s.parsed
	if t == nil || !s.treePass || p.noun || p.v >= len(t.toks) {
		return
	}
	if t.negated(p.v) {
		p.g.neg = true
	}
	if m := t.modal(p.v); m != "" && p.g.hypo == "" {
		p.g.hypo = m
	}
	if t.passive(p.v) && !p.g.passive {
		p.g.passive = true // "the paper, reduced to a mouthpiece": a passive participle
	}
	if p.g.particip && !t.passive(p.v) && t.isFinite(p.v) {
		// "Peruvian groups issued statements …": the heuristics read a
		// reduced relative, the tree a finite verb with its own subject
		if n := t.child(p.v, "nsubj"); n >= 0 && !t.isRelPronoun(n) && s.actorHead(n) {
			a, b := s.treeSpan(n)
			if acts := s.actorsIn(a, b, false); len(acts) > 0 {
				p.g.particip, p.g.passive, p.g.finite = false, false, true
				p.subj, p.subjHow, p.subjSpan = acts, "tree: nsubj of the finite verb", [2]int{a, b}
				p.tree = &treeRead{subj: fmt.Sprintf("«%s» (nsubj; the heuristics read a participle)", s.spanText(a, b)), direct: true}
				return
			}
		}
	}
	if c := t.clauseHead(p.v); t.rel(c) == "ccomp" && t.head[c] >= 0 && p.g.govIdx < 0 {
		// "Angola expects that Obama lift the blockade": the content of an
		// expectation, a hope or a demand is not an event of its own
		h := t.head[c]
		if gov := governors[t.toks[h].Lemma]; gov == govIntent || gov == govEmbed || gov == govConsider {
			p.g.govIdx, p.g.gov = h, govEmbed
		}
	}
	if t.base(p.v) == "acl" && t.head[p.v] >= 0 && t.child(t.head[p.v], "cop") >= 0 {
		// "Kim is the leader glorifying the nation": a description
		p.g.neg = true
		p.tree = &treeRead{subj: "none: a participle describing a predicate noun"}
		return
	}
	if x := t.controller(p.v); x >= 0 && p.g.govIdx < 0 {
		// "are determined to defend and glorify": the verb that governs
		// the chain ("determine": an intention)
		if gov, ok := governors[lemma(strings.ToLower(t.toks[x].Form))]; ok {
			p.g.govIdx, p.g.gov = x, gov
		} else if gov, ok := governors[t.toks[x].Lemma]; ok {
			p.g.govIdx, p.g.gov = x, gov
		}
	}
	for _, k := range t.kids[p.v] {
		if w := strings.ToLower(t.toks[k].Form); t.rel(k) == "aux" && (w == "will" || w == "shall" || w == "'ll") {
			p.g.future = true
		}
	}
	if h := t.governor(p.v); h >= 0 {
		// "will defend and glorify", "should withdraw … and accept": the
		// conjoined verb shares the auxiliaries of the first
		g := s.analyseGroup(h)
		if p.g.govIdx < 0 && g.govIdx >= 0 {
			// "denounced X for reinforcing … and staging …": the second
			// verb is inside the same content as the first
			p.g.govIdx, p.g.gov = g.govIdx, g.gov
		}
		p.g.future = p.g.future || g.future
		p.g.neg = p.g.neg || g.neg || t.negated(h)
		if p.g.hypo == "" {
			p.g.hypo = g.hypo
		}
		if p.g.hypo == "" {
			p.g.hypo = t.modal(h)
		}
	}
	// "should take measures to withdraw": a purpose has the main verb's
	// modality and tense (not its negation: "did not come, to the regret
	// of …"), up a chain of coordinated, controlled and purpose verbs; an
	// act the main clause asserts as its means ("by criticising X, Russia
	// may have sought …") keeps its own
	for x, n := p.v, 0; n < 8 && t.head[x] >= 0; n++ {
		b := t.base(x)
		if b != "conj" && b != "xcomp" && !(b == "advcl" && t.infinitiveMark(x)) {
			break
		}
		x = t.head[x]
		if b == "advcl" || n > 0 {
			g := s.analyseGroup(x)
			if p.g.hypo == "" {
				p.g.hypo = g.hypo
			}
			if p.g.hypo == "" {
				p.g.hypo = t.modal(x)
			}
			p.g.future = p.g.future || g.future
		}
		if t.child(x, "nsubj", "nsubj:pass") >= 0 {
			break
		}
	}
	if len(p.subj) > 0 {
		return
	}
	n, how := t.subjectOf(p.v, 0)
	if n < 0 {
		return
	}
	if !s.actorHead(n) {
		return
	}
	a, b := s.treeSpan(n)
	acts := s.actorsIn(a, b, false)
	if len(acts) == 0 {
		return
	}
	p.subj, p.subjHow, p.subjSpan = acts, "tree: "+how, [2]int{a, b}
	p.tree = &treeRead{subj: fmt.Sprintf("«%s» (%s)", s.spanText(a, b), how), direct: how == "nsubj", srcSpan: [2]int{a, b}}
}

// treeAgent returns the actors of a passive predicate's "by" oblique in
// the tree.
func (s *sentence) treeAgent(p *pred) []actor {
	t := s.parsed
	if t == nil || !s.treePass || p.v >= len(t.toks) {
		return nil
	}
	n := t.agentOf(p.v)
	if n < 0 && t.base(p.v) == "conj" && t.head[p.v] >= 0 {
		n = t.agentOf(t.head[p.v]) // "developed and run by X": the shared agent
	}
	if n < 0 {
		// "… to be jointly developed and run by X": the agent on the last conjunct
		for _, k := range t.kids[p.v] {
			if t.base(k) == "conj" {
				if n = t.agentOf(k); n >= 0 {
					break
				}
			}
		}
	}
	if n < 0 || !s.actorHead(n) {
		return nil
	}
	a, b := s.treeSpan(n)
	acts := s.actorsIn(a, b, false)
	if len(acts) > 0 {
		if p.tree == nil {
			p.tree = &treeRead{}
		}
		p.tree.agent = fmt.Sprintf("«%s» (%s by)", s.spanText(a, b), t.rel(n))
		p.tree.srcSpan = [2]int{a, b}
		p.tree.direct = true
	}
	return acts
}

// pronounSubject reports whether a subject pronoun stands right before the
// verb group of p, or right after it ("…, he said"), or opens the clause of
// a participle ("he stressed, adding …"): the tree would find the same
// pronoun, which only the heuristics resolve.
func (s *sentence) pronounSubject(p *pred) bool {
	k := p.g.start - 1
	for k >= 0 && isAdvTag(s.tag(k)) {
		k--
	}
	if s.tag(k) == "PRP" || s.tag(p.vend) == "PRP" {
		return true
	}
	if p.g.particip || p.g.infin {
		for j := p.g.start - 1; j >= 0 && j > p.g.start-12; j-- {
			if s.tag(j) == "PRP" && s.finiteVerbAt(j+1) {
				return true
			}
		}
	}
	return false
}

// slotInAgent reports whether a pattern's target slot lies in the "by"
// phrase of a passive and names the agent's own country ("by a publisher
// of Syria"): the agent's description, not the target.
func (s *sentence) slotInAgent(p *pred, span [2]int, by []actor) bool {
	a, b := s.byPhrase(p)
	if span[0] < a || span[0] >= b || len(by) == 0 {
		return false
	}
	for _, x := range s.actorsIn(span[0], span[1], true) {
		if demarche.Country(x.code) != demarche.Country(by[0].code) {
			return false
		}
	}
	return true
}

// byPhrase returns the token span of a passive's "by" phrase after its
// verb, as byAgent reads it; an empty span when there is none.
func (s *sentence) byPhrase(p *pred) (int, int) {
	for k := p.vend; k < p.hi && k < p.vend+14; k++ {
		if s.norm(k) == "by" {
			return k + 1, s.chainRight(k+1, p.hi)
		}
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			break
		}
	}
	return 0, 0
}

// inTreeAgent reports whether span lies inside the tree's "by" agent of p.
func (s *sentence) inTreeAgent(p *pred, span [2]int) bool {
	t := s.parsed
	if t == nil || p.v >= len(t.toks) {
		return false
	}
	n := t.agentOf(p.v)
	if n < 0 {
		return false
	}
	a, b := s.treeSpan(n)
	return span[0] >= a && span[0] < b
}

// treePatient returns the span of a passive predicate's subject in the
// tree ("Kim Jong Il's work … was brought out by …": the work, whose
// author is the target), when the heuristics found none: the sentence is
// parsed for it, on the first reading too. It returns {-1, -1} when the
// tree names no actor there.
func (s *sentence) treePatient(p *pred) [2]int {
	none := [2]int{-1, -1}
	if s.c.deps == nil || p.noun || len(p.subj) > 0 || len(s.toks) > maxTreeTokens {
		return none
	}
	if s.parsed == nil {
		s.treeParse()
		s.c.trees.parsed.Add(1)
	}
	t := s.parsed
	if p.v >= len(t.toks) {
		return none
	}
	n := t.child(p.v, "nsubj:pass")
	if n < 0 && t.base(p.v) == "acl" && t.head[p.v] >= 0 {
		n = t.head[p.v]
	}
	if n < 0 {
		return none
	}
	a, b := s.treeSpan(n)
	if pa := s.possessorLeft(n); pa >= 0 && pa < a {
		a = pa // "Kim Jong Il's work": the parse may hang the possessor elsewhere
	} else if !s.actorHead(n) {
		return none
	}
	if len(s.actorsIn(a, b, true)) == 0 {
		return none
	}
	if p.tree == nil {
		p.tree = &treeRead{}
	}
	p.tree.target = fmt.Sprintf("«%s» (%s: the passive's subject)", s.spanText(a, b), t.rel(n))
	return [2]int{a, b}
}

// possessorLeft returns the start of the actor mention that possesses the
// noun at n in the tokens ("X's work"), or -1.
func (s *sentence) possessorLeft(n int) int {
	k := n - 1
	for k > 0 && (s.tag(k) == "JJ" || s.tag(k) == "JJS") {
		k-- // "X's famous work"
	}
	if k < 1 || s.toks[k].Norm != "'s" && s.toks[k].Norm != "'" {
		return -1
	}
	if m := s.mentionAt(k - 1); m != nil && (m.actor != nil || m.person != nil) {
		return m.i
	}
	return -1
}

// treeTargets returns the actors of the first object or oblique of the
// predicate in the tree that names one, other than its sources.
func (s *sentence) treeTargets(p *pred, srcs []actor) ([]actor, [2]int) {
	t := s.parsed
	if t == nil || !s.treePass || p.v >= len(t.toks) {
		return nil, [2]int{-1, -1}
	}
	for _, n := range t.objectsOf(p.v) {
		if n < p.v && t.rel(n) != "nsubj:pass" {
			continue
		}
		if !s.actorHead(n) {
			continue
		}
		a, b := s.treeSpan(n)
		if overlaps(a, b, srcs) {
			continue
		}
		acts := s.actorsIn(a, b, true)
		if len(acts) == 0 {
			continue
		}
		if p.tree == nil {
			p.tree = &treeRead{}
		}
		rel := t.rel(n)
		if c := t.caseOf(n); c != "" {
			rel += " " + c
		}
		p.tree.target = fmt.Sprintf("«%s» (%s)", s.spanText(a, b), rel)
		return acts, [2]int{a, b}
	}
	return nil, [2]int{-1, -1}
}

// treeVerbEnd bounds the search for a verb's target at the first verb
// coordinated with it: in "expressing concern about the restrictions and
// criticising the United States", the United States is what the second
// verb acts on, not the first.
func (s *sentence) treeVerbEnd(v, end int) int {
	t := s.parsed
	if t == nil || v < 0 || v >= len(t.toks) {
		return end
	}
	for _, k := range t.kids[v] {
		if k <= v || k >= end || t.base(k) != "conj" || (t.toks[k].UPOS != "VERB" && t.toks[k].UPOS != "AUX") {
			continue
		}
		first := k
		for _, c := range t.kids[k] {
			first = min(first, c)
		}
		if first > v {
			end = min(end, first)
		}
	}
	return end
}

// actorHead reports whether node n, the head of a phrase, is itself an
// actor word (a name, a person, a sector or title word), or is coordinated
// with one, or is one's possession ("X's work"): "heavy snowfall in Japan"
// names no actor.
func (s *sentence) actorHead(n int) bool {
	if m := s.mentionAt(n); m != nil && !m.inTitle {
		return true
	}
	t := s.parsed
	for _, k := range t.kids[n] {
		if (t.base(k) == "conj" || t.base(k) == "appos" || t.rel(k) == "nmod:poss") && s.mentionAt(k) != nil {
			return true
		}
	}
	return false
}

// overlaps reports whether [a, b) overlaps one of the actors' spans.
func overlaps(a, b int, acts []actor) bool {
	for _, x := range acts {
		if x.i < b && a < x.j {
			return true
		}
	}
	return false
}

// wantsTree reports whether a sentence the heuristics left without an
// event deserves a parse: a predicate of the verb classes failed for want
// of a participant.
func (s *sentence) wantsTree() bool {
	if s.c.deps == nil || !s.needTree || s.treePass || len(s.toks) > maxTreeTokens {
		return false
	}
	// the second reading keeps whole events only: two actors at least
	n := 0
	for _, m := range s.ments {
		if m.actor != nil || m.person != nil || m.speaker {
			n++
		}
	}
	return n >= treeMinActors
}

var treeMinActors = 2

// byLater reports whether a "by" follows the passive verb of p, beyond
// what the heuristics read: an agent the tree may find.
func (s *sentence) byLater(p *pred) bool {
	for k := p.vend; k < len(s.toks); k++ {
		if s.norm(k) == "by" {
			return true
		}
	}
	return false
}

// maxTreeTokens bounds the sentences worth a parse: beyond, the parse is
// slow and its attachments unsure.
const maxTreeTokens = 60

// secondReading codes the sentence again with its parse (coder/tree.go),
// when the first reading gave no event and wants the tree.
func (s *sentence) secondReading(cands []candidate) []candidate {
	if len(cands) > 0 || !s.wantsTree() {
		return cands
	}
	s.treeParse()
	s.c.trees.parsed.Add(1)
	s.treePass = true
	s.preds, s.prevSubj, s.prevSubjStart, s.prevSubjEnd = nil, nil, 0, 0
	if s.trace != nil {
		s.trace.Second = len(s.trace.Predicates)
		s.note("the clause heuristics gave no event and a predicate lacked a participant: second reading, on the parse")
	}
	var out []candidate
	cands = s.codeSentence()
	for _, cd := range cands {
		if cd.noTarget && (cd.p == nil || cd.p.tree == nil || !cd.p.tree.direct) {
			s.noteDrop(StageNoTarget, fmt.Sprintf("second reading: %s %s without a target dropped (only the verb's own subject or agent may act alone)", cd.src.code, cd.code))
			continue
		}
		if tr := cd.p.tree; !cd.noTarget && !joint(cd.code) && tr != nil && tr.srcSpan[1] > tr.srcSpan[0] && cd.tgt.i >= tr.srcSpan[0] && cd.tgt.i < tr.srcSpan[1] {
			s.noteDrop(StageSameCountry, fmt.Sprintf("second reading: %s → %s %s dropped: the target is part of the source's phrase", cd.src.code, cd.tgt.code, cd.code))
			continue
		}
		if coSource(cands, cd) && !joint(cd.code) {
			s.noteDrop(StageSameCountry, fmt.Sprintf("second reading: %s → %s %s dropped: both sides of one subject", cd.src.code, cd.tgt.code, cd.code))
			continue
		}
		out = append(out, cd)
	}
	s.c.trees.events.Add(int64(len(out)))
	for _, tp := range s.treeTraced {
		tp.t.Tree = tp.p.tree.String()
	}
	return out
}

// coSource reports whether a candidate's target is also a source of the
// same predicate ("reported by A, B and C": A does not report to B).
func coSource(cands []candidate, cd candidate) bool {
	for _, o := range cands {
		if o.p == cd.p && o.src.i == cd.tgt.i && o.src.j == cd.tgt.j {
			return true
		}
	}
	return false
}

// joint reports whether a code is done together by coordinated actors,
// each toward the others: cooperation, meetings, material cooperation and
// signing (as together does for a class).
func joint(code string) bool {
	switch cameo.Root(code) {
	case "03", "06":
		return true
	case "04":
		return code != "042" && code != "043"
	}
	return code == "057"
}

// nounSlots is what a pattern of an event noun asks of its source and
// target: the prepositions before them ("* to + from $": to, from), or a
// possessive source ("$ 's * for +").
type nounSlots struct {
	src, tgt         map[string]bool
	srcPoss          bool
	wantSrc, wantTgt bool
	// srcHead: the source is the noun the event noun's phrase modifies,
	// with this preposition ("$ on a * to +": "envoys on a visit to Y")
	srcHead string
}

// slotsOf reads a noun pattern's slots; ok is false when a slot is not
// introduced by a preposition or a possessive (a compound "$ * held").
func slotsOf(pat *dict.Pattern) (sl nounSlots, ok bool) {
	elems := pat.Elems
	var flat []dict.Elem
	for _, e := range elems {
		if e.Kind == dict.ElemOptional {
			flat = append(flat, e.Sub...)
			continue
		}
		flat = append(flat, e)
	}
	words := func(e dict.Elem) map[string]bool {
		m := map[string]bool{}
		for _, ph := range e.Phrases {
			if len(ph) > 0 {
				m[ph[len(ph)-1]] = true
			}
		}
		return m
	}
	for i, e := range flat {
		switch e.Kind {
		case dict.ElemSource:
			sl.wantSrc = true
			switch {
			case i+1 < len(flat) && flat[i+1].Kind == dict.ElemWords && words(flat[i+1])["'s"]:
				sl.srcPoss = true
			case i > 0 && flat[i-1].Kind == dict.ElemWords:
				sl.src = words(flat[i-1])
			case i == 0 && len(flat) > 2 && flat[1].Kind == dict.ElemWords && flat[2].Kind == dict.ElemVerb:
				for _, ph := range flat[1].Phrases {
					if len(ph) > 0 {
						sl.srcHead = ph[0]
					}
				}
			default:
				return sl, false
			}
		case dict.ElemTarget:
			sl.wantTgt = true
			if i == 0 || flat[i-1].Kind != dict.ElemWords {
				return sl, false
			}
			sl.tgt = words(flat[i-1])
		}
	}
	return sl, sl.wantSrc || sl.wantTgt
}

// treeNounMatch codes an event noun on the second reading from its tree:
// a pattern of its classes whose source and target slots the noun's
// possessor and prepositional modifiers fill, with the pattern's own
// prepositions ("the condolences of X to Y" for "* to + from $" and "* of
// $ …"; "X's visit to Y"). The noun must not stand in a time adjunct
// ("during X's visit to Y" is background).
func (s *sentence) treeNounMatch(p *pred, tr predTracer) (*coding, bool) {
	t := s.parsed
	v := p.v
	if t == nil || v >= len(t.toks) {
		return nil, false
	}
	if c := t.caseOf(v); c == "during" || c == "after" || c == "before" || c == "following" || c == "since" ||
		c == "until" || c == "upon" || c == "at" || c == "of" || c == "for" || c == "from" {
		return nil, false // "during X's visit to Y": background
	}
	// the noun's modifiers, and those of its "of" complement
	mods := append([]int{}, t.nmods(v)...)
	for _, k := range t.kids[v] {
		if t.base(k) == "nmod" && k > v && t.caseOf(k) == "of" {
			mods = append(mods, k)
		}
	}
	poss := t.child(v, "nmod:poss")
	if poss < 0 {
		if pa := s.possessorLeft(v); pa >= 0 {
			poss = s.mentionAt(pa).j - 1
		}
	}
	// a pattern that names the noun ("{condolences} to + from $") comes
	// first; one with other words than prepositions serves no other noun
	var pats []classPattern
	for pass := 0; pass < 2; pass++ {
		for _, cp := range s.patternsFor(p) {
			named, other := false, false
			for _, e := range cp.pat.Elems {
				if e.Kind != dict.ElemWords {
					continue
				}
				for _, ph := range e.Phrases {
					if len(ph) == 1 && ph[0] == s.norm(v) {
						named = true
					} else if len(ph) > 1 || !nounSlotWords[ph[0]] {
						other = true
					}
				}
			}
			if pass == 0 && named || pass == 1 && !named && !other {
				pats = append(pats, cp)
			}
		}
	}
	for _, cp := range pats {
		sl, ok := slotsOf(cp.pat)
		if !ok || cp.pat.Code == dict.NoCode || !sl.wantSrc {
			continue
		}
		src, tgt := -1, -1
		if sl.srcPoss {
			src = poss
		}
		if sl.srcHead != "" && t.caseOf(v) == sl.srcHead && t.head[v] >= 0 && t.head[v] < v {
			src = t.head[v] // "the envoys, on a visit to Y"
		}
		for _, k := range mods {
			c := t.caseOf(k)
			if src < 0 && (sl.src[c] || (sl.srcPoss || sl.src["from"]) && c == "of") {
				src = k // "the gratitude of X to Y" reads as "X's gratitude to Y"
			} else if tgt < 0 && sl.tgt[c] {
				tgt = k
			}
		}
		if src < 0 || !s.actorHead(src) || sl.wantTgt && (tgt < 0 || !s.actorHead(tgt)) {
			continue
		}
		m := match{pat: cp.pat, target: [2]int{-1, -1}, begin: v, end: p.vend}
		a, b := s.treeSpan(src)
		if src == poss && src != t.child(v, "nmod:poss") {
			a, b = s.possessorLeft(v), v // the possessor read from the tokens
			for b > a && s.mentionAt(b-1) == nil {
				b--
			}
		}
		if tgt >= 0 {
			// "the gratitude of X to Y", Y hung on X: X's phrase ends before Y's
			if ta, _ := s.treeSpan(tgt); ta > a && ta < b {
				b = ta
				for b > a && (s.tag(b-1) == "IN" || s.tag(b-1) == "TO") {
					b--
				}
			}
		}
		m.source = [2]int{a, b}
		// a noun alone is no whole event: it needs its target
		p.tree = &treeRead{subj: fmt.Sprintf("«%s» (%s)", s.spanText(a, b), relName(t, src, src == poss))}
		if tgt >= 0 {
			ta, tb := s.treeSpan(tgt)
			m.target = [2]int{ta, tb}
			p.tree.target = fmt.Sprintf("«%s» (%s)", s.spanText(ta, tb), relName(t, tgt, false))
		}
		tr.tried(cp.pat, true)
		return &coding{m: m, matched: true, c: cp.pat.Class, pat: cp.pat, code: cp.pat.Code,
			rule: cp.pat.Pos.String() + " " + cp.pat.Text + " (on the parse)"}, true
	}
	return nil, false
}

// nounSlotWords are the words a noun pattern may hold beside its slots.
var nounSlotWords = setOf("to", "of", "from", "for", "with", "by", "'s", "on", "a", "an", "the", "against", "toward", "towards")

// nounWithModifiers reports whether an event noun has a possessor or a
// prepositional modifier right by it ("X's condolences", "visit of X to
// Y"): what the tree may read as its source and target.
func (s *sentence) nounWithModifiers(p *pred) bool {
	target := func(k int) bool {
		switch s.norm(k) {
		case "to", "for", "with", "against":
			return s.hasMention(k+1, min(k+6, len(s.toks)))
		}
		return false
	}
	if s.possessorLeft(p.v) >= 0 {
		return target(p.vend) // "X's gratitude to Y"
	}
	if s.norm(p.vend) == "of" || s.norm(p.vend) == "from" {
		// "the visit of X's minister to Y"
		for k := p.vend + 2; k < len(s.toks) && k < p.vend+8; k++ {
			if target(k) {
				return s.hasMention(p.vend+1, k)
			}
		}
	}
	return false
}

// relName names a node's relation with its preposition ("nmod to").
func relName(t *depTree, n int, poss bool) string {
	if poss {
		return "possessor"
	}
	r := t.rel(n)
	if c := t.caseOf(n); c != "" {
		r += " " + c
	}
	return r
}

// treeStats counts, over a coder's life, the sentences it coded, those it
// parsed for a second reading, and the events that reading gave.
type treeStats struct{ sentences, parsed, events atomic.Int64 }

// TreeStats returns how many sentences the coder has coded, how many of
// them it parsed for a second reading (coder/tree.go), and how many events
// that reading gave.
func (c *Coder) TreeStats() (sentences, parsed, events int64) {
	return c.trees.sentences.Load(), c.trees.parsed.Load(), c.trees.events.Load()
}

// tracedPred pairs a traced predicate with its analysis.
type tracedPred struct {
	t *TracePredicate
	p *pred
}

// treeNote tells, for explain, which relations of the parse gave an
// event's participants.
func treeNote(cd candidate) string {
	if cd.p == nil || cd.p.tree == nil {
		return ""
	}
	return "  [parse: " + cd.p.tree.String() + "]"
}

// traceParse writes the parse in CoNLL-U-like lines for explain.
func (s *sentence) traceParse() {
	t := s.treeParse()
	for i, tk := range t.toks {
		s.trace.Parse = append(s.trace.Parse, fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%d\t%s", i+1, tk.Form, tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Deprel))
	}
}
