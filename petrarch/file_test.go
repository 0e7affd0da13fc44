package petrarch

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// write writes a file of the test's folder and returns its path.
func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestLoadRefuses: every file of a set is read bounded; a file that is
// not a dictionary stops Load with an error naming it.
func TestLoadRefuses(t *testing.T) {
	huge := write(t, "huge.agents.txt", "")
	if err := os.Truncate(huge, MaxFileSize+1); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	binary := write(t, "binary.actors.txt", "A [ABC]\n\x00\x01\x02\xff\n")
	utf16 := write(t, "utf16.verbs.txt", "\xff\xfe-\x00-\x00-\x00 \x00A\x00")
	folder := t.TempDir()
	tests := []struct {
		name string
		set  func(*Files, string)
		file string
		want string
	}{
		{"too large", func(f *Files, p string) { f.Agents = p }, huge, "larger than the limit of 64 MB"},
		{"binary", func(f *Files, p string) { f.Actors = append(f.Actors, p) }, binary, "a NUL byte at offset 8"},
		{"utf-16", func(f *Files, p string) { f.Verbs = p }, utf16, "binary or UTF-16"},
		{"folder", func(f *Files, p string) { f.Issues = p }, folder, "not a regular file"},
		{"device", func(f *Files, p string) { f.Discards = p }, os.DevNull, "not a regular file"},
		{"missing", func(f *Files, p string) { f.Discards = p }, filepath.Join(folder, "missing.txt"), "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat(tt.file); tt.name != "missing" && err != nil {
				t.Skip(err)
			}
			f := Files{Verbs: write(t, "v.verbs.txt", testVerbs), Actors: []string{write(t, "a.actors.txt", testActors)}}
			tt.set(&f, tt.file)
			d, err := Load(f)
			if d != nil || err == nil || !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: %v, want an error naming %s: %q", err, tt.file, tt.want)
			}
		})
	}
}

// TestReadFileLimit: the reading itself stops at the limit (a file that
// grows after its size was taken), here a limit of a few bytes.
func TestReadFileLimit(t *testing.T) {
	tests := []struct {
		content string
		limit   int64
		want    string
	}{
		{"A [ABC]\n", 8, ""},
		{"A [ABC]\nB", 8, "larger than the limit of 8 bytes"},
		{"A [ABC]\n\x00", 9, "a NUL byte at offset 8"},
	}
	for _, tt := range tests {
		path := write(t, "f.actors.txt", tt.content)
		check := func(how string, err error) {
			if (err == nil) != (tt.want == "") || err != nil && (!strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path)) {
				t.Errorf("%s %q, limit %d: %v, want %q", how, tt.content, tt.limit, err, tt.want)
			}
		}
		g := &guard{r: strings.NewReader(tt.content), file: path, limit: tt.limit}
		ReadActors(g, path)
		check("guard", g.err)
		var a *Actors
		err := readFile(path, tt.limit, func(r io.Reader) { a, _ = ReadActors(r, path) })
		check("readFile", err)
		if err == nil && len(a.Entries) != 1 {
			t.Errorf("%q: %+v", tt.content, a)
		}
	}
}

// TestLoadBoundsProblems: a file of bad lines keeps MaxProblems problems
// and counts the others; a quoted line is shortened.
func TestLoadBoundsProblems(t *testing.T) {
	noise := make([]byte, 0, 1<<20)
	for i := 0; len(noise) < cap(noise); i++ {
		noise = append(noise, byte(1+(i*7919)%255)) // every byte but NUL, '\n' every 255
	}
	tests := []struct {
		name, verbs string
		more        int // MoreProblems, -1: some
		runes       int // the longest problem, its file name left out
	}{
		{"10,000 bad lines", strings.Repeat("- * X [010]\n", 10000), 10000 - MaxProblems, 100},
		{"long lines", strings.Repeat("- "+strings.Repeat("é", 5000)+"\n", 150), 150 - MaxProblems, maxQuote + 100},
		// control characters are quoted with 4 runes (\x01)
		{"noise", string(noise), -1, 4*maxQuote + 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Files{Verbs: write(t, "v.verbs.txt", tt.verbs), Actors: []string{write(t, "a.actors.txt", testActors)}}
			d, err := Load(f)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Problems) != MaxProblems || tt.more >= 0 && d.MoreProblems != tt.more || d.MoreProblems <= 0 {
				t.Errorf("%d problems and %d more, want %d and %d", len(d.Problems), d.MoreProblems, MaxProblems, tt.more)
			}
			for _, p := range d.Problems {
				msg := strings.TrimPrefix(p.Error(), f.Verbs)
				if n := utf8.RuneCountInString(msg); n > tt.runes || !utf8.ValidString(msg) {
					t.Fatalf("a problem of %d runes: %.300s", n, msg)
				}
			}
			if tt.name == "long lines" && !strings.Contains(d.Problems[0].Error(), strings.Repeat("é", maxQuote-2)+"…\"") {
				t.Errorf("quoted line not shortened to %d runes: %.300s", maxQuote, d.Problems[0])
			}
		})
	}
}
