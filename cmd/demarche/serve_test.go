package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeDashboard starts `demarche serve` on a loopback port over the
// example's database, with the example's question configured, and reads
// the dashboard and the API from it.
func TestServeDashboard(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if code, _, errs := runLine(t, nil, "demo", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	cfg := filepath.Join(dir, "demarche.yaml")
	q, err := filepath.Abs(filepath.Join("..", "..", "examples", "nk-troops-in-russia.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("questions:\n  - "+q+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- Run(ctx, env, []string{"serve", "--db", db, "--config", cfg, "--addr", "127.0.0.1:0"}) }()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve: exit %d: %s", code, stderr.String())
		}
	}()
	re := regexp.MustCompile(`the dashboard is at (http://127\.0\.0\.1:\d+/)`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == ""; {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not say where the dashboard is: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + strings.TrimPrefix(path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	// The overview is computed at start; it fills in within seconds.
	for deadline := time.Now().Add(30 * time.Second); ; {
		code, body := get("/")
		if code != 200 {
			t.Fatalf("GET / = %d", code)
		}
		if strings.Contains(body, "Latest signals") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the overview is not ready after 30 s: %.1000s", body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for path, want := range map[string]string{
		"/stances":                  `data-stance="acknowledge" data-date="2025-04-26"`,
		"/dyad?a=PRK&b=RUS":         `<figure class="chart`,
		"/api/questions":            `"nk-troops-in-russia"`,
		"/documents/ex-23":          "Gerasimov",
		"/ui/app.css":               "--q1",
		"/search?q=Kursk&from=2025": "parameter from",
	} {
		code, body := get(path)
		if !strings.Contains(body, want) {
			t.Errorf("GET %s = %d without %q", path, code, want)
		}
	}
}

// TestServeNegativeLimit checks that a negative limit or time-out is a
// usage error, not silently the default.
func TestServeNegativeLimit(t *testing.T) {
	for _, args := range [][]string{{"--request-timeout", "-1s"}, {"--max-periods", "-5"}} {
		code, _, stderr := runCmd(t, "", append([]string{"serve", "--db", filepath.Join(t.TempDir(), "s.db")}, args...)...)
		if code != 2 || !strings.Contains(stderr, args[0]) {
			t.Errorf("serve %v: exit %d, %q; want 2 and the flag named", args, code, stderr)
		}
	}
}
