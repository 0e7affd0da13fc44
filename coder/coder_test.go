package coder

import (
	"context"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// TestCode codes short sentences and checks the events they must (and must
// not) give: the constructions the coder is built to read.
func TestCode(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, date, text string
		want             []string // "SOURCE TARGET CODE", country prefixes allowed
	}{
		{"apposition and praise", "2025-04-28", "Russia's chief of the general staff, Valery Gerasimov, praised North Korean soldiers.", []string{"RUSMIL PRKMIL 051"}},
		{"passive with agent", "2025-04-28", "North Korean soldiers were praised by Russian President Vladimir Putin.", []string{"RUSGOV PRKMIL 051"}},
		{"coordinated subject", "2025-04-28", "North Korea and Russia acknowledged the deployment of North Korean troops.", []string{"PRK PRKMIL 015", "RUS PRKMIL 015"}},
		{"negation", "2010-05-30", "Russia did not accept South Korea's explanation.", nil},
		{"refusal", "2011-03-13", "Beijing would not accept conditions set in advance.", []string{"CHN --- 120"}},
		{"modality", "2024-06-20", "Russia might consider military cooperation with North Korea.", []string{"RUS PRK 014"}},
		{"intention", "2011-12-01", "Kim Yong Nam will soon pay an official goodwill visit to Tanzania.", []string{"PRKGOV TZA 036"}},
		{"denial", "2024-10-20", "Russia denied the reports.", []string{"RUS --- 016"}},
		{"neither nor", "2024-11-20", "Russia neither confirmed nor denied the reports.", []string{"RUS --- 011"}},
		{"condolences", "2010-03-30", "Tokyo conveyed its condolences to Manila.", []string{"JPNGOV PHLGOV 018"}},
		{"vote against", "2014-03-28", "Pyongyang cast a vote against the draft U.N. resolution.", []string{"PRKGOV IGOUNO 120"}},
		{"appeal", "2018-09-20", "Iran urged the United Nations to lift the sanctions on its oil.", []string{"IRN IGOUNO 0254"}},
		{"reported speech", "2011-11-10", "Qatar's defence minister said on Sunday that the United States would not expand its military presence in Qatar.", []string{"QATMIL USA 010"}},
		{"meeting both ways", "2012-05-02", "Pak Ui Chun, the foreign minister, met and held talks with the ambassador of Laos.", []string{"PRKGOV LAOGOV 040", "LAOGOV PRKGOV 040"}},
		{"arrived here", "2012-05-12", "A delegation of Malaysia arrived here.", []string{"MYS PRK 042"}},
		{"question", "2025-05-01", "Why did Russia praise North Korea?", nil},
		{"historical", "2012-06-25", "In 1950 the U.S. attacked the DPRK.", nil},
		{"claim", "2010-05-20", "Japan claimed that China had shelled a fishing boat.", []string{"JPN CHN 1123"}},
		{"headline", "2011-06-27", "Gifts to Kim Jong Il from Cuban Envoys", []string{"CUB PRKGOV 051"}},
		{"negated infinitive", "2012-03-01", "Tokyo maintained its stance not to admit the wartime crimes against Koreans.", nil},
		{"negated infinitive, governor past the negation", "2012-03-01", "Japan decided not to send its minister to the ceremony in Seoul.", nil},
		{"appeal not to act", "2012-03-01", "China urged Japan not to visit the shrine.", []string{"CHN JPN 02"}},
		{"studying abroad is no consideration", "2012-03-01", "Korean students studying at Moscow State University attended the event.", nil},
		{"studying a proposal", "2012-03-01", "Seoul is studying the proposal of Pyongyang.", []string{"KORGOV PRKGOV 014"}},
		{"figure released by", "2012-03-01", "According to a figure released by Japan, exports to China fell.", nil},
		{"a puppet is not the publication's own government", "2012-03-01", "Rodong Sinmun blasted the puppet regime for insulting the DPRK leadership.", []string{"PRKMED --- 111"}},
		{"what is condemned is not an event, past an adverb", "2012-03-01", "The DPRK Foreign Ministry denounced Tokyo for seriously hurting the dignity of the DPRK.", []string{"PRKGOV JPNGOV 111"}},
		{"the object of an obstruction is not an event", "2012-03-01", "Serbia obstructed the talks between Kosovo and Albania.", []string{"SRB KSV 120", "SRB ALB 120"}},
		{"aid received is aid given by the sender", "2012-05-01", "The DPRK received humanitarian aid from Sweden.", []string{"SWE PRK 07"}},
		{"abusing an institution is no torture", "2012-04-17", "The U.S. committed a hostile act by abusing the United Nations Security Council.", nil},
		{"an apposition of the source is no target", "2012-03-01", "Kim Jong Un received a message of greeting from Sheikh Sabah al-Ahmad, emir of Kuwait.", []string{"KWTGOV PRKGOV 051"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			headline := !strings.HasSuffix(tt.text, ".") && !strings.HasSuffix(tt.text, "?")
			_, events, err := c.Explain(tt.text, tt.date, "KCNA", headline)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}

// TestEventProvenance checks that events carry their spans, rule, ids and
// PLOVER facts, and that the same input gives the same ids.
func TestEventProvenance(t *testing.T) {
	c := builtinCoder(t)
	doc := &demarche.Document{ID: "d1", Date: "2025-04-28", Source: "KCNA",
		Text: "Heading\n\nRussia's chief of the general staff, Valery Gerasimov, praised North Korean soldiers on April 26, 2025."}
	a, err := c.Code(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := c.Code(context.Background(), doc)
	if len(a.Events) != 1 || len(a.Sentences) != 2 {
		t.Fatalf("got %d events in %d sentences", len(a.Events), len(a.Sentences))
	}
	e := a.Events[0]
	if e.ID != b.Events[0].ID || e.ID == "" {
		t.Errorf("ids differ between runs: %s %s", e.ID, b.Events[0].ID)
	}
	if e.Sentence != 1 || e.Doc != "d1" || e.Date != "2025-04-26" {
		t.Errorf("doc %s sentence %d date %s", e.Doc, e.Sentence, e.Date)
	}
	if e.SourceSpan.Of(e.Text) != e.SourceText || e.VerbSpan.Of(e.Text) != "praised" || !strings.Contains(e.TargetText, "North Korean") {
		t.Errorf("spans: source %q verb %q target %q", e.SourceText, e.VerbText, e.TargetText)
	}
	if e.Root != "05" || e.Quad != 1 || e.PLOVER != "SUPPORT" || e.Goldstein <= 0 || !strings.Contains(e.Rule, ".txt:") {
		t.Errorf("facts: %+v", e)
	}
}

// TestUserDictionary adds a user file and checks that it is used and that
// its errors name the file and line.
func TestUserDictionary(t *testing.T) {
	c := builtinWith(t, "user.txt", "person Jane Roe\n  role: 2020-01-01.. FRAGOV foreign-minister\n\nverbs lambast\n  code: 111\n  verb: lambast\n")
	_, events, _ := c.Explain("Jane Roe lambasted the Japanese government.", "2024-01-01", "", false)
	if len(events) != 1 || events[0].Source != "FRAGOV" || events[0].Target != "JPNGOV" || events[0].CAMEO != "111" {
		t.Fatalf("got %+v", events)
	}
	err := dict.New().Load(strings.NewReader("verbs x\n  code: 99x\n  verb: x\n  bogus line\n"), "bad.txt")
	if err == nil || !strings.Contains(err.Error(), "bad.txt:2") || !strings.Contains(err.Error(), "bad.txt:4") {
		t.Errorf("errors should name file and line: %v", err)
	}
	d2 := dict.New()
	if err := d2.Load(strings.NewReader("verbs x\n  code: 999\n  verb: x\n"), "codes.txt"); err != nil {
		t.Fatal(err)
	}
	if _, err := New(d2); err == nil || !strings.Contains(err.Error(), "codes.txt:1") || !strings.Contains(err.Error(), "999") {
		t.Errorf("an unknown CAMEO code should be reported with its file and line: %v", err)
	}
}

// FuzzCode checks that no input makes the coder panic and that every event
// points into its sentence.
func FuzzCode(f *testing.F) {
	for _, s := range []string{"Russia's chief of the general staff, Valery Gerasimov, praised North Korean soldiers.",
		"Gifts to Kim Jong Il from Cuban Envoys", "\"\"\" , , and and ( ) -- ...", "\xff\xfe Kim met", "neither nor not"} {
		f.Add(s, false)
	}
	c := builtinCoder(f)
	f.Fuzz(func(t *testing.T, text string, headline bool) {
		doc := &demarche.Document{ID: "f", Date: "2020-01-01", Source: "KCNA"}
		if headline {
			doc.Title = text
		} else {
			doc.Text = text
		}
		out, err := c.Code(context.Background(), doc)
		if err != nil {
			return
		}
		for _, e := range out.Events {
			if e.SourceSpan.End > len(e.Text) || e.VerbSpan.End > len(e.Text) || e.TargetSpan.End > len(e.Text) {
				t.Fatalf("span outside the sentence: %+v", e)
			}
		}
	})
}

// eventLines gives each event as "SOURCE TARGET CAMEO".
func eventLines(events []demarche.Event) []string {
	var got []string
	for _, e := range events {
		got = append(got, e.Source+" "+e.Target+" "+e.CAMEO)
	}
	return got
}

// checkEvents compares events with want, one "SOURCE TARGET CAMEO" a line,
// each field a prefix of the event's ("CHN JPN 11" matches CHNGOV JPNGOV 111).
func checkEvents(t *testing.T, events []demarche.Event, want []string) {
	t.Helper()
	got := eventLines(events)
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i, w := range want {
		f, g := strings.Fields(w), strings.Fields(got[i])
		for k := range f {
			if !strings.HasPrefix(g[k], f[k]) {
				t.Errorf("event %d: got %s, want %s", i, got[i], w)
				break
			}
		}
	}
}
