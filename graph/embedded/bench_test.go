package embedded_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
)

// Benchmarks. The read benchmarks run on a synthetic customs world of
// about 50k nodes and 150k relationships shaped like the demo world:
// countries and offices are hubs with thousands of relationships, a few
// importers file a large share of the declarations. It is built once and
// cached as testdata/bench50k_150k/graph.db (git-ignored); delete the
// directory to rebuild it.
//
//	go test -run '^$' -bench . ./graph/embedded

// benchBatch is the batch size of the write benchmarks.
const benchBatch = 1000

// BenchmarkUpsertNodes upserts batches of new declaration nodes, and then
// the same batches again (a reload, which changes nothing).
func BenchmarkUpsertNodes(b *testing.B) {
	decl := func(i int) graph.Node {
		return graph.Node{
			Key: graph.NewKey(graph.KindDeclaration, fmt.Sprintf("D%09d", i)), Label: fmt.Sprintf("D%09d (HS 851712)", i),
			At: time.Date(2024, 1, 1+i%365, 0, 0, 0, 0, time.UTC),
			Props: graph.Props{
				"hsCode": "851712", "officeId": "O01", "originCountry": "CN",
				"value": float64(i % 9973), "netMassKg": 1.5, "quantity": 2.0, "taxes": 10.0,
			},
		}
	}
	batchOf := func(n int) graph.Batch {
		var bt graph.Batch
		for i := range benchBatch {
			bt.Nodes = append(bt.Nodes, decl(n*benchBatch+i))
		}
		return bt
	}
	b.Run("new", func(b *testing.B) {
		s := MustOpenStore(b, filepath.Join(b.TempDir(), "graph.db"))
		n := 0
		for b.Loop() {
			b.StopTimer()
			bt := batchOf(n)
			b.StartTimer()
			if err := s.Upsert(context.Background(), bt); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n*benchBatch)/b.Elapsed().Seconds(), "nodes/s")
	})
	b.Run("reload", func(b *testing.B) {
		s := MustOpenStore(b, filepath.Join(b.TempDir(), "graph.db"))
		const loaded = 20
		for n := range loaded {
			if err := s.Upsert(context.Background(), batchOf(n)); err != nil {
				b.Fatal(err)
			}
		}
		var batches []graph.Batch
		for n := range loaded {
			batches = append(batches, batchOf(n))
		}
		n := 0
		for b.Loop() {
			if err := s.Upsert(context.Background(), batches[n%loaded]); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n*benchBatch)/b.Elapsed().Seconds(), "nodes/s")
	})
}

