package http_test

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	dhttp "github.com/demarche-project/demarche/http"
)

// exampleDashboard serves the API and the dashboard over the bundled
// example, analysed as `demarche demo` does (the example's history is too
// short for the default novelty and rhetoric thresholds), on a loopback
// port. The overview is warmed before it returns. Pages wait for their
// slow sections (the default budget is for people, not for busy test
// machines), unless a budget is given.
func exampleDashboard(t testing.TB, budget ...time.Duration) *httptest.Server {
	t.Helper()
	st := loadStore(t, exampleCorpus)
	q, err := analysis.ReadQuestion(exampleQuestion)
	if err != nil {
		t.Fatal(err)
	}
	an := analysis.New(st, analysis.Options{RhetoricMinHistory: 4, RhetoricMinDays: 60, NoveltyMinHistory: 4, NoveltyMinDays: 60,
		Groups: map[string][]string{"KOREAS": {"PRK", "KOR"}}})
	b := time.Minute
	if len(budget) > 0 {
		b = budget[0]
	}
	return serveDashboard(t, st, an, []*demarche.Question{q}, b)
}

func serveDashboard(t testing.TB, st demarche.Store, an demarche.Analyst, qs []*demarche.Question, budget time.Duration) *httptest.Server {
	t.Helper()
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: an, Questions: qs})
	dash := srv.Dashboard()
	dash.Budget = budget
	if err := dash.Warm(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

// getPage fetches a page and returns its status and body.
func getPage(t testing.TB, ts *httptest.Server, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header
}

// TestDashboardPages fetches every page of the dashboard over the example
// and checks what it shows, without a browser.
func TestDashboardPages(t *testing.T) {
	ts := exampleDashboard(t)
	tests := []struct {
		path   string
		status int
		want   []string // parts of the HTML, in this order
		not    []string
	}{
		{"/", 200, []string{"<h1>Overview</h1>", "Documents", ">31<", "Latest signals", "RUS on North Korean troops in Russia", "Most active dyads", "PRK ↔ RUS", "Most changed dyads", "Questions", `href="/stances?question=nk-troops-in-russia"`}, []string{"data-part"}},
		{"/?until=2024-10&recent=1", 200, []string{`<option selected>2024-10</option>`, "2024-10 to 2024-10 against the 12 months before"}, nil},
		{"/dyad", 200, []string{"Dyads with the most events", "PRK ↔ RUS"}, []string{"<figure"}},
		{"/dyad?a=PRK&b=RUS", 200, []string{"Dyad PRK ↔ RUS", `<figure class="chart" data-periods="12"`, `data-series="q1"`, `data-series="q4"`, `data-series="goldstein"`,
			"Signals for the pair", "<h2 id=\"h-events\">Events", `<mark class="src"`, `<mark class="verb"`}, nil},
		{"/dyad?a=prk&b=rus&by=quarter&directed=1&from=2024-10-01&to=2025-03-31&quad=1,4", 200, []string{"Dyad PRK → RUS", `<option value="quarter" selected>`,
			`value="2024-10-01"`, `id="f-directed" name="directed" type="checkbox" value="1" checked`, `id="f-q1" name="quad" type="checkbox" value="1" checked`, `data-periods="2"`}, nil},
		{"/dyad?a=KOREAS&b=RUS", 200, []string{"Dyad KOREAS ↔ RUS", "<figure"}, nil},
		{"/stances", 200, []string{"Stances: North Korean troops in Russia", `data-actor="RUS"`}, nil},
		{"/stances?question=nk-troops-in-russia", 200, []string{`data-actor="RUS"`, `data-stance="deny" data-date="2024-10-08"`, `data-stance="no_comment" data-date="2024-10-24"`,
			`data-stance="acknowledge" data-date="2025-04-26"`, `data-actor="PRK"`, `data-stance="acknowledge" data-date="2025-04-28"`}, nil},
		{"/stances?terms=Kursk&track=RUS,USA&name=Kursk", 200, []string{"Stances: Kursk", `data-actor="RUS"`, `data-actor="USA"`}, nil},
		{"/documents/ex-23", 200, []string{"Gerasimov", `class="sent coded" id="s2"`, `<mark class="verb" title="verb" data-ev=`, "Rule: <code>"}, nil},
		{"/search?q=Kursk", 200, []string{"Sentences 1 to", `<mark class="hit"`, "Kursk"}, nil},
		{"/search?q=Kursk&offset=1000", 200, []string{"No sentence matches"}, nil},
		{"/signals", 200, []string{"signals with a score of at least 5", `class="signal k-stance"`}, nil},
		{"/signals?kind=stance&source=RUS", 200, []string{`id="k-stance" type="checkbox" name="kind" value="stance" checked`, "RUS on North Korean troops"}, []string{"PRK on North Korean troops"}},
		// Errors are pages too, naming the parameter.
		{"/documents/nope", 404, []string{"Not found", "nope"}, nil},
		{"/dyad?a=P!K&b=RUS", 400, []string{"Bad request", "parameter a"}, nil},
		{"/dyad?a=PRK&b=RUS&by=fortnight", 400, []string{"parameter by"}, nil},
		{"/dyad?a=PRK&b=RUS&from=2025-13-01", 400, []string{"parameter from"}, nil},
		{"/dyad?a=PRK", 400, []string{"parameter b"}, nil},
		{"/dyad?a=PRK&b=RUS&cursor=garbage", 400, []string{"parameter cursor"}, nil},
		{"/stances?question=nope", 404, []string{"no question"}, nil},
		{"/stances?terms=x&track=R", 400, []string{"Bad request"}, nil},
		{"/signals?kind=gossip", 400, []string{"parameter kind"}, nil},
		{"/?until=May", 400, []string{"parameter until"}, nil},
	}
	for _, tt := range tests {
		status, body, h := getPage(t, ts, tt.path)
		if status != tt.status {
			t.Errorf("GET %s = %d, want %d\n%.2000s", tt.path, status, tt.status, body)
			continue
		}
		if ct := h.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", tt.path, ct)
		}
		if !strings.HasPrefix(h.Get("Server-Timing"), "app;dur=") {
			t.Errorf("GET %s: no Server-Timing header", tt.path)
		}
		at := 0
		for _, w := range tt.want {
			i := strings.Index(body[at:], w)
			if i < 0 {
				where := "at all"
				if strings.Contains(body, w) {
					where = "in that order"
				}
				t.Errorf("GET %s: no %q %s", tt.path, w, where)
				continue
			}
			at += i
		}
		for _, w := range tt.not {
			if strings.Contains(body, w) {
				t.Errorf("GET %s: %q should not be there", tt.path, w)
			}
		}
	}
	// The API keeps its JSON errors.
	status, body, h := getPage(t, ts, "/api/nothing")
	if status != 404 || !strings.HasPrefix(h.Get("Content-Type"), "application/json") || !strings.Contains(body, "no such endpoint") {
		t.Errorf("GET /api/nothing = %d %s %s", status, h.Get("Content-Type"), body)
	}
}

