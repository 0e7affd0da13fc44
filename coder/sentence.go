package coder

import (
	"strings"

	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/nlp"
)

// sentence is one coding unit under analysis.
type sentence struct {
	c        *Coder
	doc      *docState
	toks     []nlp.Token
	text     string // the sentence
	base     int    // offset of the sentence in the document body
	headline bool
	index    int // the sentence's index in its document (0: the first, or an item coded alone)
	ments    []*mention
	at       []int // token → index in ments, or -1
	preds    []*pred
	trace    *Trace
	// the subject of the latest finite clause, for pronouns
	prevSubj    []actor
	prevSubjEnd int
	// prevSubjStart is where that subject's phrase begins
	prevSubjStart int
	// the dependency parse, when the sentence was parsed (coder/tree.go)
	parsed   *depTree
	needTree bool // a predicate failed for want of a participant
	treePass bool // the second reading, with the parse
	// tollCause is the cause phrase of the toll being read
	// (coder/tolls.go), left out of its places
	tollCause [2]int
	// the predicates traced on the second reading, for explain
	treeTraced []tracedPred
	// dateline is the country of the wire dateline the sentence opened
	// with, cut off its tokens (coder/dateline.go)
	dateline string
}

// mention is a dictionary phrase found in a sentence.
type mention struct {
	i, j    int // token span
	actor   *dict.ActorPhrase
	sector  *dict.SectorPhrase
	person  *dict.Person
	role    dict.Role // the person's role on the date
	byName  bool      // a person found by a bare name part remembered from earlier
	here    bool      // "here" in a dateline sense: the publication's country
	inTitle bool      // inside a quoted title ("narrative poem "Let Korea Speak"")
	speaker bool      // the speaking state's own voice ("we", "my Government")
}

// code returns the actor code the mention gives on its own (before sector
// composition): the country or organisation code, or the person's role.
func (m *mention) code() string {
	switch {
	case m.person != nil:
		return m.role.Code
	case m.actor != nil:
		return m.actor.Code
	}
	return ""
}

// kind returns the kind of an actor mention.
func (m *mention) kind() dict.NameKind {
	if m.person != nil {
		return dict.KindPerson
	}
	if m.actor != nil {
		return m.actor.Kind
	}
	return dict.KindOrg
}

func (s *sentence) tok(i int) *nlp.Token {
	if i < 0 || i >= len(s.toks) {
		return &nlp.Token{}
	}
	return &s.toks[i]
}

func (s *sentence) norm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Norm
}

func (s *sentence) tag(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Tag
}

// mentionAt returns the mention covering token i, or nil.
func (s *sentence) mentionAt(i int) *mention {
	if i < 0 || i >= len(s.at) || s.at[i] < 0 {
		return nil
	}
	return s.ments[s.at[i]]
}

// spanText returns the text of tokens [i, j).
func (s *sentence) spanText(i, j int) string {
	if i >= j || i < 0 || j > len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start-s.base : s.toks[j-1].End()-s.base]
}

// findMentions marks dictionary phrases, longest first, left to right.
func (s *sentence) findMentions() {
	lx := s.c.lx
	s.at = make([]int, len(s.toks))
	for i := range s.at {
		s.at[i] = -1
	}
	for i := s.vocativeEnd(); i < len(s.toks); { // forms of address name no actor (address.go)
		m := s.envoyBrief(s.matchAt(i, lx)) // an envoy's brief names the UN's office (address.go)
		if m == nil || s.regionAdjective(m) || s.geographicName(m) || s.doc.home == "" && s.attitudeCompound(m) /* wireplaces.go */ || s.designation(m) || s.currency(m) {
			i++
			continue
		}
		for k := m.i; k < m.j; k++ {
			s.at[k] = len(s.ments)
		}
		s.ments = append(s.ments, m)
		i = m.j
	}
	s.koreanSides()       // analysisprose.go
	s.kcnaKoreaPairs()    // kcnaheads.go
	s.newsLeaderSurname() // analysisprose.go
}

// setCurrencies names the knowledge's word set of currency nouns, which a
// country's name or adjective before them does not make an actor.
const setCurrencies = "CURRENCIES"

