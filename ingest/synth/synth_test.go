package synth

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/internal/memstore"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// testResolve is the resolution of the tests; the card key is a test key.
var testResolve = resolve.Options{CallingCode: "82", CardKey: []byte("synth-test-card-key-not-for-production")}

// kcsFiles returns the shared KCS files, skipping the test when the shared
// data directory is not there.
func kcsFiles(t testing.TB) []string {
	t.Helper()
	files := DefaultKCSFiles(filepath.Join("..", "..", DefaultDataDir))
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("shared KCS data not found (%v); the fixture-based tests still run", err)
		}
	}
	return files
}

// fixtureKCS writes a small KCS file of made-up rows.
func fixtureKCS(t testing.TB, dir string) []string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud\n")
	for i := 0; i < 600; i++ {
		courier := ""
		if i%5 == 0 {
			courier = "CR" + string(rune('A'+i%4))
		}
		b.WriteString(
			itoa(30000000+i) + ",2020-03-01,40,B,11,21,11,40,DC" + itoa(i%23) + ",IM" + itoa(i%211) + ",SL" + itoa(i%97) + "," + courier +
				",392690,CN,CN,8.0,A,Y,10.5,1000,0,0\n")
	}
	p := filepath.Join(dir, "fixture_kcs.csv")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{p}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

func smallOptions(files []string, out string) Options {
	return Options{
		KCSFiles: files, MaxRows: 3000, OutDir: out, Seed: 7,
		Traders: 400, Passengers: 600, Owners: 20, Resolve: testResolve,
	}
}

func TestGenerateDeterministic(t *testing.T) {
	files := fixtureKCS(t, t.TempDir())
	a, b := t.TempDir(), t.TempDir()
	ma, err := Generate(context.Background(), smallOptions(files, a))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(context.Background(), smallOptions(files, b)); err != nil {
		t.Fatal(err)
	}
	names := []string{"ground_truth.json", "manifest.json"}
	for _, f := range ma.Files {
		names = append(names, filepath.Base(f.Path))
	}
	for _, n := range names {
		x, err := os.ReadFile(filepath.Join(a, n))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, n))
		if err != nil {
			t.Fatal(err)
		}
		if n == "manifest.json" {
			x = bytes.ReplaceAll(x, []byte(a), nil)
			y = bytes.ReplaceAll(y, []byte(b), nil)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", n)
		}
	}
	// Another seed gives another world.
	o := smallOptions(files, t.TempDir())
	o.Seed = 8
	mc, err := Generate(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	x, _ := os.ReadFile(filepath.Join(a, "passengers.json"))
	y, _ := os.ReadFile(filepath.Join(filepath.Dir(mc.GroundTruth), "passengers.json"))
	if bytes.Equal(x, y) {
		t.Error("seeds 7 and 8 gave the same passengers file")
	}
}

