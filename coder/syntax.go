package coder

import (
	"strings"
)

// Part-of-speech classes over Penn Treebank tags.

func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") || t == "CD" }
func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }
func isAdjTag(t string) bool  { return strings.HasPrefix(t, "JJ") }
func isAdvTag(t string) bool  { return strings.HasPrefix(t, "RB") || t == "RP" }

// npTag reports whether a token with tag t can be inside a noun phrase.
func npTag(t string) bool {
	switch {
	case isNounTag(t), isAdjTag(t):
		return true
	}
	switch t {
	case "DT", "PDT", "PRP$", "POS", "PRP", "``", "''", "HYPH", "VBN", "VBG", "FW", "SYM":
		return true
	}
	return false
}

// Words with a fixed role in clause structure.
var (
	relPronouns   = setOf("who", "which", "whom", "whose", "that")
	subordinators = setOf("when", "while", "after", "before", "because", "although", "though",
		"if", "unless", "whereas", "since", "as", "until", "once", "whether", "where")
	complementPreps = setOf("of", "for", "from", "in", "at")
	// objectPreps extend a noun phrase to the right: "the exercises … by the
	// U.S.", "cooperation with Russia", "sanctions on Pyongyang"
	objectPreps   = setOf("of", "for", "from", "in", "against", "by", "with", "to", "on")
	locativePreps = setOf("in", "at", "on", "near", "across", "throughout", "inside", "outside")
	negations     = setOf("not", "n't", "never", "nor", "neither", "no")
	timeWords     = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tomorrow", "recently", "earlier", "later", "now", "tonight", "also",
		"jointly", "again", "first", "then", "already", "still", "once")
	beForms   = setOf("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m")
	haveForms = setOf("have", "has", "had", "having", "'ve", "'d")
	futureMod = setOf("will", "shall", "'ll", "wo")
	hypoMod   = setOf("might", "may", "could", "would", "should", "must", "can", "ca", "ought")
	months    = setOf("january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
		"jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Governing verbs: a verb that takes an infinitive or gerund complement
// changes what the complement's event is.
type governance uint8

const (
	govNone     governance = iota
	govIntent              // plan to, decide to, vow to: an intention (03x)
	govConsider            // consider, contemplate, mull: 014 on the governor
	govEmbed               // urge … to, demand … to: content of an appeal, not an event
	govNegate              // refuse to, fail to, refrain from: not done
	govAttempt             // try to, attempt to: not done (attempts are not coded)
	govPass                // begin, continue, start: the event happens
	govPurpose             // "issued a statement to denounce": the purpose of an act, coded
)

var governors = map[string]governance{
	"plan": govIntent, "decide": govIntent, "agree": govIntent, "vow": govIntent, "pledge": govIntent,
	"promise": govIntent, "intend": govIntent, "resolve": govIntent, "aim": govIntent, "prepare": govIntent,
	"schedule": govIntent, "expect": govIntent, "hope": govIntent, "want": govIntent, "wish": govIntent,
	"offer": govIntent, "propose": govIntent, "seek": govIntent, "determine": govIntent, "set": govIntent,
	"commit": govIntent, "undertake": govIntent, "go": govIntent, "reaffirm": govIntent,
	"consider": govConsider, "contemplate": govConsider, "mull": govConsider, "weigh": govConsider,
	"urge": govEmbed, "call": govEmbed, "appeal": govEmbed, "ask": govEmbed, "request": govEmbed,
	"demand": govEmbed, "press": govEmbed, "encourage": govEmbed, "invite": govEmbed, "order": govEmbed,
	"instruct": govEmbed, "tell": govEmbed, "allow": govEmbed, "force": govEmbed, "compel": govEmbed,
	"pressure": govEmbed, "persuade": govEmbed, "help": govEmbed, "enable": govEmbed, "oblige": govEmbed,
	"refuse": govNegate, "decline": govNegate, "fail": govNegate, "refrain": govNegate, "reject": govNegate,
	"cease": govNegate, "stop": govNegate, "avoid": govNegate, "hesitate": govNegate,
	"prevent": govNegate, "hinder": govNegate, "bar": govNegate, "prohibit": govNegate, "ban": govNegate,
	"deter": govNegate, "discourage": govNegate, "obstruct": govNegate, "block": govNegate,
	"work": govAttempt, "try": govAttempt, "attempt": govAttempt, "strive": govAttempt, "endeavour": govAttempt, "endeavor": govAttempt,
	"begin": govPass, "start": govPass, "continue": govPass, "resume": govPass, "keep": govPass,
	"go on": govPass, "proceed": govPass, "move": govIntent, "threaten": govIntent,
}

// irregular lemmas for the closed set of governing and auxiliary verbs
var lemmaOf = map[string]string{
	"began": "begin", "begun": "begin", "went": "go", "gone": "go", "kept": "keep", "sought": "seek",
	"set": "set", "told": "tell", "made": "make", "held": "hold", "met": "meet", "sent": "send",
	"said": "say", "gave": "give", "given": "give", "took": "take", "taken": "take", "left": "leave",
	"came": "come", "saw": "see", "seen": "see", "paid": "pay", "led": "lead", "brought": "bring",
	"thought": "think", "did": "do", "done": "do", "had": "have", "has": "have", "was": "be", "were": "be",
	"is": "be", "are": "be", "been": "be",
}

// lemma returns a rough lemma of a verb form: enough to look governors up.
func lemma(w string) string {
	if l, ok := lemmaOf[w]; ok {
		return l
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			base := w[:len(w)-len(suf)]
			if _, ok := governors[base]; ok {
				return base
			}
			if _, ok := governors[base+"e"]; ok {
				return base + "e"
			}
			if len(base) > 2 && base[len(base)-1] == base[len(base)-2] {
				if _, ok := governors[base[:len(base)-1]]; ok {
					return base[:len(base)-1]
				}
			}
			if strings.HasSuffix(base, "i") {
				if _, ok := governors[base[:len(base)-1]+"y"]; ok {
					return base[:len(base)-1] + "y"
				}
			}
		}
	}
	return w
}

