package coder

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/shared"
)

func TestPlaces(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		text, source   string
		headline       bool
		place, country string
		target         string // of the first event; "" to skip
	}{
		// a visit's named destination gives its host
		{"The DPRK trade delegation arrived in Vladivostok on Tuesday.", "KCNA", false, "Vladivostok", "RUS", "RUS"},
		{"The Chinese delegation visited Kaesong.", "KCNA", false, "Kaesŏng", "PRK", "PRK"},
		// a domestic trip: the place, and the publication's own country as
		// the place visited (the convention of field guidance, 042 → PRK)
		{"Kim Jong Il visited Wonsan.", "KCNA", false, "Wŏnsan", "PRK", "PRK"},
		// the place of a meeting, in its clause
		{"Russia's foreign minister met the Chinese foreign minister in Beijing on Friday.", "", false, "Beijing", "CHN", ""},
		{"Military officers of the DPRK held talks with the U.S. forces at Panmunjom on Monday.", "", false, "Panmunjom", "PRK", ""},
		// an opening "In X,"
		{"In Havana, the Cuban foreign minister praised the DPRK.", "", false, "Havana", "CUB", ""},
		// KCNA's "here": the publication's capital
		{"The Lao party delegation arrived here on Monday.", "KCNA", false, "Pyongyang", "PRK", "PRK"},
		// a KCNA spelling of the supplement
		{"The Russian government delegation arrived in Nampho on Monday.", "KCNA", false, "Namp’o", "PRK", "PRK"},
		// no place: none named, or a name that is part of a longer one
		{"Russia's foreign minister praised the Chinese foreign minister.", "", false, "", "", ""},
		{"The Cuban ambassador praised the Pyongyang Municipal People's Committee.", "", false, "", "", ""},
		// a word that is a city's name in a headline's capitals
		{"Cuban Foreign Minister Praises DPRK in Nice Words", "", true, "", "", ""},
	}
	for _, tt := range tests {
		doc := &demarche.Document{ID: "d", Date: "2011-05-02", Source: tt.source, Language: "en"}
		if tt.headline {
			doc.Title = tt.text
		} else {
			doc.Text = tt.text
		}
		out, err := c.Code(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		e := out.Events[0]
		if e.Place != tt.place || e.PlaceCountry != tt.country || tt.target != "" && e.Target != tt.target {
			t.Errorf("%q: place %q %q target %q; want %q %q %q", tt.text, e.Place, e.PlaceCountry, e.Target, tt.place, tt.country, tt.target)
		}
		if e.Place != "" && (e.Lat == 0 || e.Lon == 0) {
			t.Errorf("%q: no coordinates", tt.text)
		}
		if e.ID != demarche.EventID("d", e.Sentence, e.VerbSpan, e.Source, e.Target, e.CAMEO) {
			t.Errorf("%q: the id does not hash the final target", tt.text)
		}
	}
}

// TestPlacesKCNA measures how many events of KCNA 2011 get a location and
// prints a reproducible sample of 50 located events to be read by eye.
func TestPlacesKCNA(t *testing.T) {
	if testing.Short() {
		t.Skip("codes a year of KCNA")
	}
	docs := shared.Stories(t, "corpora/kcna/kcna-2011.jsonl.gz")
	c := builtinCoder(t)
	var all, located, here, hosts int
	var sample []demarche.Event
	for _, d := range docs {
		out, err := c.Code(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range out.Events {
			all++
			if e.Place != "" {
				located++
				sample = append(sample, e)
				if e.Place == "Pyongyang" && !containsFold(e.Text, "pyongyang") {
					here++
				}
			}
			if e.CAMEO == "042" && e.TargetText != "" && e.Target == e.PlaceCountry && e.TargetText != "here" {
				hosts++
			}
		}
	}
	t.Logf("KCNA 2011: %d events, %d (%.1f%%) with a place, %d of them Pyongyang by \"here\"; %d visits whose host is a named place's country",
		all, located, 100*float64(located)/float64(max(all, 1)), here, hosts)
	r := rand.New(rand.NewPCG(11, 11))
	r.Shuffle(len(sample), func(i, j int) { sample[i], sample[j] = sample[j], sample[i] })
	for _, e := range sample[:min(50, len(sample))] {
		t.Log(fmt.Sprintf("%s %s→%s %s @ %s (%s): %.160s", e.Doc, e.Source, e.Target, e.CAMEO, e.Place, e.PlaceCountry, e.Text))
	}
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		match := true
		for k := 0; k < len(sub); k++ {
			c := s[i+k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[k] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// TestPlacesDevSets prints, for the development sets, how many coded events
// get a place, and each placed event with its sentence, to be read by eye.
func TestPlacesDevSets(t *testing.T) {
	c := builtinCoder(t)
	for _, f := range []string{"corpora/dev/kcna-dev-100.jsonl", "corpora/dev2/kcna-dev2.jsonl"} {
		items := loadGold(t, shared.File(t, f))
		var all, located int
		for _, it := range items {
			_, events, err := c.Explain(it.Text, it.Date, it.Source, strings.Contains(it.ID, "-h-"))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range events {
				all++
				if e.Place != "" {
					located++
					t.Logf("  %s %s→%s %s @ %s (%s): %.140s", it.ID, e.Source, e.Target, e.CAMEO, e.Place, e.PlaceCountry, it.Text)
				}
			}
		}
		t.Logf("%s: %d items, %d events, %d with a place", f, len(items), all, located)
	}
}
