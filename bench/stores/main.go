// Command stores compares the two graph stores on the same demo world, in
// one run: ingest throughput through the real ingest path, the same write
// batches replayed into the embedded store, into Neo4j through our
// batched loader and through a plain-Cypher peer (per-batch UNWIND ...
// MERGE written as a Neo4j user would), and 2-hop subgraph latency
// (p50/p99) on both stores and through a plain variable-length Cypher
// query. It is driven by bench/stores.sh.
//
//	stores -work DIR -shared-data DIR -neo4j bolt://127.0.0.1:7720 [-user neo4j -password ...]
//	       [-parts ingest,subgraph,replay] [-max-rows N] [-queries N] [-json FILE] [-cpuprofile FILE]
//
// The Neo4j database is wiped before each load. It prints a table and
// one JSON line per measurement (-json FILE). -parts replay,variants
// replaces the replay peers by two other layouts of our own Cypher (sent
// by plain driver code; endpoints merged first), to tell the cost of the
// Go layer from that of the statements.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	neo4jstore "github.com/borderlens/borderlens/graph/neo4j"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/ingest/synth"
	"github.com/borderlens/borderlens/resolvers/view"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "stores:", err)
		os.Exit(1)
	}
}

// Row is one measurement.
type Row struct {
	Test    string  `json:"test"` // ingest, replay, subgraph
	Impl    string  `json:"impl"`
	Records int     `json:"records,omitempty"` // source records (ingest, replay)
	Items   int     `json:"items,omitempty"`   // nodes + relationships written (replay)
	Seconds float64 `json:"seconds,omitempty"`
	PerSec  float64 `json:"per_second,omitempty"` // records/s
	Queries int     `json:"queries,omitempty"`    // subgraph
	P50ms   float64 `json:"p50_ms,omitempty"`
	P99ms   float64 `json:"p99_ms,omitempty"`
	MeanN   float64 `json:"mean_nodes,omitempty"` // nodes per subgraph
	Note    string  `json:"note,omitempty"`
}

