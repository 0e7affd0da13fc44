package main

import (
	"context"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the Chromium to drive, or skips (fails when
// DEMARCHE_REQUIRE_SERVERS=1), as the dashboard's own browser tests do.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("DEMARCHE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("DEMARCHE_REQUIRE_SERVERS") == "1" {
		t.Fatal("Chromium is not installed and DEMARCHE_REQUIRE_SERVERS=1")
	}
	t.Skip("Chromium is not installed (apt-get install chromium, or set DEMARCHE_CHROMIUM)")
	return ""
}

// TestDemoThenServeBrowser is what a new user does: demo --db, then serve.
// In headless Chromium, the Stances page shows the demo's question (stored
// by demo) with a lane per tracked actor, the overview shows its stance
// signals, and the Watch page lists no source yet.
func TestDemoThenServeBrowser(t *testing.T) {
	path := chromium(t)
	db := filepath.Join(t.TempDir(), "ex.db")
	if code, _, stderr := runLine(t, nil, "demo", "--db", db); code != 0 {
		t.Fatalf("demo: %d: %s", code, stderr)
	}
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	hs, st, err := newServer(context.Background(), env, &dbFlags{db: db}, &dictFlags{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	hs.Dashboard()
	ts := httptest.NewServer(hs)
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.UserDataDir(t.TempDir()))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1366, 900)); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	visit := func(p, js string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+p)); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		// Wait for the sections computed after the page (data-part).
		for i := 0; i < 600; i++ {
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.readyState === "complete" ? document.querySelectorAll("[data-part]").length : -1`))
			if err == nil && n == 0 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %s: %v", p, js, err)
		}
		return v
	}
	lanes := visit("/stances", `[document.querySelector("h1").innerText, ...Array.from(document.querySelectorAll(".lane-row")).map(r => r.dataset.actor + ":" + (r.querySelector(".lane-arc") || {innerText: ""}).innerText)].join("\n")`)
	t.Logf("stances page:\n%s", lanes)
	for _, want := range []string{"Stances: North Korean troops in Russia", "RUS:", "PRK:", "KOR:", "UKR:", "USA:", "denied", "acknowledged"} {
		if !strings.Contains(lanes, want) {
			t.Errorf("the stances page has no %q", want)
		}
	}
	overview := visit("/", `document.querySelector("main").innerText`)
	if !strings.Contains(overview, "North Korean troops in Russia") || strings.Count(strings.ToLower(overview), "stance") < 1 {
		t.Errorf("the overview shows neither the question nor its stance signals:\n%s", overview)
	}
	watchPage := visit("/watch", `document.querySelector("main").innerText`)
	if !strings.Contains(watchPage, "0 watched sources") || !strings.Contains(watchPage, "signals.atom") {
		t.Errorf("watch page:\n%s", watchPage)
	}
}
