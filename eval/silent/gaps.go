package silent

// Gap is a predicate of silent sentences that the coder's verb classes do
// not know and another verb dictionary codes: a word the knowledge may
// lack (issue: "list the phrases it codes that your lexicon does not know,
// and see how many of them the corpora use").
type Gap struct {
	Form    string `json:"form"`
	Count   int    `json:"count"` // silent sentences in which it is the predicate
	Example string `json:"example"`
	// Block, Code and Patterns are what the other dictionary says: its
	// verb block, the verb's code and the number of coding patterns
	Block    string `json:"block"`
	Code     string `json:"code"`
	Patterns int    `json:"patterns"`
}

// GapLookup tells what another dictionary codes for a word used as a verb,
// and whether it codes anything.
type GapLookup func(form string) (block, code string, patterns int, ok bool)

// Gaps returns the n most frequent predicates of the silent sentences that
// are in no verb class of the coder and whose most frequent form lookup
// codes, most frequent first.
func (s *Stats) Gaps(lookup GapLookup, n int) []Gap {
	var out []Gap
	for _, p := range s.Predicates {
		if len(out) == n {
			break
		}
		if p.Class != "" {
			continue
		}
		block, code, patterns, ok := lookup(p.Form)
		if !ok {
			continue
		}
		out = append(out, Gap{Form: p.Form, Count: p.Count, Example: p.Example, Block: block, Code: code, Patterns: patterns})
	}
	return out
}
