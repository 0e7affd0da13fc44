package analysis

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/demarche-project/demarche"
)

// ReadQuestion reads a question file (YAML; see QUESTIONS.md):
//
//	name: North Korean troops in Russia
//	terms: [troops, soldiers, units, Kursk, deploy*]
//	actors: [PRK, RUS]
//	track: [RUS, PRK, KOR, UKR, USA]
//
// The ID defaults to the file's base name without its extension. It
// returns an EINVALID error naming the file for a malformed or invalid
// question, and ENOTFOUND when the file does not exist.
func ReadQuestion(path string) (*demarche.Question, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, demarche.Errorf(demarche.ENOTFOUND, "question file %s does not exist", path)
	}
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "question file %s: %v", path, err)
	}
	q, err := decodeQuestion(b)
	if err == nil {
		if q.ID == "" {
			base := filepath.Base(path)
			q.ID = strings.TrimSuffix(base, filepath.Ext(base))
		}
		err = ValidateQuestion(q)
	}
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "%s: %s", path, demarche.ErrorMessage(err))
	}
	return q, nil
}

// ParseQuestion reads a question from YAML and validates it. Unknown keys
// are errors. It returns an EINVALID error saying what is wrong.
func ParseQuestion(b []byte) (*demarche.Question, error) {
	q, err := decodeQuestion(b)
	if err != nil {
		return nil, err
	}
	if err := ValidateQuestion(q); err != nil {
		return nil, err
	}
	return q, nil
}

// decodeQuestion reads a question from YAML (or JSON, a subset of YAML)
// without validating it.
func decodeQuestion(b []byte) (*demarche.Question, error) {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var q demarche.Question
	if err := dec.Decode(&q); err != nil && !errors.Is(err, io.EOF) {
		return nil, demarche.Errorf(demarche.EINVALID, "%v", err)
	}
	return &q, nil
}

// ValidateQuestion checks a question and fills its defaults: the ID from
// the name, Track from Actors, actor codes upper-cased. It returns an
// EINVALID error for a question without a name, terms or tracked actors,
// with a bad actor, date or stance code.
func ValidateQuestion(q *demarche.Question) error {
	q.Name = strings.TrimSpace(q.Name)
	if q.Name == "" && q.ID == "" {
		return demarche.Errorf(demarche.EINVALID, "question: a name is needed")
	}
	if q.Name == "" {
		q.Name = q.ID
	}
	if q.ID == "" {
		q.ID = slug(q.Name)
	}
	var terms []string
	for _, t := range q.Terms {
		if t = strings.TrimSpace(t); t != "" {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return demarche.Errorf(demarche.EINVALID, "question %s: terms are needed (the words that identify it)", q.ID)
	}
	q.Terms = terms
	up := func(list []string, field string) ([]string, error) {
		var out []string
		for _, a := range list {
			a = strings.ToUpper(strings.TrimSpace(a))
			if a == "" {
				continue
			}
			if !demarche.ValidActor(a) {
				return nil, demarche.Errorf(demarche.EINVALID, "question %s: %s: bad actor %q", q.ID, field, a)
			}
			out = append(out, a)
		}
		return out, nil
	}
	var err error
	if q.Actors, err = up(q.Actors, "actors"); err != nil {
		return err
	}
	if q.Track, err = up(q.Track, "track"); err != nil {
		return err
	}
	if len(q.Track) == 0 {
		q.Track = q.Actors
	}
	if len(q.Track) == 0 {
		return demarche.Errorf(demarche.EINVALID, "question %s: track (or actors) is needed: whose stances to follow", q.ID)
	}
	for name, d := range map[string]string{"from": q.From, "to": q.To} {
		if d != "" && dayOf(d) < 0 {
			return demarche.Errorf(demarche.EINVALID, "question %s: %s: bad date %q (want YYYY-MM-DD)", q.ID, name, d)
		}
	}
	for code, name := range q.Stances {
		if !isDigitsN(code) || len(code) < 2 || len(code) > 4 || strings.TrimSpace(name) == "" {
			return demarche.Errorf(demarche.EINVALID, "question %s: stances: want a CAMEO code or prefix and a stance name, got %q: %q", q.ID, code, name)
		}
	}
	return nil
}

func isDigitsN(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// slug turns a name into an ID: lower-case words joined by hyphens.
func slug(s string) string {
	var b strings.Builder
	for _, w := range words(s) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w.norm)
	}
	return b.String()
}

// matcher finds the terms of a question in a text.
type matcher struct{ re *regexp.Regexp }

func newMatcher(terms []string) *matcher {
	parts := make([]string, len(terms))
	for i, t := range terms {
		star := strings.HasSuffix(t, "*")
		t = strings.TrimSuffix(t, "*")
		p := regexp.QuoteMeta(strings.ToLower(t))
		p = strings.Join(strings.Fields(p), `\s+`)
		if star {
			p += `[\p{L}\p{N}]*`
		}
		parts[i] = p
	}
	re := regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + strings.Join(parts, "|") + `)(?:$|[^\p{L}\p{N}])`)
	return &matcher{re: re}
}

func (m *matcher) match(text string) bool { return m.re.MatchString(text) }