type config struct {
	work, shared, jsonOut string
	uri, user, password   string
	maxRows, queries      int
	seed                  uint64
	parts, cpuprofile     string
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stores", flag.ContinueOnError)
	var c config
	fs.StringVar(&c.work, "work", "", "scratch directory (required)")
	fs.StringVar(&c.shared, "shared-data", synth.DefaultDataDir, "directory of the KCS declarations")
	fs.StringVar(&c.uri, "neo4j", "", "Neo4j Bolt URI (required); its database is wiped")
	fs.StringVar(&c.user, "user", "neo4j", "Neo4j user")
	fs.StringVar(&c.password, "password", "borderlens-dev", "Neo4j password")
	fs.IntVar(&c.maxRows, "max-rows", 0, "KCS rows per file (0: all)")
	fs.IntVar(&c.queries, "queries", 400, "2-hop subgraph queries per store")
	fs.Uint64Var(&c.seed, "seed", 1, "demo world seed")
	fs.StringVar(&c.jsonOut, "json", "", "also write the rows as JSON lines to this file")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of this process")
	fs.StringVar(&c.parts, "parts", "ingest,subgraph,replay", "what to measure (the embedded ingest always runs: it records the batches)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.work == "" || c.uri == "" {
		return errors.New("-work and -neo4j are required")
	}
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	b := &bench{c: c, log: stderr, ro: resolve.Options{CallingCode: "82", CardKey: []byte("stores-bench-card-key-0123456789")}}
	if err := b.run(ctx); err != nil {
		return err
	}
	if c.jsonOut != "" {
		f, err := os.Create(c.jsonOut)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		for _, r := range b.rows {
			if err := enc.Encode(r); err != nil {
				f.Close()
				return err
			}
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return b.table(stdout)
}

type bench struct {
	c    config
	log  io.Writer
	ro   resolve.Options
	rows []Row

	files   []ingest.File
	records int           // records loaded by ingest
	batches []graph.Batch // the batches ingest wrote, in order
	centres []graph.Key
}

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

func (b *bench) run(ctx context.Context) error {
	m, err := synth.Generate(ctx, synth.Options{
		KCSFiles: synth.DefaultKCSFiles(b.c.shared), MaxRows: b.c.maxRows, OutDir: filepath.Join(b.c.work, "files"), Seed: b.c.seed, Resolve: b.ro,
	})
	if err != nil {
		return err
	}
	b.files = m.Files
	b.logf("demo world: %d declarations, %d traders, %d passengers, %d bookings, %d seizures", m.Counts.Declarations, m.Counts.Traders, m.Counts.Passengers, m.Counts.Bookings, m.Counts.Seizures)

	// 1. Ingest through the real path into a fresh embedded store,
	// recording the batches it writes.
	emb, err := embedded.Open(ctx, filepath.Join(b.c.work, "ingest.db"), embedded.Options{})
	if err != nil {
		return err
	}
	rec := &recorder{Store: emb}
	sum, err := ingest.Load(ctx, rec, b.files, ingest.Options{Resolve: b.ro})
	if err != nil {
		emb.Close()
		return err
	}
	b.records, b.batches = sum.Loaded, rec.batches
	b.add(Row{Test: "ingest", Impl: "embedded", Records: sum.Loaded, Seconds: sum.Elapsed.Seconds(), PerSec: sum.RecordsPerSecond()})
	b.logf("ingest embedded: %d records in %v", sum.Loaded, sum.Elapsed)
	b.centres, err = pickCentres(ctx, emb, b.c.queries)
	if err != nil {
		emb.Close()
		return err
	}
	if b.part("subgraph") {
		if err := b.subgraphs(ctx, "embedded", emb); err != nil {
			emb.Close()
			return err
		}
	}
	emb.Close()

	cfg := neo4jstore.Config{URI: b.c.uri, User: b.c.user, Password: b.c.password, RetryTime: 5 * time.Minute}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return err
	}
	defer drv.Close(ctx)
	neo, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer neo.Close()
	if err := neo.Ready(ctx); err != nil {
		return err
	}

	// 2. Ingest through the real path into Neo4j.
	if b.part("ingest") || b.part("subgraph") {
		if err := wipe(ctx, drv); err != nil {
			return err
		}
		sum, err = ingest.Load(ctx, neo, b.files, ingest.Options{Resolve: b.ro})
		if err != nil {
			return err
		}
		b.add(Row{Test: "ingest", Impl: "neo4j (ours)", Records: sum.Loaded, Seconds: sum.Elapsed.Seconds(), PerSec: sum.RecordsPerSecond()})
		b.logf("ingest neo4j: %d records in %v", sum.Loaded, sum.Elapsed)
	}
	if b.part("subgraph") {
		if err := b.subgraphs(ctx, "neo4j (ours)", neo); err != nil {
			return err
		}
		if err := b.plainSubgraphs(ctx, drv); err != nil {
			return err
		}
	}
	if !b.part("replay") {
		return nil
	}

	// 3. The same batches, without parsing, into one wiped database:
	// batch by batch, each loader writes its own copy of the batch (ids
	// prefixed per loader, so the copies never meet), in an order that
	// rotates from batch to batch. Every loader sees the same database
	// size and the same drift in the machine's load.
	if err := wipe(ctx, drv); err != nil {
		return err
	}
	emb2, err := embedded.Open(ctx, filepath.Join(b.c.work, "replay.db"), embedded.Options{})
	if err != nil {
		return err
	}
	defer emb2.Close()
	plain := &plainLoader{drv: drv, chunk: neo4jstore.DefaultBatchSize}
	search := &plainLoader{drv: drv, chunk: neo4jstore.DefaultBatchSize, same: true}
	if b.part("variants") {
		v1 := &plainLoader{drv: drv, chunk: neo4jstore.DefaultBatchSize, variant: 1}
		v2 := &plainLoader{drv: drv, chunk: neo4jstore.DefaultBatchSize, variant: 2}
		return b.replay(ctx, []loader{
			{"neo4j (ours)", "o", func(bt graph.Batch) error { return neo.Upsert(ctx, bt) }},
			{"variant 1: our Cypher, plain driver code", "a", func(bt graph.Batch) error { return v1.load(ctx, bt) }},
			{"variant 2: endpoints merged first", "b", func(bt graph.Batch) error { return v2.load(ctx, bt) }},
			{"neo4j plain + search copies", "s", func(bt graph.Batch) error { return search.load(ctx, bt) }},
		})
	}
	return b.replay(ctx, []loader{
		{"embedded", "", func(bt graph.Batch) error { return emb2.Upsert(ctx, bt) }},
		{"neo4j (ours)", "o", func(bt graph.Batch) error { return neo.Upsert(ctx, bt) }},
		{"neo4j plain UNWIND MERGE", "p", func(bt graph.Batch) error { return plain.load(ctx, bt) }},
		{"neo4j plain + search copies", "s", func(bt graph.Batch) error { return search.load(ctx, bt) }},
	})
}

// loader is one way of writing a batch; prefix is put before every node
// id of the batches it writes.
type loader struct {
	name, prefix string
	load         func(graph.Batch) error
}

// prefixed returns a copy of b with prefix before every node id.
func prefixed(b graph.Batch, prefix string) graph.Batch {
	if prefix == "" {
		return b
	}
	p := func(k graph.Key) graph.Key { return graph.Key{Kind: k.Kind, ID: prefix + k.ID} }
	out := graph.Batch{Nodes: slices.Clone(b.Nodes), Edges: slices.Clone(b.Edges)}
	for i := range out.Nodes {
		out.Nodes[i].Key = p(out.Nodes[i].Key)
	}
	for i := range out.Edges {
		out.Edges[i].From, out.Edges[i].To = p(out.Edges[i].From), p(out.Edges[i].To)
	}
	return out
}

func (b *bench) add(r Row) { b.rows = append(b.rows, r) }

func (b *bench) part(name string) bool {
	return slices.Contains(strings.Split(b.c.parts, ","), name)
}

// replay writes every recorded batch through every loader, interleaved,
// and records each loader's rate.
func (b *bench) replay(ctx context.Context, loaders []loader) error {
	spent := make([]time.Duration, len(loaders))
	items := 0
	for i, bt := range b.batches {
		items += bt.Len()
		for j := range loaders {
			l := loaders[(i+j)%len(loaders)]
			in := prefixed(bt, l.prefix)
			if err := ctx.Err(); err != nil {
				return err
			}
			t0 := time.Now()
			if err := l.load(in); err != nil {
				return fmt.Errorf("%s: batch %d: %w", l.name, i, err)
			}
			spent[(i+j)%len(loaders)] += time.Since(t0)
		}
		if (i+1)%10 == 0 {
			b.logf("replay: %d of %d batches", i+1, len(b.batches))
		}
	}
	for j, l := range loaders {
		b.add(Row{Test: "replay", Impl: l.name, Records: b.records, Items: items, Seconds: spent[j].Seconds(), PerSec: float64(b.records) / spent[j].Seconds(),
			Note: fmt.Sprintf("%d batches interleaved with the other loaders", len(b.batches))})
		b.logf("replay %s: %d items in %v", l.name, items, spent[j])
	}
	return nil
}

// recorder is the embedded store, remembering every batch written.
type recorder struct {
	*embedded.Store
	batches []graph.Batch
}

func (r *recorder) Upsert(ctx context.Context, b graph.Batch) error {
	r.batches = append(r.batches, graph.Batch{Nodes: slices.Clone(b.Nodes), Edges: slices.Clone(b.Edges)})
	return r.Store.Upsert(ctx, b)
}

// pickCentres returns n traders and passengers drawn at random (seeded)
// from the store, in key order of the draw.
func pickCentres(ctx context.Context, s graph.Store, n int) ([]graph.Key, error) {
	var all []graph.Key
	err := s.ScanNodes(ctx, []graph.Kind{graph.KindTrader, graph.KindPassenger}, func(nd graph.Node) error {
		all = append(all, nd.Key)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(all, graph.Key.Compare)
	rnd := rand.New(rand.NewPCG(42, 1))
	rnd.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	return all[:min(n, len(all))], nil
}

// drawFields are the node fields the web visualizer's subgraph query
// selects (web/ui-src/src/api.js NODE_FIELDS); its relationship fields read
// no property.
const drawFields = "id kind label at knownSmuggler communityId pagerank networkRisk degree"

// drawProjection returns what those fields read of each node, as the
// GraphQL server works it out (view.NodeFieldProps).
func drawProjection() *graph.Projection {
	p := &graph.Projection{}
	for _, f := range strings.Fields(drawFields) {
		props, _ := view.NodeFieldProps(f)
		p.NodeProps = append(p.NodeProps, props...)
	}
	return p
}

// subgraphs times Subgraph(depth 2, default limit) around every centre,
// after a warm-up pass over the first tenth, reading every property and
// then only the visualizer's (drawProjection).
func (b *bench) subgraphs(ctx context.Context, impl string, s graph.Store) error {
	for _, p := range []*graph.Projection{nil, drawProjection()} {
		q := func(k graph.Key) (int, error) {
			sg, err := s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{k}, Depth: 2, Project: p})
			return len(sg.Nodes), err
		}
		name, note := impl, "Store.Subgraph depth 2, limit 500 nodes, every relationship among them"
		if p != nil {
			name, note = impl+" projected", note+"; only the properties the visualizer draws"
		}
		if err := b.latencies(name, note, q); err != nil {
			return err
		}
	}
	return nil
}

// plainSubgraphs times the plain-Cypher 2-hop query a Neo4j user would
// write: the distinct nodes within two hops (at most 500) and every
// relationship among them.
func (b *bench) plainSubgraphs(ctx context.Context, drv neo4j.DriverWithContext) error {
	const cypher = `MATCH (c:Entity {key: $key})
CALL (c) { MATCH (c)-[*1..2]-(m:Entity) RETURN DISTINCT m LIMIT 499 }
WITH c, collect(m) AS ms
WITH [c] + ms AS ns
UNWIND ns AS a
OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE b IN ns
RETURN a.key AS key, properties(a) AS props, collect([type(r), b.key, properties(r)]) AS rels`
	q := func(k graph.Key) (int, error) {
		res, err := neo4j.ExecuteQuery(ctx, drv, cypher, map[string]any{"key": k.String()}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return 0, err
		}
		return len(res.Records), nil
	}
	return b.latencies("neo4j plain Cypher", "MATCH (c)-[*1..2]-(m) RETURN DISTINCT m LIMIT 499, then the relationships among them", q)
}

func (b *bench) latencies(impl, note string, q func(graph.Key) (int, error)) error {
	for _, k := range b.centres[:len(b.centres)/10] {
		if _, err := q(k); err != nil {
			return fmt.Errorf("%s: %s: %w", impl, k, err)
		}
	}
	lat := make([]time.Duration, 0, len(b.centres))
	nodes := 0
	for _, k := range b.centres {
		t0 := time.Now()
		n, err := q(k)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", impl, k, err)
		}
		lat = append(lat, time.Since(t0))
		nodes += n
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		i := min(len(lat)-1, int(p*float64(len(lat))))
		return float64(lat[i].Microseconds()) / 1000
	}
	b.add(Row{Test: "subgraph", Impl: impl, Queries: len(lat), P50ms: pct(0.50), P99ms: pct(0.99), MeanN: float64(nodes) / float64(len(lat)), Note: note})
	b.logf("subgraph %s: p50 %.2fms p99 %.2fms", impl, pct(0.50), pct(0.99))
	return nil
}

