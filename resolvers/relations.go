package resolvers

import (
	"context"
	"slices"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/model"
	"github.com/borderlens/borderlens/resolvers/view"
)

// This file holds the shared bodies of the relation fields. Every one goes
// through the operation's loaders: nodes by key through the node loader
// (Store.Nodes), relationships through the relation loader (Store.Subgraph
// at depth 1, one call per batch).

// keyOf returns the graph key of a node view.
func keyOf(v view.Node) graph.Key { return v.GraphNode().Key }

// neighbours returns the distinct nodes linked to from by a relationship of
// one of rels, of one of kinds, in key order.
func (r *Resolver) neighbours(ctx context.Context, from graph.Key, rels []graph.RelKind, kinds ...graph.Kind) ([]graph.Node, error) {
	rs, err := loadersFrom(ctx, r.Store).relations(ctx, from, rels, kinds)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Node, 0, len(rs))
	for _, x := range rs {
		if len(out) > 0 && out[len(out)-1].Key == x.other.Key {
			continue // relations are sorted by neighbour key
		}
		if !r.kindVisible(ctx, x.other.Key.Kind) {
			continue
		}
		out = append(out, x.other)
	}
	return out, nil
}

// related returns the neighbours of from as views of type T (kinds should
// select exactly the kinds T stands for).
func related[T view.Node](ctx context.Context, r *Resolver, from view.Node, rels []graph.RelKind, kinds ...graph.Kind) ([]T, error) {
	nodes, err := r.neighbours(ctx, keyOf(from), rels, kinds...)
	if err != nil {
		return nil, err
	}
	return viewsOf[T](nodes), nil
}

