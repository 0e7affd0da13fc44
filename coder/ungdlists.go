// Governments in their own voice, second pass (issue 11): the shapes of
// General Debate sentences that give one act several addressees or carry a
// second act in a coordinated clause — "we invite the United Nations and the
// international community to …" (the UN and ---), "Antigua commends
// Venezuela for its pledge and Cuba for its doctors" (two events), "we
// condemn violence by supporting the resolution of the Council" (the
// Council is the object of the support, not of the condemnation), "I thank
// X and also take this opportunity to congratulate Y".

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// setAddressees names the knowledge files' set of addressees that name no
// state ("the international community", "all States", "our partners").
const setAddressees = "ADDRESSEES"

// addressees is the knowledge's ADDRESSEES set, as phrases.
func (s *sentence) addressees() map[string]bool { return s.c.sets.words(setAddressees) }

// addresseeAt returns the end of an ADDRESSEES phrase starting at k
// ("the international community", "other donors"), or -1.
func (s *sentence) addresseeAt(k int) int {
	set := s.addressees()
	for n := 4; n >= 1; n-- {
		if k+n > len(s.toks) {
			continue
		}
		parts := make([]string, n)
		for i := range parts {
			parts[i] = s.norm(k + i)
		}
		if set[strings.Join(parts, " ")] {
			return k + n
		}
	}
	return -1
}

// listRoots are the acts whose several addressees are each coded: appeals,
// praise and thanks, condolences.
func listRoot(code string) bool {
	r := cameo.Root(code)
	return r == "02" || r == "05" || strings.HasPrefix(code, "018")
}

// objectLimit returns where the objects of candidate c's verb end: at the
// end of the clause, at a new finite verb or relative pronoun, or, once
// past the target, at the reason or purpose ("for", "to" + verb).
func (s *sentence) objectLimit(c *candidate, past int) int {
	for k := c.verb[1]; k < len(s.toks); k++ {
		w := s.norm(k)
		switch w {
		case ";", ":", ".", "!", "?":
			return k
		}
		if k >= past && (w == "for" || w == "which" || w == "who" || w == "that" || w == "because" ||
			w == "to" && s.tag(k+1) == "VB" || s.finiteVerbAt(k) || s.tag(k) == "MD") {
			return k
		}
	}
	return len(s.toks)
}

// conjunctStart reports whether the phrase at k opens a member of the
// verb's list of objects: right after the verb or its preposition ("to",
// "on", "upon" near the verb), or after "and", "," or "as well as".
func (s *sentence) conjunctStart(c *candidate, k int) bool {
	j := k - 1
	for j > c.verb[1] && (s.tag(j) == "DT" || s.tag(j) == "PRP$" || isAdjTag(s.tag(j)) || s.norm(j) == "other" || s.norm(j) == "all") {
		j--
	}
	if j < c.verb[1] {
		return true
	}
	switch w := s.norm(j); w {
	case ",", "and", "&":
		return true
	case "as":
		return s.norm(j-1) == "well" && s.norm(j-2) == "as"
	case "to", "on", "upon":
		return j <= c.verb[1]+3
	}
	return false
}