// wipe deletes every node and relationship (the schema stays).
func wipe(ctx context.Context, drv neo4j.DriverWithContext) error {
	sess := drv.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err != nil {
		return fmt.Errorf("wipe: %w", err)
	}
	_, err = res.Consume(ctx)
	return err
}

// plainLoader is the plain-Cypher peer: each batch in one transaction,
// nodes grouped by kind and relationships by type (labels and types
// cannot be parameters), each group as UNWIND $rows MERGE ... SET in
// chunks of the same size as our loader's. It relies on the same
// uniqueness constraint on :Entity(key), which our store creates.
type plainLoader struct {
	drv   neo4j.DriverWithContext
	chunk int
	// same makes the peer also store the folded search copies of id and
	// label (text-indexed, for search) that ours stores, and the kind and
	// id of the endpoints it creates; it still leaves those endpoints
	// without their kind label, which labels cannot be parameters for.
	same bool
	// variant, when not 0, stores exactly our graph (see loadVariant).
	variant int
}

func (p *plainLoader) load(ctx context.Context, b graph.Batch) error {
	if p.variant != 0 {
		return p.loadVariant(ctx, b)
	}
	type stmt struct {
		cypher string
		rows   []map[string]any
	}
	var stmts []stmt
	byKind := map[graph.Kind][]map[string]any{}
	for _, n := range b.Nodes {
		r := map[string]any{"key": n.Key.String(), "id": n.Key.ID, "props": plainProps(n.Props), "label": nil, "at": nil}
		if n.Label != "" {
			r["label"] = n.Label
		}
		if p.same {
			r["idf"], r["labelf"] = graph.FoldText(n.Key.ID), nil
			if n.Label != "" {
				r["labelf"] = graph.FoldText(n.Label)
			}
		}
		if !n.At.IsZero() {
			r["at"] = n.At.UTC()
		}
		byKind[n.Key.Kind] = append(byKind[n.Key.Kind], r)
	}
	for _, k := range graph.Kinds() {
		rows := byKind[k]
		switch {
		case len(rows) == 0:
		case p.same:
			stmts = append(stmts, stmt{`UNWIND $rows AS r
MERGE (n:Entity {key: r.key})
ON CREATE SET n:` + string(k) + `, n.kind = '` + string(k) + `', n.id = r.id, n._idFolded = r.idf
SET n += r.props, n.label = coalesce(r.label, n.label), n._labelFolded = coalesce(r.labelf, n._labelFolded), n.at = coalesce(r.at, n.at)`, rows})
		default:
			stmts = append(stmts, stmt{`UNWIND $rows AS r
MERGE (n:Entity {key: r.key})
ON CREATE SET n:` + string(k) + `, n.kind = '` + string(k) + `', n.id = r.id
SET n += r.props, n.label = coalesce(r.label, n.label), n.at = coalesce(r.at, n.at)`, rows})
		}
	}
	var types []graph.RelKind
	byType := map[graph.RelKind][]map[string]any{}
	for _, e := range b.Edges {
		r := map[string]any{"from": e.From.String(), "to": e.To.String(), "props": plainProps(e.Props), "at": nil}
		if p.same {
			r["fromKind"], r["fromId"], r["fromIdf"] = string(e.From.Kind), e.From.ID, graph.FoldText(e.From.ID)
			r["toKind"], r["toId"], r["toIdf"] = string(e.To.Kind), e.To.ID, graph.FoldText(e.To.ID)
		}
		if !e.At.IsZero() {
			r["at"] = e.At.UTC()
		}
		if _, ok := byType[e.Kind]; !ok {
			types = append(types, e.Kind)
		}
		byType[e.Kind] = append(byType[e.Kind], r)
	}
	for _, t := range types {
		if !p.same {
			stmts = append(stmts, stmt{`UNWIND $rows AS r
MERGE (a:Entity {key: r.from})
MERGE (b:Entity {key: r.to})
MERGE (a)-[e:` + string(t) + `]->(b)
SET e += r.props, e.at = coalesce(r.at, e.at)`, byType[t]})
			continue
		}
		stmts = append(stmts, stmt{`UNWIND $rows AS r
MERGE (a:Entity {key: r.from})
ON CREATE SET a.kind = r.fromKind, a.id = r.fromId, a._idFolded = r.fromIdf
MERGE (b:Entity {key: r.to})
ON CREATE SET b.kind = r.toKind, b.id = r.toId, b._idFolded = r.toIdf
MERGE (a)-[e:` + string(t) + `]->(b)
SET e += r.props, e.at = coalesce(r.at, e.at)`, byType[t]})
	}
	sess := p.drv.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, st := range stmts {
			for i := 0; i < len(st.rows); i += p.chunk {
				res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows[i:min(i+p.chunk, len(st.rows))]})
				if err != nil {
					return nil, err
				}
				if _, err := res.Consume(ctx); err != nil {
					return nil, err
				}
			}
		}
		return nil, nil
	})
	return err
}

