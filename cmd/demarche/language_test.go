package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLanguageFlag: a Spanish story yields no event unless --language
// forces a language; status counts documents per language; a bad code is
// refused with the flag's or the record's name (issue 11).
func TestLanguageFlag(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "mixed.jsonl")
	stories := `{"id":"en1","date":"2011-08-24","source":"KCNA","text":"Kim Jong Il met Russian President Dmitry Medvedev in Ulan-Ude on Wednesday and the two leaders held talks on the cooperation between the two countries."}
{"id":"es1","date":"2011-08-24","source":"KCNA","text":"El Presidente de Rusia se reunió con los dirigentes de la RPDC en la capital y los dos países firmaron un acuerdo de cooperación para el desarrollo de sus relaciones."}
{"id":"h1","date":"2011-08-24","source":"KCNA","title":"Kim Jong Il Meets Medvedev"}
`
	if err := os.WriteFile(in, []byte(stories), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runLine(t, nil, "code", in)
	if code != 0 || !strings.Contains(out, `"doc":"en1"`) || strings.Contains(out, `"doc":"es1"`) || !strings.Contains(out, `"place":"Ulan-Ude"`) {
		t.Errorf("code: status %d, %q, %q", code, out, stderr)
	}
	vars := map[string]string{dbEnv: filepath.Join(dir, "l.db")}
	if code, _, stderr := runLine(t, vars, "ingest", "--quiet", in); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	code, out, _ = runLine(t, vars, "status")
	if code != 0 || !strings.Contains(out, "languages") || !strings.Contains(out, "en 1") || !strings.Contains(out, "es 1") || !strings.Contains(out, "undetermined 1") {
		t.Errorf("status: %q", out)
	}
	code, out, _ = runLine(t, vars, "status", "--format", "json")
	if code != 0 || !strings.Contains(out, `"es": 1`) {
		t.Errorf("status json: %q", out)
	}
	// forced: every document is read as Spanish, so none is coded
	code, out, _ = runLine(t, nil, "code", "--language", "es", in)
	if code != 0 || out != "" {
		t.Errorf("code --language es: status %d, %q", code, out)
	}
	code, _, stderr = runLine(t, nil, "code", "--language", "English", in)
	if code == 0 || !strings.Contains(stderr, "-language") {
		t.Errorf("code --language English: status %d, %q", code, stderr)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"b","date":"2011-08-24","language":"spanish","text":"Hola."}`+"\n"), 0o644)
	code, _, stderr = runLine(t, nil, "code", bad)
	if code != 1 || !strings.Contains(stderr, "bad.jsonl:1") || !strings.Contains(stderr, "language") {
		t.Errorf("a bad language field: status %d, %q", code, stderr)
	}
}
