package demarche

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// NoActor is the actor code written when an event has no source or target.
const NoActor = "---"

// Event is one coded event: who did or said what to whom, when, with the
// evidence that proves it. The JSON field names are the documented output
// format of `demarche code` and must not change.
type Event struct {
	ID         string  `json:"id"`
	Doc        string  `json:"doc"`
	Sentence   int     `json:"sentence"`
	Date       string  `json:"date"`
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	SourceText string  `json:"source_text"`
	TargetText string  `json:"target_text"`
	VerbText   string  `json:"verb_text"`
	CAMEO      string  `json:"cameo"`
	Root       string  `json:"root"`
	Quad       int     `json:"quad"`
	Goldstein  float64 `json:"goldstein"`
	PLOVER     string  `json:"plover"`
	Text       string  `json:"sentence_text"`
	Rule       string  `json:"rule"`
	// Confidence is the estimated chance that the event is right (root,
	// source country and target country as an analyst would code them),
	// between 0 and 1, calibrated on the development sets (eval/CALIBRATION.md).
	Confidence float64 `json:"confidence"`

	// Spans locate SourceText, TargetText and VerbText in the sentence
	// (byte offsets). They are kept by the store and the API for
	// highlighting, and left out of the line formats, whose field list is
	// fixed.
	SourceSpan Span `json:"-"`
	TargetSpan Span `json:"-"`
	VerbSpan   Span `json:"-"`

	// Mode and Context are the PLOVER mode and context of the CAMEO code.
	Mode    string `json:"-"`
	Context string `json:"-"`

	// Location fields (issue 11, places): where the event took place, as
	// the coder reads it from the sentence (package gazetteer; see the
	// README). Place is the gazetteer's name of the place, PlaceCountry its
	// country (alpha-3), Lat and Lon its coordinates in degrees and PlaceID
	// its GeoNames id ("" for a place of the project's own supplement).
	// All are empty when the sentence names no place; Lat and Lon mean
	// something only when Place is set.
	Place        string  `json:"place,omitempty"`
	PlaceCountry string  `json:"place_country,omitempty"`
	Lat          float64 `json:"lat,omitempty"`
	Lon          float64 `json:"lon,omitempty"`
	PlaceID      string  `json:"place_id,omitempty"`
}

// EventID returns the stable identifier of an event: a hash of the document
// id, the sentence index, the verb span, the actor codes and the CAMEO code.
// Identical input therefore always yields identical ids, and two events of
// one sentence differ in at least one of these.
func EventID(doc string, sentence int, verb Span, source, target, cameo string) string {
	h := sha256.New()
	h.Write([]byte(doc))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, int64(sentence), 10))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, int64(verb.Start), 10))
	h.Write([]byte{0})
	h.Write([]byte(source))
	h.Write([]byte{0})
	h.Write([]byte(target))
	h.Write([]byte{0})
	h.Write([]byte(cameo))
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:10])
}

// ValidActor reports whether code has the form of an actor code: three or
// more upper-case letters or digits (PRK, RUSMIL, IGOUNO). NoActor has not.
func ValidActor(code string) bool {
	if len(code) < 3 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if c := code[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Country returns the first three letters of an actor code (the country or
// the IGO/NGO prefix), or "" for NoActor and short codes.
func Country(code string) string {
	if len(code) < 3 || code == NoActor {
		return ""
	}
	return code[:3]
}
