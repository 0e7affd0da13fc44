// Package coder turns documents into CAMEO events. It reads each sentence
// with the dictionaries of package dict: it finds the actors, the verbs and
// event nouns of the verb classes, the clause around each verb (subject,
// objects, voice, negation, modality, reported speech), matches the class's
// patterns and keeps the events the sentence asserts, each with the spans and
// the dictionary rule that prove it.
package coder

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
	"github.com/demarche-project/demarche/parser"
)

// MaxSentenceTokens bounds the work on one sentence: longer "sentences"
// (tables, lists without punctuation) are cut into pieces of this size.
const MaxSentenceTokens = 150

// Coder codes documents with one set of dictionaries. It is safe for
// concurrent use.
type Coder struct {
	d        *dict.Dict
	lx       *lexicon
	tax      *cameo.Taxonomy
	tagger   *nlp.Tagger
	patterns map[*dict.VerbClass][]weightedPattern

	homeMu sync.RWMutex
	homes  map[string]string // publication → country, for "here"

	// "Korean" read in a publication of its country: home → word → phrase;
	// the word with " *" appended is its reading as a person
	korean map[string]map[string]*dict.ActorPhrase

	sets          analysisSets    // the word sets the analysis reads
	irregularPast map[string]bool // "fought", "sent": irregular forms that are not -ing or -s
	speakerVoice  speakers        // actor phrases of documents' speakers
	deps          *parser.Model   // the dependency parser of the second reading (coder/tree.go)
	trees         treeStats       // what the second reading did (coder/tree.go)
}

// ownPhrase returns the phrase that reads w alone ("Korean", "Koreans") as
// the publication's own country, or nil (the country blocks' own fields).
func (c *Coder) ownPhrase(home, w string) *dict.ActorPhrase {
	return c.korean[home][w]
}

var _ demarche.Coder = (*Coder)(nil)

// New returns a coder for the dictionary d. It fails when a pattern names a
// CAMEO code the taxonomy does not have, or when the tagger model cannot load.
func New(d *dict.Dict) (*Coder, error) {
	tagger, err := nlp.NewTagger()
	if err != nil {
		return nil, err
	}
	deps, err := parser.English()
	if err != nil {
		return nil, err
	}
	c := &Coder{d: d, lx: compile(d), tax: cameo.Default(), tagger: tagger, deps: deps,
		patterns: map[*dict.VerbClass][]weightedPattern{}, homes: map[string]string{}, korean: map[string]map[string]*dict.ActorPhrase{}}
	c.sets = loadSets(d)
	c.irregularPast = map[string]bool{}
	for _, forms := range d.Irregular {
		for _, f := range forms {
			if !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") {
				c.irregularPast[f] = true
			}
		}
	}
	c.speakerVoice.m = map[string]*dict.ActorPhrase{}
	for code, ctry := range d.Countries {
		for _, w := range ctry.OwnNames {
			if c.korean[code] == nil {
				c.korean[code] = map[string]*dict.ActorPhrase{}
			}
			c.korean[code][w+" !"] = &dict.ActorPhrase{Words: []string{w}, Kind: dict.KindName, Code: code,
				Pos: dict.Pos{File: "\"" + w + "\" in a publication of " + code + " (" + ctry.Pos.String() + ")"}}
		}
		for kind, words := range map[dict.NameKind][]string{dict.KindAdjective: ctry.Own, dict.KindDemonym: ctry.OwnDemonyms} {
			for _, w := range words {
				pos := dict.Pos{File: "\"" + w + "\" alone in a publication of " + code + " (" + ctry.Pos.String() + ")"}
				if c.korean[code] == nil {
					c.korean[code] = map[string]*dict.ActorPhrase{}
				}
				c.korean[code][w] = &dict.ActorPhrase{Words: []string{w}, Kind: kind, Code: code, Pos: pos}
				// the adjective not followed by a noun is a person ("Korean in Russia")
				c.korean[code][w+" *"] = &dict.ActorPhrase{Words: []string{w}, Kind: dict.KindDemonym, Code: code, Pos: pos}
			}
		}
	}
	var errs []string
	check := func(code string, pos dict.Pos) {
		if code == dict.NoCode || code == "" {
			return
		}
		if _, ok := c.tax.Lookup(code); !ok {
			errs = append(errs, fmt.Sprintf("%s: unknown CAMEO code %s", pos, code))
		}
	}
	for _, vc := range d.Verbs {
		check(vc.Code, vc.Pos)
		check(vc.Refuse, vc.Pos)
		ps := make([]weightedPattern, len(vc.Patterns))
		for i, p := range vc.Patterns {
			ps[i] = weightedPattern{p, p.Weight()}
			check(p.Code, p.Pos)
		}
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].w > ps[j].w })
		c.patterns[vc] = ps
	}
	if len(errs) > 0 {
		return nil, demarche.Errorf(demarche.EINVALID, "dictionary: %s", strings.Join(errs, "; "))
	}
	return c, nil
}

