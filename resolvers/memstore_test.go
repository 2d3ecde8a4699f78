package resolvers_test

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"sync"

	"github.com/borderlens/borderlens/graph"
)

// memStore is a small in-memory graph.Store following the contract's
// query semantics, used until graph/embedded can stand in for it.
type memStore struct {
	mu    sync.RWMutex
	nodes map[graph.Key]graph.Node
	edges map[graph.EdgeID]graph.Edge
	adj   map[graph.Key][]graph.EdgeID
}

var _ graph.Store = (*memStore)(nil)

func newMemStore() *memStore {
	return &memStore{nodes: map[graph.Key]graph.Node{}, edges: map[graph.EdgeID]graph.Edge{}, adj: map[graph.Key][]graph.EdgeID{}}
}

func (s *memStore) Upsert(ctx context.Context, b graph.Batch) error {
	if err := b.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
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
			s.adj[e.From] = append(s.adj[e.From], id)
			s.adj[e.To] = append(s.adj[e.To], id)
		}
		if !e.At.IsZero() {
			old.At = e.At
		}
		maps.Copy(old.Props, e.Props)
		s.edges[id] = old
	}
	return nil
}

func (s *memStore) mergeNode(n graph.Node) {
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
		if v == nil {
			delete(old.Props, k)
		} else {
			old.Props[k] = v
		}
	}
	s.nodes[n.Key] = old
}

func (s *memStore) copyNode(n graph.Node) graph.Node {
	n.Props = n.Props.Clone()
	return n
}

func (s *memStore) Node(ctx context.Context, key graph.Key) (graph.Node, error) {
	if err := key.Validate(); err != nil {
		return graph.Node{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	n, ok := s.nodes[key]
	if !ok {
		return graph.Node{}, graph.Errorf(graph.ENOTFOUND, "%s not found", key)
	}
	return s.copyNode(n), nil
}

func (s *memStore) Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	for _, k := range keys {
		if err := k.Validate(); err != nil {
			return nil, nil, err
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	nodes := make([]graph.Node, len(keys))
	found := make([]bool, len(keys))
	for i, k := range keys {
		if n, ok := s.nodes[k]; ok {
			nodes[i], found[i] = s.copyNode(n), true
		}
	}
	return nodes, found, nil
}

func (s *memStore) Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error) {
	if len(q.Centers) == 0 {
		return graph.Subgraph{}, graph.Errorf(graph.EINVALID, "no centres")
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, c := range q.Centers {
		if err := c.Validate(); err != nil {
			return graph.Subgraph{}, err
		}
		if _, ok := s.nodes[c]; !ok {
			return graph.Subgraph{}, graph.Errorf(graph.ENOTFOUND, "%s not found", c)
		}
	}
	depth := min(max(q.Depth, 0), graph.MaxDepth)
	limit := graph.ClampLimit(q.Limit, graph.DefaultNodeLimit, graph.MaxNodeLimit)
	timeOK := func(n graph.Node) bool {
		if n.At.IsZero() {
			return true
		}
		return (q.Since.IsZero() || !n.At.Before(q.Since)) && (q.Until.IsZero() || !n.At.After(q.Until))
	}
	edgeOK := func(e graph.Edge) bool {
		if len(q.RelKinds) > 0 && !slices.Contains(q.RelKinds, e.Kind) {
			return false
		}
		if e.At.IsZero() {
			return true
		}
		return (q.Since.IsZero() || !e.At.Before(q.Since)) && (q.Until.IsZero() || !e.At.After(q.Until))
	}
	nodeOK := func(n graph.Node) bool {
		return (len(q.NodeKinds) == 0 || slices.Contains(q.NodeKinds, n.Key.Kind)) && timeOK(n)
	}
	dist := map[graph.Key]int{}
	frontier := []graph.Key{}
	for _, c := range q.Centers {
		if _, ok := dist[c]; !ok {
			dist[c] = 0
			frontier = append(frontier, c)
		}
	}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []graph.Key
		for _, k := range frontier {
			for _, id := range s.adj[k] {
				e := s.edges[id]
				if !edgeOK(e) {
					continue
				}
				o := e.Other(k)
				if _, seen := dist[o]; seen || !nodeOK(s.nodes[o]) {
					continue
				}
				dist[o] = d
				next = append(next, o)
			}
		}
		frontier = next
	}
	keys := slices.Collect(maps.Keys(dist))
	slices.SortFunc(keys, func(a, b graph.Key) int {
		return cmp.Or(cmp.Compare(dist[a], dist[b]), a.Compare(b))
	})
	sg := graph.Subgraph{Distance: map[graph.Key]int{}}
	if len(keys) > limit {
		keys, sg.Truncated = keys[:limit], true
	}
	in := map[graph.Key]bool{}
	for _, k := range keys {
		in[k] = true
		sg.Nodes = append(sg.Nodes, s.copyNode(s.nodes[k]))
		sg.Distance[k] = dist[k]
	}
	for _, e := range s.edges {
		if in[e.From] && in[e.To] && edgeOK(e) {
			e.Props = e.Props.Clone()
			sg.Edges = append(sg.Edges, e)
		}
	}
	slices.SortFunc(sg.Edges, func(a, b graph.Edge) int { return a.ID().Compare(b.ID()) })
	return sg, nil
}

func (s *memStore) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, k := range []graph.Key{q.From, q.To} {
		if err := k.Validate(); err != nil {
			return nil, err
		}
		if _, ok := s.nodes[k]; !ok {
			return nil, graph.Errorf(graph.ENOTFOUND, "%s not found", k)
		}
	}
	maxHops := graph.ClampLimit(q.MaxHops, graph.MaxHops, graph.MaxHops)
	limit := graph.ClampLimit(q.Limit, graph.DefaultPathLimit, graph.MaxPathLimit)
	// Breadth-first layers, keeping every predecessor edge on a shortest route.
	dist := map[graph.Key]int{q.From: 0}
	pred := map[graph.Key][]graph.EdgeID{}
	frontier := []graph.Key{q.From}
	for d := 1; d <= maxHops && len(frontier) > 0; d++ {
		if _, done := dist[q.To]; done {
			break
		}
		var next []graph.Key
		for _, k := range frontier {
			for _, id := range s.adj[k] {
				e := s.edges[id]
				if len(q.RelKinds) > 0 && !slices.Contains(q.RelKinds, e.Kind) {
					continue
				}
				o := e.Other(k)
				if o != q.To && len(q.NodeKinds) > 0 && !slices.Contains(q.NodeKinds, o.Kind) {
					continue
				}
				if od, seen := dist[o]; seen && od < d {
					continue
				}
				if _, seen := dist[o]; !seen {
					dist[o] = d
					next = append(next, o)
				}
				pred[o] = append(pred[o], id)
			}
		}
		frontier = next
	}
	if _, ok := dist[q.To]; !ok || q.From == q.To {
		return []graph.Path{}, nil
	}
	var paths []graph.Path
	var walk func(k graph.Key, nodes []graph.Key, edges []graph.EdgeID)
	walk = func(k graph.Key, nodes []graph.Key, edges []graph.EdgeID) {
		if k == q.From {
			p := graph.Path{}
			for i := len(nodes) - 1; i >= 0; i-- {
				p.Nodes = append(p.Nodes, s.copyNode(s.nodes[nodes[i]]))
			}
			for i := len(edges) - 1; i >= 0; i-- {
				p.Edges = append(p.Edges, s.edges[edges[i]])
			}
			paths = append(paths, p)
			return
		}
		for _, id := range pred[k] {
			o := s.edges[id].Other(k)
			if dist[o] != dist[k]-1 {
				continue
			}
			walk(o, append(slices.Clone(nodes), o), append(slices.Clone(edges), id))
		}
	}
	walk(q.To, []graph.Key{q.To}, nil)
	slices.SortFunc(paths, func(a, b graph.Path) int {
		for i := range a.Nodes {
			if c := a.Nodes[i].Key.Compare(b.Nodes[i].Key); c != 0 {
				return c
			}
		}
		return 0
	})
	if len(paths) > limit {
		paths = paths[:limit]
	}
	return paths, nil
}

func (s *memStore) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	text := graph.FoldText(q.Text)
	if text == "" {
		return nil, graph.Errorf(graph.EINVALID, "empty search text")
	}
	limit := graph.ClampLimit(q.Limit, graph.DefaultSearchLimit, graph.MaxSearchLimit)
	s.mu.RLock()
	defer s.mu.RUnlock()
	type hit struct {
		n    graph.Node
		rank int
	}
	var hits []hit
	for _, n := range s.nodes {
		if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, n.Key.Kind) {
			continue
		}
		if r := graph.MatchRank(text, n); r >= 0 {
			hits = append(hits, hit{n, r})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(a.rank, b.rank), a.n.Key.Compare(b.n.Key)) })
	out := []graph.Node{}
	for i := 0; i < len(hits) && i < limit; i++ {
		out = append(out, s.copyNode(hits[i].n))
	}
	return out, nil
}

