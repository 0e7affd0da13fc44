// The forms wire reports give their events beyond the main clause (found
// on the wire6 sample of coder/testdata) — a reaction told as a noun ("…, drawing
// criticism from rights groups"), two-sided event nouns inside the
// sentence ("after heavy fighting between the army and a militia"), a
// domestic act whose victims or whose target the report leaves generic,
// crowds attacking embassies, the Congo of Goma and Kinshasa, summit
// sidelines, and the tagger's misreadings of "spoke", of "Thousands of
// protesters gathered" and of "gunmen armed with rifles killed".

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// wireProseTags corrects three tagger readings of wire prose before the
// predicates are found:
//   - "Modi spoke/NN by telephone with …": "spoke" after a name or a noun
//     and before a preposition is the verb;
//   - "Thousands of Jordanians gathered/VBN outside …": a past form after
//     "thousands/hundreds/dozens of NOUNS" with no finite verb before it is
//     the clause's verb;
//   - "Gang members armed/VBD with rifles killed/VBN 70 people": a
//     participle of equipment or backing after a noun is a reduced
//     relative, and the past form after its complement is the verb.
func (s *sentence) wireProseTags() {
	s.apposedReplyTags()     // apposedreplies.go
	s.coordinatedNamesTags() // coordinatedsubjects.go
	finiteSeen := false
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		prev := s.tag(k - 1)
		switch {
		case t.Norm == "spoke" && strings.HasPrefix(t.Tag, "NN") && (strings.HasPrefix(prev, "NNP") || s.mentionAt(k-1) != nil) && s.tag(k+1) == "IN":
			t.Tag = "VBD"
		case t.Tag == "VBN" && !finiteSeen && (prev == "NNS" || prev == "NNP" || prev == "NNPS") && k >= 3 && s.norm(k-2) == "of" && s.c.sets.lowered(setCrowdCounts)[s.norm(k-3)] &&
			(s.tag(k+1) == "IN" || s.tag(k+1) == "RB" || s.tag(k+1) == "RP" || s.tag(k+1) == "DT"):
			t.Tag = "VBD"
		case t.Tag == "VBN" && !finiteSeen && s.mentionAt(k-1) != nil && s.mentionAt(k-1).i <= s.clauseStart() && s.mentionAt(k-1).actor != nil &&
			(s.tag(k+1) == "DT" || s.tag(k+1) == "WP" || s.tag(k+1) == "PRP$" || s.tag(k+1) == "CD") && s.norm(k+1) != "by":
			// "Azerbaijan launched/VBN what it called …": the opening
			// name's verb, not a participle
			t.Tag = "VBD"
		case s.c.sets.lowered(setEquipParticiples)[t.Norm] && (t.Tag == "VBD" || t.Tag == "VBN") && strings.HasPrefix(prev, "NN") && (s.norm(k+1) == "with" || s.norm(k+1) == "by" || s.norm(k+1) == "to"):
			for j := k + 2; j < len(s.toks) && j < k+10; j++ {
				w, tg := s.norm(j), s.tag(j)
				if w == "," || clauseOpeners[w] || tg == "VBZ" || tg == "VBP" || tg == "MD" {
					break
				}
				if (tg == "VBN" || tg == "VBD") && strings.HasPrefix(s.tag(j-1), "NN") && j+1 < len(s.toks) && s.norm(j+1) != "by" &&
					(objectStarts[s.tag(j+1)] || s.norm(j+1) == "at") {
					t.Tag, s.toks[j].Tag = "VBN", "VBD"
					break
				}
				if tg == "VBD" {
					break
				}
			}
		}
		if finiteSeen && (t.Tag == "JJ" || t.Tag == "VBN") && strings.HasSuffix(t.Norm, "ed") && s.norm(k-1) == "and" && k >= 2 && isNounTag(s.tag(k-2)) &&
			(s.tag(k+1) == "DT" || s.tag(k+1) == "CD" || s.tag(k+1) == "PRP$" || s.c.sets.lowered(setCrowdCounts)[s.norm(k+1)]) && s.c.lx.forms[t.Norm] != nil && s.firstFiniteIsPast(k) {
			// "raided the headquarters of the party and arrested/JJ dozens
			// of its members": a second past verb under the same subject
			t.Tag = "VBD"
		}
		if t.Norm == "outside" && t.Tag == "JJ" && (objectStarts[s.tag(k+1)] || strings.HasPrefix(s.tag(k+1), "NN")) &&
			(strings.HasPrefix(prev, "NN") || strings.HasPrefix(prev, "VB")) {
			t.Tag = "IN" // "clashed with police outside/JJ parliament"
		}
		if tg := t.Tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" {
			finiteSeen = true
		}
	}
}

