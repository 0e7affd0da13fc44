package coder

import (
	"strings"
	"sync"

	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

// The word sets of the knowledge files that the analysis reads (see
// dict/data/05-analysis.txt); a user's --dict file may extend them.
const (
	setSpeakerGov     = "SPEAKER_GOV"
	setSpeakerPeople  = "SPEAKER_PEOPLE"
	setSpeakerVenue   = "SPEAKER_VENUE"
	setStateHeads     = "STATE_HEADS"
	setGenericHeads   = "GENERIC_HEADS"
	setSpeechNouns    = "SPEECH_NOUNS"
	setIntentNouns    = "INTENT_NOUNS"
	setNounGovernors  = "NOUN_GOVERNORS"
	setHistoricalCues = "HISTORICAL_CUES"
	setIntentVerbs    = "INTENT_VERBS"
	setOccasionVerbs  = "OCCASION_VERBS"
	setPerformatives  = "PERFORMATIVES"
	setNegatingNouns  = "NEGATING_NOUNS"
	setDepictions     = "DEPICTIONS"
	setCensureWords   = "CENSURE_WORDS"
	setPraiseWords    = "PRAISE_WORDS"
	setPerformFrames  = "PERFORMATIVE_FRAMES"
	setForeignMarks   = "FOREIGN_MARKS"
	setDecorations    = "DECORATIONS"
)

// analysisSets are the knowledge files' word sets the analysis consults,
// as sets of phrases (tokens joined by one space).
type analysisSets struct {
	stateHeads, genericHeads, speechNouns, intentNouns, nounGovernors, historicalCues, intentVerbs, occasionVerbs, performatives, negatingNouns, depictions, censure, praise, performFrames, foreignMarks, decorations map[string]bool
	// the sets of 06-analysis-words.txt read for every token, resolved
	// once (lower-cased, as lowered gives them)
	splitAdverbs, gerundCompounds, placeStopwords map[string]bool
	// named holds every word set of the knowledge as phrases, lower the
	// same lower-cased: the sets read by the rules of one file
	// (located.go, ungdframes.go, ungdlists.go …), built once with the coder
	named, lower map[string]map[string]bool
	// longest holds the number of words of each set's longest phrase
	longest map[string]int
	// speaker phrases by first token: the words of the speaking state's
	// own voice, and whether they name its people rather than its government
	speaker map[string][]speakerPhrase
	// stance holds the formulas of statements that deny or decline to
	// comment (coder/stance.go)
	stance stanceSets
}

type speakerPhrase struct {
	words  []string
	people bool
	venue  bool // the assembly the speaker addresses ("this Assembly"): the UN
}

// venueActor is the actor the SPEAKER_VENUE phrases name: a government's
// own statement in this project's streams is given at the United Nations.
var venueActor = &dict.ActorPhrase{Kind: dict.KindOrg, Code: "IGOUNO", Pos: dict.Pos{File: "coder: the assembly a speaker addresses (SPEAKER_VENUE)"}}

// words returns the word set name of the knowledge as phrases (nil when
// the knowledge has none).
func (a *analysisSets) words(name string) map[string]bool { return a.named[name] }

// lowered returns the word set name with lower-case keys.
func (a *analysisSets) lowered(name string) map[string]bool { return a.lower[name] }

func wordSet(d *dict.Dict, name string) map[string]bool {
	out := map[string]bool{}
	if ws := d.Sets[name]; ws != nil {
		for _, ph := range ws.Phrases {
			out[strings.Join(ph, " ")] = true
		}
	}
	return out
}

func loadSets(d *dict.Dict) analysisSets {
	named, lower := map[string]map[string]bool{}, map[string]map[string]bool{}
	longest := map[string]int{}
	for name, ws := range d.Sets {
		named[name], lower[name] = wordSet(d, name), lowerSet(d, name)
		for _, ph := range ws.Phrases {
			longest[name] = max(longest[name], len(ph))
		}
	}
	n := func(name string) map[string]bool { return named[name] }
	a := analysisSets{
		stateHeads: n(setStateHeads), genericHeads: n(setGenericHeads),
		speechNouns: n(setSpeechNouns), intentNouns: n(setIntentNouns),
		nounGovernors: n(setNounGovernors), historicalCues: n(setHistoricalCues),
		intentVerbs: n(setIntentVerbs), occasionVerbs: n(setOccasionVerbs),
		performatives: n(setPerformatives), negatingNouns: n(setNegatingNouns),
		depictions: n(setDepictions),
		censure:    n(setCensureWords), praise: n(setPraiseWords),
		performFrames: n(setPerformFrames), foreignMarks: n(setForeignMarks),
		decorations: n(setDecorations),
		speaker:     map[string][]speakerPhrase{},
		named:       named, lower: lower, longest: longest,
		splitAdverbs: lower[setSplitAdverbs], gerundCompounds: lower[setGerundCompounds],
		placeStopwords: lower[setPlaceStopwords],
	}
	a.stance = loadStanceSets(d)
	for _, set := range []string{setSpeakerGov, setSpeakerPeople, setSpeakerVenue} {
		if ws := d.Sets[set]; ws != nil {
			for _, ph := range ws.Phrases {
				if len(ph) > 0 {
					a.speaker[ph[0]] = append(a.speaker[ph[0]], speakerPhrase{ph, set == setSpeakerPeople, set == setSpeakerVenue})
				}
			}
		}
	}
	for k, v := range a.speaker { // longest first
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		a.speaker[k] = v
	}
	return a
}

// speakers caches the actor phrases that stand for a speaker's voice.
type speakers struct {
	mu sync.RWMutex
	m  map[string]*dict.ActorPhrase // code → phrase
}

func (sp *speakers) phrase(code string) *dict.ActorPhrase {
	sp.mu.RLock()
	a := sp.m[code]
	sp.mu.RUnlock()
	if a != nil {
		return a
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if a = sp.m[code]; a == nil {
		a = &dict.ActorPhrase{Kind: dict.KindOrg, Code: code, Pos: dict.Pos{File: "coder: the document's speaker " + code}}
		sp.m[code] = a
	}
	return a
}

// resolveCountry turns a document's country field (an ISO 3166 alpha-3
// code, a country's name, or an organisation's name such as "EU") into an
// actor code, or "" when the dictionaries do not know it.
func (c *Coder) resolveCountry(country string) string {
	country = strings.TrimSpace(country)
	if country == "" {
		return ""
	}
	if up := strings.ToUpper(country); len(up) == 3 && c.d.Countries[up] != nil {
		return up
	}
	return c.actorNamed(country)
}

// actorNamed returns the code of the country or organisation whose name is
// exactly name (a name, not an adjective or a person), or "".
func (c *Coder) actorNamed(name string) string {
	toks := nlp.Tokenize(name, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	for _, a := range c.d.Actors {
		if (a.Kind == dict.KindName || a.Kind == dict.KindOrg) && equalWords(a.Words, words) && len(a.Code) >= 3 {
			return a.Code
		}
	}
	return ""
}

// speakerAt matches a phrase of the speaker's own voice at token i ("we",
// "my Government", "our people") when the document names its speaker.
func (s *sentence) speakerAt(i int) *mention {
	sp := s.doc.speaker
	if sp == "" {
		return nil
	}
	for _, ph := range s.c.sets.speaker[s.toks[i].Norm] {
		n := len(ph.words)
		if i+n > len(s.toks) {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if s.toks[i+k].Norm != ph.words[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if t := s.toks[i].Text; n == 1 && (t == "US" || t == "Us" && i > 0) {
			continue // "US" is the United States, not "us"
		}
		if ph.venue && s.venueNameGoesOn(i+n) {
			continue // "the Organization for Security and Co-operation …" (ungdlists.go)
		}
		if ph.venue {
			return &mention{i: i, j: i + n, actor: venueActor}
		}
		code := sp
		if len(sp) == 3 {
			code = sp + "GOV"
			if ph.people {
				code = sp + "CVL"
			}
		}
		return &mention{i: i, j: i + n, actor: s.c.speakerVoice.phrase(code), speaker: true}
	}
	return s.speakerStyleAt(i) // voiceacts.go
}
