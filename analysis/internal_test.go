package analysis

import (
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

func TestPELT(t *testing.T) {
	flat := func(n int, v float64) []float64 {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = v
		}
		return xs
	}
	ones := func(n int) []float64 { return flat(n, 100) }
	tests := []struct {
		name   string
		counts []float64
		want   []int
	}{
		{"flat", flat(40, 5), nil},
		{"one step up", append(flat(20, 2), flat(20, 12)...), []int{20}},
		{"up and down", append(append(flat(15, 3), flat(10, 15)...), flat(15, 3)...), []int{15, 25}},
		{"noise is no change", []float64{3, 5, 4, 6, 2, 5, 3, 4, 6, 3, 5, 4, 2, 6, 4, 3, 5, 4, 5, 3}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cost := poissonCost(tt.counts, ones(len(tt.counts)), 1)
			got := pelt(len(tt.counts), 3, 3*math.Log(float64(len(tt.counts))), cost)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pelt = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPELTExact checks that pruning changes nothing: PELT and unpruned
// optimal partitioning find the same optimum on noisy series.
func TestPELTExact(t *testing.T) {
	xs := []float64{3, 5, 2, 4, 6, 3, 12, 15, 11, 14, 13, 2, 1, 3, 2, 4, 9, 8, 10, 7, 9, 2, 3, 1, 4, 2, 2, 3, 18, 20, 17}
	es := make([]float64, len(xs))
	for i := range es {
		es[i] = 50 + float64(i%7)
	}
	cost := poissonCost(xs, es, dispersion(xs, es))
	pen := 2 * math.Log(float64(len(xs)))
	got := pelt(len(xs), 2, pen, cost)
	// Optimal partitioning without pruning.
	n := len(xs)
	f := make([]float64, n+1)
	prev := make([]int, n+1)
	for i := range f {
		f[i] = math.Inf(1)
	}
	f[0] = -pen
	for t := 2; t <= n; t++ {
		for tau := 0; tau <= t-2; tau++ {
			if v := f[tau] + cost(tau, t) + pen; v < f[t] {
				f[t], prev[t] = v, tau
			}
		}
	}
	var want []int
	for t := prev[n]; t > 0; t = prev[t] {
		want = append([]int{t}, want...)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pelt = %v, optimal partitioning = %v", got, want)
	}
}

func TestTails(t *testing.T) {
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		// Poisson(2): P(X >= 5) = 0.052653, P(X <= 0) = e^-2.
		{"poisson upper", math.Exp(nbLogUpper(5, 2, 2)), 0.0526530173},
		{"poisson lower", math.Exp(nbLogLower(0, 2, 2)), math.Exp(-2)},
		// Negative binomial with mean 2, variance 4 (r = 2, p = 1/2):
		// P(X = 0) = 1/4, P(X >= 1) = 3/4.
		{"nb zero", math.Exp(nbLogPMF(0, 2, 4)), 0.25},
		{"nb upper", math.Exp(nbLogUpper(1, 2, 4)), 0.75},
		// Binomial(10, 0.1): P(X >= 3) = 0.0701908.
		{"binomial upper", math.Exp(binomLogUpper(3, 10, 0.1)), 0.0701908264},
		// Normal: P(|Z| >= 1.96) = 0.05.
		{"normal", math.Exp(normLogTwoSided(1.959964)), 0.05},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 1e-6 {
			t.Errorf("%s = %.9f, want %.9f", tt.name, tt.got, tt.want)
		}
	}
	if s := scoreOfLogP(math.Log(1e-7)); math.Abs(s-7) > 1e-9 {
		t.Errorf("score of 1e-7 = %v, want 7", s)
	}
	if s := scoreOfLogP(math.Inf(-1)); s != maxScore {
		t.Errorf("score of 0 = %v, want the cap %v", s, maxScore)
	}
}

func TestPhrases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The friendship proven by blood will last.", []string{"blood will last", "friendship proven", "friendship proven by blood", "proven by blood"}},
		{"Kim Jong Il met Dmitri Medvedev in Ulan-Ude.", nil},
		{"They held talks on 24 August 2011 about the gas pipeline.", []string{"gas pipeline", "held talks"}},
	}
	for _, tt := range tests {
		var got []string
		for p := range phrases(tt.text) {
			got = append(got, p)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("phrases(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMatcher(t *testing.T) {
	m := newMatcher([]string{"troops", "Kursk", "deploy*", "special forces"})
	tests := []struct {
		text string
		want bool
	}{
		{"North Korean troops in Russia", true},
		{"the KURSK region", true},
		{"the deployment of soldiers", true},
		{"they deployed", true},
		{"special  forces arrived", true},
		{"a troopship", false},
		{"redeployment", false},
		{"forces", false},
	}
	for _, tt := range tests {
		if got := m.match(tt.text); got != tt.want {
			t.Errorf("match(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestParseQuestion(t *testing.T) {
	tests := []struct {
		name, yaml string
		err        string // part of the error, "" for none
		check      func(*demarche.Question) string
	}{
		{"full", "name: Troops\nterms: [troops, Kursk]\nactors: [prk, RUS]\ntrack: [RUS, PRK, KOR]\nfrom: 2024-06-01\n", "", func(q *demarche.Question) string {
			if q.ID != "troops" || strings.Join(q.Actors, ",") != "PRK,RUS" || len(q.Track) != 3 {
				return "bad fields"
			}
			return ""
		}},
		{"track defaults to actors", "name: Troops\nterms: [troops]\nactors: [PRK]\n", "", func(q *demarche.Question) string {
			if strings.Join(q.Track, ",") != "PRK" {
				return "track " + strings.Join(q.Track, ",")
			}
			return ""
		}},
		{"own stances", "name: X\nterms: [x]\ntrack: [RUS]\nstances:\n  \"016\": denied\n  \"015\": admitted\n", "", func(q *demarche.Question) string {
			if q.Stances["016"] != "denied" {
				return "stances"
			}
			return ""
		}},
		{"no name", "terms: [x]\ntrack: [RUS]\n", "a name is needed", nil},
		{"no terms", "name: X\ntrack: [RUS]\n", "terms are needed", nil},
		{"no actors", "name: X\nterms: [x]\n", "track (or actors) is needed", nil},
		{"bad actor", "name: X\nterms: [x]\ntrack: [R-S]\n", "bad actor", nil},
		{"bad date", "name: X\nterms: [x]\ntrack: [RUS]\nfrom: 2024-13-01\n", "bad date", nil},
		{"unknown key", "name: X\nterms: [x]\ntrack: [RUS]\ntopic: y\n", "topic", nil},
		{"bad stance code", "name: X\nterms: [x]\ntrack: [RUS]\nstances: {abc: denied}\n", "stances", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := ParseQuestion([]byte(tt.yaml))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || demarche.ErrorCode(err) != demarche.EINVALID {
					t.Fatalf("err = %v, want EINVALID with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if msg := tt.check(q); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func TestExpandGroups(t *testing.T) {
	s := New(nil, Options{Groups: map[string][]string{"west": {"USA", "gbr"}}})
	got, err := s.Expand([]string{"WEST,prk", "RUSMIL"})
	if err != nil || strings.Join(got, " ") != "USA GBR PRK RUSMIL" {
		t.Errorf("Expand = %v, %v", got, err)
	}
	if _, err := s.Expand([]string{"P!"}); demarche.ErrorCode(err) != demarche.EINVALID {
		t.Errorf("Expand of a bad actor: %v", err)
	}
}
