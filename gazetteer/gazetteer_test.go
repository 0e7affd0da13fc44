package gazetteer

import (
	"bytes"
	"compress/gzip"
	"runtime"
	"strings"
	"testing"
)

func TestNorthKoreanPlaces(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Pyongyang", "Kaesong", "Sinuiju", "Wonsan", "Hamhung", "Chongjin", "Rason",
		"Nampho", "Nampo", "Mt. Kumgang", "Kumgangsan", "Panmunjom", "Mt. Paektu", "Haeju", "Sariwon", "Hyesan", "Kanggye",
		"South Hamgyong Province", "North Phyongan", "Ryanggang Province", "Jagang Province"} {
		p := g.Lookup(Key(name))
		if p == nil || p.Country != "PRK" {
			t.Errorf("%s: %+v, want a place in PRK", name, p)
		}
	}
	for _, tt := range []struct{ name, country string }{
		{"Seoul", "KOR"}, {"Kyonggi Province", "KOR"}, {"Jeju Island", "KOR"}, {"Beijing", "CHN"}, {"Moscow", "RUS"}, {"Vladivostok", "RUS"}, {"Tokyo", "JPN"},
		{"Washington", "USA"}, {"New York", "USA"}, {"Havana", "CUB"}, {"Port-au-Prince", "HTI"}, {"Pristina", "KSV"},
	} {
		if p := g.Lookup(Key(tt.name)); p == nil || p.Country != tt.country {
			t.Errorf("%s: %+v, want %s", tt.name, p, tt.country)
		}
	}
	if c := g.Capital("PRK"); c == nil || c.Name != "Pyongyang" || c.Lat < 38 || c.Lat > 40 {
		t.Errorf("capital of PRK: %+v", c)
	}
	if p := g.Lookup(Key("Kaesong")); p.ID == 0 {
		t.Error("Kaesong should be GeoNames' entry, with its id")
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"Ch'ŏngjin": "chongjin", "Namp’o": "nampo", "Port-au-Prince": "port au prince",
		"Mt. Kumgang": "mt kumgang", "São Paulo": "sao paulo", "": ""} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
	if KeyWord("seoul") != "seoul" || KeyWord("kaesŏng") != "kaesong" || KeyWord("mt.") != "mt" {
		t.Error("KeyWord")
	}
}

func TestLoadErrors(t *testing.T) {
	for _, supp := range []string{
		"0\tX\tPRK\t99\t0\t0\tP\n",              // latitude out of range
		"0\tX\tPRK\tabc\t0\t0\tP\n",             // not a number
		"0\tX\tPRK\t1\t2\n",                     // too few fields
		"alias\tFoo\tPRK\tNo Such Place Here\n", // unknown alias target
	} {
		if _, err := Load(placesGz, []byte(supp)); err == nil {
			t.Errorf("supplement %q: no error", supp)
		}
	}
	if _, err := Load([]byte("not gzip"), nil); err == nil {
		t.Error("bad table: no error")
	}
}

func TestCountryCodes(t *testing.T) {
	for _, tt := range [][3]string{{"KP", "PRK", "KN"}, {"KR", "KOR", "KS"}, {"CN", "CHN", "CH"}, {"RU", "RUS", "RS"},
		{"US", "USA", "US"}, {"DE", "DEU", "GM"}, {"GB", "GBR", "UK"}, {"XK", "KSV", "KV"}} {
		if ISO3(tt[0]) != tt[1] || FIPS(tt[1]) != tt[2] {
			t.Errorf("%v: ISO3 %s FIPS %s", tt, ISO3(tt[0]), FIPS(tt[1]))
		}
	}
}

// BenchmarkLoad measures the first use of the gazetteer: decompressing and
// indexing the embedded table.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var g *Gazetteer
	for b.Loop() {
		var err error
		if g, err = Load(placesGz, supplement); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(g.Len()), "places")
	b.ReportMetric(float64(len(placesGz)+len(supplement)), "embedded-bytes")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "heap-MB")
}

// FuzzSupplement: a bad supplement gives an error naming the line, never a
// panic.
func FuzzSupplement(f *testing.F) {
	f.Add("0\tX|Y\tPRK\t1\t2\t0\tL\n")
	f.Add("alias\tNampho\tPRK\tNamp’o\n")
	f.Add("\t\t\t\n#\n")
	var tiny bytes.Buffer
	zw := gzip.NewWriter(&tiny)
	zw.Write([]byte("# a small table\n1871859\tPyongyang\tPRK\t39.03385\t125.75432\t3222000\tC\n1873757\tNamp’o\tPRK\t38.7375\t125.40778\t455000\tP\n"))
	zw.Close()
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := Load(tiny.Bytes(), []byte(s)); err != nil && !strings.Contains(err.Error(), "supplement.tsv") {
			t.Errorf("error without the file: %v", err)
		}
	})
}