// currency reports whether a country's name or adjective only names a
// currency: "received billions of US dollars in aid", "in Japanese yen".
func (s *sentence) currency(m *mention) bool {
	if m.actor == nil || m.actor.Kind != dict.KindName && m.actor.Kind != dict.KindAdjective {
		return false
	}
	return m.j < len(s.toks) && s.c.sets.lowered(setCurrencies)[s.norm(m.j)]
}

// designation reports whether a mention is the letters of a model's
// designation, joined by a hyphen to its number ("RS-18", "SS-20"), not the
// body the same letters abbreviate elsewhere ("RS" for Rodong Sinmun).
func (s *sentence) designation(m *mention) bool {
	j := m.j
	if j+1 >= len(s.toks) || s.toks[j].Text != "-" || !dict.AllCaps(s.toks[j-1].Text) {
		return false
	}
	next := s.toks[j+1]
	return s.toks[j].Start == s.toks[j-1].End() && next.Start == s.toks[j].End() && next.Text != "" && next.Text[0] >= '0' && next.Text[0] <= '9'
}

func (s *sentence) matchAt(i int, lx *lexicon) *mention {
	w := s.toks[i].Norm
	if m := s.speakerAt(i); m != nil {
		return m
	}
	if m := s.homeOfficeAt(i); m != nil { // headlinegrammar.go
		return m
	}
	for _, p := range lx.phrases[w] {
		n := len(p.words)
		if i+n > len(s.toks) {
			continue
		}
		ok := true
		capital := false
		for k := 0; k < n; k++ {
			t := &s.toks[i+k]
			if t.Norm != p.words[k] || p.actor != nil && p.actor.Caps[k] && !dict.AllCaps(t.Text) {
				ok = false
				break
			}
			if t.Capitalized() {
				capital = true
			}
		}
		if !ok || p.needCap && !capital {
			continue
		}
		if p.needCap && n == 1 && !s.toks[i].Capitalized() {
			continue
		}
		if p.actor != nil && p.actor.Kind == dict.KindPerson && n == 1 &&
			(s.nextIsCapitalizedName(i) || i > 0 && s.toks[i-1].Capitalized() && s.toks[i-1].IsWord() && s.at[i-1] < 0 && i-1 > 0) {
			continue // "Wahid Al Uksouri" is not Abdurrahman Wahid
		}
		if p.actor != nil && p.actor.Kind == dict.KindCapital && s.namesText(i+n) {
			continue // "the Paris Agreement", "the Minsk agreements" (voice.go)
		}
		// a name must not continue into a longer capitalised name we do not
		// know ("Georgia Tech"), except across a possessive or punctuation
		m := &mention{i: i, j: i + n, actor: p.actor, sector: p.sector}
		if p.actor != nil && p.actor.Kind == dict.KindPerson {
			m.person = p.actor.Person
			m.role, _ = m.person.RoleAt(s.doc.date)
			s.doc.remember(m.person, s.c.lx)
		}
		return m
	}
	// a bare name part of a person named earlier in the document
	if s.toks[i].Capitalized() {
		if per := s.doc.known[w]; per != nil && !s.nextIsCapitalizedName(i) {
			m := &mention{i: i, j: i + 1, person: per, byName: true}
			m.role, _ = per.RoleAt(s.doc.date)
			return m
		}
	}
	if s.doc.home != "" && s.norm(i-1) == "the" {
		if a := s.c.ownPhrase(s.doc.home, w+" !"); a != nil {
			return &mention{i: i, j: i + 1, actor: a} // "visited the homeland"
		}
	}
	if w == "here" && s.doc.home != "" {
		return &mention{i: i, j: i + 1, here: true}
	}
	// "Korean" alone is ambiguous; in a Korean publication it is its own
	// country ("the Korean people" in KCNA is the DPRK's): the country
	// blocks' own and own-demonym fields
	if s.doc.home != "" && s.toks[i].Capitalized() && s.norm(i+1) != "peninsula" && s.norm(i+1) != "war" && s.norm(i-1) != "-" {
		if a := s.c.ownPhrase(s.doc.home, w); a != nil {
			if a.Kind == dict.KindAdjective && (i+1 >= len(s.toks) || !s.toks[i+1].IsWord() || s.toks[i+1].Norm == "in" || s.toks[i+1].Norm == "of") {
				a = s.c.ownPhrase(s.doc.home, w+" *") // "Korean in Russia": a person
			}
			return &mention{i: i, j: i + 1, actor: a}
		}
	}
	return nil
}

