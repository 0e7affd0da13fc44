package watch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.urls")
	os.WriteFile(list, []byte("\uFEFF# feeds\nhttps://a.example/rss\n\nftp://nope\nhttps://b.example/page.html\nhttps://a.example/rss\n"), 0o644)
	got, errs := expand([]string{"https://c.example/atom", list, dir, filepath.Join(dir, "missing.urls")})
	var names []string
	for _, w := range got {
		n := w.name
		if w.folder {
			n = "folder:" + filepath.Base(n)
		}
		names = append(names, n)
	}
	want := "https://c.example/atom https://a.example/rss https://b.example/page.html folder:" + filepath.Base(dir)
	if strings.Join(names, " ") != want {
		t.Errorf("sources %q, want %q", strings.Join(names, " "), want)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "feeds.urls:4: url: \"ftp://nope\" is not an http(s) URL") ||
		!strings.Contains(errs[1].Error(), "missing.urls") {
		t.Errorf("errors %v", errs)
	}
}

func TestBackoff(t *testing.T) {
	w := &Watcher{opt: Options{Backoff: time.Minute, MaxBackoff: time.Hour}}
	for _, tt := range []struct {
		n     int
		after time.Duration
		want  time.Duration
	}{{1, 0, time.Minute}, {2, 0, 2 * time.Minute}, {4, 0, 8 * time.Minute}, {20, 0, time.Hour},
		{1, 10 * time.Minute, 10 * time.Minute}, {1, 3 * time.Hour, time.Hour}, {3, time.Second, 4 * time.Minute}} {
		if got := w.backoff(tt.n, tt.after); got != tt.want {
			t.Errorf("backoff(%d, %s) = %s, want %s", tt.n, tt.after, got, tt.want)
		}
	}
}
