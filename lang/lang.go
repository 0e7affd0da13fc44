// Package lang tells the language of a document, so that the coder reads
// with its English knowledge only the documents written in English.
//
// It is a small, deterministic detector written for this purpose, not a
// general one: a text written mostly in a non-Latin script is given that
// script's language (Hangul: ko, kana: ja, Han: zh, Cyrillic: ru or uk,
// Arabic: ar, Greek: el, Hebrew: he, Devanagari: hi, Thai: th); a text in the
// Latin script is scored by its function words (articles, prepositions,
// pronouns, conjunctions, auxiliaries) in English, Spanish, French, German,
// Portuguese, Italian and Dutch, whose lists, written for this package, are
// in words.go. Function words make up a third to a half of running text in
// these languages and differ between them, so a paragraph is told apart
// with certainty, while a headline, which has few of them, is left
// undetermined rather than guessed. The README gives the measurements
// (accuracy on KCNA's English and Spanish stories and headlines, speed) that
// led to this design rather than a general n-gram library.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// English is the code of the language the coder's knowledge is written in.
const English = "en"

// Result is the outcome of Detect.
type Result struct {
	// Language is the ISO 639-1 code of the most likely language, or ""
	// when the text gives almost no evidence (no letters, fewer than two
	// function words).
	Language string
	// Confident reports whether the evidence is strong enough to act on:
	// for the Latin script at least MinEvidence function words of the best
	// language, one and a half times as many as the runner-up's (as
	// English's, when the best is not English); for another
	// script at least MinLetters letters, most of them in that script.
	Confident bool
	// Evidence is the number of function words (Latin script) or letters
	// (other scripts) that decided.
	Evidence int
}

// MinEvidence is the number of function words of the best language a
// Latin-script text needs for a confident answer; a headline seldom has as
// many, and is then left to the default.
const MinEvidence = 6

// MinLetters is the number of letters of one non-Latin script a text needs
// for a confident answer.
const MinLetters = 20

// maxScan bounds the work on one text: the first maxScan bytes decide.
const maxScan = 1000

// Detect returns the language of text.
func Detect(text string) Result {
	if len(text) > maxScan {
		cut := maxScan
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var scripts [nScripts]int
	latin := 0
	ukr := 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		sc := scriptOf(r)
		if sc == scLatin {
			latin++
			continue
		}
		scripts[sc]++
		if r == 'і' || r == 'ї' || r == 'є' || r == 'ґ' || r == 'І' || r == 'Ї' || r == 'Є' {
			ukr++
		}
	}
	best, bestN := scOther, 0
	for sc := scOther + 1; sc < nScripts; sc++ {
		if scripts[sc] > bestN {
			best, bestN = sc, scripts[sc]
		}
	}
	// Japanese mixes kana with Han characters: any real share of kana
	// makes it Japanese.
	if scripts[scKana] > 0 && scripts[scKana]*5 >= scripts[scKana]+scripts[scHan] {
		best, bestN = scKana, scripts[scKana]+scripts[scHan]
	}
	if bestN > latin {
		code := scriptLang[best]
		if best == scCyrillic && ukr*50 >= bestN {
			code = "uk"
		}
		return Result{Language: code, Confident: bestN >= MinLetters, Evidence: bestN}
	}
	return latinLanguage(text)
}

// latinLanguage scores a Latin-script text by its function words: the
// words written in lower case (a function word inside a sentence is; a
// capitalised word is a name, a sentence start or a headline's word, and
// "Kim Il Sung" has no Italian "il").
func latinLanguage(text string) Result {
	var score [len(languages)]int
	var buf [32]byte
	w := buf[:0]
	lower := true
	count := func() {
		if lower && len(w) > 0 {
			for _, i := range functionWords[string(w)] {
				score[i]++
			}
		}
		w, lower = w[:0], true
	}
	for _, r := range text {
		switch {
		case 'a' <= r && r <= 'z':
		case 'A' <= r && r <= 'Z':
			lower = false
		case r < utf8.RuneSelf || !unicode.IsLetter(r):
			count()
			continue
		case !unicode.IsLower(r):
			lower = false
		}
		if len(w)+utf8.UTFMax <= cap(w) {
			w = utf8.AppendRune(w, r)
		} else {
			lower = false // longer than any function word
		}
	}
	count()
	best, second := -1, 0
	for i, n := range score {
		switch {
		case best < 0 || n > score[best]:
			if best >= 0 {
				second = score[best]
			}
			best = i
		case n > second:
			second = n
		}
	}
	if score[best] < 2 {
		return Result{Evidence: score[best]}
	}
	// a text that is not English needs a clear lead over English only:
	// Spanish and Portuguese share many function words, and the coder's
	// question is whether the text is English
	rival := second
	if best != 0 {
		rival = score[0]
	}
	return Result{Language: languages[best], Evidence: score[best],
		Confident: score[best] >= MinEvidence && 2*score[best] >= 3*rival}
}

type script int

const (
	scOther script = iota
	scLatin
	scCyrillic
	scHangul
	scKana
	scHan
	scArabic
	scGreek
	scHebrew
	scDevanagari
	scThai
	nScripts
)

var scriptLang = [nScripts]string{scCyrillic: "ru", scHangul: "ko", scKana: "ja", scHan: "zh",
	scArabic: "ar", scGreek: "el", scHebrew: "he", scDevanagari: "hi", scThai: "th"}

func scriptOf(r rune) script {
	switch {
	case r < 0x250 || unicode.Is(unicode.Latin, r):
		return scLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scCyrillic
	case unicode.Is(unicode.Hangul, r):
		return scHangul
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return scKana
	case unicode.Is(unicode.Han, r):
		return scHan
	case unicode.Is(unicode.Arabic, r):
		return scArabic
	case unicode.Is(unicode.Greek, r):
		return scGreek
	case unicode.Is(unicode.Hebrew, r):
		return scHebrew
	case unicode.Is(unicode.Devanagari, r):
		return scDevanagari
	case unicode.Is(unicode.Thai, r):
		return scThai
	}
	return scOther
}

// Valid reports whether code looks like an ISO 639-1 code (two lower-case
// letters), for the --language flag and the API.
func Valid(code string) bool {
	return len(code) == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z'
}
