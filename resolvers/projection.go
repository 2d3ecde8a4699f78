package resolvers

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/view"
	"github.com/vektah/gqlparser/v2/ast"
)

// subgraphProjection returns the properties the selection of the subgraph
// field being resolved reads from its nodes and relationships, so the
// store can leave the rest unread (drawing a 2-hop neighbourhood needs a
// handful of the dozens of properties a declaration carries). It returns
// nil, every property, when a selected field may read any of them (a
// node's or relationship's properties, or fields of one node kind), or
// when there is no selection to read. Fields under @skip/@include count
// as selected: a projection may read more than needed, never less.
func subgraphProjection(ctx context.Context) *graph.Projection {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) {
		return nil
	}
	w := selectionWalker{fragments: graphql.GetOperationContext(ctx).Doc.Fragments}
	var p graph.Projection
	ok := true
	w.fields(fc.Field.Selections, func(f *ast.Field) {
		switch f.Name {
		case "nodes":
			w.fields(f.SelectionSet, func(g *ast.Field) {
				if g.Name == "node" {
					ok = ok && w.props(g.SelectionSet, view.NodeFieldProps, &p.NodeProps)
				}
			})
		case "edges":
			ok = ok && w.props(f.SelectionSet, view.RelationshipFieldProps, &p.EdgeProps)
		}
	})
	if !ok {
		return nil
	}
	slices.Sort(p.NodeProps)
	p.NodeProps = slices.Compact(p.NodeProps)
	slices.Sort(p.EdgeProps)
	p.EdgeProps = slices.Compact(p.EdgeProps)
	return &p
}

// selectionWalker reads selection sets, following inline fragments and
// fragment spreads whatever their type condition.
type selectionWalker struct {
	fragments ast.FragmentDefinitionList
}

// fields calls visit for every field of set, fragments flattened.
func (w selectionWalker) fields(set ast.SelectionSet, visit func(*ast.Field)) {
	w.walk(set, visit, map[string]bool{})
}

func (w selectionWalker) walk(set ast.SelectionSet, visit func(*ast.Field), spread map[string]bool) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			visit(s)
		case *ast.InlineFragment:
			w.walk(s.SelectionSet, visit, spread)
		case *ast.FragmentSpread:
			if spread[s.Name] {
				continue
			}
			spread[s.Name] = true
			if def := w.fragments.ForName(s.Name); def != nil {
				w.walk(def.SelectionSet, visit, spread)
			}
		}
	}
}

// props adds to out the properties the fields of set read, as told by
// fieldProps; it reports false when one of them may read any property.
func (w selectionWalker) props(set ast.SelectionSet, fieldProps func(string) ([]string, bool), out *[]string) bool {
	ok := true
	w.fields(set, func(f *ast.Field) {
		props, known := fieldProps(f.Name)
		ok = ok && known
		*out = append(*out, props...)
	})
	return ok
}
