package storetest

import (
	"fmt"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
)

// testHashes checks that Hashes returns the content hash of the stored
// documents asked for, the new hash after a replacement, and nothing for
// unknown IDs, also past one IN list.
func testHashes(t *testing.T, s demarche.Store) {
	if got, err := s.Hashes(ctx, nil); err != nil || len(got) != 0 {
		t.Fatalf("Hashes(nil) = %v, %v; want an empty map", got, err)
	}
	var batch []*demarche.Coded
	for i := range 700 {
		batch = append(batch, Code(fmt.Sprintf("h-%d", i), "2011-08-24", "Title", fmt.Sprintf("Story number %d.", i), "KCNA"))
	}
	put(t, s, "v1", batch...)
	ids := []string{"nope"}
	for _, c := range batch {
		ids = append(ids, c.Doc.ID)
	}
	got, err := s.Hashes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(batch) {
		t.Fatalf("Hashes: %d documents, want %d", len(got), len(batch))
	}
	for _, c := range batch {
		if want := dedup.Hash(c.Doc.Title, c.Doc.Text); got[c.Doc.ID] != want {
			t.Fatalf("Hashes[%s] = %q, want %q", c.Doc.ID, got[c.Doc.ID], want)
		}
	}
	d, err := s.Document(ctx, "h-1")
	if err != nil {
		t.Fatal(err)
	}
	if d.Hash != got["h-1"] {
		t.Errorf("Hashes[h-1] = %q, Document.Hash = %q", got["h-1"], d.Hash)
	}
	put(t, s, "v1", Code("h-1", "2011-08-24", "Title", "Story number one, corrected.", "KCNA"))
	got, err = s.Hashes(ctx, []string{"h-1"})
	if err != nil {
		t.Fatal(err)
	}
	if want := dedup.Hash("Title", "Story number one, corrected."); got["h-1"] != want {
		t.Errorf("Hashes[h-1] after a new version = %q, want %q", got["h-1"], want)
	}
}