// verbGroup describes the auxiliaries around a predicate verb.
type verbGroup struct {
	start    int    // first token of the group (auxiliaries, negation)
	neg      bool   // negated
	future   bool   // will, shall, be going to, be to
	hypo     string // might, may, could, would …: a hypothetical
	passive  bool   // be + past participle
	finite   bool   // has a tense (not an infinitive or a bare participle)
	infin    bool   // "to" + verb
	particip bool   // a bare participle (-ing or -ed form without auxiliary)
	govIdx   int    // the token of the governing verb or noun, or -1
	gov      governance
}

// analyseGroup looks left of the verb at token v for auxiliaries, modals,
// negation and an infinitive marker, and for a governing verb.
func (s *sentence) analyseGroup(v int) verbGroup {
	g := verbGroup{start: v, govIdx: -1}
	tag := s.tag(v)
	if tag == "VBN" && v > 0 && s.intransitivePast(v) {
		// "a troupe arrived in Moscow": a verb that takes no object is
		// never passive; the tagger's participle is a past tense
		tag = "VBD"
	}
	sawBe, sawAux := false, false
	k := v - 1
walk:
	for ; k >= 0; k-- {
		w, t := s.norm(k), s.tag(k)
		switch {
		case negations[w] && w != "no":
			g.neg = true
		case futureMod[w]:
			g.future, sawAux = true, true
		case hypoMod[w]:
			g.hypo, sawAux = w, true
		case beForms[w] && t != "POS":
			sawBe, sawAux = true, true
		case haveForms[w] || w == "do" || w == "does" || w == "did":
			sawAux = true
		case w == "to" && (t == "TO" || t == "IN") && g.start == k+1:
			g.infin = true
			// "… to Be Celebrated in Indonesia": a passive infinitive
			g.passive = sawBe && (tag == "VBN" || tag == "VBD")
			g.start = k
			if b := s.norm(k - 1); (b == "about" || b == "going" || b == "set" || b == "due" || b == "poised") && beForms[s.norm(k-2)] {
				// "Arnor is about to restore ties": a near future, the clause's own verb
				g.start, g.future, g.infin, g.finite = k-2, true, false, true
				return g
			}
			if b := s.norm(k - 1); (b == "need" || b == "needs" || b == "have" || b == "has") && s.tag(k-1) != "NN" && s.tag(k-1) != "NNS" {
				// "we need to act", "all States have to comply": an
				// obligation, as "must" (voice.go's exhortations)
				g.hypo, g.start, g.infin, g.finite = "must", k-1, false, true
				return g
			}
			if negations[s.norm(k-1)] && s.norm(k-1) != "no" {
				// "its stance not to admit", "decided never to attend":
				// the infinitive is negated; its governor is further left
				g.neg = true
				k--
			}
			s.infinitiveGovernor(&g, k-1)
			return g
		case isAdvTag(t) && (!timeWords[w] || s.c.sets.splitAdverbs[w] && (s.norm(k-1) == "to" || s.tag(k-1) == "MD" || s.splitPair(k))) || w == "also" || w == "jointly" || w == "\"":
			// adverbs inside the group ("officially acknowledged") and
			// KCNA's quotes ("would "not accept"")
		case s.adverbAfterAux(k):
			// "we have recently reached", "have further agreed" (ungdlists.go)
		default:
			break walk
		}
		g.start = k
	}
	if sawBe && (tag == "VBN" || tag == "VBD") && !s.stativeParticiple(v) {
		g.passive = true
	}
	if s.headline && !sawAux && (tag == "VBN" || tag == "VBD") && v > 0 {
		// headlines drop the auxiliary: "Lee Myung Bak Accused of …"
		g.passive = true
	}
	if sawBe && tag == "VBG" {
		// "is going to", "are preparing": progressive, finite
		g.finite = true
	}
	g.finite = g.finite || sawAux || tag == "VBD" || tag == "VBZ" || tag == "VBP" || s.headline && tag != "VBG"
	if !g.finite && (tag == "VBG" || tag == "VBN") {
		g.particip = true
		// a gerund or participle right after a governing verb: "began deploying"
		if p := s.prevWord(v - 1); p >= 0 && isVerbTag(s.tag(p)) {
			if gv, ok := governors[lemma(s.norm(p))]; ok {
				g.gov, g.govIdx = gv, p
				s.inherit(&g, p)
			}
		}
		// a gerund coordinated with an earlier one shares its governor:
		// "drills of preempting an attack … and occupying it"
		if tag == "VBG" && g.govIdx < 0 {
			if c := s.prevWord(v - 1); c >= 0 && (s.norm(c) == "and" || s.norm(c) == "or") {
				for j := c - 1; j >= 0 && j > c-12; j-- {
					if s.tag(j) == "VBG" {
						if first := s.analyseGroup(j); first.govIdx >= 0 {
							g.gov, g.govIdx = first.gov, first.govIdx
						}
						break
					}
				}
			}
		}
		// a gerund after a preposition is a noun ("a role in developing
		// relations", "accused X of violating"), except the topic of a
		// statement or agreement ("a communique on expanding cooperation"):
		// an intention
		if tag == "VBG" && g.govIdx < 0 {
			pp := v - 1 // the preposition, past adverbs ("for seriously hurting")
			for pp > 0 && isAdvTag(s.tag(pp)) && pp > v-3 {
				pp--
			}
			switch s.norm(pp) {
			case "on", "about":
				g.gov, g.govIdx = govIntent, pp
			case "in", "of", "for", "to", "toward", "towards", "at", "with", "against", "into":
				if !s.playedRoleIn(pp) && !s.joinedIn(pp) { // body.go, ungdframes.go
					g.gov, g.govIdx = govEmbed, pp
				}
			}
		}
		// "hindered businesses from cooperating": kept from doing it
		if tag == "VBG" && s.norm(v-1) == "from" {
			for p := v - 2; p >= 0 && p > v-8; p-- {
				if isVerbTag(s.tag(p)) {
					if gv, ok := governors[lemma(s.norm(p))]; ok && gv == govNegate {
						g.gov, g.govIdx = gv, p
					}
					break
				}
			}
		}
	}
	if tag == "VB" && !g.infin && g.govIdx < 0 {
		// "who dared defame the dignity of …": a bare infinitive after
		// "dare" is done, by the subject of "dare"
		if p := s.prevWord(v - 1); p >= 0 && dareForms[s.norm(p)] {
			g.gov, g.govIdx = govPass, p
			s.inherit(&g, p)
		}
	}
	if s.headline && g.infin {
		g.future = true // "Russian Govt. to Double Funds"
	}
	return g
}