func (s *memStore) SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error {
	for _, u := range updates {
		if err := u.Key.Validate(); err != nil {
			return err
		}
		if err := u.Props.Validate(); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range updates {
		if _, ok := s.nodes[u.Key]; !ok {
			return graph.Errorf(graph.ENOTFOUND, "%s not found", u.Key)
		}
	}
	for _, u := range updates {
		s.mergeNode(graph.Node{Key: u.Key, Props: u.Props})
	}
	return nil
}

func (s *memStore) ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error {
	s.mu.RLock()
	nodes := slices.Collect(maps.Values(s.nodes))
	s.mu.RUnlock()
	for _, n := range nodes {
		if len(kinds) == 0 || slices.Contains(kinds, n.Key.Kind) {
			if err := fn(s.copyNode(n)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *memStore) ScanEdges(ctx context.Context, kinds []graph.RelKind, fn func(graph.Edge) error) error {
	s.mu.RLock()
	edges := slices.Collect(maps.Values(s.edges))
	s.mu.RUnlock()
	for _, e := range edges {
		if len(kinds) == 0 || slices.Contains(kinds, e.Kind) {
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *memStore) Stats(ctx context.Context) (graph.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := graph.Stats{Nodes: map[graph.Kind]int{}, Edges: map[graph.RelKind]int{}}
	for k := range s.nodes {
		st.Nodes[k.Kind]++
	}
	for id := range s.edges {
		st.Edges[id.Kind]++
	}
	return st, nil
}

func (s *memStore) Ready(ctx context.Context) error { return nil }
func (s *memStore) Close() error                    { return nil }