// The word sets of the retags (dict/data/06-analysis-words.txt).
const (
	// setCrowdCounts names CROWD_COUNTS, the words that open a crowd
	// named by its number: "thousands of Israelis", "hundreds of farmers".
	setCrowdCounts = "CROWD_COUNTS"
	// setEquipParticiples names EQUIP_PARTICIPLES, the participles that
	// describe an actor by its weapons, dress or backers: "gunmen armed
	// with rifles", "militants backed by …".
	setEquipParticiples = "EQUIP_PARTICIPLES"
)

// objectStarts are the tags that open a verb's object.
var objectStarts = setOf("DT", "CD", "JJ", "JJS", "NN", "NNS", "PRP$", "PDT")

// setReactionVerbs and setReactionNouns name the word sets REACTION_VERBS
// and REACTION_NOUNS (dict/data/06-analysis-words.txt), which tell a
// reaction to the clause before them as a noun: "…, drawing sharp
// criticism from the U.N.", "prompting an outcry from rights groups",
// "drew condemnation on Friday from …".
const (
	setReactionVerbs = "REACTION_VERBS"
	setReactionNouns = "REACTION_NOUNS"
)

// wireProseReadings applies the sixth wire pass's readings to a sentence's
// candidates, in wire news only (no publication home, no speaker).
func (s *sentence) wireProseReadings(out []candidate) []candidate {
	if !s.wireNews() || s.headline {
		return out
	}
	out = s.sameEventConjuncts(out)
	out = s.deniedGerunds(out)
	out = s.innerNominalSides(out)
	out = s.nominalWith(out)
	out = s.auspices(out)
	out = s.reactionNouns(out)
	out = s.apposedReplies(out)        // apposedreplies.go
	out = s.blamedEvents(out)          // apposedreplies.go
	out = s.reciprocalFights(out)      // coordinatedsubjects.go
	out = s.phoneCalls(out)            // phonecalls.go
	out = s.coordinatedAgreements(out) // coordinatedsubjects.go
	out = s.truceOnsets(out)           // truceonset.go
	s.anaphoricObjects(out)            // anaphoricobjects.go
	s.speakersOwnTargets(out)          // anaphoricobjects.go
	out = s.pronounAppeals(out)        // pronounappeals.go
	s.eachSide(out)
	out = s.eachAccusesOther(out)
	s.whatItCalled(out)
	s.locatedParticipleSources(out)
	s.operatingFrom(out)
	s.crowdAttacks(out)
	s.genericHomeTargets(out)
	s.coordinatedHomeSides(out) // coordinatedsides.go
	s.conditionalThreats(out)   // conditionalthreats.go
	s.otherNamedTargets(out)
	s.drcCongo(out)
	return out
}

// innerNominalSides codes the two-sided event nouns inside a sentence
// ("declared a state of emergency after heavy fighting between the army
// and a militia", "ethnic violence between the Meitei and the Kuki killed
// …"), as nominalSides codes those that open it; the sentence-initial ones
// are left to it.
func (s *sentence) innerNominalSides(out []candidate) []candidate {
	for k := 4; k+3 < len(s.toks); k++ {
		w := s.norm(k)
		if !(s.c.sets.lowered(setNominalFights)[w] || w == "violence") || s.norm(k+1) != "between" {
			continue
		}
		out = append(out, s.nominalSidesAt(k)...)
	}
	return out
}

