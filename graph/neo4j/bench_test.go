package neo4j_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	neo4jstore "github.com/borderlens/borderlens/graph/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Benchmarks: our batched loader (UNWIND ... MERGE, one transaction per
// batch) against two plain-Cypher peers loading the same rows (one MERGE
// statement per row in one transaction; LOAD CSV from a file:/// URL when
// the server can read our files), and the latency of 2-hop subgraphs on a
// customs-shaped fixture.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=borderlens-dev \
//	  go test -run '^$' -bench . ./graph/neo4j

// world is a deterministic customs-shaped graph: declarations with their
// importer, declarant, office and origin country; traders with shared
// phones, e-mails and addresses. Offices and countries are hubs.
type world struct {
	name  string // bench<nodes>_<edges>, e.g. bench22k_83k
	batch graph.Batch
}

func newWorld(decls int) world {
	r := rand.New(rand.NewPCG(1, 2))
	traders, phones, emails, addrs := decls/20, decls/40, decls/40, decls/60
	const offices, countries = 20, 50
	var b graph.Batch
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tk := func(i int) graph.Key { return graph.NewKey(graph.KindTrader, fmt.Sprintf("GB%09d", i)) }
	for i := range traders {
		b.Nodes = append(b.Nodes, graph.Node{Key: tk(i), Label: fmt.Sprintf("Trader %d Ltd", i),
			Props: graph.Props{"country": "GB", "roles": []string{"importer"}}})
		b.Edges = append(b.Edges,
			graph.Edge{From: tk(i), Kind: graph.RelUsesPhone, To: graph.PhoneKey(fmt.Sprintf("+4420%07d", r.IntN(phones)))},
			graph.Edge{From: tk(i), Kind: graph.RelUsesEmail, To: graph.EmailKey(fmt.Sprintf("info%d@example.com", r.IntN(emails)))},
			graph.Edge{From: tk(i), Kind: graph.RelLocatedAt, To: graph.AddressKey(fmt.Sprintf("%d high street london", r.IntN(addrs)))})
	}
	for i := range offices {
		b.Nodes = append(b.Nodes, graph.Node{Key: graph.NewKey(graph.KindOffice, fmt.Sprintf("OF%03d", i)), Label: fmt.Sprintf("Office %d", i)})
	}
	for i := range countries {
		b.Nodes = append(b.Nodes, graph.Node{Key: graph.NewKey(graph.KindCountry, fmt.Sprintf("C%02d", i))})
	}
	for i := range decls {
		d := graph.Declaration{
			ID: fmt.Sprintf("D%09d", i), Date: day.Add(time.Duration(r.IntN(365*24)) * time.Hour),
			HSCode: fmt.Sprintf("%06d", r.IntN(999999)), Value: r.Float64() * 1e4, Quantity: float64(r.IntN(100)),
		}
		n := d.Node()
		b.Nodes = append(b.Nodes, n)
		b.Edges = append(b.Edges,
			graph.Edge{From: tk(r.IntN(traders)), Kind: graph.RelImported, To: n.Key, At: d.Date},
			graph.Edge{From: n.Key, Kind: graph.RelDeclaredBy, To: tk(r.IntN(traders)), At: d.Date},
			graph.Edge{From: n.Key, Kind: graph.RelLodgedAt, To: graph.NewKey(graph.KindOffice, fmt.Sprintf("OF%03d", r.IntN(offices)))},
			graph.Edge{From: n.Key, Kind: graph.RelOriginatesIn, To: graph.NewKey(graph.KindCountry, fmt.Sprintf("C%02d", r.IntN(countries)))})
	}
	nodes := len(b.Nodes) + phones + emails + addrs // endpoints created by edges (upper bound)
	return world{name: fmt.Sprintf("bench%dk_%dk", nodes/1000, len(b.Edges)/1000), batch: b}
}

