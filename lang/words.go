package lang

import "strings"

// languages are the Latin-script languages told apart by function words.
var languages = [...]string{"en", "es", "fr", "de", "pt", "it", "nl"}

// lists are the function words of each language, written for this package:
// frequent articles, prepositions, pronouns, conjunctions and auxiliaries.
// A word of several lists counts for each of them.
var lists = [len(languages)]string{
	// en
	`the of and to in a is was were are that for on with as by at from it its this these those
	which who whom whose be been being has have had will would shall should not but or an their
	they he she his her we our us you your there than also into upon about over after before
	between under against during through said such what when while all any other more most`,
	// es
	`el la los las de del y en que por para con una un es son fue fueron al se su sus lo le les
	como pero más este esta estos estas ese esa eso ha han sido entre sobre sin hasta desde
	también muy ya cuando donde porque ni contra durante según nos nuestro nuestra ellos ellas`,
	// fr
	`le la les de des du et en un une est sont été au aux dans pour par sur avec que qui ne pas
	ce cette ces il elle ils elles nous vous leur leurs son sa ses se plus mais ou où été avait
	ont sont être comme aussi très entre contre depuis selon sans sous vers chez`,
	// de
	`der die das den dem des und in zu von mit ist sind war waren ein eine einen einem einer
	nicht auf für an im am zum zur auch sich es sie er wir ihr ihre sein seine wird werden wurde
	hat haben dass daß aus bei nach über unter gegen durch oder aber wie noch nur`,
	// pt
	`o a os as de do da dos das e em no na nos nas que por para com um uma é são foi foram ao
	aos se seu sua seus suas como mas mais este esta estes estas isso ele ela eles elas também
	pelo pela pelos pelas entre sobre sem até desde muito já quando onde porque contra`,
	// it
	`il lo la i gli le di del della dei degli delle e ed in nel nella nei che per con un una è
	sono fu stato stata al alla ai agli si suo sua suoi sue come ma più questo questa questi
	queste non anche tra fra su sul sulla da dal dalla dopo contro durante secondo molto`,
	// nl
	`de het een en van in op te met voor door is zijn was waren niet dat die dit deze er aan
	bij uit ook als maar naar om tot over onder tegen hun hij zij wij ze worden werd wordt heeft
	hebben had geen nog wel dan`,
}

// functionWords maps a function word to the indexes of its languages.
var functionWords = func() map[string][]int {
	m := map[string][]int{}
	for i, l := range lists {
		for _, w := range strings.Fields(l) {
			if n := len(m[w]); n == 0 || m[w][n-1] != i {
				m[w] = append(m[w], i)
			}
		}
	}
	return m
}()
