package petrarch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Dicts is a loaded set of PETRARCH dictionaries, compiled for matching.
type Dicts struct {
	Verbs    *Verbs
	Actors   []*Actors
	Agents   *Agents
	Discards *Discards
	Issues   *Issues

	// Problems are the first MaxProblems syntax errors found while
	// loading (each names its file and line), MoreProblems counts the
	// others; the entries that parsed are loaded all the same.
	Problems     []error
	MoreProblems int
	// Notes are the constructs read but approximated.
	Notes []Note

	actorIdx map[string][]ActorPhrase
	agentIdx map[string][]*Agent
	patterns map[*VerbBlock][]*Pattern
}

// ActorPhrase is one name of an actor, as the actors' index holds it.
type ActorPhrase struct {
	Words []string
	Actor *Actor
}

// Files names the dictionary files of a set. Empty names are not loaded.
type Files struct {
	Verbs    string
	Actors   []string
	Agents   string
	Discards string
	Issues   string
}

// PhoenixFiles returns the files of the Phoenix set in dir.
func PhoenixFiles(dir string) Files {
	j := func(n string) string { return filepath.Join(dir, n) }
	return Files{
		Verbs:    j("CAMEO.2.0.txt"),
		Actors:   []string{j("Phoenix.Countries.actors.txt"), j("Phoenix.International.actors.txt"), j("Phoenix.MilNonState.actors.txt")},
		Agents:   j("Phoenix.agents.txt"),
		Discards: j("Phoenix.discards.txt"),
		Issues:   j("Phoenix.IssueCoding.txt"),
	}
}

