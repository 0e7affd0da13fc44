package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/demarche-project/demarche"
)

func runDyad(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "dyad", "A B",
		"Aggregates the events between actors A and B per period: events per quad\nclass, Goldstein sum and mean, cooperative share and the most frequent codes.\nAn actor is a country (PRK), a code (RUSMIL), a comma list of them, or a group\nof the configuration. Without --directed both directions are counted.")
	by := fs.String("by", demarche.PeriodMonth, "period: day, week, month, quarter or year")
	directed := fs.Bool("directed", false, "count only the events from A to B")
	from := fs.String("from", "", "first date, YYYY-MM-DD")
	to := fs.String("to", "", "last date, YYYY-MM-DD")
	top := fs.Int("top", 3, "most frequent codes shown per period")
	format := fs.String("format", "table", "output: table, json or csv")
	maxPeriods := fs.Int("max-periods", demarche.DefaultMaxPeriods, "most periods of the series: more is an error")
	var db dbFlags
	db.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usageError(fs, "want two actors, got %d", fs.NArg())
	}
	if *format != "table" && *format != "json" && *format != "csv" {
		return usageError(fs, "--format: want table, json or csv, got %q", *format)
	}
	st, an, _, err := db.openAnalysis(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	q := demarche.DyadQuery{A: splitList(fs.Arg(0)), B: splitList(fs.Arg(1)), Directed: *directed, Period: *by, From: *from, To: *to, TopCodes: *top, MaxPeriods: *maxPeriods}
	periods, err := an.Dyad(ctx, q)
	if err != nil {
		return err
	}
	return writeDyad(env.Stdout, q, periods, *format)
}

// writeDyad writes a dyad series as a table, JSON or CSV.
func writeDyad(w io.Writer, q demarche.DyadQuery, periods []demarche.DyadPeriod, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"a": q.A, "b": q.B, "directed": q.Directed, "period": q.Period, "periods": periods})
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"period", "start", "end", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean", "cooperative", "top_codes"})
		for _, p := range periods {
			cw.Write([]string{p.Period, p.Start, p.End, strconv.Itoa(p.Events),
				strconv.Itoa(p.Quad[1]), strconv.Itoa(p.Quad[2]), strconv.Itoa(p.Quad[3]), strconv.Itoa(p.Quad[4]),
				strconv.FormatFloat(p.GoldsteinSum, 'f', 1, 64), strconv.FormatFloat(p.GoldsteinMean, 'f', 2, 64),
				strconv.FormatFloat(p.Cooperative, 'f', 3, 64), codesList(p.TopCodes)})
		}
		cw.Flush()
		return cw.Error()
	}
	arrow := "↔"
	if q.Directed {
		arrow = "→"
	}
	fmt.Fprintf(w, "%s %s %s by %s\n", strings.Join(q.A, ","), arrow, strings.Join(q.B, ","), orDefault(q.Period, demarche.PeriodMonth))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "period\tevents\tverb coop\tmat coop\tverb confl\tmat confl\tGoldstein\tmean\tcoop share\t top codes\t")
	for _, p := range periods {
		if p.Events == 0 {
			fmt.Fprintf(tw, "%s\t0\t\t\t\t\t\t\t\t\t\n", p.Period)
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%+.1f\t%+.2f\t%.0f%%\t %s\t\n", p.Period, p.Events, p.Quad[1], p.Quad[2], p.Quad[3], p.Quad[4],
			p.GoldsteinSum, p.GoldsteinMean, 100*p.Cooperative, codesList(p.TopCodes))
	}
	return tw.Flush()
}

func codesList(codes []demarche.CodeCount) string {
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = fmt.Sprintf("%s×%d", c.CAMEO, c.Events)
	}
	return strings.Join(parts, " ")
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// interleave moves the flags of args before the positional arguments, so
// that "dyad PRK RUS --by week" parses like "dyad --by week PRK RUS". A flag
// that is not boolean takes the next argument as its value unless written
// --name=value; "--" ends the flags.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	return append(append(flags, "--"), pos...)
}
