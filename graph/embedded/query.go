package embedded

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
	"go.etcd.io/bbolt"
)

// filter holds a query's node-kind, relationship-kind and time filters.
type filter struct {
	kinds        map[string]bool // nil: every node kind
	rels         [][]byte        // relationship kinds followed, sorted; nil: all
	since, until time.Time
}

func newFilter(kinds []graph.Kind, rels []graph.RelKind, since, until time.Time) filter {
	f := filter{since: since, until: until}
	if len(kinds) > 0 {
		f.kinds = make(map[string]bool, len(kinds))
		for _, k := range kinds {
			f.kinds[string(k)] = true
		}
	}
	if len(rels) > 0 {
		rs := slices.Clone(rels)
		slices.Sort(rs)
		for _, r := range slices.Compact(rs) {
			f.rels = append(f.rels, []byte(r))
		}
	}
	return f
}

// kindOK reports whether the node with encoded key nk passes the
// node-kind filter.
func (f *filter) kindOK(nk []byte) bool {
	return f.kinds == nil || f.kinds[string(kindOf(nk))]
}

// timed reports whether the filter has a time window.
func (f *filter) timed() bool { return !f.since.IsZero() || !f.until.IsZero() }

// timeOK reports whether at lies in [since, until]; timeless items pass.
func (f *filter) timeOK(at time.Time) bool {
	if at.IsZero() {
		return true
	}
	if !f.since.IsZero() && at.Before(f.since) {
		return false
	}
	return f.until.IsZero() || !at.After(f.until)
}

// walk calls fn for each index entry of the node nk in bk (out: nk is the
// start node; in: the end node) whose relationship kind is in rels (all
// when nil). The slices are bbolt's and valid only until fn returns: k is
// the entry's key, other the encoded key of the node at the other end, v
// the entry's value.
func walk(bk *bbolt.Bucket, nk []byte, rels [][]byte, fn func(k, kind, other, v []byte) error) error {
	prefix := adjPrefix(nk)
	each := func(p []byte) error {
		c := bk.Cursor()
		for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			rest := k[len(prefix):]
			i := bytes.IndexByte(rest, 0)
			if i <= 0 {
				return corrupt("index", k)
			}
			if err := fn(k, rest[:i], rest[i+1:], v); err != nil {
				return err
			}
		}
		return nil
	}
	if rels == nil {
		return each(prefix)
	}
	for _, r := range rels {
		p := append(append(slices.Clip(prefix), r...), 0)
		if err := each(p); err != nil {
			return err
		}
	}
	return nil
}

// neighbours walks nk's relationships in both directions; out tells which.
func (b buckets) neighbours(nk []byte, rels [][]byte, fn func(out bool, kind, other, v []byte) error) error {
	if err := walk(b.out, nk, rels, func(_, kind, other, v []byte) error { return fn(true, kind, other, v) }); err != nil {
		return err
	}
	return walk(b.in, nk, rels, func(_, kind, other, v []byte) error { return fn(false, kind, other, v) })
}

// ticker checks ctx every checkEvery calls.
type ticker struct {
	ctx context.Context
	n   int
}

func (t *ticker) tick() error {
	if t.n++; t.n%checkEvery == 0 {
		return t.ctx.Err()
	}
	return nil
}

