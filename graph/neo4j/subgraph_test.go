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

// TestSubgraphOneStatement compares Subgraph with graph/embedded on a
// random hub-heavy graph whose ids are plain ASCII, so the single-statement
// path answers every query (the per-hop fallback is only for keys with
// runes where Neo4j's and Go's orders differ, covered by
// TestSameAnswersAsEmbedded). Limits cut inside levels at every depth.
func TestSubgraphOneStatement(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	ref, err := embedded.Open(ctx, filepath.Join(t.TempDir(), "ref.db"), embedded.Options{})
	if err != nil {
		t.Fatalf("open embedded: %v", err)
	}
	defer ref.Close()

	r := rand.New(rand.NewPCG(3, 5))
	kinds := []graph.Kind{graph.KindTrader, graph.KindDeclaration, graph.KindPhone, graph.KindOffice}
	rels := []graph.RelKind{graph.RelImported, graph.RelDeclaredBy, graph.RelUsesPhone, graph.RelLodgedAt}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func() time.Time {
		if r.IntN(3) == 0 {
			return time.Time{}
		}
		return base.Add(time.Duration(r.IntN(365*24)) * time.Hour)
	}
	var keys []graph.Key
	var b graph.Batch
	for i := range 250 {
		k := graph.NewKey(kinds[r.IntN(len(kinds))], fmt.Sprintf("n%03d", r.IntN(1000)*1000+i))
		keys = append(keys, k)
		b.Nodes = append(b.Nodes, graph.Node{Key: k, At: at(), Label: fmt.Sprintf("L %d", i%13), Props: graph.Props{"i": int64(i), "tags": []string{"a", "b"}}})
	}
	hubs := keys[:5]
	for range 800 {
		from, to := keys[r.IntN(len(keys))], keys[r.IntN(len(keys))]
		if r.IntN(3) == 0 {
			to = hubs[r.IntN(len(hubs))]
		}
		if from == to {
			continue
		}
		b.Edges = append(b.Edges, graph.Edge{From: from, Kind: rels[r.IntN(len(rels))], To: to, At: at(), Props: graph.Props{"w": float64(r.IntN(9))}})
	}
	for _, st := range []graph.Store{s, ref} {
		if err := st.Upsert(ctx, b); err != nil {
			t.Fatalf("upsert: %v", err)
		}
	}

	var truncated, deep int
	for i := range 120 {
		q := graph.SubgraphQuery{
			Centers: []graph.Key{keys[r.IntN(len(keys))]},
			Depth:   r.IntN(5),
			Limit:   []int{0, 1, 2, 7, 30, 90}[r.IntN(6)],
		}
		if r.IntN(3) == 0 {
			q.Centers = append(q.Centers, hubs[r.IntN(len(hubs))], keys[r.IntN(len(keys))])
		}
		if r.IntN(2) == 0 {
			q.NodeKinds = []graph.Kind{kinds[r.IntN(len(kinds))], kinds[r.IntN(len(kinds))]}
		}
		if r.IntN(2) == 0 {
			q.RelKinds = []graph.RelKind{rels[r.IntN(len(rels))], rels[r.IntN(len(rels))]}
		}
		if r.IntN(3) == 0 {
			q.Since = base.Add(time.Duration(r.IntN(180*24)) * time.Hour)
			q.Until = q.Since.Add(time.Duration(r.IntN(180*24)) * time.Hour)
		}
		got, gerr := s.Subgraph(ctx, q)
		want, werr := ref.Subgraph(ctx, q)
		if graph.ErrorCode(gerr) != graph.ErrorCode(werr) {
			t.Fatalf("query %d %+v: neo4j error %v, embedded error %v", i, q, gerr, werr)
		}
		if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("query %d %+v (-embedded +neo4j):\n%s", i, q, d)
		}
		if got.Truncated {
			truncated++
		}
		for _, dist := range got.Distance {
			if dist >= 2 {
				deep++
				break
			}
		}
	}
	t.Logf("%d truncated, %d reaching depth 2 or more", truncated, deep)
	if truncated < 15 || deep < 15 {
		t.Errorf("too few interesting answers: %d truncated, %d deep; want 15 each", truncated, deep)
	}

	// A missing centre is ENOTFOUND even beside a present one.
	_, err = s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{keys[0], graph.NewKey(graph.KindTrader, "absent")}, Depth: 2})
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("missing centre: got %v, want ENOTFOUND", err)
	}
}