// listAddressees codes each member of a list of addressees: a named actor
// with an unnamed collective ("we invite the United Nations and the
// international community to …": the UN and ---), or the unnamed collective
// first and a named actor after it ("we call on the international community
// and the African Union").
func (s *sentence) listAddressees(out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if !listRoot(c.code) || c.p == nil || c.p.noun {
			continue
		}
		past := c.verb[1]
		if !c.noTarget && c.tgt.j > past {
			past = c.tgt.j
		}
		limit := s.objectLimit(&c, past)
		unnamed := false // an unnamed addressee opened the list
		for k := s.afterJoinedPartners(&c); k < limit; k++ {
			if c.noTarget {
				if e := s.addresseeAt(k); e > 0 && s.conjunctStart(&c, k) && s.addresseeHead(k, e) {
					unnamed = true
					k = e - 1
					continue
				}
				m := s.mentionAt(k)
				if !unnamed || m == nil || m.i != k || m.speaker || !s.conjunctStart(&c, k) {
					continue
				}
				if s.tag(m.j) == "POS" || s.norm(m.j) == "of" || isNounTag(s.tag(m.j)) {
					k = m.j - 1
					continue // "the efforts of X's government": an owner
				}
				ts := s.localTargets(s.actorsIn(m.i, m.j, true), []actor{c.src})
				if len(ts) == 0 || ts[0].weak || demarche.Country(ts[0].code) == demarche.Country(c.src.code) || s.hasPair(out, c, ts[0].code) {
					k = m.j - 1
					continue
				}
				d := c
				d.tgt, d.noTarget = ts[0], false
				d.rule += " (a member of the list of addressees)"
				out[i].unnamed = true // the list opened with an unnamed member
				out = append(out, d)
				s.note("\"" + s.spanText(m.i, m.j) + "\": one more addressee of \"" + s.norm(c.p.v) + "\"")
				k = m.j - 1
				continue
			}
			e := s.addresseeAt(k)
			if e < 0 || !s.conjunctStart(&c, k) || s.hasPair(out, c, "") || !s.addresseeHead(k, e) {
				continue
			}
			d := c
			d.tgt, d.noTarget, d.unnamed = actor{}, true, true
			d.rule += " (an unnamed addressee in the list)"
			out = append(out, d)
			s.note("\"" + s.spanText(k, e) + "\": an unnamed addressee of \"" + s.norm(c.p.v) + "\" beside the named one (---)")
			break
		}
	}
	return out
}

// hasPair reports whether out holds an event of c's source and root toward
// tgt's country ("" for ---).
func (s *sentence) hasPair(out []candidate, c candidate, tgt string) bool {
	for _, d := range out {
		if d.src.code != c.src.code || cameo.Root(d.code) != cameo.Root(c.code) {
			continue
		}
		if tgt == "" && d.noTarget || tgt != "" && !d.noTarget && demarche.Country(d.tgt.code) == demarche.Country(tgt) {
			return true
		}
	}
	return false
}

// setOwnedThings names the word set OWNED_THINGS
// (dict/data/06-analysis-words.txt), whose words are what praise or support
// is given for when it names its owner by an adjective ("the French
// initiative", "the Qatari efforts").
const setOwnedThings = "OWNED_THINGS"

// parallelAddressees codes the second addressee of praise given in
// parallel ("commends Venezuela for its pledge and Cuba for its doctors",
// "I commend the role of the committee, as well as the French initiative").
func (s *sentence) parallelAddressees(out []candidate) []candidate {
	n := len(out)
	for i := 0; i < n; i++ {
		c := out[i]
		if cameo.Root(c.code) != "05" || c.p == nil || c.p.noun {
			continue
		}
		from := c.verb[1]
		if !c.noTarget && c.tgt.j > from {
			from = c.tgt.j
		}
		reason := false
		prep := "" // the preposition before the first addressee ("solidarity with X")
		if !c.noTarget {
			b := c.tgt.i - 1
			for b > c.verb[1] && (s.tag(b) == "DT" || isAdjTag(s.tag(b))) {
				b--
			}
			if w := s.norm(b); w == "with" || w == "to" || w == "for" || w == "on" {
				prep = w
			}
		}
		for k := from; k < len(s.toks); k++ {
			w := s.norm(k)
			if w == ";" || w == ":" || w == "." || s.finiteVerbAt(k) && k > from || s.tag(k) == "MD" {
				break
			}
			if w == "for" || w == "on" {
				reason = true
				continue
			}
			a := -1
			well := w == "as" && s.norm(k+1) == "well" && s.norm(k+2) == "as"
			switch {
			case well:
				a = k + 3
			case w == "and" && s.norm(k+1) != "also":
				a = k + 1
			}
			if a < 0 {
				continue
			}
			repeated := prep != "" && s.norm(a) == prep // "with Venezuela and with Nicaragua"
			if repeated {
				a++
			}
			for s.tag(a) == "DT" {
				a++
			}
			m := s.mentionAt(a)
			if m == nil || m.i != a || m.speaker {
				continue
			}
			parallel := reason && (s.norm(m.j) == "for" || s.norm(m.j) == "on") || repeated
			owned := (well || s.norm(k-1) == ",") && s.c.sets.lowered(setOwnedThings)[s.norm(m.j)] && m.actor != nil
			if !parallel && !owned {
				continue
			}
			ts := s.localTargets(s.actorsIn(m.i, m.j, true), []actor{c.src})
			if len(ts) == 0 || demarche.Country(ts[0].code) == demarche.Country(c.src.code) || s.hasPair(out, c, ts[0].code) {
				continue
			}
			d := c
			d.tgt, d.noTarget = ts[0], false
			d.tgt.weak = false
			d.rule += " (a second addressee in parallel)"
			if c.noTarget {
				out[i].unnamed = true // the first addressee is unnamed
			}
			out = append(out, d)
			s.note("\"" + s.spanText(m.i, m.j) + "\": a second addressee of \"" + s.norm(c.p.v) + "\"")
			k = m.j - 1
		}
	}
	return out
}

