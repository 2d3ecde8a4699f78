package analytics_test

import (
	"context"
	"errors"
	"github.com/borderlens/borderlens/analytics/csr"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
)

var runTime = time.Date(2025, 4, 1, 12, 0, 0, 0, time.UTC)

// fixedClock returns a clock that reads runTime and advances 1ms per read,
// so that reports are reproducible.
func fixedClock() func() time.Time {
	t := runTime
	return func() time.Time {
		now := t
		t = t.Add(time.Millisecond)
		return now
	}
}

// MustOpenStore opens an embedded store in a temporary directory, loaded
// with the given batch.
func MustOpenStore(tb testing.TB, b graph.Batch) *embedded.Store {
	tb.Helper()
	ctx := context.Background()
	s, err := embedded.Open(ctx, filepath.Join(tb.TempDir(), "graph.db"), embedded.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := s.Upsert(ctx, b); err != nil {
		tb.Fatal(err)
	}
	return s
}

func pax(id string) graph.Key    { return graph.NewKey(graph.KindPassenger, id) }
func trader(id string) graph.Key { return graph.NewKey(graph.KindTrader, id) }

func TestAnalyzeEmbedded(t *testing.T) {
	ctx := context.Background()
	store := MustOpenStore(t, world())
	rep, err := analytics.Analyze(ctx, store, analytics.Options{Now: fixedClock(), Seed: 1, RunID: "run-1", BatchSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rep.KnownSmugglers, 2; got != want {
		t.Errorf("known smugglers: got %d, want %d", got, want)
	}
	if rep.Nodes != rep.NodesWritten || rep.Nodes == 0 {
		t.Errorf("nodes %d, written %d: want equal and non-zero", rep.Nodes, rep.NodesWritten)
	}
	if rep.Betweenness != analytics.BetweennessExact || rep.Algorithm != analytics.Leiden {
		t.Errorf("modes: got %s/%s, want exact/leiden", rep.Betweenness, rep.Algorithm)
	}
	var phases []string
	for _, tm := range rep.Timings {
		phases = append(phases, tm.Phase)
	}
	if diff := cmp.Diff([]string{"scan", "community", "pagerank", "betweenness", "risk", "corroboration", "summaries", "write"}, phases); diff != "" {
		t.Errorf("phases (-want +got):\n%s", diff)
	}

	// Every projected node carries the run's properties, with their types.
	r1, err := store.Node(ctx, pax("R1"))
	if err != nil {
		t.Fatal(err)
	}
	checkProps(t, r1, "run-1")
	if got, _ := r1.Props.Int(analytics.PropRiskHops); got != 2 {
		t.Errorf("R1 riskHops: got %d, want 2", got)
	}
	smug, err := store.Node(ctx, pax("SMUG"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := smug.Props.Float(graph.PropNetworkRisk); got != 1 {
		t.Errorf("known smuggler networkRisk: got %v, want 1", got)
	}
	// Countries are not projected by default, so not written.
	cn, err := store.Node(ctx, graph.NewKey(graph.KindCountry, "CN"))
	if err != nil {
		t.Fatal(err)
	}
	if cn.Prop(graph.PropAnalysisRun) != nil {
		t.Errorf("country CN: got analysisRun %v, want none", cn.Prop(graph.PropAnalysisRun))
	}

	// The planted ring outranks the unrelated parties.
	var top []graph.Key
	for _, s := range rep.TopRisk {
		top = append(top, s.Key)
		if s.Key.Kind != graph.KindTrader && s.Key.Kind != graph.KindPassenger {
			t.Errorf("TopRisk lists %s, want traders and passengers only", s.Key)
		}
	}
	for _, k := range []graph.Key{pax("SMUG"), trader("TSMUG")} {
		if slices.Contains(top, k) {
			t.Errorf("TopRisk lists known smuggler %s", k)
		}
	}
	rank := func(k graph.Key) int {
		i := slices.Index(top, k)
		if i < 0 {
			t.Fatalf("%s missing from TopRisk %v", k, top)
		}
		return i
	}
	for _, ring := range []graph.Key{pax("R1"), trader("TR1")} {
		for _, other := range []graph.Key{pax("U1"), trader("TU")} {
			if rank(ring) > rank(other) {
				t.Errorf("%s ranks below unrelated %s in %v", ring, other, top)
			}
		}
	}
}

func checkProps(t *testing.T, n graph.Node, run string) {
	t.Helper()
	for name, want := range map[string]any{
		graph.PropCommunityID: int64(0), graph.PropPageRank: 0.0, graph.PropBetweenness: 0.0,
		graph.PropDegree: int64(0), graph.PropNetworkRisk: 0.0, graph.PropAnalysisRun: "",
		graph.PropAnalysisTime: "", analytics.PropRiskHops: int64(0), analytics.PropRiskCorroborated: 0.0,
	} {
		got := n.Prop(name)
		if got == nil {
			t.Errorf("%s: property %s missing", n.Key, name)
			continue
		}
		if gt, wt := typeName(got), typeName(want); gt != wt {
			t.Errorf("%s: property %s has type %s, want %s", n.Key, name, gt, wt)
		}
	}
	if got := n.Props.String(graph.PropAnalysisRun); got != run {
		t.Errorf("analysisRun: got %q, want %q", got, run)
	}
	if got, want := n.Props.String(graph.PropAnalysisTime), runTime.Format(time.RFC3339); got != want {
		t.Errorf("analysisTime: got %q, want %q", got, want)
	}
}

func typeName(v any) string {
	switch v.(type) {
	case int64:
		return "int64"
	case float64:
		return "float64"
	case string:
		return "string"
	}
	return "other"
}

// TestAnalyzeDeterministic runs twice over sources that scan in random
// order, with different worker counts: the writes must be identical.
func TestAnalyzeDeterministic(t *testing.T) {
	ctx := context.Background()
	var got []map[graph.Key]graph.Props
	for _, workers := range []int{1, 4} {
		src := newMemSource(world())
		if _, err := analytics.Analyze(ctx, src, analytics.Options{Now: fixedClock(), Seed: 7, Workers: workers}); err != nil {
			t.Fatal(err)
		}
		got = append(got, src.props())
	}
	if diff := cmp.Diff(got[0], got[1]); diff != "" {
		t.Errorf("runs differ (-first +second):\n%s", diff)
	}
}

func TestAnalyzeBatches(t *testing.T) {
	src := newMemSource(world())
	rep, err := analytics.Analyze(context.Background(), src, analytics.Options{Now: fixedClock(), BatchSize: 5})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for i, b := range src.batches {
		if b > 5 || (b < 5 && i != len(src.batches)-1) {
			t.Errorf("batch %d has %d updates, want 5 (fewer only last)", i, b)
		}
		total += b
	}
	if total != rep.Nodes {
		t.Errorf("updates: got %d, want %d", total, rep.Nodes)
	}
}

func TestAnalyzeCancelledBetweenBatches(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := newMemSource(world())
	src.afterSet = func(batch int) {
		if batch == 2 {
			cancel()
		}
	}
	rep, err := analytics.Analyze(ctx, src, analytics.Options{Now: fixedClock(), BatchSize: 3})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got error %v, want context.Canceled", err)
	}
	if got, want := len(src.batches), 2; got != want {
		t.Errorf("batches written: got %d, want %d", got, want)
	}
	if rep.NodesWritten != 6 {
		t.Errorf("NodesWritten: got %d, want 6", rep.NodesWritten)
	}
}

func TestAnalyzeErrors(t *testing.T) {
	scanFail := errors.New("disk on fire")
	tests := []struct {
		name     string
		src      func() *memSource
		opts     analytics.Options
		wantCode string
		wantIs   error
	}{
		{name: "scan", src: func() *memSource { s := newMemSource(world()); s.scanErr = scanFail; return s }, wantIs: scanFail, wantCode: graph.EINTERNAL},
		{name: "write", src: func() *memSource {
			s := newMemSource(world())
			s.setErr = graph.Errorf(graph.ENOTFOUND, "gone")
			return s
		}, wantCode: graph.ENOTFOUND},
		{name: "bad algorithm", src: func() *memSource { return newMemSource(world()) }, opts: analytics.Options{Algorithm: "kmeans"}, wantCode: graph.EINVALID},
		{name: "bad mode", src: func() *memSource { return newMemSource(world()) }, opts: analytics.Options{Betweenness: "fast"}, wantCode: graph.EINVALID},
		{name: "negative resolution", src: func() *memSource { return newMemSource(world()) }, opts: analytics.Options{Resolution: -1}, wantCode: graph.EINVALID},
		{name: "damping 1", src: func() *memSource { return newMemSource(world()) }, opts: analytics.Options{Damping: 1}, wantCode: graph.EINVALID},
		{name: "bad kind", src: func() *memSource { return newMemSource(world()) }, opts: analytics.Options{NodeKinds: []graph.Kind{"Ship"}}, wantCode: graph.EINVALID},
		{name: "negative batch", src: func() *memSource { return newMemSource(world()) }, opts: analytics.Options{BatchSize: -1}, wantCode: graph.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Now = fixedClock()
			_, err := analytics.Analyze(context.Background(), tc.src(), tc.opts)
			if err == nil {
				t.Fatal("got no error")
			}
			if got := graph.ErrorCode(err); got != tc.wantCode {
				t.Errorf("code: got %s, want %s (%v)", got, tc.wantCode, err)
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("got %v, want it to wrap %v", err, tc.wantIs)
			}
		})
	}
}

func TestBetweennessModes(t *testing.T) {
	tests := []struct {
		name       string
		opts       analytics.Options
		want       analytics.BetweennessMode
		wantPivots int
		wantProp   bool
	}{
		{name: "auto small is exact", want: analytics.BetweennessExact, wantPivots: -1, wantProp: true},
		{name: "auto over budget samples", opts: analytics.Options{PathBudget: 10}, want: analytics.BetweennessExact, wantPivots: -1, wantProp: true}, // MinPivots > N: exact
		{name: "sampled", opts: analytics.Options{Betweenness: analytics.BetweennessSampled, Pivots: 5}, want: analytics.BetweennessSampled, wantPivots: 5, wantProp: true},
		{name: "off", opts: analytics.Options{Betweenness: analytics.BetweennessOff}, want: analytics.BetweennessOff, wantPivots: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := newMemSource(world())
			tc.opts.Now = fixedClock()
			rep, err := analytics.Analyze(context.Background(), src, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			wantPivots := tc.wantPivots
			if wantPivots < 0 {
				wantPivots = rep.Nodes
			}
			if rep.Betweenness != tc.want || rep.Pivots != wantPivots {
				t.Errorf("got %s with %d pivots, want %s with %d", rep.Betweenness, rep.Pivots, tc.want, wantPivots)
			}
			if (rep.BetweennessBound > 0) != (tc.want == analytics.BetweennessSampled) {
				t.Errorf("bound %v for mode %s", rep.BetweennessBound, rep.Betweenness)
			}
			_, has := src.props()[pax("R1")][graph.PropBetweenness]
			if has != tc.wantProp {
				t.Errorf("betweenness written: got %v, want %v", has, tc.wantProp)
			}
		})
	}
}

func TestProfile(t *testing.T) {
	rep, err := analytics.Analyze(context.Background(), newMemSource(world()), analytics.Options{Now: fixedClock(), DryRun: true, RunID: "r"})
	if err != nil {
		t.Fatal(err)
	}
	res := rep.Result
	p, err := res.Profile(pax("R2"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Hops != 4 || len(p.Paths) != 1 {
		t.Fatalf("R2: got %d hops and %d paths, want 4 and 1", p.Hops, len(p.Paths))
	}
	wantNodes := []graph.Key{pax("R2"), graph.PaymentCardKey("card1"), pax("R1"), graph.PhoneKey("+100"), pax("SMUG")}
	if diff := cmp.Diff(wantNodes, p.Paths[0].Nodes); diff != "" {
		t.Errorf("path (-want +got):\n%s", diff)
	}
	var kinds []graph.RelKind
	for _, l := range p.Paths[0].Links {
		kinds = append(kinds, l.Kind)
	}
	if diff := cmp.Diff([]graph.RelKind{graph.RelPaidWith, graph.RelPaidWith, graph.RelUsesPhone, graph.RelUsesPhone}, kinds); diff != "" {
		t.Errorf("path kinds (-want +got):\n%s", diff)
	}
	if len(p.TopLinks) == 0 || p.TopLinks[0].Neighbour != graph.PaymentCardKey("card1") {
		t.Errorf("top link: got %+v, want the shared card", p.TopLinks)
	}
	if p.KnownSmuggler || p.RiskRank < 1 || p.NetworkRisk <= 0 || p.Run != "r" || !p.ComputedAt.Equal(runTime) {
		t.Errorf("profile header: %+v", p)
	}
	if p.PageRankPercentile < 0 || p.PageRankPercentile > 1 || !p.BetweennessExact {
		t.Errorf("centrality: percentile %v, exact %v", p.PageRankPercentile, p.BetweennessExact)
	}
	c, err := res.Community(int64(p.Community))
	if err != nil {
		t.Fatal(err)
	}
	if c.Size != p.CommunitySize || c.KnownSmugglers != p.CommunityKnownSmugglers || !slices.Contains(c.Members, pax("R2")) {
		t.Errorf("community %+v disagrees with profile %+v", c, p)
	}
	if !slices.IsSortedFunc(c.Members, graph.Key.Compare) {
		t.Errorf("members not ordered by key: %v", c.Members)
	}

	// The corroborated ranking and the profiles agree, and each profile
	// names the smugglers whose walks reach it.
	for i, sc := range res.TopRisk(analytics.ByCorroboration, nil, 10) {
		q, err := res.Profile(sc.Key)
		if err != nil {
			t.Fatal(err)
		}
		if q.CorroboratedRank != i+1 || q.CorroboratedRisk != sc.Corroborated {
			t.Errorf("%s: profile corroborated rank %d score %v, ranking %d %v", sc.Key, q.CorroboratedRank, q.CorroboratedRisk, i+1, sc.Corroborated)
		}
		if sc.Corroborated > 0 && len(q.Corroborators) == 0 {
			t.Errorf("%s: corroborated %v with no corroborators", sc.Key, sc.Corroborated)
		}
		var share float64
		for _, c := range q.Corroborators {
			share += c.Share
			for _, k := range c.Smugglers {
				if !slices.Contains([]graph.Key{pax("SMUG"), trader("TSMUG")}, k) {
					t.Errorf("%s: corroborator %s is not a known smuggler", sc.Key, k)
				}
			}
		}
		if len(q.Corroborators) > 0 && math.Abs(share-1) > 1e-9 {
			t.Errorf("%s: corroborator shares sum to %v with both walks listed", sc.Key, share)
		}
	}

	for _, k := range []graph.Key{pax("NOBODY"), graph.NewKey(graph.KindCountry, "CN")} {
		if _, err := res.Profile(k); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("Profile(%s): got %v, want ENOTFOUND", k, err)
		}
	}
	if _, err := res.Community(-1); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Community(-1): got %v, want ENOTFOUND", err)
	}
	smug, err := res.Profile(pax("SMUG"))
	if err != nil {
		t.Fatal(err)
	}
	if !smug.KnownSmuggler || smug.NetworkRisk != 1 || smug.Hops != 0 || smug.RiskRank != 0 {
		t.Errorf("smuggler profile: %+v", smug)
	}
	phones := res.TopRisk(analytics.ByNetworkRisk, []graph.Kind{graph.KindPhone}, 10)
	var keys []graph.Key
	for _, s := range phones {
		keys = append(keys, s.Key)
	}
	if diff := cmp.Diff([]graph.Key{graph.PhoneKey("+200"), graph.PhoneKey("+100")}, keys); diff != "" {
		t.Errorf("TopRisk(Phone) (-want +got):\n%s", diff)
	}
	cs := res.Communities()
	if len(cs) != rep.Communities || cs[0].Share < cs[len(cs)-1].Share {
		t.Errorf("communities not ordered by share: %+v", cs)
	}
}

// TestProfileRiskWeights checks that profiles explain the walk that
// was run: every link shown carries its risk weight (a whole multiple of
// Options.RiskWeights for its kind) and the shares of all of a node's
// links add up to its risk.
func TestProfileRiskWeights(t *testing.T) {
	rw := csr.DefaultRiskWeights()
	rw[graph.RelPaidWith], rw[graph.RelUsesPhone] = 1, 2 // the test world's links
	rep, err := analytics.Analyze(context.Background(), newMemSource(world()), analytics.Options{Now: fixedClock(), DryRun: true, RunID: "r", RiskWeights: rw})
	if err != nil {
		t.Fatal(err)
	}
	res := rep.Result
	checked := 0
	for _, s := range res.TopRisk(analytics.ByNetworkRisk, nil, 50) {
		if s.Score <= 0 {
			continue
		}
		p, err := res.ProfileN(s.Key, 1, 1000)
		if err != nil {
			t.Fatal(err)
		}
		var sum float64
		for _, l := range p.TopLinks {
			sum += l.Share
			m := l.Weight / rw[l.Link.Kind]
			if m < 1 || math.Abs(m-math.Round(m)) > 1e-9 {
				t.Errorf("%s: link %v weighs %v, want a multiple of its risk weight %v", s.Key, l.Link, l.Weight, rw[l.Link.Kind])
			}
		}
		if math.Abs(sum-1) > 1e-6 {
			t.Errorf("%s: shares sum to %v, want 1", s.Key, sum)
		}
		checked++
	}
	if checked < 3 {
		t.Fatalf("checked %d profiles, want at least 3", checked)
	}
	if !strings.Contains(res.Params, "PAID_WITH:1,") || !strings.HasSuffix(res.Params, "USES_PHONE:2") {
		t.Errorf("params %q: want the risk weights", res.Params)
	}
}

// TestTimeWindow: a window that excludes every dated item leaves only
// timeless nodes (the bare identifier nodes).
func TestTimeWindow(t *testing.T) {
	rep, err := analytics.Analyze(context.Background(), newMemSource(world()), analytics.Options{
		Now: fixedClock(), DryRun: true, Until: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Edges != 0 || rep.KnownSmugglers != 0 {
		t.Errorf("got %d edges and %d known smugglers, want none", rep.Edges, rep.KnownSmugglers)
	}
}
