package risk

import (
	"cmp"
	"math"
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
)

// MaxWalks bounds the number of separate walks Corroborate runs: beyond
// it, known smugglers are pooled into MaxWalks groups.
const MaxWalks = 32

// walkBudget bounds N × walks, the values of one vector of the iteration
// (2^22 float64, 32 MiB; the iteration keeps four): on large graphs the
// smugglers are pooled into fewer groups.
const walkBudget = 1 << 22

// topSources is the number of strongest walks kept per node to explain
// its corroborated score.
const topSources = 3

// Corroboration is the outcome of Corroborate.
type Corroboration struct {
	// Groups are the known smugglers of each walk, ascending ids: one
	// smuggler per walk, unless there were more than the walks allowed.
	Groups [][]int32
	// Score is the corroborated risk of every node, (Σ_g √risk_g)²: 0
	// with no tie to a known smuggler, risk_g when a single walk reaches
	// the node, and up to G times the sum when G walks reach it equally.
	// It is a ranking score, not a probability.
	Score      []float64
	Iterations int // conjugate-gradient steps until the error bound fell below the tolerance

	top []Source // topSources per node, strongest first, Group -1 when unused
}

// Source is one walk's part in a node's corroborated score.
type Source struct {
	Group int32   // index in Corroboration.Groups
	Risk  float64 // risk_g: the probability the walk from the node reaches the group
	Share float64 // √risk_g / Σ_h √risk_h, the group's share of the score's root
}

// Sources returns the walks that contribute most to v's corroborated
// score, strongest first (at most 3; ties to the lower group).
func (c *Corroboration) Sources(v int32) []Source {
	out := c.top[int(v)*topSources : int(v+1)*topSources]
	for i, s := range out {
		if s.Group < 0 {
			return out[:i:i]
		}
	}
	return out[:len(out):len(out)]
}

// Corroborate scores every node of g by how many known smugglers
// independently reach it. It runs Propagate's walk once per known
// smuggler (each smuggler alone at risk 1, the others ordinary nodes), all
// walks in one pass over the links per step, and scores node v by
//
//	corroborated_v = (Σ_s √risk_s(v))²,
//
// so that a node tied to two known smugglers outranks one tied as
// closely to a single smuggler (two equal ties count double their sum),
// while a node reached by one walk keeps that walk's risk. On the demo
// worlds this ranks the planted rings' hidden members well above the
// families and colleagues of smugglers seized alone (docs/analytics.md).
//
// With more known smugglers than MaxWalks, or than walkBudget/N allows,
// the smugglers are dealt round-robin (by ascending id) into that many
// groups, and each group walks as one: ties to two smugglers of the same
// group then count as one tie.
//
// Input contract: as Propagate. Complexity: O(M·G) per iteration and
// about log(tol)/log(d) iterations, O(N·G) memory, G the number of
// walks. Deterministic, whatever the number of workers.
func Corroborate(g *csr.Graph, seeds []int32, opts Options) *Corroboration {
	n := g.N()
	d, tol := opts.damping(), opts.tol()
	ids, _ := seedIDs(n, seeds)
	nw := min(len(ids), MaxWalks, max(1, walkBudget/max(n, 1)))
	c := &Corroboration{Groups: make([][]int32, nw), Score: make([]float64, n), top: make([]Source, n*topSources)}
	group := make([]int32, n) // the walk a seed starts, -1 for other nodes
	for i := range group {
		group[i] = -1
	}
	for i, s := range ids {
		c.Groups[i%nw] = append(c.Groups[i%nw], s)
		group[s] = int32(i % nw)
	}
	for i := range c.top {
		c.top[i].Group = -1
	}
	if nw == 0 {
		return c
	}
	var x []float64
	x, c.Iterations = walks(g, group, nw, d, tol, opts.Workers)
	roots := make([]Source, nw)
	for v := range n {
		var sum float64
		for j, r := range x[v*nw:][:nw] {
			roots[j] = Source{Group: int32(j), Risk: r, Share: math.Sqrt(r)}
			sum += roots[j].Share
		}
		c.Score[v] = sum * sum
		if sum == 0 {
			continue
		}
		slices.SortStableFunc(roots, func(a, b Source) int { return cmp.Compare(b.Share, a.Share) })
		for i, s := range roots[:min(topSources, nw)] {
			if s.Risk <= 0 {
				break
			}
			s.Share /= sum
			c.top[v*topSources+i] = s
		}
	}
	return c
}
