// Package cameo holds the CAMEO event taxonomy as data: every code with its
// name, Goldstein weight, quad class and PLOVER type, mode and context.
//
// The table is the file cameo.txt, embedded in the package; its header
// documents the format and the decisions taken where the sources are silent
// or irregular. Default returns it parsed; Parse reads a table in the same
// format from elsewhere.
package cameo

import (
	_ "embed"
	"sort"
	"sync"
)

// Code is one CAMEO event code.
type Code struct {
	Code      string  // "03", "036", "0311"
	Name      string  // the CAMEO name: "Express intent to meet or negotiate"
	Goldstein float64 // Goldstein-scale weight, -10..+10
	Quad      int     // quad class of the root, 1..4 (see QuadClass)
	PLOVER    string  // PLOVER event type ("AGREE"), "" for none
	Mode      string  // PLOVER mode ("visit"), "" for none
	Context   string  // PLOVER context ("diplomatic"), "" for none
}

// Root returns the code's root, its first two digits.
func (c Code) Root() string { return Root(c.Code) }

// Taxonomy is a parsed table of CAMEO codes. It is immutable and safe for
// concurrent use.
type Taxonomy struct {
	byCode map[string]Code
	all    []Code // sorted by code
}

//go:embed cameo.txt
var table string

var (
	defaultOnce sync.Once
	defaultTax  *Taxonomy
)

// Default returns the embedded CAMEO table, parsed on first use. The table
// is part of the package and checked by its tests, so a parse failure is a
// bug in the package: Default panics then rather than return a partial
// taxonomy.
func Default() *Taxonomy {
	defaultOnce.Do(func() {
		t, err := parseString(table, "cameo.txt")
		if err != nil {
			panic("cameo: embedded table is broken: " + err.Error())
		}
		defaultTax = t
	})
	return defaultTax
}

// Lookup returns the code exactly as written ("036", not "36" or "0360").
// ok is false for an unknown code and for a nil Taxonomy.
func (t *Taxonomy) Lookup(code string) (c Code, ok bool) {
	if t == nil {
		return Code{}, false
	}
	c, ok = t.byCode[code]
	return c, ok
}

// All returns every code in code order, which lists each root before its
// codes and each code before its sub-codes ("01", "010", …, "02", "020",
// "021", "0211", …). The slice is a copy the caller may keep or modify; it
// is empty for a nil Taxonomy.
func (t *Taxonomy) All() []Code {
	if t == nil {
		return nil
	}
	out := make([]Code, len(t.all))
	copy(out, t.all)
	return out
}

// Len returns the number of codes, roots included (0 for a nil Taxonomy).
func (t *Taxonomy) Len() int {
	if t == nil {
		return 0
	}
	return len(t.all)
}

func newTaxonomy(codes map[string]Code) *Taxonomy {
	all := make([]Code, 0, len(codes))
	for _, c := range codes {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Code < all[j].Code })
	return &Taxonomy{byCode: codes, all: all}
}

// Root returns the root of a code, its first two digits ("0311" → "03",
// "190" → "19"). It returns "" when code is not two to four ASCII digits.
// It does not check that the root exists: QuadClass does.
func Root(code string) string {
	if !isDigits(code) || len(code) < 2 || len(code) > 4 {
		return ""
	}
	return code[:2]
}

// The quad classes returned by QuadClass.
const (
	VerbalCooperation   = 1 // roots 01–05
	MaterialCooperation = 2 // roots 06–08
	VerbalConflict      = 3 // roots 09–13
	MaterialConflict    = 4 // roots 14–20
)

// QuadClass returns the quad class of a root ("01" … "20"): 1 verbal
// cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict
// (09–13), 4 material conflict (14–20). It returns 0 for anything that is
// not one of the twenty two-digit roots, including full codes: pass
// Root(code) for those.
func QuadClass(root string) int {
	if len(root) != 2 || !isDigits(root) {
		return 0
	}
	n := int(root[0]-'0')*10 + int(root[1]-'0')
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 8:
		return MaterialCooperation
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return 0
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