// TestDashboardAssets checks that the static files are served with their
// types, cached for long only with their content hash, and that pages name
// no other origin: nothing is fetched at run time.
func TestDashboardAssets(t *testing.T) {
	ts := exampleDashboard(t)
	_, body, h := getPage(t, ts, "/")
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	refs := regexp.MustCompile(`(?:href|src)="(/ui/[^"]+)"`).FindAllStringSubmatch(body, -1)
	if len(refs) != 3 {
		t.Fatalf("want the style sheet, the icon and the script, got %v", refs)
	}
	for _, r := range refs {
		path := html.UnescapeString(r[1])
		status, b, h := getPage(t, ts, path)
		if status != 200 || len(b) == 0 || !strings.Contains(h.Get("Cache-Control"), "immutable") {
			t.Errorf("GET %s = %d, %d bytes, Cache-Control %q", path, status, len(b), h.Get("Cache-Control"))
		}
	}
	if status, _, h := getPage(t, ts, "/ui/app.css"); status != 200 || h.Get("Content-Type") != "text/css; charset=utf-8" || strings.Contains(h.Get("Cache-Control"), "immutable") {
		t.Errorf("GET /ui/app.css without hash = %d %v", status, h)
	}
	if status, _, _ := getPage(t, ts, "/ui/nothing.js"); status != 404 {
		t.Errorf("GET /ui/nothing.js = %d", status)
	}
	for _, p := range []string{"/", "/dyad?a=PRK&b=RUS", "/stances", "/documents/ex-01", "/search?q=treaty", "/signals"} {
		_, body, _ := getPage(t, ts, p)
		for _, m := range regexp.MustCompile(`(?:href|src|action)="(?:https?:)?//([^"/]+)`).FindAllStringSubmatch(body, -1) {
			t.Errorf("%s refers to another origin: %s", p, m[0])
		}
	}
}

