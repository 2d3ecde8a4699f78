package resolvers_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
)

// BenchmarkSubgraphQuery times the 2-hop subgraph query of bench/graphql
// (500 nodes, about 1,000 relationships) through the real handler over the
// embedded store, as an officer under the schema's access policy: the
// server's own cost, without a database round trip.
func BenchmarkSubgraphQuery(b *testing.B) {
	s := MustOpenStore(b)
	centre := graph.NewKey(graph.KindTrader, "hub")
	var batch graph.Batch
	for i := range 25 {
		d := graph.NewKey(graph.KindDeclaration, fmt.Sprintf("d%02d", i))
		batch.Edges = append(batch.Edges, graph.Edge{From: centre, Kind: graph.RelImported, To: d})
		for j := range 25 {
			t := graph.NewKey(graph.KindTrader, fmt.Sprintf("t%02d-%02d", i, j))
			batch.Nodes = append(batch.Nodes, graph.Node{Key: t, Label: "Trader " + t.ID, Props: graph.Props{"country": "KR", graph.PropNetworkRisk: 0.1, "roles": []string{"seller"}}})
			batch.Edges = append(batch.Edges, graph.Edge{From: d, Kind: graph.RelSoldBy, To: t})
			if j > 0 {
				batch.Edges = append(batch.Edges, graph.Edge{From: t, Kind: graph.RelUsesPhone, To: graph.NewKey(graph.KindPhone, fmt.Sprintf("p%02d", i))})
			}
		}
	}
	if err := s.Upsert(b.Context(), batch); err != nil {
		b.Fatal(err)
	}
	policy, err := access.PolicyFromSchema(resolvers.Schema(), access.DefaultRoutes())
	if err != nil {
		b.Fatal(err)
	}
	h := resolvers.NewHandler(resolvers.Config{Store: s, Policy: policy})
	body, _ := json.Marshal(map[string]any{
		"query":     `query($c: ID!) { subgraph(centers: [$c], depth: 2, limit: 500) { truncated nodes { distance node { id kind label } } edges { from kind to } } }`,
		"variables": map[string]any{"c": centre.String()},
	})
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req = req.WithContext(graph.NewContextWithPrincipal(req.Context(), graph.Principal{ID: "bench", Role: graph.RoleOfficer}))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("status %d: %.300s", w.Code, w.Body.String())
		}
	}
}