// gerundMeans drops the target of a verb that an actor named only inside a
// following "by" + gerund gives: "condemned acts of violence by supporting
// the resolution of the Security Council" condemns no Council; the gerund
// has its own event.
func (s *sentence) gerundMeans(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.noTarget || c.p == nil || c.tgt.i <= c.verb[1] {
			continue
		}
		for k := c.verb[1]; k < c.tgt.i; k++ {
			if s.norm(k) == "by" && s.tag(k+1) == "VBG" {
				c.noTarget, c.tgt = true, actor{}
				s.note("\"by " + s.norm(k+1) + "\": the means has its own object; \"" + s.norm(c.p.v) + "\" names none")
				break
			}
			if s.norm(k) == ";" || s.norm(k) == ":" {
				break
			}
		}
	}
}

// setLightFrameVerbs names the word set LIGHT_FRAME_VERBS
// (dict/data/06-analysis-words.txt), whose words take a frame of the
// speaker's own voice in a coordinated clause: "… and also take this
// opportunity to congratulate".
const setLightFrameVerbs = "LIGHT_FRAME_VERBS"

// coordinatedFrame gives a performative frame whose clause has no subject
// of its own the speaker of the clause it is coordinated with: "I thank
// his predecessor and also take this opportunity to congratulate X".
func (s *sentence) coordinatedFrame(p *pred, gi int) bool {
	k := gi - 1
	for k > 0 && (s.tag(k) == "DT" || isAdjTag(s.tag(k))) && k > gi-4 {
		k--
	}
	if !s.c.sets.lowered(setLightFrameVerbs)[s.lemmaAt(k)] {
		return false
	}
	k--
	for k > 0 && isAdvTag(s.tag(k)) || s.norm(k) == "also" {
		k--
	}
	if s.norm(k) != "and" {
		return false
	}
	var q *pred
	for _, r := range s.preds {
		if !r.noun && r.vend <= k && len(r.subj) > 0 && (q == nil || r.v > q.v) {
			q = r
		}
	}
	if q == nil || !s.firstPerson(q) || s.finiteVerbBetween(q.vend, k) {
		return false
	}
	p.subj, p.subjHow, p.subjSpan = q.subj, "the speaker of the coordinated clause (\""+s.norm(q.v)+" … and "+s.norm(k+1)+"\")", q.subjSpan
	return true
}

// mustPerform reports whether "we must" + a verb of praise is the
// speaker's praise given in the saying ("we must applaud the United
// Nations for its efforts"), not an exhortation of its own side.
func (s *sentence) mustPerform(p *pred, code string) bool {
	if cameo.Root(code) != "05" || !s.firstPerson(p) || p.g.neg {
		return false
	}
	return s.c.sets.lowered(setPraiseVerbs)[s.lemmaAt(p.v)]
}

// setPraiseVerbs names the word set PRAISE_VERBS
// (dict/data/06-analysis-words.txt).
const setPraiseVerbs = "PRAISE_VERBS"

// stativeParticiple reports whether the participle at v after "be" states
// a condition of the subject rather than a passive: "we are engaged in
// talks with", "Ghana is involved in".
func (s *sentence) stativeParticiple(v int) bool {
	w := s.norm(v)
	return (w == "engaged" || w == "involved") && s.norm(v+1) == "in"
}

// adverbAfterAux reports whether the word at k is an adverb between an
// auxiliary and its verb: "we have recently reached", "we have further
// agreed", "it has now decided".
func (s *sentence) adverbAfterAux(k int) bool {
	w, t := s.norm(k), s.tag(k)
	if !(isAdvTag(t) || timeWords[w] || w == "further") {
		return false
	}
	b := s.norm(k - 1)
	return haveForms[b] || beForms[b] && s.tag(k-1) != "POS" || futureMod[b] || hypoMod[b]
}