// loadVariant writes b as our store does (the same stored graph: kind
// labels on every node, folded search copies), in one of two statement
// layouts: variant 1 is our loader's (relationships grouped by type and
// endpoint kinds, endpoints merged with their labels in the relationship
// statement); variant 2 merges every endpoint first, with the nodes of
// its kind, and then matches the endpoints in one statement per
// relationship type.
func (p *plainLoader) loadVariant(ctx context.Context, b graph.Batch) error {
	type stmt struct {
		cypher string
		rows   []map[string]any
	}
	var stmts []stmt
	byKind := map[graph.Kind][]map[string]any{}
	seen := map[graph.Key]bool{}
	nodeRow := func(k graph.Key, label string, at time.Time, props graph.Props) map[string]any {
		r := map[string]any{"key": k.String(), "id": k.ID, "idf": graph.FoldText(k.ID), "props": plainProps(props), "label": nil, "labelf": nil, "at": nil}
		if label != "" {
			r["label"], r["labelf"] = label, graph.FoldText(label)
		}
		if !at.IsZero() {
			r["at"] = at.UTC()
		}
		return r
	}
	for _, n := range b.Nodes {
		seen[n.Key] = true
		byKind[n.Key.Kind] = append(byKind[n.Key.Kind], nodeRow(n.Key, n.Label, n.At, n.Props))
	}
	if p.variant == 2 {
		for _, e := range b.Edges {
			for _, k := range []graph.Key{e.From, e.To} {
				if !seen[k] {
					seen[k] = true
					byKind[k.Kind] = append(byKind[k.Kind], nodeRow(k, "", time.Time{}, nil))
				}
			}
		}
	}
	for _, k := range graph.Kinds() {
		if rows := byKind[k]; len(rows) > 0 {
			stmts = append(stmts, stmt{`UNWIND $rows AS r
MERGE (n:Entity {key: r.key})
ON CREATE SET n:` + string(k) + `, n.kind = '` + string(k) + `', n.id = r.id, n._idFolded = r.idf
SET n += r.props, n.label = coalesce(r.label, n.label), n._labelFolded = coalesce(r.labelf, n._labelFolded), n.at = coalesce(r.at, n.at)`, rows})
		}
	}
	type group struct {
		rel      graph.RelKind
		from, to graph.Kind
	}
	var groups []group
	rows := map[group][]map[string]any{}
	for _, e := range b.Edges {
		g := group{rel: e.Kind}
		if p.variant == 1 {
			g.from, g.to = e.From.Kind, e.To.Kind
		}
		r := map[string]any{"from": e.From.String(), "to": e.To.String(), "props": plainProps(e.Props), "at": nil,
			"fromId": e.From.ID, "fromIdf": graph.FoldText(e.From.ID), "toId": e.To.ID, "toIdf": graph.FoldText(e.To.ID)}
		if !e.At.IsZero() {
			r["at"] = e.At.UTC()
		}
		if _, ok := rows[g]; !ok {
			groups = append(groups, g)
		}
		rows[g] = append(rows[g], r)
	}
	for _, g := range groups {
		if p.variant == 1 {
			stmts = append(stmts, stmt{`UNWIND $rows AS r
MERGE (a:Entity {key: r.from})
ON CREATE SET a:` + string(g.from) + `, a.kind = '` + string(g.from) + `', a.id = r.fromId, a._idFolded = r.fromIdf
MERGE (b:Entity {key: r.to})
ON CREATE SET b:` + string(g.to) + `, b.kind = '` + string(g.to) + `', b.id = r.toId, b._idFolded = r.toIdf
MERGE (a)-[e:` + string(g.rel) + `]->(b)
SET e += r.props, e.at = coalesce(r.at, e.at)`, rows[g]})
			continue
		}
		stmts = append(stmts, stmt{`UNWIND $rows AS r
MATCH (a:Entity {key: r.from})
MATCH (b:Entity {key: r.to})
MERGE (a)-[e:` + string(g.rel) + `]->(b)
SET e += r.props, e.at = coalesce(r.at, e.at)`, rows[g]})
	}
	sess := p.drv.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, st := range stmts {
			for i := 0; i < len(st.rows); i += p.chunk {
				res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows[i:min(i+p.chunk, len(st.rows))]})
				if err != nil {
					return nil, err
				}
				if _, err := res.Consume(ctx); err != nil {
					return nil, err
				}
			}
		}
		return nil, nil
	})
	return err
}

