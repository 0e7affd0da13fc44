package coder

import "testing"

// TestNamedAwards checks that a state's decoration conferred in the passive
// is coded from that state's government to a foreign recipient, and that
// neither a domestic recipient, nor a prize that names no state, nor a
// state named only as the one who reports it gives an event.
func TestNamedAwards(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"order to an envoy", "The Order of DPRK Friendship First Class was conferred on the Mongolian ambassador to the DPRK.", []string{"PRK MNG 05"}},
		{"country after the noun", "The title of Hero of Cuba was awarded to a Nicaraguan doctor.", []string{"CUB NIC 05"}},
		{"domestic recipient", "The title of DPRK Labor Hero was awarded to miners of the Komdok Mine.", nil},
		{"prize of a fair", "The first prize of the Leipzig book fair, Germany was awarded to a Korean publisher.", nil},
		{"reporter is not the giver", "Radio Havana of Cuba said that the DPRK title of Hero was awarded to a Laotian engineer.", []string{"CUB PRK 05", "PRK LAO 05"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events, err := c.ExplainSpeaker(tt.text, "2012-04-10", "KCNA", "", false)
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, events, tt.want)
		})
	}
}
