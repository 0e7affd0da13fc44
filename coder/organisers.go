// Organisers of events told in the passive or as "X took place under the
// sponsorship of Y", and the occasions and visits they serve (found on the
// kcna-leads2 sample of coder/testdata).

package coder

import "strings"

// setSponsorCues names the phrases that introduce the organiser of an
// event: "under the sponsorship of", "sponsored by" (64-kcna-leads2.txt).
const setSponsorCues = "SPONSOR_CUES"

// setEventNouns names the heads of events that can be held by someone:
// "meeting", "seminar", "memorial service" (64-kcna-leads2.txt).
const setEventNouns = "HELD_EVENT_NOUNS"

// sponsorAgent returns the organiser named in [lo, hi) after one of the
// SPONSOR_CUES phrases ("a seminar took place in Lima under the
// sponsorship of the Peruvian committee …"), and its span.
func (s *sentence) sponsorAgent(lo, hi int) ([]actor, [2]int) {
	for k := lo; k < hi; k++ {
		n := s.setPhraseAt(k, hi, setSponsorCues)
		if n == 0 {
			continue
		}
		a := k + n
		e := s.chainRight(a, len(s.toks))
		if acts := s.actorsIn(a, e, false); len(acts) > 0 {
			return acts, [2]int{a, e}
		}
		return nil, [2]int{-1, -1}
	}
	return nil, [2]int{-1, -1}
}

// eventSubject reports whether the subject phrase of p is headed by an
// event noun ("A national seminar", "Memorial services", "A meeting for
// celebrating the anniversary of the DPRK"): an event noun before the
// phrase's first preposition.
func (s *sentence) eventSubject(p *pred) bool {
	_, ok := s.eventNounEnd(p)
	return ok
}

// eventNounEnd returns the end of the event noun that heads the subject
// phrase of p, if one does.
func (s *sentence) eventNounEnd(p *pred) (int, bool) {
	// the phrase from the clause's start: the subject found may be only a
	// name inside it ("the DPRK" of "a meeting for celebrating … the DPRK")
	b := p.g.start
	a := b
	for a > 0 && !finiteTags[s.tag(a-1)] && s.norm(a-1) != ";" && s.norm(a-1) != ":" {
		a--
	}
	nouns := s.c.sets.lowered(setEventNouns)
	for k := a; k < b && s.tag(k) != "IN"; k++ {
		if n := s.setPhraseAt(k, b, setEventNouns); n > 0 {
			e := k + n
			for e < b && (s.norm(e) == "and" || s.norm(e) == "," || nouns[s.norm(e)] || isAdjTag(s.tag(e)) || s.tag(e) == "NN" || s.tag(e) == "NNS") {
				e++ // "a seminar and a photo exhibition", "meetings, lectures"
			}
			return e, true
		}
	}
	return 0, false
}

// ofOrganiser returns the actor of an event named "EVENT of X" before its
// verb: "a memorial service of Koreans in Germany for the late leader took
// place", "a meeting of Cambodian seamen was held": the body whose event it
// is, up to the next "for", "to" or "on".
func (s *sentence) ofOrganiser(q *pred) ([]actor, [2]int) {
	e, ok := s.eventNounEnd(q)
	if !ok || s.norm(e) != "of" || e+1 >= q.g.start || s.tag(e+1) == "VBG" {
		return nil, [2]int{-1, -1}
	}
	end := q.g.start
	for k := e + 1; k < end; k++ {
		if w := s.norm(k); w == "for" || w == "to" || w == "on" || w == "," {
			end = k
			break
		}
	}
	acts := s.actorsIn(e+1, end, false)
	if len(acts) == 1 && len(acts[0].code) == 3 && end-e <= 3 {
		// "a fine art exhibition of the DPRK": what is shown, not who
		// shows it
		return nil, [2]int{-1, -1}
	}
	if len(acts) > 0 {
		return acts, [2]int{e + 1, end}
	}
	return nil, [2]int{-1, -1}
}

// tookPlace reports whether p is an event's "took place" (the class
// event_took_place of 64-kcna-leads2.txt), whose source is its organiser.
func (s *sentence) tookPlace(p *pred) bool {
	if p.noun || p.g.passive {
		return false
	}
	for _, cf := range p.cands {
		if cf.form.class.Name == "event_took_place" {
			return true
		}
	}
	return false
}

