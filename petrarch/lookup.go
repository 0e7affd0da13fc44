package petrarch

import "strings"

// VerbCode is what a verb dictionary codes for a word used as a verb alone.
type VerbCode struct {
	Block string // the verb block's name ("PAINT")
	// Code is the verb's own code, else its block's default ("---" when
	// the block codes only through its patterns)
	Code string
	// Patterns is the number of the block's patterns that code something
	Patterns int
}

// Lookup returns what the dictionary codes for the inflected word w
// ("drew", any case) as a one-word verb form, and whether it codes anything
// at all (a default code or a coding pattern). A word that is the head of
// several blocks' forms gives the first block in the file that codes.
func (v *Verbs) Lookup(w string) (VerbCode, bool) {
	for _, fo := range v.Index[strings.ToUpper(w)] {
		if len(fo.Form.Words) != 1 || fo.Verb.Block == nil {
			continue
		}
		b := fo.Verb.Block
		vc := VerbCode{Block: b.Name, Code: b.Code}
		if fo.Verb.Code != "" {
			vc.Code = fo.Verb.Code
		}
		for _, p := range b.Patterns {
			if p.Code != "" && p.Code != NoCode || p.Paired != "" && p.Paired != NoCode {
				vc.Patterns++
			}
		}
		if vc.Code == "" {
			vc.Code = NoCode
		}
		if vc.Code != NoCode || vc.Patterns > 0 {
			return vc, true
		}
	}
	return VerbCode{}, false
}
