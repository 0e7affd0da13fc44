package coder

import (
	"testing"

	"github.com/demarche-project/demarche"
)

// TestBreadth checks the verb classes of 56-verbs-breadth.txt, in sentences
// written for the test: each class codes its event with a named target, and
// the uses that name no party (or name only the subject matter) stay silent.
func TestBreadth(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, source, country, text string
		want                        []string // prefixes of "SRC TGT CODE", in order
	}{
		// 02 and 03: proposals
		{"propose to a party", "", "", "The Japanese government proposed to China that the two sides resume fisheries consultations.", []string{"JPNGOV CHN 020"}},
		{"propose talks with", "", "", "Mongolia proposed talks with Russia on the new railway.", []string{"MNG RUS 036"}},
		{"propose an act, no party", "", "", "The delegates proposed to open a reading room in the town.", nil},
		{"speaker proposes to the Assembly", "", "TUV", "I propose to the Assembly that we set up a fund for sinking islands.", []string{"TUVGOV IGOUNO 020"}},
		// 04: talking a matter over with a named party
		{"discussed with", "", "", "The Estonian prime minister has discussed with Finland the plan for a tunnel.", []string{"ESTGOV FIN 040", "FIN ESTGOV 040"}},
		{"talked with", "", "", "The Indian ambassador talked with Nepalese officials on Friday.", []string{"INDGOV NPLGOV 040", "NPLGOV INDGOV 040"}},
		{"subject matter, not a party", "", "", "The Peruvian committee discussed the history of its trade with Bolivia.", nil},
		// 05: mending ties
		{"mend ties", "", "", "Ankara has mended its ties with Cairo.", []string{"TURGOV EGYGOV 050"}},
		{"aligns with a statement", "", "BWA", "Botswana aligns itself with the statement delivered on behalf of the African Union.", []string{"BWA IGOAFRAFU 051"}},
		{"associates with goals", "", "BWA", "We associate ourselves with the goals of the new agenda.", nil},
		// 11: slander and insult
		{"slandered", "KCNA", "", "The puppet authorities of south Korea slandered the DPRK again at a press briefing.", []string{"KORGOV PRK 111"}},
		{"insulted a leader", "", "", "A Danish newspaper insulted the Turkish president in a cartoon.", []string{"DNKMED TURGOV 111"}},
		{"hurt the dignity of", "KCNA", "", "The south Korean defence minister hurt the dignity of the DPRK with his remarks.", []string{"KORMIL PRK 111"}},
		{"slander with no target", "", "", "The bloggers slandered everyone they disliked.", nil},
		// 12: obstruction of a process
		{"obstructed talks", "", "", "Serbia obstructed the negotiations between Kosovo and the European Union.", []string{"SRB KSV 120", "SRB IGOEUREEC 120"}},
		{"hindered a party", "", "", "Israel hindered Palestinian farmers at the checkpoints.", []string{"ISR PSE"}},
		{"derailed a process", "", "", "Armenia accused Azerbaijan of trying to derail the peace process.", []string{"ARM AZE 112"}},
		{"torpedoed talks", "", "", "Seoul torpedoed the military talks with Pyongyang.", []string{"KORGOV "}},
		{"torpedoed a boat", "", "", "The Greek navy torpedoed a Turkish patrol boat.", []string{"GRCMIL TUR 190"}},
		{"undermined an agreement", "", "", "Iran said the United States undermined the nuclear agreement.", []string{"IRN USA 010", "USA --- 120"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeDoc(t, c, &demarche.Document{ID: "d", Date: "2015-06-10", Source: tt.source, Country: tt.country, Text: tt.text})
			checkCodePrefixes(t, got, tt.want)
		})
	}
}
