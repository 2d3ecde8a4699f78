package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/analytics/centrality"
	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/risk"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/ingest/synth"
)

// RingRow is the recovery of the planted ring members by one ranking on
// one demo world.
type RingRow struct {
	Kind       string         `json:"kind"` // "rings"
	World      uint64         `json:"world"`
	SeedSet    string         `json:"seed_set"` // which known smugglers the ranking was given
	Ranking    string         `json:"ranking"`
	Candidates int            `json:"candidates"` // ranked traders and passengers (known smugglers excluded)
	Hidden     int            `json:"hidden"`     // planted ring members
	InGraph    int            `json:"in_graph"`   // of which in the projection
	Seeds      int            `json:"seeds"`      // known smugglers given
	Rings      int            `json:"rings"`
	AtK        []PrecisionAtK `json:"at_k"`
	AP         float64        `json:"ap"`          // average precision over the whole ranking
	RPrecision float64        `json:"r_precision"` // precision (= recall) at k = Hidden
	// RingsHitAtH is the number of rings with a member in the top Hidden.
	RingsHitAtH int    `json:"rings_hit_at_h"`
	Note        string `json:"note,omitempty"`
}

// PrecisionAtK is precision and recall of the top k of a ranking, and
// the number of rings with at least one member in it.
type PrecisionAtK struct {
	K         int     `json:"k"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	RingsHit  int     `json:"rings_hit"`
}

// runRings generates the demo world for each -worlds seed, loads it
// through the ingest path into an embedded store, runs Analyze given only
// the known smugglers (the knownSmuggler property ingest sets from the
// seizures), and scores how well several rankings of traders and
// passengers recover the hidden ring members of ground_truth.json.
func runRings(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rings", flag.ContinueOnError)
	shared := fs.String("shared-data", synth.DefaultDataDir, "directory of the KCS declarations")
	work := fs.String("work", "", "scratch directory (required)")
	worlds := fs.String("worlds", "1", "comma-separated demo world seeds")
	python := fs.String("python", "", "python3 with igraph, for the igraph PPR peer (empty: skip)")
	script := fs.String("script", "bench/quality/igraph_quality.py", "the igraph script")
	dump := fs.Int("dump", 0, "print the top n of our ranking to stderr, with what the ground truth says of each")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *work == "" {
		return errors.New("rings: -work is required")
	}
	enc := json.NewEncoder(stdout)
	for _, ws := range bytes.Split([]byte(*worlds), []byte(",")) {
		seed, err := strconv.ParseUint(string(bytes.TrimSpace(ws)), 10, 64)
		if err != nil {
			return fmt.Errorf("rings: -worlds: %w", err)
		}
		rows, err := ringsWorld(ctx, *shared, filepath.Join(*work, fmt.Sprintf("world%d", seed)), seed, *python, *script, *dump, stderr)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	return nil
}

func ringsWorld(ctx context.Context, shared, dir string, seed uint64, python, script string, dump int, stderr io.Writer) ([]RingRow, error) {
	ro := resolve.Options{CallingCode: "82", CardKey: []byte("quality-bench-card-key-0123456789")}
	t0 := time.Now()
	m, err := synth.Generate(ctx, synth.Options{KCSFiles: synth.DefaultKCSFiles(shared), OutDir: filepath.Join(dir, "files"), Seed: seed, Resolve: ro})
	if err != nil {
		return nil, fmt.Errorf("world %d: %w", seed, err)
	}
	store, err := embedded.Open(ctx, filepath.Join(dir, "graph.db"), embedded.Options{})
	if err != nil {
		return nil, err
	}
	defer store.Close()
	sum, err := ingest.Load(ctx, store, m.Files, ingest.Options{Resolve: ro})
	if err != nil {
		return nil, fmt.Errorf("world %d: load: %w", seed, err)
	}
	fmt.Fprintf(stderr, "world %d: %d records loaded in %v\n", seed, sum.Loaded, time.Since(t0).Round(time.Millisecond))
	rep, err := analytics.Analyze(ctx, store, analytics.Options{Seed: seed, DryRun: true})
	if err != nil {
		return nil, err
	}
	res := rep.Result
	fmt.Fprintf(stderr, "world %d: projection %d nodes, %d links, %d known smugglers; %s Q=%.4f, %d communities; betweenness %s (%d pivots)\n",
		seed, rep.Nodes, rep.Edges, rep.KnownSmugglers, rep.Algorithm, rep.Modularity, rep.Communities, rep.Betweenness, rep.Pivots)
	b, err := os.ReadFile(m.GroundTruth)
	if err != nil {
		return nil, err
	}
	var gt synth.GroundTruth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", m.GroundTruth, err)
	}

	g := res.Graph
	n := int32(g.N())
	ringOf := map[int32]int{} // hidden member -> ring index
	hidden := 0
	for i, ring := range gt.Rings {
		for _, s := range ring.Members {
			hidden++
			k, err := graph.ParseKey(s)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", m.GroundTruth, err)
			}
			if id, ok := g.ID(k); ok {
				ringOf[id] = i
			}
		}
	}
	entity := func(u int32) bool {
		k := g.Kind(u)
		return (k == graph.KindTrader || k == graph.KindPassenger) && !res.Risk.IsSeed(u)
	}
	var cands []int32
	for u := range n {
		if entity(u) {
			cands = append(cands, u)
		}
	}
	// byScore orders the candidates by score, highest first, ties by id
	// (ids follow key order).
	byScore := func(score func(u int32) float64) []int32 {
		o := slices.Clone(cands)
		slices.SortStableFunc(o, func(a, b int32) int { return cmp.Compare(score(b), score(a)) })
		return o
	}
	// Seed sets: every known smuggler (what Analyze is given), and, as a
	// diagnostic, only the rings' own known smugglers, which shows how
	// much of the error comes from the contacts of the isolated ones.
	var ringSeeds []int32
	for _, ring := range gt.Rings {
		for _, s := range ring.Seeds {
			if k, err := graph.ParseKey(s); err == nil {
				if id, ok := g.ID(k); ok {
					ringSeeds = append(ringSeeds, id)
				}
			}
		}
	}
	type ranking struct {
		name, note string
		order      []int32
	}
	var rows []RingRow
	for _, set := range []struct {
		name  string
		seeds []int32
	}{{"all known smugglers", res.Risk.Seeds}, {"ring seeds only", ringSeeds}} {
		prop, corr := res.Risk, res.Corroboration
		part := res.Partition
		if set.name != "all known smugglers" {
			opts := risk.Options{Damping: res.Opts.Damping, Workers: res.Opts.Workers}
			prop = risk.Propagate(res.RiskGraph, set.seeds, opts)
			corr = risk.Corroborate(res.RiskGraph, set.seeds, opts)
		}
		// The walk as it ran before risk weights: on the projection's
		// own weights.
		before := risk.Propagate(g, prop.Seeds, risk.Options{Damping: res.Opts.Damping, Workers: res.Opts.Workers})
		reset := make([]float64, n)
		for _, s := range prop.Seeds {
			reset[s] = 1
		}
		ppr := centrality.PersonalizedPageRankParallel(g, res.Opts.Damping, 1e-12, reset, res.Opts.Workers)
		known, size := map[int32]float64{}, map[int32]float64{}
		for u, c := range part {
			size[c]++
			if prop.IsSeed(int32(u)) {
				known[c]++
			}
		}
		rankings := []ranking{
			{"networkRisk (ours)", "Analyze's ranking: walk-with-restart absorption probability on the risk weights (csr.DefaultRiskWeights)", byScore(func(u int32) float64 { return prop.Risk[u] })},
			{"networkRisk (before)", "the same walk on the projection weights (csr.DefaultWeights), as shipped before risk weights", byScore(func(u int32) float64 { return before.Risk[u] })},
			{"corroborated (ours)", "Analyze's networkRiskCorroborated: (Σ_s √risk_s)², risk_s the walk to known smuggler s alone, on the risk weights", byScore(func(u int32) float64 { return corr.Score[u] })},
			{"hops", "fewest links to a known smuggler, ties by key", byScore(func(u int32) float64 {
				if h := prop.Hops[u]; h >= 0 {
					return -float64(h)
				}
				return -1e9
			})},
			{"ppr", "personalised PageRank from the known smugglers", byScore(func(u int32) float64 { return ppr[u] })},
			{"ppr/degree", "personalised PageRank over weighted degree", byScore(func(u int32) float64 {
				if s := g.Strength[u]; s > 0 {
					return ppr[u] / s
				}
				return 0
			})},
			{"community share", "known-smuggler share of the node's Leiden community, ties by networkRisk", byScore(func(u int32) float64 {
				c := part[u]
				return known[c]/size[c] + 1e-6*prop.Risk[u]
			})},
		}
		if python != "" {
			ip, err := igraphPPR(dir, python, script, res, reset)
			if err != nil {
				return nil, err
			}
			rankings = append(rankings, ranking{"ppr (igraph)", "igraph personalized_pagerank, reset at the known smugglers", byScore(func(u int32) float64 { return ip[u] })})
		}
		if dump > 0 {
			fmt.Fprintf(stderr, "world %d, %s: top %d of networkRisk\n", seed, set.name, dump)
			dumpTop(stderr, res.Graph, prop, &gt, rankings[0].order[:min(dump, len(rankings[0].order))])
		}
		for _, rk := range rankings {
			rows = append(rows, score(rk.order, ringOf, hidden, RingRow{
				Kind: "rings", World: seed, SeedSet: set.name, Ranking: rk.name, Note: rk.note, Candidates: len(cands), Hidden: hidden,
				InGraph: len(ringOf), Seeds: len(prop.Seeds), Rings: len(gt.Rings),
			}))
		}
	}
	return rows, nil
}

// score fills row with precision and recall at k of order against the
// hidden members, and the average precision.
func score(order []int32, ringOf map[int32]int, hidden int, row RingRow) RingRow {
	ks := []int{10, 25, 50, 100, 200}
	hits, ap := 0, 0.0
	rings := map[int]bool{}
	next := 0
	for i, u := range order {
		if r, ok := ringOf[u]; ok {
			hits++
			ap += float64(hits) / float64(i+1)
			rings[r] = true
		}
		for next < len(ks) && ks[next] == i+1 {
			row.AtK = append(row.AtK, PrecisionAtK{K: ks[next], Precision: float64(hits) / float64(ks[next]), Recall: float64(hits) / float64(hidden), RingsHit: len(rings)})
			next++
		}
		if i+1 == hidden {
			row.RPrecision, row.RingsHitAtH = float64(hits)/float64(hidden), len(rings)
		}
	}
	row.AP = ap / float64(hidden)
	return row
}

// igraphPPR runs igraph's personalized_pagerank on the projection.
func igraphPPR(dir, python, script string, res *analytics.Result, reset []float64) ([]float64, error) {
	g := res.Graph
	edges := filepath.Join(dir, "projection.edges")
	f, err := os.Create(edges)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# %d\n", g.N())
	for u := int32(0); int(u) < g.N(); u++ {
		adj, ws := g.Neighbours(u)
		for i, v := range adj {
			if u < v {
				fmt.Fprintf(w, "%d %d %s\n", u, v, strconv.FormatFloat(ws[i], 'g', -1, 64))
			}
		}
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		return nil, err
	}
	var sb bytes.Buffer
	for u, r := range reset {
		if r > 0 {
			fmt.Fprintf(&sb, "%d\n", u)
		}
	}
	seeds := filepath.Join(dir, "projection.seeds")
	if err := os.WriteFile(seeds, sb.Bytes(), 0o644); err != nil {
		return nil, err
	}
	out, err := exec.Command(python, script, "ppr", edges, seeds, strconv.FormatFloat(res.Opts.Damping, 'g', -1, 64)).Output()
	if err != nil {
		return nil, fmt.Errorf("igraph ppr: %w", err)
	}
	var r struct {
		PPR []float64 `json:"ppr"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("igraph ppr: %w", err)
	}
	if len(r.PPR) != g.N() {
		return nil, fmt.Errorf("igraph ppr: %d scores for %d nodes", len(r.PPR), g.N())
	}
	return r.PPR, nil
}

// dumpTop prints the given nodes with their score and what the ground
// truth says of them and of their nearest known smuggler.
func dumpTop(w io.Writer, g *csr.Graph, prop *risk.Propagation, gt *synth.GroundTruth, top []int32) {
	role := map[string]string{}
	for _, r := range gt.Rings {
		for _, s := range r.Seeds {
			role[s] = r.ID + " seed"
		}
		for _, s := range r.Members {
			role[s] = r.ID + " member"
		}
	}
	for _, s := range gt.Isolated {
		role[s] = "isolated smuggler"
	}
	for _, ng := range gt.Noise {
		for _, s := range ng.Members {
			if role[s] == "" {
				role[s] = "noise " + ng.Kind
			}
		}
	}
	for i, u := range top {
		k := g.Key(u).String()
		near := "-"
		if s := prop.Nearest[u]; s >= 0 {
			near = role[g.Key(s).String()]
		}
		fmt.Fprintf(w, "%3d %-55s risk %.4f hops %d deg %d  %-22s nearest: %s\n", i+1, k, prop.Risk[u], prop.Hops[u], g.Degree(u), role[k], near)
		for _, p := range prop.Paths(g, u, 1) {
			fmt.Fprintf(w, "      path: %v\n", p.Links)
		}
	}
}
