package petrarch

import (
	"fmt"
	"strconv"
	"strings"
)

// Config holds the coding options a validation file may set with
// <Config option="…" value="…">.
type Config struct {
	// RequireDyad drops events whose source and target both lack a
	// country ("---GOV" → "---").
	RequireDyad bool
	// NewActorLength: an uncoded noun phrase of at most this many words
	// becomes a new actor, its words in quotes; 0 turns this off.
	NewActorLength int
	// Comma-delimited clauses of CommaMin…CommaMax words inside the
	// sentence, CommaBMin…CommaBMax at its beginning and CommaEMin…CommaEMax
	// at its end are deleted before coding; a maximum of 0 turns the
	// deletion off.
	CommaMin, CommaMax   int
	CommaBMin, CommaBMax int
	CommaEMin, CommaEMax int
}

// DefaultConfig returns PETRARCH's defaults.
func DefaultConfig() Config {
	return Config{RequireDyad: true, CommaMin: 2, CommaMax: 8, CommaBMin: 0, CommaBMax: 0, CommaEMin: 2, CommaEMax: 8}
}

// Set applies one <Config> option. Unknown options and bad values are
// errors naming them; "stop_on_error" is accepted and has no effect (the
// validation runner never stops).
func (c *Config) Set(option, value string) error {
	v := strings.TrimSpace(value)
	num := func(p *int) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("option %s: want a whole number, got %q", option, value)
		}
		*p = n
		return nil
	}
	switch strings.ToLower(strings.TrimSpace(option)) {
	case "require_dyad":
		b, err := strconv.ParseBool(strings.ToLower(v))
		if err != nil {
			return fmt.Errorf("option require_dyad: want true or false, got %q", value)
		}
		c.RequireDyad = b
		return nil
	case "new_actor_length":
		return num(&c.NewActorLength)
	case "comma_min":
		return num(&c.CommaMin)
	case "comma_max":
		return num(&c.CommaMax)
	case "comma_bmin":
		return num(&c.CommaBMin)
	case "comma_bmax":
		return num(&c.CommaBMax)
	case "comma_emin":
		return num(&c.CommaEMin)
	case "comma_emax":
		return num(&c.CommaEMax)
	case "stop_on_error", "":
		return nil
	}
	return fmt.Errorf("unknown option %q", option)
}
