package http

import (
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

func TestHighlight(t *testing.T) {
	sp := func(a, b int) demarche.Span { return demarche.Span{Start: a, End: b} }
	tests := []struct {
		name  string
		text  string
		marks []mark
		want  string
	}{
		{"none", "Russia & <Korea>", nil, "Russia &amp; &lt;Korea&gt;"},
		{"three roles", "Putin thanked Kim", []mark{{sp(0, 5), "src", ""}, {sp(6, 13), "verb", ""}, {sp(14, 17), "tgt", ""}},
			`<mark class="src" title="source">Putin</mark> <mark class="verb" title="verb">thanked</mark> <mark class="tgt" title="target">Kim</mark>`},
		{"overlap and events", "North Korean troops",
			[]mark{{sp(0, 19), "tgt", "e1"}, {sp(0, 12), "src", "e2"}},
			`<mark class="src tgt" title="source, target" data-ev="e1 e2">North Korean</mark><mark class="tgt" title="target" data-ev="e1"> troops</mark>`},
		{"out of range and empty spans are left out", "abc", []mark{{sp(1, 9), "src", ""}, {sp(2, 2), "verb", ""}, {sp(-1, 1), "tgt", ""}}, "abc"},
		{"not on a character boundary", "Ünited", []mark{{sp(1, 3), "src", ""}}, "Ünited"},
		{"on boundaries", "Ünited", []mark{{sp(0, 2), "src", ""}}, `<mark class="src" title="source">Ü</mark>nited`},
		{"escaped inside", "a<b>c", []mark{{sp(1, 4), "hit", ""}}, `a<mark class="hit" title="search match">&lt;b&gt;</mark>c`},
	}
	for _, tt := range tests {
		if got := string(highlight(tt.text, tt.marks)); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestChart(t *testing.T) {
	periods := []demarche.DyadPeriod{
		{Period: "2024-01", Start: "2024-01-01", End: "2024-01-31", Events: 3, Quad: [5]int{0, 2, 0, 1, 0}, GoldsteinMean: 2},
		{Period: "2024-02", Start: "2024-02-01", End: "2024-02-29"},
		{Period: "2024-03", Start: "2024-03-01", End: "2024-03-31", Events: 7, Quad: [5]int{0, 1, 1, 0, 5}, GoldsteinMean: -6.5},
		{Period: "2024-04", Start: "2024-04-01", End: "2024-04-30", Events: 1, Quad: [5]int{0, 1, 0, 0, 0}, GoldsteinMean: 4},
	}
	c := newChart(periods, "month", func(p demarche.DyadPeriod) string { return "/x?from=" + p.Start })
	if len(c.Series) != 4 || len(c.Periods) != 4 {
		t.Fatalf("%d series, %d periods", len(c.Series), len(c.Periods))
	}
	if c.YMax != 8 || c.Total != 11 {
		t.Errorf("YMax %d, total %d; want 8 and 11", c.YMax, c.Total)
	}
	// Stacked: the bars of a period add up to its height.
	h := 0.0
	for _, s := range c.Series {
		for _, r := range s.Rects {
			if r.X >= 500 && r.X < 750 {
				h += r.H
			}
		}
	}
	if want := 7.0 / 8 * chartH; h < want-0.01 || h > want+0.01 {
		t.Errorf("March is %.1f high, want %.1f", h, want)
	}
	if n := len(c.Series[3].Rects); n != 1 || c.Series[3].Events != 5 {
		t.Errorf("material conflict: %d bars, %d events", n, c.Series[3].Events)
	}
	// The Goldstein line breaks at February, which has no events.
	if len(c.Lines) != 1 || len(c.Dots) != 3 {
		t.Errorf("lines %v, %d dots", c.Lines, len(c.Dots))
	}
	if !strings.Contains(c.Periods[2].Desc, "7 events") || !strings.Contains(c.Periods[2].Desc, "−6.5") || c.Periods[1].Desc != "2024-02: no events" {
		t.Errorf("descriptions %q, %q", c.Periods[2].Desc, c.Periods[1].Desc)
	}
	if c.Periods[0].URL != "/x?from=2024-01-01" {
		t.Errorf("zoom link %q", c.Periods[0].URL)
	}
	if got := newChart(nil, "month", nil); got.Total != 0 || len(got.Periods) != 0 {
		t.Errorf("empty chart %+v", got)
	}
}

func TestNiceStep(t *testing.T) {
	for _, tt := range []struct {
		max  float64
		want float64
	}{{0, 1}, {3, 1}, {7, 2}, {10, 5}, {37, 10}, {180, 50}, {1234, 500}} {
		if got := niceStep(tt.max, 4); got != tt.want {
			t.Errorf("niceStep(%v) = %v, want %v", tt.max, got, tt.want)
		}
	}
}
