// Command trainparser trains the tagger, lemmatizer and dependency parser
// of package parser on a Universal Dependencies treebank, and writes the
// model that demarche embeds:
//
//	go run ./cmd/trainparser -train ../shared/ud/en_ewt-ud-train.conllu.gz \
//	    -dev ../shared/ud/en_ewt-ud-dev.conllu.gz -clusters clusters.tsv.gz \
//	    -out parser/model/en.bin.gz
//
// The word clusters (optional) come from cmd/trainclusters; the model
// keeps them, so the table is not needed afterwards. With -beam N the
// moves are trained globally for beam search of width N (parser/beam.go),
// and the model parses with that beam unless told otherwise; -beam-labels
// also trains the relations with the moves for that beam, and -relabel a
// pass that chooses every relation again once the tree is complete (the
// README's opt-in model reaching the UAS and LAS bars uses both,
// with -retag); -features compact trains a model of far fewer templates,
// faster and less accurate (the README's fast model).
//
// The same files and flags always give the same model.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/demarche-project/demarche/parser"
)

func main() {
	train := flag.String("train", "", "training treebank (CoNLL-U, .gz allowed)")
	dev := flag.String("dev", "", "development treebank: chooses the number of passes")
	out := flag.String("out", "parser/model/en.bin.gz", "model file to write")
	var o parser.TrainOptions
	flag.IntVar(&o.TagEpochs, "tag-epochs", 12, "tagger passes (the best on dev is kept)")
	flag.IntVar(&o.ParseEpochs, "parse-epochs", 20, "parser passes (the best on dev is kept)")
	flag.IntVar(&o.Folds, "folds", 4, "jack-knifing folds for the parser's training tags (1: gold tags)")
	prune := flag.Float64("prune", 0.5, "drop weights of smaller magnitude")
	tagPrune := flag.Float64("tag-prune", 1, "drop tagger weights of smaller magnitude")
	flag.IntVar(&o.MinUpdates, "min-updates", 5, "drop features updated fewer times in training")
	flag.Float64Var(&o.Explore, "explore", 0.9, "probability of following the parser's own mistakes after the first pass")
	flag.BoolVar(&o.Retag, "retag", false, "train a second tagging pass, with the first pass's tags of the next words, for the words the first hesitated on")
	flag.Float64Var(&o.GoldTags, "gold-tags", 0, "share of the parser's training sentences read with gold tags instead of jack-knifed ones, each pass")
	flag.IntVar(&o.Beam, "beam", 0, "train the moves globally with a beam of N (1 to 64; max-violation updates) for parsing with that beam; 0: greedy, with the dynamic oracle")
	flag.BoolVar(&o.JointLabels, "beam-labels", false, "with -beam: train the relations with the moves, each arc's relation score part of the beam's sequence score")
	flag.IntVar(&o.LabelAlts, "beam-label-alts", 1, "with -beam-labels: the relations of each arc move put in the beam (1: the best; 2: the two best)")
	flag.BoolVar(&o.Relabel, "relabel", false, "train a relabelling pass that chooses every relation again once the tree is complete")
	flag.Uint64Var(&o.Seed, "seed", 1, "random seed (shuffling, exploration)")
	clusters := flag.String("clusters", "", "word cluster table (cmd/trainclusters) whose classes become features")
	features := flag.String("features", "full", "feature templates: full, or compact (a few of them: the fast end of the curve)")
	limit := flag.Int("limit", 0, "train on the first N sentences only (0: all), for quick experiments")
	flag.Parse()
	if *train == "" || *dev == "" {
		flag.Usage()
		os.Exit(2)
	}
	f, err := parser.ParseFeatureSet(*features)
	if err != nil {
		fail(err)
	}
	o.Features = f
	o.Prune = float32(*prune)
	o.TagPrune = float32(*tagPrune)
	o.Log = os.Stderr
	start := time.Now()
	if *clusters != "" {
		c, err := parser.ReadClustersFile(*clusters)
		if err != nil {
			fail(err)
		}
		o.Clusters = c
	}
	tr, err := parser.ReadCoNLLUFile(*train)
	if err != nil {
		fail(err)
	}
	dv, err := parser.ReadCoNLLUFile(*dev)
	if err != nil {
		fail(err)
	}
	if *limit > 0 && *limit < len(tr) {
		tr = tr[:*limit]
	}
	m, err := parser.Train(tr, dv, o)
	if err != nil {
		fail(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fail(err)
	}
	// score the written model as it will be read back
	m2, err := parser.ReadBytes(buf.Bytes())
	if err != nil {
		fail(err)
	}
	sc, err := parser.Evaluate(m2, dv)
	if err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %s\ndev: %v\n", *out, buf.Len(), time.Since(start).Round(time.Second), sc)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainparser:", err)
	os.Exit(1)
}