// mustLoadWorld loads w unless the database already holds it (a marker
// node outside the model names the loaded fixture), so repeated benchmark
// runs reuse it.
func mustLoadWorld(b *testing.B, cfg neo4jstore.Config, s *neo4jstore.Store, w world) {
	b.Helper()
	ctx := context.Background()
	recs := mustCypher(b, cfg, "MATCH (m:BenchFixture {name: $name}) RETURN count(m)", map[string]any{"name": w.name})
	if recs[0].Values[0].(int64) > 0 {
		return
	}
	MustWipe(b, cfg)
	start := time.Now()
	const chunk = 5000
	for i := 0; i < len(w.batch.Nodes); i += chunk {
		if err := s.Upsert(ctx, graph.Batch{Nodes: w.batch.Nodes[i:min(i+chunk, len(w.batch.Nodes))]}); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < len(w.batch.Edges); i += chunk {
		if err := s.Upsert(ctx, graph.Batch{Edges: w.batch.Edges[i:min(i+chunk, len(w.batch.Edges))]}); err != nil {
			b.Fatal(err)
		}
	}
	mustCypher(b, cfg, "CREATE (:BenchFixture {name: $name})", map[string]any{"name": w.name})
	b.Logf("loaded %s in %v", w.name, time.Since(start))
}

// openBench opens a store on a freshly wiped database for a load
// benchmark.
func openBench(b *testing.B) (neo4jstore.Config, *neo4jstore.Store) {
	b.Helper()
	s := MustOpenStore(b)
	return MustConfig(b), s
}

// nodeBatch returns batch i of n fresh Trader nodes.
func nodeBatch(i, n int) []graph.Node {
	out := make([]graph.Node, n)
	for j := range out {
		id := fmt.Sprintf("N%04d-%06d", i, j)
		out[j] = graph.Node{Key: graph.NewKey(graph.KindTrader, id), Label: "Trader " + id,
			Props: graph.Props{"country": "GB", "score": float64(j)}}
	}
	return out
}

// edgeBatch returns batch i of n DECLARED_BY relationships among a pool
// of existing declarations and traders.
func edgeBatch(i, n, decls, traders int) []graph.Edge {
	out := make([]graph.Edge, n)
	for j := range out {
		seq := i*n + j
		out[j] = graph.Edge{
			From:  graph.NewKey(graph.KindDeclaration, fmt.Sprintf("D%06d", seq%decls)),
			Kind:  graph.RelDeclaredBy,
			To:    graph.NewKey(graph.KindTrader, fmt.Sprintf("T%05d", (seq/decls+seq)%traders)),
			Props: graph.Props{"seq": int64(seq)},
		}
	}
	return out
}

// mustEdgePool creates the endpoints edgeBatch uses.
func mustEdgePool(b *testing.B, s *neo4jstore.Store, decls, traders int) {
	b.Helper()
	var nodes []graph.Node
	for i := range decls {
		nodes = append(nodes, graph.Node{Key: graph.NewKey(graph.KindDeclaration, fmt.Sprintf("D%06d", i))})
	}
	for i := range traders {
		nodes = append(nodes, graph.Node{Key: graph.NewKey(graph.KindTrader, fmt.Sprintf("T%05d", i))})
	}
	for i := 0; i < len(nodes); i += 5000 {
		if err := s.Upsert(context.Background(), graph.Batch{Nodes: nodes[i:min(i+5000, len(nodes))]}); err != nil {
			b.Fatal(err)
		}
	}
}

func reportRate(b *testing.B, records int, unit string) {
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), unit)
}

// loader loads batch i of a benchmark one way. prepare does the untimed
// work (building rows, writing a CSV file) and returns the timed load.
type loader struct {
	name    string
	prepare func(i int) (load func() error)
}

// runLoaders runs every loader once per iteration, in turn, on the same
// server, and reports each one's rate as "<name>-<unit>/s". Interleaving
// keeps the comparison fair on a machine whose load drifts.
func runLoaders(b *testing.B, size int, unit string, loaders []loader) {
	b.Helper()
	spent := make([]time.Duration, len(loaders))
	i := 0
	for b.Loop() {
		for j, l := range loaders {
			b.StopTimer()
			load := l.prepare(len(loaders)*i + j)
			b.StartTimer()
			start := time.Now()
			if err := load(); err != nil {
				b.Fatalf("%s: %v", l.name, err)
			}
			spent[j] += time.Since(start)
		}
		i++
	}
	for j, l := range loaders {
		b.ReportMetric(float64(i*size)/spent[j].Seconds(), l.name+"-"+unit+"/s")
	}
}

// perRow runs one statement per row in one managed write transaction:
// the plain-Cypher way of loading a batch.
func perRow(sess neo4j.SessionWithContext, cypher string, rows []map[string]any) func() error {
	return func() error {
		ctx := context.Background()
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for _, r := range rows {
				res, err := tx.Run(ctx, cypher, r)
				if err != nil {
					return nil, err
				}
				if _, err := res.Consume(ctx); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
		return err
	}
}

// loadCSV runs one LOAD CSV statement over the file at path.
func loadCSV(sess neo4j.SessionWithContext, cypher, path string) func() error {
	return func() error {
		ctx := context.Background()
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, cypher, map[string]any{"url": "file://" + path})
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		return err
	}
}

