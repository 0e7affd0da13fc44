// The verb class a candidate was coded from: the sentence rules that read a
// class test its name, never the knowledge file or the rule text it came
// from, so that a user's --dict file may extend the class.

package coder

// ofClass reports whether the candidate was coded from the verb class of
// that name (a pattern of it or its default code); events made by a
// sentence rule have no class.
func (c *candidate) ofClass(name string) bool {
	return c.class != nil && c.class.Name == name
}
