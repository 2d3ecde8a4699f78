package neo4j

import (
	"fmt"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Translation between domain values and Neo4j values. Domain property
// values (string, bool, int64, float64, []string) are native Neo4j
// property types and go through unchanged; At is a DATETIME in UTC, which
// keeps nanoseconds, compares natively in Since/Until filters and reads
// well in Browser.

// nodeRow is the parameter map of one node in an UNWIND batch.
func nodeRow(n graph.Node) map[string]any {
	r := map[string]any{
		"key":   n.Key.String(),
		"id":    n.Key.ID,
		"idf":   graph.FoldText(n.Key.ID),
		"props": propsParam(n.Props),
	}
	if n.Label != "" {
		r["label"] = n.Label
		r["labelf"] = graph.FoldText(n.Label)
	}
	if !n.At.IsZero() {
		r["at"] = n.At.UTC()
	}
	return r
}

// edgeRow is the parameter map of one relationship in an UNWIND batch.
func edgeRow(e graph.Edge) map[string]any {
	r := map[string]any{
		"from":    e.From.String(),
		"fromId":  e.From.ID,
		"fromIdf": graph.FoldText(e.From.ID),
		"to":      e.To.String(),
		"toId":    e.To.ID,
		"toIdf":   graph.FoldText(e.To.ID),
		"props":   propsParam(e.Props),
	}
	if !e.At.IsZero() {
		r["at"] = e.At.UTC()
	}
	return r
}

// propsParam copies p into a parameter map. A nil value stays nil: SET
// n += {name: null} removes the property, which is what a nil update
// means.
func propsParam(p graph.Props) map[string]any {
	m := make(map[string]any, len(p))
	for k, v := range p {
		m[k] = v
	}
	return m
}

// nodeFrom reads a node from its Neo4j property map.
func nodeFrom(p map[string]any) (graph.Node, error) {
	kind, _ := p[propKind].(string)
	id, _ := p[propID].(string)
	key := graph.Key{Kind: graph.Kind(kind), ID: id}
	if err := key.Validate(); err != nil {
		ks, _ := p[propKey].(string)
		k, perr := graph.ParseKey(ks)
		if perr != nil {
			return graph.Node{}, fmt.Errorf("node without a valid key: %w", perr)
		}
		key = k
	}
	n := graph.Node{Key: key, Props: propsFrom(p)}
	n.Label, _ = p[propLabel].(string)
	n.At = timeFrom(p[propAt])
	return n, nil
}

// edgeFrom builds an edge from its endpoints' keys, its type and its
// Neo4j property map.
func edgeFrom(from, typ, to string, p map[string]any) (graph.Edge, error) {
	f, err := graph.ParseKey(from)
	if err != nil {
		return graph.Edge{}, err
	}
	t, err := graph.ParseKey(to)
	if err != nil {
		return graph.Edge{}, err
	}
	return graph.Edge{From: f, Kind: graph.RelKind(typ), To: t, At: timeFrom(p[propAt]), Props: propsFrom(p)}, nil
}

// propsFrom returns the domain properties in a Neo4j property map, nil
// when there are none. Values the domain cannot hold (set by hand in
// Neo4j: lists of numbers, points, durations) are left out.
func propsFrom(p map[string]any) graph.Props {
	var out graph.Props
	for k, v := range p {
		if internalProp(k) {
			continue
		}
		dv, ok := valueFrom(v)
		if !ok {
			continue
		}
		if out == nil {
			out = make(graph.Props, len(p))
		}
		out[k] = dv
	}
	return out
}

func valueFrom(v any) (any, bool) {
	switch x := v.(type) {
	case string, bool, int64, float64:
		return x, true
	case []string:
		return x, true
	case []any:
		ss := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			ss[i] = s
		}
		return ss, true
	}
	return nil, false
}

// timeFrom reads an "at" value. The store writes DATETIMEs; dates and
// local date-times written by hand are read as UTC.
func timeFrom(v any) time.Time {
	switch x := v.(type) {
	case time.Time:
		return x.UTC()
	case neo4j.LocalDateTime:
		t := time.Time(x)
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	case neo4j.Date:
		t := time.Time(x)
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// keyStrings returns the "Kind:ID" forms of keys.
func keyStrings(keys []graph.Key) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.String()
	}
	return out
}

// kindStrings returns kinds as a parameter: a list of strings, or an
// untyped nil (Cypher null: no filter) for none. A nil []string would be
// sent as an empty list.
func kindStrings(kinds []graph.Kind) any {
	if len(kinds) == 0 {
		return nil
	}
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

// timeParam returns t in UTC, or nil (Cypher null: no bound) when zero.
func timeParam(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

// unordered reports whether s holds a rune at or above U+E000, where
// Neo4j's string order (code points for stored strings, UTF-16 code units
// for strings computed in a query) and Go's (code points) can disagree.
// Server-side ORDER BY results are trusted only without them.
func unordered(s string) bool {
	for _, r := range s {
		if r >= 0xE000 {
			return true
		}
	}
	return false
}

// validKinds checks node kinds used as filters.
func validKinds(kinds []graph.Kind) error {
	for _, k := range kinds {
		if !k.Valid() {
			return graph.Errorf(graph.EINVALID, "unknown node kind %q", string(k))
		}
	}
	return nil
}

// validRelKinds checks relationship kinds used as filters.
func validRelKinds(kinds []graph.RelKind) error {
	for _, r := range kinds {
		if !r.Valid() {
			return graph.Errorf(graph.EINVALID, "unknown relationship kind %q", string(r))
		}
	}
	return nil
}
