package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	dhttp "github.com/demarche-project/demarche/http"
)

// The browser tests drive a throwaway headless Chromium on loopback against
// a server started in the test: they click through the pages, assert what
// is shown, use the keyboard, and save a screenshot of every page at a
// laptop's and a phone's width. They skip when Chromium is not installed,
// and fail instead when DEMARCHE_REQUIRE_SERVERS=1 (as in CI). The
// screenshots go to $DEMARCHE_SCREENSHOTS, else to a new temporary
// directory, removed when every test passed and named on standard error
// when one failed.

// chromiumPath returns the Chromium to drive, or skips (fails when
// DEMARCHE_REQUIRE_SERVERS=1).
func chromiumPath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("DEMARCHE_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "Chromium is not installed (apt-get install chromium, or set DEMARCHE_CHROMIUM): the dashboard's browser tests need it"
	if os.Getenv("DEMARCHE_REQUIRE_SERVERS") == "1" {
		t.Fatal(msg + " and DEMARCHE_REQUIRE_SERVERS=1")
	}
	t.Skip(msg)
	return ""
}

var (
	shotsOnce sync.Once
	shotsDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shotsDir != "" && os.Getenv("DEMARCHE_SCREENSHOTS") == "" {
		if code == 0 {
			os.RemoveAll(shotsDir)
		} else {
			fmt.Fprintf(os.Stderr, "the browser tests' screenshots are in %s\n", shotsDir)
		}
	}
	os.Exit(code)
}

// screenshotDir returns the directory of the screenshots.
func screenshotDir(t testing.TB) string {
	shotsOnce.Do(func() {
		shotsDir = os.Getenv("DEMARCHE_SCREENSHOTS")
		if shotsDir == "" {
			d, err := os.MkdirTemp("", "demarche-screenshots-")
			if err != nil {
				t.Fatal(err)
			}
			shotsDir = d
		}
		if err := os.MkdirAll(shotsDir, 0o755); err != nil {
			t.Fatal(err)
		}
	})
	return shotsDir
}

// browser is a headless Chromium tab on a test server.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string
	name string // prefix of the screenshots
}

// newBrowser starts Chromium with the flags that work on a machine without
// network (no background connections, a new empty profile) and opens a tab.
func newBrowser(t *testing.T, ts *httptest.Server, name string) *browser {
	t.Helper()
	path := chromiumPath(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1366, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA() })
	// The first run starts the browser; it must not have a deadline.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 900)); err != nil {
		t.Fatalf("start Chromium (%s): %v", path, err)
	}
	return &browser{t: t, ctx: ctx, base: ts.URL, name: name}
}

// do runs actions with a time limit.
func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression and decodes its JSON value.
func eval[T any](b *browser, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		b.t.Fatalf("browser: %s: %v", js, err)
	}
	return v
}

// open loads a page and waits until its scripts ran and the sections the
// server sent as placeholders are filled in. It returns the server time of
// the page from its Server-Timing header, as the browser saw it.
func (b *browser) open(path string) float64 {
	b.t.Helper()
	b.navigate(chromedp.Navigate(b.base + path))
	return b.serverTime()
}

// navigate runs actions that load a page (a click on a link, a key on a
// form) and waits for the page.
func (b *browser) navigate(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	resp, err := chromedp.RunResponse(ctx, actions...)
	if err != nil {
		b.t.Fatalf("browser: navigation: %v", err)
	}
	if resp.Status != 200 {
		b.t.Fatalf("browser: %s: status %d", resp.URL, resp.Status)
	}
	b.settle()
}

