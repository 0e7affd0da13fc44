package dict

import (
	"strings"
	"testing"
)

// TestSourceBlock reads source blocks and the own fields of a country, and
// rejects bad values with the file and line.
func TestSourceBlock(t *testing.T) {
	d := New()
	in := "country KOR\n  name: South Korea\n  own: Korean\n  own-demonym: Koreans\n  own-name: homeland\n\n" +
		"source Gaimusho  Press Releases\n  home: JPN\n  speaker: JPNGOV\n  bare-headlines: yes\n"
	if err := d.Load(strings.NewReader(in), "a.txt"); err != nil {
		t.Fatal(err)
	}
	src := d.Sources[SourceKey("gaimusho press releases")]
	if src == nil || src.Home != "JPN" || src.Speaker != "JPNGOV" || !src.BareHeadlines {
		t.Fatalf("source block: got %+v", src)
	}
	if c := d.Countries["KOR"]; len(c.Own) != 1 || c.Own[0] != "korean" || len(c.OwnDemonyms) != 1 || len(c.OwnNames) != 1 {
		t.Fatalf("own fields: got %+v", c)
	}
	for _, bad := range []struct{ in, want string }{
		{"source X\n  speaker: we\n", "b.txt:2"},
		{"source X\n  home: Japan\n", "b.txt:2"},
		{"source X\n  colour: red\n", "unknown field"},
		{"source X\n  bare-headlines: maybe\n", "b.txt:2: source: bare-headlines: want yes or no"},
		{"source\n", "want the name"},
		{"country JPN\n  own: Nippon Koku\n", "single words"},
	} {
		err := New().Load(strings.NewReader(bad.in), "b.txt")
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: got %v, want an error with %q", bad.in, err, bad.want)
		}
	}
}