// nextIsCapitalizedName reports whether token i is followed by another
// capitalised word, as the "Kim" of an unknown "Kim Yo Jong" would be.
func (s *sentence) nextIsCapitalizedName(i int) bool {
	return i+1 < len(s.toks) && s.toks[i+1].Capitalized() && s.toks[i+1].IsWord()
}

// docState is what the coder remembers across the sentences of a document.
type docState struct {
	id   string
	date string
	home string // the publication's country, for "here"
	// the speaking state (a country code) or actor of a government's own
	// statement, whose voice "we", "my Government" are; "" for news
	speaker string
	known   map[string]*dict.Person
	// bareHeadlines: the publication ends every sentence with a stop, so a
	// text of one line without one is a headline (coder/bareline.go)
	bareHeadlines bool
	// carry: the country of the source of the last sentence that gave an
	// event, for the speaker of a wire report's later sentence named by
	// its body alone ("the ministry said", coder/wirespeakers.go)
	carry string
}

func (d *docState) remember(p *dict.Person, lx *lexicon) {
	for _, part := range lx.parts[p] {
		d.known[part] = p
	}
}

// markTitles marks the names inside quoted titles of works: a quoted span
// of three or more tokens that contains a verb ("Let Korea Speak") names a
// work, and its names are not actors. Short quotes ("the "Saenuri Party"")
// are KCNA's scare quotes around real actors.
func (s *sentence) markTitles() {
	open := -1
	for k, t := range s.toks {
		q := t.Norm == "\""
		if !q {
			continue
		}
		if open < 0 {
			open = k
			continue
		}
		if k-open-1 >= 3 {
			verb := false
			for j := open + 1; j < k; j++ {
				if isVerbTag(s.toks[j].Tag) && s.at[j] < 0 {
					verb = true
				}
			}
			if verb {
				for j := open + 1; j < k; j++ {
					if m := s.mentionAt(j); m != nil {
						m.inTitle = true
					}
				}
			}
		}
		open = -1
	}
}

// intensifiers are adjectives that qualify feelings and messages.
var intensifiers = map[string]bool{"deepest": true, "deep": true, "profound": true, "profoundest": true,
	"sincere": true, "sincerest": true, "heartfelt": true, "heart-felt": true, "deep-felt": true, "warm": true,
	"warmest": true, "hearty": true, "heartiest": true, "highest": true, "greatest": true, "utmost": true,
	"boundless": true, "earnest": true, "ardent": true, "cordial": true, "firm": true, "full": true,
	"strong": true, "strongest": true, "unreserved": true, "invariable": true, "special": true, "best": true}

// sentenceAdverbs stand between a subject and its verb ("we therefore
// welcome", "we also call on").
// retagWithoutGlosses tags again, without them, the words of a sentence
// that one-word parentheses interrupt ("Kim (left) shakes hands with …",
// "the alliance (Pomminryon) issued …"): after a closing parenthesis the
// tagger reads a verb as a noun. The words in parentheses keep the tags
// of the first pass.
func (s *sentence) retagWithoutGlosses(words []string) {
	// only when words follow a gloss with a word of the verb classes
	// among the next four: a dateline's "(KCNA) --" changes nothing, and
	// tagging is the coder's main cost
	worth := false
	for k := 0; k+3 < len(s.toks) && !worth; k++ {
		if s.toks[k].Norm != "(" || s.toks[k+2].Norm != ")" || !s.toks[k+3].IsWord() {
			continue
		}
		for j := k + 3; j < len(s.toks) && j < k+7 && !worth; j++ {
			worth = len(s.c.lx.forms[s.toks[j].Norm]) > 0
		}
	}
	if !worth {
		return
	}
	keep := make([]int, 0, len(s.toks))
	for k := 0; k < len(s.toks); k++ {
		if s.toks[k].Norm == "(" && k+2 < len(s.toks) && s.toks[k+2].Norm == ")" && s.toks[k+1].IsWord() {
			k += 2
			continue
		}
		keep = append(keep, k)
	}
	if len(keep) == len(s.toks) || len(keep) == 0 {
		return
	}
	sub := make([]nlp.Token, len(keep))
	var subWords []string
	for i, k := range keep {
		sub[i] = s.toks[k]
		if words != nil {
			subWords = append(subWords, words[k])
		}
	}
	s.c.tagger.Tag(sub, subWords)
	for i, k := range keep {
		s.toks[k].Tag = sub[i].Tag
	}
}

