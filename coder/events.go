package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// candidate is an event before the sentence-level checks.
type candidate struct {
	p     *pred
	class *dict.VerbClass // the verb class coded, nil for events not read from one
	// pat is the pattern that coded it: nil for a class's default code and
	// for the events of sentence rules
	pat  *dict.Pattern
	code string
	rule string // the trace of how it was read, for people: rules test the fields, not this text
	// intended is, for an intention (036 from "plans to visit"), the code
	// of the act intended; "" for an act done
	intended string
	// censureInContent marks a statement coded 111 for the censure its
	// reported content states (statementStance)
	censureInContent bool
	// form is the headline form a headline rule read it from, or formNone
	form headlineForm
	// performative marks an act the speaker performs in saying it would
	// ("I would like to invite …"), read by modality
	performative bool
	src, tgt     actor
	noTarget     bool
	verb         [2]int
	speech       bool   // a statement whose content is reported speech
	content      [2]int // the content clause of a statement
	// unnamed is an unnamed addressee listed beside named ones ("the UN
	// and the international community"): kept beside their events
	unnamed bool
	// pairTies marks a target read as the other side of the pair whose
	// ties the event names (coder/pairties.go)
	pairTies bool
}

// headlineForm names the headline forms that headline rules read events
// from, for the rules that treat their events apart.
type headlineForm uint8

const (
	formNone         headlineForm = iota
	formOutletOn                  // "<outlet> on …" (headline.go mediaOn): its topic states its stance
	formSpeakerOn                 // "<speaker> on …" (kcnaforms.go speakerOn): likewise
	formColonSpeaker              // "…: <speaker>" (headline.go colonSpeaker)
)

// codeSentence runs the whole analysis of one sentence.
func (s *sentence) codeSentence() []candidate {
	if s.isQuestion() && !s.presupposingQuestion() /* analysisprose.go */ {
		s.note("the sentence is a question: nothing it says is asserted")
		return nil
	}
	preds := s.dropBareReplies(s.findPredicates()) // analysisprose.go
	s.preds = preds
	for _, p := range preds {
		if p.noun {
			continue
		}
		s.findSubject(p, preds)
		s.homeDelegation(p)
		s.invertedSpeaker(p)
		s.relativeSubject(p)
		s.pairSubject(p) // twosides.go
		if s.treePass {
			s.treeSubject(p) // coder/tree.go
		}
		if len(p.subj) > 0 && (p.g.finite || s.finiteVerbAt(p.v)) {
			s.prevSubj, s.prevSubjStart, s.prevSubjEnd = p.subj, p.subjSpan[0], p.subjSpan[1]
		}
	}
	s.shareCoordinatedSubjects(preds) // voice.go
	s.commaSeries(preds)              // reportedsubjects.go
	s.statementAuthors(preds)         // reportedsubjects.go
	s.quotedFirstPerson(preds)        // reportedsubjects.go
	s.behalfSubjects(preds)           // kcnasilent.go
	s.joinedSpeaker(preds)            // ungdacts.go
	var out []candidate
	for _, p := range preds {
		if s.describesObject(p, out) {
			continue
		}
		out = append(out, s.codePredicate(p, preds)...)
	}
	s.publicationTargets(out)
	s.officeTargets(out) // voice.go
	s.welcomedThings(out)
	out = s.acknowledgedPraise(out)
	s.coordinatedTargets(out)
	s.gerundMeans(out)              // ungdlists.go
	s.censuredAuthor(out)           // ungdlists.go
	out = s.listAddressees(out)     // ungdlists.go
	out = s.parallelAddressees(out) // ungdlists.go
	out = s.actsGoingTo(out)        // ungdlists.go
	s.relativeTargetLeak(out)       // ungdlists.go
	s.welcomedDecisions(out)        // ungdlists.go
	s.welcomedCompounds(out)        // ungdframes.go
	out = s.precisionReadings(out)  // unprecision.go
	s.electedAddressee(out)         // ungdlists.go
	out = s.asCitations(out)        // ungdlists.go
	s.asAppositive(out)             // ungdlists.go
	out = s.helpReceived(out)       // ungdlists.go
	s.qualifierTargets(out)         // ungdlists.go
	s.wireReadings(out)             // wire.go
	s.ownSideWarnings(out)          // analysisprose.go
	out = s.unassertedReports(out)  // analysisprose.go
	out = s.hopedActs(out)          // hopedacts.go
	out = s.unrealisedMeetings(out) // analysisprose.go
	s.crowdReadings(out)            // located.go
	s.wireHomeTargets(out)          // wireplaces.go
	s.wirePlaceTargets(out)         // wireplaces.go
	out = s.nominalSides(out)       // wireplaces.go
	out = s.tollCauses(out)         // tolls.go
	out = s.wireProseReadings(out)  // wireprose.go
	s.attitudeTargets(out)          // wireplaces.go
	s.pronounObjects(out)
	s.neighbourObjects(out)        // stance10.go
	out = s.stanceActReadings(out) // stanceacts.go
	out = s.deniedContents(out)
	out = s.stanceStatements(out)     // stance.go
	out = s.frontedAdmissions(out)    // frontedadmissions.go
	out = s.regretShortOfApology(out) // regretshort.go
	out = s.denialFormulas(out)       // denialformulas.go
	out = s.ownedActReadings(out)     // admissions.go
	out = s.appealContents(out)
	if s.headline && len(out) == 0 {
		out = s.mediaOn()
	}
	if s.headline && len(out) == 0 {
		out = s.colonSpeaker()
	}
	if s.headline && len(out) == 0 {
		out = s.headlineHere()
	}
	out = s.intentions(out)
	out = s.alleged(out)
	out = s.dropOwnOccasions(out) // ownoccasions.go
	out = s.meetingAdjuncts(out)  // meetingadjuncts.go
	out = s.pronounMeetings(out)  // pronounmeetings.go
	out = s.purposes(out)
	out = s.weighedOptions(out) // consider.go
	s.homeTargets(out)
	out = s.protestPurposes(out) // protestpurposes.go
	s.homeDemands(out)           // homedemands.go
	out = s.jointlyBy(out)
	out = s.namedAwards(out) // awards.go
	s.beliefInTies(out)
	s.pairTies(out)         // pairties.go
	s.beliefInTies(out)     // again: a belief in the ties of a pair just read
	s.titledAddressees(out) // titledaddressees.go
	out = s.publicationSubsumed(out)
	out = s.kcnaFormReadings(out)   // kcnaforms.go
	out = s.reportedHopes(out)      // kcnasilent.go
	out = s.kcnaLeadReadings(out)   // kcnaleads.go
	out = s.jointDrills(out)        // jointdrills.go
	out = s.kcnaPrecision(out)      // kcnaprecision.go
	out = s.leaderDrills(out)       // leaderdrills.go
	out = s.attackAgents(out)       // attackagents.go
	out = s.returnsAfterEvents(out) // returnhome.go
	out = s.wireActReadings(out)    // wireacts.go
	out = s.kcnaActReadings(out)    // kcnaacts.go
	out = s.refusedWrongs(out)      // kcnaacts2.go
	out = s.ownSideRegret(out)      // stance8.go
	out = s.speakerRegards(out)     // speakerregards.go
	out = s.instrumentSources(out)  // speakerregards.go
	s.secondActPronouns(out)        // coordinatedverbs.go
	s.personPronounObjects(out)     // pronounobjects.go
	s.objectRelatives(out)          // objectrelatives.go
	return s.speakerStatements(s.settle(out))
}