// Subgraph expands breadth-first from the centres, one level at a time,
// in one read transaction. Each level is the set of not yet ranked
// neighbours of the previous level that pass the filters, sorted by key
// (the byte order of encoded keys) and cut at what the limit still
// allows; a cut sets Truncated and ends the expansion. The relationships
// are then those leaving a returned node towards another returned node.
func (s *Store) Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error) {
	const op = "subgraph"
	if err := validSubgraph(q); err != nil {
		return graph.Subgraph{}, fail(op, err)
	}
	depth := min(q.Depth, graph.MaxDepth)
	limit := graph.ClampLimit(q.Limit, graph.DefaultNodeLimit, graph.MaxNodeLimit)
	f := newFilter(q.NodeKinds, q.RelKinds, q.Since, q.Until)
	var out graph.Subgraph
	err := s.view(ctx, op, func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		out, err = subgraph(&ticker{ctx: ctx}, b, q.Centers, depth, limit, f, q.Project)
		return err
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	return out, nil
}

// validSubgraph checks the parts of a query that no store could answer.
func validSubgraph(q graph.SubgraphQuery) error {
	if len(q.Centers) == 0 {
		return graph.Errorf(graph.EINVALID, "subgraph needs at least one centre")
	}
	for _, k := range q.Centers {
		if err := k.Validate(); err != nil {
			return err
		}
	}
	if q.Depth < 0 {
		return graph.Errorf(graph.EINVALID, "negative depth %d", q.Depth)
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return graph.Errorf(graph.EINVALID, "until is before since")
	}
	if err := validKinds(q.NodeKinds); err != nil {
		return err
	}
	return validRelKinds(q.RelKinds)
}

func subgraph(t *ticker, b buckets, centres []graph.Key, depth, limit int, f filter, project *graph.Projection) (graph.Subgraph, error) {
	var level []string
	for _, c := range centres {
		nk := nodeKey(c)
		if b.nodes.Get(nk) == nil {
			return graph.Subgraph{}, notFound(c)
		}
		level = append(level, string(nk))
	}
	slices.Sort(level)
	level = slices.Compact(level)
	truncated := len(level) > limit
	level = level[:min(len(level), limit)]

	dist := make(map[string]int, min(limit, 1024))
	for _, nk := range level {
		dist[nk] = 0
	}
	levels := [][]string{level}
	total := len(level)
	nodeOK := map[string]bool{} // time-window verdicts on nodes
	for d := 1; d <= depth && !truncated && len(level) > 0; d++ {
		next := newSmallest(limit - total)
		for _, u := range level {
			err := b.neighbours([]byte(u), f.rels, func(_ bool, _, other, v []byte) error {
				if err := t.tick(); err != nil {
					return err
				}
				if _, ok := dist[string(other)]; ok || !next.wants(other) || !f.kindOK(other) {
					return nil
				}
				if f.timed() {
					at, err := decodeAt(v)
					if err != nil {
						return corrupt("index", other)
					}
					if !f.timeOK(at) {
						return nil
					}
					if ok, err := b.nodeInWindow(other, f, nodeOK); err != nil || !ok {
						return err
					}
				}
				next.add(other)
				return nil
			})
			if err != nil {
				return graph.Subgraph{}, err
			}
		}
		level, truncated = next.sorted(), next.more
		for _, nk := range level {
			dist[nk] = d
		}
		total += len(level)
		levels = append(levels, level)
	}

	out := graph.Subgraph{
		Nodes:     make([]graph.Node, 0, total),
		Distance:  make(map[graph.Key]int, total),
		Truncated: truncated,
	}
	for d, lv := range levels {
		for _, nk := range lv {
			n, ok, err := b.node([]byte(nk))
			if err != nil {
				return graph.Subgraph{}, err
			}
			if !ok {
				return graph.Subgraph{}, corrupt("index (no node)", []byte(nk))
			}
			out.Nodes = append(out.Nodes, project.Node(n))
			out.Distance[n.Key] = d
		}
	}
	// Walking the returned nodes in key order, and each one's relationships
	// in index order (kind, then other end), yields them sorted by
	// identity.
	all := slices.Concat(levels...)
	slices.Sort(all)
	for _, nk := range all {
		err := walk(b.out, []byte(nk), f.rels, func(k, _, other, v []byte) error {
			if err := t.tick(); err != nil {
				return err
			}
			if _, ok := dist[string(other)]; !ok {
				return nil
			}
			e, err := edgeFrom(k, v)
			if err != nil {
				return err
			}
			if f.timeOK(e.At) {
				out.Edges = append(out.Edges, project.Edge(e))
			}
			return nil
		})
		if err != nil {
			return graph.Subgraph{}, err
		}
	}
	return out, nil
}

// smallest collects the room smallest distinct keys offered to it, and
// whether any other was offered: one level of a subgraph, cut at what the
// limit still allows. Keys beyond the cut are compared, not stored, so a
// hub with a hundred thousand neighbours costs no allocations past room.
type smallest struct {
	room int
	heap []string // max-heap of the kept keys
	kept map[string]bool
	more bool // a key beyond the cut was offered
}

func newSmallest(room int) *smallest {
	return &smallest{room: room, kept: make(map[string]bool, min(room, 1024))}
}

// wants reports whether offering k could change the result: false for a
// key already kept, and for one beyond the cut once a cut is known.
func (s *smallest) wants(k []byte) bool {
	if len(s.heap) == s.room && s.more && (s.room == 0 || string(k) >= s.heap[0]) {
		return false
	}
	return !s.kept[string(k)]
}

// add offers k, which passed the filters and is not kept yet.
func (s *smallest) add(k []byte) {
	if len(s.heap) < s.room {
		key := string(k)
		s.kept[key] = true
		s.heap = append(s.heap, key)
		for i := len(s.heap) - 1; i > 0; {
			p := (i - 1) / 2
			if s.heap[p] >= s.heap[i] {
				break
			}
			s.heap[p], s.heap[i] = s.heap[i], s.heap[p]
			i = p
		}
		return
	}
	s.more = true
	if s.room == 0 || string(k) > s.heap[0] {
		return
	}
	delete(s.kept, s.heap[0])
	key := string(k)
	s.kept[key] = true
	s.heap[0] = key
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(s.heap) && s.heap[l] > s.heap[m] {
			m = l
		}
		if r < len(s.heap) && s.heap[r] > s.heap[m] {
			m = r
		}
		if m == i {
			break
		}
		s.heap[i], s.heap[m] = s.heap[m], s.heap[i]
		i = m
	}
}

