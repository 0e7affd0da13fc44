// Package gazetteer knows the world's places that news names: capitals,
// regional seats and cities, from GeoNames (geonames.org, CC BY 4.0; the
// table data/places.tsv.gz is reduced from it by internal/gazgen), and a
// supplement of North Korean places and their KCNA spellings written for
// this project (data/supplement.tsv). Both are embedded; the index is built
// on first use.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kinds of places.
const (
	KindCapital  = "C" // a national capital (GeoNames PPLC)
	KindSeat     = "A" // the seat of a first-order division (PPLA)
	KindCity     = "P" // another city above the population threshold
	KindLandmark = "L" // a site, mountain or zone of the supplement
)

// Place is one place of the gazetteer.
type Place struct {
	ID         int64   // GeoNames id; 0 for a place of the supplement
	Name       string  // the name as GeoNames (or the supplement) writes it
	Country    string  // ISO 3166-1 alpha-3, as the project's actor codes
	Lat, Lon   float64 // degrees
	Population int64
	Kind       string
}

// MaxWords is the most words a place name has in the index.
const MaxWords = 5

//go:embed data/places.tsv.gz
var placesGz []byte

//go:embed data/supplement.tsv
var supplement []byte

// Gazetteer is the loaded table and its name index.
type Gazetteer struct {
	places  []Place
	byName  map[string][]int // Key of a name → places, best first
	capital map[string]int   // country → its capital
}

var (
	once   sync.Once
	loaded *Gazetteer
	errLd  error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	once.Do(func() { loaded, errLd = Load(placesGz, supplement) })
	return loaded, errLd
}

// Load reads a gzipped GeoNames table in the format of internal/gazgen and
// a supplement (see data/supplement.tsv) into a gazetteer.
func Load(tableGz, supp []byte) (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tableGz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer table: %v", err)
	}
	g := &Gazetteer{byName: map[string][]int{}, capital: map[string]int{}}
	if err := g.read(zr, "places.tsv.gz", false); err != nil {
		return nil, err
	}
	if err := g.read(bytes.NewReader(supp), "supplement.tsv", true); err != nil {
		return nil, err
	}
	for k, ids := range g.byName {
		g.byName[k] = g.rank(ids)
	}
	return g, nil
}

func (g *Gazetteer) read(r interface{ Read([]byte) (int, error) }, file string, supp bool) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		if supp && f[0] == "alias" {
			// alias <TAB> new names <TAB> country <TAB> name of a table place
			if len(f) != 4 {
				return fmt.Errorf("%s:%d: an alias has 4 fields, got %d", file, line, len(f))
			}
			ids := g.byName[Key(f[3])]
			found := -1
			for _, i := range ids {
				if g.places[i].Country == f[2] {
					found = i
					break
				}
			}
			if found < 0 {
				return fmt.Errorf("%s:%d: no place %q in %s", file, line, f[3], f[2])
			}
			for _, n := range strings.Split(f[1], "|") {
				g.add(n, found)
			}
			continue
		}
		if len(f) != 7 {
			return fmt.Errorf("%s:%d: want 7 tab-separated fields, got %d", file, line, len(f))
		}
		var p Place
		var errs [4]error
		p.ID, errs[0] = strconv.ParseInt(f[0], 10, 64)
		p.Lat, errs[1] = strconv.ParseFloat(f[3], 64)
		p.Lon, errs[2] = strconv.ParseFloat(f[4], 64)
		p.Population, errs[3] = strconv.ParseInt(f[5], 10, 64)
		for i, e := range errs {
			if e != nil {
				return fmt.Errorf("%s:%d: field %s: %v", file, line, [...]string{"geonameid", "lat", "lon", "population"}[i], e)
			}
		}
		names := strings.Split(f[1], "|")
		p.Name, p.Country, p.Kind = names[0], f[2], f[6]
		if len(p.Country) != 3 || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			return fmt.Errorf("%s:%d: bad country or coordinates", file, line)
		}
		g.places = append(g.places, p)
		i := len(g.places) - 1
		for _, n := range names {
			g.add(n, i)
		}
		if p.Kind == KindCapital {
			if c, ok := g.capital[p.Country]; !ok || g.places[c].Population < p.Population {
				g.capital[p.Country] = i
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", file, err)
	}
	return nil
}

func (g *Gazetteer) add(name string, i int) {
	k := Key(name)
	if k == "" || strings.Count(k, " ") >= MaxWords {
		return
	}
	for _, j := range g.byName[k] {
		if j == i {
			return
		}
	}
	g.byName[k] = append(g.byName[k], i)
}

// rank orders the places of one name: the supplement's first (it is
// written for the texts this project reads), then capitals, regional seats
// and the rest, each by population.
func (g *Gazetteer) rank(ids []int) []int {
	rankOf := func(p *Place) int {
		switch {
		case p.ID == 0:
			return 0
		case p.Kind == KindCapital:
			return 1
		case p.Kind == KindSeat:
			return 2
		}
		return 3
	}
	out := append([]int(nil), ids...)
	for a := 1; a < len(out); a++ {
		for b := a; b > 0; b-- {
			x, y := &g.places[out[b-1]], &g.places[out[b]]
			if rankOf(y) < rankOf(x) || rankOf(y) == rankOf(x) && y.Population > x.Population {
				out[b-1], out[b] = out[b], out[b-1]
			} else {
				break
			}
		}
	}
	return out
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Lookup returns the best place of a name Key, or nil.
func (g *Gazetteer) Lookup(key string) *Place {
	if ids := g.byName[key]; len(ids) > 0 {
		return &g.places[ids[0]]
	}
	return nil
}

// Capital returns the capital of a country (alpha-3), or nil.
func (g *Gazetteer) Capital(country string) *Place {
	if i, ok := g.capital[country]; ok {
		return &g.places[i]
	}
	return nil
}

// Key returns the form under which a name is indexed: its words in lower
// case without diacritics, apostrophes or periods, joined by one space
// ("Ch'ŏngjin" → "chongjin", "Port-au-Prince" → "port au prince").
func Key(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == '‘', r == 'ʼ', r == '`', r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// KeyWord returns the Key of one word (a token), allocation-free when the
// word is plain lower-case ASCII.
func KeyWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return Key(w)
		}
	}
	return w
}