// viewsOf returns the views of nodes that are of type T.
func viewsOf[T view.Node](nodes []graph.Node) []T {
	out := make([]T, 0, len(nodes))
	for _, n := range nodes {
		if v, ok := view.New(n).(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// linked returns the one node of kind a property of from names (importerId,
// officeId, ...), falling back to the first neighbour over rel when the
// property is absent or names a node that does not exist. It returns nil
// when there is none: the field is nullable.
func linked[T view.Node](ctx context.Context, r *Resolver, from view.Node, prop string, kind graph.Kind, rel graph.RelKind) (*T, error) {
	if id := from.GraphNode().Props.String(prop); id != "" {
		key := graph.NewKey(kind, id)
		if !r.kindVisible(ctx, kind) {
			return nil, nil
		}
		if key.Validate() == nil {
			n, err := loadersFrom(ctx, r.Store).loadNode(ctx, key)
			switch {
			case err == nil:
				if v, ok := view.New(n).(T); ok {
					return &v, nil
				}
			case graph.ErrorCode(err) != graph.ENOTFOUND:
				return nil, err
			}
		}
	}
	vs, err := related[T](ctx, r, from, []graph.RelKind{rel}, kind)
	if err != nil || len(vs) == 0 {
		return nil, err
	}
	return &vs[0], nil
}

// neighbourConnection pages through every relationship of from.
func (r *Resolver) neighbourConnection(ctx context.Context, from view.Node, kinds []graph.Kind, rels []graph.RelKind, first *int, after *string) (*model.NeighbourConnection, error) {
	for _, k := range kinds {
		if !k.Valid() {
			return nil, graph.Errorf(graph.EINVALID, "unknown node kind %q", string(k))
		}
	}
	kinds, err := r.visibleKinds(ctx, kinds)
	if err != nil {
		return nil, err
	}
	rs, err := loadersFrom(ctx, r.Store).relations(ctx, keyOf(from), rels, kinds)
	if err != nil {
		return nil, err
	}
	if r.Policy != nil {
		rs = slices.DeleteFunc(slices.Clone(rs), func(x relation) bool { return !r.kindVisible(ctx, x.other.Key.Kind) })
	}
	id := func(x relation) string { return x.edge.ID().String() }
	lo, hi, info, err := paginate(r.cursors, rs, id, first, after)
	if err != nil {
		return nil, err
	}
	c := &model.NeighbourConnection{Edges: make([]model.NeighbourEdge, 0, hi-lo), PageInfo: info, TotalCount: len(rs)}
	for _, x := range rs[lo:hi] {
		c.Edges = append(c.Edges, model.NeighbourEdge{
			Cursor:       r.cursors.encode(id(x)),
			Node:         view.New(x.other),
			Relationship: &view.Relationship{E: x.edge},
			Direction:    x.dir,
		})
	}
	return c, nil
}

// nodePage pages through the distinct neighbours of from over rels, of
// kind, ordered by key, and hands each page item to edge.
func nodePage[T view.Node](ctx context.Context, r *Resolver, from view.Node, rels []graph.RelKind, kind graph.Kind, first *int, after *string) ([]T, []string, *model.PageInfo, int, error) {
	vs, err := related[T](ctx, r, from, rels, kind)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	id := func(v T) string { return keyOf(v).String() }
	lo, hi, info, err := paginate(r.cursors, vs, id, first, after)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	cursors := make([]string, 0, hi-lo)
	for _, v := range vs[lo:hi] {
		cursors = append(cursors, r.cursors.encode(id(v)))
	}
	return vs[lo:hi], cursors, info, len(vs), nil
}

func (r *Resolver) declarationConnection(ctx context.Context, from view.Node, rels []graph.RelKind, first *int, after *string) (*model.DeclarationConnection, error) {
	vs, cursors, info, total, err := nodePage[view.Declaration](ctx, r, from, rels, graph.KindDeclaration, first, after)
	if err != nil {
		return nil, err
	}
	c := &model.DeclarationConnection{Edges: make([]model.DeclarationEdge, len(vs)), PageInfo: info, TotalCount: total}
	for i := range vs {
		c.Edges[i] = model.DeclarationEdge{Cursor: cursors[i], Node: &vs[i]}
	}
	return c, nil
}

func (r *Resolver) passengerConnection(ctx context.Context, from view.Node, rels []graph.RelKind, first *int, after *string) (*model.PassengerConnection, error) {
	vs, cursors, info, total, err := nodePage[view.Passenger](ctx, r, from, rels, graph.KindPassenger, first, after)
	if err != nil {
		return nil, err
	}
	c := &model.PassengerConnection{Edges: make([]model.PassengerEdge, len(vs)), PageInfo: info, TotalCount: total}
	for i := range vs {
		c.Edges[i] = model.PassengerEdge{Cursor: cursors[i], Node: &vs[i]}
	}
	return c, nil
}

func (r *Resolver) bookingConnection(ctx context.Context, from view.Node, rels []graph.RelKind, first *int, after *string) (*model.BookingConnection, error) {
	vs, cursors, info, total, err := nodePage[view.Booking](ctx, r, from, rels, graph.KindBooking, first, after)
	if err != nil {
		return nil, err
	}
	c := &model.BookingConnection{Edges: make([]model.BookingEdge, len(vs)), PageInfo: info, TotalCount: total}
	for i := range vs {
		c.Edges[i] = model.BookingEdge{Cursor: cursors[i], Node: &vs[i]}
	}
	return c, nil
}

// holders returns the entities linked to an identifier over rel.
func (r *Resolver) holders(ctx context.Context, id view.Node, rel graph.RelKind) ([]view.Node, error) {
	nodes, err := r.neighbours(ctx, keyOf(id), []graph.RelKind{rel})
	if err != nil {
		return nil, err
	}
	return nodeViews(nodes), nil
}

// endpoint loads one end of a relationship; nil when it does not exist.
func (r *Resolver) endpoint(ctx context.Context, key graph.Key) (view.Node, error) {
	if !r.kindVisible(ctx, key.Kind) {
		return nil, nil
	}
	n, err := loadersFrom(ctx, r.Store).loadNode(ctx, key)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return view.New(n), nil
}

// nodeViews returns the views of nodes, skipping unknown kinds.
func nodeViews(nodes []graph.Node) []view.Node {
	out := make([]view.Node, 0, len(nodes))
	for _, n := range nodes {
		if v := view.New(n); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// traderRoleRel returns the relationship kind that records a trader role.
func traderRoleRel(role model.TraderRole) (graph.RelKind, error) {
	switch role {
	case model.TraderRoleImporter:
		return graph.RelImported, nil
	case model.TraderRoleDeclarant:
		return graph.RelDeclaredBy, nil
	case model.TraderRoleSeller:
		return graph.RelSoldBy, nil
	case model.TraderRoleCourier:
		return graph.RelCarriedBy, nil
	}
	return "", graph.Errorf(graph.EINVALID, "unknown trader role %q", string(role))
}

// rels returns its arguments as a list, for readable relation fields.
func rels(kinds ...graph.RelKind) []graph.RelKind { return kinds }
