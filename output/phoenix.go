package output

import (
	"io"
	"strconv"
	"time"

	"github.com/demarche-project/demarche"
)

// PhoenixColumns are the 26 columns of the Phoenix daily files, in order.
// The files have no header row.
var PhoenixColumns = []string{
	"EventID", "Date", "Year", "Month", "Day",
	"SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
	"TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
	"EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
	"Lat", "Lon", "LocationName", "StateName", "CountryCode",
	"SentenceID", "URLs", "NewsSources",
}

// phoenixWriter writes the Phoenix daily format: EventID is the event id;
// Date is YYYYMMDD and Year, Month, Day its parts (Month and Day with two
// digits); each actor code is split into Entity (the first three letters),
// Role (the next three) and Attribute (the rest), "---" keeping its parts
// empty; SentenceID is doc + "-" + sentence index; URLs and NewsSources come
// from DocInfo. Issues, Lat, Lon, LocationName, StateName and CountryCode
// are empty: demarche codes neither issues nor locations.
type phoenixWriter struct {
	buffered
	info DocInfo
	row  []string
}

func newPhoenix(w io.Writer, info DocInfo) *phoenixWriter {
	return &phoenixWriter{buffered: newBuffered(w), info: info, row: make([]string, len(PhoenixColumns))}
}

func (p *phoenixWriter) Write(e *demarche.Event) error {
	if err := p.check(e); err != nil {
		return err
	}
	t, err := eventDate(e)
	if err != nil {
		return err
	}
	url, source := p.info(e.Doc)
	r := p.row[:0]
	r = append(r, e.ID, t.Format("20060102"), t.Format("2006"), t.Format("01"), t.Format("02"))
	r = appendPhoenixActor(r, e.Source)
	r = appendPhoenixActor(r, e.Target)
	r = append(r, e.CAMEO, e.Root, strconv.Itoa(e.Quad), formatFloat(e.Goldstein), "",
		"", "", "", "", "",
		e.Doc+"-"+strconv.Itoa(e.Sentence), url, source)
	for i := range r {
		r[i] = clean(r[i])
	}
	return p.writeLine(r, '\t')
}

// appendPhoenixActor appends the Full, Entity, Role and Attribute columns
// of an actor code.
func appendPhoenixActor(r []string, code string) []string {
	if code == "" || code == demarche.NoActor {
		return append(r, code, "", "", "")
	}
	part := func(i, j int) string {
		if i >= len(code) {
			return ""
		}
		return code[i:min(j, len(code))]
	}
	entity := part(0, 3)
	if entity == demarche.NoActor {
		entity = ""
	}
	return append(r, code, entity, part(3, 6), part(6, len(code)))
}

// eventDate parses the event's ISO date, failing with an EINVALID error
// naming the event.
func eventDate(e *demarche.Event) (time.Time, error) {
	t, err := time.Parse(demarche.DateLayout, e.Date)
	if err != nil {
		return t, demarche.Errorf(demarche.EINVALID, "event %s: date %q is not YYYY-MM-DD", e.ID, e.Date)
	}
	return t, nil
}
