package memstore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/borderlens/borderlens/graph"
)

// Store holds merged nodes and relationships in memory.
type Store struct {
	mu      sync.Mutex
	nodes   map[graph.Key]graph.Node
	edges   map[graph.EdgeID]graph.Edge
	upserts int
	// FailAt makes the FailAt-th Upsert (1-based) fail without writing,
	// to test atomicity and resume; 0 never fails.
	FailAt int
}

// New returns an empty Store.
func New() *Store {
	return &Store{nodes: map[graph.Key]graph.Node{}, edges: map[graph.EdgeID]graph.Edge{}}
}

// Upsert validates the batch and merges it, all or nothing.
func (s *Store) Upsert(ctx context.Context, b graph.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := b.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.upserts++
	if s.FailAt > 0 && s.upserts == s.FailAt {
		return graph.Errorf(graph.EUNAVAILABLE, "memstore: injected failure of upsert %d", s.upserts)
	}
	for _, n := range b.Nodes {
		s.mergeNode(n)
	}
	for _, e := range b.Edges {
		for _, k := range []graph.Key{e.From, e.To} {
			if _, ok := s.nodes[k]; !ok {
				s.nodes[k] = graph.Node{Key: k, Props: graph.Props{}}
			}
		}
		id := e.ID()
		old, ok := s.edges[id]
		if !ok {
			old = graph.Edge{From: e.From, Kind: e.Kind, To: e.To, Props: graph.Props{}}
		}
		if !e.At.IsZero() {
			old.At = e.At
		}
		for k, v := range e.Props {
			old.Props[k] = clone(v)
		}
		s.edges[id] = old
	}
	return nil
}

func (s *Store) mergeNode(n graph.Node) {
	old, ok := s.nodes[n.Key]
	if !ok {
		old = graph.Node{Key: n.Key, Props: graph.Props{}}
	}
	if n.Label != "" {
		old.Label = n.Label
	}
	if !n.At.IsZero() {
		old.At = n.At
	}
	for k, v := range n.Props {
		old.Props[k] = clone(v)
	}
	s.nodes[n.Key] = old
}

func clone(v any) any {
	if s, ok := v.([]string); ok {
		return append([]string(nil), s...)
	}
	return v
}

// Nodes returns stored nodes by key (the ingest.NodeReader capability).
func (s *Store) Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	nodes := make([]graph.Node, len(keys))
	found := make([]bool, len(keys))
	for i, k := range keys {
		if n, ok := s.nodes[k]; ok {
			n.Props = n.Props.Clone()
			nodes[i], found[i] = n, true
		}
	}
	return nodes, found, nil
}

// Node returns one stored node.
func (s *Store) Node(k graph.Key) (graph.Node, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, ok := s.nodes[k]
	return n, ok
}

// AllNodes returns every node sorted by key.
func (s *Store) AllNodes() []graph.Node {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]graph.Node, 0, len(s.nodes))
	for _, n := range s.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key.Compare(out[j].Key) < 0 })
	return out
}

// AllEdges returns every relationship sorted by identity.
func (s *Store) AllEdges() []graph.Edge {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]graph.Edge, 0, len(s.edges))
	for _, e := range s.edges {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID().Compare(out[j].ID()) < 0 })
	return out
}

// Stats counts nodes and relationships by kind.
func (s *Store) Stats() graph.Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := graph.Stats{Nodes: map[graph.Kind]int{}, Edges: map[graph.RelKind]int{}}
	for k := range s.nodes {
		st.Nodes[k.Kind]++
	}
	for id := range s.edges {
		st.Edges[id.Kind]++
	}
	return st
}

// Upserts returns the number of Upsert calls that committed or failed.
func (s *Store) Upserts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.upserts
}

// Dump returns the whole state as sorted text, one line per node and
// relationship, for golden files and equality checks.
func (s *Store) Dump() string {
	var b strings.Builder
	for _, n := range s.AllNodes() {
		fmt.Fprintf(&b, "%s %q", n.Key, n.Label)
		if !n.At.IsZero() {
			fmt.Fprintf(&b, " @%s", n.At.UTC().Format("2006-01-02T15:04:05Z"))
		}
		writeProps(&b, n.Props)
		b.WriteByte('\n')
	}
	for _, e := range s.AllEdges() {
		b.WriteString(e.ID().String())
		if !e.At.IsZero() {
			fmt.Fprintf(&b, " @%s", e.At.UTC().Format("2006-01-02T15:04:05Z"))
		}
		writeProps(&b, e.Props)
		b.WriteByte('\n')
	}
	return b.String()
}

func writeProps(b *strings.Builder, p graph.Props) {
	for _, k := range p.Names() {
		fmt.Fprintf(b, " %s=%#v", k, p[k])
	}
}
