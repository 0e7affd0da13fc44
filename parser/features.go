package parser

import "fmt"

// FeatureSet selects the feature templates of a model's tagger, moves and
// relations. A model records its set (Model.Write), so that it is read and
// parsed with the templates it was trained with.
type FeatureSet uint8

const (
	// FullFeatures are the rich templates (49 of the tagger, 78 of the
	// moves, 20 of the relations): the default, and the only set of the
	// models written before sets existed.
	FullFeatures FeatureSet = iota
	// CompactFeatures are a few of them (19, 31 and 9), chosen by
	// ablation on dev (TestAblateDev) and by their cost: the fast end of
	// the parser's curve of speed against accuracy (EnglishFast).
	CompactFeatures
	nFeatureSets
)

// String returns the set's name, as ParseFeatureSet reads it.
func (f FeatureSet) String() string {
	switch f {
	case FullFeatures:
		return "full"
	case CompactFeatures:
		return "compact"
	}
	return fmt.Sprintf("FeatureSet(%d)", uint8(f))
}

// ParseFeatureSet returns the set named s: "full" or "compact".
func ParseFeatureSet(s string) (FeatureSet, error) {
	for f := range nFeatureSets {
		if f.String() == s {
			return f, nil
		}
	}
	return 0, fmt.Errorf("feature set %q: want full or compact", s)
}

// The tagger's features of set f, split as tagWord, tagContext and
// tagDynamic are (fast.go).

func (f FeatureSet) tagWord(fs []uint32, ws []wordInfo, i int) []uint32 {
	if f == CompactFeatures {
		return tagWordCompact(fs, ws, i)
	}
	return tagWord(fs, ws, i)
}

func (f FeatureSet) tagContext(fs []uint32, ws []wordInfo, i int) []uint32 {
	if f == CompactFeatures {
		return tagContextCompact(fs, ws, i)
	}
	return tagContext(fs, ws, i)
}

func (f FeatureSet) tagDynamic(fs []uint32, ws []wordInfo, i int, x1, x2, u1 uint64) []uint32 {
	if f == CompactFeatures {
		return tagDynamicCompact(fs, ws, i, x1, x2, u1)
	}
	return tagDynamic(fs, ws, i, x1, x2, u1)
}

// tagCounts returns the number of the tagger's features of the word alone
// and of its context in set f.
func (f FeatureSet) tagCounts() (word, context int) {
	if f == CompactFeatures {
		return nTagWordCompact, nTagContextCompact
	}
	return nTagWord, nTagContext
}

// The compact tagger: the word, its longer suffixes, first letter, shape,
// flags, ambiguity class and cluster; the previous and next words, the
// next word's suffix, ambiguity class and cluster; the tags before.

func tagWordCompact(fs []uint32, ws []wordInfo, i int) []uint32 {
	w := &ws[i+pad]
	return append(fs,
		f1(1, 0),
		f1(2, w.lower),
		f1(5, w.suf[1]),
		f1(6, w.suf[2]),
		f1(7, w.suf[3]),
		f1(8, w.pre[0]),
		f1(10, w.shape),
		f1(22, wordFlags(w, i)),
		f1(37, w.amb),
		f1(43, w.cls),
	)
}

func tagContextCompact(fs []uint32, ws []wordInfo, i int) []uint32 {
	w := &ws[i+pad]
	p1, n1 := &ws[i+pad-1], &ws[i+pad+1]
	return append(fs,
		f1(14, p1.lower),
		f1(17, n1.lower),
		f1(18, n1.suf[2]),
		f1(38, n1.amb),
		f2(41, w.amb, n1.amb),
		f1(46, n1.cls),
	)
}

func tagDynamicCompact(fs []uint32, ws []wordInfo, i int, x1, x2, u1 uint64) []uint32 {
	w := &ws[i+pad]
	return append(fs,
		f1(11, x1),
		f2(12, x2, x1),
		f2(13, x1, w.lower),
	)
}

const (
	nTagWordCompact    = 10
	nTagContextCompact = 6
)

// compactRoleTemplates are roleTemplates for the compact set (0: none, the
// tag too).
var compactRoleTemplates = [nRoles][5]uint64{
	{0, 31, 32, 0, 0}, {33, 0, 35, 0, 0}, {0, 37, 38, 0, 115}, {},
	{0, 0, 69, 0, 0}, {0, 71, 72, 0, 0}, {0, 74, 0, 0, 0}, {0, 77, 0, 0, 0},
	{0, 0, 84, 0, 0}, {}, {0, 0, 90, 0, 0},
}

// pairFeaturesCompact is pairFeatures for the compact set.
func (st *state) pairFeaturesCompact(fs []uint32) []uint32 {
	s0, s1, n0, n1 := st.pairPositions()
	s0l, n0l := at(st.l1, s0), at(st.l1, n0)
	s0w, s0p := st.wAt(s0), st.pAt(s0)
	n0p := st.pAt(n0)
	var d uint64
	if n0 >= 0 {
		d = uint64(min(n0-s0, 15))
	}
	var n0vl, n0sl uint64
	if n0 >= 0 {
		n0vl, n0sl = uint64(st.nl[n0]), st.ls[n0]
	}
	s0lp, n0lp := st.pAt(s0l), st.pAt(n0l)
	us0, un0 := st.uAt(s0), st.uAt(n0)
	return append(fs,
		f2(45, s0w^s0p<<56, n0p),
		f3(53, s0p, s0lp, n0p), f3(55, s0p, n0p, n0lp),
		f2(57, s0p, d), f3(61, s0p, n0p, d),
		f2(67, n0p, n0vl),
		f1(70, st.lAt(s0)), f1(73, st.lAt(s0l)), f1(79, st.lAt(n0l)),
		f3(95, n0p, n0lp, st.pAt(at(st.l2, n0))),
		f2(101, n0p, n0sl),
		f2(105, us0, un0), f3(106, us0, un0, st.uAt(n1)), f3(107, st.uAt(s1), us0, un0),
	)
}

// labelFeaturesCompact is labelFeatures for the compact set.
func (st *state) labelFeaturesCompact(fs []uint32, h, d int32) []uint32 {
	dir, dd := arcDirection(h, d)
	hp, dp := st.pAt(h), st.pAt(d)
	return append(fs,
		f1(120, dir),
		f2(121, dir, st.wAt(d)), f2(123, dir, st.wAt(h)),
		f4(130, dir, dp, st.ls[d], st.rs[d]),
		f3(131, dir, hp, st.ls[h]|st.rs[h]),
		f4(136, dir, dp, hp, st.pAt(at(st.l1, d))),
		f3(146, dir, st.uAt(h), st.uAt(d)),
		f4(147, dir, st.uAt(h), st.uAt(d), dd),
		f2(160, dir, st.cAt(d)),
	)
}
