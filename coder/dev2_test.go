package coder

import (
	"hash/crc32"
	"os"
	"strconv"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestDev2Tune scores the coder on the tune half of the second development
// set (items whose crc32(id) is even; the check half is left unread here).
// Set DEMARCHE_DEV_VERBOSE=1 to print every miss of the tune half.
func TestDev2Tune(t *testing.T) {
	all := loadGold(t, shared.File(t, "corpora/dev2/kcna-dev2.jsonl"))
	var items []goldItem
	for _, it := range all {
		if crc32.ChecksumIEEE([]byte(it.ID))%2 == 0 {
			items = append(items, it)
		}
	}
	c := builtinCoder(t)
	sc := evaluate(t, c, items, os.Getenv("DEMARCHE_DEV_VERBOSE") != "")
	report(t, "dev2 tune half ("+strconv.Itoa(len(items))+" items)", sc)
}