// BenchmarkUpsertNodes compares loading batches of new Trader nodes
// (label, two properties, the folded search copies) through Upsert with
// the same rows as one MERGE per row and as LOAD CSV.
func BenchmarkUpsertNodes(b *testing.B) {
	for _, size := range []int{1000, 5000} {
		b.Run("batch="+strconv.Itoa(size), func(b *testing.B) {
			cfg, s := openBench(b)
			dir := b.TempDir()
			withPeer(b, cfg, func(sess neo4j.SessionWithContext) {
				loaders := []loader{
					{"ours", func(i int) func() error {
						batch := graph.Batch{Nodes: nodeBatch(i, size)}
						return func() error { return s.Upsert(context.Background(), batch) }
					}},
					{"merge-per-row", func(i int) func() error {
						var rows []map[string]any
						for _, n := range nodeBatch(i, size) {
							rows = append(rows, map[string]any{
								"key": n.Key.String(), "id": n.Key.ID, "idf": graph.FoldText(n.Key.ID),
								"label": n.Label, "labelf": graph.FoldText(n.Label),
								"country": n.Props["country"], "score": n.Props["score"],
							})
						}
						return perRow(sess, `MERGE (n:Entity {key: $key})
ON CREATE SET n:Trader, n.kind = 'Trader', n.id = $id, n._idFolded = $idf
SET n.label = $label, n._labelFolded = $labelf, n.country = $country, n.score = $score`, rows)
					}},
				}
				if csvWorks(b, sess, dir) {
					loaders = append(loaders, loader{"load-csv", func(i int) func() error {
						path := filepath.Join(dir, fmt.Sprintf("nodes%d.csv", i))
						rows := [][]string{{"key", "id", "idf", "label", "labelf", "country", "score"}}
						for _, n := range nodeBatch(i, size) {
							rows = append(rows, []string{n.Key.String(), n.Key.ID, graph.FoldText(n.Key.ID),
								n.Label, graph.FoldText(n.Label), n.Props.String("country"),
								strconv.FormatFloat(n.Props["score"].(float64), 'g', -1, 64)})
						}
						mustWriteCSV(b, path, rows)
						return loadCSV(sess, `LOAD CSV WITH HEADERS FROM $url AS r
MERGE (n:Entity {key: r.key})
ON CREATE SET n:Trader, n.kind = 'Trader', n.id = r.id, n._idFolded = r.idf
SET n.label = r.label, n._labelFolded = r.labelf, n.country = r.country, n.score = toFloat(r.score)`, path)
					}})
				}
				runLoaders(b, size, "nodes", loaders)
			})
		})
	}
}

// BenchmarkUpsertEdges compares loading batches of new DECLARED_BY
// relationships (one integer property) among existing nodes.
func BenchmarkUpsertEdges(b *testing.B) {
	const decls, traders = 20000, 1000
	for _, size := range []int{1000, 5000} {
		b.Run("batch="+strconv.Itoa(size), func(b *testing.B) {
			cfg, s := openBench(b)
			mustEdgePool(b, s, decls, traders)
			dir := b.TempDir()
			withPeer(b, cfg, func(sess neo4j.SessionWithContext) {
				loaders := []loader{
					{"ours", func(i int) func() error {
						batch := graph.Batch{Edges: edgeBatch(i, size, decls, traders)}
						return func() error { return s.Upsert(context.Background(), batch) }
					}},
					{"merge-per-row", func(i int) func() error {
						var rows []map[string]any
						for _, e := range edgeBatch(i, size, decls, traders) {
							rows = append(rows, map[string]any{"from": e.From.String(), "to": e.To.String(), "seq": e.Props["seq"]})
						}
						return perRow(sess, `MATCH (a:Entity {key: $from})
MATCH (b:Entity {key: $to})
MERGE (a)-[r:DECLARED_BY]->(b)
SET r.seq = $seq`, rows)
					}},
				}
				if csvWorks(b, sess, dir) {
					loaders = append(loaders, loader{"load-csv", func(i int) func() error {
						path := filepath.Join(dir, fmt.Sprintf("edges%d.csv", i))
						rows := [][]string{{"from", "to", "seq"}}
						for _, e := range edgeBatch(i, size, decls, traders) {
							rows = append(rows, []string{e.From.String(), e.To.String(), strconv.FormatInt(e.Props["seq"].(int64), 10)})
						}
						mustWriteCSV(b, path, rows)
						return loadCSV(sess, `LOAD CSV WITH HEADERS FROM $url AS r
MATCH (a:Entity {key: r.from})
MATCH (b:Entity {key: r.to})
MERGE (a)-[e:DECLARED_BY]->(b)
SET e.seq = toInteger(r.seq)`, path)
					}})
				}
				runLoaders(b, size, "edges", loaders)
			})
		})
	}
}