// Version identifies the dictionaries and the coder's logic.
func (c *Coder) Version() string { return c.lx.version }

// Dict returns the coder's dictionary.
func (c *Coder) Dict() *dict.Dict { return c.d }

// Code splits the document into sentences and codes each; it records the
// document's language on doc when the input gave none (coder/language.go).
func (c *Coder) Code(ctx context.Context, doc *demarche.Document) (*demarche.Coded, error) {
	if doc.ID == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "document without an id")
	}
	date, err := demarche.ParseDate(doc.Date)
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "document %s: date: %v", doc.ID, err)
	}
	if err := demarche.CheckDocumentDate(date, time.Now()); err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "document %s: date: %v", doc.ID, err)
	}
	setLanguage(doc) // coder/language.go
	english := codesLanguage(doc.Language)
	body, headline := doc.Body()
	out := &demarche.Coded{Doc: doc}
	ds := c.newDoc(doc.ID, date, doc.Source)
	headline = headline || ds.bareHeadlines && bareLine(body) // coder/bareline.go
	if doc.Country != "" {
		ds.speaker = c.resolveCountry(doc.Country)
	}
	// Sentences are tokenized a window at a time (nlp.EachSentence): the
	// memory needed beyond the result is bounded by a window of text and
	// one sentence, whatever the document's length.
	i := 0
	var err2 error
	eachBodySentence(body, headline, func(seg nlp.Segment) bool {
		if i%64 == 0 && ctx.Err() != nil {
			err2 = ctx.Err()
			return false
		}
		sent := demarche.Sentence{Doc: doc.ID, Index: i, Text: body[seg.Start:seg.End], Start: seg.Start, End: seg.End, Headline: headline}
		out.Sentences = append(out.Sentences, sent)
		if english {
			out.Events = append(out.Events, c.codeSegment(ds, body, seg, i, headline, nil)...)
		}
		i++
		return true
	})
	if err2 != nil {
		return nil, err2
	}
	return out, nil
}

// eachBodySentence calls fn with the sentences of a body, as splitBody
// returns them, a window of text at a time.
func eachBodySentence(body string, headline bool, fn func(nlp.Segment) bool) {
	if headline {
		for _, s := range splitBody(body, true) {
			if !fn(s) {
				return
			}
		}
		return
	}
	nlp.EachSentence(body, func(s nlp.Segment) bool {
		for len(s.Tokens) > MaxSentenceTokens {
			head := s.Tokens[:MaxSentenceTokens]
			if !fn(nlp.Segment{Start: head[0].Start, End: head[len(head)-1].End(), Tokens: head}) {
				return false
			}
			s.Tokens = s.Tokens[MaxSentenceTokens:]
			s.Start = s.Tokens[0].Start
		}
		return fn(s)
	})
}

// splitBody splits a body into sentences (a headline is one sentence) and
// cuts overlong ones.
func splitBody(body string, headline bool) []nlp.Segment {
	var segs []nlp.Segment
	if headline {
		toks := nlp.Tokenize(body, 0)
		if len(toks) > 0 {
			segs = []nlp.Segment{{Start: toks[0].Start, End: toks[len(toks)-1].End(), Tokens: toks}}
		}
	} else {
		segs = nlp.Split(body)
	}
	var out []nlp.Segment
	for _, s := range segs {
		for len(s.Tokens) > MaxSentenceTokens {
			head := s.Tokens[:MaxSentenceTokens]
			out = append(out, nlp.Segment{Start: head[0].Start, End: head[len(head)-1].End(), Tokens: head})
			s.Tokens = s.Tokens[MaxSentenceTokens:]
			s.Start = s.Tokens[0].Start
		}
		out = append(out, s)
	}
	return out
}

