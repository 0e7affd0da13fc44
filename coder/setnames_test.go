package coder

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/dict"
)

// TestSetNamesKnown checks every word set the analysis names in Go (the
// string constants set… = "NAME") against the built-in knowledge: a name
// the knowledge lacks would read as an empty set, silently. Each must also
// be listed in dict/FORMAT.md, the table of the sets and their readers.
func TestSetNamesKnown(t *testing.T) {
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	format, err := os.ReadFile(filepath.Join("..", "dict", "FORMAT.md"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	setName := regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	fset := token.NewFileSet()
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !strings.HasPrefix(id.Name, "set") || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					name, err := strconv.Unquote(lit.Value)
					if err != nil || !setName.MatchString(name) {
						continue
					}
					n++
					pos := fset.Position(id.Pos())
					if ws := d.Sets[name]; ws == nil || len(ws.Phrases) == 0 {
						t.Errorf("%s: %s names the word set %s, which the built-in knowledge does not hold", pos, id.Name, name)
					}
					if !strings.Contains(string(format), "`"+name+"`") {
						t.Errorf("%s: the word set %s is not listed in dict/FORMAT.md", pos, name)
					}
				}
			}
		}
	}
	if n < 100 {
		t.Fatalf("found only %d set names in the package's constants: the test reads the wrong files", n)
	}
}
