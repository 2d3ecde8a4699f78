package resolvers

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/model"
	"github.com/borderlens/borderlens/resolvers/view"
)

// maxIDs bounds the ids one nodes or subgraph query may name.
const maxIDs = 1000

// parseKeys parses node ids ("Kind:ID"), EINVALID naming the first bad one.
func parseKeys(ids []string) ([]graph.Key, error) {
	if len(ids) > maxIDs {
		return nil, graph.Errorf(graph.EINVALID, "at most %d ids may be given, got %d", maxIDs, len(ids))
	}
	keys := make([]graph.Key, len(ids))
	for i, id := range ids {
		k, err := graph.ParseKey(id)
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

func validKinds(kinds []graph.Kind) error {
	for _, k := range kinds {
		if !k.Valid() {
			return graph.Errorf(graph.EINVALID, "unknown node kind %q", string(k))
		}
	}
	return nil
}

// intArg returns *p, def when p is nil, and EINVALID outside [lo, hi].
func intArg(name string, p *int, def, lo, hi int) (int, error) {
	if p == nil {
		return def, nil
	}
	if *p < lo || *p > hi {
		return 0, graph.Errorf(graph.EINVALID, "%s must be between %d and %d", name, lo, hi)
	}
	return *p, nil
}

func (r *Resolver) node(ctx context.Context, id string) (view.Node, error) {
	key, err := graph.ParseKey(id)
	if err != nil {
		return nil, err
	}
	if err := r.checkKey(ctx, key); err != nil {
		return nil, err
	}
	n, err := loadersFrom(ctx, r.Store).loadNode(ctx, key)
	if err != nil {
		return nil, err
	}
	return view.New(n), nil
}

func (r *Resolver) nodes(ctx context.Context, ids []string) ([]view.Node, error) {
	keys, err := parseKeys(ids)
	if err != nil {
		return nil, err
	}
	// Ids of hidden kinds are not looked up: they answer null, and one
	// forbidden error says so.
	var hidden []graph.Kind
	load := make([]graph.Key, 0, len(keys))
	for _, k := range keys {
		if r.checkKey(ctx, k) != nil {
			if !slices.Contains(hidden, k.Kind) {
				hidden = append(hidden, k.Kind)
			}
			continue
		}
		load = append(load, k)
	}
	if len(hidden) > 0 {
		graphql.AddError(ctx, graph.Errorf(graph.EFORBIDDEN, "%v nodes are not available to role %s", hidden, roleOf(ctx)))
	}
	loaded, lfound, err := loadersFrom(ctx, r.Store).loadNodes(ctx, load)
	if err != nil {
		return nil, err
	}
	nodes, found := make([]graph.Node, len(keys)), make([]bool, len(keys))
	for i, j := 0, 0; i < len(keys); i++ {
		if j < len(load) && keys[i] == load[j] {
			nodes[i], found[i] = loaded[j], lfound[j]
			j++
		}
	}
	out := make([]view.Node, len(keys))
	for i := range keys {
		if found[i] {
			out[i] = view.New(nodes[i])
		}
	}
	return out, nil
}

// search pages through the ranked hits of Store.Search. The store returns
// at most MaxSearchLimit hits, so pages reach no further than that, and
// totalCount (fetched only when selected) is capped there too.
func (r *Resolver) search(ctx context.Context, text string, kinds []graph.Kind, first *int, after *string) (*model.NodeConnection, error) {
	if strings.TrimSpace(text) == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text is empty")
	}
	if err := validKinds(kinds); err != nil {
		return nil, err
	}
	kinds, err := r.visibleKinds(ctx, kinds)
	if err != nil {
		return nil, err
	}
	n, err := pageSize(first, graph.MaxSearchLimit)
	if err != nil {
		return nil, err
	}
	start, afterKey := 0, graph.Key{}
	if after != nil {
		rank, key, err := r.cursors.decodeSearchCursor(*after)
		if err != nil {
			return nil, err
		}
		start, afterKey = rank+1, key
	}
	limit := min(start+n+1, graph.MaxSearchLimit)
	if graphql.FieldRequested(ctx, "totalCount") {
		limit = graph.MaxSearchLimit
	}
	q := graph.SearchQuery{Text: text, Kinds: kinds, Limit: limit}
	hits, err := r.Store.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	hits = r.visibleNodes(ctx, hits)
	if after != nil && (start > len(hits) || hits[start-1].Key != afterKey) {
		// The hit moved (its label changed since the cursor was made):
		// find it again among every hit.
		if limit < graph.MaxSearchLimit {
			q.Limit = graph.MaxSearchLimit
			if hits, err = r.Store.Search(ctx, q); err != nil {
				return nil, err
			}
			hits = r.visibleNodes(ctx, hits)
		}
		i := slices.IndexFunc(hits, func(h graph.Node) bool { return h.Key == afterKey })
		if i < 0 {
			return nil, graph.Errorf(graph.EINVALID, "cursor %q does not match this search", *after)
		}
		start = i + 1
	}
	end := min(start+n, len(hits))
	c := &model.NodeConnection{
		Edges:      make([]model.NodeEdge, 0, end-start),
		PageInfo:   &model.PageInfo{HasNextPage: len(hits) > end, HasPreviousPage: start > 0},
		TotalCount: len(hits),
	}
	for i := start; i < end; i++ {
		c.Edges = append(c.Edges, model.NodeEdge{Cursor: r.cursors.searchCursor(i, hits[i].Key), Node: view.New(hits[i])})
	}
	if len(c.Edges) > 0 {
		s, e := c.Edges[0].Cursor, c.Edges[len(c.Edges)-1].Cursor
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &s, &e
	}
	return c, nil
}

func (r *Resolver) subgraph(ctx context.Context, centers []string, depth *int, kinds []graph.Kind, relKinds []graph.RelKind, since, until *time.Time, limit *int) (*model.Subgraph, error) {
	if len(centers) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "at least one centre is required")
	}
	keys, err := parseKeys(centers)
	if err != nil {
		return nil, err
	}
	if err := validKinds(kinds); err != nil {
		return nil, err
	}
	for _, k := range keys {
		if err := r.checkKey(ctx, k); err != nil {
			return nil, err
		}
	}
	if kinds, err = r.visibleKinds(ctx, kinds); err != nil {
		return nil, err
	}
	q := graph.SubgraphQuery{Centers: keys, NodeKinds: kinds, RelKinds: relKinds, Project: subgraphProjection(ctx)}
	if q.Depth, err = intArg("depth", depth, 1, 0, graph.MaxDepth); err != nil {
		return nil, err
	}
	if q.Limit, err = intArg("limit", limit, graph.DefaultNodeLimit, 1, graph.MaxNodeLimit); err != nil {
		return nil, err
	}
	if since != nil {
		q.Since = *since
	}
	if until != nil {
		q.Until = *until
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return nil, graph.Errorf(graph.EINVALID, "until is before since")
	}
	sg, err := r.Store.Subgraph(ctx, q)
	if err != nil {
		return nil, err
	}
	out := &model.Subgraph{Nodes: make([]model.SubgraphNode, 0, len(sg.Nodes)), Edges: view.Relationships(r.visibleEdges(ctx, sg.Edges)), Truncated: sg.Truncated}
	for _, n := range r.visibleNodes(ctx, sg.Nodes) {
		if v := view.New(n); v != nil {
			out.Nodes = append(out.Nodes, model.SubgraphNode{Distance: sg.Distance[n.Key], Node: v})
		}
	}
	return out, nil
}