// TestDashboardMarkup checks the pages for what assistive technology needs:
// a language, one h1, headings without skipped levels, unique ids, a label
// for every form control, a name for every link and landmark regions.
func TestDashboardMarkup(t *testing.T) {
	ts := exampleDashboard(t)
	for _, p := range []string{"/", "/dyad", "/dyad?a=PRK&b=RUS", "/stances", "/stances?terms=Kursk&track=RUS", "/documents/ex-23", "/search", "/search?q=Kursk", "/signals", "/documents/nope"} {
		_, body, _ := getPage(t, ts, p)
		for _, problem := range markupProblems(body) {
			t.Errorf("%s: %s", p, problem)
		}
	}
}

func markupProblems(page string) []string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return []string{err.Error()}
	}
	var problems []string
	ids := map[string]int{}
	labels := map[string]bool{}
	var controls []*html.Node
	var links []*html.Node
	h1, lastLevel := 0, 0
	landmarks := map[string]bool{}
	attr := func(n *html.Node, name string) (string, bool) {
		for _, a := range n.Attr {
			if a.Key == name {
				return a.Val, true
			}
		}
		return "", false
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if id, ok := attr(n, "id"); ok {
				ids[id]++
			}
			switch n.Data {
			case "html":
				if lang, _ := attr(n, "lang"); lang == "" {
					problems = append(problems, "no lang on <html>")
				}
			case "label":
				if f, ok := attr(n, "for"); ok {
					labels[f] = true
				}
			case "input", "select", "textarea":
				if typ, _ := attr(n, "type"); typ != "hidden" && typ != "submit" {
					controls = append(controls, n)
				}
			case "a":
				links = append(links, n)
			case "main", "nav", "header", "footer":
				landmarks[n.Data] = true
			case "h1", "h2", "h3", "h4", "h5", "h6":
				level := int(n.Data[1] - '0')
				if level == 1 {
					h1++
				}
				if lastLevel > 0 && level > lastLevel+1 {
					problems = append(problems, fmt.Sprintf("heading <%s> %q after <h%d>", n.Data, textOf(n), lastLevel))
				}
				lastLevel = level
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if h1 != 1 {
		problems = append(problems, fmt.Sprintf("%d <h1>", h1))
	}
	for _, l := range []string{"main", "nav", "header"} {
		if !landmarks[l] {
			problems = append(problems, "no <"+l+">")
		}
	}
	for id, n := range ids {
		if n > 1 {
			problems = append(problems, fmt.Sprintf("id %q %d times", id, n))
		}
	}
	for _, c := range controls {
		id, _ := attr(c, "id")
		_, aria := attr(c, "aria-label")
		if !labels[id] && !aria {
			problems = append(problems, fmt.Sprintf("<%s id=%q> without a label", c.Data, id))
		}
	}
	for _, a := range links {
		label, _ := attr(a, "aria-label")
		if strings.TrimSpace(textOf(a)) == "" && label == "" {
			href, _ := attr(a, "href")
			problems = append(problems, fmt.Sprintf("link to %s without a name", href))
		}
	}
	return problems
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestDashboardContrast checks the colours of the style sheet against
// WCAG 2: 4.5:1 for text, 3:1 for the marks of the charts and the lanes.
func TestDashboardContrast(t *testing.T) {
	css, err := os.ReadFile(filepath.Join("ui", "static", "app.css"))
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z0-9_-]+):\s*(#[0-9a-fA-F]{6})`).FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	color := func(s string) string {
		if strings.HasPrefix(s, "--") {
			v, ok := vars[s[2:]]
			if !ok {
				t.Fatalf("no colour %s in app.css", s)
			}
			return v
		}
		return s
	}
	tests := []struct {
		fg, bg string
		min    float64
	}{
		{"--fg", "--bg", 4.5}, {"--fg", "--panel", 4.5}, {"--muted", "--bg", 4.5}, {"--muted", "--panel", 4.5},
		{"--accent", "--bg", 4.5}, {"--accent", "--panel", 4.5}, {"#ffffff", "--accent", 4.5}, {"#ffffff", "--head", 4.5},
		{"--head", "#ffffff", 4.5}, // the current page in the navigation
		{"--q1", "--bg", 3}, {"--q2", "--bg", 3}, {"--q3", "--bg", 3}, {"--q4", "--bg", 3}, {"--gold", "--bg", 3},
		// The lanes of the stances, on the lane's grey.
		{"--st-deny", "#eceef1", 3}, {"--st-no_comment", "#eceef1", 3}, {"--st-acknowledge", "#eceef1", 3},
		{"--st-justify", "#eceef1", 3}, {"--st-praise", "#eceef1", 3}, {"--st-criticise", "#eceef1", 3},
		{"--st-accuse", "#eceef1", 3}, {"--st-demand", "#eceef1", 3}, {"--st-reject", "#eceef1", 3},
		{"--st-threaten", "#eceef1", 3}, {"--st-apologise", "#eceef1", 3}, {"--st-reduce_relations", "#eceef1", 3},
		{"--st-other", "#eceef1", 3},
		{"--accent", "#eef3ff", 3}, // focus ring on a targeted row
	}
	for _, tt := range tests {
		if r := contrast(color(tt.fg), color(tt.bg)); r < tt.min {
			t.Errorf("%s on %s: contrast %.2f, want %.1f", tt.fg, tt.bg, r, tt.min)
		}
	}
	// The badges of signal kinds: white text.
	for _, m := range regexp.MustCompile(`\.k-[a-z]+ \.kind \{ background: (#[0-9a-f]{6}); \}`).FindAllStringSubmatch(string(css), -1) {
		if r := contrast("#ffffff", m[1]); r < 4.5 {
			t.Errorf("white on kind badge %s: contrast %.2f", m[1], r)
		}
	}
}