// setNormativeAdjs names the word set NORMATIVE_ADJS
// (dict/data/06-analysis-words.txt), whose words judge an act without doing
// it: "we would be wise to encourage …", "it is essential to condemn …"
// (syntax.go's infinitive governors).
const setNormativeAdjs = "NORMATIVE_ADJS"

// freeRelative reports whether p's clause is a free relative that is the
// object of another verb or a preposition: "we need to fulfil what we have
// already agreed on" names the agreement, it does not report one.
func (s *sentence) freeRelative(p *pred) bool {
	a := p.subjSpan[0]
	if p.subjSpan[1] <= a {
		a = p.g.start
	}
	if s.norm(a-1) != "what" {
		return false
	}
	t := s.tag(a - 2)
	return isVerbTag(t) || t == "IN" || t == "TO"
}

// addresseeHead reports whether the ADDRESSEES phrase [k, e) is a whole
// member of a list: not part of a name ("the World Bank"), not the head of
// named members ("the Governments of Australia and Japan"), not the tail
// "and other countries" of named members (one event: "thanked China and
// other countries" thanks China).
func (s *sentence) addresseeHead(k, e int) bool {
	for j := k; j < e; j++ {
		if s.mentionAt(j) != nil {
			return false
		}
	}
	if isNounTag(s.tag(e)) || s.tag(e) == "POS" || s.norm(e) == "of" {
		return false
	}
	return s.norm(k-1) != "other" && s.norm(k) != "other"
}

// nounActs are the nouns of a speaker's act named as the subject of "go
// to": "our gratitude goes to X", "my delegation's congratulations also go
// to Y" (051; condolences 018).
var nounActs = map[string]string{"gratitude": "051", "thanks": "051", "appreciation": "051", "congratulations": "051",
	"felicitations": "051", "compliments": "051", "tribute": "051", "homage": "051", "praise": "051",
	"condolences": "018", "sympathy": "018", "sympathies": "018", "solidarity": "051"}

// actsGoingTo codes "our gratitude goes to the World Health Organization",
// "our thanks also go to the outgoing President": the speaker's act named by
// a noun, addressed by "go to", "be extended to", "be due to".
func (s *sentence) actsGoingTo(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	for _, p := range s.preds {
		if p.noun || p.g.neg || p.g.hypo != "" || p.g.infin || !p.g.finite {
			continue
		}
		l := p.lemma(s)
		if l != "go" && l != "extend" && l != "be" && l != "address" && l != "due" {
			continue
		}
		// the noun before the verb group, past adjectives and "also"
		k := p.g.start - 1
		for k >= 0 && (isAdvTag(s.tag(k)) || s.norm(k) == "also") {
			k--
		}
		code, ok := nounActs[s.norm(k)]
		if !ok {
			continue
		}
		j := k - 1
		for j >= 0 && isAdjTag(s.tag(j)) {
			j--
		}
		if s.tag(j) == "POS" {
			j-- // "my delegation's congratulations"
		}
		m := s.mentionAt(j)
		if !(s.norm(j) == "our" || s.norm(j) == "my" || m != nil && m.speaker) {
			continue
		}
		to := p.vend
		if s.norm(to-1) == "to" {
			to-- // "go to" read as one verb
		}
		if s.norm(to) == "due" {
			to++
		}
		if s.norm(to) != "to" {
			continue
		}
		src := actor{code: s.speakerCode(), i: -1, j: -1, note: "the document's speaker (\"" + s.norm(j) + " " + s.norm(k) + "\")"}
		end := s.chainRight(to+1, len(s.toks))
		ts := s.localTargets(s.actorsIn(to+1, end, true), []actor{src})
		base := candidate{p: p, code: code, rule: "coder: \"" + s.norm(k) + " " + s.norm(p.v) + " to\" (ungdlists.go)", src: src, verb: [2]int{p.g.start, p.vend}}
		if len(ts) == 0 {
			base.noTarget = true
			out = append(out, base)
		}
		for _, t := range ts {
			if t.weak || demarche.Country(t.code) == demarche.Country(src.code) {
				continue
			}
			c := base
			c.tgt = t
			out = append(out, c)
		}
		s.note("\"" + s.norm(k) + " " + s.norm(p.v) + " to\": the speaker's " + s.norm(k) + " addressed")
		keep := out[:0]
		for _, d := range out {
			if d.p == p && cameo.Root(d.code) == "04" {
				continue // "go to" read as travel
			}
			keep = append(keep, d)
		}
		out = keep
	}
	return out
}