// reactionNouns codes a reaction told as a noun after the clause it
// answers: its authors (after "from" or "by") criticise (111) the source
// of the event before it, or the subject of the clause before it, or,
// for "protests", demonstrate (141) against it.
func (s *sentence) reactionNouns(out []candidate) []candidate {
	for k := 1; k+2 < len(s.toks); k++ {
		if !s.c.sets.lowered(setReactionVerbs)[s.norm(k)] {
			continue
		}
		n := -1
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if s.c.sets.lowered(setReactionNouns)[s.norm(j)] {
				n = j
				break
			}
		}
		if n < 0 {
			continue
		}
		code := "111"
		if s.norm(n) == "protests" {
			code = "141" // "sparking protests by ethnic Serbs": a demonstration against it
		}
		from := -1
		for j := n + 1; j < len(s.toks) && j <= n+5; j++ {
			if w := s.norm(j); w == "from" || w == "by" || w == "among" {
				from = j
				break
			} else if w == "," || w == "." || w == ";" {
				break
			}
		}
		if from < 0 {
			continue
		}
		end := from + 1
		for end < len(s.toks) {
			w := s.norm(end)
			if w == "." || w == ";" || w == "," && s.norm(end+1) != "and" || isVerbTag(s.tag(end)) && s.mentionAt(end) == nil {
				break
			}
			end++
		}
		tgt, ok := s.reactedTo(out, k)
		if !ok {
			continue
		}
		p := &pred{v: n, vend: n + 1, noun: true, hi: len(s.toks)}
		for _, a := range s.coordinatedActors(from+1, end) {
			if a.code == sectorOnly+"NGO" {
				a.code = "NGO" // "rights groups"
			}
			if a.code == "" || strings.HasPrefix(a.code, sectorOnly) || a.weak || demarche.Country(a.code) == demarche.Country(tgt.code) && demarche.Country(a.code) != "NGO" {
				continue
			}
			out = append(out, candidate{p: p, code: code, rule: "wireprose.go: a reaction told as a noun (\"" + s.norm(k) + " " + s.norm(n) + " " + s.norm(from) + " X\")",
				src: a, tgt: tgt, verb: [2]int{k, n + 1}})
		}
	}
	return out
}

// reactedTo returns the actor a reaction at token k answers: the source of
// the last event coded before it, else the subject of the last clause
// before it.
func (s *sentence) reactedTo(out []candidate, k int) (actor, bool) {
	best := -1
	for i, c := range out {
		if c.verb[0] < k && !c.speech && c.src.code != "" && !strings.HasPrefix(c.src.code, sectorOnly) && cameo.Root(c.code) != "01" &&
			(best < 0 || c.verb[0] > out[best].verb[0]) {
			best = i
		}
	}
	if best >= 0 {
		if a, ok := s.reducedRelativeHead(out[best]); ok { // wiretargets.go
			return a, true
		}
		return out[best].src, true
	}
	for i := len(s.preds) - 1; i >= 0; i-- {
		p := s.preds[i]
		if p.noun || p.v >= k || len(p.subj) == 0 {
			continue
		}
		if a := p.subj[0]; a.code != "" && !strings.HasPrefix(a.code, sectorOnly) && !a.weak {
			return a, true
		}
	}
	// "The arrest of a lawyer in Tunisia drew condemnation from …": the
	// act has no named author; the state where it happened answers for it
	if c := s.onlyNamedCountry(); c != "" {
		return actor{code: c, i: 0, j: 0, note: "the one country the sentence names"}, true
	}
	if c := s.sentenceCountry(); c != "" {
		return actor{code: c, i: 0, j: 0, note: "the sentence's place"}, true
	}
	return actor{}, false
}

// setSupportersHeads names the word set SUPPORTERS_HEADS
// (dict/data/06-analysis-words.txt), whose words name a crowd by whom it
// follows: "supporters of the former president" are a crowd, not the
// president's government.
const setSupportersHeads = "SUPPORTERS_HEADS"

// supportersSide makes a side of "clashes between police and supporters of
// the former president" a crowd (CVL) when its head names followers and
// its complement gave it a state's sector (nominalSide, wireplaces.go).
func (s *sentence) supportersSide(side *nominalSideOf) {
	k := side.i
	if s.tag(k) == "DT" {
		k++
	}
	if s.c.sets.lowered(setSupportersHeads)[s.norm(k)] && (side.sec == "GOV" || side.sec == "") {
		side.sec = "CVL"
	}
}

// crowdAttacks recodes a crowd's attack on a state's building or people
// abroad or at home ("crowds in Kinshasa attacked the embassies of Rwanda
// and France", "students clashed with police") as a violent protest (145),
// as crowdReadings does for clashes with its own police.
func (s *sentence) crowdAttacks(out []candidate) {
	crowd := s.c.sets.lowered(setCrowdSectors)
	for i := range out {
		c := &out[i]
		root := cameo.Root(c.code)
		if root != "18" && root != "19" || c.noTarget || len(c.src.code) != 6 || !crowd[strings.ToLower(c.src.code[3:])] {
			continue
		}
		t := c.tgt.code
		if len(t) == 3 && t != "IGO" && t != "NGO" || len(t) == 6 && stateSectors[t[3:]] {
			c.code, c.rule = "145", c.rule+" (a crowd's attack on a state: a riot, 145)"
		}
	}
}