func (c *Coder) newDoc(id, date, source string) *docState {
	ds := &docState{id: id, date: date, home: c.home(source), known: map[string]*dict.Person{}}
	if src := c.d.Sources[dict.SourceKey(source)]; src != nil {
		ds.speaker = src.Speaker
		ds.bareHeadlines = src.BareHeadlines
	}
	return ds
}

// home returns the country of a publication named in a document's source
// field ("KCNA" → PRK), or "".
func (c *Coder) home(source string) string {
	if source == "" {
		return ""
	}
	c.homeMu.RLock()
	h, ok := c.homes[source]
	c.homeMu.RUnlock()
	if ok {
		return h
	}
	if src := c.d.Sources[dict.SourceKey(source)]; src != nil && src.Home != "" {
		h = src.Home
		c.homeMu.Lock()
		c.homes[source] = h
		c.homeMu.Unlock()
		return h
	}
	toks := nlp.Tokenize(source, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	for _, a := range c.d.Actors {
		if a.Kind != dict.KindPerson && equalWords(a.Words, words) && len(a.Code) >= 3 {
			h = a.Code[:3]
			break
		}
	}
	c.homeMu.Lock()
	c.homes[source] = h
	c.homeMu.Unlock()
	return h
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// codeSegment codes one sentence of a document.
func (c *Coder) codeSegment(ds *docState, body string, seg nlp.Segment, index int, headline bool, tr *Trace) []demarche.Event {
	if len(seg.Tokens) == 0 {
		return nil
	}
	c.trees.sentences.Add(1)
	seg.Tokens = dropEmphasis(seg.Tokens) // markup.go
	if len(seg.Tokens) == 0 {
		return nil
	}
	dateline := ""
	if !headline && ds.home == "" {
		if n := datelineEnd(seg.Tokens); n > 0 { // coder/dateline.go
			dateline = c.datelineCountry(ds, seg.Tokens[:n], body[seg.Start:seg.Tokens[n-1].End()], seg.Start)
			seg.Tokens, seg.Start = seg.Tokens[n:], seg.Tokens[n].Start
		}
	}
	litote := ""
	if ds.speaker != "" && !headline {
		seg.Tokens, litote = c.dropLitotes(seg.Tokens) // coder/litotes.go
	}
	s := &sentence{c: c, doc: ds, toks: seg.Tokens, text: body[seg.Start:seg.End], base: seg.Start, headline: headline, index: index, trace: tr, dateline: dateline}
	if litote != "" {
		s.note(litote)
	}
	s.findMentions()
	if !headline && s.titleCased() { // analysisprose.go
		s.headline = true
	}
	if !s.worthTagging() {
		if tr != nil {
			s.tagSentence()
			s.fillTrace()
			s.traceParse() // coder/tree.go
			s.note("no actor or no verb of the dictionaries: nothing to code")
		}
		return nil
	}
	s.tagSentence()
	if tr != nil {
		s.fillTrace()
		s.traceParse() // coder/tree.go
		s.tracePhrases()
	}
	cands := s.headlineSpeakerOn(s.secondReading(s.codeSentence()))                                                      // kcnaforms.go
	cands = s.requiredActs(s.youAddressee(s.jointActs(s.sharedObjects(cands))))                                          // address.go
	cands = s.placedJointActs(cands)                                                                                     // placedjointacts.go
	cands = s.figurativeForce(s.stateProtests(s.requestedMeans(s.appealTargets(cands))))                                 // appeals.go
	cands = s.requestedActs(s.appealObjects(cands))                                                                      // appealobjects.go
	cands = s.condemnedVictims(cands)                                                                                    // condemnedvictims.go
	cands = s.silentClasses(cands)                                                                                       // kcnasilent.go
	cands = s.headlineReadings(cands)                                                                                    // headlinegrammar.go
	s.colonDemands(cands)                                                                                                // headlinedemands.go
	cands = s.placeTargets(s.protestVenues(s.placeSectorSources(s.brokeredDeals(s.crowdTargets(s.aidCarriers(cands)))))) // wireactors.go
	cands = s.protestObjects(s.protestSeats(cands))                                                                      // protesttargets.go, protestobjects.go
	cands = s.releaseDemandTargets(s.staffOfTargets(s.ownedFacilityTargets(cands)))                                      // wiretargets.go
	cands = s.peopleInCapitalTargets(cands)                                                                              // wiretargets.go
	cands = s.ungdVoiceTargets(cands)                                                                                    // ungdvoice.go
	cands = s.voiceActReadings(cands)                                                                                    // voiceacts.go
	cands = s.sanctionsNamed(cands)                                                                                      // sanctionsfact.go
	cands = s.alongsidePartners(cands)                                                                                   // joinedpartners.go
	cands = s.gratitudeForHelp(cands)                                                                                    // gratitudeforhelp.go
	cands = s.assuredSupport(cands)                                                                                      // assuredsupport.go
	cands = s.pleasedBy(cands)                                                                                           // pleasedby.go
	cands = s.goingActs(cands)                                                                                           // ungdacts.go
	cands = s.deservedActs(cands)                                                                                        // ungdacts.go
	cands = s.possessedForceSources(cands)                                                                               // ungdacts.go
	cands = s.agreementsBetween(cands)                                                                                   // agreementsbetween.go
	cands = s.signedWith(cands)                                                                                          // signedwith.go
	cands = s.praiseAdjectives(cands)                                                                                    // praiseadjectives.go
	cands = s.ownTerritoryTargets(cands)                                                                                 // ownterritory.go
	cands = s.abstractThreats(cands)                                                                                     // abstractthreats.go
	cands = s.wishedActs(cands)                                                                                          // wishedacts.go
	cands = s.wireRootReadings(cands)                                                                                    // wireroots.go
	cands = s.sectorOnlyTargets(cands)                                                                                   // sectortargets.go
	cands = s.selfDyads(cands)                                                                                           // address.go: last, after every pass that changes a target
	cands = s.namedCounterparts(cands)                                                                                   // namedcounterparts.go: after selfDyads
	if len(cands) == 0 {
		s.carryOn(nil) // coder/wirespeakers.go
		return nil
	}
	dates := s.sentenceDates(ds.date)
	events := make([]demarche.Event, 0, len(cands))
	for _, cd := range cands {
		e := s.event(cd, ds.id, index, dateFor(dates, cd.p.v, ds.date))
		e.Confidence = s.confidence(cd)
		s.locate(&e, cd, ds.id, index) // coder/places.go
		events = append(events, e)
		if tr != nil {
			tr.Events = append(tr.Events, fmt.Sprintf("%s → %s  %s %s  «%s» «%s» «%s»  rule %s  date %s",
				e.Source, e.Target, e.CAMEO, c.codeName(e.CAMEO), e.SourceText, e.VerbText, e.TargetText, e.Rule, e.Date)+placeNote(&e)+treeNote(cd))
		}
	}
	s.carryOn(events) // coder/wirespeakers.go
	return events
}

func (c *Coder) codeName(code string) string {
	if info, ok := c.tax.Lookup(code); ok {
		return "(" + info.Name + ")"
	}
	return ""
}

// worthTagging reports whether the sentence has an actor and a word of a
// verb class; without both no event can come out, and the tagger, the most
// expensive step, is skipped.
func (s *sentence) worthTagging() bool {
	actor := false
	for _, m := range s.ments {
		if m.actor != nil || m.person != nil || m.here {
			actor = true
			break
		}
	}
	if !actor && s.doc.speaker == "" && !s.mayBeLocated() /* coder/located.go */ && !s.datelineSectors() /* coder/dateline.go */ && !s.carriedSectors() /* coder/wirespeakers.go */ {
		// (a statement with a speaker may appeal to everyone with no
		// actor named: "the international community must act")
		return false
	}
	if s.headline {
		for k := len(s.toks) - 2; k > 0; k-- {
			if s.toks[k].Norm == ":" {
				return true // "…: Rodong Sinmun": a speaker after the colon
			}
		}
		if n := len(s.toks); n > 1 && s.toks[n-1].Norm == "here" {
			return true // "Italian delegation here": a visit
		}
		for k := 1; k < len(s.toks) && k < 10; k++ {
			if s.toks[k].Norm == "on" {
				return true // "Russian FM on Iranian Nuclear Issue": coder/kcnaforms.go
			}
		}
		if s.talksNoun() {
			return true // "DPRK-Mongolia Parliamentary Talks": coder/headlinegrammar.go
		}
	}
	for k, t := range s.toks {
		for _, f := range s.c.lx.forms[t.Norm] {
			if s.restMatches(f, k+1) {
				return true
			}
		}
	}
	return false
}

// restMatches reports whether the rest of a multi-word verb ("hold
// talks": talks) follows at token k.
func (s *sentence) restMatches(f verbForm, k int) bool {
	_, ok := s.restEnd(f, k) // coder/ungdvoice.go
	return ok
}

func (s *sentence) fillTrace() {
	tr := s.trace
	for _, t := range s.toks {
		tr.Tokens = append(tr.Tokens, TraceToken{t.Text, t.Tag})
	}
	for _, m := range s.ments {
		ta := TraceActor{Text: s.spanText(m.i, m.j)}
		switch {
		case m.sector != nil:
			ta.Kind, ta.Code, ta.Rule = "sector", m.sector.Sector, m.sector.Pos.String()
			if m.sector.Title != "" {
				ta.Kind = "title " + m.sector.Title
			}
		case m.here:
			ta.Kind, ta.Code, ta.Rule = "here", s.doc.home, "the publication's country"
		case m.person != nil:
			ta.Kind, ta.Code, ta.Rule = "person", m.role.Code, m.person.Pos.String()
			ta.Role = fmt.Sprintf("%s %s (%s, %s)", m.person.Name, m.role.Title, m.role.Period(), m.role.Pos)
			if m.byName {
				ta.Kind = "person (named earlier)"
			}
		default:
			ta.Kind, ta.Code, ta.Rule = m.actor.Kind.String(), m.actor.Code, m.actor.Pos.String()
		}
		tr.Actors = append(tr.Actors, ta)
	}
}

// tracePhrases lists, for explain, the noun phrase chains of the sentence
// that name an actor, with the codes they resolve to.
func (s *sentence) tracePhrases() {
	for k := 0; k < len(s.toks); {
		if !s.startsNP(k) || !s.hasMention(k, k+1) && s.mentionAt(k) == nil && !s.hasActorAhead(k) {
			k++
			continue
		}
		e := s.chainRight(k, len(s.toks))
		if e <= k {
			k++
			continue
		}
		var codes []string
		for _, a := range s.actorsIn(k, e, true) {
			c := a.code
			if a.weak {
				c += " (modifier)"
			}
			codes = append(codes, c+" — "+a.note)
		}
		if len(codes) > 0 {
			s.trace.Phrases = append(s.trace.Phrases, fmt.Sprintf("«%s» → %s", s.spanText(k, e), strings.Join(codes, "; ")))
		}
		k = e
	}
}

// hasActorAhead reports whether the base noun phrase at k holds an actor.
func (s *sentence) hasActorAhead(k int) bool {
	return s.hasMention(k, s.npEndRight(k))
}

// Explain codes one sentence (or headline) and returns the trace of how it
// was read. date is the document date (ISO); source is the publication.
func (c *Coder) Explain(text, date, source string, headline bool) (*Trace, []demarche.Event, error) {
	return c.ExplainSpeaker(text, date, source, "", headline)
}

// ExplainSpeaker is Explain for a government's own statement: country names
// the speaking state (as a Document's Country does).
func (c *Coder) ExplainSpeaker(text, date, source, country string, headline bool) (*Trace, []demarche.Event, error) {
	d, err := demarche.ParseDate(date)
	if err != nil {
		return nil, nil, err
	}
	ds := c.newDoc("explain", d, source)
	headline = headline || ds.bareHeadlines && bareLine(text) // coder/bareline.go
	segs := splitBody(text, headline)
	tr := &Trace{Sentence: strings.TrimSpace(text), Date: d}
	if country != "" {
		ds.speaker = c.resolveCountry(country)
	}
	var events []demarche.Event
	for i, seg := range segs {
		events = append(events, c.codeSegment(ds, text, seg, i, headline, tr)...)
	}
	return tr, events, nil
}
