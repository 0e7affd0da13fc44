package coder

import "github.com/demarche-project/demarche/cameo"

// endorsedAuthors gives an endorsement (05) with no target, or whose
// pattern took an object naming no actor, ("we welcome the reforms initiated by the
// Secretary-General", "we support the pact proposed by France") the agent
// of what it endorses, as officeTargets does (voice.go agentTarget) for an
// endorsement with no object at all. It runs after hostedObjects, which
// turns a welcomed thing read as hosting (043) into endorsement, so that
// those welcomes find their author too.
func (s *sentence) endorsedAuthors(out []candidate) {
	for i := range out {
		c := &out[i]
		if cameo.Root(c.code) != "05" || c.unnamed || !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" {
			continue
		}
		was, none := c.tgt, c.noTarget
		c.noTarget = true
		s.agentTarget(c)
		if c.noTarget {
			c.tgt, c.noTarget = was, none
		}
	}
}