// sorted returns the kept keys in byte order.
func (s *smallest) sorted() []string {
	out := slices.Clone(s.heap)
	slices.Sort(out)
	return out
}

// nodeInWindow reports whether the node nk's At passes f's time window,
// remembering verdicts in seen.
func (b buckets) nodeInWindow(nk []byte, f filter, seen map[string]bool) (bool, error) {
	if ok, done := seen[string(nk)]; done {
		return ok, nil
	}
	v := b.nodes.Get(nk)
	if v == nil {
		return false, corrupt("index (no node)", nk)
	}
	at, err := decodeAt(v)
	if err != nil {
		return false, corrupt("node", nk)
	}
	ok := f.timeOK(at)
	seen[string(nk)] = ok
	return ok, nil
}

// ShortestPaths runs a bidirectional breadth-first search, always growing
// the side with the smaller frontier, until the two balls meet (or their
// radii add up to MaxHops). The meeting nodes fix the length; the layers
// of nodes lying on shortest paths are then rebuilt from them towards both
// ends, and the paths are enumerated depth-first over those layers in key
// order (then by relationship identity for parallel relationships), which
// is the contract's order. Every branch of that layered graph ends at To,
// so the enumeration does work proportional to the paths it returns and
// stops at Limit however many shortest paths exist.
func (s *Store) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	const op = "shortest paths"
	for _, k := range []graph.Key{q.From, q.To} {
		if err := k.Validate(); err != nil {
			return nil, fail(op, err)
		}
	}
	if err := validKinds(q.NodeKinds); err != nil {
		return nil, fail(op, err)
	}
	if err := validRelKinds(q.RelKinds); err != nil {
		return nil, fail(op, err)
	}
	hops := graph.ClampLimit(q.MaxHops, graph.MaxHops, graph.MaxHops)
	limit := graph.ClampLimit(q.Limit, graph.DefaultPathLimit, graph.MaxPathLimit)
	f := newFilter(q.NodeKinds, q.RelKinds, time.Time{}, time.Time{})
	var paths []graph.Path
	err := s.view(ctx, op, func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		paths, err = shortestPaths(&ticker{ctx: ctx}, b, q.From, q.To, hops, limit, f)
		return err
	})
	if err != nil {
		return nil, err
	}
	return paths, nil
}

