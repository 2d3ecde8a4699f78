package resolvers_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/google/go-cmp/cmp"
)

// recordingAudit keeps the audit entries the handler appends.
type recordingAudit struct {
	mu      sync.Mutex
	entries []audit.Entry
}

func (r *recordingAudit) Append(_ context.Context, e audit.Entry) (audit.Entry, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries = append(r.entries, e)
	return e, nil
}

func (r *recordingAudit) last(t *testing.T) audit.Entry {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.entries) == 0 {
		t.Fatal("no audit entry")
	}
	return r.entries[len(r.entries)-1]
}

// TestAuditEntities checks that an operation's audit entry names exactly
// the nodes it returned, single nodes, lists and null relations alike.
func TestAuditEntities(t *testing.T) {
	rec := &recordingAudit{}
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t), Audit: rec})
	tests := []struct {
		name string
		q    string
		want func(data map[string]any) []string
	}{
		{
			name: "a node and its relations, a null one among them",
			q:    `{ node(id: "` + kDecl31.String() + `") { id ... on Declaration { importer { id } courier { id } } } }`,
			want: func(data map[string]any) []string {
				out := []string{kDecl31.String(), get(data, "node", "importer", "id").(string)}
				if get(data, "node", "courier") != nil {
					t.Fatal("fixture: want a declaration without a courier")
				}
				return out
			},
		},
		{
			name: "every node of a subgraph",
			q:    `{ subgraph(centers: ["` + kShadow.String() + `"], depth: 1) { nodes { node { id } } } }`,
			want: func(data map[string]any) []string {
				var out []string
				for _, n := range get(data, "subgraph", "nodes").([]any) {
					out = append(out, get(n, "node", "id").(string))
				}
				return out
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := mustQuery(t, srv, tc.q, nil)
			want := tc.want(data)
			if len(want) < 2 {
				t.Fatalf("fixture: want at least two nodes, got %v", want)
			}
			got := slices.Clone(rec.last(t).Entities)
			slices.Sort(got)
			slices.Sort(want)
			if d := cmp.Diff(slices.Compact(want), got); d != "" {
				t.Errorf("audited entities (-returned +audited):\n%s", d)
			}
		})
	}
}