var sentenceAdverbs = setOf("therefore", "also", "again", "thus", "hence", "further", "once", "still",
	"too", "all", "both", "now", "today", "always", "hereby", "equally", "likewise", "similarly")

// tagSentence tags the tokens, then fixes what the model cannot know: the
// dictionary's names are proper nouns, its sector words are nouns.
func (s *sentence) tagSentence() {
	var words []string
	commas := s.headlineCommaPairs() // kcnaheads.go
	if s.headline {
		words = make([]string, len(s.toks))
		for i, t := range s.toks {
			w := t.Text
			if s.at[i] < 0 || s.ments[s.at[i]].sector != nil {
				w = strings.ToLower(w)
			}
			words[i] = w
		}
	}
	for _, k := range commas {
		words[k] = "and" // commas is empty unless s.headline
	}
	s.c.tagger.Tag(s.toks, words)
	for _, k := range commas {
		s.toks[k].Tag = "CC"
	}
	s.retagWithoutGlosses(words)
	s.markTitles()
	s.headlineRetags()           // kcnaforms.go
	s.headlinePresentTags()      // headlinegrammar.go
	s.kcnaLeadRetags()           // kcnaleads.go
	s.behalfVerbRetags()         // kcnaacts.go
	s.presentAfterNamedSubject() // presentverbs.go
	s.mandativeRetags()          // stance10.go
	s.secondActRetags()          // coordinatedverbs.go
	// the adjectives of diplomatic prose the model mistags ("their
	// deepest/NN condolences", "heartfelt/VBD sympathy")
	for k := range s.toks {
		if t := &s.toks[k]; intensifiers[t.Norm] && k+1 < len(s.toks) && s.toks[k+1].IsWord() {
			t.Tag = "JJ"
		}
	}
	// "will" after a determiner or an adjective is the noun ("the will to
	// boost relations", "their firm will")
	for k := 1; k < len(s.toks); k++ {
		if t := &s.toks[k]; t.Tag == "MD" && t.Norm == "will" {
			if p := s.toks[k-1].Tag; p == "DT" || p == "PRP$" || p == "JJ" || p == "POS" {
				t.Tag = "NN"
			}
		}
	}
	// an "-ly" word read as a verb before a verb is an adverb ("I wish to
	// warmly/VB congratulate")
	for k := 0; k+1 < len(s.toks); k++ {
		if t := &s.toks[k]; strings.HasPrefix(t.Tag, "VB") && strings.HasSuffix(t.Norm, "ly") && len(t.Norm) > 4 && strings.HasPrefix(s.toks[k+1].Tag, "VB") && !s.c.lx.singleWordVerb(t.Norm) {
			t.Tag = "RB"
		}
	}
	// "to first congratulate", "to also thank": the adverb of a split
	// infinitive and the verb after it
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k-1].Norm == "to" && s.c.sets.splitAdverbs[s.toks[k].Norm] && s.c.lx.singleWordVerb(s.toks[k+1].Norm) {
			s.toks[k].Tag, s.toks[k+1].Tag = "RB", "VB"
		}
	}
	// a base form right after a subject pronoun, adverbs aside, is a
	// present tense ("that is why we strongly support/VB …")
	for k := 1; k < len(s.toks); k++ {
		if t := &s.toks[k]; t.Tag == "VB" {
			j := k - 1
			for j > 0 && strings.HasPrefix(s.toks[j].Tag, "RB") {
				j--
			}
			if w := s.toks[j].Norm; (w == "we" || w == "i" || w == "they" || w == "you") && s.toks[j].Tag == "PRP" && j < k {
				t.Tag = "VBP"
			}
		}
	}
	// a gerund fixed with its noun is an adjective ("fired warning shots")
	for k := 0; k+1 < len(s.toks); k++ {
		if t := &s.toks[k]; t.Tag == "VBG" && s.c.sets.gerundCompounds[t.Norm+" "+s.toks[k+1].Norm] {
			t.Tag = "JJ"
		}
	}
	// a verb after a subject pronoun and a parenthetical adverb ("We,
	// therefore, welcome/JJ …") is the finite verb
	for k := 4; k < len(s.toks); k++ {
		if t := &s.toks[k]; (t.Tag == "JJ" || t.Tag == "NN") && s.c.lx.singleWordVerb(t.Norm) && s.toks[k-1].Norm == "," &&
			strings.HasPrefix(s.toks[k-2].Tag, "RB") && s.toks[k-3].Norm == "," && s.toks[k-4].Tag == "PRP" {
			t.Tag = "VBP"
		}
	}
	// a capitalised participle inside a name is part of the name ("the
	// Committee for Coping with Suppression of …")
	for k := 1; k < len(s.toks)-1 && !s.headline; k++ {
		t := &s.toks[k]
		if (t.Tag == "VBG" || t.Tag == "VBN") && t.Capitalized() && s.toks[k+1].Capitalized() || t.Tag == "VBG" && t.Capitalized() && s.toks[k-1].Norm == "for" {
			t.Tag = "NNP"
		}
	}
	// a capitalised "verb" after "to" and before another capitalised word
	// is a name ("a message to Eveline/VB Widmer-Schlumpf")
	for k := 2; k < len(s.toks)-1 && !s.headline; k++ {
		t := &s.toks[k]
		if t.Tag == "VB" && t.Capitalized() && s.toks[k-1].Norm == "to" && s.toks[k+1].Capitalized() && s.toks[k+1].IsWord() {
			t.Tag = "NNP"
		}
	}
	// a verb of the dictionaries read as an adjective before a noun phrase
	// ("and personally praised/JJ Putin") is a verb, unless a determiner
	// makes it a modifier ("the praised leader")
	for k := range s.toks {
		t := &s.toks[k]
		if t.Tag != "JJ" || !strings.HasSuffix(t.Norm, "ed") && !s.c.irregularPast[t.Norm] || s.at[k] >= 0 {
			continue
		}
		if _, ok := s.c.lx.forms[t.Norm]; !ok {
			continue
		}
		prev := s.tag(k - 1)
		if prev == "DT" || prev == "PRP$" || prev == "JJ" || prev == "POS" || prev == "IN" {
			continue
		}
		if k+1 < len(s.toks) && (s.at[k+1] >= 0 || s.toks[k+1].Tag == "DT" || s.toks[k+1].Tag == "PRP" || s.toks[k+1].Tag == "NNP") {
			t.Tag = "VBD"
		}
	}
	s.reducedRelatives()
	s.locativeParticiples()  // coder/names.go
	s.residenceParticiples() // coder/placedbodies.go
	s.wireProseTags()        // coder/wireprose.go
	s.romanNumerals()        // coder/names.go
	// "a delegation made up of … paid": a participle (coder/kcnaacts2.go)
	s.compositionParticiples()
	// a verb of the dictionaries after a verb and "to" is an infinitive
	// ("agreed to share/NN intelligence")
	for k := 2; k < len(s.toks); k++ {
		t := &s.toks[k]
		if s.toks[k-1].Norm != "to" || !isVerbTag(s.toks[k-2].Tag) || s.at[k] >= 0 || (t.Tag != "NN" && t.Tag != "JJ") {
			continue
		}
		if _, ok := s.c.lx.forms[t.Norm]; ok && !strings.HasSuffix(t.Norm, "ion") && !strings.HasSuffix(t.Norm, "ment") &&
			!strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "ed") {
			t.Tag = "VB"
		}
	}
	// a verb of the dictionaries after a subject pronoun and its adverbs is
	// finite ("we therefore/VBP welcome/JJ …", "I strongly urge")
	for k := range s.toks {
		if w := s.toks[k].Norm; w != "we" && w != "i" && w != "they" {
			continue
		}
		j := k + 1
		for j < len(s.toks) && j < k+4 && (sentenceAdverbs[s.toks[j].Norm] || strings.HasSuffix(s.toks[j].Norm, "ly") && s.toks[j].Tag != "VBD") {
			s.toks[j].Tag = "RB"
			j++
		}
		if j < len(s.toks) && s.at[j] < 0 && (j > k+1 || s.toks[j].Tag != "VBD" && s.toks[j].Tag != "VBP" && s.toks[j].Tag != "MD") {
			// a bare form too: "and we therefore support/VB …" (the tagger
			// may not read "therefore" as an adverb before this loop)
			if _, ok := s.c.lx.forms[s.toks[j].Norm]; ok && (!strings.HasPrefix(s.toks[j].Tag, "VB") || s.toks[j].Tag == "VB") && s.toks[j].Tag != "MD" {
				s.toks[j].Tag = "VBP"
				if strings.HasSuffix(s.toks[j].Norm, "ed") {
					s.toks[j].Tag = "VBD"
				}
			}
		}
	}
	s.nameVerbs()        // ungdframes.go
	s.splitInfinitives() // address.go
	for _, m := range s.ments {
		for k := m.i; k < m.j; k++ {
			t := &s.toks[k]
			switch {
			case m.speaker:
				// the speaker's voice keeps its pronoun tags: "we" is a
				// subject pronoun, "my Government" a possessive and a noun
				switch t.Norm {
				case "we", "i", "us":
					t.Tag = "PRP"
				case "my", "our":
					t.Tag = "PRP$"
				default:
					if !strings.HasPrefix(t.Tag, "NN") {
						t.Tag = "NN"
					}
				}
			case m.here:
				t.Tag = "RB"
			case m.sector != nil:
				if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "IN" && t.Tag != "DT" && t.Tag != "CC" {
					if strings.HasSuffix(t.Norm, "s") {
						t.Tag = "NNS"
					} else {
						t.Tag = "NN"
					}
				}
			case m.kind() == dict.KindAdjective:
				if t.IsWord() && t.Norm != "of" {
					t.Tag = "JJ"
				}
			default:
				if t.IsWord() && t.Tag != "IN" && t.Tag != "DT" && t.Tag != "CC" && t.Tag != "POS" {
					t.Tag = "NNP"
				}
			}
		}
	}
	s.reportedSpeechTags() // coder/reportedtags.go
}