// settle waits until no section is being filled in.
func (b *browser) settle() {
	b.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for eval[int](b, `document.readyState === "complete" ? document.querySelectorAll("[data-part]").length : -1`) != 0 {
		if time.Now().After(deadline) {
			b.t.Fatal("browser: sections still being computed after a minute")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (b *browser) serverTime() float64 {
	return eval[float64](b, `(performance.getEntriesByType("navigation")[0].serverTiming.find(e => e.name === "app") || {duration: -1}).duration`)
}

func (b *browser) path() string {
	u, err := url.Parse(eval[string](b, `location.href`))
	if err != nil {
		b.t.Fatal(err)
	}
	return u.RequestURI()
}

func (b *browser) count(sel string) int {
	return eval[int](b, fmt.Sprintf(`document.querySelectorAll(%s).length`, jsString(sel)))
}

func (b *browser) text(sel string) string {
	return eval[string](b, fmt.Sprintf(`(document.querySelector(%s) || {innerText: ""}).innerText`, jsString(sel)))
}

func jsString(s string) string {
	j, _ := json.Marshal(s)
	return string(j)
}

// phone switches to a phone's viewport (390 × 844 CSS pixels, touch), or
// back to a laptop's (1366 × 900).
func (b *browser) phone(on bool) {
	b.t.Helper()
	if on {
		b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
	} else {
		b.do(chromedp.EmulateViewport(1366, 900))
	}
}

// noSideScroll fails when the page is wider than the viewport.
func (b *browser) noSideScroll(what string) {
	b.t.Helper()
	over := eval[int](b, `document.documentElement.scrollWidth - document.documentElement.clientWidth`)
	if over > 0 {
		wide := eval[string](b, `(() => { const w = document.documentElement.clientWidth; const out = [];
			for (const el of document.querySelectorAll("body *")) { const r = el.getBoundingClientRect();
				if (r.right > w + 1 && out.length < 5) out.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "") + " to " + Math.round(r.right)); }
			return out.join(", "); })()`)
		b.t.Errorf("%s: the page is %d px wider than the phone's screen (%s)", what, over, wide)
	}
}

// shot saves a screenshot of the whole page.
func (b *browser) shot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(screenshotDir(b.t), b.name+"-"+name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// both takes the screenshot of the current page at the laptop's width, then
// at the phone's, checking that the phone needs no sideways scrolling.
func (b *browser) both(name string) {
	b.t.Helper()
	b.shot(name + "-laptop")
	b.phone(true)
	// Loaded again, as a phone would load it (the page's script reads the
	// width when the page loads).
	b.navigate(chromedp.Reload())
	b.noSideScroll(name)
	b.shot(name + "-phone")
	b.phone(false)
}

// TestDashboardBrowser clicks through the dashboard over the bundled
// example in headless Chromium.
func TestDashboardBrowser(t *testing.T) {
	chromiumPath(t)
	ts := exampleDashboard(t, dhttp.DefaultBudget)
	b := newBrowser(t, ts, "example")
	defer func() { t.Logf("screenshots in %s", screenshotDir(t)) }()

	// The overview: signals, dyads, questions.
	ms := b.open("/")
	if n := b.count("#ov-main ol.signals > li"); n < 3 {
		t.Errorf("overview: %d latest signals, want at least 3", n)
	}
	if got := b.text("#h-active ~ table tbody tr:first-child th"); got != "PRK ↔ RUS" {
		t.Errorf("overview: most active dyad %q, want PRK ↔ RUS", got)
	}
	if n := b.count("#h-changed ~ table tbody tr"); n < 1 {
		t.Error("overview: no most changed dyad")
	}
	t.Logf("overview: %.1f ms server time", ms)
	b.both("overview")

	// The keyboard: the first Tab reaches the skip link, which moves the
	// focus to the content.
	b.do(chromedp.KeyEvent(kb.Tab))
	if got := eval[string](b, `document.activeElement.className`); got != "skip" {
		t.Errorf("first Tab focuses %q, want the skip link", got)
	}
	b.do(chromedp.KeyEvent(kb.Enter))
	if got := eval[string](b, `document.activeElement.id`); got != "main" {
		t.Errorf("the skip link focuses %q, want main", got)
	}

	// From the overview to the dyad.
	b.navigate(chromedp.Click(chromedp.CSS(`#h-active ~ table a[href^="/dyad?a=PRK&b=RUS"]`)))
	if p := b.path(); !strings.HasPrefix(p, "/dyad?a=PRK&b=RUS") {
		t.Fatalf("clicked the dyad, got %s", p)
	}
	b.open("/dyad?a=PRK&b=RUS")
	checkChart(t, b, 12)
	if n := b.count("#events ol.events > li"); n < 10 {
		t.Errorf("dyad: %d events listed, want 10 or more", n)
	}
	if n := b.count("#events ol.events > li blockquote mark.verb"); n < 10 {
		t.Errorf("dyad: %d events with a highlighted verb", n)
	}
	if n := b.count("#events ol.events > li blockquote mark.src"); n < 10 {
		t.Errorf("dyad: %d events with a highlighted source", n)
	}
	if n := b.count("#dyad-signals article.signal"); n < 4 {
		t.Errorf("dyad: %d signals for the pair, want the stance transitions of RUS and PRK", n)
	}
	b.both("dyad")

	// The chart with the keyboard: one tab stop, arrows move, Enter opens.
	b.do(chromedp.Focus(chromedp.CSS(`a.hit[tabindex="0"]`)))
	last := eval[int](b, `+document.activeElement.dataset.i`)
	if last != 11 {
		t.Errorf("the chart's tab stop is period %d, want the last with events (11)", last)
	}
	b.do(chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft))
	if got := eval[int](b, `+document.activeElement.dataset.i`); got != last-2 {
		t.Errorf("two left arrows: period %d, want %d", got, last-2)
	}
	if got := b.text("#chart-readout"); !strings.HasPrefix(got, "2025-03: 2 events") {
		t.Errorf("readout %q, want March 2025's two events", got)
	}
	b.do(chromedp.KeyEvent(kb.Home))
	if got := eval[string](b, `document.activeElement.dataset.period`); got != "2024-06" {
		t.Errorf("Home: period %q, want 2024-06", got)
	}
	if n := eval[int](b, `document.querySelectorAll('a.hit[tabindex="0"]').length`); n != 1 {
		t.Errorf("%d tab stops in the chart, want 1", n)
	}
	b.do(chromedp.KeyEvent(kb.End), chromedp.KeyEvent(kb.ArrowLeft))
	b.navigate(chromedp.KeyEvent(kb.Enter))
	if p := b.path(); !strings.Contains(p, "by=day") || !strings.Contains(p, "from=2025-04-01") || !strings.Contains(p, "to=2025-04-30") {
		t.Errorf("Enter on April 2025 opened %s, want its days", p)
	}
	checkChart(t, b, 30)

	// Filters round-trip through the URL: choose, submit, reload the URL.
	b.open("/dyad?a=PRK&b=RUS")
	b.do(
		chromedp.SetValue(chromedp.CSS("#f-by"), "quarter"),
		chromedp.SetValue(chromedp.CSS("#f-from"), "2024-10-01"),
		chromedp.Click(chromedp.CSS("#f-directed")),
		chromedp.Click(chromedp.CSS("#f-q1")),
	)
	b.navigate(chromedp.Click(chromedp.CSS(`form.filters button[type="submit"]`)))
	shared := b.path()
	for _, want := range []string{"by=quarter", "from=2024-10-01", "directed=1", "quad=1"} {
		if !strings.Contains(shared, want) {
			t.Errorf("submitted filters: %s has no %s", shared, want)
		}
	}
	b.open(shared)
	state := eval[[]string](b, `[document.querySelector("#f-by").value, document.querySelector("#f-from").value,
		String(document.querySelector("#f-directed").checked), String(document.querySelector("#f-q1").checked),
		String(document.querySelector("#f-q3").checked), document.querySelector("h1").innerText]`)
	if strings.Join(state, "|") != "quarter|2024-10-01|true|true|false|Dyad PRK → RUS" {
		t.Errorf("reloaded %s: the form shows %q", shared, state)
	}
	checkChart(t, b, 3)
	quads := eval[[]string](b, `[...document.querySelectorAll("#events ol.events .quad")].map(e => e.innerText)`)
	for _, q := range quads {
		if q != "Verbal cooperation" {
			t.Errorf("filtered to verbal cooperation, an event of %q is listed", q)
		}
	}
	if len(quads) == 0 {
		t.Error("no verbal cooperation listed")
	}

	// The stances of the example question.
	b.navigate(chromedp.Click(chromedp.CSS(`.top nav a[href="/stances"]`)))
	arc := eval[[]string](b, `[...document.querySelectorAll('section.actor[data-actor="RUS"] .arc .run')].map(r => r.dataset.stance + "@" + r.dataset.date)`)
	want := []string{"deny@2024-10-08", "no_comment@2024-10-24", "acknowledge@2025-04-26"}
	if len(arc) < 3 || strings.Join(arc[:3], " ") != strings.Join(want, " ") {
		t.Errorf("RUS lane %v, want it to begin %v", arc, want)
	}
	trans := eval[[]string](b, `[...document.querySelectorAll('section.actor[data-actor="RUS"] li.transition')].map(r => r.dataset.to + "@" + r.dataset.date)`)
	if len(trans) < 2 || trans[0] != "neither confirmed nor denied@2024-10-24" || trans[1] != "acknowledged@2025-04-26" {
		t.Errorf("RUS transitions %v", trans)
	}
	segs := b.count(`.lane-row[data-actor="RUS"] .seg`)
	if segs != len(arc) {
		t.Errorf("RUS lane: %d coloured segments for %d stances", segs, len(arc))
	}
	pts := b.count(`.lane-row[data-actor="RUS"] a.pt`)
	rows := b.count(`section.actor[data-actor="RUS"] table.evidence-table tbody tr`)
	if pts == 0 || pts != rows {
		t.Errorf("RUS lane: %d points, %d evidence rows", pts, rows)
	}
	// Every point links to its evidence.
	b.do(chromedp.Click(chromedp.CSS(`.lane-row[data-actor="RUS"] a.pt`)))
	// (Peskov denies twice that day, "fake news" and "another hoax": the
	// two points overlap, and a click lands on either)
	if got := eval[string](b, `document.querySelector(location.hash).innerText`); !strings.Contains(got, "Peskov") || !strings.Contains(got, "denied") {
		t.Errorf("the first RUS point leads to %q, want Peskov's denial", got)
	}
	if n := b.count(".lanes .lane-row"); n != 5 {
		t.Errorf("%d lanes, want the five tracked actors", n)
	}
	b.both("stances")

	// The evidence of the acknowledgement, in its document.
	b.navigate(chromedp.Click(chromedp.CSS(`section.actor[data-actor="RUS"] li.transition:nth-child(2) a`)))
	if p := b.path(); !strings.HasPrefix(p, "/documents/ex-23") {
		t.Fatalf("the evidence of 2025-04-26 is %s, want ex-23", p)
	}
	evs := b.count("ol.doc-ev-list > li")
	ids := eval[[]string](b, `[...new Set([...document.querySelectorAll(".doc-text mark[data-ev]")].flatMap(m => m.dataset.ev.split(" ")))]`)
	if evs == 0 || len(ids) != evs {
		t.Errorf("document: %d events listed, spans of %d events highlighted", evs, len(ids))
	}
	if n := b.count("ol.doc-ev-list > li .rule code"); n != evs {
		t.Errorf("document: %d of %d events show their rule", n, evs)
	}
	if lit := b.count("mark.lit"); lit == 0 {
		t.Error("document: the linked event's spans are not lit")
	}
	// Focusing another event lights its spans.
	b.do(chromedp.Focus(chromedp.CSS("ol.doc-ev-list > li:last-child")))
	lastID := eval[string](b, `document.querySelector("ol.doc-ev-list > li:last-child").dataset.ev`)
	if n := eval[int](b, fmt.Sprintf(`document.querySelectorAll('mark.lit[data-ev~="%s"]').length`, lastID)); n == 0 {
		t.Error("document: focusing an event does not light its spans")
	}
	b.both("document")

	// Search from the header.
	b.do(chromedp.SendKeys(chromedp.CSS("#top-q"), "Kursk"))
	b.navigate(chromedp.KeyEvent(kb.Enter))
	if p := b.path(); p != "/search?q=Kursk" {
		t.Errorf("search from the header: %s", p)
	}
	if n := b.count("ul.hits > li"); n < 5 {
		t.Errorf("search: %d hits for Kursk", n)
	}
	if n := b.count("ul.hits mark.hit"); n < 5 {
		t.Errorf("search: %d highlighted matches", n)
	}
	b.both("search")

	// Signals, filtered to one kind in the URL.
	b.open("/signals")
	b.do(chromedp.Click(chromedp.CSS("#k-stance")))
	b.navigate(chromedp.Click(chromedp.CSS(`form.filters button[type="submit"]`)))
	if p := b.path(); !strings.Contains(p, "kind=stance") {
		t.Errorf("signals filter: %s", p)
	}
	kinds := eval[[]string](b, `[...document.querySelectorAll("article.signal .kind")].map(k => k.innerText.toLowerCase())`)
	for _, k := range kinds {
		if k != "stance" {
			t.Errorf("filtered to stance signals, a %s signal is listed", k)
		}
	}
	if len(kinds) < 4 {
		t.Errorf("%d stance signals", len(kinds))
	}
	b.open("/signals")
	b.both("signals")
	b.open("/dyad")
	b.both("dyad-start")
}

// checkChart asserts that the page shows a dyad chart with four quad-class
// series and the Goldstein line, and n periods.
func checkChart(t *testing.T, b *browser, n int) {
	t.Helper()
	if got := b.count("figure.chart svg g.series"); got != 5 {
		t.Errorf("chart: %d series, want 4 quad classes and the Goldstein mean", got)
	}
	if got := b.count("figure.chart .legend li"); got != 5 {
		t.Errorf("chart: %d legend entries", got)
	}
	if got := b.count("figure.chart a.hit"); got != n {
		t.Errorf("chart: %d periods, want %d", got, n)
	}
	if got := b.count("figure.chart g.series rect"); got == 0 {
		t.Error("chart: no bars")
	}
	if got := eval[string](b, `document.querySelector("figure.chart").dataset.ready || ""`); got != "1" {
		t.Error("chart: its script did not run")
	}
}

// browseKCNA shows the pages over the two KCNA years in Chromium, checks
// them at both widths and saves their screenshots.
func browseKCNA(t *testing.T, ts *httptest.Server, doc string) {
	chromiumPath(t)
	b := newBrowser(t, ts, "kcna")
	defer func() { t.Logf("screenshots in %s", screenshotDir(t)) }()
	var times []string
	for _, pg := range kcnaPages(doc) {
		ms := b.open(pg.path)
		times = append(times, fmt.Sprintf("%s %.1f ms", pg.name, ms))
		switch {
		case strings.HasPrefix(pg.name, "dyad"):
			if b.count("figure.chart svg g.series") != 5 {
				t.Errorf("%s: no chart with five series", pg.path)
			}
			if b.count("#events ol.events > li") == 0 {
				t.Errorf("%s: no events", pg.path)
			}
		case pg.name == "overview":
			if b.count("#ov-main ol.signals > li") == 0 || b.count("#h-active ~ table tbody tr") < 5 {
				t.Errorf("overview: signals or dyads missing")
			}
		case pg.name == "stances":
			if b.count(".lane-row .seg") == 0 {
				t.Errorf("%s: no stance on the launches", pg.path)
			}
		case pg.name == "document":
			if b.count(".doc-text mark[data-ev]") == 0 {
				t.Errorf("%s: no highlighted span", pg.path)
			}
		case strings.HasPrefix(pg.name, "search"):
			if b.count("ul.hits > li") == 0 {
				t.Errorf("%s: no hits", pg.path)
			}
		case strings.HasPrefix(pg.name, "signals"):
			if b.count("article.signal") == 0 {
				t.Errorf("%s: no signals", pg.path)
			}
		}
		b.both(pg.name)
	}
	t.Logf("server time seen by the browser: %s", strings.Join(times, ", "))
}
