// Where a candidate came from: the verb class, the pattern and the word
// sets that coded it. The sentence rules that read its origin test these,
// never the knowledge file or the text of the rule it came from, so that a
// user's --dict file may extend a class or a set and get the same rules,
// and so that the trace's wording may change without changing the events.

package coder

import "github.com/demarche-project/demarche/dict"

// ofClass reports whether the candidate was coded from the verb class of
// that name (a pattern of it or its default code); events made by a
// sentence rule have no class.
func (c *candidate) ofClass(name string) bool {
	return c.class != nil && c.class.Name == name
}

// byDefaultOf reports whether the candidate was coded by the default code
// of the class of that name, no pattern of it having matched ("said"
// alone, as against "said in a statement to +").
func (c *candidate) byDefaultOf(name string) bool {
	return c.pat == nil && c.ofClass(name)
}

// usesSet reports whether the pattern that coded the candidate has an
// element drawn from the word set of that name ("* ... &EXERCISE"), also
// inside an optional part.
func (c *candidate) usesSet(name string) bool {
	return c.pat != nil && elemsUseSet(c.pat.Elems, name)
}

func elemsUseSet(elems []dict.Elem, name string) bool {
	for _, e := range elems {
		if e.Kind == dict.ElemWords && e.Set == name || e.Kind == dict.ElemOptional && elemsUseSet(e.Sub, name) {
			return true
		}
	}
	return false
}

// patternEndsWith reports whether the pattern that coded the candidate
// ends in the word w alone ("* here", "$ * here").
func (c *candidate) patternEndsWith(w string) bool {
	if c.pat == nil || len(c.pat.Elems) == 0 {
		return false
	}
	last := c.pat.Elems[len(c.pat.Elems)-1]
	return len(last.Phrases) == 1 && hasPhrase(last, w)
}

// byClassDefault reports whether the candidate was coded by its verb
// class's default code, no pattern of the class having matched.
func (c *candidate) byClassDefault() bool {
	return c.pat == nil && c.class != nil
}

// patternWordBeforeTarget reports whether the pattern that coded the
// candidate has the word w right before its target slot ("* ... against
// +").
func (c *candidate) patternWordBeforeTarget(w string) bool {
	if c.pat == nil {
		return false
	}
	for i := 1; i < len(c.pat.Elems); i++ {
		if c.pat.Elems[i].Kind == dict.ElemTarget && hasPhrase(c.pat.Elems[i-1], w) {
			return true
		}
	}
	return false
}

// patternHasWordOf reports whether a words element of the pattern that
// coded the candidate offers one of the words of set (one-word phrases).
func (c *candidate) patternHasWordOf(set map[string]bool) bool {
	if c.pat == nil {
		return false
	}
	for _, e := range c.pat.Elems {
		if e.Kind != dict.ElemWords {
			continue
		}
		for _, ph := range e.Phrases {
			if len(ph) == 1 && set[ph[0]] {
				return true
			}
		}
	}
	return false
}

// hasPhrase reports whether e is a words element with the one-word phrase
// w among its alternatives.
func hasPhrase(e dict.Elem, w string) bool {
	if e.Kind != dict.ElemWords {
		return false
	}
	for _, ph := range e.Phrases {
		if len(ph) == 1 && ph[0] == w {
			return true
		}
	}
	return false
}
