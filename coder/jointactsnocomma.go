// A fronted "Together with X we launched …" written without its comma: the
// partners' phrase ends where the speaker's voice begins. Found on the ungd7
// sample of coder/testdata (UN General Debate sentences).

package coder

// unpunctuatedJointAct returns the token before the speaker's voice that
// closes the partners' phrase opened at a ("Together with the UN
// Counter-Terrorism Office we have launched …"), as if a comma stood there,
// or -1: the voice must follow the partners' phrase with no verb between.
func (s *sentence) unpunctuatedJointAct(a int) int {
	for k := a + 1; k < len(s.toks) && k < a+14; k++ {
		if isVerbTag(s.tag(k)) || s.norm(k) == ";" {
			return -1
		}
		if s.at[k] >= 0 && s.ments[s.at[k]].speaker && s.ments[s.at[k]].i == k {
			return k - 1
		}
	}
	return -1
}