// genericHomeTargets gives a state's coercion, repression and killings
// (17, 175, 18) with no target the country they happen in, when the
// sentence names no other country: "Iran executed a man convicted over
// the protests" → IRN, "declared a state of emergency in the Amhara
// region" → ETH, "police used tear gas to clear the streets" → ARG. (A
// crowd's protest without an "against" target keeps none, as the
// project's wire conventions code it.)
func (s *sentence) genericHomeTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.speech || c.src.weak || !c.noTarget && c.tgt.code != "" && !strings.HasPrefix(c.tgt.code, sectorOnly) {
			continue
		}
		home := demarche.Country(c.src.code)
		if len(home) != 3 || home == "IGO" || home == "NGO" || home == "IMG" || home == demarche.NoActor || strings.HasPrefix(c.src.code, sectorOnly) {
			continue
		}
		sec := ""
		if len(c.src.code) >= 6 {
			sec = c.src.code[3:6]
		}
		root := cameo.Root(c.code)
		var tgt string
		switch {
		case (root == "17" || root == "18" || c.code == "175" || c.code == "116") && (sec == "" || stateSectors[sec]):
			tgt = home + "CVL"
		default:
			continue
		}
		if s.foreignNamed(home) != "" {
			continue
		}
		if sc := s.sentenceCountry(); sc != "" && sc != home {
			continue
		}
		c.tgt = actor{code: tgt, i: c.verb[0], j: c.verb[1], note: "a generic target at home (the source's country)"}
		c.noTarget = false
	}
}

// setDrcMarkers names the word set DRC_MARKERS
// (dict/data/06-analysis-words.txt), whose words are the places and names
// that make "Congo" the Democratic Republic (Goma, Kinshasa, the Kivus, M23)
// in wire news.
const setDrcMarkers = "DRC_MARKERS"

// drcCongo recodes the Republic of the Congo (COG) as the Democratic
// Republic (COD) in a sentence that names a DRC marker: "M23 rebels
// captured a town in eastern Congo", "Congo's government ruled out talks
// with the M23".
func (s *sentence) drcCongo(out []candidate) {
	has := false
	for i := range out {
		if strings.HasPrefix(out[i].src.code, "COG") || strings.HasPrefix(out[i].tgt.code, "COG") {
			has = true
		}
	}
	if !has {
		return
	}
	marked := false
	for k := range s.toks {
		if w := s.norm(k); s.c.sets.lowered(setDrcMarkers)[w] && (w != "eastern" || k+1 < len(s.toks) && strings.HasPrefix(s.norm(k+1), "congo")) {
			marked = true
			break
		}
	}
	if !marked {
		return
	}
	for i := range out {
		c := &out[i]
		if strings.HasPrefix(c.src.code, "COG") {
			c.src.code = "COD" + c.src.code[3:]
		}
		if strings.HasPrefix(c.tgt.code, "COG") {
			c.tgt.code = "COD" + c.tgt.code[3:]
		}
	}
}

// summitSidelines drops from a meeting's targets the summit on whose
// sidelines it is held ("held talks on the sidelines of the BRICS summit"):
// the venue, not a party.
func (s *sentence) summitSidelines(code string, tgts []actor) []actor {
	if cameo.Root(code) != "04" || len(tgts) == 0 {
		return tgts
	}
	out := tgts[:0]
	for _, t := range tgts {
		venue := false
		for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
			if w := s.norm(k); w == "sidelines" || w == "margins" || w == "sideline" {
				venue = true
				break
			}
		}
		if !venue {
			out = append(out, t)
		}
	}
	return out
}

// foreignNamed returns a country other than home that the sentence names
// through a state's name, adjective, people or organ (not an IGO, an NGO
// or a transnational movement), or "".
func (s *sentence) foreignNamed(home string) string {
	for _, c := range s.stateCountries() {
		if c != home {
			return c
		}
	}
	return ""
}

// stateCountries returns, in order, the country of each mention that names
// a state through its name, adjective, people or organ (not an IGO, an NGO
// or a transnational movement, nor a sector alone).
func (s *sentence) stateCountries() []string {
	var out []string
	for _, m := range s.ments {
		if m.inTitle || m.sector != nil && m.actor == nil && m.person == nil {
			continue
		}
		code := m.code()
		if len(code) < 3 || code == demarche.NoActor {
			continue
		}
		if c := demarche.Country(code); c != "IGO" && c != "NGO" && c != "IMG" {
			out = append(out, c)
		}
	}
	return out
}

