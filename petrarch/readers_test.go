package petrarch

import (
	"reflect"
	"strings"
	"testing"
)

// The dictionaries below are made up for the tests: they use the formats,
// not the contents, of the PETRARCH files.

const testVerbs = `<!-- a test dictionary -->
&COLOUR_
+RED
+DEEP BLUE
+&SHADE

&SHADE
+PALE_
+DARK

--- PAINT [110] ---
PAINT  # a comment
+TOUCH_UP {+TOUCHES_UP +TOUCHED_UP}
WASH_+DOWN
DRAW {DREW DRAWN} [111:112]
- * &COLOUR WALLS [120]
- NEVER_* (ON {STONE WALL}) [---]
- + WAS_* BY $ [130:131]
- % * [:140]

--- RAIN [---] ---
RAIN
~ a (a b PAINT) SAY = a b 015
`

func TestReadVerbs(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(testVerbs), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Synsets["COLOUR"].Phrases; !reflect.DeepEqual(got, [][]string{{"RED"}, {"REDS"}, {"DEEP", "BLUE"}, {"DEEP", "BLUES"}, {"PALE"}, {"DARK"}, {"DARKS"}}) {
		t.Errorf("COLOUR = %v", got)
	}
	if len(v.Blocks) != 2 || v.Blocks[0].Name != "PAINT" || v.Blocks[0].Code != "110" || v.Blocks[1].Code != NoCode {
		t.Fatalf("blocks %+v", v.Blocks)
	}
	b := v.Blocks[0]
	tests := []struct {
		form string
		want []string // verbs having that form
	}{
		{"PAINTED", []string{"PAINT"}},
		{"PAINTS", []string{"PAINT"}},
		{"TOUCHED", []string{"TOUCH_UP"}},
		{"TOUCHING", nil}, // irregular forms given: no regular ones
		{"WASHES", nil},   // the verb of WASH_+DOWN is DOWN
		{"DREW", []string{"DRAW"}},
		{"DRAWED", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range v.Index[tt.form] {
			got = append(got, strings.Join(f.Verb.Words, "_"))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("form %s: %v, want %v", tt.form, got, tt.want)
		}
	}
	if b.Verbs[3].Code != "111:112" {
		t.Errorf("DRAW code %q", b.Verbs[3].Code)
	}
	pats := []struct {
		text, code, paired string
		upper, lower       string
	}{
		{"* &COLOUR WALLS", "120", "", "", "&COLOUR WALLS"},
		{"NEVER_* (ON {STONE WALL})", NoCode, "", "NEVER_", "(ON {STONE WALL})"},
		{"+ WAS_* BY $", "130", "131", "+ WAS_", "BY $"},
		{"% *", "", "140", "%", ""},
	}
	for i, p := range b.Patterns {
		want := pats[i]
		if p.Text != want.text || p.Code != want.code || p.Paired != want.paired ||
			elemsString(p.Upper()) != want.upper || elemsString(p.Lower()) != want.lower {
			t.Errorf("pattern %d: %q [%s:%s] upper %q lower %q, want %+v", i, p.Text, p.Code, p.Paired,
				elemsString(p.Upper()), elemsString(p.Lower()), want)
		}
	}
	if len(v.Transform) != 1 || v.Transform[0].Right != "a b 015" {
		t.Errorf("transformations %+v", v.Transform)
	}
}

func TestReadVerbsErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"pattern outside", "- * X [010]\n", "t:1: pattern \"- * X [010]\" outside a verb block"},
		{"no code", "--- A [010] ---\nA\n- * X\n", "t:3: pattern without a [CODE]"},
		{"two verbs", "--- A [010] ---\nA\n- * X * [010]\n", "t:3: pattern \"* X *\": more than one '*'"},
		{"no verb", "--- A [010] ---\nA\n- X [010]\n", "t:3: pattern \"X\" has no '*'"},
		{"unknown set", "--- A [010] ---\nA\n- * &NOPE [010]\n", "t:3: pattern \"* &NOPE\": unknown synonym set &NOPE"},
		{"bad header", "--- A ---\n", "t:1: bad verb block header"},
		{"bad code", "--- A [010] ---\nA\n- * X [01 0]\n", "t:3: bad code [01 0]"},
		{"unclosed group", "--- A [010] ---\nA\n- * (X [010]\n", "t:3: pattern \"* (X\": unclosed \"(\""},
		{"verb outside", "A\n", "t:1: verb \"A\" outside a verb block"},
		{"xml comment", "<!-- open\n--- A [010] ---\n", "t:2: XML comment \"<!--\" never closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadVerbs(strings.NewReader(tt.input), "t")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

const testActors = `# test actors
ATLANTIS_ [ATL]
+ATLANTEAN
+LOST_CITY
SEA KING
	[ATLGOV 19990101-20041231]
	[ATLREB >050101]
	[ATL]
OLD ORDER
	[ATLOLD <901231]
TWINS [AAA/BBB] # two at once
`

func TestReadActors(t *testing.T) {
	a, err := ReadActors(strings.NewReader(testActors), "t.actors")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Entries) != 4 {
		t.Fatalf("%d entries", len(a.Entries))
	}
	if got := a.Entries[0].Names; !reflect.DeepEqual(got, [][]string{{"ATLANTIS"}, {"ATLANTEAN"}, {"LOST", "CITY"}}) {
		t.Errorf("names %v", got)
	}
	king := a.Entries[1]
	tests := []struct {
		actor *Actor
		date  int
		want  []string
	}{
		{king, 19990101, []string{"ATLGOV"}},
		{king, 20041231, []string{"ATLGOV"}},
		{king, 20050101, []string{"ATL"}}, // ">" excludes the date itself
		{king, 20050102, []string{"ATLREB"}},
		{king, 19980101, []string{"ATL"}},
		{a.Entries[2], 19901230, []string{"ATLOLD"}},
		{a.Entries[2], 19901231, nil},
		{a.Entries[3], 20000101, []string{"AAA", "BBB"}},
	}
	for _, tt := range tests {
		if got := tt.actor.CodeAt(tt.date); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v on %d: %v, want %v", tt.actor.Names[0], tt.date, got, tt.want)
		}
	}
}

