package alert

import (
	"bytes"
	"context"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

func testSignal() *demarche.Signal {
	return &demarche.Signal{ID: "abc", Kind: demarche.SignalSurge, Score: 7.25, Source: "PRK", Target: "RUS", Scale: "week",
		Date: "2011-08-24", From: "2011-08-22", To: "2011-08-26", Title: "PRK ↔ RUS: 43 sentences in the week of 2011-08-22",
		Evidence: []demarche.Event{{Doc: "d1", Date: "2011-08-24", Source: "PRKGOV", Target: "RUSGOV", CAMEO: "040",
			Text: "The two leaders held talks <in> Ulan-Ude & agreed."}}}
}

func TestPayload(t *testing.T) {
	urls := func(ctx context.Context, ids []string) map[string]string {
		return map[string]string{"d1": "https://example.org/d1"}
	}
	p := NewPayload(context.Background(), "abc", 1, testSignal(), "https://dash.example.org/", urls)
	if p.Update || p.Link != "https://dash.example.org/dyad?a=PRK&b=RUS&from=2011-08-22&to=2011-08-26" ||
		len(p.Actors) != 2 || p.Evidence[0].URL != "https://example.org/d1" || p.Evidence[0].Sentence == "" {
		t.Errorf("payload %+v", p)
	}
	for _, want := range []string{"New signal: surge PRK–RUS, score 7.2", "> The two leaders held talks <in> Ulan-Ude & agreed.", "https://example.org/d1", p.Link} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text has no %q:\n%s", want, p.Text)
		}
	}
	up := NewPayload(context.Background(), "abc", 3, testSignal(), "", nil)
	if !up.Update || up.Link != "" || !strings.HasPrefix(up.Text, "Signal updated (revision 3)") || up.Evidence[0].URL != "" {
		t.Errorf("update %+v", up)
	}
	for _, tt := range []struct {
		rev  int
		want string
	}{{1, "abc"}, {2, "abc.2"}, {0, "abc"}} {
		if got := IdempotencyKey("abc", tt.rev); got != tt.want {
			t.Errorf("IdempotencyKey(abc, %d) = %q, want %q", tt.rev, got, tt.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	s := &Sender{Backoff: time.Second, MaxBackoff: 10 * time.Second}
	for _, tt := range []struct {
		attempts int
		after    time.Duration
		want     time.Duration
	}{{0, 0, time.Second}, {1, 0, 2 * time.Second}, {3, 0, 8 * time.Second}, {10, 0, 10 * time.Second}, {0, 5 * time.Second, 5 * time.Second}, {0, time.Hour, 10 * time.Second}} {
		if got := s.backoff(tt.attempts, tt.after); got != tt.want {
			t.Errorf("backoff(%d, %s) = %s, want %s", tt.attempts, tt.after, got, tt.want)
		}
	}
}

// TestAtom parses the feed as XML: entries in the given order, with the
// stable id, the last day covered as updated time, and escaped evidence.
func TestAtom(t *testing.T) {
	a, b := *testSignal(), *testSignal()
	b.ID, b.Date, b.To, b.Kind, b.Question = "def", "2012-01-02", "2012-01-02", demarche.SignalStance, "q<1>"
	sigs := []demarche.Signal{a, b}
	SortNewest(sigs)
	var buf bytes.Buffer
	if err := WriteAtom(&buf, "demarche signals", "http://h:8080", "http://h:8080/signals.atom", sigs, map[string]string{"d1": "https://example.org/d1?a=1&b=2"}); err != nil {
		t.Fatal(err)
	}
	var f struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Updated string `xml:"updated"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &f); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if len(f.Entries) != 2 || f.Entries[0].ID != "urn:demarche:signal:def" || f.Entries[1].Updated != "2011-08-26T00:00:00Z" ||
		f.Updated != "2012-01-02T00:00:00Z" || f.Entries[0].Link.Href != "http://h:8080/stances?question=q%3C1%3E" {
		t.Fatalf("feed %+v", f)
	}
	if c := f.Entries[1].Content; !strings.Contains(c, "<blockquote>The two leaders held talks &lt;in&gt; Ulan-Ude &amp; agreed.</blockquote>") ||
		!strings.Contains(c, `href="https://example.org/d1?a=1&amp;b=2"`) {
		t.Errorf("content %s", c)
	}
}