// otherNamedTargets gives a use of force or aid (07, 18-20) with no
// target, by a state's forces or a state, the one other country the
// sentence names: "Pakistan condemned … after Iranian missiles struck
// targets in the province of Baluchistan" → PAK, "Syria asked the EU for
// help, as EU member states began sending tents" → SYR.
func (s *sentence) otherNamedTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		root := cameo.Root(c.code)
		if c.speech || c.src.weak || !untargeted(c) || root != "07" && root != "18" && root != "19" && root != "20" {
			continue
		}
		src := demarche.Country(c.src.code)
		if len(src) != 3 || src == demarche.NoActor || strings.HasPrefix(c.src.code, sectorOnly) {
			continue
		}
		other := ""
		for _, x := range s.stateCountries() {
			if x == src {
				continue
			}
			if other != "" && other != x {
				other = "-"
				break
			}
			other = x
		}
		if other == "" || other == "-" || s.reporterCountry(out, other) {
			continue
		}
		if sc := s.sentenceCountry(); sc != "" && sc != other {
			continue
		}
		c.tgt = actor{code: other, i: c.verb[0], j: c.verb[1], note: "the one other country the sentence names"}
		c.noTarget = false
	}
}

// reporterCountry reports whether country c is the author of a statement
// among the candidates ("India's foreign ministry said that Pakistan had
// violated the ceasefire": India reports, it is not named as the target).
func (s *sentence) reporterCountry(out []candidate, c string) bool {
	for _, x := range out {
		if (x.speech || cameo.Root(x.code) == "01") && demarche.Country(x.src.code) == c {
			return true
		}
	}
	return false
}

// eachSide makes the coordinated sources of one act without a target each
// other's targets: "Thai and Cambodian troops exchanged fire …, with each
// side accusing the other" (the "with" phrase names no actor).
func (s *sentence) eachSide(out []candidate) {
	for i := range out {
		a := &out[i]
		if !untargeted(a) || a.p == nil {
			continue
		}
		switch cameo.Root(a.code) {
		case "03", "04", "06", "18", "19":
		default:
			continue
		}
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			if b.p != a.p || !untargeted(b) || b.code != a.code {
				continue
			}
			ca, cb := demarche.Country(a.src.code), demarche.Country(b.src.code)
			if ca == cb || len(ca) != 3 || len(cb) != 3 || strings.HasPrefix(a.src.code, sectorOnly) || strings.HasPrefix(b.src.code, sectorOnly) {
				continue
			}
			a.tgt, b.tgt = b.src, a.src
			a.noTarget, b.noTarget = false, false
			break
		}
	}
}

// setNominalWithNouns names NOMINAL_WITH_NOUNS
// (dict/data/06-analysis-words.txt), the event nouns of "after days of
// fighting with the army", "for talks with Saudi leaders".
const setNominalWithNouns = "NOMINAL_WITH_NOUNS"

// nominalWithOpeners introduce those nouns.
var nominalWithOpeners = setOf("after", "amid", "following", "during", "for", "in")

// nominalWith codes an event noun with a "with" partner in a phrase after
// the clause ("captured the town after days of fighting with the army",
// "arrived in Riyadh for talks with Saudi leaders"): between the subject
// of the clause before and the partner, both ways (190 for a fight, 040
// for talks; an intended trip's talks are intended, 036, one way).
func (s *sentence) nominalWith(out []candidate) []candidate {
	for k := 2; k+2 < len(s.toks); k++ {
		w := s.norm(k)
		if !s.c.sets.lowered(setNominalWithNouns)[w] || s.norm(k+1) != "with" {
			continue
		}
		opened := false
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if nominalWithOpeners[s.norm(j)] {
				opened = true
				break
			}
			if t := s.tag(j); !(t == "JJ" || t == "NNS" || t == "NN" || t == "IN" || t == "CD" || t == "DT") {
				break
			}
		}
		if !opened {
			continue
		}
		end := k + 2
		for end < len(s.toks) && end < k+14 {
			x := s.norm(end)
			if x == "," || x == "." || x == ";" || nominalSideEnds[x] && x != "in" || isVerbTag(s.tag(end)) && s.mentionAt(end) == nil {
				break
			}
			end++
		}
		subj, ok := s.reactedTo(out, k)
		if !ok {
			continue
		}
		code, back := "190", true
		if w == "talks" || w == "negotiations" || w == "consultations" {
			code = "040"
			for _, c := range out {
				if c.verb[0] < k && c.src.code == subj.code && strings.HasPrefix(c.code, "036") {
					code, back = "036", false
				}
			}
		}
		p := &pred{v: k, vend: k + 1, noun: true, hi: len(s.toks)}
		rule := "wireprose.go: \"" + w + " with X\" after the clause (its subject and X)"
		for _, a := range s.actorsIn(k+2, end, true) {
			if a.code == "" || strings.HasPrefix(a.code, sectorOnly) || a.code == subj.code {
				continue
			}
			out = append(out, candidate{p: p, code: code, rule: rule, src: subj, tgt: a, verb: [2]int{k, k + 1}})
			if back {
				out = append(out, candidate{p: p, code: code, rule: rule, src: a, tgt: subj, verb: [2]int{k, k + 1}})
			}
		}
	}
	return out
}