// BenchmarkLoadWorld loads the whole fixture through Upsert in batches of
// 5000 (nodes first, then relationships), as ingest does.
func BenchmarkLoadWorld(b *testing.B) {
	w := newWorld(45000)
	b.Run(w.name, func(b *testing.B) {
		cfg, s := openBench(b)
		ctx := context.Background()
		for b.Loop() {
			b.StopTimer()
			MustWipe(b, cfg)
			b.StartTimer()
			for _, part := range []graph.Batch{{Nodes: w.batch.Nodes}, {Edges: w.batch.Edges}} {
				for i := 0; i < part.Len(); i += 5000 {
					var err error
					if part.Nodes != nil {
						err = s.Upsert(ctx, graph.Batch{Nodes: part.Nodes[i:min(i+5000, len(part.Nodes))]})
					} else {
						err = s.Upsert(ctx, graph.Batch{Edges: part.Edges[i:min(i+5000, len(part.Edges))]})
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		reportRate(b, b.N*w.batch.Len(), "records/s")
	})
}

// openWorld opens a store on the fixture w, loading it when the database
// does not hold it yet.
func openWorld(b *testing.B, w world) *neo4jstore.Store {
	b.Helper()
	cfg := MustLockServer(b)
	s := MustReopenStore(b, cfg)
	mustLoadWorld(b, cfg, s, w)
	return s
}

func BenchmarkSubgraph2Hop(b *testing.B) {
	w := newWorld(45000)
	s := openWorld(b, w)
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		centre func(i int) graph.Key
		limit  int
	}{
		{"trader/limit=500", func(i int) graph.Key { return graph.NewKey(graph.KindTrader, fmt.Sprintf("GB%09d", i%2250)) }, 0},
		{"trader/limit=5000", func(i int) graph.Key { return graph.NewKey(graph.KindTrader, fmt.Sprintf("GB%09d", i%2250)) }, 5000},
		{"office-hub/limit=500", func(i int) graph.Key { return graph.NewKey(graph.KindOffice, fmt.Sprintf("OF%03d", i%20)) }, 0},
	} {
		b.Run(w.name+"/"+tc.name, func(b *testing.B) {
			i, nodes := 0, 0
			for b.Loop() {
				sg, err := s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{tc.centre(i * 7)}, Depth: 2, Limit: tc.limit})
				if err != nil {
					b.Fatal(err)
				}
				nodes += len(sg.Nodes)
				i++
			}
			b.ReportMetric(float64(nodes)/float64(i), "nodes/op")
		})
	}
}

func BenchmarkShortestPaths(b *testing.B) {
	s := openWorld(b, newWorld(45000))
	ctx := context.Background()
	i := 0
	for b.Loop() {
		from := graph.NewKey(graph.KindTrader, fmt.Sprintf("GB%09d", (i*7)%2250))
		to := graph.NewKey(graph.KindTrader, fmt.Sprintf("GB%09d", (i*13+1)%2250))
		if _, err := s.ShortestPaths(ctx, graph.PathQuery{From: from, To: to, MaxHops: 4}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// withPeer gives fn a plain driver session on the benchmark server.
func withPeer(b *testing.B, cfg neo4jstore.Config, fn func(neo4j.SessionWithContext)) {
	b.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	fn(sess)
}

// csvWorks reports whether the server can LOAD CSV files we write: not
// when it runs elsewhere or confines file imports to its import
// directory. The LOAD CSV peer is left out then.
func csvWorks(b *testing.B, sess neo4j.SessionWithContext, dir string) bool {
	b.Helper()
	path := filepath.Join(dir, "probe.csv")
	mustWriteCSV(b, path, [][]string{{"a"}, {"1"}})
	ctx := context.Background()
	res, err := sess.Run(ctx, "LOAD CSV WITH HEADERS FROM $url AS r RETURN count(r)", map[string]any{"url": "file://" + path})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		b.Logf("leaving the LOAD CSV peer out: the server cannot read %s: %v", path, err)
		return false
	}
	return true
}

func mustWriteCSV(b *testing.B, path string, rows [][]string) {
	b.Helper()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}
