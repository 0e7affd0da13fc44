package demarche

// Document is one input record: a story, a statement, a headline or a page.
//
// ID is the caller's identifier; when the input gives none the reader derives
// one from the content, so that the same input always yields the same ID.
// Date is an ISO date (YYYY-MM-DD) and is used to resolve dated roles ("the
// Russian president" in 2010 is Medvedev) and to date events.
type Document struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Title  string `json:"title,omitempty"`
	Text   string `json:"text,omitempty"`
	Source string `json:"source,omitempty"` // publication: KCNA, TASS …
	URL    string `json:"url,omitempty"`

	// Country is the speaking state of a government's own statement (a UN
	// General Debate speech, a ministry's release): an ISO 3166 alpha-3 code
	// or a country name. The coder reads "we", "my Government", "my
	// country" and the speaking "I" as its government. Empty for news.
	Country string `json:"country,omitempty"`

	// Parse is a Penn Treebank parse of Text when the input supplies one
	// (PETRARCH XML records do); the coder may use it instead of its own
	// clause analysis.
	Parse string `json:"parse,omitempty"`

	// Language and place fields (issue 11, languages and places).
	//
	// Language is the ISO 639-1 code of the document's language: given by
	// the input (or forced with --language), else detected by package lang
	// when the coder reads the document; "" when the text is too short to
	// tell (a headline), which is coded as English. Only English documents
	// are coded with the English knowledge.
	Language string `json:"language,omitempty"`

	// Origin says where the record was read from ("kcna-2011.jsonl.gz:17"),
	// for error messages and provenance. It is not part of the content.
	Origin string `json:"-"`
}

// Body returns the text that is coded: the text when there is one, else the
// title, which is then coded as a headline.
func (d *Document) Body() (text string, headline bool) {
	if d.Text != "" {
		return d.Text, false
	}
	return d.Title, true
}

// Sentence is one coding unit of a document: a sentence of its text, or its
// headline. Start and End are byte offsets of Text in the document body.
type Sentence struct {
	Doc      string `json:"doc"`
	Index    int    `json:"sentence"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Headline bool   `json:"headline,omitempty"`
}

// Span is a half-open byte range [Start, End) within a sentence's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Of returns the text the span covers in s, or "" when it does not fit.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Empty() {
		return ""
	}
	return text[s.Start:s.End]
}

// Coded is the result of coding one document: its sentences and the events
// found in them, in sentence order.
type Coded struct {
	Doc       *Document
	Sentences []Sentence
	Events    []Event
}