// BenchmarkUpsertEdges upserts batches of new relationships between
// existing traders and declarations.
func BenchmarkUpsertEdges(b *testing.B) {
	const traders, decls = 1000, 20000
	s := MustOpenStore(b, filepath.Join(b.TempDir(), "graph.db"))
	trader := func(i int) graph.Key { return graph.NewKey(graph.KindTrader, fmt.Sprintf("T%05d", i)) }
	declaration := func(i int) graph.Key { return graph.NewKey(graph.KindDeclaration, fmt.Sprintf("D%07d", i)) }
	var setup graph.Batch
	flush := func() {
		if err := s.Upsert(context.Background(), setup); err != nil {
			b.Fatal(err)
		}
		setup = graph.Batch{}
	}
	for i := range traders {
		setup.Nodes = append(setup.Nodes, graph.Node{Key: trader(i), Label: fmt.Sprintf("Trader %d", i)})
	}
	flush()
	for i := range decls {
		setup.Nodes = append(setup.Nodes, graph.Node{Key: declaration(i), Label: declaration(i).ID})
		if len(setup.Nodes) == benchBatch {
			flush()
		}
	}
	n := 0
	for b.Loop() {
		b.StopTimer()
		var bt graph.Batch
		for range benchBatch {
			bt.Edges = append(bt.Edges, graph.Edge{
				From: trader(n % traders), Kind: graph.RelImported, To: declaration((n / traders) % decls),
				At: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Props: graph.Props{"role": "importer"},
			})
			n++
		}
		b.StartTimer()
		if err := s.Upsert(context.Background(), bt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "edges/s")
}

// BenchmarkSubgraph2Hop expands two hops around declarations, whose
// second level runs through office and country hubs, with Limit 500.
func BenchmarkSubgraph2Hop(b *testing.B) {
	s, w := openBenchWorld(b)
	var centres []graph.Key
	for i := range 64 {
		centres = append(centres, w.declaration(i*(w.decls/64)))
	}
	i, nodes, truncated := 0, 0, 0
	for b.Loop() {
		sg, err := s.Subgraph(context.Background(), graph.SubgraphQuery{Centers: []graph.Key{centres[i%len(centres)]}, Depth: 2, Limit: 500})
		if err != nil {
			b.Fatal(err)
		}
		nodes += len(sg.Nodes)
		if sg.Truncated {
			truncated++
		}
		i++
	}
	b.ReportMetric(float64(nodes)/float64(i), "nodes/op")
	b.ReportMetric(float64(truncated)/float64(i), "truncated/op")
}

// BenchmarkShortestPaths searches paths between pairs of nodes four hops
// apart (a flight and a seizure: flight <- passenger -> country <- trader
// -> seizure, or through bookings and shared phones), Limit 10.
func BenchmarkShortestPaths(b *testing.B) {
	s, w := openBenchWorld(b)
	r := rand.New(rand.NewPCG(7, 7))
	type pair struct{ from, to graph.Key }
	var pairs []pair
	for tries := 0; len(pairs) < 16 && tries < 1000; tries++ {
		p := pair{w.flight(r.IntN(w.flights)), w.seizure(r.IntN(w.seizures))}
		ps, err := s.ShortestPaths(context.Background(), graph.PathQuery{From: p.from, To: p.to, Limit: 1})
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) == 1 && ps[0].Hops() == 4 {
			pairs = append(pairs, p)
		}
	}
	if len(pairs) == 0 {
		b.Fatal("no pair of nodes four hops apart")
	}
	i, found := 0, 0
	for b.Loop() {
		p := pairs[i%len(pairs)]
		ps, err := s.ShortestPaths(context.Background(), graph.PathQuery{From: p.from, To: p.to})
		if err != nil {
			b.Fatal(err)
		}
		found += len(ps)
		i++
	}
	b.ReportMetric(float64(found)/float64(i), "paths/op")
}

// BenchmarkSearch searches the 50k-node world: a common phrase (many
// hits, early exit impossible), an exact id, and a miss (a full scan).
func BenchmarkSearch(b *testing.B) {
	s, _ := openBenchWorld(b)
	for _, text := range []string{"global trading", "T000042", "no such name"} {
		b.Run(text, func(b *testing.B) {
			hits := 0
			for b.Loop() {
				ns, err := s.Search(context.Background(), graph.SearchQuery{Text: text})
				if err != nil {
					b.Fatal(err)
				}
				hits = len(ns)
			}
			b.ReportMetric(float64(hits), "hits")
		})
	}
}

// BenchmarkSearch1M measures Search's scan of the folded-text index at a
// million nodes (traders with generated names, no relationships, cached
// as testdata/bench1m_0, about 1 min to build; skipped with -short).
func BenchmarkSearch1M(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 1M-node fixture")
	}
	s := openCached(b, "bench1m_0", func(yield func(graph.Batch) bool) {
		w := newBenchWorld()
		r := rand.New(rand.NewPCG(3, 4))
		for i := 0; i < 1_000_000; i += benchBatch {
			var bt graph.Batch
			for j := i; j < i+benchBatch; j++ {
				bt.Nodes = append(bt.Nodes, graph.Node{Key: w.trader(j), Label: w.traderName(r, j)})
			}
			if !yield(bt) {
				return
			}
		}
	})
	for _, text := range []string{"global trading", "T000042", "no such name"} {
		b.Run(text, func(b *testing.B) {
			hits := 0
			for b.Loop() {
				ns, err := s.Search(context.Background(), graph.SearchQuery{Text: text})
				if err != nil {
					b.Fatal(err)
				}
				hits = len(ns)
			}
			b.ReportMetric(float64(hits), "hits")
		})
	}
}

// benchWorld describes the synthetic world: counts per kind and key
// makers.
type benchWorld struct {
	countries, offices, airports, agencies  int
	traders, decls, phones, emails, addrs   int
	passengers, bookings, flights, seizures int
}

func newBenchWorld() benchWorld {
	return benchWorld{
		countries: 50, offices: 30, airports: 40, agencies: 20,
		traders: 4000, decls: 30000, phones: 3000, emails: 3000, addrs: 3000,
		passengers: 4000, bookings: 2000, flights: 500, seizures: 100,
	}
}