// dareForms are the forms of "dare", which takes a bare infinitive.
var dareForms = map[string]bool{"dare": true, "dares": true, "dared": true}

// infinitiveGovernor finds, left of token k, what governs an infinitive: a
// verb ("decided to"), possibly past its object ("urged the UN to"), a noun
// ("plans to"), or an evaluation ("it is important for X to").
func (s *sentence) infinitiveGovernor(g *verbGroup, k int) {
	start := k
	for ; k >= 0 && k >= start-8; k-- {
		w, t := s.norm(k), s.tag(k)
		if w == "," || w == ";" || w == ":" {
			return
		}
		if w == "for" && isAdjTag(s.tag(k-1)) {
			g.gov, g.govIdx = govEmbed, k-1 // "it is vital for Mongolia to expand"
			return
		}
		if isAdjTag(t) && k == start {
			if v := s.readyIntent(k); v >= 0 {
				g.gov, g.govIdx = govIntent, v // "we stand ready to assist" (ungdframes.go)
				return
			}
		}
		if isAdjTag(t) && k == start && (w == "able" || w == "ready" || w == "willing" || w == "likely" || w == "unable" || w == "eager" || s.c.sets.lowered(setNormativeAdjs)[w]) {
			g.gov, g.govIdx = govEmbed, k // "is ready to", "was pleased to" reads as an attitude
			return
		}
		if isVerbTag(t) && !beForms[w] && !haveForms[w] {
			if gv, ok := governors[lemma(w)]; ok && !(lemma(w) == "call" && s.norm(k+1) == "at") {
				g.gov, g.govIdx = gv, k
				s.inherit(g, k)
			} else {
				// ("called at the embassy to express condolences": a visit
				// and its purpose, not an appeal)
				// "issued a statement to denounce", "left here to visit":
				// a clause of purpose shares the subject and is coded
				g.gov, g.govIdx = govPurpose, k
				s.inherit(g, k)
			}
			return
		}
		if isNounTag(t) && s.c.sets.negatingNouns[w] {
			// "Japan's refusal to admit": not done
			g.gov, g.govIdx = govNegate, k
			return
		}
		if isNounTag(t) && (s.c.sets.intentNouns[w] || s.c.sets.nounGovernors[w]) && s.deniedNoun(k) {
			// "has no intention to attack", "without any plan to
			// withdraw": not intended
			g.gov, g.govIdx = govNegate, k
			return
		}
		if isNounTag(t) && s.c.sets.intentNouns[w] {
			// "the steadfast will of Laos to boost relations": a stated
			// intention
			g.gov, g.govIdx = govIntent, k
			return
		}
		if isNounTag(t) && s.intendedEffort(k) { // body.go
			g.gov, g.govIdx = govIntent, k
			return
		}
		if isNounTag(t) && s.c.sets.nounGovernors[w] {
			// "its plans to deploy", "efforts to cooperate": a noun
			// phrase, not an assertion that it happens
			g.gov, g.govIdx = govEmbed, k
			return
		}
		if beForms[w] && k == start && s.norm(start+2) != "blame" { // "was to blame": coder/kcnaleads.go
			g.future = true // "is to visit": a plan
			return
		}
	}
}

