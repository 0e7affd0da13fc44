// Command demarche turns official statements and news into CAMEO-coded
// events, stores them, and reads the signals in them: dyad trends, stances
// and their reversals, surges, change points and new rhetoric.
//
// Each subcommand lives in its own file with its own flag set; main.go
// lists them all in one table.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// Env is what a subcommand sees of the world: its standard streams and
// environment, so that tests can run commands in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// StdoutIsTerminal says whether progress bars may be drawn.
	StdoutIsTerminal bool
}

// commands is every subcommand, in the order the usage lists them: one
// explicit table rather than registrations scattered over init functions.
var commands = []*command{
	{name: "code", summary: "code documents into events (JSON lines, TSV, Phoenix, GDELT, PLOVER …)", run: runCode},
	{name: "demo", summary: "ingest the bundled example and show its dyad, stances and signals", run: runDemo},
	{name: "dyad", summary: "a dyad's events per period: quad classes, Goldstein, top codes", run: runDyad},
	{name: "eval", summary: "score the coder on a gold annotation (P/R/F1 per root, kind, confidence; misses); --silent: recall without gold", run: runEval},
	{name: "events", summary: "list stored events by actor, dyad, code, date, publication (CSV, Parquet …)", run: runEvents},
	{name: "explain", summary: "show how one sentence is read and coded", run: runExplain},
	{name: "ingest", summary: "code documents and keep them with their events in the store", run: runIngest},
	{name: "parse", summary: "print the dependency parse of texts in CoNLL-U, or score it against a treebank", run: runParse},
	{name: "question", summary: "keep questions in the store: add, list, rm", run: runQuestion},
	{name: "recode", summary: "re-code stored documents after the dictionaries changed, and report what changed", run: runRecode},
	{name: "search", summary: "full-text search over stored sentences, with the events of each hit", run: runSearch},
	{name: "serve", summary: "serve the dashboard and the JSON API (documents, events, dyads, stances, signals, search)", run: runServe},
	{name: "signals", summary: "ranked signals of change: novelty, surges, drops, tone, change points, rhetoric, stances", run: runSignals},
	{name: "stance", summary: "every actor's stance on a question over time, with its transitions", run: runStance},
	{name: "status", summary: "what the store holds: documents, events, dictionary versions", run: runStatus},
	{name: "validate", summary: "run a PETRARCH validation suite (XML records with expected codings)", run: runValidate},
	{name: "watch", summary: "poll feeds, pages and folders; ingest what is new; send alerts on new signals", run: runWatch},
	{name: "worker", summary: "code and store the documents of a NATS JetStream queue (run any number)", run: runWorker},
}

// lookup returns the subcommand called name, or nil.
func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// exitError carries an exit status without printing anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		StdoutIsTerminal: isTerminal(os.Stderr)}
	os.Exit(Run(ctx, env, os.Args[1:]))
}

// Run runs the command line args and returns the exit status.
func Run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(env.Stderr, "demarche: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	err := c.run(ctx, env, args[1:])
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	fmt.Fprintf(env.Stderr, "demarche %s: %v\n", c.name, err)
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: demarche COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'demarche COMMAND -h' for the flags of a command.")
}

// newFlags returns a flag set for a subcommand that writes its usage to
// env.Stderr.
func newFlags(env *Env, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: demarche %s [flags] %s\n\n%s\n\nflags:\n", name, args, summary)
		fs.PrintDefaults()
	}
	return fs
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
