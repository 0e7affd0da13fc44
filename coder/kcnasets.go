// The word sets of the KCNA conventions (dict/data/54-kcna-conventions.txt).

package coder

import "sync"

// Names of the word sets the conventions' analysis reads; a user file that
// repeats a header adds to a set, like the sets of 05-analysis.txt.
const (
	setHomePeople      = "HOME_PEOPLE"
	setHomeForces      = "HOME_FORCES"
	setOrgNameHeads    = "ORG_NAME_HEADS"
	setRegionWords     = "REGION_WORDS"
	setPublishingVerbs = "PUBLISHING_VERBS"
	setWorksWords      = "WORKS_WORDS"
	setJointVerbs      = "JOINT_VERBS"
)

// kcnaSets are the conventions' word sets, as sets of phrases.
type kcnaSets struct {
	homePeople, homeForces, orgNameHeads, regionWords, publishingVerbs, worksWords, jointVerbs map[string]bool
}

// kcnaCache holds each coder's sets, read once from its knowledge.
var kcnaCache sync.Map // *Coder → *kcnaSets

// kcna returns the coder's convention word sets.
func (c *Coder) kcna() *kcnaSets {
	if v, ok := kcnaCache.Load(c); ok {
		return v.(*kcnaSets)
	}
	k := &kcnaSets{
		homePeople: wordSet(c.d, setHomePeople), homeForces: wordSet(c.d, setHomeForces),
		orgNameHeads: wordSet(c.d, setOrgNameHeads), regionWords: wordSet(c.d, setRegionWords),
		publishingVerbs: wordSet(c.d, setPublishingVerbs), worksWords: wordSet(c.d, setWorksWords),
		jointVerbs: wordSet(c.d, setJointVerbs),
	}
	v, _ := kcnaCache.LoadOrStore(c, k)
	return v.(*kcnaSets)
}
