package dict_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/dict"
)

// wireFiles are the files of actors for wire news and governments' speeches.
var wireFiles = []string{"31-organisations-wire.txt", "43-people-wire.txt"}

// TestWireFilesAddOnly checks that the wire files neither repeat a phrase
// another built-in file already has nor give a known phrase another code:
// they only add.
func TestWireFilesAddOnly(t *testing.T) {
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	inWire := func(p dict.Pos) bool {
		for _, f := range wireFiles {
			if strings.Contains(p.String(), f) {
				return true
			}
		}
		return false
	}
	type use struct {
		code string
		pos  string
		wire bool
	}
	uses := map[string][]use{}
	for _, a := range d.Actors {
		code := a.Code
		if a.Person != nil {
			code = "person " + a.Person.Name
		}
		k := strings.Join(a.Words, " ")
		uses[k] = append(uses[k], use{code, a.Pos.String(), inWire(a.Pos)})
	}
	var bad []string
	for k, us := range uses {
		wire, other := 0, 0
		for _, u := range us {
			if u.wire {
				wire++
			} else {
				other++
			}
		}
		if wire == 0 || len(us) < 2 {
			continue
		}
		same := true
		for _, u := range us {
			same = same && u.code == us[0].code
		}
		if other > 0 || !same {
			var where []string
			for _, u := range us {
				where = append(where, u.code+" at "+u.pos)
			}
			bad = append(bad, k+": "+strings.Join(where, "; "))
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
}