// speakerCode is the actor code of the document's speaker (its government
// for a country).
func (s *sentence) speakerCode() string {
	code := s.doc.speaker
	if len(code) == 3 {
		code += "GOV"
	}
	return code
}

// relativeTargetLeak drops a target found past the end of a parenthetical
// relative clause: in "my country, which has long supported peacekeeping,
// welcomes the decision of the Council", "supported" names no Council.
func (s *sentence) relativeTargetLeak(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.noTarget || c.tgt.i <= c.verb[1] {
			continue
		}
		rel := -1
		for k := c.verb[0] - 1; k >= 1 && k >= c.verb[0]-6; k-- {
			if (s.norm(k) == "which" || s.norm(k) == "who") && s.norm(k-1) == "," {
				rel = k
				break
			}
			if s.norm(k) == "," {
				break
			}
		}
		if rel < 0 {
			continue
		}
		for k := c.verb[1]; k < c.tgt.i; k++ {
			if s.norm(k) == "," && s.finiteVerbBetween(k+1, c.tgt.i) {
				c.noTarget, c.tgt = true, actor{}
				s.note("\"" + s.norm(c.p.v) + "\" in a relative clause: its objects end at the comma")
				break
			}
		}
	}
}

// welcomedDecisions turns "welcome" read as hosting (043) into endorsement
// (051) when a thing stands between the verb and the actor ("welcomes the
// decision of the Security Council", "we welcome the recent adoption by X").
func (s *sentence) welcomedDecisions(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.code != "043" || c.noTarget || c.p.lemma(s) != "welcome" {
			continue
		}
		a := c.tgt.i
		for k := c.tgt.i; k < c.tgt.j; k++ {
			if s.mentionAt(k) != nil {
				a = k
				break
			}
		}
		for k := c.verb[1]; k < a; k++ {
			if isNounTag(s.tag(k)) && s.tag(k) != "CD" && s.mentionAt(k) == nil && !s.c.sets.genericHeads[s.norm(k)] && !s.c.sets.stateHeads[s.norm(k)] {
				c.code = "051"
				c.rule += " (what is welcomed is a thing: endorsement)"
				break
			}
		}
	}
}

// setElectionWords names the word set ELECTION_WORDS
// (dict/data/06-analysis-words.txt), whose words name the office-holder's
// accession a speaker congratulates ("on your election", "on her assumption
// of the presidency").
const setElectionWords = "ELECTION_WORDS"

// electedAddressee gives praise with no known target whose clause
// congratulates on an election ("I congratulate Ms. X on her election")
// the Assembly, in a government's statement: there, an addressee elected
// and unknown to the dictionaries is the President of the Assembly.
func (s *sentence) electedAddressee(out []candidate) {
	if s.doc.speaker == "" {
		return
	}
	for i := range out {
		c := &out[i]
		if !c.noTarget || cameo.Root(c.code) != "05" || c.p == nil {
			continue
		}
		for k := c.verb[1]; k+2 < len(s.toks) && k < c.verb[1]+14; k++ {
			w := s.norm(k)
			if w == ";" || w == "." || s.finiteVerbAt(k) && k > c.verb[1] {
				break
			}
			if (w == "on" || w == "upon") && (s.tag(k+1) == "PRP$" || s.norm(k+1) == "the") && s.c.sets.lowered(setElectionWords)[s.norm(k+2)] ||
				w == "the" && s.c.sets.lowered(setElectionWords)[s.norm(k+1)] && s.norm(k+2) == "of" && k == c.verb[1] {
				// "on your election", "welcomes the election of Mr. X"
				c.tgt, c.noTarget = actor{code: venueActor.Code, i: -1, j: -1, note: "the one elected, in a statement to the Assembly"}, false
				s.note("\"" + s.spanText(k, k+3) + "\": the addressee is the Assembly's elected officer")
				break
			}
		}
	}
}