func TestReadActorsErrors(t *testing.T) {
	tests := []struct{ input, want string }{
		{"[ABC]\n", "t:1: code \"[ABC]\" without an actor"},
		{"+X\n", "t:1: synonym \"+X\" without an actor"},
		{"A [ABC 2001-01]\n", "t:1: bad code"},
		{"A [ABC 20011301-20020101]\n", "t:1: bad date"},
		{"A [ABC\n", "t:1: unclosed '['"},
		{"A [ABC] extra\n", "t:1: text after the code"},
	}
	for _, tt := range tests {
		_, err := ReadActors(strings.NewReader(tt.input), "t")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.input, err, tt.want)
		}
	}
}

const testAgents = `!ONE! = MAN, MEN
SEA_KEEPER [~GOV]
HARBOUR!ONE! [~COP]
FISH {} [~AGR]
GOOSE {GEESE} [~BRD]
WATCH_GROUP [NGO~]
`

func TestReadAgents(t *testing.T) {
	a, err := ReadAgents(strings.NewReader(testAgents), "t.agents")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range a.Entries {
		code := "~" + e.Code
		if e.Prefix {
			code = e.Code + "~"
		}
		got = append(got, strings.Join(e.Words, "_")+" "+code)
	}
	want := []string{"SEA_KEEPER ~GOV", "SEA_KEEPERS ~GOV", "HARBOURMAN ~COP", "HARBOURMEN ~COP", "FISH ~AGR",
		"GOOSE ~BRD", "GEESE ~BRD", "WATCH_GROUP NGO~", "WATCH_GROUPS NGO~"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agents\n%v\nwant\n%v", got, want)
	}
	for _, bad := range []struct{ input, want string }{
		{"X [GOV]\n", "t:1: bad agent code"},
		{"X\n", "t:1: agent without a [CODE]"},
		{"!NOPE!X [~GOV]\n", "t:1: unknown substitution set !NOPE!"},
	} {
		if _, err := ReadAgents(strings.NewReader(bad.input), "t"); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: %v, want %q", bad.input, err, bad.want)
		}
	}
}

