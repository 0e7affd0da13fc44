package coder

// setTradeLemmas names the word set TRADE_LEMMAS
// (dict/data/94-ungd-precision.txt): the verbs of trade and investment.
const setTradeLemmas = "TRADE_LEMMAS"

// partnerlessTrade drops economic cooperation (061, or its intent 0311) read in a verb of
// trade or investment that names no partner: "we are investing in
// renewable energy", "we will invest in our health systems", "Brazil used
// to import food" tell a country's own economy, which the guide does not
// code; "we invest in Kenya", "trade with China" keep their partner.
func (s *sentence) partnerlessTrade(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if (c.code == "061" || c.code == "0311") && (c.noTarget || c.tgt.code == "" || c.tgt.code == "---") && c.p != nil && s.c.sets.lowered(setTradeLemmas)[c.p.lemma(s)] {
			s.noteDrop(StageDropped, "dropped: \""+s.norm(c.p.v)+"\" names no partner: a country's own economy (tradepartners.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