// adverbialSubordinator reports whether the subordinator at k stands alone
// as an adverb: "as we have said before, we support …" ("before" closes
// the citation, it opens no clause).
func (s *sentence) adverbialSubordinator(k int) bool {
	switch s.norm(k + 1) {
	case ",", ".", ";", ":", "":
		return true
	}
	return false
}

// asCitations drops the statement of a citation that frames the speaker's
// own words: "As we have said before, we support …", "as I stated last
// year, …" (the sentence's act is what follows).
func (s *sentence) asCitations(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if cameo.Root(c.code) == "01" && c.p != nil && !c.p.noun && c.p.subjSpan[1] > c.p.subjSpan[0] &&
			s.norm(c.p.subjSpan[0]-1) == "as" && s.commaSoonAfter(c.p.vend) {
			s.note("\"as … " + s.norm(c.p.v) + "\": a citation framing the statement, not an event")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// commaSoonAfter reports whether a comma follows token k after adverbs and
// time words only ("said before,", "stated last year,", "said many times,").
func (s *sentence) commaSoonAfter(k int) bool {
	for j := k; j < len(s.toks) && j < k+5; j++ {
		w := s.norm(j)
		if w == "," {
			return true
		}
		if !(isAdvTag(s.tag(j)) || timeWords[w] || w == "before" || w == "last" || w == "year" || w == "many" || w == "times" || w == "on" || w == "several" || w == "occasions" || w == "in" || w == "the" || w == "past" || s.tag(j) == "CD") {
			return false
		}
	}
	return false
}

// coordinatedPredicates gives a verb coordinated after another's object
// ("we support the efforts of the Secretary-General and call on all parties
// to engage") the subject and frame of that verb, when it has no subject of
// its own and nothing but its objects stands between them.
func (s *sentence) coordinatedPredicates(preds []*pred) {
	for _, p := range preds {
		if p.noun || len(p.subj) > 0 || p.g.infin || p.g.govIdx >= 0 || s.norm(p.g.start-1) != "and" {
			continue
		}
		if t := s.tag(p.v); t != "VB" && t != "VBP" && t != "VBZ" && t != "VBD" && t != "NN" && t != "NNS" {
			continue
		}
		if s.sharedInfinitive(p.g.start - 1) { // voiceacts.go
			continue
		}
		var q *pred
		for _, r := range preds {
			if !r.noun && r.v < p.v && len(r.subj) > 0 && (r.g.finite || s.finiteVerbAt(r.v)) && !r.g.infin && (q == nil || r.v > q.v) {
				q = r
			}
		}
		if q == nil || s.coordinationFiniteBetween(q.vend, p.g.start-1) || s.subordinateBetween(q.vend, p.g.start-1) || s.infinitiveConjunct(q, p) { // coordinatedverbs.go
			continue
		}
		between := false
		for _, r := range preds {
			if !r.noun && r.v > q.v && r.v < p.v && !s.notConjunctOf(r, p, q) { // coordinatedverbs.go
				between = true // "to set up … in order to boost … and develop"
			}
		}
		if between {
			continue
		}
		p.subj, p.subjHow, p.subjSpan = q.subj, "subject of \""+s.norm(q.v)+"\" (coordinated clauses)", q.subjSpan
		if !p.g.future && p.g.hypo == "" && !p.g.neg { // "and will not accept …" keeps its own auxiliaries
			p.g.hypo, p.g.future, p.g.neg = q.g.hypo, q.g.future, q.g.neg
		}
		p.g.finite = true
	}
}

// subordinateBetween reports whether a subordinating word or a relative
// pronoun stands in [a, b): the verb after it is not coordinated with the
// verb before.
func (s *sentence) subordinateBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.norm(k) {
		case "that", "which", "who", "whom", "whose", "because", "if", "when", "while", "although", "where", ";", ":":
			return true
		}
	}
	return false
}

// setForceNouns names the word set FORCE_NOUNS
// (dict/data/06-analysis-words.txt), whose words are acts whose author a
// nationality adjective names ("the Russian war of aggression", "the Israeli
// strikes").
const setForceNouns = "FORCE_NOUNS"