// finiteTags are the tags of finite verbs, which end a subject phrase to
// the left.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// organiser returns who held the event of finite clause q, when its
// subject is an event that names no actor: the agent of a passive ("A
// seminar … was held by the Swiss group"), else the sponsor named in the
// clause ("A meeting took place … under the sponsorship of X"). A purpose
// ("to mark the anniversary of …") then has that organiser as its subject.
func (s *sentence) organiser(q *pred) ([]actor, [2]int) {
	if q == nil || q.noun || !s.eventSubject(q) {
		return nil, [2]int{-1, -1}
	}
	acts, span := s.organiserOf(q)
	var out []actor
	for _, a := range acts {
		if !a.weak && !strings.HasPrefix(a.code, sectorOnly) {
			// "by different organizations and companies": no country
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, [2]int{-1, -1}
	}
	return out, span
}

// organiserOf is organiser without the checks on the event and its actors.
func (s *sentence) organiserOf(q *pred) ([]actor, [2]int) {
	if q.g.passive {
		if by, together := s.byAgent(q); len(by) > 0 && !together {
			for k := q.vend; k < len(s.toks) && k < q.vend+14; k++ {
				if s.norm(k) == "by" {
					return by, [2]int{k + 1, s.chainRight(k+1, len(s.toks))}
				}
			}
		}
	}
	if acts, span := s.sponsorAgent(q.vend, len(s.toks)); len(acts) > 0 {
		return acts, span
	}
	return s.ofOrganiser(q)
}

// purposeOrganiser returns the organiser of the nearest finite clause
// before token k that an infinitive of purpose serves ("Meetings were held
// by X … to mark …"), which previousFinite does not give: that clause's
// subject names no actor.
func (s *sentence) purposeOrganiser(all []*pred, k int) ([]actor, [2]int, string) {
	var near *pred
	for _, q := range all {
		if !q.noun && q.g.finite && q.v < k && (near == nil || q.v > near.v) {
			near = q
		}
	}
	for j := k - 1; j >= 0; j-- {
		if near != nil && j == near.v {
			org, span := s.organiser(near)
			return org, span, s.norm(j)
		}
		if !s.finiteVerbAt(j) || beForms[s.norm(j)] || haveForms[s.norm(j)] {
			continue
		}
		q := &pred{v: j, vend: j + 1}
		q.g = s.analyseGroup(j)
		s.findSubject(q, all)
		org, span := s.organiser(q)
		return org, span, s.norm(j)
	}
	return nil, [2]int{-1, -1}, ""
}

// decoratedModifier reports whether p is a past participle that describes a
// noun by an honour it holds, after the clause's own finite verb:
// "inspected KPA Unit 405 honored with the title of a guards
// regiment", "the company decorated with the Order of …". It is a reduced
// passive relative with no agent, not a clause of praise.
func (s *sentence) decoratedModifier(p *pred) bool {
	if p.noun || p.g.neg || p.v < 1 || s.norm(p.vend) != "with" {
		return false
	}
	if t := s.tag(p.v); t != "VBD" && t != "VBN" {
		return false
	}
	switch s.norm(p.v) {
	case "honored", "honoured", "decorated", "awarded", "conferred", "bestowed":
	default:
		return false
	}
	prev := s.tag(p.v - 1)
	if !isNounTag(prev) && prev != "CD" && s.norm(p.v-1) != ")" {
		return false
	}
	return s.finiteVerbBefore(p.v - 1)
}

// occasionCut ends a target span at the occasion that follows its actor:
// "congratulating the leader on his fruitful tours of Laos and
// Vietnam", "thanked X upon her election as head of Y", "for his visit to
// Z". The occasion's actors are background, not targets.
func (s *sentence) occasionCut(span [2]int) [2]int {
	for k := span[0] + 1; k+1 < span[1]; k++ {
		w := s.norm(k)
		if w != "on" && w != "upon" && w != "for" {
			continue
		}
		switch s.norm(k + 1) {
		case "his", "her", "its", "their":
		default:
			continue
		}
		if s.hasActor(span[0], k) {
			return [2]int{span[0], k}
		}
		return span
	}
	return span
}

// visitedTarget returns, for a purpose infinitive with no target that
// serves a visit ("visiting Cambodia to offer condolences on the death
// of its former king", "after visiting Pyongyang to express condolences",
// "left here to visit China to congratulate …"), the place visited: the
// purpose is addressed to the country the visit went to. Only for the
// verbal acts that address someone: condolences, praise and greetings.
func (s *sentence) visitedTarget(p *pred, code string) []actor {
	if !p.g.infin || p.noun {
		return nil
	}
	if r := code; len(r) < 2 || (r[:2] != "01" && r[:2] != "05") {
		return nil
	}
	// the verb of the visit just before "to": "visiting Cambodia to"
	for k := p.g.start - 1; k >= 0 && k >= p.g.start-10; k-- {
		w := s.norm(k)
		if w == "," || w == ";" || finiteTags[s.tag(k)] && !strings.HasPrefix(w, "visit") {
			return nil
		}
		if w != "visit" && w != "visiting" && w != "visited" && w != "visits" {
			continue
		}
		acts := s.actorsIn(k+1, p.g.start, true)
		if len(acts) == 1 && !acts[0].weak && !strings.HasPrefix(acts[0].code, sectorOnly) {
			return acts
		}
		return nil
	}
	return nil
}

// busyStart returns the start of the verb group of a gerund after "busy"
// ("South Korean media are still busy letting loose lies", "are busy
// talking nonsense about …"): the form of "be" before "busy", whose
// subject is the gerund's. It returns -1 when p is no such gerund.
func (s *sentence) busyStart(p *pred) int {
	if p.noun || s.tag(p.v) != "VBG" || s.norm(p.v-1) != "busy" {
		return -1
	}
	for k := p.v - 2; k >= 0 && k >= p.v-5; k-- {
		if beForms[s.norm(k)] {
			return k
		}
		if !isAdvTag(s.tag(k)) {
			return -1
		}
	}
	return -1
}

// mediumWords are the places a work is carried in or posted on.
var mediumWords = map[string]bool{
	"website": true, "websites": true, "homepage": true, "homepages": true, "home": true,
	"site": true, "bulletin": true, "bulletins": true, "paper": true, "papers": true,
	"newspaper": true, "newspapers": true, "magazine": true, "journal": true,
	"organ": true, "issue": true, "web": true, "internet": true, "blog": true,
}

// mediumPhrase returns the start of the phrase naming where a work was
// carried or posted when its passive has no "by" agent: "was posted on the
// website of the Nigerian committee …", "was carried in the third bulletin of
// a Latin American institute …", "was posted on Chinese Internet website
// Xinlang". The outlet there is the source (publication.go). It returns -1
// when there is none.
func (s *sentence) mediumPhrase(p *pred) int {
	k := p.vend
	for k < p.hi && k < p.vend+4 && s.norm(k) != "on" && s.norm(k) != "in" {
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			return -1
		}
		k++
	}
	if k >= p.hi || (s.norm(k) != "on" && s.norm(k) != "in") {
		return -1
	}
	for j := k + 1; j < p.hi && j <= k+5; j++ {
		if mediumWords[s.norm(j)] {
			for i := j + 1; i < p.hi && i <= j+4; i++ {
				if w := s.norm(i); w == "countries" || w == "regions" {
					return -1 // "on websites of different countries": no outlet named
				}
			}
			return k + 1
		}
		if isVerbTag(s.tag(j)) || s.norm(j) == "," {
			return -1
		}
	}
	return -1
}

// titleApposition returns the actors of the apposition at k that gives an
// unknown agent's title: "by Omar Said Nasr, head of the Egyptian
// study group of the Juche idea", "by the son of a Chinese volunteer
// fallen in the war". Only a title (a noun, or "a"
// and an adjective of nationality) opens it, so that a list goes on
// unread.
func (s *sentence) titleApposition(k, hi int) []actor {
	if k >= hi {
		return nil
	}
	w := s.norm(k)
	if w != "a" && w != "an" && !(s.tag(k) == "NN" || s.tag(k) == "NNS") {
		return nil
	}
	e := s.chainRight(k, hi)
	if e <= k {
		return nil
	}
	var out []actor
	for _, a := range s.actorsIn(k, e, false) {
		if !a.weak && !strings.HasPrefix(a.code, sectorOnly) {
			out = append(out, a)
		}
	}
	return out
}