func (r *Resolver) paths(ctx context.Context, from, to string, maxHops, limit *int, relKinds []graph.RelKind, kinds []graph.Kind) ([]model.Path, error) {
	fk, err := graph.ParseKey(from)
	if err != nil {
		return nil, err
	}
	tk, err := graph.ParseKey(to)
	if err != nil {
		return nil, err
	}
	if err := validKinds(kinds); err != nil {
		return nil, err
	}
	if err := r.checkKey(ctx, fk); err != nil {
		return nil, err
	}
	if err := r.checkKey(ctx, tk); err != nil {
		return nil, err
	}
	if kinds, err = r.visibleKinds(ctx, kinds); err != nil {
		return nil, err
	}
	q := graph.PathQuery{From: fk, To: tk, RelKinds: relKinds, NodeKinds: kinds}
	if q.MaxHops, err = intArg("maxHops", maxHops, graph.MaxHops, 1, graph.MaxHops); err != nil {
		return nil, err
	}
	if q.Limit, err = intArg("limit", limit, graph.DefaultPathLimit, 1, graph.MaxPathLimit); err != nil {
		return nil, err
	}
	ps, err := r.Store.ShortestPaths(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]model.Path, 0, len(ps))
	for _, p := range ps {
		if r.visiblePath(ctx, p) {
			out = append(out, model.Path{Nodes: nodeViews(p.Nodes), Edges: view.Relationships(p.Edges), Hops: p.Hops()})
		}
	}
	return out, nil
}

func (r *Resolver) stats(ctx context.Context) (*model.GraphStats, error) {
	s, err := r.Store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	out := &model.GraphStats{NodeCount: s.NodeCount(), EdgeCount: s.EdgeCount()}
	for _, k := range graph.Kinds() {
		out.Nodes = append(out.Nodes, model.NodeKindCount{Kind: k, Count: s.Nodes[k]})
	}
	for _, k := range graph.RelKinds() {
		out.Edges = append(out.Edges, model.RelKindCount{Kind: k, Count: s.Edges[k]})
	}
	return out, nil
}