// censuredAuthor makes the author of a censured act the target when a
// nationality adjective names it before the act's noun: "Sweden condemns
// the Russian war of aggression against Ukraine" censures Russia, not the
// victim named after "against".
func (s *sentence) censuredAuthor(out []candidate) {
	for i := range out {
		c := &out[i]
		if r := cameo.Root(c.code); r != "11" && r != "12" || c.p == nil || c.p.noun {
			continue
		}
		k := c.verb[1]
		for k < len(s.toks) && k < c.verb[1]+4 && (s.tag(k) == "DT" || s.tag(k) == "PRP$" || isAdjTag(s.tag(k)) || isAdvTag(s.tag(k))) && s.mentionAt(k) == nil {
			k++
		}
		m := s.mentionAt(k)
		if m == nil || m.i != k || m.speaker || m.actor == nil && m.person == nil {
			continue
		}
		j := m.j
		for j < len(s.toks) && j < m.j+3 && (isAdjTag(s.tag(j)) || s.tag(j) == "HYPH" || s.norm(j) == "-") && !s.c.sets.lowered(setForceNouns)[s.norm(j)] {
			j++
		}
		if !s.c.sets.lowered(setForceNouns)[s.norm(j)] {
			continue
		}
		ts := s.localTargets(s.actorsIn(m.i, m.j, true), []actor{c.src})
		if len(ts) == 0 || !c.noTarget && demarche.Country(ts[0].code) == demarche.Country(c.tgt.code) {
			continue
		}
		c.tgt, c.noTarget = ts[0], false
		c.tgt.weak = false
		s.note("\"" + s.spanText(m.i, j+1) + "\": the author of the censured act is the target")
	}
}

// asAppositive gives back the subject that an "as" apposition hides:
// "Ethiopia, as a founding member of the African Union, condemns …" is
// Ethiopia's act, not the Union's.
func (s *sentence) asAppositive(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.src.i <= 0 || c.src.i >= c.verb[0] || s.norm(c.verb[0]-1) != "," {
			continue
		}
		k := c.src.i - 1
		for k > 0 && k > c.src.i-8 && s.norm(k) != "," {
			k--
		}
		if s.norm(k) != "," || s.norm(k+1) != "as" || s.norm(k+2) == "well" {
			continue
		}
		m := s.mentionAt(k - 1)
		if m == nil || m.j != k || m.actor == nil && m.person == nil && !m.speaker {
			continue
		}
		if a := s.actorsIn(m.i, m.j, false); len(a) > 0 && !a[0].weak {
			c.src = a[0]
			s.note("\"" + s.spanText(m.i, m.j) + ", as …,\": the apposition describes the subject, it is not the source")
		}
	}
}

// setAidNouns names the word set AID_NOUNS (dict/data/06-analysis-words.txt),
// whose words are help named by a noun whose giver follows "of": "with the
// support of the United Nations and the European Union, we are on the road to
// recovery" (the givers aid the speaker: 070).
const setAidNouns = "AID_NOUNS"

// helpReceived codes help the speaker says it received, named by a noun
// after "with" or "thanks to": each giver toward the speaker (070).
func (s *sentence) helpReceived(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	for _, p := range s.preds {
		if !p.noun || !s.c.sets.lowered(setAidNouns)[s.norm(p.v)] || s.norm(p.vend) != "of" && s.norm(p.vend) != "from" /* ungdacts.go: "thanks to generous support from X" */ {
			continue
		}
		k := p.v - 1
		for k > 0 && (isAdjTag(s.tag(k)) || s.tag(k) == "DT" || isAdvTag(s.tag(k))) {
			k--
		}
		if !(s.norm(k) == "with" || s.norm(k) == "to" && s.norm(k-1) == "thanks") {
			continue
		}
		end := s.chainRight(p.vend+1, len(s.toks))
		if !s.helpAsserted(k, end) {
			s.note("\"" + s.norm(k) + " the " + s.norm(p.v) + " of\" in a clause not asserted (planned, hoped, asked for): no help received")
			continue
		}
		dst := actor{code: s.speakerCode(), i: -1, j: -1, note: "the document's speaker (help received)"}
		for _, a := range s.actorsIn(p.vend+1, end, false) {
			if a.weak || demarche.Country(a.code) == demarche.Country(dst.code) || a.code == demarche.NoActor {
				continue
			}
			if s.membersOfBody(a) { // voiceacts.go
				// "with the support of United Nations Member States": many
				// unnamed states, not the body
				continue
			}
			out = append(out, candidate{p: p, code: "070", rule: "coder: \"" + s.norm(k) + " the " + s.norm(p.v) + " of\" (ungdlists.go)", src: a, tgt: dst, verb: [2]int{p.v, p.vend}})
			s.note("\"" + s.norm(k) + " the " + s.norm(p.v) + " of " + s.spanText(a.i, a.j) + "\": help received by the speaker")
		}
	}
	return out
}