// deniedNoun reports whether the noun at k is denied by "no", "without"
// or "not … any" before it, across adjectives: "no intention", "without
// any immediate plan", "did not have any desire" (but "spare no effort"
// is every effort).
func (s *sentence) deniedNoun(k int) bool {
	j := k - 1
	for j >= 0 && j >= k-3 && isAdjTag(s.tag(j)) {
		j--
	}
	switch s.norm(j) {
	case "no", "without":
		return !strings.HasPrefix(s.norm(j-1), "spar") // "will spare no effort to help": all effort
	case "any":
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if w := s.norm(i); w == "not" || w == "n't" || w == "never" || w == "without" {
				return true
			}
		}
	}
	return false
}

// inherit gives a governed verb the negation and modality of its governor:
// "could begin honouring" is as hypothetical as "could", "did not begin
// deploying" as negated.
func (s *sentence) inherit(g *verbGroup, gov int) {
	gg := s.analyseGroup(gov)
	switch gg.gov {
	case govEmbed, govNegate, govAttempt, govConsider:
		// "accused X of preparing soldiers to fight": what the governor
		// is not asserted to do, its complement is not either
		g.gov = gg.gov
	}
	if gg.neg && g.gov == govPass {
		g.neg = true
	}
	if g.hypo == "" {
		g.hypo = gg.hypo
	}
	g.future = g.future || gg.future
}

// prevWord returns the index of the nearest word token before i that is not
// an adverb, or -1.
func (s *sentence) prevWord(i int) int {
	for ; i >= 0; i-- {
		if !isAdvTag(s.tag(i)) {
			return i
		}
	}
	return -1
}

// isPredicate reports whether token k is a candidate predicate verb.
func (s *sentence) isPredicate(k int) bool {
	_, ok := s.c.lx.forms[s.norm(k)]
	return ok
}

// boundaryLeft reports whether token k ends the region where a subject can
// be found when scanning left.
func (s *sentence) boundaryLeft(k int) bool {
	w, t := s.norm(k), s.tag(k)
	switch {
	case w == ";" || w == ":" || w == "--" || w == "-" && t == ":":
		return true
	case t == "WDT" || t == "WP" || (w == "that" && t == "IN"):
		return true
	case subordinators[w] && (t == "IN" || t == "WRB"):
		return true
	case (w == "said" || w == "says") && t != "NNP":
		return true // not the name "Mohamed Said Fofana"
	}
	return false
}

// setIntransitives names the word set INTRANSITIVES
// (dict/data/06-analysis-words.txt), whose words are verbs that take no
// object: their -ed form after a noun is a past tense, never a passive.
const setIntransitives = "INTRANSITIVES"

// intransitivePast reports whether token v is the past tense of a verb that
// takes no object, tagged a participle, right after a noun: "a troupe
// arrived in Moscow".
func (s *sentence) intransitivePast(v int) bool {
	return v > 0 && s.tag(v) == "VBN" && s.c.sets.lowered(setIntransitives)[s.norm(v)] && (isNounTag(s.tag(v-1)) || s.mentionAt(v-1) != nil)
}
