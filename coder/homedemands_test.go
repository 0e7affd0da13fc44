package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// codeCase is a sentence coded alone as a document of a publication and
// date, and the events wanted: prefixes of "SRC TGT CODE", in any order.
type codeCase struct {
	name, source, date, text string
	want                     []string
}

// runCodeCases codes each case as its own document and checks its events.
func runCodeCases(t *testing.T, c *Coder, tests []codeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: tt.date, Source: tt.source, Text: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}

// TestHomeDemands checks that state media's reports of a foreign people's
// demands that name no addressee go to that people's own government
// (homedemands.go), in our own words, with the cases left alone.
func TestHomeDemands(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"civic groups at a press conference", "KCNA", "2012-05-02", "Civic and social organizations of south Korea held a press conference in Seoul on Monday demanding a stop to the dredging of the river.", []string{"KORCVL KORGOV 10"}},
		{"students demanding lower fees", "KCNA", "2012-05-02", "South Korean students are demanding the cut of tuition fees by half.", []string{"KOREDU KORGOV 10"}},
		{"workers of another country", "KCNA", "2012-05-02", "Dock workers of Spain went on strike demanding secure jobs.", []string{"ESPLAB --- 143", "ESPLAB ESPGOV 100"}},
		// left alone
		{"another country named", "KCNA", "2012-05-02", "Civic and social organizations of south Korea demanded the withdrawal of the U.S. troops.", []string{"KORCVL USA"}},
		{"a state named alone", "KCNA", "2012-05-02", "Zimbabwe demanded the lifting of the sanctions.", []string{"ZWE --- 10"}},
		{"not in state media", "wire", "2012-05-02", "Civic and social organizations of south Korea held a press conference in Seoul on Monday demanding a stop to the dredging of the river.", []string{"KORCVL --- 10"}},
	}
	runCodeCases(t, c, tests)
}

// TestProtestPurposes checks that a rally held to denounce someone is one
// protest aimed at them (protestpurposes.go), and that a strike with no
// named aim keeps no target.
func TestProtestPurposes(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"rally to denounce", "KCNA", "2012-05-02", "Civic and social organizations of south Korea held a rally in Pusan on Monday to denounce the U.S. and the south Korean authorities for their war drills.", []string{"KORCVL USAGOV 141"}},
		{"strike with no aim named", "KCNA", "2012-05-02", "The south Korean Confederation of Trade Unions launched a general strike on Monday.", []string{"KOR --- 143"}},
		{"a protest with a target keeps it", "KCNA", "2012-05-02", "Civic and social organizations of south Korea held a rally in protest against the U.S. forces.", []string{"KORCVL USA"}},
	}
	runCodeCases(t, c, tests)
}

// TestLeaderDrills checks that a leader's guidance of a drill at home is
// his visit to the unit (leaderdrills.go, 92-kcna-leader-drills.txt), and
// that a foreign officer watching a drill is not.
func TestLeaderDrills(t *testing.T) {
	c := builtinCoder(t)
	tests := []codeCase{
		{"leader guides a drill", "KCNA", "2012-05-02", "Kim Jong Un guided a live-fire drill of KPA artillery units on Sunday.", []string{"PRKGOV PRKMIL 042"}},
		{"foreign officer observes a drill", "KCNA", "2012-05-02", "The U.S. defense secretary observed a naval exercise of the south Korean army.", nil},
	}
	runCodeCases(t, c, tests)
}

// TestColonDemands checks that a headline saying what someone must do,
// with its speaker after the colon, is the speaker's demand
// (headlinedemands.go).
func TestColonDemands(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"must", "Japan Must Stop Its Arms Buildup at Once: Rodong Sinmun", []string{"PRKMED JPN 100"}},
		{"should not", "U.S. Should Not Meddle in Korean Affairs: Minju Joson", []string{"PRKMED USA 100"}},
		{"a relative clause is no demand", "DPRK Does What It Must Do: Rodong Sinmun", []string{"PRKMED --- 010"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: "2012-05-02", Source: "KCNA", Title: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}

// TestAttackAgents checks that an attack named by a noun whose agent is a
// country's armed resistance is that resistance's use of force against the
// foreign troops (attackagents.go).
func TestAttackAgents(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"of the country", "Four more NATO soldiers in Afghanistan died in a fresh attack of the resistance forces of the country.", []string{"AFGREB IGOWSTNAT 190"}},
		{"placed after the agent", "Two U.S. soldiers were killed by a roadside bomb attack of resistance fighters in northern Iraq.", []string{"IRQREB USAMIL 190"}},
		{"no country for the agent", "The soldiers were killed in an attack of the resistance forces.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: "2011-05-02", Source: "KCNA", Text: tt.text}
			checkCodeSet(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