func shortestPaths(t *ticker, b buckets, from, to graph.Key, hops, limit int, f filter) ([]graph.Path, error) {
	src, dst := string(nodeKey(from)), string(nodeKey(to))
	for _, k := range []graph.Key{from, to} {
		if b.nodes.Get(nodeKey(k)) == nil {
			return nil, notFound(k)
		}
	}
	if src == dst {
		n, _, err := b.node([]byte(src))
		if err != nil {
			return nil, err
		}
		return []graph.Path{{Nodes: []graph.Node{n}}}, nil
	}
	// Intermediate nodes must pass the kind filter; the ends need not.
	allowed := func(nk []byte) bool {
		return f.kindOK(nk) || string(nk) == src || string(nk) == dst
	}

	distF, distB := map[string]int{src: 0}, map[string]int{dst: 0}
	frontF, frontB := []string{src}, []string{dst}
	rF, rB := 0, 0
	met := false
	for !met && rF+rB < hops && len(frontF) > 0 && len(frontB) > 0 {
		forward := len(frontF) <= len(frontB)
		front, dist, other, r := frontF, distF, distB, rF+1
		if !forward {
			front, dist, other, r = frontB, distB, distF, rB+1
		}
		var next []string
		for _, u := range front {
			err := b.neighbours([]byte(u), f.rels, func(_ bool, _, v, _ []byte) error {
				if err := t.tick(); err != nil {
					return err
				}
				if _, ok := dist[string(v)]; ok || !allowed(v) {
					return nil
				}
				k := string(v)
				dist[k] = r
				next = append(next, k)
				if _, ok := other[k]; ok {
					met = true
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		if forward {
			frontF, rF = next, r
		} else {
			frontB, rB = next, r
		}
	}
	if !met {
		return nil, nil
	}

	// Every shortest path has length rF+rB and crosses the forward
	// frontier at a node the backward search reached at rB.
	hopsTaken := rF + rB
	layers := make([][]string, hopsTaken+1)
	for _, k := range frontF {
		if d, ok := distB[k]; ok && d == rB {
			layers[rF] = append(layers[rF], k)
		}
	}
	keys := map[string]graph.Key{}
	key := func(nk []byte) (graph.Key, error) {
		if k, ok := keys[string(nk)]; ok {
			return k, nil
		}
		k, err := parseNodeKey(nk)
		if err != nil {
			return graph.Key{}, corrupt("node key", nk)
		}
		keys[string(nk)] = k
		return k, nil
	}
	// links[u][w] are the relationships joining u at position i to w at
	// position i+1 on some shortest path.
	links := map[string]map[string][]graph.EdgeID{}
	link := func(u, w []byte, out bool, kind []byte) error {
		ku, err := key(u)
		if err != nil {
			return err
		}
		kw, err := key(w)
		if err != nil {
			return err
		}
		id := graph.EdgeID{From: ku, Kind: graph.RelKind(kind), To: kw}
		if !out {
			id.From, id.To = kw, ku
		}
		m := links[string(u)]
		if m == nil {
			m = map[string][]graph.EdgeID{}
			links[string(u)] = m
		}
		m[string(w)] = append(m[string(w)], id)
		return nil
	}
	// From the meeting layer back towards From: u precedes w when u is one
	// step closer to From.
	for i := rF - 1; i >= 0; i-- {
		set := map[string]bool{}
		for _, w := range layers[i+1] {
			err := b.neighbours([]byte(w), f.rels, func(out bool, kind, u, _ []byte) error {
				if err := t.tick(); err != nil {
					return err
				}
				if d, ok := distF[string(u)]; !ok || d != i {
					return nil
				}
				set[string(u)] = true
				return link(u, []byte(w), !out, kind)
			})
			if err != nil {
				return nil, err
			}
		}
		layers[i] = sortedKeys(set)
	}
	// From the meeting layer on towards To.
	for i := rF; i < hopsTaken; i++ {
		set := map[string]bool{}
		for _, u := range layers[i] {
			err := b.neighbours([]byte(u), f.rels, func(out bool, kind, w, _ []byte) error {
				if err := t.tick(); err != nil {
					return err
				}
				if d, ok := distB[string(w)]; !ok || d != hopsTaken-i-1 {
					return nil
				}
				set[string(w)] = true
				return link([]byte(u), w, out, kind)
			})
			if err != nil {
				return nil, err
			}
		}
		layers[i+1] = sortedKeys(set)
	}

	type walkStep struct {
		to  string
		ids []graph.EdgeID
	}
	steps := make(map[string][]walkStep, len(links))
	for u, m := range links {
		ss := make([]walkStep, 0, len(m))
		for w, ids := range m {
			slices.SortFunc(ids, graph.EdgeID.Compare)
			ss = append(ss, walkStep{w, ids})
		}
		slices.SortFunc(ss, func(a, b walkStep) int { return strings.Compare(a.to, b.to) })
		steps[u] = ss
	}

	type found struct {
		nodes []string
		ids   []graph.EdgeID
	}
	var results []found
	nodes := []string{src}
	choices := make([][]graph.EdgeID, 0, hopsTaken)
	ids := make([]graph.EdgeID, hopsTaken)
	var pick func(i int)
	pick = func(i int) {
		if i == hopsTaken {
			results = append(results, found{slices.Clone(nodes), slices.Clone(ids)})
			return
		}
		for _, id := range choices[i] {
			if len(results) == limit {
				return
			}
			ids[i] = id
			pick(i + 1)
		}
	}
	var dfs func(u string) error
	dfs = func(u string) error {
		if err := t.tick(); err != nil {
			return err
		}
		if len(nodes) == hopsTaken+1 {
			pick(0)
			return nil
		}
		for _, st := range steps[u] {
			if len(results) == limit {
				return nil
			}
			nodes = append(nodes, st.to)
			choices = append(choices, st.ids)
			if err := dfs(st.to); err != nil {
				return err
			}
			nodes, choices = nodes[:len(nodes)-1], choices[:len(choices)-1]
		}
		return nil
	}
	if err := dfs(src); err != nil {
		return nil, err
	}

	cache := map[string]graph.Node{}
	paths := make([]graph.Path, 0, len(results))
	for _, r := range results {
		p := graph.Path{Nodes: make([]graph.Node, len(r.nodes)), Edges: make([]graph.Edge, len(r.ids))}
		for i, nk := range r.nodes {
			n, ok := cache[nk]
			if !ok {
				var err error
				if n, ok, err = b.node([]byte(nk)); err != nil {
					return nil, err
				}
				if !ok {
					return nil, corrupt("index (no node)", []byte(nk))
				}
				cache[nk] = n
			}
			p.Nodes[i] = n
		}
		for i, id := range r.ids {
			k := adjKey(nodeKey(id.From), id.Kind, nodeKey(id.To))
			v := b.out.Get(k)
			if v == nil {
				return nil, corrupt("index (no relationship)", k)
			}
			e, err := edgeFrom(k, v)
			if err != nil {
				return nil, err
			}
			p.Edges[i] = e
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// sortedKeys returns the members of set in byte order.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