// plainProps passes the properties as a parameter map (never null: SET
// n += null fails).
func plainProps(p graph.Props) map[string]any {
	if p == nil {
		return map[string]any{}
	}
	return map[string]any(p)
}

// table prints the rows with ratios against the peers.
func (b *bench) table(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "test\timplementation\trecords\titems\tseconds\trecords/s\tneo4j ours/this\tnote\t")
	best := map[string]float64{} // records/s per replay loader
	for _, r := range b.rows {
		if r.Test == "replay" {
			best[r.Impl] = r.PerSec
		}
	}
	for _, r := range b.rows {
		if r.Test == "subgraph" {
			continue
		}
		vs := "-"
		if r.Test == "replay" && best["neo4j (ours)"] > 0 {
			vs = fmt.Sprintf("%.2fx", best["neo4j (ours)"]/r.PerSec)
		}
		items := "-"
		if r.Items > 0 {
			items = fmt.Sprint(r.Items)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%.2f\t%.0f\t%s\t%s\t\n", r.Test, r.Impl, r.Records, items, r.Seconds, r.PerSec, vs, r.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	ours, peer, peerS, emb := best["neo4j (ours)"], best["neo4j plain UNWIND MERGE"], best["neo4j plain + search copies"], best["embedded"]
	if ours > 0 && peer > 0 {
		fmt.Fprintf(w, "replay: neo4j ours %.0f records/s; plain UNWIND MERGE peer %.0f (ours/peer %.2fx); plain peer writing the same search copies %.0f (ours/peer %.2fx); embedded %.0f (%.2fx neo4j ours)\n",
			ours, peer, ours/peer, peerS, ours/peerS, emb, emb/ours)
	}
	var ingE, ingN float64
	for _, r := range b.rows {
		if r.Test == "ingest" && r.Impl == "embedded" {
			ingE = r.PerSec
		}
		if r.Test == "ingest" && r.Impl == "neo4j (ours)" {
			ingN = r.PerSec
		}
	}
	if ingE > 0 && ingN > 0 {
		fmt.Fprintf(w, "ingest (parse + resolve + write): embedded/neo4j = %.2fx\n", ingE/ingN)
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "2-hop subgraph\tqueries\tp50 ms\tp99 ms\tnodes/query\tp50 vs neo4j ours\tquery\t")
	var ref Row
	for _, r := range b.rows {
		if r.Test == "subgraph" && r.Impl == "neo4j (ours)" {
			ref = r
		}
	}
	for _, r := range b.rows {
		if r.Test != "subgraph" {
			continue
		}
		vs := "-"
		if ref.P50ms > 0 {
			vs = fmt.Sprintf("%.2fx", r.P50ms/ref.P50ms)
		}
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t%.1f\t%s\t%s\t\n", r.Impl, r.Queries, r.P50ms, r.P99ms, r.MeanN, vs, r.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "records: source records loaded by ingest (%d); items: nodes + relationships in the %d batches ingest wrote.\n", b.records, len(b.batches))
	fmt.Fprintln(w, strings.TrimSpace(`
"plain UNWIND MERGE" writes no folded search copies (_idFolded, _labelFolded, text-indexed for search) and no labels on the endpoints
it creates, so it stores less than ours; "plain + search copies" stores the copies too, still without endpoint labels.`))
	return nil
}