// loadWorld generates a world and loads it through ingest.Load.
func loadWorld(t *testing.T, o Options, w ingest.Writer) (Manifest, GroundTruth, ingest.Summary) {
	t.Helper()
	m, err := Generate(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Load(context.Background(), w, m.Files, ingest.Options{Resolve: testResolve, StateDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	var gt GroundTruth
	b, err := os.ReadFile(m.GroundTruth)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	return m, gt, sum
}

func checkWorld(t *testing.T, m Manifest, gt GroundTruth, sum ingest.Summary, nodes func(graph.Key) (graph.Node, bool), edges []graph.Edge) {
	t.Helper()
	if sum.Rejected != 0 {
		for _, f := range sum.Files {
			for _, r := range f.Rejects {
				t.Errorf("reject: %v", r)
			}
		}
		t.Fatalf("%d records rejected, want 0", sum.Rejected)
	}
	if len(gt.Rings) != 6 {
		t.Fatalf("got %d rings, want 6", len(gt.Rings))
	}
	involved := map[graph.Key]bool{}
	for _, e := range edges {
		if e.Kind == graph.RelInvolvedIn {
			involved[e.From] = true
		}
	}
	mustExist := func(s string) graph.Node {
		t.Helper()
		k, err := graph.ParseKey(s)
		if err != nil {
			t.Fatalf("ground truth key %q: %v", s, err)
		}
		n, ok := nodes(k)
		if !ok {
			t.Errorf("ground truth key %s not in the loaded graph", s)
		}
		return n
	}
	for _, r := range gt.Rings {
		if len(r.Seeds) < 1 || len(r.Seeds) > 2 || len(r.Members) < 5 || len(r.Members) > 12 {
			t.Errorf("%s: %d seeds and %d members, want 1-2 and 5-12", r.ID, len(r.Seeds), len(r.Members))
		}
		for _, s := range r.Seeds {
			n := mustExist(s)
			if !n.Props.Bool(graph.PropKnownSmuggler) {
				t.Errorf("%s: seed %s is not marked a known smuggler", r.ID, s)
			}
		}
		for _, s := range r.Members {
			n := mustExist(s)
			if n.Props.Bool(graph.PropKnownSmuggler) {
				t.Errorf("%s: member %s is marked a known smuggler", r.ID, s)
			}
			if involved[n.Key] {
				t.Errorf("%s: member %s is directly linked to a seizure", r.ID, s)
			}
		}
		for _, l := range r.Links {
			for _, v := range l.Via {
				mustExist(v)
			}
		}
		for _, s := range r.Seizures {
			mustExist(s)
		}
	}
	for _, s := range gt.Isolated {
		if n := mustExist(s); !n.Props.Bool(graph.PropKnownSmuggler) {
			t.Errorf("isolated known smuggler %s is not marked", s)
		}
	}
}

func TestGroundTruthLoads(t *testing.T) {
	files := fixtureKCS(t, t.TempDir())
	s := memstore.New()
	m, gt, sum := loadWorld(t, smallOptions(files, t.TempDir()), s)
	checkWorld(t, m, gt, sum, s.Node, s.AllEdges())
}

func TestGroundTruthLoadsSharedData(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and loads the demo world from the shared data")
	}
	files := kcsFiles(t)
	s := memstore.New()
	o := Options{KCSFiles: files, MaxRows: 5000, OutDir: t.TempDir(), Seed: 1, Resolve: testResolve}
	m, gt, sum := loadWorld(t, o, s)
	checkWorld(t, m, gt, sum, s.Node, s.AllEdges())
	t.Logf("counts %+v; stats %+v", m.Counts, s.Stats())
}

func TestGroundTruthLoadsEmbedded(t *testing.T) {
	files := fixtureKCS(t, t.TempDir())
	st := openEmbedded(t)
	m, gt, sum := loadWorld(t, smallOptions(files, t.TempDir()), st)
	ctx := context.Background()
	var edges []graph.Edge
	if err := st.ScanEdges(ctx, []graph.RelKind{graph.RelInvolvedIn}, func(e graph.Edge) error {
		edges = append(edges, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	node := func(k graph.Key) (graph.Node, bool) {
		n, err := st.Node(ctx, k)
		return n, err == nil
	}
	checkWorld(t, m, gt, sum, node, edges)
}

// TestMisdeclaredGroundTruth checks that the demo declarations carry goods
// descriptions and that the planted misdeclarations are listed.
func TestMisdeclaredGroundTruth(t *testing.T) {
	files := DefaultKCSFiles(filepath.Join("..", "..", DefaultDataDir))
	if _, err := os.Stat(files[0]); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	o := Options{KCSFiles: files, MaxRows: 2000, OutDir: t.TempDir(), Seed: 5, Resolve: testResolve}
	m, err := Generate(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(m.GroundTruth)
	if err != nil {
		t.Fatal(err)
	}
	var gt GroundTruth
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	if n := len(gt.HSMisdeclared); n < 20 || n > 200 {
		t.Errorf("%d misdeclarations over 4000 rows, want about 2%%", n)
	}
	for _, x := range gt.HSMisdeclared {
		if x.DeclaredCode[:4] == x.DescribedCode[:4] || x.Description == "" || !strings.HasPrefix(x.Declaration, "Declaration:") {
			t.Errorf("bad misdeclaration %+v", x)
		}
	}
	f, err := os.Open(m.Files[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	last := len(recs[0]) - 1
	if recs[0][last] != "Description" {
		t.Fatalf("last column %q, want Description", recs[0][last])
	}
	for i, r := range recs[1:] {
		if r[last] == "" {
			t.Fatalf("row %d has no description", i+2)
		}
	}
}