// clauseOpeners end a clause before a later finite verb: after one of them,
// a second finite verb is a clause of its own.
var clauseOpeners = setOf("that", "which", "who", "whom", "whose", "and", "but", "or", "while", "when",
	"as", "because", "after", "before", "since", "although", "though", "where", "if", "until", "whereas", ";", ":", "\"", "nor", "so")

// reducedRelatives retags as participles the regular past forms that follow
// a noun, after the clause's finite verb, with no word that opens a new
// clause between, and that a preposition or adverb follows: "Israel freed
// the mayor, a member of Hamas jailed/VBN over a year ago, …" describes the
// mayor; Hamas jailed no one. After a verb of saying the form stays finite
// ("said Russia violated the treaty").
func (s *sentence) reducedRelatives() {
	finite := -1
	for k := 0; k < len(s.toks); k++ {
		t := &s.toks[k]
		if clauseOpeners[t.Norm] {
			finite = -1
			continue
		}
		if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" {
			continue
		}
		if finite < 0 || t.Tag != "VBD" || !strings.HasSuffix(t.Norm, "ed") || k+1 >= len(s.toks) ||
			!strings.HasPrefix(s.tag(k-1), "NN") {
			finite = k
			continue
		}
		if next := s.tag(k + 1); next != "IN" && next != "RB" && next != "RP" && next != "TO" && next != "," && next != "CD" {
			finite = k
			continue
		}
		speech := false
		for _, f := range s.c.lx.forms[s.toks[finite].Norm] {
			if f.class.Speech || strings.HasPrefix(f.class.Code, "01") {
				speech = true
			}
		}
		if speech {
			finite = k
			continue
		}
		t.Tag = "VBN"
	}
}
