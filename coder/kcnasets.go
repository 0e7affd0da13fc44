// The word sets of the KCNA conventions (dict/data/54-kcna-conventions.txt).

package coder

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

// kcna returns the coder's convention word sets.
func (c *Coder) kcna() kcnaSets {
	w := c.sets.words
	return kcnaSets{
		homePeople: w(setHomePeople), homeForces: w(setHomeForces),
		orgNameHeads: w(setOrgNameHeads), regionWords: w(setRegionWords),
		publishingVerbs: w(setPublishingVerbs), worksWords: w(setWorksWords),
		jointVerbs: w(setJointVerbs),
	}
}