func (benchWorld) key(k graph.Kind, prefix string, i int) graph.Key {
	return graph.NewKey(k, fmt.Sprintf("%s%06d", prefix, i))
}
func (w benchWorld) country(i int) graph.Key     { return w.key(graph.KindCountry, "C", i) }
func (w benchWorld) office(i int) graph.Key      { return w.key(graph.KindOffice, "O", i) }
func (w benchWorld) airport(i int) graph.Key     { return w.key(graph.KindAirport, "A", i) }
func (w benchWorld) agency(i int) graph.Key      { return w.key(graph.KindAgency, "G", i) }
func (w benchWorld) trader(i int) graph.Key      { return w.key(graph.KindTrader, "T", i) }
func (w benchWorld) declaration(i int) graph.Key { return w.key(graph.KindDeclaration, "D", i) }
func (w benchWorld) phone(i int) graph.Key       { return w.key(graph.KindPhone, "+44", i) }
func (w benchWorld) email(i int) graph.Key       { return w.key(graph.KindEmail, "m", i) }
func (w benchWorld) address(i int) graph.Key     { return w.key(graph.KindAddress, "addr", i) }
func (w benchWorld) passenger(i int) graph.Key   { return w.key(graph.KindPassenger, "P", i) }
func (w benchWorld) booking(i int) graph.Key     { return w.key(graph.KindBooking, "B", i) }
func (w benchWorld) flight(i int) graph.Key      { return w.key(graph.KindFlight, "F", i) }
func (w benchWorld) seizure(i int) graph.Key     { return w.key(graph.KindSeizure, "S", i) }

// traderName returns a company name like "Golden Freight 42".
func (benchWorld) traderName(r *rand.Rand, i int) string {
	first := []string{"Global", "Pacific", "Nordic", "Golden", "Star", "United", "Eastern", "Prime", "Atlas", "Delta"}
	second := []string{"Trading", "Logistics", "Imports", "Exports", "Holdings", "Supply", "Freight", "Commerce"}
	return fmt.Sprintf("%s %s %d", first[r.IntN(len(first))], second[r.IntN(len(second))], i)
}