// auspicesOpeners name the third party of talks or a truce: "under the
// auspices of Saudi Arabia and the United States", "with the mediation of
// Qatar" ("mediated by" and "brokered by" are brokeredDeals', wire5.go).
var auspicesOpeners = [][]string{{"under", "the", "auspices", "of"}, {"with", "the", "mediation", "of"}, {"hosted", "by"}}

// auspices codes the mediation (045) of the third party named after an
// opener toward each party of the talks, agreement or truce before it.
func (s *sentence) auspices(out []candidate) []candidate {
	for k := 1; k < len(s.toks); k++ {
		n := 0
		for _, op := range auspicesOpeners {
			if k+len(op) < len(s.toks) && s.norm(k) == op[0] {
				ok := true
				for i, x := range op {
					if s.norm(k+i) != x {
						ok = false
						break
					}
				}
				if ok {
					n = len(op)
					break
				}
			}
		}
		if n == 0 {
			continue
		}
		end := k + n
		for end < len(s.toks) && s.norm(end) != "," && s.norm(end) != "." && s.norm(end) != ";" {
			end++
		}
		parties := map[string]actor{}
		var order []string
		for _, c := range out {
			switch cameo.Root(c.code) {
			case "03", "04", "05", "08":
			default:
				continue
			}
			if c.verb[0] >= k || c.speech {
				continue
			}
			for _, a := range []actor{c.src, c.tgt} {
				if a.code == "" || strings.HasPrefix(a.code, sectorOnly) || a.code == demarche.NoActor {
					continue
				}
				if _, seen := parties[a.code]; !seen {
					parties[a.code] = a
					order = append(order, a.code)
				}
			}
		}
		if len(order) == 0 {
			continue
		}
		p := &pred{v: k, vend: k + n, noun: true, hi: len(s.toks)}
		for _, m := range s.actorsIn(k+n, end, false) {
			if m.code == "" || strings.HasPrefix(m.code, sectorOnly) || m.weak {
				continue
			}
			for _, code := range order {
				if demarche.Country(code) == demarche.Country(m.code) {
					continue
				}
				out = append(out, candidate{p: p, code: "045", rule: "wireprose.go: a third party named after \"" + s.spanText(k, k+n) + "\" mediates",
					src: m, tgt: parties[code], verb: [2]int{k, k + n}})
			}
		}
	}
	return out
}

// untargeted reports whether a candidate has no target of any country.
func untargeted(c *candidate) bool {
	return c.noTarget || c.tgt.code == "" || c.tgt.code == demarche.NoActor || strings.HasPrefix(c.tgt.code, sectorOnly)
}

// coordinatedActors resolves the actors of [a, b) conjunct by conjunct
// ("the U.N. refugee agency and human rights groups": IGOUNO, ~NGO),
// admitting sector-only ones for the caller.
func (s *sentence) coordinatedActors(a, b int) []actor {
	var out []actor
	start := a
	for k := a; k <= b; k++ {
		if k < b && s.norm(k) != "and" && s.norm(k) != "," {
			continue
		}
		if k > start {
			out = append(out, s.actorsIn(start, k, true)...)
		}
		start = k + 1
	}
	return out
}

// setCalledFrames names the word set CALLED_FRAMES
// (dict/data/06-analysis-words.txt), whose words are the words of "what it
// called X": the speaker's own name for an act, whose author follows
// ("condemned what it called an unprovoked violation of its airspace by
// Iran").
const setCalledFrames = "CALLED_FRAMES"

// whatItCalled gives a criticism or accusation (11) without a target the
// author of the act it names in "what it called …": the actor after "by"
// or "from" in that phrase.
func (s *sentence) whatItCalled(out []candidate) {
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "11" || !untargeted(c) {
			continue
		}
		k := c.verb[1]
		if k+3 >= len(s.toks) || s.norm(k) != "what" || !s.c.sets.lowered(setCalledFrames)[s.norm(k+2)] {
			continue
		}
		for j := k + 3; j+1 < len(s.toks) && j < k+16; j++ {
			w := s.norm(j)
			if w == "," || w == ";" || w == "." || isVerbTag(s.tag(j)) && s.mentionAt(j) == nil {
				break
			}
			if w != "by" && w != "from" {
				continue
			}
			at := j + 1
			if s.tag(at) == "DT" {
				at++ // "by the Philippines"
			}
			if m := s.mentionAt(at); m != nil && m.code() != "" && !strings.HasPrefix(m.code(), sectorOnly) {
				c.tgt = actor{code: m.code(), i: m.i, j: m.j, note: "the author of what the source called an act"}
				c.noTarget = false
			}
			break
		}
	}
}

