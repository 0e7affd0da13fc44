package output

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/gazetteer"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event export, in order.
// The export has no header row.
var GDELTColumns = func() []string {
	cs := []string{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
			"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cs = append(cs, a+f)
		}
	}
	cs = append(cs, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
		"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			cs = append(cs, g+f)
		}
	}
	return append(cs, "DATEADDED", "SOURCEURL")
}()

// gdeltWriter writes the GDELT 2.0 event export. Filled columns:
//
//   - GlobalEventID: GDELTID of the event id;
//
//   - Day (YYYYMMDD), MonthYear (YYYYMM), Year, and FractionDate, which is
//     Year + (Month*30 + Day)/365 with four decimals, as GDELT computes it;
//
//   - ActorNCode: the actor code ("" for "---"); ActorNName: the actor's
//     words in the sentence; ActorNCountryCode, ActorNKnownGroupCode and
//     ActorNType1..3Code: the code split by splitGDELTActor;
//
//   - IsRootEvent: 1 for events of the first sentence (lead or headline),
//     else 0;
//
//   - EventCode, EventBaseCode (the first three digits), EventRootCode,
//     QuadClass, GoldsteinScale;
//
//   - NumMentions, NumSources, NumArticles: 1 (one sentence of one document);
//
//   - DATEADDED: the event date at 000000, so that output is reproducible;
//
//   - SOURCEURL: the document URL from DocInfo.
//
//   - ActionGeo_*: the event's place (demarche.Event.Place), when it has
//     one: Type 3 (a US city) or 4 (a world city), FullName the place's
//     name, CountryCode the FIPS 10-4 code of its country (GDELT's
//     convention, as in KN for North Korea, KS for South Korea, CH for
//     China, RS for Russia; the jsonl place_country is the project's
//     alpha-3), Lat and Long with five decimals, FeatureID the GeoNames id
//     (GDELT writes GNS/GNIS ids there; "" for a place of the project's
//     own supplement).
//
// Left empty: the ethnic and religion codes, AvgTone, the actors' geography
// (Actor1Geo_*, Actor2Geo_*) and the ADM1 and ADM2 codes of ActionGeo.
type gdeltWriter struct {
	buffered
	info DocInfo
	row  []string
}

func newGDELT(w io.Writer, info DocInfo) *gdeltWriter {
	return &gdeltWriter{buffered: newBuffered(w), info: info, row: make([]string, 0, len(GDELTColumns))}
}

// GDELTID returns the integer id of an event in the GDELT export: the first
// eight bytes of the SHA-256 of its id, big-endian, with the sign bit
// cleared, so a positive int64 that is stable across runs.
func GDELTID(eventID string) int64 {
	sum := sha256.Sum256([]byte(eventID))
	return int64(binary.BigEndian.Uint64(sum[:8]) &^ (1 << 63))
}

func (g *gdeltWriter) Write(e *demarche.Event) error {
	if err := g.check(e); err != nil {
		return err
	}
	t, err := eventDate(e)
	if err != nil {
		return err
	}
	url, _ := g.info(e.Doc)
	y, m, d := t.Date()
	r := g.row[:0]
	r = append(r, strconv.FormatInt(GDELTID(e.ID), 10), t.Format("20060102"), t.Format("200601"),
		t.Format("2006"), fmt.Sprintf("%.4f", float64(y)+float64(int(m)*30+d)/365))
	r = appendGDELTActor(r, e.Source, e.SourceText)
	r = appendGDELTActor(r, e.Target, e.TargetText)
	root := "0"
	if e.Sentence == 0 {
		root = "1"
	}
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	r = append(r, root, e.CAMEO, base, e.Root, strconv.Itoa(e.Quad), formatFloat(e.Goldstein), "1", "1", "1", "")
	for range 16 {
		r = append(r, "") // Actor1Geo_*, Actor2Geo_*
	}
	r = appendGDELTActionGeo(r, e)
	r = append(r, t.Format("20060102")+"000000", url)
	for i := range r {
		r[i] = clean(r[i])
	}
	return g.writeLine(r, '\t')
}

// appendGDELTActor appends the ten actor columns of code.
func appendGDELTActor(r []string, code, name string) []string {
	if code == demarche.NoActor {
		code = ""
	}
	if code == "" {
		name = ""
	}
	a := splitGDELTActor(code)
	return append(r, code, name, a.country, a.group, "", "", "", a.types[0], a.types[1], a.types[2])
}

// gdeltActor is an actor code split into GDELT's columns.
type gdeltActor struct {
	country string
	group   string
	types   [3]string
}

// actorTypes are the CAMEO actor type codes (roles and sectors).
var actorTypes = map[string]bool{
	"AGR": true, "BUS": true, "COP": true, "CRM": true, "CVL": true, "DEV": true, "EDU": true,
	"ELI": true, "ENV": true, "GOV": true, "HLH": true, "HRI": true, "IGO": true, "IMG": true,
	"INS": true, "JUD": true, "LAB": true, "LEG": true, "MED": true, "MIL": true, "MNC": true,
	"MOD": true, "NGM": true, "NGO": true, "OPP": true, "PTY": true, "RAD": true, "REB": true,
	"REF": true, "REL": true, "SEP": true, "SPY": true, "UAF": true,
}

// groupPrefixes start the codes of organisations that belong to no
// country: IGOUNO is type IGO, known group UNO.
var groupPrefixes = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true}

// splitGDELTActor splits a code into three-letter parts. The first part is
// the country code, unless it is "---" (no country), an organisation
// prefix (IGO, NGO, IMG, MNC: then a type, and the next part the known
// group) or a type. The other parts are types (the first three kept) when
// they are CAMEO actor types, and else the known group when none is set.
func splitGDELTActor(code string) gdeltActor {
	var a gdeltActor
	var parts []string
	for i := 0; i+3 <= len(code); i += 3 {
		parts = append(parts, strings.ToUpper(code[i:i+3]))
	}
	nt := 0
	addType := func(t string) {
		if nt < len(a.types) {
			a.types[nt] = t
			nt++
		}
	}
	for i, p := range parts {
		switch {
		case i == 0 && p == demarche.NoActor:
		case i == 0 && groupPrefixes[p]:
			addType(p)
			if len(parts) > 1 && !actorTypes[parts[1]] {
				a.group = parts[1]
			}
		case i == 0 && !actorTypes[p]:
			a.country = p
		case actorTypes[p]:
			addType(p)
		case a.group == "":
			a.group = p
		}
	}
	return a
}

// appendGDELTActionGeo appends the eight ActionGeo columns of e.
func appendGDELTActionGeo(r []string, e *demarche.Event) []string {
	if e.Place == "" {
		return append(r, "", "", "", "", "", "", "", "")
	}
	typ := "4"
	if e.PlaceCountry == "USA" {
		typ = "3"
	}
	return append(r, typ, e.Place, gazetteer.FIPS(e.PlaceCountry), "", "",
		strconv.FormatFloat(e.Lat, 'f', 5, 64), strconv.FormatFloat(e.Lon, 'f', 5, 64), e.PlaceID)
}