// batches generates the world, deterministically, in batches of
// benchBatch items: all nodes, then all relationships.
func (w benchWorld) batches() []graph.Batch {
	r := rand.New(rand.NewPCG(1, 2))
	zipf := func(n int) func() int {
		z := rand.NewZipf(r, 1.2, 1, uint64(n-1))
		return func() int { return int(z.Uint64()) }
	}
	date := func() time.Time {
		return time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(730*24)) * time.Hour)
	}
	var nodes []graph.Node
	var edges []graph.Edge
	add := func(k graph.Key, label string, at time.Time, p graph.Props) {
		nodes = append(nodes, graph.Node{Key: k, Label: label, At: at, Props: p})
	}
	link := func(from graph.Key, kind graph.RelKind, to graph.Key) {
		edges = append(edges, graph.Edge{From: from, Kind: kind, To: to})
	}
	for i := range w.countries {
		add(w.country(i), fmt.Sprintf("Country %d", i), time.Time{}, nil)
	}
	for i := range w.offices {
		add(w.office(i), fmt.Sprintf("Customs office %d", i), time.Time{}, nil)
	}
	for i := range w.airports {
		add(w.airport(i), fmt.Sprintf("Airport %d", i), time.Time{}, nil)
	}
	for i := range w.agencies {
		add(w.agency(i), fmt.Sprintf("Agency %d", i), time.Time{}, nil)
	}
	for i := range w.traders {
		add(w.trader(i), w.traderName(r, i), time.Time{}, graph.Props{"country": fmt.Sprintf("C%02d", r.IntN(w.countries))})
	}
	for i := range w.decls {
		add(w.declaration(i), w.declaration(i).ID, date(), graph.Props{
			"hsCode": fmt.Sprintf("%06d", r.IntN(999999)), "value": r.Float64() * 10000, "quantity": float64(1 + r.IntN(100)),
		})
	}
	for i := range w.phones {
		add(w.phone(i), "", time.Time{}, nil)
	}
	for i := range w.emails {
		add(w.email(i), "", time.Time{}, nil)
	}
	for i := range w.addrs {
		add(w.address(i), fmt.Sprintf("%d high street", i), time.Time{}, nil)
	}
	for i := range w.passengers {
		add(w.passenger(i), fmt.Sprintf("Passenger %d", i), time.Time{}, graph.Props{"gender": "X"})
	}
	for i := range w.bookings {
		add(w.booking(i), "PNR "+w.booking(i).ID, date(), nil)
	}
	for i := range w.flights {
		add(w.flight(i), w.flight(i).ID, date(), nil)
	}
	for i := range w.seizures {
		add(w.seizure(i), fmt.Sprintf("Seizure %d", i), date(), graph.Props{"goods": "watches"})
	}

	importer, office, origin := zipf(w.traders), zipf(w.offices), zipf(w.countries)
	for i := range w.decls {
		d := w.declaration(i)
		link(w.trader(importer()), graph.RelImported, d)
		link(d, graph.RelDeclaredBy, w.trader(r.IntN(w.traders)))
		link(d, graph.RelLodgedAt, w.office(office()))
		link(d, graph.RelOriginatesIn, w.country(origin()))
	}
	for i := range w.traders {
		t := w.trader(i)
		link(t, graph.RelUsesPhone, w.phone(r.IntN(w.phones)))
		link(t, graph.RelUsesEmail, w.email(r.IntN(w.emails)))
		link(t, graph.RelLocatedAt, w.address(r.IntN(w.addrs)))
		link(t, graph.RelNationalOf, w.country(origin()))
	}
	for i := range w.passengers {
		p := w.passenger(i)
		link(p, graph.RelBooked, w.booking(r.IntN(w.bookings)))
		link(p, graph.RelTravelledOn, w.flight(r.IntN(w.flights)))
		link(p, graph.RelNationalOf, w.country(origin()))
	}
	for i := range w.bookings {
		bk := w.booking(i)
		link(bk, graph.RelReserves, w.flight(r.IntN(w.flights)))
		link(bk, graph.RelBookedVia, w.agency(r.IntN(w.agencies)))
		link(bk, graph.RelUsesPhone, w.phone(r.IntN(w.phones)))
	}
	for i := range w.flights {
		a, z := r.IntN(w.airports), r.IntN(w.airports-1)
		if z >= a {
			z++
		}
		link(w.flight(i), graph.RelDeparts, w.airport(a))
		link(w.flight(i), graph.RelArrives, w.airport(z))
	}
	for i := range w.seizures {
		sz := w.seizure(i)
		link(w.trader(r.IntN(w.traders)), graph.RelInvolvedIn, sz)
		link(w.trader(r.IntN(w.traders)), graph.RelInvolvedIn, sz)
		link(sz, graph.RelSeizedAt, w.office(office()))
	}

	var out []graph.Batch
	for i := 0; i < len(nodes); i += benchBatch {
		out = append(out, graph.Batch{Nodes: nodes[i:min(i+benchBatch, len(nodes))]})
	}
	for i := 0; i < len(edges); i += benchBatch {
		out = append(out, graph.Batch{Edges: edges[i:min(i+benchBatch, len(edges))]})
	}
	return out
}

// openBenchWorld opens the cached 50k-node world.
func openBenchWorld(b *testing.B) (*embedded.Store, benchWorld) {
	b.Helper()
	w := newBenchWorld()
	return openCached(b, "bench50k_150k", func(yield func(graph.Batch) bool) {
		for _, bt := range w.batches() {
			if !yield(bt) {
				return
			}
		}
	}), w
}

// openCached opens the fixture testdata/name/graph.db, building it first
// from the batches when missing (into a temporary directory renamed into
// place, so an interrupted build leaves no half-built cache).
func openCached(b *testing.B, name string, batches func(yield func(graph.Batch) bool)) *embedded.Store {
	b.Helper()
	dir := filepath.Join("testdata", name)
	path := filepath.Join(dir, "graph.db")
	if _, err := os.Stat(path); err != nil {
		tmp := dir + ".tmp"
		if err := os.RemoveAll(tmp); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		s, err := embedded.Open(context.Background(), filepath.Join(tmp, "graph.db"), embedded.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for bt := range batches {
			if err := s.Upsert(context.Background(), bt); err != nil {
				s.Close()
				b.Fatal(err)
			}
		}
		st, err := s.Stats(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, dir); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s in %v: %d nodes, %d relationships", dir, time.Since(start).Round(time.Millisecond), st.NodeCount(), st.EdgeCount())
	}
	return MustOpenStore(b, path)
}
