package parser

import "math"

// Selectional branching (Choi and McCallum 2013): the parser runs
// greedily, noting the configurations where the best move won by a small
// margin over the second; from the k closest of them it then runs again,
// the second move taken there and the best ones after, and keeps the
// sequence of moves with the highest total score. Most sentences have no
// close call and cost what greedy parsing costs.

// The settings of selectional branching (SetBranches), chosen on the dev
// treebank (TestBranchDev): close calls are moves beaten by less than
// 10,000 (scores are in units of 1/32,767 of the largest weight of the
// moves); a step scores its move's log-probability at a temperature of
// 20,000; an alternative is dropped 0.5 behind the greedy sequence.
var branchSettings = branching{margin: 10000, temp: 20000, slack: 0.5}

// SetBranches sets the number of alternatives to the greedy sequence of
// moves that p tries in a sentence, from the k closest calls of the
// greedy parse (selectional branching), at most MaxBranches: each one
// reparses the sentence from its close call. NewParser sets 0: greedy
// parsing, the fastest.
func (p *Parser) SetBranches(k int) {
	br := &p.b.br
	br.k, br.margin, br.temp, br.slack = min(max(0, k), MaxBranches), branchSettings.margin, branchSettings.temp, branchSettings.slack
}

// MaxBranches bounds SetBranches: past 8 alternatives dev accuracy no
// longer rises, and each costs up to a greedy parse of the sentence.
const MaxBranches = 64

// branching holds the settings and the buffers of selectional branching.
type branching struct {
	k      int       // alternatives tried at most (0: greedy parsing)
	margin float32   // a move is a close call when it beats the second by less than this
	temp   float32   // a step scores (s - logsumexp(s))·temp of its move's s/temp; 0: the raw score
	slack  float32   // with temp, an alternative is dropped when it falls this far behind the greedy sequence at the same step (0: never)
	sums   []float32 // sums[j]: the score of the first j moves of the greedy sequence
	path   []step    // the moves of the greedy sequence
	alt    []step    // the moves of an alternative
	best   []step    // the moves of the best alternative
	cands  []cand
	// scored steps of the greedy sequences and of the alternatives (for
	// measuring the cost)
	greedySteps, altSteps int
}

// step is one move of a sequence, its label and its score.
type step struct {
	m, l uint8
	s    float32
}

// cand is a close call: at step t, move m (score s) was second by margin.
type cand struct {
	t      int
	m      uint8
	s      float32
	margin float32
}

// stepScore is the score of move best among the valid moves of scores.
func (br *branching) stepScore(st *state, scores []float32, best int) float32 {
	if br.temp == 0 {
		return scores[best]
	}
	mx := scores[best]
	for m := 0; m < nMoves; m++ {
		if st.valid(m) && scores[m] > mx {
			mx = scores[m]
		}
	}
	var z float64
	for m := 0; m < nMoves; m++ {
		if st.valid(m) {
			z += math.Exp(float64((scores[m] - mx) / br.temp))
		}
	}
	return (scores[best]-mx)/br.temp - float32(math.Log(z))
}

// follow runs greedily from st's configuration to the end, appending the
// moves to path; with note, it records the close calls in br.cands. With
// temp set, step scores are log-probabilities, never positive, so a
// sequence whose total falls to floor cannot win: follow gives up on it
// and returns false.
func (br *branching) follow(st *state, moves *weights, arcs scorer, nlab int, root uint8, b *scratch, path []step, note bool, total, floor float32) ([]step, float32, bool) {
	scores := b.scores
	for !st.terminal() {
		best := st.onlyMove()
		var s float32
		if best < 0 {
			st.moveScores(moves, b, scores)
			if note {
				br.greedySteps++
			} else {
				br.altSteps++
			}
			best = -1
			second := -1
			for m := 0; m < nMoves; m++ {
				if !st.valid(m) {
					continue
				}
				if best < 0 || scores[m] > scores[best] {
					best, second = m, best
				} else if second < 0 || scores[m] > scores[second] {
					second = m
				}
			}
			s = br.stepScore(st, scores, best)
			if d := scores[best] - scores[second]; note && d < br.margin {
				br.note(cand{t: len(path), m: uint8(second), s: br.stepScore(st, scores, second), margin: d})
			}
		}
		var l uint8
		b.fs, l = applyMove(st, best, arcs, nlab, root, b.fs, scores)
		path = append(path, step{uint8(best), l, s})
		total += s
		if br.temp != 0 {
			if total <= floor {
				return path, total, false
			}
			if j := len(path); br.slack > 0 && !note && j < len(br.sums) && total < br.sums[j]-br.slack {
				return path, total, false
			}
		}
	}
	return path, total, true
}

// note keeps c if it is among the k closest calls.
func (br *branching) note(c cand) {
	if len(br.cands) < br.k {
		br.cands = append(br.cands, c)
		return
	}
	w := 0
	for i := range br.cands {
		if br.cands[i].margin > br.cands[w].margin {
			w = i
		}
	}
	if c.margin < br.cands[w].margin {
		br.cands[w] = c
	}
}

// replay takes st from its first configuration through the moves of path.
func replay(st *state, path []step) {
	st.restart()
	for _, s := range path {
		st.apply(int(s.m), s.l)
	}
}

// branchMoves parses st, from its first configuration, by selectional
// branching, and leaves it in the final configuration of the best
// sequence.
func branchMoves(st *state, moves *weights, arcs scorer, nlab int, root uint8, b *scratch) {
	br := &b.br
	br.cands = br.cands[:0]
	var best float32
	br.path, best, _ = br.follow(st, moves, arcs, nlab, root, b, br.path[:0], true, 0, float32(math.Inf(-1)))
	if len(br.cands) == 0 {
		return
	}
	br.sums = append(br.sums[:0], 0)
	for _, s := range br.path {
		br.sums = append(br.sums, br.sums[len(br.sums)-1]+s.s)
	}
	won := false
	for _, c := range br.cands {
		prefix := br.sums[c.t]
		replay(st, br.path[:c.t])
		var l uint8
		b.fs, l = applyMove(st, int(c.m), arcs, nlab, root, b.fs, b.scores)
		alt := append(append(br.alt[:0], br.path[:c.t]...), step{c.m, l, c.s})
		var total float32
		var done bool
		br.alt, total, done = br.follow(st, moves, arcs, nlab, root, b, alt, false, prefix+c.s, best)
		if done && total > best {
			best, won = total, true
			br.best, br.alt = br.alt, br.best
		}
	}
	if won {
		replay(st, br.best)
	} else {
		replay(st, br.path)
	}
}