// helpAsserted reports whether the clause that holds the help phrase [k,
// end) asserts it: help "with" which something will be done, is hoped,
// planned or asked for ("we will introduce a pact with the support of the
// agencies", "a call to the region to build defences with the support of
// the United Nations") is not yet received. The clause is that of the
// nearest verb before the phrase, else that of the first verb after it
// with a tense ("with the support of X, we are on the road to recovery");
// an adjective's infinitive ("was able to build a democracy with the
// support of X") keeps the help its governor asserts.
func (s *sentence) helpAsserted(k, end int) bool {
	var host *pred
	for _, q := range s.preds {
		if q.noun {
			continue
		}
		if q.v < k {
			host = q
		} else if q.v >= end && host == nil && q.g.finite {
			host = q
			break
		}
	}
	if host == nil {
		return true
	}
	g := host.g
	if g.neg || g.future || g.hypo != "" {
		return false
	}
	switch g.gov {
	case govIntent, govNegate, govAttempt, govConsider:
		return false
	case govEmbed:
		// asked for by a verb or a noun of appeal ("a call to the region
		// to build"); an adjective's or a preposition's infinitive ("was
		// able to build", "it is important to note") is no request
		t := s.tag(g.govIdx)
		return !isVerbTag(t) && !isNounTag(t)
	}
	return true
}

// setAbstractHeads names the word set ABSTRACT_HEADS
// (dict/data/06-analysis-words.txt), whose words are nouns that an actor's
// adjective only qualifies: "the Israeli-Palestinian conflict", "the Cyprus
// question".
const setAbstractHeads = "ABSTRACT_HEADS"

// qualifierTargets drops a target that is only an adjective qualifying an
// abstract noun inside a phrase after the verb's object: "we support the
// two-State solution in the Israeli-Palestinian conflict" addresses no
// state. Force and censure keep theirs ("condemn the Russian war").
func (s *sentence) qualifierTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if r := cameo.Root(c.code); c.noTarget || r != "05" && r != "02" && r != "03" || c.p == nil || c.p.noun {
			continue
		}
		m := s.mentionAt(c.tgt.i)
		if m == nil || m.actor == nil {
			continue
		}
		j := m.j
		for j < len(s.toks) && j < m.j+4 && (s.mentionAt(j) != nil || s.norm(j) == "-" || isAdjTag(s.tag(j))) {
			j++ // "Israeli- Palestinian": the second adjective
		}
		if !s.c.sets.lowered(setAbstractHeads)[s.norm(j)] {
			continue
		}
		b := c.tgt.i - 1
		for b > c.verb[1] && (s.tag(b) == "DT" || isAdjTag(s.tag(b)) || strings.HasSuffix(s.norm(b), "-") || s.mentionAt(b) != nil) {
			b--
		}
		if s.tag(b) != "IN" || b <= c.verb[1]+1 {
			continue // "we support the Cyprus question"? the object itself: keep
		}
		c.noTarget, c.tgt = true, actor{}
		s.note("\"" + s.spanText(m.i, j+1) + "\": an adjective of an abstract noun in a phrase after the object, no addressee")
		for _, o := range c.p.subj {
			// "Chinese and Russian officials reached an agreement on …
			// the Sino-Russian border": coordinated partners act toward
			// each other, as when nothing follows the verb
			if !o.weak && demarche.Country(o.code) != demarche.Country(c.src.code) {
				c.noTarget, c.tgt = false, o
				break
			}
		}
	}
}

// venueNameGoesOn reports whether a capitalised name continues at k after a
// phrase of the assembly addressed ("the Organization for Security and
// Co-operation in Europe", "the Organization of American States"): the
// phrase opens another body's name, not the UN.
func (s *sentence) venueNameGoesOn(k int) bool {
	w := s.norm(k)
	if w != "for" && w != "of" && w != "on" && !s.tok(k).Capitalized() {
		return false
	}
	return s.tok(k).Capitalized() || s.tok(k+1).Capitalized() || s.norm(k+1) == "the" && s.tok(k+2).Capitalized()
}
