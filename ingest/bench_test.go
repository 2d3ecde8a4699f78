package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/internal/memstore"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/ingest/synth"
)

var benchResolve = resolve.Options{CallingCode: "82", CardKey: []byte("bench-card-key-not-for-production")}

var (
	benchOnce     sync.Once
	benchDir      string
	benchManifest synth.Manifest
	benchErr      error
)

// TestMain removes the bench fixture after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchWorld generates, once per test binary, the bench fixture: the
// demo world over the first 20000 rows of the shared KCS training file
// (a generated KCS file when the shared data is absent), 3000 traders,
// 4000 travellers.
func benchWorld(b *testing.B) synth.Manifest {
	b.Helper()
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ingest-bench")
		if err != nil {
			benchErr = err
			return
		}
		benchDir = dir
		files := synth.DefaultKCSFiles(filepath.Join("..", synth.DefaultDataDir))[:1]
		if _, err := os.Stat(files[0]); err != nil {
			files = []string{filepath.Join(dir, "kcs.csv")}
			writeBenchKCS(files[0], 20000)
		}
		benchManifest, benchErr = synth.Generate(context.Background(), synth.Options{
			KCSFiles: files, MaxRows: 20000, OutDir: filepath.Join(dir, "world"), Seed: 1, Resolve: benchResolve,
		})
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchManifest
}

func writeBenchKCS(path string, n int) {
	f, _ := os.Create(path)
	defer f.Close()
	f.WriteString("Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud\n")
	for i := 0; i < n; i++ {
		f.WriteString(itoa(40000000+i) + ",2020-05-01,40,B,11,21,11,40,D" + itoa(i%1200) + ",I" + itoa(i%9000) + ",S" + itoa(i%7000) + ",,392690,CN,CN,8.0,A,Y,10.5,1000,0,0\n")
	}
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

// BenchmarkLoad loads each file of the bench world on its own and reports
// records per second, into the in-memory writer, into the embedded bbolt
// store (a fresh one per iteration) and as a dry run.
func BenchmarkLoad(b *testing.B) {
	m := benchWorld(b)
	for _, f := range m.Files {
		name := string(f.Format)
		b.Run(name+"/memstore", func(b *testing.B) {
			benchLoad(b, f, func(b *testing.B) ingest.Writer { return memstore.New() }, false)
		})
		b.Run(name+"/embedded", func(b *testing.B) {
			benchLoad(b, f, func(b *testing.B) ingest.Writer {
				s, err := embedded.Open(context.Background(), filepath.Join(b.TempDir(), "graph.db"), embedded.Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { s.Close() })
				return s
			}, false)
		})
		b.Run(name+"/dryrun", func(b *testing.B) {
			benchLoad(b, f, func(b *testing.B) ingest.Writer { return nil }, true)
		})
	}
}

func benchLoad(b *testing.B, f ingest.File, open func(*testing.B) ingest.Writer, dry bool) {
	var records int
	for b.Loop() {
		b.StopTimer()
		w := open(b)
		b.StartTimer()
		sum, err := ingest.Load(context.Background(), w, []ingest.File{f}, ingest.Options{Resolve: benchResolve, DryRun: dry})
		if err != nil {
			b.Fatal(err)
		}
		if sum.Rejected != 0 {
			b.Fatalf("%d records rejected", sum.Rejected)
		}
		records += sum.Loaded
	}
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
}