// locatedParticipleSources gives a participle read as modifying a body
// named after a locative preposition the subject of the clause before it:
// "South Africa filed a case at the International Court of Justice
// accusing Israel of genocide" — South Africa accuses, not the court.
func (s *sentence) locatedParticipleSources(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.p == nil || c.p.noun || s.tag(c.p.v) != "VBG" || c.src.j != c.p.v {
			continue
		}
		if m := s.mentionAt(c.src.i); m == nil || m.actor == nil || m.actor.Kind != dict.KindOrg {
			continue // a body named as a venue, not "protesters" after "fired at"
		}
		k := c.src.i - 1
		for k > 0 && s.tag(k) == "DT" {
			k--
		}
		if k < 1 || !locatedPreps[s.norm(k)] && s.norm(k) != "before" {
			continue
		}
		best := -1
		for j, o := range out {
			if o.verb[1] <= k && !o.speech && o.src.code != "" && !strings.HasPrefix(o.src.code, sectorOnly) && (best < 0 || o.verb[0] > out[best].verb[0]) {
				best = j
			}
		}
		if best < 0 || out[best].src.code == c.src.code {
			continue
		}
		c.src = out[best].src
		if demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			c.noTarget, c.tgt = true, actor{}
		}
	}
}

// setBasedWords names the word set BASED_WORDS
// (dict/data/06-analysis-words.txt), whose words place a generic actor by the
// place after them: "militants operating from Afghanistan", "rebels based in
// Rwanda".
const setBasedWords = "BASED_WORDS"

// operatingFrom gives a generic actor (its country taken from the
// sentence's places) the country of the place it operates from or is
// based in, named right after it.
func (s *sentence) operatingFrom(out []candidate) {
	fix := func(a *actor) {
		if a.code == "" || a.j+2 >= len(s.toks) || !s.c.sets.lowered(setBasedWords)[s.norm(a.j)] {
			return
		}
		if p := s.norm(a.j + 1); p != "from" && p != "in" && p != "out" {
			return
		}
		at := a.j + 2
		if s.norm(a.j+1) == "out" && s.norm(at) == "of" {
			at++
		}
		m := s.mentionAt(a.j - 1)
		if m == nil || m.sector == nil || m.actor != nil || m.person != nil {
			return // only a generic head: "militants", "gunmen"
		}
		if c := s.placeCountryAt(at); c != "" && len(a.code) >= 3 && c != demarche.Country(a.code) {
			sec := ""
			if strings.HasPrefix(a.code, sectorOnly) {
				sec = a.code[len(sectorOnly):]
			} else if len(a.code) >= 6 {
				sec = a.code[3:6]
			}
			a.code = c + sec
			a.note = "a generic actor placed by where it operates from"
		}
	}
	for i := range out {
		fix(&out[i].src)
		fix(&out[i].tgt)
	}
}

// clauseStart returns the first token of the sentence's first clause: 0,
// or the token after a dateline's dash.
func (s *sentence) clauseStart() int {
	for k := 0; k < len(s.toks) && k < 12; k++ {
		if w := s.norm(k); w == "—" || w == "--" || w == "–" {
			return k + 1
		}
	}
	return 0
}

// setMutualBlame names the word set MUTUAL_BLAME
// (dict/data/06-analysis-words.txt), whose words are the participles of "with
// each side accusing the other".
const setMutualBlame = "MUTUAL_BLAME"