// event turns a candidate into an Event.
func (s *sentence) event(c candidate, docID string, index int, date string) demarche.Event {
	code := c.code
	info, _ := s.c.tax.Lookup(code)
	src := c.src.code
	tgt := demarche.NoActor
	var tspan demarche.Span
	if !c.noTarget {
		tgt = c.tgt.code
		tspan = s.span(c.tgt.i, c.tgt.j)
	}
	vspan := s.span(c.verb[0], c.verb[1])
	e := demarche.Event{
		Doc:        docID,
		Sentence:   index,
		Date:       date,
		Source:     src,
		Target:     tgt,
		SourceSpan: s.span(c.src.i, c.src.j),
		TargetSpan: tspan,
		VerbSpan:   vspan,
		CAMEO:      code,
		Root:       cameo.Root(code),
		Quad:       cameo.QuadClass(cameo.Root(code)),
		Goldstein:  info.Goldstein,
		PLOVER:     info.PLOVER,
		Mode:       info.Mode,
		Context:    info.Context,
		Text:       s.text,
		Rule:       c.rule,
	}
	e.SourceText = e.SourceSpan.Of(s.text)
	e.TargetText = e.TargetSpan.Of(s.text)
	e.VerbText = e.VerbSpan.Of(s.text)
	e.ID = demarche.EventID(docID, index, vspan, src, tgt, code)
	return e
}

// span converts a token range to a byte span in the sentence.
func (s *sentence) span(i, j int) demarche.Span {
	if i < 0 || j <= i || j > len(s.toks) {
		return demarche.Span{}
	}
	return demarche.Span{Start: s.toks[i].Start - s.base, End: s.toks[j-1].End() - s.base}
}

// note records the note of a sentence rule that drops no event.
func (s *sentence) note(msg string) { s.noteDrop(StageNone, msg) }

// noteDrop records the note of a sentence rule that dropped an event, with
// the stage that says why (StageNoTarget, StageSameCountry, StageDropped).
func (s *sentence) noteDrop(st TraceStage, msg string) {
	if s.trace != nil {
		s.trace.Notes = append(s.trace.Notes, TraceNote{msg, st})
	}
}

// noteDroppedEvent notes, as noteDrop, that a rule dropped the event c, and
// why: "051 PRKGOV → CHN dropped: why".
func (s *sentence) noteDroppedEvent(st TraceStage, c candidate, why string) {
	s.noteDrop(st, c.code+" "+c.src.code+" → "+c.tgt.code+" dropped: "+why)
}
