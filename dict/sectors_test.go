package dict

import (
	"slices"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/nlp"
)

// sectorsFile is the built-in file of sector words.
const sectorsFile = "builtin:20-sectors.txt"

// longestSector returns the sector phrases of d that match the longest run
// of tokens inside text (several when they tie).
func longestSector(d *Dict, text string) []*SectorPhrase {
	toks := nlp.Tokenize(text, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	var best []*SectorPhrase
	for _, sp := range d.Sectors {
		n := len(sp.Words)
		if n == 0 || (len(best) > 0 && n < len(best[0].Words)) {
			continue
		}
		found := false
		for i := 0; i+n <= len(words) && !found; i++ {
			found = slices.Equal(words[i:i+n], sp.Words)
		}
		if !found {
			continue
		}
		if len(best) > 0 && n > len(best[0].Words) {
			best = best[:0]
		}
		best = append(best, sp)
	}
	return best
}

func TestSectorPhrases(t *testing.T) {
	d, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, sector, title string
	}{
		// the multi-word phrase wins over a word inside it
		{"defence minister", "MIL", "defence-minister"},
		{"defense minister", "MIL", "defence-minister"},
		{"Minister of National Defence", "MIL", "defence-minister"},
		{"Secretary of Defense", "MIL", "defence-minister"},
		{"minister", "GOV", ""},
		{"foreign minister", "GOV", "foreign-minister"},
		{"Minister of Foreign Affairs", "GOV", "foreign-minister"},
		{"Secretary of State", "GOV", "foreign-minister"},
		{"Vice Foreign Minister", "GOV", ""},
		{"deputy secretary of state", "GOV", ""},
		{"prime minister", "GOV", "prime-minister"},
		{"Premier", "GOV", "prime-minister"},
		{"deputy prime minister", "GOV", ""},
		{"president", "GOV", "president"},
		{"head of state", "GOV", "president"},
		{"vice president", "GOV", "vice-president"},
		{"Vice-President", "GOV", "vice-president"},
		{"permanent representative", "GOV", "un-ambassador"},
		{"ambassador to the UN", "GOV", "un-ambassador"},
		{"ambassador", "GOV", ""},
		{"Secretary-General", "GOV", "secretary-general"},
		{"secretary general", "GOV", "secretary-general"},
		{"supreme leader", "GOV", "supreme-leader"},
		{"king", "GOV", "monarch"},
		{"emir", "GOV", "monarch"},
		{"spokesman", "GOV", "spokesperson"},
		{"spokeswoman", "GOV", "spokesperson"},
		{"Foreign Ministry spokesman", "GOV", "spokesperson"},
		{"military spokesman", "MIL", "spokesperson"},
		{"party spokesman", "PTY", ""},
		{"chief of the general staff", "MIL", "chief-of-staff"},
		{"Chairman of the Joint Chiefs of Staff", "MIL", "chief-of-staff"},
		{"general secretary", "PTY", "party-leader"},
		// the sectors of the coding guide
		{"government", "GOV", ""},
		{"Govt.", "GOV", ""},
		{"puppet authorities", "GOV", ""},
		{"puppets", "GOV", ""},
		{"traitors", "GOV", ""},
		{"group", "GOV", ""},
		{"regime", "GOV", ""},
		{"embassy", "GOV", ""},
		{"delegation", "GOV", ""},
		{"intelligence service", "GOV", ""},
		{"armed forces", "MIL", ""},
		{"troops", "MIL", ""},
		{"air force", "MIL", ""},
		{"warmongers", "MIL", ""},
		{"general staff", "MIL", ""},
		{"Defence Ministry", "MIL", ""},
		{"Ministry of People's Armed Forces", "MIL", ""},
		{"marines", "MIL", ""},
		{"military delegation", "MIL", ""},
		{"government forces", "MIL", ""},
		{"puppet army", "MIL", ""},
		{"news agency", "MED", ""},
		{"newspaper", "MED", ""},
		{"paper", "MED", ""},
		{"TV", "MED", ""},
		{"broadcaster", "MED", ""},
		{"journalists", "MED", ""},
		{"editorial", "MED", ""},
		{"party", "PTY", ""},
		{"ruling party", "PTY", ""},
		{"Central Committee", "PTY", ""},
		{"party delegation", "PTY", ""},
		{"parliament", "LEG", ""},
		{"National Assembly", "LEG", ""},
		{"lawmakers", "LEG", ""},
		{"Duma", "LEG", ""},
		{"senate", "LEG", ""},
		{"General Assembly", "LEG", ""},
		{"court", "JUD", ""},
		{"prosecutors", "JUD", ""},
		{"attorney general", "JUD", ""},
		{"police", "COP", ""},
		{"riot police", "COP", ""},
		{"police officers", "COP", ""},
		{"opposition", "OPP", ""},
		{"opposition party", "OPP", ""},
		{"rebels", "REB", ""},
		{"insurgents", "REB", ""},
		{"militants", "REB", ""},
		{"guerrillas", "REB", ""},
		{"rebel forces", "REB", ""},
		{"people", "CVL", ""},
		{"citizens", "CVL", ""},
		{"trade union", "CVL", ""},
		{"trade unions", "CVL", ""},
		{"workers", "CVL", ""},
		{"youth", "CVL", ""},
		{"women's union", "CVL", ""},
		{"civic groups", "CVL", ""},
		{"compatriots", "CVL", ""},
		{"Koreans", "CVL", ""},
		{"farmers", "CVL", ""},
		{"general public", "CVL", ""},
		{"company", "BUS", ""},
		{"enterprise", "BUS", ""},
		{"bank", "BUS", ""},
		{"central bank", "GOV", ""},
		{"university", "EDU", ""},
		{"students", "EDU", ""},
		{"student union", "EDU", ""},
		{"academy", "EDU", ""},
		{"professors", "EDU", ""},
		{"church", "REL", ""},
		{"catholics", "REL", ""},
		{"Buddhists", "REL", ""},
		{"clergy", "REL", ""},
		{"NGO", "NGO", ""},
		{"non-governmental organisation", "NGO", ""},
		{"non-governmental organizations", "NGO", ""},
		{"Red Cross", "NGO", ""},
		{"human rights groups", "NGO", ""},
		{"Amnesty International", "NGO", ""},
		// state-media usage and ties between one-word phrases
		{"side", "GOV", ""},
		{"reactionaries", "GOV", ""},
		{"imperialists", "GOV", ""},
		{"chief executive", "GOV", ""},
		{"Director-General", "GOV", ""},
		{"imperialist aggressors", "MIL", ""},
		{"aggressor troops", "MIL", ""},
		{"GI", "MIL", ""},
		{"Commander-in-Chief", "MIL", ""},
		{"Self-Defense Force", "MIL", ""},
		{"deputy minister of Defence", "MIL", ""},
		{"puppet prosecution", "JUD", ""},
		{"puppet police", "COP", ""},
		{"journalists association", "MED", ""},
		{"Parliamentary Friendship Group", "LEG", ""},
		{"general manager", "BUS", ""},
		{"group company", "BUS", ""},
		{"elders", "CVL", ""},
		{"art group", "CVL", ""},
		{"protesters", "CVL", ""},
		{"Islamic group", "REL", ""},
		{"civic group", "CVL", ""},
		{"rebel group", "REB", ""},
	}
	for _, tt := range tests {
		best := longestSector(d, tt.text)
		if len(best) == 0 {
			t.Errorf("%q: no sector phrase matches", tt.text)
			continue
		}
		for _, sp := range best {
			if sp.Sector != tt.sector || sp.Title != tt.title {
				t.Errorf("%q: longest match %q at %s is %s/%q, want %s/%q",
					tt.text, strings.Join(sp.Words, " "), sp.Pos, sp.Sector, sp.Title, tt.sector, tt.title)
			}
		}
	}
}

// TestSectorFile checks the built-in sector file: every sector of the coding
// guide is covered, and no phrase is listed twice.
func TestSectorFile(t *testing.T) {
	d, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]*SectorPhrase{}
	count := map[string]int{}
	for _, sp := range d.Sectors {
		if sp.Pos.File != sectorsFile {
			continue
		}
		count[sp.Sector]++
		key := strings.Join(sp.Words, " ")
		if first, ok := seen[key]; ok {
			t.Errorf("%s: %q (%s) already listed at %s (%s)", sp.Pos, key, sp.Sector, first.Pos, first.Sector)
			continue
		}
		seen[key] = sp
	}
	for _, sector := range []string{"GOV", "MIL", "MED", "PTY", "LEG", "JUD", "COP", "OPP", "REB", "CVL", "BUS", "EDU", "REL", "NGO"} {
		if count[sector] == 0 {
			t.Errorf("%s: no phrase for sector %s", sectorsFile, sector)
		}
	}
	if len(seen) < 500 {
		t.Errorf("%s: only %d sector phrases", sectorsFile, len(seen))
	}
}