// eachAccusesOther codes "…, with each side accusing the other of …" (or
// "both sides blaming each other") as accusations (112) both ways between
// the two countries whose act the clause before reports.
func (s *sentence) eachAccusesOther(out []candidate) []candidate {
	for k := 1; k+2 < len(s.toks); k++ {
		w, n := s.norm(k), s.norm(k+1)
		if !(w == "each" && (n == "side" || n == "country" || n == "army" || n == "government") || w == "both" && n == "sides") || !s.c.sets.lowered(setMutualBlame)[s.norm(k+2)] {
			continue
		}
		var a, b actor
		for _, c := range out {
			if c.verb[0] >= k || c.speech || untargeted(&c) {
				continue
			}
			x, y := demarche.Country(c.src.code), demarche.Country(c.tgt.code)
			if x != y && len(x) == 3 && len(y) == 3 && x != "IGO" && y != "IGO" {
				a, b = c.src, c.tgt
				break
			}
		}
		if a.code == "" {
			continue
		}
		p := &pred{v: k + 2, vend: k + 3, noun: true, hi: len(s.toks)}
		rule := "wireprose.go: \"" + s.spanText(k, k+3) + " the other\" (each way)"
		out = append(out, candidate{p: p, code: "112", rule: rule, src: a, tgt: b, verb: [2]int{k + 2, k + 3}},
			candidate{p: p, code: "112", rule: rule, src: b, tgt: a, verb: [2]int{k + 2, k + 3}})
	}
	return out
}

// inPlaceActor codes a generic head placed by a nationality and a place
// noun after "in", "at" or "near" ("security forces in the Ethiopian
// capital", "police in a Pakistani border town"): the place's country,
// not a weak modifier of it.
func (s *sentence) inPlaceActor(segs []segment, infos []segmentInfo) (actor, bool) {
	if len(segs) < 2 || segs[1].prep != "in" && segs[1].prep != "at" && segs[1].prep != "near" {
		return actor{}, false
	}
	info := infos[0]
	if !info.headIsSector || info.secAt < 0 || len(info.agents) > 0 || len(info.weak) > 0 || len(infos[1].agents) > 0 {
		return actor{}, false
	}
	m := s.mentionAt(info.secAt)
	if m == nil || m.sector == nil || !s.locatedHead(m) {
		return actor{}, false
	}
	places := s.c.located().placeNouns
	for k := segs[1].i; k < segs[1].j; k++ {
		a := s.mentionAt(k)
		if a == nil {
			continue
		}
		if a.kind() != dict.KindAdjective || a.actor == nil || !places[s.norm(a.j)] && !places[s.norm(a.j+1)] {
			return actor{}, false
		}
		c := demarche.Country(a.actor.Code)
		sector := m.sector.Sector
		return actor{code: c + sector, i: segs[0].i, j: m.j, located: true,
			note: "\"" + s.norm(m.j-1) + "\" " + sector + " in " + c + " (its place's nationality)"}, true
	}
	return actor{}, false
}

// firstFiniteIsPast reports whether the first finite verb before token k is
// a past tense (VBD), with no clause opener other than "and" between.
func (s *sentence) firstFiniteIsPast(k int) bool {
	for j := 0; j < k; j++ {
		switch s.tag(j) {
		case "VBD":
			for i := j + 1; i < k-1; i++ {
				if w := s.norm(i); clauseOpeners[w] && w != "and" || w == "," {
					return false
				}
			}
			return true
		case "VBZ", "VBP", "MD":
			return false
		}
	}
	return false
}

// sameEventConjuncts drops the event of a bare sector conjunct placed only
// by the sentence's place ("Russian drones and missiles pounded …" under a
// Kyiv dateline: the missiles are Russian, not Ukrainian) when the conjunct
// before it, with a nationality, gives the same act toward the same target.
func (s *sentence) sameEventConjuncts(out []candidate) []candidate {
	keep := out[:0]
	for i, c := range out {
		drop := false
		m := s.mentionAt(c.src.i)
		if m != nil && m.actor == nil && m.person == nil && c.p != nil && c.src.i > 0 && s.norm(c.src.i-1) == "and" {
			for j, d := range out {
				if j != i && d.p == c.p && d.code == c.code && d.tgt.code == c.tgt.code && d.src.i < c.src.i &&
					len(d.src.code) >= 6 && len(c.src.code) >= 6 && d.src.code[3:6] == c.src.code[3:6] {
					drop = true
					break
				}
			}
		}
		if !drop {
			keep = append(keep, c)
		}
	}
	return keep
}

// deniedGerunds drops the act named by the gerund after "denied" ("Rwanda
// denied backing the M23 rebels", "the army denies targeting civilians"):
// it is what the source says it did not do; the denial itself (016) stays.
func (s *sentence) deniedGerunds(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		v := c.verb[0]
		if c.p != nil && !c.p.noun {
			v = c.p.v
		}
		if v >= 1 && s.tag(v) == "VBG" && !strings.HasPrefix(c.code, "016") {
			b := v - 1
			for b > 0 && isAdvTag(s.tag(b)) {
				b--
			}
			if s.c.sets.lowered(setDenyForms)[s.norm(b)] || s.norm(b) == "ever" && s.c.sets.lowered(setDenyForms)[s.norm(b-1)] {
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}
