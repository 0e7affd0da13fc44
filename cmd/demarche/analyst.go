package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
)

// The configuration file: groups of actors, questions, signal thresholds
// and the API token. Its path is --config, else $DEMARCHE_CONFIG, else
// ./demarche.yaml when that file exists.
const (
	configEnv     = "DEMARCHE_CONFIG"
	configDefault = "demarche.yaml"
	tokenEnv      = "DEMARCHE_TOKEN"
)

// analysisConfig is the part of the configuration file that the analysis
// commands and the server read:
//
//	groups:                      # actor groups, usable wherever an actor is
//	  WEST: [USA, GBR, FRA, DEU]
//	questions:                   # question files whose stance transitions are signals
//	  - examples/nk-troops-in-russia.yaml
//	signals:
//	  min_score: 5               # the default threshold of `demarche signals`
//	serve:
//	  token: s3cret              # bearer token for ingest and recode over HTTP ($DEMARCHE_TOKEN wins)
//
// Other keys are left to other commands.
type analysisConfig struct {
	Groups    map[string][]string `yaml:"groups"`
	Questions []string            `yaml:"questions"`
	Signals   struct {
		MinScore float64 `yaml:"min_score"`
	} `yaml:"signals"`
	Serve struct {
		Token string `yaml:"token"`
	} `yaml:"serve"`

	path string
}

// dbFlags are the flags that name the database and the configuration.
type dbFlags struct {
	db     string
	config string
}

func (f *dbFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", "", "database: an SQLite path or a postgres:// URL (default $"+dbEnv+", else ./"+defaultDB+")")
	fs.StringVar(&f.config, "config", "", "configuration file (default $"+configEnv+", else ./"+configDefault+" when it exists)")
}

// dsn returns the data source: --db, else $DEMARCHE_DB, else the default.
func (f *dbFlags) dsn(env *Env) string {
	if f.db != "" {
		return f.db
	}
	if v := env.Getenv(dbEnv); v != "" {
		return v
	}
	return defaultDB
}

// readConfig reads the configuration file, or returns an empty one when
// no file is named and ./demarche.yaml does not exist.
func (f *dbFlags) readConfig(env *Env) (*analysisConfig, error) {
	path := f.config
	if path == "" {
		path = env.Getenv(configEnv)
	}
	named := path != ""
	if !named {
		path = configDefault
	}
	b, err := os.ReadFile(path)
	if err != nil {
		if !named && errors.Is(err, os.ErrNotExist) {
			return &analysisConfig{}, nil
		}
		return nil, demarche.Errorf(demarche.EINVALID, "configuration %s: %v", path, err)
	}
	cfg := &analysisConfig{path: path}
	if err := yaml.Unmarshal(b, cfg); err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "configuration %s: %v", path, err)
	}
	return cfg, nil
}

// questions reads the question files of the configuration.
func (c *analysisConfig) questions() ([]*demarche.Question, error) {
	var out []*demarche.Question
	for _, p := range c.Questions {
		q, err := analysis.ReadQuestion(p)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, nil
}

// openAnalysis opens the store and the configuration and returns the
// analysis over them. The caller closes the store.
func (f *dbFlags) openAnalysis(ctx context.Context, env *Env) (demarche.Store, *analysis.Service, *analysisConfig, error) {
	cfg, err := f.readConfig(env)
	if err != nil {
		return nil, nil, nil, err
	}
	dsn := f.dsn(env)
	if !isPostgres(dsn) && !strings.HasPrefix(dsn, "file:") {
		if _, err := os.Stat(strings.TrimPrefix(dsn, "sqlite://")); errors.Is(err, os.ErrNotExist) {
			return nil, nil, nil, demarche.Errorf(demarche.ENOTFOUND, "no database at %s: ingest documents first, or name one with --db", dsn)
		}
	}
	st, err := openDB(ctx, dsn, forReading)
	if err != nil {
		return nil, nil, nil, err
	}
	return st, analysis.New(st, analysis.Options{Groups: cfg.Groups, MinScore: cfg.Signals.MinScore}), cfg, nil
}

// splitList splits comma-separated arguments.
func splitList(args ...string) []string {
	var out []string
	for _, a := range args {
		for _, p := range strings.Split(a, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// usageError reports a bad command line: the message, then the usage.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	fmt.Fprintf(fs.Output(), "demarche %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return exitError{2}
}
