package resolvers

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/model"
	"github.com/vikstrous/dataloadgen"
)

// DefaultLoaderWait is how long a loader collects keys before it calls the
// store. Sibling fields resolve concurrently, so a short window is enough
// to gather a whole list's worth of keys into one batch.
const DefaultLoaderWait = 2 * time.Millisecond

// loaders holds the per-operation batch loaders. A fresh set is put on the
// context of every GraphQL operation (see withLoaders), so caching never
// outlives one request and never leaks between principals.
type loaders struct {
	store Store
	node  *dataloadgen.Loader[graph.Key, graph.Node]
	rel   *dataloadgen.Loader[relKey, []relation]
}

// relKey asks for the relationships of one node, restricted to the
// relationship kinds and neighbour kinds given (canonical comma-joined
// lists; empty means all). Keys with the same filters share one store call.
type relKey struct {
	key   graph.Key
	rels  string
	kinds string
}

// relation is one relationship of a node and the node at its other end.
type relation struct {
	edge  graph.Edge
	other graph.Node
	dir   model.Direction
}

type loadersKey struct{}

// newLoaders returns loaders backed by store. cache false disables the
// per-key cache (used for subscriptions, whose operations live long).
func newLoaders(store Store, wait time.Duration, cache bool) *loaders {
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(1000)}
	if !cache {
		opts = append(opts, dataloadgen.WithoutCache())
	}
	l := &loaders{store: store}
	l.node = dataloadgen.NewLoader(l.fetchNodes, opts...)
	l.rel = dataloadgen.NewLoader(l.fetchRelations, opts...)
	return l
}

// withLoaders returns ctx carrying l.
func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFrom returns the operation's loaders, or unbatched ones over
// store when ctx carries none (a resolver called outside the handler).
func loadersFrom(ctx context.Context, store Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(store, time.Microsecond, true)
}

// fetchNodes is the node loader's batch function: one Store.Nodes call per
// batch, ENOTFOUND for each missing key.
func (l *loaders) fetchNodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []error) {
	nodes, found, err := l.store.Nodes(ctx, keys)
	if err != nil {
		return nil, []error{err}
	}
	if len(nodes) != len(keys) || len(found) != len(keys) {
		return nil, []error{graph.Errorf(graph.EINTERNAL, "store returned %d nodes for %d keys", len(nodes), len(keys))}
	}
	var errs []error
	for i, ok := range found {
		if !ok {
			if errs == nil {
				errs = make([]error, len(keys))
			}
			errs[i] = graph.Errorf(graph.ENOTFOUND, "%s not found", keys[i])
		}
	}
	return nodes, errs
}

// fetchRelations is the relation loader's batch function. Keys with the
// same filters become one depth-1 Subgraph call centred on all of them;
// each centre then keeps the relationships incident to it. When that
// neighbourhood is truncated or a centre is missing, the group falls back
// to one call per centre so that every answer stays complete and errors
// stay per key.
func (l *loaders) fetchRelations(ctx context.Context, keys []relKey) ([][]relation, []error) {
	out := make([][]relation, len(keys))
	errs := make([]error, len(keys))
	groups := map[[2]string][]int{}
	var order [][2]string
	for i, k := range keys {
		g := [2]string{k.rels, k.kinds}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	for _, g := range order {
		idx := groups[g]
		centers := make([]graph.Key, len(idx))
		for j, i := range idx {
			centers[j] = keys[i].key
		}
		sg, err := l.store.Subgraph(ctx, neighbourQuery(centers, g[0], g[1]))
		if err == nil && !sg.Truncated {
			for _, i := range idx {
				out[i] = incident(sg, keys[i])
			}
			continue
		}
		if ctx.Err() != nil {
			return nil, []error{err}
		}
		if err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
			for _, i := range idx {
				errs[i] = err
			}
			continue
		}
		for _, i := range idx {
			sg, err := l.store.Subgraph(ctx, neighbourQuery([]graph.Key{keys[i].key}, g[0], g[1]))
			if err != nil {
				errs[i] = err
				continue
			}
			out[i] = incident(sg, keys[i])
		}
	}
	for _, err := range errs {
		if err != nil {
			return out, errs
		}
	}
	return out, nil
}

func neighbourQuery(centers []graph.Key, rels, kinds string) graph.SubgraphQuery {
	q := graph.SubgraphQuery{Centers: centers, Depth: 1, Limit: graph.MaxNodeLimit}
	for _, r := range splitList(rels) {
		q.RelKinds = append(q.RelKinds, graph.RelKind(r))
	}
	for _, k := range splitList(kinds) {
		q.NodeKinds = append(q.NodeKinds, graph.Kind(k))
	}
	return q
}

// incident returns the relationships of sg that touch k.key and lead to a
// node of an allowed kind, ordered by neighbour key, relationship kind,
// then direction (outgoing first).
func incident(sg graph.Subgraph, k relKey) []relation {
	byKey := make(map[graph.Key]graph.Node, len(sg.Nodes))
	for _, n := range sg.Nodes {
		byKey[n.Key] = n
	}
	kinds := splitList(k.kinds)
	rels := splitList(k.rels)
	out := []relation{}
	for _, e := range sg.Edges {
		var dir model.Direction
		switch {
		case e.From == k.key:
			dir = model.DirectionOut
		case e.To == k.key:
			dir = model.DirectionIn
		default:
			continue
		}
		other := e.Other(k.key)
		if len(kinds) > 0 && !slices.Contains(kinds, string(other.Kind)) {
			continue
		}
		if len(rels) > 0 && !slices.Contains(rels, string(e.Kind)) {
			continue
		}
		n, ok := byKey[other]
		if !ok {
			n = graph.Node{Key: other}
		}
		out = append(out, relation{edge: e, other: n, dir: dir})
	}
	slices.SortFunc(out, func(a, b relation) int {
		if c := a.other.Key.Compare(b.other.Key); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.edge.Kind), string(b.edge.Kind)); c != 0 {
			return c
		}
		return strings.Compare(string(b.dir), string(a.dir)) // OUT before IN
	})
	return out
}

// node loads one node through the batch loader.
func (l *loaders) loadNode(ctx context.Context, key graph.Key) (graph.Node, error) {
	return l.node.Load(ctx, key)
}

// loadNodes loads many nodes through the batch loader; found[i] is false
// where a key does not exist. Errors other than ENOTFOUND are returned.
func (l *loaders) loadNodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	thunks := make([]func() (graph.Node, error), len(keys))
	for i, k := range keys {
		thunks[i] = l.node.LoadThunk(ctx, k)
	}
	nodes := make([]graph.Node, len(keys))
	found := make([]bool, len(keys))
	for i, th := range thunks {
		n, err := th()
		switch {
		case err == nil:
			nodes[i], found[i] = n, true
		case graph.ErrorCode(err) == graph.ENOTFOUND:
		default:
			return nil, nil, err
		}
	}
	return nodes, found, nil
}

// relations loads the relationships of key restricted to rels and
// neighbour kinds (all when empty) through the batch loader.
func (l *loaders) relations(ctx context.Context, key graph.Key, rels []graph.RelKind, kinds []graph.Kind) ([]relation, error) {
	return l.rel.Load(ctx, relKey{key: key, rels: joinList(rels), kinds: joinList(kinds)})
}

// joinList returns the sorted, de-duplicated, comma-joined form of a
// filter list, so equal filters give equal loader keys.
func joinList[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	slices.Sort(s)
	return strings.Join(slices.Compact(s), ",")
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
