package neo4j_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestSameAnswersAsEmbedded loads one random customs-shaped graph into
// this store and into graph/embedded and asks both the same random
// queries: the contract says results are identical, including order,
// distances, truncation and the parallel-relationship tie-breaks. The
// graph has hubs (so limits cut inside a level), timed and timeless items,
// parallel relationships and ids with runes where Neo4j's and Go's string
// orders can differ.
func TestSameAnswersAsEmbedded(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	ref, err := embedded.Open(ctx, filepath.Join(t.TempDir(), "ref.db"), embedded.Options{})
	if err != nil {
		t.Fatalf("open embedded: %v", err)
	}
	defer ref.Close()

	r := rand.New(rand.NewPCG(7, 11))
	kinds := []graph.Kind{graph.KindTrader, graph.KindDeclaration, graph.KindPhone, graph.KindEmail, graph.KindOffice, graph.KindPassenger}
	rels := []graph.RelKind{graph.RelImported, graph.RelDeclaredBy, graph.RelUsesPhone, graph.RelUsesEmail, graph.RelLodgedAt, graph.RelTravelsWith}
	names := []string{"acme", "Müller", "a\U0001F600", "a\uE000", "a\uFFFD", "zed", "Ødegaard", "x-1", "X 2"}
	var keys []graph.Key
	var b graph.Batch
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func() time.Time {
		if r.IntN(3) == 0 {
			return time.Time{}
		}
		return base.Add(time.Duration(r.IntN(365*24)) * time.Hour)
	}
	for i := range 300 {
		k := graph.NewKey(kinds[r.IntN(len(kinds))], fmt.Sprintf("%s%03d", names[r.IntN(len(names))], i))
		keys = append(keys, k)
		n := graph.Node{Key: k, At: at(), Props: graph.Props{"i": int64(i)}}
		if r.IntN(4) > 0 {
			n.Label = names[r.IntN(len(names))] + fmt.Sprintf(" %d", i%17)
		}
		b.Nodes = append(b.Nodes, n)
	}
	hubs := keys[:4]
	for range 900 {
		from := keys[r.IntN(len(keys))]
		to := keys[r.IntN(len(keys))]
		if r.IntN(3) == 0 {
			to = hubs[r.IntN(len(hubs))]
		}
		if from == to {
			continue
		}
		b.Edges = append(b.Edges, graph.Edge{From: from, Kind: rels[r.IntN(len(rels))], To: to, At: at()})
	}
	for i := 0; i < len(b.Edges); i += 200 {
		chunk := graph.Batch{Edges: b.Edges[i:min(i+200, len(b.Edges))]}
		if i == 0 {
			chunk.Nodes = b.Nodes
		}
		for _, st := range []graph.Store{s, ref} {
			if err := st.Upsert(ctx, chunk); err != nil {
				t.Fatalf("upsert: %v", err)
			}
		}
	}

	opts := cmp.Options{cmpopts.EquateEmpty()}
	same := func(what string, a, e any, ea, ee error) {
		t.Helper()
		if graph.ErrorCode(ea) != graph.ErrorCode(ee) {
			t.Fatalf("%s: neo4j error %v, embedded error %v", what, ea, ee)
		}
		if d := cmp.Diff(e, a, opts); d != "" {
			t.Errorf("%s (-embedded +neo4j):\n%s", what, d)
		}
	}
	pickKinds := func() []graph.Kind {
		if r.IntN(2) == 0 {
			return nil
		}
		return []graph.Kind{kinds[r.IntN(len(kinds))], kinds[r.IntN(len(kinds))], kinds[r.IntN(len(kinds))]}
	}
	pickRels := func() []graph.RelKind {
		if r.IntN(2) == 0 {
			return nil
		}
		return []graph.RelKind{rels[r.IntN(len(rels))], rels[r.IntN(len(rels))], rels[r.IntN(len(rels))]}
	}
	var truncated, withPaths, withHits int
	for i := range 150 {
		q := graph.SubgraphQuery{
			Centers:   []graph.Key{keys[r.IntN(len(keys))]},
			Depth:     r.IntN(4),
			NodeKinds: pickKinds(),
			RelKinds:  pickRels(),
			Limit:     []int{0, 1, 5, 20, 60}[r.IntN(5)],
		}
		if r.IntN(3) == 0 {
			q.Centers = append(q.Centers, hubs[r.IntN(len(hubs))])
		}
		if r.IntN(3) == 0 {
			q.Since = base.Add(time.Duration(r.IntN(180*24)) * time.Hour)
			q.Until = q.Since.Add(time.Duration(r.IntN(180*24)) * time.Hour)
		}
		switch r.IntN(3) {
		case 0:
			q.Project = &graph.Projection{}
		case 1:
			q.Project = &graph.Projection{NodeProps: []string{"i", "absent"}}
		}
		a, ea := s.Subgraph(ctx, q)
		e, ee := ref.Subgraph(ctx, q)
		same(fmt.Sprintf("subgraph %d %+v", i, q), a, e, ea, ee)
		if a.Truncated {
			truncated++
		}

		pq := graph.PathQuery{
			From: keys[r.IntN(len(keys))], To: keys[r.IntN(len(keys))],
			MaxHops: r.IntN(6), Limit: []int{0, 1, 3, 50}[r.IntN(4)],
			NodeKinds: pickKinds(), RelKinds: pickRels(),
		}
		pa, ea := s.ShortestPaths(ctx, pq)
		pe, ee := ref.ShortestPaths(ctx, pq)
		same(fmt.Sprintf("paths %d %+v", i, pq), pa, pe, ea, ee)
		if len(pa) > 1 {
			withPaths++
		}

		sq := graph.SearchQuery{Text: []string{"a", "mu", "MÜLLER", "0", "x", "1", "a\uE000", "zed0", "ode"}[r.IntN(9)],
			Kinds: pickKinds(), Limit: []int{0, 1, 7, 400}[r.IntN(4)]}
		ha, ea := s.Search(ctx, sq)
		he, ee := ref.Search(ctx, sq)
		same(fmt.Sprintf("search %d %+v", i, sq), ha, he, ea, ee)
		if len(ha) > 1 {
			withHits++
		}
	}
	// The random queries must reach the interesting cases.
	t.Logf("%d truncated subgraphs, %d queries with several paths, %d searches with several hits", truncated, withPaths, withHits)
	if truncated < 10 || withPaths < 10 || withHits < 10 {
		t.Errorf("too few interesting answers: %d truncated, %d multi-path, %d multi-hit; want 10 each", truncated, withPaths, withHits)
	}
	sa, ea := s.Stats(ctx)
	se, ee := ref.Stats(ctx)
	same("stats", sa, se, ea, ee)
}
