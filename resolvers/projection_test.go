package resolvers_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/google/go-cmp/cmp"
)

// projectionStore records the projection of every Subgraph call and, when
// full is set, drops it so the store reads every property.
type projectionStore struct {
	graph.Store
	full bool
	mu   sync.Mutex
	got  []*graph.Projection
}

func (p *projectionStore) Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error) {
	p.mu.Lock()
	p.got = append(p.got, q.Project)
	p.mu.Unlock()
	if p.full {
		q.Project = nil
	}
	return p.Store.Subgraph(ctx, q)
}

// first returns the projection of the first Subgraph call (the subgraph
// field itself; relation loaders run after it).
func (p *projectionStore) first(t *testing.T) *graph.Projection {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.got) == 0 {
		t.Fatal("no Subgraph call")
	}
	return p.got[0]
}

// TestSubgraphProjection checks that the subgraph field asks the store for
// only the properties its selection reads, falls back to every property
// when a selected field may read any, and answers exactly as a full read.
func TestSubgraphProjection(t *testing.T) {
	world := MustOpenWorld(t)
	tests := []struct {
		name      string
		selection string
		want      *graph.Projection // nil: every property
	}{
		{
			name:      "keys and labels only",
			selection: `nodes { distance node { id kind label at __typename } } edges { id from to kind at }`,
			want:      &graph.Projection{},
		},
		{
			name:      "the visualizer's fields",
			selection: `truncated nodes { node { id kind label knownSmuggler communityId pagerank networkRisk degree } } edges { from to kind }`,
			want:      &graph.Projection{NodeProps: []string{graph.PropCommunityID, graph.PropDegree, graph.PropKnownSmuggler, graph.PropNetworkRisk, graph.PropPageRank}},
		},
		{
			name:      "fragments and aliases are followed",
			selection: `nodes { node { ...risk ... on Trader { r2: networkRisk knownSmugglerSource } } } edges { a: from }`,
			want:      &graph.Projection{NodeProps: []string{graph.PropKnownSmugglerSource, graph.PropNetworkRisk, graph.PropPageRank}},
		},
		{
			name:      "relations load by key",
			selection: `nodes { node { id neighbours(first: 2) { totalCount } } } edges { fromNode { id } toNode { label } }`,
			want:      &graph.Projection{},
		},
		{
			name:      "node properties read everything",
			selection: `nodes { node { id properties { name value } } }`,
		},
		{
			name:      "a kind's own fields read everything",
			selection: `nodes { node { id ... on Declaration { hsCode } } }`,
		},
		{
			name:      "relationship properties read everything",
			selection: `nodes { node { id } } edges { properties { name } }`,
		},
	}
	vars := map[string]any{"c": []string{kShadow.String()}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := `query($c: [ID!]!) { subgraph(centers: $c, depth: 2) { ` + tc.selection + ` } }`
			if strings.Contains(tc.selection, "...risk") {
				q += "\nfragment risk on Node { networkRisk pagerank }"
			}
			projected := &projectionStore{Store: world}
			got := mustQuery(t, newServer(t, resolvers.Config{Store: projected}), q, vars)
			if d := cmp.Diff(tc.want, projected.first(t)); d != "" {
				t.Errorf("projection (-want +got):\n%s", d)
			}
			full := &projectionStore{Store: world, full: true}
			want := mustQuery(t, newServer(t, resolvers.Config{Store: full}), q, vars)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("answer differs from a full read (-full +projected):\n%s", d)
			}
		})
	}
}