// DirFiles finds the dictionaries of a folder by their names: the verb
// file (CAMEO*.txt or *.verbs.txt), the *.actors.txt files, the
// *agents.txt, *discards.txt and *IssueCoding.txt files. When the folder
// holds both the Phoenix set and another one, the Phoenix set is chosen.
// It fails with a message listing what it found when there is no verb or
// no actor file.
func DirFiles(dir string) (Files, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return Files{}, err
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(strings.ToLower(e.Name()), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	has := func(n string) bool {
		for _, x := range names {
			if x == n {
				return true
			}
		}
		return false
	}
	if has("CAMEO.2.0.txt") && has("Phoenix.agents.txt") {
		return PhoenixFiles(dir), nil
	}
	var f Files
	j := func(n string) string { return filepath.Join(dir, n) }
	for _, n := range names {
		l := strings.ToLower(n)
		switch {
		case strings.HasSuffix(l, ".verbs.txt") || strings.HasPrefix(l, "cameo"):
			if f.Verbs == "" {
				f.Verbs = j(n)
			}
		case strings.HasSuffix(l, ".actors.txt"):
			f.Actors = append(f.Actors, j(n))
		case strings.HasSuffix(l, "agents.txt"):
			f.Agents = j(n)
		case strings.HasSuffix(l, "discards.txt"):
			f.Discards = j(n)
		case strings.Contains(l, "issuecoding"):
			f.Issues = j(n)
		}
	}
	if f.Verbs == "" || len(f.Actors) == 0 {
		return f, fmt.Errorf("%s: no PETRARCH verb and actor dictionaries (want CAMEO*.txt or *.verbs.txt and *.actors.txt; found %s)", dir, strings.Join(names, ", "))
	}
	return f, nil
}

// MaxProblems bounds Dicts.Problems: a binary or foreign file makes a
// problem of nearly every line.
const MaxProblems = 100

// Load reads and compiles the files. It fails when a file cannot be read:
// missing, not a regular file, larger than MaxFileSize or binary (see
// ReadFile). Syntax errors are collected in Problems.
func Load(f Files) (*Dicts, error) {
	d := &Dicts{}
	load := func(name string, read func(io.Reader) error) error {
		if name == "" {
			return nil
		}
		var problems error
		if err := ReadFile(name, func(r io.Reader) { problems = read(r) }); err != nil {
			return fmt.Errorf("petrarch dictionaries: %w", err)
		}
		if problems != nil {
			d.addProblems(unjoin(problems))
		}
		return nil
	}
	if f.Verbs == "" {
		return nil, errors.New("petrarch dictionaries: no verb dictionary")
	}
	if err := load(f.Verbs, func(r io.Reader) (err error) { d.Verbs, err = ReadVerbs(r, f.Verbs); return }); err != nil {
		return nil, err
	}
	for _, a := range f.Actors {
		if err := load(a, func(r io.Reader) error {
			acts, err := ReadActors(r, a)
			d.Actors = append(d.Actors, acts)
			return err
		}); err != nil {
			return nil, err
		}
	}
	if err := load(f.Agents, func(r io.Reader) (err error) { d.Agents, err = ReadAgents(r, f.Agents); return }); err != nil {
		return nil, err
	}
	if err := load(f.Discards, func(r io.Reader) (err error) { d.Discards, err = ReadDiscards(r, f.Discards); return }); err != nil {
		return nil, err
	}
	if err := load(f.Issues, func(r io.Reader) (err error) { d.Issues, err = ReadIssues(r, f.Issues); return }); err != nil {
		return nil, err
	}
	d.compile()
	return d, nil
}

// addProblems keeps the first MaxProblems problems and counts the others.
func (d *Dicts) addProblems(errs []error) {
	keep := min(len(errs), max(MaxProblems-len(d.Problems), 0))
	d.Problems = append(d.Problems, errs[:keep]...)
	d.MoreProblems += len(errs) - keep
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Compile builds the indexes that the tree matcher (petrarch/treecoder)
// uses, for a set whose fields were filled by hand; Load calls it.
func (d *Dicts) Compile() { d.compile() }

// compile builds the indexes used by the matcher.
func (d *Dicts) compile() {
	if d.Verbs == nil {
		d.Verbs = &Verbs{Synsets: map[string]*Synset{}, Index: map[string][]FormOf{}}
	}
	if d.Agents == nil {
		d.Agents = &Agents{Subst: map[string][]string{}}
	}
	if d.Discards == nil {
		d.Discards = &Discards{}
	}
	d.Notes = append(d.Notes, d.Verbs.Notes...)
	if d.Issues != nil {
		d.Notes = append(d.Notes, d.Issues.Notes...)
	}
	d.actorIdx = map[string][]ActorPhrase{}
	for _, as := range d.Actors {
		d.Notes = append(d.Notes, as.Notes...)
		for _, a := range as.Entries {
			for _, n := range a.Names {
				d.actorIdx[n[0]] = append(d.actorIdx[n[0]], ActorPhrase{n, a})
			}
		}
	}
	for k, l := range d.actorIdx {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].Words) > len(l[j].Words) })
		d.actorIdx[k] = l
	}
	d.agentIdx = map[string][]*Agent{}
	for _, a := range d.Agents.Entries {
		d.agentIdx[a.Words[0]] = append(d.agentIdx[a.Words[0]], a)
	}
	for k, l := range d.agentIdx {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].Words) > len(l[j].Words) })
		d.agentIdx[k] = l
	}
	d.patterns = map[*VerbBlock][]*Pattern{}
	for _, b := range d.Verbs.Blocks {
		ps := append([]*Pattern(nil), b.Patterns...)
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].Weight() > ps[j].Weight() })
		d.patterns[b] = ps
	}
}

// Stats counts what was loaded, for `demarche dicts`.
func (d *Dicts) Stats() map[string]int {
	s := map[string]int{"verb blocks": len(d.Verbs.Blocks), "synonym sets": len(d.Verbs.Synsets),
		"transformations": len(d.Verbs.Transform), "agents": len(d.Agents.Entries),
		"discards": len(d.Discards.Story) + len(d.Discards.Sentence)}
	for _, b := range d.Verbs.Blocks {
		s["verbs"] += len(b.Verbs)
		s["patterns"] += len(b.Patterns)
	}
	for _, a := range d.Actors {
		s["actors"] += len(a.Entries)
		for _, e := range a.Entries {
			s["actor names"] += len(e.Names)
		}
	}
	if d.Issues != nil {
		s["issues"] = len(d.Issues.Issues)
	}
	return s
}

// ActorsAt returns the actor names that start with word (upper case).
func (d *Dicts) ActorsAt(word string) []ActorPhrase { return d.actorIdx[word] }

// AgentsAt returns the agents whose phrase starts with word (upper case).
func (d *Dicts) AgentsAt(word string) []*Agent { return d.agentIdx[word] }

// PatternsOf returns the patterns of a verb block, heaviest first, as the
// tree matcher tries them.
func (d *Dicts) PatternsOf(b *VerbBlock) []*Pattern { return d.patterns[b] }
