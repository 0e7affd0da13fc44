// Package parser tags, lemmatises and parses English sentences into
// Universal Dependencies trees, in pure Go, with a model trained in this
// repository on UD English EWT (cmd/trainparser) and embedded in the binary.
//
// The tagger is a greedy averaged perceptron that gives each word a Penn
// Treebank tag (XPOS) and a universal tag (UPOS) from Collins-style
// features and word clusters learned from unlabeled text (cmd/trainclusters,
// Clusters); lemmas come from an exception table and suffix rules learned
// from the treebank. The parser is Nivre's arc-eager transition system read
// greedily, with Zhang and Nivre's rich features, trained as an averaged
// perceptron with Goldberg and Nivre's dynamic oracle on jack-knifed tags;
// a second perceptron labels each arc. Opt-in, a model trained globally for
// beam search (TrainOptions.Beam, Parser.SetBeam; beam.go) trades speed for
// accuracy, and may train its relations with its moves, their scores part
// of the beam's (TrainOptions.JointLabels); any model may choose every
// relation again once the tree is complete (TrainOptions.Relabel;
// relabel.go). Features are 32-bit hashes of small
// integers and per-sentence word hashes, looked up in compact bucketed
// tables (one cache line a feature, 8-bit weights with a shift a row), so
// that parsing allocates nothing per word.
//
// A model records its feature set (TrainOptions.Features): the full one,
// or a compact one of a third as many templates (features.go), about twice
// as fast and a little less accurate.
//
// Use the built-in model with English (or the slower, more accurate beam
// model with EnglishBeam, or the faster, compact one with EnglishFast),
// then one Parser per goroutine
// (Model.NewParser) or Model.Parse, which is safe for concurrent use:
//
//	m, err := parser.English()
//	p := m.NewParser()
//	toks := p.Parse([]string{"Talks", "resumed", "."}, nil)
//
// The model's weights derive from UD English EWT and are licensed, like
// it, under CC BY-SA 4.0.
package parser
