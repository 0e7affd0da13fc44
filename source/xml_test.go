package source

import "testing"

func TestParseText(t *testing.T) {
	tests := []struct{ parse, want string }{
		{"(ROOT (S (NP (NNP Obama)) (VP (VBD met) (NP (NNP Putin))) (. .)))", "Obama met Putin."},
		{"(S (NP (NNS officials)) (VP (VBD said) (, ,) (NP (NNP Gondor) (POS 's)) (NN army)))", "officials said, Gondor's army"},
		{"(S (-LRB- -LRB-) (NN aside) (-RRB- -RRB-) (VBD did) (RB n't))", "(aside) didn't"},
		{"", ""},
		{"((()))", ""},
	}
	for _, tt := range tests {
		if got := parseText(tt.parse); got != tt.want {
			t.Errorf("parseText(%q) = %q, want %q", tt.parse, got, tt.want)
		}
	}
}
