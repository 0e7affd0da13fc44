package analysis

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche-project/demarche"
)

// rhetoricPrior is the weight α of the source's own language as a prior on
// its language about one target (see rhetoric).
const rhetoricPrior = 10

// stopwords are the words a phrase may not start or end with.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but nor of to in on at by for from with as into onto upon
		about over under than then that this these those there here it its it's is are was were be been being
		has have had do does did will would shall should can could may might must not no so such
		he she they we you i his her their our your my him them us me who whom whose which what when where why how
		said says say also which while after before since during between against among all any each both
		other some more most very only own same just too s t mr`) {
		stopwords[w] = true
	}
}

// word is a token of a sentence for phrases.
type word struct {
	norm  string // lower case
	lower bool   // written in lower case: not a name
}

// words splits text into words: letters and digits with inner hyphens and
// apostrophes.
func words(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '-' || r == '\'' || r == '’') && j+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := text[i:j]
		first, _ := utf8.DecodeRuneInString(w)
		out = append(out, word{norm: strings.ToLower(w), lower: unicode.IsLower(first)})
		i = j
	}
	return out
}

// phrases returns the distinct phrases of two to four words of a text that
// may carry rhetoric: they neither start nor end with a stop word, hold no
// number, have at least two words that are not stop words, and every word
// is written in lower case (a capitalised stop word may start the text):
// names, titles and places are not rhetoric.
func phrases(text string) map[string]bool {
	ws := words(text)
	if len(ws) > 0 && stopwords[ws[0].norm] {
		ws[0].lower = true // "The", "This" start sentences
	}
	out := map[string]bool{}
	for i := range ws {
		if stopwords[ws[i].norm] || isNumber(ws[i].norm) || !ws[i].lower {
			continue
		}
		content := 0
		for n := 1; n <= 4 && i+n <= len(ws); n++ {
			w := ws[i+n-1]
			if isNumber(w.norm) || !w.lower {
				break
			}
			if !stopwords[w.norm] {
				content++
			}
			if n < 2 || stopwords[w.norm] || content < 2 {
				continue
			}
			parts := make([]string, n)
			for k := 0; k < n; k++ {
				parts[k] = ws[i+k].norm
			}
			out[strings.Join(parts, " ")] = true
		}
	}
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// docPhrases is the phrases of one document of a dyad.
type docPhrases struct {
	doc     string
	day     int
	phrases map[string]bool
	items   []item
}

// dyadDocs groups the items of a dyad by document, in date order, with the
// phrases of their distinct sentences.
func dyadDocs(d *dyad) []*docPhrases {
	byDoc := map[string]*docPhrases{}
	var out []*docPhrases
	seen := map[string]bool{}
	for _, it := range d.items {
		dp := byDoc[it.ev.Doc]
		if dp == nil {
			dp = &docPhrases{doc: it.ev.Doc, day: it.day, phrases: map[string]bool{}}
			byDoc[it.ev.Doc] = dp
			out = append(out, dp)
		}
		dp.items = append(dp.items, it)
		key := fmt.Sprintf("%s\x00%d", it.ev.Doc, it.ev.Sentence)
		if seen[key] {
			continue
		}
		seen[key] = true
		for p := range phrases(it.ev.Text) {
			dp.phrases[p] = true
		}
	}
	return out
}

// rhetoric finds the phrases a source newly uses about a target, month by
// month. The unit is the document: a phrase is used in a document when one
// of the dyad's event sentences of that document holds it.
//
// For a month with n documents of the dyad, a phrase used in y ≥
// RhetoricMinDocs of them and never in the dyad's N earlier documents is
// scored against the dyad's history, smoothed by the source's earlier
// language about every target: its expected rate is α·g/(N + α), where g is
// the share of the source's earlier documents (about anyone) using the
// phrase, with half a document added, and α = 10; the score is
// −log10 P(Poisson(n·rate) ≥ y). The dyad needs RhetoricMinHistory earlier
// documents over RhetoricMinDays. Of phrases used by the same documents
// only the longest is kept; a month gives one signal with its
// RhetoricPhrases best phrases. dyads are the directed dyads to report on,
// all those whose sources' language makes the prior.
func (s *Service) rhetoric(dyads, all []*dyad) []demarche.Signal {
	o := s.opt
	report := map[*dyad]bool{}
	for _, d := range dyads {
		report[d] = true
	}
	// The documents of every dyad of each source, by month.
	type monthDocs struct {
		d    *dyad
		docs []*docPhrases
	}
	bySource := map[string]map[int][]monthDocs{}
	for _, d := range all {
		dps := dyadDocs(d)
		if bySource[d.src] == nil {
			bySource[d.src] = map[int][]monthDocs{}
		}
		for i := 0; i < len(dps); {
			m := monthOf(dps[i].day)
			j := i
			for j < len(dps) && monthOf(dps[j].day) == m {
				j++
			}
			bySource[d.src][m] = append(bySource[d.src][m], monthDocs{d, dps[i:j]})
			i = j
		}
	}
	sources := make([]string, 0, len(bySource))
	for src := range bySource {
		sources = append(sources, src)
	}
	sort.Strings(sources)
	var out []demarche.Signal
	for _, src := range sources {
		months := make([]int, 0, len(bySource[src]))
		for m := range bySource[src] {
			months = append(months, m)
		}
		sort.Ints(months)
		srcHist := map[string]int{}
		srcN := 0
		hist := map[*dyad]map[string]int{}
		nHist := map[*dyad]int{}
		first := map[*dyad]int{}
		for _, m := range months {
			for _, md := range bySource[src][m] {
				d := md.d
				if _, ok := first[d]; !ok {
					first[d] = md.docs[0].day
				}
				if report[d] && nHist[d] >= o.RhetoricMinHistory && monthStart(m)-first[d] >= o.RhetoricMinDays {
					if sg, ok := s.newPhrases(d, md.docs, hist[d], nHist[d], srcHist, srcN); ok {
						out = append(out, sg)
					}
				}
			}
			for _, md := range bySource[src][m] {
				if hist[md.d] == nil {
					hist[md.d] = map[string]int{}
				}
				for _, dp := range md.docs {
					nHist[md.d]++
					srcN++
					for p := range dp.phrases {
						hist[md.d][p]++
						srcHist[p]++
					}
				}
			}
		}
	}
	return out
}

type scoredPhrase struct {
	text  string
	docs  []*docPhrases
	score float64
}

func (s *Service) newPhrases(d *dyad, month []*docPhrases, hist map[string]int, nHist int, src map[string]int, srcN int) (demarche.Signal, bool) {
	o := s.opt
	use := map[string][]*docPhrases{}
	for _, dp := range month {
		for p := range dp.phrases {
			if hist[p] == 0 {
				use[p] = append(use[p], dp)
			}
		}
	}
	n := float64(len(month))
	var cands []scoredPhrase
	for p, dps := range use {
		if len(dps) < o.RhetoricMinDocs {
			continue
		}
		g := (float64(src[p]) + 0.5) / float64(srcN+1)
		rate := rhetoricPrior * g / (float64(nHist) + rhetoricPrior)
		score := scoreOfLogP(nbLogUpper(len(dps), n*rate, 0))
		if score >= candidateScore {
			cands = append(cands, scoredPhrase{p, dps, score})
		}
	}
	if len(cands) == 0 {
		return demarche.Signal{}, false
	}
	// Keep the longest of phrases used by the same documents.
	var kept []scoredPhrase
	for _, c := range cands {
		sub := false
		for _, o := range cands {
			if len(o.text) > len(c.text) && len(o.docs) == len(c.docs) && strings.Contains(" "+o.text+" ", " "+c.text+" ") {
				sub = true
				break
			}
		}
		if !sub {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].score != kept[j].score {
			return kept[i].score > kept[j].score
		}
		if len(kept[i].text) != len(kept[j].text) {
			return len(kept[i].text) > len(kept[j].text)
		}
		return kept[i].text < kept[j].text
	})
	if len(kept) > o.RhetoricPhrases {
		kept = kept[:o.RhetoricPhrases]
	}
	top := kept[0]
	var items []item
	for _, dp := range top.docs {
		items = append(items, dp.items...)
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].day < items[j].day })
	sg := demarche.Signal{
		Kind: demarche.SignalRhetoric, Score: top.score, Source: d.src, Target: d.tgt,
		Date: items[0].ev.Date, From: dateOf(top.docs[0].day), To: dateOf(top.docs[len(top.docs)-1].day),
		Value: float64(len(top.docs)),
	}
	var quoted []string
	for _, k := range kept {
		sg.Phrases = append(sg.Phrases, k.text)
		quoted = append(quoted, fmt.Sprintf("“%s” (%d documents)", k.text, len(k.docs)))
	}
	sg.Title = fmt.Sprintf("%s: new language in %s: %s", d.name(), monthLabel(monthOf(top.docs[0].day)), strings.Join(quoted, ", "))
	sg.Detail = fmt.Sprintf("never in the dyad's %d earlier documents, in %d of the source's %d earlier documents about anyone; %d of the month's %d documents",
		nHist, src[top.text], srcN, len(top.docs), len(month))
	sg.Evidence = s.evidence(items, func(e *demarche.Event) bool { return phrases(e.Text)[top.text] })
	return sg, true
}
