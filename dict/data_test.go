package dict_test

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

// worldFiles are the built-in files that name countries and organisations.
var worldFiles = []string{"10-countries.txt", "30-organisations.txt"}

// loadWorld loads the country and organisation files alone, so that their
// checks do not depend on the other built-in files.
func loadWorld(t *testing.T) *dict.Dict {
	t.Helper()
	d := dict.New()
	for _, name := range worldFiles {
		b, err := dict.ReadBuiltin(name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		if err := d.Load(bytes.NewReader(b), "builtin:"+name); err != nil {
			t.Fatalf("load %s: %v", name, err)
		}
	}
	return d
}

// key renders a phrase as the parser stores it: normalised tokens.
func key(s string) string {
	toks := nlp.Tokenize(s, 0)
	norms := make([]string, len(toks))
	for i, tok := range toks {
		norms[i] = tok.Norm
	}
	return strings.Join(norms, " ")
}

func wordsKey(words []string) string { return strings.Join(words, " ") }

// worldTable lists phrases and the kind and code they must have.
var worldTable = []struct {
	phrase string
	kind   dict.NameKind
	code   string
}{
	// countries: names, KCNA spellings and former names
	{"North Korea", dict.KindName, "PRK"},
	{"north Korea", dict.KindName, "PRK"},
	{"DPRK", dict.KindName, "PRK"},
	{"D.P.R.K.", dict.KindName, "PRK"},
	{"Democratic People's Republic of Korea", dict.KindName, "PRK"},
	{"Democratic People’s Republic of Korea", dict.KindName, "PRK"},
	{"south Korea", dict.KindName, "KOR"},
	{"Republic of Korea", dict.KindName, "KOR"},
	{"ROK", dict.KindName, "KOR"},
	{"S. Korea", dict.KindName, "KOR"},
	{"Korea", dict.KindName, "KOR"},
	{"U.S.", dict.KindName, "USA"},
	{"US", dict.KindName, "USA"},
	{"U.S.A.", dict.KindName, "USA"},
	{"United States of America", dict.KindName, "USA"},
	{"UK", dict.KindName, "GBR"},
	{"U.K.", dict.KindName, "GBR"},
	{"Britain", dict.KindName, "GBR"},
	{"PRC", dict.KindName, "CHN"},
	{"Philippines", dict.KindName, "PHL"},
	{"Taipei of China", dict.KindName, "TWN"},
	{"Chinese Taipei", dict.KindName, "TWN"},
	{"Hong Kong, China", dict.KindName, "HKG"},
	{"Macao", dict.KindName, "MAC"},
	{"Democratic Congo", dict.KindName, "COD"},
	{"Congo", dict.KindName, "COG"},
	{"Kosovo", dict.KindName, "KSV"},
	{"Western Sahara", dict.KindName, "ESH"},
	{"Holy See", dict.KindName, "VAT"},
	{"Palestine", dict.KindName, "PSE"},
	{"Côte d'Ivoire", dict.KindName, "CIV"},
	{"Cote d’Ivoire", dict.KindName, "CIV"},
	{"Guinea-Bissau", dict.KindName, "GNB"},
	{"Timor-Leste", dict.KindName, "TLS"},
	{"St. Lucia", dict.KindName, "LCA"},
	{"Eswatini", dict.KindName, "SWZ"},
	{"Sri Lanka", dict.KindName, "LKA"},
	{"Cuba", dict.KindName, "CUB"},
	{"Soviet Union", dict.KindName, "RUS"},
	{"USSR", dict.KindName, "RUS"},
	{"U.S.S.R.", dict.KindName, "RUS"},
	{"Burma", dict.KindName, "MMR"},
	{"Zaire", dict.KindName, "COD"},
	{"Czechoslovakia", dict.KindName, "CZE"},
	{"Yugoslavia", dict.KindName, "SRB"},
	{"Kampuchea", dict.KindName, "KHM"},
	{"Ceylon", dict.KindName, "LKA"},
	{"Swaziland", dict.KindName, "SWZ"},
	{"East Germany", dict.KindName, "DEU"},
	// adjectives
	{"North Korean", dict.KindAdjective, "PRK"},
	{"south Korean", dict.KindAdjective, "KOR"},
	{"DPRK", dict.KindAdjective, "PRK"},
	{"U.S.", dict.KindAdjective, "USA"},
	{"American", dict.KindAdjective, "USA"},
	{"Russian", dict.KindAdjective, "RUS"},
	{"Soviet", dict.KindAdjective, "RUS"},
	{"Chinese", dict.KindAdjective, "CHN"},
	{"Japanese", dict.KindAdjective, "JPN"},
	{"Kuwaiti", dict.KindAdjective, "KWT"},
	{"Finnish", dict.KindAdjective, "FIN"},
	{"Vietnamese", dict.KindAdjective, "VNM"},
	{"Lao", dict.KindAdjective, "LAO"},
	{"Cuban", dict.KindAdjective, "CUB"},
	{"Papua New Guinean", dict.KindAdjective, "PNG"},
	{"Guinean", dict.KindAdjective, "GIN"},
	// demonyms
	{"Russians", dict.KindDemonym, "RUS"},
	{"Palestinians", dict.KindDemonym, "PSE"},
	{"Britons", dict.KindDemonym, "GBR"},
	{"North Koreans", dict.KindDemonym, "PRK"},
	// capitals and seats
	{"Pyongyang", dict.KindCapital, "PRK"},
	{"Seoul", dict.KindCapital, "KOR"},
	{"Washington", dict.KindCapital, "USA"},
	{"Beijing", dict.KindCapital, "CHN"},
	{"Moscow", dict.KindCapital, "RUS"},
	{"Tokyo", dict.KindCapital, "JPN"},
	{"Taipei", dict.KindCapital, "TWN"},
	{"Kremlin", dict.KindSeat, "RUS"},
	{"Blue House", dict.KindSeat, "KOR"},
	{"Chong Wa Dae", dict.KindSeat, "KOR"},
	{"White House", dict.KindSeat, "USA"},
	{"Downing Street", dict.KindSeat, "GBR"},
	{"Zhongnanhai", dict.KindSeat, "CHN"},
	{"Élysée", dict.KindSeat, "FRA"},
	{"Quai d'Orsay", dict.KindSeat, "FRA"},
	// international organisations
	{"U.N.", dict.KindOrg, "IGOUNO"},
	{"UN", dict.KindOrg, "IGOUNO"},
	{"United Nations", dict.KindOrg, "IGOUNO"},
	{"UN Security Council", dict.KindOrg, "IGOUNO"},
	{"General Assembly", dict.KindOrg, "IGOUNO"},
	{"United Nations Human Rights Council", dict.KindOrg, "IGOUNOHRC"},
	{"UNHRC", dict.KindOrg, "IGOUNOHRC"},
	{"IAEA", dict.KindOrg, "IGOUNOIAE"},
	{"World Health Organization", dict.KindOrg, "IGOUNOWHO"},
	{"EU", dict.KindOrg, "IGOEUREEC"},
	{"European Parliament", dict.KindOrg, "IGOEUREEC"},
	{"NATO", dict.KindOrg, "IGOWSTNAT"},
	{"ASEAN", dict.KindOrg, "IGOSEAASN"},
	{"African Union", dict.KindOrg, "IGOAFRAFU"},
	{"Non-Aligned Movement", dict.KindOrg, "IGONAM"},
	{"International Committee of the Red Cross", dict.KindOrg, "NGOIRC"},
	{"ISIL", dict.KindOrg, "IMGMUSISI"},
	{"al-Qaeda", dict.KindOrg, "IMGMUSALQ"},
	{"Al Qaeda", dict.KindOrg, "IMGMUSALQ"},
	// media
	{"KCNA", dict.KindOrg, "PRKMED"},
	{"Korean Central News Agency", dict.KindOrg, "PRKMED"},
	{"Rodong Sinmun", dict.KindOrg, "PRKMED"},
	{"Voice of Korea", dict.KindOrg, "PRKMED"},
	{"Voice of People", dict.KindOrg, "KORMED"},
	{"Yonhap", dict.KindOrg, "KORMED"},
	{"Dong-A Ilbo", dict.KindOrg, "KORMED"},
	{"ITAR-TASS", dict.KindOrg, "RUSMED"},
	{"Xinhua News Agency", dict.KindOrg, "CHNMED"},
	{"People's Daily", dict.KindOrg, "CHNMED"},
	{"Kyodo", dict.KindOrg, "JPNMED"},
	{"Prensa Latina", dict.KindOrg, "CUBMED"},
	{"VNA", dict.KindOrg, "VNMMED"},
	{"IRNA", dict.KindOrg, "IRNMED"},
	{"KPL", dict.KindOrg, "LAOMED"},
	{"AP", dict.KindOrg, "USAMED"},
	{"Reuters", dict.KindOrg, "GBRMED"},
	{"AFP", dict.KindOrg, "FRAMED"},
	{"Al Jazeera", dict.KindOrg, "QATMED"},
	{"Choson Sinbo", dict.KindOrg, "JPNMED"},
	// North Korean bodies
	{"Workers' Party of Korea", dict.KindOrg, "PRKPTY"},
	{"Workers’ Party of Korea", dict.KindOrg, "PRKPTY"},
	{"WPK", dict.KindOrg, "PRKPTY"},
	{"Central Committee of the Workers' Party of Korea", dict.KindOrg, "PRKPTY"},
	{"Korean People's Army", dict.KindOrg, "PRKMIL"},
	{"KPA", dict.KindOrg, "PRKMIL"},
	{"KPRA", dict.KindOrg, "KORMIL"},
	{"Supreme People's Assembly", dict.KindOrg, "PRKLEG"},
	{"Presidium of the DPRK Supreme People's Assembly", dict.KindOrg, "PRKGOV"},
	{"National Defence Commission", dict.KindOrg, "PRKGOV"},
	{"State Affairs Commission", dict.KindOrg, "PRKGOV"},
	{"Committee for the Peaceful Reunification of Korea", dict.KindOrg, "PRKGOV"},
	{"Kim Il Sung Socialist Youth League", dict.KindOrg, "PRKCVL"},
	{"General Federation of Trade Unions of Korea", dict.KindOrg, "PRKCVL"},
	{"Ministry of People's Security", dict.KindOrg, "PRKCOP"},
	{"Ministry of People's Armed Forces", dict.KindOrg, "PRKMIL"},
	{"General Association of Korean Residents in Japan", dict.KindOrg, "JPNCVL"},
	{"Pan-national Alliance for Korea's Reunification", dict.KindOrg, "KORCVL"},
	{"South Headquarters of the Pan-national Alliance for Korea's Reunification", dict.KindOrg, "KORCVL"},
	// South Korean, US, Japanese, Chinese, Russian bodies
	{"Grand National Party", dict.KindOrg, "KORPTY"},
	{"Democratic Labor Party", dict.KindOrg, "KORPTY"},
	{"Democratic United Party", dict.KindOrg, "KORPTY"},
	{"National Intelligence Service", dict.KindOrg, "KORGOV"},
	{"Unification Ministry", dict.KindOrg, "KORGOV"},
	{"KCTU", dict.KindOrg, "KORCVL"},
	{"Catholic Priests' Association for Justice", dict.KindOrg, "KORREL"},
	{"Pentagon", dict.KindOrg, "USAMIL"},
	{"USFK", dict.KindOrg, "USAMIL"},
	{"State Department", dict.KindOrg, "USAGOV"},
	{"CIA", dict.KindOrg, "USAGOV"},
	{"U.S. Congress", dict.KindOrg, "USALEG"},
	{"Self-Defense Force", dict.KindOrg, "JPNMIL"},
	{"Self-Defence Forces", dict.KindOrg, "JPNMIL"},
	{"Liberal Democratic Party", dict.KindOrg, "JPNPTY"},
	{"Communist Party of China", dict.KindOrg, "CHNPTY"},
	{"Chinese People's Volunteers", dict.KindOrg, "CHNMIL"},
	{"State Duma", dict.KindOrg, "RUSLEG"},
	{"United Russia", dict.KindOrg, "RUSPTY"},
	{"Lao People's Revolutionary Party", dict.KindOrg, "LAOPTY"},
	{"Hamas", dict.KindOrg, "PSEREB"},
	{"Hezbollah", dict.KindOrg, "LBNREB"},
	{"Taliban", dict.KindOrg, "AFGREB"},
	{"Boko Haram", dict.KindOrg, "NGAREB"},
}

// checkTable checks worldTable against d. The last entry of a kind wins, as
// when files are loaded in order.
func checkTable(t *testing.T, d *dict.Dict) {
	t.Helper()
	type kk struct {
		kind dict.NameKind
		key  string
	}
	last := map[kk]*dict.ActorPhrase{}
	for _, a := range d.Actors {
		last[kk{a.Kind, wordsKey(a.Words)}] = a
	}
	for _, tt := range worldTable {
		a, ok := last[kk{tt.kind, key(tt.phrase)}]
		if !ok {
			t.Errorf("%q: no %s entry", tt.phrase, tt.kind)
			continue
		}
		if a.Code != tt.code {
			t.Errorf("%q (%s) = %s (%s), want %s", tt.phrase, tt.kind, a.Code, a.Pos, tt.code)
		}
	}
}

func TestBuiltinLoads(t *testing.T) {
	if _, err := dict.Builtin(); err != nil {
		t.Fatalf("Builtin: %v", err)
	}
}

func TestWorldPhrases(t *testing.T) {
	checkTable(t, loadWorld(t))
}

// TestWorldPhrasesInBuiltin checks that no other built-in file overrides the
// countries and organisations. It loads every built-in file in order and
// keeps what parses, so that it runs even while another file is broken
// (TestBuiltinLoads reports that); errors in the world files fail it.
func TestWorldPhrasesInBuiltin(t *testing.T) {
	d := dict.New()
	for _, path := range dict.BuiltinFiles() {
		name := path[strings.LastIndexByte(path, '/')+1:]
		b, err := dict.ReadBuiltin(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Load(bytes.NewReader(b), "builtin:"+name); err != nil {
			if slices.Contains(worldFiles, name) {
				t.Errorf("load %s: %v", name, err)
			} else {
				t.Logf("%s does not load cleanly (not checked here)", name)
			}
		}
	}
	checkTable(t, d)
}

// unMembers are the ISO 3166-1 alpha-3 codes of the 193 UN member states.
var unMembers = strings.Fields(`
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`)

// otherStates are the observers and the territories the file also covers.
var otherStates = strings.Fields("VAT PSE TWN HKG MAC KSV ESH")

func TestCountryBlocks(t *testing.T) {
	if len(unMembers) != 193 {
		t.Fatalf("the UN member list has %d codes, want 193", len(unMembers))
	}
	b, err := dict.ReadBuiltin("10-countries.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		if code, ok := strings.CutPrefix(sc.Text(), "country "); ok {
			code = strings.TrimSpace(code)
			if prev, dup := seen[code]; dup {
				t.Errorf("country %s: blocks at lines %d and %d", code, prev, line)
			}
			seen[code] = line
		}
	}
	if len(seen) < 195 {
		t.Errorf("%d country blocks, want at least 195", len(seen))
	}
	d := loadWorld(t)
	for _, code := range append(append([]string{}, unMembers...), otherStates...) {
		if _, ok := d.Countries[code]; !ok {
			t.Errorf("country %s is missing", code)
		}
	}
	names := map[string]bool{}
	for _, a := range d.Actors {
		if a.Kind == dict.KindName {
			names[a.Code] = true
		}
	}
	for code := range d.Countries {
		if !names[code] {
			t.Errorf("country %s has no name", code)
		}
	}
	t.Logf("%d countries, %d phrases in the two files", len(d.Countries), len(d.Actors))
}

// TestNoConflictingPhrases fails when one phrase gives two codes, within a
// kind or across kinds: either is a coding error waiting to happen.
func TestNoConflictingPhrases(t *testing.T) {
	d := loadWorld(t)
	codes := map[string]map[string][]string{} // phrase → code → where
	for _, a := range d.Actors {
		k := wordsKey(a.Words)
		if codes[k] == nil {
			codes[k] = map[string][]string{}
		}
		codes[k][a.Code] = append(codes[k][a.Code], fmt.Sprintf("%s %s", a.Kind, a.Pos))
	}
	var bad []string
	for k, byCode := range codes {
		if len(byCode) > 1 {
			var parts []string
			for code, where := range byCode {
				parts = append(parts, code+" ("+strings.Join(where, ", ")+")")
			}
			sort.Strings(parts)
			bad = append(bad, fmt.Sprintf("%q: %s", k, strings.Join(parts, "; ")))
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
}

// sectors are the sector codes the coding guide allows after a country.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "MED": true, "PTY": true, "LEG": true, "JUD": true, "COP": true,
	"OPP": true, "REB": true, "CVL": true, "BUS": true, "EDU": true, "REL": true, "NGO": true,
}

func TestOrganisationCodes(t *testing.T) {
	d := loadWorld(t)
	for _, a := range d.Actors {
		if a.Kind != dict.KindOrg {
			continue
		}
		prefix, rest := a.Code[:3], a.Code[3:]
		switch prefix {
		case "IGO", "NGO", "IMG":
			continue
		}
		if _, ok := d.Countries[prefix]; !ok {
			t.Errorf("%s: %s: unknown country %s", a.Pos, a.Code, prefix)
		}
		for i := 0; i+3 <= len(rest); i += 3 {
			if !sectors[rest[i:i+3]] {
				t.Errorf("%s: %s: sector %s is not in the coding guide", a.Pos, a.Code, rest[i:i+3])
			}
		}
	}
}

// TestPhraseForm checks the rules of FORMAT.md that the parser does not: no
// leading "the", no empty phrase.
func TestPhraseForm(t *testing.T) {
	d := loadWorld(t)
	for _, a := range d.Actors {
		if len(a.Words) == 0 {
			t.Errorf("%s: empty phrase", a.Pos)
			continue
		}
		if a.Words[0] == "the" {
			t.Errorf("%s: %q starts with \"the\"", a.Pos, wordsKey(a.Words))
		}
	}
}