func TestReadDiscardsAndIssues(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader("# c\n+Stop Story\nstop_sentence\n"), "t")
	if err != nil || len(d.Story) != 1 || len(d.Sentence) != 1 || d.Story[0][1] != "STORY" {
		t.Errorf("discards %+v %v", d, err)
	}
	iss, err := ReadIssues(strings.NewReader("<ISSUE CATEGORY=\"SEA\" TYPE=\"ALL\">\nn:wave [WAVES]\nhigh+tide [TIDES]\n~no wave\n</ISSUE>\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	is := iss.Issues[0]
	if is.Category != "SEA" || len(is.Phrases) != 2 || len(is.Exclude) != 1 ||
		!reflect.DeepEqual(is.Phrases[0].Words, [][]string{{"WAVE", "WAVES"}}) ||
		!reflect.DeepEqual(is.Phrases[1].Words, [][]string{{"HIGH-TIDE", "HIGHTIDE"}}) {
		t.Errorf("issues %+v", is)
	}
	if _, err := ReadIssues(strings.NewReader("wave [W]\n"), "t"); err == nil || !strings.Contains(err.Error(), "t:1: issue phrase \"wave [W]\" outside") {
		t.Errorf("outside: %v", err)
	}
}

func TestReadRecords(t *testing.T) {
	const xml = `<Validation>
<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>
<Config option="require_dyad" value="false"></Config></Environment>
<Sentences>
<Config option="new_actor_length" value="3"></Config>
<Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ATL" targetcode="MUA" eventcode="120"></EventCoding>
<EventCoding sourcecode="MUA" targetcode="ATL" eventcode="121"></EventCoding>
<Text>Atlantis
 blamed Mu.</Text>
<Parse>(ROOT (S (NP (NNP Atlantis)) (VP (VBD blamed) (NP (NNP Mu))) (. .)))</Parse>
</Sentence>
<Sentence date = "19950102" id ="T-2" sentence="false"><EventCoding noevents = "True"></EventCoding><Text>x</Text></Sentence>
<Sentence date="19950102" id="T-3" sentence="true"><EventCoding error="dateline"></EventCoding><Text>y</Text></Sentence>
</Sentences></Validation>`
	rf, err := ReadRecords(strings.NewReader(xml), "t.xml")
	if err != nil {
		t.Fatal(err)
	}
	if rf.Env.Verbfile != "v.txt" || len(rf.Env.Config) != 1 || len(rf.Records) != 3 {
		t.Fatalf("%+v", rf)
	}
	r := rf.Records[0]
	if r.Text != "Atlantis blamed Mu." || len(r.Expected) != 2 || r.Expected[1] != (Coding{"MUA", "ATL", "121"}) ||
		len(r.Config) != 1 || r.Config[0].Value != "3" || !r.Sentence || r.Line != 6 {
		t.Errorf("record %+v", r)
	}
	if rf.Records[1].Sentence || !rf.Records[1].NoEvents || rf.Records[2].Error != "dateline" {
		t.Errorf("records %+v %+v", rf.Records[1], rf.Records[2])
	}
	_, err = ReadRecords(strings.NewReader("<Sentences><Sentence date=\"1\"><Text>x</Text></Sentence><Bogus/></Sentences>"), "t.xml")
	if err == nil || !strings.Contains(err.Error(), "t.xml:1: <Sentence> without an id") || !strings.Contains(err.Error(), "unknown element <Bogus>") {
		t.Errorf("errors: %v", err)
	}
}