// contrast returns the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	lum := func(c string) float64 {
		var rgb [3]float64
		for i := range rgb {
			v, _ := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
			x := float64(v) / 255
			if x <= 0.03928 {
				rgb[i] = x / 12.92
			} else {
				rgb[i] = math.Pow((x+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	}
	la, lb := lum(a), lum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// kcnaFiles returns the two KCNA years of ../shared, or skips.
func kcnaFiles(t testing.TB) []string {
	dir := filepath.Join("..", "..", "shared", "corpora", "kcna")
	files := []string{filepath.Join(dir, "kcna-2011.jsonl.gz"), filepath.Join(dir, "kcna-2012.jsonl.gz")}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("../shared/corpora/kcna is absent (%v): the dashboard's KCNA tests need the two KCNA years", err)
		}
	}
	return files
}

// kcnaQuestion is a question asked of the KCNA years in the tests: the
// stances on the satellite launches of 2012.
var kcnaQuestion = "/stances?name=Satellite+launches&terms=satellite*,launch*,rocket*&track=PRK,USA,KOR,JPN,CHN,RUS"

// kcnaPages are the pages timed and shown over the KCNA years.
func kcnaPages(someDoc string) []struct{ name, path string } {
	return []struct{ name, path string }{
		{"overview", "/"},
		{"dyad-month", "/dyad?a=PRK&b=CHN"},
		{"dyad-week", "/dyad?a=PRK&b=USA&by=week"},
		{"dyad-day-2011", "/dyad?a=PRK&b=RUS&by=day&from=2011-01-01&to=2011-12-31"},
		{"dyad-directed", "/dyad?a=PRK&b=KOR&directed=1&quad=3,4"},
		{"stances", kcnaQuestion},
		{"document", "/documents/" + someDoc},
		{"search", "/search?q=friendship+china"},
		{"search-phrase", "/search?q=%22nuclear+deterrent%22"},
		{"signals", "/signals"},
		{"signals-prk-usa", "/signals?source=PRK&target=USA"},
	}
}

// TestDashboardKCNA loads the two KCNA years (22,729 stories) and times
// every page: the server time of each must stay under 300 ms. Each page is
// fetched once to fill the caches (the overview is warmed first, as
// `demarche serve` does at start), then five times; the fastest of the five
// is held to the limit and the median is logged, so that a busy machine
// does not fail the test. It also runs the browser test over the KCNA
// store when Chromium is installed.
func TestDashboardKCNA(t *testing.T) {
	files := kcnaFiles(t)
	if testing.Short() {
		t.Skip("loading the KCNA years takes a few minutes")
	}
	start := time.Now()
	st := loadStore(t, files...)
	t.Logf("coded and stored the two KCNA years in %s", time.Since(start).Round(time.Second))
	an := analysis.New(st, analysis.Options{})
	warm := time.Now()
	ts := serveDashboard(t, st, an, nil, dhttp.DefaultBudget)
	t.Logf("overview warmed in %s", time.Since(warm).Round(time.Millisecond))
	doc := busyDocument(t, st)

	t.Run("timings", func(t *testing.T) {
		type timing struct {
			name       string
			first      time.Duration
			min, p50   time.Duration
			serverTime string
		}
		var rows []timing
		for _, pg := range kcnaPages(doc) {
			t0 := time.Now()
			status, body, _ := getPage(t, ts, pg.path)
			first := time.Since(t0)
			if status != 200 {
				t.Errorf("GET %s = %d: %.500s", pg.path, status, body)
				continue
			}
			// A section still being computed (the signals of a pair
			// asked for the first time) is filled in by the browser;
			// wait for it, as the browser does.
			for deadline := time.Now().Add(2 * time.Minute); strings.Contains(body, "data-part="); {
				if time.Now().After(deadline) {
					t.Fatalf("%s: still computing after two minutes", pg.path)
				}
				time.Sleep(200 * time.Millisecond)
				_, body, _ = getPage(t, ts, pg.path)
			}
			var ds []time.Duration
			var st string
			for range 5 {
				t0 := time.Now()
				_, _, h := getPage(t, ts, pg.path)
				ds = append(ds, time.Since(t0))
				st = h.Get("Server-Timing")
			}
			sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
			rows = append(rows, timing{pg.name, first, ds[0], ds[2], st})
			if ds[0] > 300*time.Millisecond {
				t.Errorf("%s (%s): %s at best, want under 300 ms", pg.name, pg.path, ds[0])
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%-16s %10s %10s %10s  %s\n", "page", "first", "best", "median", "last Server-Timing")
		for _, r := range rows {
			fmt.Fprintf(&b, "%-16s %10s %10s %10s  %s\n", r.name, r.first.Round(time.Millisecond/10), r.min.Round(time.Millisecond/10), r.p50.Round(time.Millisecond/10), r.serverTime)
		}
		t.Logf("page times over the two KCNA years (loopback, one client):\n%s", b.String())
	})
	t.Run("browser", func(t *testing.T) {
		browseKCNA(t, ts, doc)
	})
}

// busyDocument returns a document with several events.
func busyDocument(t testing.TB, st demarche.Store) string {
	var id string
	err := st.EachDocument(context.Background(), demarche.DocumentFilter{Canonical: true}, func(sd *demarche.StoredDocument) error {
		if sd.Events >= 6 && len(sd.Sentences) >= 8 {
			id = sd.ID
			return io.EOF
		}
		return nil
	})
	if err != nil && err != io.EOF {
		t.Fatal(err)
	}
	if id == "" {
		t.Fatal("no document with six events")
	}
	return id
}
