package analysis

import "math"

// log10e converts natural logarithms to decimal ones.
const log10e = 1 / math.Ln10

// maxScore caps scores, so that a probability that underflows does not rank
// above everything else by accident.
const maxScore = 50

// scoreOfLogP turns the natural logarithm of a probability into a score: its
// negated decimal logarithm, capped at maxScore.
func scoreOfLogP(logp float64) float64 {
	s := -logp * log10e
	if math.IsNaN(s) || s < 0 {
		return 0
	}
	return math.Min(s, maxScore)
}

// nbLogPMF is the log probability of k under a negative binomial with mean mu
// and variance v (v > mu); a Poisson when v <= mu.
func nbLogPMF(k int, mu, v float64) float64 {
	if mu <= 0 {
		if k == 0 {
			return 0
		}
		return math.Inf(-1)
	}
	if v <= mu*1.0001 {
		lg, _ := math.Lgamma(float64(k) + 1)
		return float64(k)*math.Log(mu) - mu - lg
	}
	// r successes, success probability p: mean r(1-p)/p = mu, variance mu/p.
	p := mu / v
	r := mu * p / (1 - p)
	a, _ := math.Lgamma(float64(k) + r)
	b, _ := math.Lgamma(r)
	c, _ := math.Lgamma(float64(k) + 1)
	return a - b - c + r*math.Log(p) + float64(k)*math.Log1p(-p)
}

// logSumExp adds probabilities given as logarithms.
func logSumExp(a, b float64) float64 {
	if math.IsInf(a, -1) {
		return b
	}
	if math.IsInf(b, -1) {
		return a
	}
	if a < b {
		a, b = b, a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// nbLogUpper is log P(X >= k) for the negative binomial (or Poisson) of
// nbLogPMF, summed from k upwards until the terms no longer matter.
func nbLogUpper(k int, mu, v float64) float64 {
	if k <= 0 {
		return 0
	}
	sum := math.Inf(-1)
	for i := k; i < k+100000; i++ {
		t := nbLogPMF(i, mu, v)
		sum = logSumExp(sum, t)
		if i > int(mu)+k && t < sum-40 {
			break
		}
	}
	return math.Min(sum, 0)
}

// nbLogLower is log P(X <= k).
func nbLogLower(k int, mu, v float64) float64 {
	sum := math.Inf(-1)
	for i := 0; i <= k; i++ {
		sum = logSumExp(sum, nbLogPMF(i, mu, v))
	}
	return math.Min(sum, 0)
}

// normLogTwoSided is log P(|Z| >= |z|) for a standard normal Z.
func normLogTwoSided(z float64) float64 {
	z = math.Abs(z)
	if z < 30 {
		return math.Log(math.Erfc(z / math.Sqrt2))
	}
	// Asymptotic tail: 2φ(z)/z.
	return math.Log(2) - z*z/2 - math.Log(z*math.Sqrt(2*math.Pi))
}

// meanVar returns the mean and the (population) variance of xs.
func meanVar(xs []float64) (mean, variance float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		variance += (x - mean) * (x - mean)
	}
	return mean, variance / float64(len(xs))
}
