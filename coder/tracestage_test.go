package coder

import "testing"

// TestTraceStages checks that the trace tells, beside its words, the stage
// at which a predicate stopped and why a sentence rule dropped an event:
// `demarche eval --silent --reasons` counts by these stages.
func TestTraceStages(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		pred       TraceStage // the stage of the first predicate
		drop       TraceStage // the stage of the last note that drops, StageNone for none
	}{
		{"negated", "Peru did not criticize Chile.", StageFiltered, StageNone},
		{"passive without an agent", "Chile was praised warmly.", StageNoSource, StageNone},
		{"visit within one country", "The Russian defence minister visited Moscow.", StageCoded, StageSameCountry},
		{"coded and kept", "Peru criticized Chile.", StageCoded, StageNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, _, err := c.Explain(tt.text, "2012-03-01", "KCNA", false)
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Predicates) == 0 {
				t.Fatal("no predicate")
			}
			if st := tr.Predicates[0].Stage; st != tt.pred {
				t.Errorf("predicate stage %d, want %d (%s)", st, tt.pred, tr.Predicates[0].Outcome)
			}
			drop := StageNone
			for _, n := range tr.Notes {
				if n.Stage != StageNone {
					drop = n.Stage
				}
			}
			if drop != tt.drop {
				t.Errorf("drop stage %d, want %d (notes %+v)", drop, tt.drop, tr.Notes)
			}
		})
	}
}
