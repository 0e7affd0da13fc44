package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestGigawordRules checks the constructions of real wire prose fixed after
// the gigaword-wire tune half and the real wire news KCNA reports
// (coder/tolls.go, 69-wire-real.txt): each
// case is a class of construction, in our own words.
func TestGigawordRules(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string // prefixes of "SRC TGT CODE", in order
	}{
		{"a part of a place as the object of an attack", "Militants shelled an army-held part of Yemen's port city of Hodeidah on Sunday, killing five people, officials said.", []string{"YEMREB YEM 19", "YEMREB YEMCVL 18"}},
		{"the outskirts of a capital after a locative preposition", "Gunmen killed four farmers on the outskirts of Bamako.", []string{"MLIREB MLICVL 18"}},
		{"a part of a place whose country conflicts with another place", "Insurgents attacked a northern part of Mali's capital after crossing from Niger.", nil},
		{"a part noun that is no place", "Rebels seized part of the convoy near the border.", nil},
		{"a toll in an attack named by its author's nationality", "Four Somali soldiers were killed on Monday in a Kenyan air strike near the border.", []string{"KENMIL SOMMIL 195"}},
		{"a toll in an insurgent attack placed by the sentence", "Two policemen were killed in an insurgent attack in northern Mali's Gao region.", []string{"MLIREB MLICOP 180"}},
		{"a toll whose cause's author follows it", "Nine Sudanese villagers were wounded in the shelling by Ethiopian forces.", []string{"ETHMIL SDNCVL"}},
		{"two tolls sharing one cause", "Three Yemenis were killed and 20 others were wounded in the Saudi air strikes.", []string{"SAUMIL YEMCVL 195"}},
		{"generic victims placed by the sentence, not by the author's name", "At least six people were killed in a Turkish drone strike on Tuesday in northern Syria's Hasakah province.", []string{"TURMIL SYRCVL 195"}},
		{"an armed movement and a party of one country", "Hamas and Fatah signed an accord on reconciliation in Cairo.", []string{"PSEREB PSEPTY 057"}},
		{"arrests told with the raids of a named army", "Fifteen Georgian farmers were detained on Friday in the Russian army's raids on villages near the boundary line.", []string{"RUSMIL GEOCVL 173"}},
		{"a toll whose cause has no author", "Five soldiers were killed in a rocket attack in southern Iraq.", nil},
		{"a negated toll", "No civilians were killed in the Turkish air strike.", nil},
		{"a toll that dates the news", "The talks resumed after 12 Afghans were killed in a US drone strike.", nil},
		{"a navy stopping a ship at sea", "The Egyptian navy intercepted a fishing boat bound for Libya's coast.", []string{"EGYMIL"}},
		{"air defence intercepting a rocket is no blockade", "Saudi air defences intercepted a rocket over Riyadh.", nil},
		{"forces leaving one side of a border", "Indian troops pulled back from the Chinese side of the frontier.", []string{"INDMIL CHN"}},
		{"peacekeepers leaving a sector named by its country", "Several hundred UN soldiers withdrew from the Lebanese sector of the ceasefire line on Friday.", []string{"IGOUNO LBN 087"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &demarche.Document{ID: "d", Date: "2015-03-02", Source: "wire", Text: tt.text}
			checkCodePrefixes(t, codeDoc(t, c, doc), tt.want)
		})
	}
}
