package treecoder

import (
	"fmt"
	"strings"
)

// Node is a node of a Penn Treebank parse: a phrase (Label "NP", "VP" …)
// with children, or a pre-terminal (Label "NNP", Word "Gondor").
type Node struct {
	Label  string
	Word   string // set on pre-terminals only
	Kids   []*Node
	Parent *Node
	// Index is the position of a pre-terminal's word in the sentence, and
	// Start and End the word span [Start, End) of any node.
	Index      int
	Start, End int
}

// Leaf reports whether the node is a pre-terminal (a tag and its word).
func (n *Node) Leaf() bool { return len(n.Kids) == 0 && n.Word != "" }

// Base returns the label without function tags: "NP-TMP" → "NP". The
// labels "-LRB-", "-RRB-", "-NONE-" are kept whole.
func (n *Node) Base() string {
	l := n.Label
	if strings.HasPrefix(l, "-") {
		return l
	}
	if i := strings.IndexAny(l, "-="); i > 0 {
		return l[:i]
	}
	return l
}

// String renders the subtree in bracketed form on one line.
func (n *Node) String() string {
	var b strings.Builder
	n.write(&b)
	return b.String()
}

func (n *Node) write(b *strings.Builder) {
	b.WriteByte('(')
	b.WriteString(n.Label)
	if n.Leaf() {
		b.WriteByte(' ')
		b.WriteString(n.Word)
	}
	for _, k := range n.Kids {
		b.WriteByte(' ')
		k.write(b)
	}
	b.WriteByte(')')
}

// Tree is a parsed sentence: its root and its pre-terminals in order.
type Tree struct {
	Root   *Node
	Leaves []*Node
}

// Words returns the words of the tree, "-LRB-" and "-RRB-" made brackets.
func (t *Tree) Words() []string {
	out := make([]string, len(t.Leaves))
	for i, l := range t.Leaves {
		out[i] = leafText(l.Word)
	}
	return out
}

func leafText(w string) string {
	switch w {
	case "-LRB-", "-LCB-":
		return "("
	case "-RRB-", "-RCB-":
		return ")"
	}
	return w
}

// ParseError is a malformed Treebank parse: Offset is the byte offset in
// the parse text where it was found.
type ParseError struct {
	Offset int
	Msg    string
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse, byte %d: %s", e.Offset, e.Msg) }

// MaxParseDepth bounds the nesting of a parse, so that hostile input cannot
// exhaust the stack of the recursive walkers.
const MaxParseDepth = 500

// ParseTree reads a Penn Treebank bracketed parse such as
// "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) …)))". An outer unlabelled pair
// of brackets is accepted. Unbalanced brackets, a word outside a
// pre-terminal, an empty label and text after the tree are *ParseError
// errors; ParseTree never panics.
func ParseTree(s string) (*Tree, error) {
	p := &treeParser{s: s}
	p.skip()
	if p.i >= len(s) {
		return nil, &ParseError{0, "empty parse"}
	}
	root, err := p.node(nil, 0)
	if err != nil {
		return nil, err
	}
	p.skip()
	if p.i < len(s) {
		return nil, &ParseError{p.i, fmt.Sprintf("text after the end of the tree: %q", clip(s[p.i:]))}
	}
	// an unlabelled outer pair "( (S …) )"
	if root.Label == "" {
		if len(root.Kids) != 1 {
			return nil, &ParseError{0, "unlabelled root with more than one child"}
		}
		root = root.Kids[0]
		root.Parent = nil
	}
	t := &Tree{Root: root}
	t.index(root)
	if len(t.Leaves) == 0 {
		return nil, &ParseError{0, "the parse has no words"}
	}
	return t, nil
}

func clip(s string) string {
	if len(s) > 30 {
		return s[:30] + "…"
	}
	return s
}

func (t *Tree) index(n *Node) {
	if n.Leaf() {
		n.Index = len(t.Leaves)
		n.Start, n.End = n.Index, n.Index+1
		t.Leaves = append(t.Leaves, n)
		return
	}
	n.Start = len(t.Leaves)
	for _, k := range n.Kids {
		t.index(k)
	}
	n.End = len(t.Leaves)
}

type treeParser struct {
	s string
	i int
}

func (p *treeParser) skip() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// token reads a label or a word: anything up to white space or a bracket.
func (p *treeParser) token() string {
	j := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' {
			break
		}
		p.i++
	}
	return p.s[j:p.i]
}

func (p *treeParser) node(parent *Node, depth int) (*Node, error) {
	if depth > MaxParseDepth {
		return nil, &ParseError{p.i, fmt.Sprintf("nested more than %d deep", MaxParseDepth)}
	}
	if p.s[p.i] != '(' {
		return nil, &ParseError{p.i, fmt.Sprintf("want '(', got %q", clip(p.s[p.i:]))}
	}
	open := p.i
	p.i++
	p.skip()
	n := &Node{Parent: parent}
	if p.i < len(p.s) && p.s[p.i] != '(' && p.s[p.i] != ')' {
		n.Label = p.token()
	}
	for {
		p.skip()
		if p.i >= len(p.s) {
			return nil, &ParseError{open, fmt.Sprintf("unbalanced parse: the phrase (%s opened here is never closed", n.Label)}
		}
		switch p.s[p.i] {
		case ')':
			p.i++
			if n.Label != "" && len(n.Kids) == 0 && n.Word == "" {
				return nil, &ParseError{open, fmt.Sprintf("empty phrase (%s)", n.Label)}
			}
			return n, nil
		case '(':
			if n.Word != "" {
				return nil, &ParseError{p.i, fmt.Sprintf("pre-terminal (%s %s) has a phrase after its word", n.Label, n.Word)}
			}
			k, err := p.node(n, depth+1)
			if err != nil {
				return nil, err
			}
			n.Kids = append(n.Kids, k)
		default:
			at := p.i
			w := p.token()
			if n.Label == "" {
				return nil, &ParseError{at, fmt.Sprintf("word %q without a tag", w)}
			}
			if n.Word != "" || len(n.Kids) > 0 {
				return nil, &ParseError{at, fmt.Sprintf("word %q outside a pre-terminal in (%s …)", w, n.Label)}
			}
			n.Word = w
		}
	}
}
