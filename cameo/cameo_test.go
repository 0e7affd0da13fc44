package cameo

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	tax := Default()
	if tax != Default() {
		t.Error("Default returned two different tables")
	}
	all := tax.All()
	if got, want := len(all), 313; got != want {
		t.Errorf("Default: %d codes, want %d", got, want)
	}
	if tax.Len() != len(all) {
		t.Errorf("Len = %d, All has %d", tax.Len(), len(all))
	}
	roots := 0
	for _, c := range all {
		if len(c.Code) == 2 {
			roots++
		}
	}
	if roots != 20 {
		t.Errorf("Default: %d roots, want 20", roots)
	}
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Code < all[j].Code }) {
		t.Error("All is not in code order")
	}
	all[0].Name = "changed"
	if c, _ := tax.Lookup(all[0].Code); c.Name == "changed" {
		t.Error("All returned the taxonomy's own slice")
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		ok        bool
		name      string
		goldstein float64
		quad      int
		plover    string
		mode      string
		context   string
	}{
		{"01", true, "Make public statement", 0, 1, "", "", ""},
		{"010", true, "Make statement, not specified below", 0, 1, "", "", ""},
		{"011", true, "Decline comment", -0.1, 1, "", "", ""},
		{"012", true, "Make pessimistic comment", -0.4, 1, "", "", ""},
		{"013", true, "Make optimistic comment", 0.4, 1, "", "", ""},
		{"014", true, "Consider policy option", 0, 1, "", "", ""},
		{"015", true, "Acknowledge or claim responsibility", 2, 1, "", "", ""},
		{"016", true, "Deny responsibility", -2, 1, "REJECT", "", ""},
		{"017", true, "Engage in symbolic act", 0, 1, "", "", ""},
		{"018", true, "Make empathetic comment", 3.4, 1, "SUPPORT", "", ""},
		{"019", true, "Express accord", 0, 1, "", "", ""},
		{"020", true, "Make an appeal or request, not specified below", 3, 1, "REQUEST", "", ""},
		{"0214", true, "Appeal for intelligence", 3.4, 1, "REQUEST", "assist", "intelligence"},
		{"0256", true, "Appeal for de-escalation of military engagement", -0.3, 1, "REQUEST", "yield", "military"},
		{"0311", true, "Express intent to cooperate economically", 5.2, 1, "AGREE", "", "economic"},
		{"036", true, "Express intent to meet or negotiate", 4, 1, "AGREE", "", "diplomatic"},
		{"042", true, "Make a visit", 1.9, 1, "CONSULT", "visit", ""},
		{"043", true, "Host a visit", 2.8, 1, "CONSULT", "visit", ""},
		{"051", true, "Praise or endorse", 3.4, 1, "SUPPORT", "", "diplomatic"},
		{"057", true, "Sign formal agreement", 8, 1, "SUPPORT", "", "diplomatic"},
		{"08", true, "Yield", 5, 2, "CONCEDE", "", ""},
		{"0841", true, "Return, release person(s)", 7, 2, "RETREAT", "release", "legal"},
		{"0874", true, "Retreat or surrender militarily", 10, 2, "RETREAT", "disarm", "military"},
		{"091", true, "Investigate crime, corruption", -2, 3, "ACCUSE", "investigate", "crime; corruption"},
		{"111", true, "Criticize or denounce", -2, 3, "ACCUSE", "disapprove", ""},
		{"112", true, "Accuse, not specified below", -2, 3, "ACCUSE", "disapprove", ""},
		{"120", true, "Reject, not specified below", -4, 3, "REJECT", "", ""},
		{"138", true, "Threaten to use military force, not specified below", -7, 3, "THREATEN", "violence", "military"},
		{"141", true, "Demonstrate or rally, not specified below", -6.5, 4, "PROTEST", "demo", ""},
		{"163", true, "Impose embargo, boycott, or sanctions", -8, 4, "COERCE", "restrict", "diplomatic"},
		{"173", true, "Arrest, detain, or charge with legal action", -5, 4, "COERCE", "arrest", "legal"},
		{"175", true, "Use tactics of violent repression", -9, 4, "ASSAULT", "pro_autocracy", "military"},
		{"1712", true, "Destroy property", -9.2, 4, "ASSAULT", "seize", "human_security"},
		{"190", true, "Use conventional military force, not specified below", -10, 4, "ASSAULT", "", "military"},
		{"191", true, "Impose blockade, restrict movement", -9.5, 4, "COERCE", "restrict", "military"},
		{"201", true, "Engage in mass expulsion", -9.5, 4, "ASSAULT", "cleansing", "religion_ethnicity"},
		{"2042", true, "Detonate nuclear weapons", -10, 4, "ASSAULT", "unconventional", "cbrn"},
		// not codes
		{"", false, "", 0, 0, "", "", ""},
		{"36", false, "", 0, 0, "", "", ""},
		{"0360", false, "", 0, 0, "", "", ""},
		{" 036", false, "", 0, 0, "", "", ""},
		{"21", false, "", 0, 0, "", "", ""},
		{"155", false, "", 0, 0, "", "", ""},
		{"abc", false, "", 0, 0, "", "", ""},
	}
	tax := Default()
	for _, tt := range tests {
		c, ok := tax.Lookup(tt.code)
		if ok != tt.ok {
			t.Errorf("Lookup(%q): ok = %v, want %v", tt.code, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		want := Code{Code: tt.code, Name: tt.name, Goldstein: tt.goldstein, Quad: tt.quad,
			PLOVER: tt.plover, Mode: tt.mode, Context: tt.context}
		if c != want {
			t.Errorf("Lookup(%q) =\n  %+v\nwant\n  %+v", tt.code, c, want)
		}
	}
	var nilTax *Taxonomy
	if _, ok := nilTax.Lookup("010"); ok || nilTax.All() != nil || nilTax.Len() != 0 {
		t.Error("a nil Taxonomy is not empty")
	}
}

func TestRoot(t *testing.T) {
	tests := []struct{ code, want string }{
		{"0311", "03"},
		{"031", "03"},
		{"03", "03"},
		{"190", "19"},
		{"2042", "20"},
		{"99", "99"}, // Root does not check the range
		{"", ""},
		{"3", ""},
		{"03111", ""},
		{"03a", ""},
		{"-01", ""},
		{"０３", ""},
	}
	for _, tt := range tests {
		if got := Root(tt.code); got != tt.want {
			t.Errorf("Root(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	if got := (Code{Code: "1823"}).Root(); got != "18" {
		t.Errorf("Code.Root() = %q, want 18", got)
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		root string
		want int
	}{
		{"01", 1}, {"02", 1}, {"03", 1}, {"04", 1}, {"05", 1},
		{"06", 2}, {"07", 2}, {"08", 2},
		{"09", 3}, {"10", 3}, {"11", 3}, {"12", 3}, {"13", 3},
		{"14", 4}, {"15", 4}, {"16", 4}, {"17", 4}, {"18", 4}, {"19", 4}, {"20", 4},
		{"00", 0}, {"21", 0}, {"99", 0}, {"1", 0}, {"010", 0}, {"", 0}, {"0a", 0}, {"a1", 0},
	}
	for _, tt := range tests {
		if got := QuadClass(tt.root); got != tt.want {
			t.Errorf("QuadClass(%q) = %d, want %d", tt.root, got, tt.want)
		}
	}
}

// TestHierarchy checks the embedded table's structure: every code has its
// root and parent, a quad class matching its root and a weight in range.
func TestHierarchy(t *testing.T) {
	tax := Default()
	for _, c := range tax.All() {
		root := Root(c.Code)
		if _, ok := tax.Lookup(root); !ok {
			t.Errorf("%s: root %s missing", c.Code, root)
		}
		if len(c.Code) == 4 {
			if _, ok := tax.Lookup(c.Code[:3]); !ok {
				t.Errorf("%s: parent %s missing", c.Code, c.Code[:3])
			}
		}
		if c.Quad != QuadClass(root) || c.Quad == 0 {
			t.Errorf("%s: quad %d, want %d", c.Code, c.Quad, QuadClass(root))
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of [-10, 10]", c.Code, c.Goldstein)
		}
		if c.Name == "" {
			t.Errorf("%s: no name", c.Code)
		}
		if len(c.Code) == 2 {
			// a root carries the weight and type of its "not specified" code
			x0, ok := tax.Lookup(c.Code + "0")
			if !ok {
				t.Errorf("%s: no %s0", c.Code, c.Code)
			} else if x0.Goldstein != c.Goldstein || x0.PLOVER != c.PLOVER {
				t.Errorf("%s: Goldstein %v PLOVER %q, %s0 has %v %q", c.Code, c.Goldstein, c.PLOVER, c.Code, x0.Goldstein, x0.PLOVER)
			}
		}
	}
	// the CAMEO 1.1b3 sub-code ranges named in the project brief
	for _, r := range []struct {
		parent string
		last   byte
	}{
		{"021", '4'}, {"023", '4'}, {"024", '4'}, {"025", '6'}, {"031", '4'}, {"033", '4'},
		{"034", '4'}, {"035", '6'}, {"081", '4'}, {"083", '4'}, {"084", '2'}, {"086", '3'},
		{"087", '4'}, {"101", '4'}, {"103", '4'}, {"104", '4'}, {"105", '6'}, {"112", '5'},
		{"121", '4'}, {"122", '4'}, {"123", '4'}, {"124", '6'}, {"131", '3'}, {"132", '4'},
		{"138", '5'}, {"141", '4'}, {"142", '4'}, {"143", '4'}, {"144", '4'}, {"145", '4'},
		{"162", '3'}, {"166", '3'}, {"171", '2'}, {"172", '4'}, {"182", '3'}, {"183", '3'},
		{"204", '2'},
	} {
		for d := byte('1'); d <= r.last; d++ {
			code := r.parent + string(d)
			if _, ok := tax.Lookup(code); !ok {
				t.Errorf("sub-code %s missing", code)
			}
		}
		if _, ok := tax.Lookup(r.parent + string(r.last+1)); ok {
			t.Errorf("unexpected sub-code %s%c", r.parent, r.last+1)
		}
	}
}

// ploverTable is the CAMEO-to-PLOVER table shared with the project; tests
// run in the package directory, two levels below the shared folder's parent.
const ploverTable = "../../shared/plover/CAMEO2PLOVER-2021.txt"

// TestPLOVERTable checks that every code of the PLOVER manual's CAMEO table
// is present with the table's type, mode and context (its first entry where
// the table lists a code twice).
func TestPLOVERTable(t *testing.T) {
	f, err := os.Open(ploverTable)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("skipping: %s is absent (the shared data folder is not checked out next to the repository)", ploverTable)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tax := Default()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		code, rest, ok := strings.Cut(sc.Text(), ":")
		code = strings.TrimSpace(code)
		if !ok || Root(code) == "" {
			continue
		}
		if seen[code] {
			continue
		}
		seen[code] = true
		rest, _, _ = strings.Cut(rest, "#")
		f := strings.Split(rest, ",")
		for len(f) < 3 {
			f = append(f, "")
		}
		want := [3]string{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])}
		c, ok := tax.Lookup(code)
		if !ok {
			t.Errorf("%s:%d: code %s missing", ploverTable, line, code)
			continue
		}
		if got := [3]string{c.PLOVER, c.Mode, c.Context}; got != want {
			t.Errorf("%s:%d: code %s: type, mode, context = %q, want %q", ploverTable, line, code, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 250 {
		t.Errorf("read only %d codes from %s", len(seen), ploverTable)
	}
	// the codes the table omits: the 01 and 02 families
	for _, c := range tax.All() {
		if seen[c.Code] {
			continue
		}
		if r := Root(c.Code); r != "01" && r != "02" {
			t.Errorf("code %s is not in %s", c.Code, ploverTable)
		}
	}
}

func TestParseFile(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "small.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tax, err := Parse(f, "small.txt")
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range tax.All() {
		codes = append(codes, c.Code)
	}
	if got, want := strings.Join(codes, " "), "04 040 042 17 172 1724"; got != want {
		t.Errorf("codes %q, want %q", got, want)
	}
	c, _ := tax.Lookup("17")
	if want := (Code{Code: "17", Name: "Coerce", Goldstein: -7, Quad: 4, PLOVER: "COERCE"}); c != want {
		t.Errorf("Lookup(17) = %+v, want %+v", c, want)
	}
}

func TestParseErrorsFile(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "broken.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tax, err := Parse(f, "broken.txt")
	if tax != nil || err == nil {
		t.Fatalf("Parse(broken.txt) = %v, %v; want nil and an error", tax, err)
	}
	want := []string{
		"broken.txt:4: code 040: repeated (first on line 3)",
		"broken.txt:5: code 042: goldstein: want a number from -10 to 10, got \"11.0\"",
		"broken.txt:6: code 0431: parent 043 is not defined",
		"broken.txt:7: code 050: root 05 is not defined",
	}
	if got := strings.Split(err.Error(), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", err, strings.Join(want, "\n"))
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "broken.txt" || pe.Line != 4 {
		t.Errorf("errors.As: %+v, want the first error at broken.txt:4", pe)
	}
}

func TestParseErrors(t *testing.T) {
	const root = "01 | 0 | - | - | - | Make public statement\n"
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "t.txt: no codes"},
		{"comments only", "# nothing\n\n", "t.txt: no codes"},
		{"too few fields", root + "010 | 0 | - | - | Statement\n", "t.txt:2: want 6 fields"},
		{"too many fields", root + "010 | 0 | - | - | - | A | B\n", "t.txt:2: want 6 fields"},
		{"code letters", root + "01a | 0 | - | - | - | A\n", `t.txt:2: code: want 2 to 4 digits, got "01a"`},
		{"code long", root + "01111 | 0 | - | - | - | A\n", "t.txt:2: code: want 2 to 4 digits"},
		{"code short", "1 | 0 | - | - | - | A\n", "t.txt:1: code: want 2 to 4 digits"},
		{"root range", "21 | 0 | - | - | - | A\n", "t.txt:1: code 21: root 21 is not one of 01..20"},
		{"root zero", "000 | 0 | - | - | - | A\n", "t.txt:1: code 000: root 00 is not one of 01..20"},
		{"goldstein word", root + "010 | zero | - | - | - | A\n", `t.txt:2: code 010: goldstein: want a number from -10 to 10, got "zero"`},
		{"goldstein range", root + "010 | -10.5 | - | - | - | A\n", "t.txt:2: code 010: goldstein"},
		{"goldstein NaN", root + "010 | NaN | - | - | - | A\n", "t.txt:2: code 010: goldstein"},
		{"goldstein Inf", root + "010 | +Inf | - | - | - | A\n", "t.txt:2: code 010: goldstein"},
		{"plover lower", root + "010 | 0 | agree | - | - | A\n", `t.txt:2: code 010: plover: want an upper-case PLOVER type or '-', got "agree"`},
		{"empty plover", root + "010 | 0 |  | - | - | A\n", "t.txt:2: code 010: plover: empty, write '-' for none"},
		{"empty mode", root + "010 | 0 | - |  | - | A\n", "t.txt:2: code 010: mode: empty"},
		{"empty context", root + "010 | 0 | - | - |  | A\n", "t.txt:2: code 010: context: empty"},
		{"no name", root + "010 | 0 | - | - | - | \n", "t.txt:2: code 010: name is missing"},
		{"dash name", root + "010 | 0 | - | - | - | -\n", "t.txt:2: code 010: name is missing"},
		{"repeated", root + "\n" + root, "t.txt:3: code 01: repeated (first on line 1)"},
		{"no root", "010 | 0 | - | - | - | A\n", "t.txt:1: code 010: root 01 is not defined"},
		{"no parent", root + "0101 | 0 | - | - | - | A\n", "t.txt:2: code 0101: parent 010 is not defined"},
		{"long line", root + "010 | 0 | - | - | - | " + strings.Repeat("x", 70000) + "\n", "t.txt:2: bufio.Scanner: token too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tax, err := Parse(strings.NewReader(tt.in), "t.txt")
			if err == nil || tax != nil {
				t.Fatalf("Parse = %v, %v; want nil and an error", tax, err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Code
	}{
		{"dashes", "01|0|-|-|-|Statement", Code{Code: "01", Name: "Statement", Quad: 1}},
		{"spaces", "  14 |  -6.5 | PROTEST |  demo | x; y  |  Protest  \r", Code{Code: "14", Name: "Protest", Goldstein: -6.5, Quad: 4, PLOVER: "PROTEST", Mode: "demo", Context: "x; y"}},
		{"plus sign", "05 | +3.5 | SUPPORT | - | - | Cooperate", Code{Code: "05", Name: "Cooperate", Goldstein: 3.5, Quad: 1, PLOVER: "SUPPORT"}},
		{"bounds", "20 | -10 | ASSAULT | - | - | Mass violence", Code{Code: "20", Name: "Mass violence", Goldstein: -10, Quad: 4, PLOVER: "ASSAULT"}},
		{"underscore type", "09 | -2 | SOME_TYPE | - | - | Investigate", Code{Code: "09", Name: "Investigate", Goldstein: -2, Quad: 3, PLOVER: "SOME_TYPE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tax, err := Parse(strings.NewReader(tt.in), "t.txt")
			if err != nil {
				t.Fatal(err)
			}
			if c, ok := tax.Lookup(tt.want.Code); !ok || c != tt.want {
				t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.want.Code, c, ok, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	small, err := os.ReadFile(filepath.Join("testdata", "small.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(small))
	f.Add("01 | 0 | - | - | - | A\n010 | 1e1 | X | - | - | B\n")
	f.Add("0101 | | | | |\n# c\n|||||")
	f.Fuzz(func(t *testing.T, in string) {
		tax, err := Parse(strings.NewReader(in), "fuzz.txt")
		if err != nil {
			if tax != nil {
				t.Fatal("Parse returned a taxonomy and an error")
			}
			for _, e := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(e, "fuzz.txt") {
					t.Fatalf("error %q does not name the file", e)
				}
			}
			return
		}
		all := tax.All()
		if len(all) == 0 {
			t.Fatal("no error and no code")
		}
		for i, c := range all {
			if i > 0 && all[i-1].Code >= c.Code {
				t.Fatalf("All out of order: %s before %s", all[i-1].Code, c.Code)
			}
			got, ok := tax.Lookup(c.Code)
			if !ok || got != c {
				t.Fatalf("Lookup(%q) = %+v, %v; All has %+v", c.Code, got, ok, c)
			}
			if c.Quad != QuadClass(Root(c.Code)) || c.Quad == 0 {
				t.Fatalf("%s: quad %d", c.Code, c.Quad)
			}
			if c.Goldstein < -10 || c.Goldstein > 10 {
				t.Fatalf("%s: Goldstein %v", c.Code, c.Goldstein)
			}
			if _, ok := tax.Lookup(Root(c.Code)); !ok {
				t.Fatalf("%s: no root", c.Code)
			}
		}
	})
}
