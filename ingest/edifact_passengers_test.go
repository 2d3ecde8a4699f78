package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/borderlens/borderlens/ingest/edifact"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// edifactOptions are the Load options of the EDIFACT tests.
func edifactOptions() Options {
	return Options{
		Resolve:     resolve.Options{CallingCode: "1", CardKey: []byte("edifact-test-card-key-0123456789")},
		KeepRejects: 100,
	}
}

func openEDIFACTStore(t *testing.T) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(context.Background(), filepath.Join(t.TempDir(), "g.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// edifactSamples lists the shipped GTAS samples of a parser package.
func edifactSamples(t *testing.T, pkg string) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"*.edi", "*.txt"} {
		m, err := filepath.Glob(filepath.Join(pkg, "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range m {
			if b := filepath.Base(p); b == "README.md" || strings.HasPrefix(b, "GTAS-LICENSE") {
				continue
			}
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no samples under %s/testdata", pkg)
	}
	return out
}

func countKind(t *testing.T, s *embedded.Store, k graph.Kind) int {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Nodes[k]
}

// noPassengerSamples are the samples without a passenger (none so far).
var noPassengerSamples = map[string]bool{}

func TestEDIFACTSamplesLoad(t *testing.T) {
	for _, pkg := range []string{"paxlst", "pnrgov"} {
		for _, path := range edifactSamples(t, pkg) {
			t.Run(pkg+"/"+filepath.Base(path), func(t *testing.T) {
				s := openEDIFACTStore(t)
				sum, err := Load(context.Background(), s, []File{{Path: path}}, edifactOptions())
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				f := sum.Files[0]
				if want := Format(pkg); f.Format != want {
					t.Errorf("format = %s, want %s", f.Format, want)
				}
				for _, r := range f.Rejects {
					t.Logf("reject: %v", r)
					if r.Line <= 0 || r.File != path {
						t.Errorf("reject without file or line: %+v", r)
					}
				}
				if !noPassengerSamples[filepath.Base(path)] && (f.Loaded == 0 || countKind(t, s, graph.KindPassenger) == 0) {
					t.Errorf("loaded %d records (rejected %d), want some passengers", f.Loaded, f.Rejected)
				}
			})
		}
	}
}

func TestEDIFACTSampleExpectations(t *testing.T) {
	ctx := context.Background()
	t.Run("2 PNRs", func(t *testing.T) {
		s := openEDIFACTStore(t)
		sum := mustLoad(t, s, edifactOptions(), File{Path: "pnrgov/testdata/loader__2_pnrs_basic.edi"})
		if sum.Loaded != 2 || sum.Rejected != 0 {
			t.Errorf("loaded %d rejected %d, want 2 and 0", sum.Loaded, sum.Rejected)
		}
		if n := countKind(t, s, graph.KindBooking); n != 2 {
			t.Errorf("%d Booking nodes, want 2", n)
		}
		if n := countKind(t, s, graph.KindPassenger); n != 4 {
			t.Errorf("%d Passenger nodes, want 4", n)
		}
	})
	t.Run("multi-leg API", func(t *testing.T) {
		s := openEDIFACTStore(t)
		mustLoad(t, s, edifactOptions(), File{Path: "paxlst/testdata/loader__multiple_flight_leg_apis.txt"})
		if n := countKind(t, s, graph.KindFlight); n < 2 {
			t.Errorf("%d Flight nodes, want more than one", n)
		}
		if n := countKind(t, s, graph.KindBooking); n != 0 {
			t.Errorf("%d Booking nodes from an API manifest, want 0", n)
		}
	})
	t.Run("infant", func(t *testing.T) {
		s := openEDIFACTStore(t)
		mustLoad(t, s, edifactOptions(), File{Path: "pnrgov/testdata/loader__infant.edi"})
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Nodes[graph.KindPassenger] != 2 || st.Edges[graph.RelTravelsWith] != 1 {
			t.Errorf("passengers %d, TRAVELS_WITH %d; want 2 and 1", st.Nodes[graph.KindPassenger], st.Edges[graph.RelTravelsWith])
		}
	})
	t.Run("reload", func(t *testing.T) {
		files := []File{}
		for _, pkg := range []string{"paxlst", "pnrgov"} {
			for _, p := range edifactSamples(t, pkg) {
				files = append(files, File{Path: p})
			}
		}
		s := openEDIFACTStore(t)
		first := mustLoad(t, s, edifactOptions(), files...)
		before, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		second := mustLoad(t, s, edifactOptions(), files...)
		after, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(before, after) {
			t.Errorf("second load changed the stats:\n%v\n%v", before, after)
		}
		if first.Loaded != second.Loaded || first.Rejected != second.Rejected {
			t.Errorf("loads differ: %d/%d then %d/%d", first.Loaded, first.Rejected, second.Loaded, second.Rejected)
		}
		if before.Nodes[graph.KindPaymentCard] == 0 {
			t.Error("no PaymentCard from the PNRGOV forms of payment")
		}
	})
}

const (
	tinyPAXLST = "UNA:+.? '\n" +
		"UNB+UNOA:4+AIR1+USCBP+200301:1200+1'\n" +
		"UNH+1+PAXLST:D:05B:UN:IATA'\n" +
		"BGM+745'\n" +
		"TDT+20+AA100+++AA'\n" +
		"LOC+125+JFK'\n" +
		"DTM+189:2003151000:201'\n" +
		"LOC+87+LHR'\n" +
		"DTM+232:2003151400:201'\n" +
		"NAD+FL+++DOE:JANE'\n" +
		"ATT+2++F'\n" +
		"DTM+329:800102'\n" +
		"NAT+2+USA'\n" +
		"DOC+P:110:111+123456789'\n" +
		"DTM+36:300101'\n" +
		"LOC+91+USA'\n" +
		"CNT+42:1'\n" +
		"UNT+16+1'\n" +
		"UNZ+1+1'\n"
	tinyPNRGOV = "UNA:+.? '\n" +
		"UNB+IATA:1+AA+USCBP+200301:1200+1'\n" +
		"UNH+1+PNRGOV:11:1:IA+X'\n" +
		"MSG+:22'\n" +
		"ORG+AA:DFW'\n" +
		"TVL+150320:1000:150320:1400+JFK+LHR+AA+100'\n" +
		"EQN+1'\n" +
		"SRC'\n" +
		"RCI+AA:ABC123::010320:0900'\n" +
		"TIF+DOE+JANE MS:A:1'\n" +
		"SSR+DOCS:HK:1:AA:::::/P/USA/123456789/USA/02JAN80/F/01JAN30/DOE/JANE'\n" +
		"TKT+0012345678901:T:1'\n" +
		"FOP+CC:::VI:XXXXXXXXXXXX1111:0325'\n" +
		"TVL+150320:1000:150320:1400+JFK+LHR+AA+100'\n" +
		"UNT+14+1'\n" +
		"UNZ+1+1'\n"
)

func writeTemp(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// The same traveller in an API manifest and a PNR lands on one Passenger
// node, travelling on one Flight, holding one Document.
func TestEDIFACTSamePersonAcrossFormats(t *testing.T) {
	ctx := context.Background()
	s := openEDIFACTStore(t)
	sum := mustLoad(t, s, edifactOptions(),
		File{Path: writeTemp(t, "api.edi", tinyPAXLST)},
		File{Path: writeTemp(t, "pnr.edi", tinyPNRGOV)})
	if sum.Loaded != 2 || sum.Rejected != 0 {
		t.Fatalf("loaded %d rejected %d, want 2 and 0: %v %v", sum.Loaded, sum.Rejected, sum.Files[0].Rejects, sum.Files[1].Rejects)
	}
	if sum.Files[0].Format != FormatPAXLST || sum.Files[1].Format != FormatPNRGOV {
		t.Errorf("formats %s, %s", sum.Files[0].Format, sum.Files[1].Format)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[graph.Kind]int{
		graph.KindPassenger: 1, graph.KindFlight: 1, graph.KindDocument: 1,
		graph.KindBooking: 1, graph.KindPaymentCard: 1,
	} {
		if st.Nodes[k] != want {
			t.Errorf("%d %s nodes, want %d (stats %v)", st.Nodes[k], k, want, st.Nodes)
		}
	}
	if st.Edges[graph.RelTravelledOn] != 1 {
		t.Errorf("%d TRAVELLED_ON, want 1", st.Edges[graph.RelTravelledOn])
	}
	err = s.ScanNodes(ctx, []graph.Kind{graph.KindPaymentCard}, func(n graph.Node) error {
		if !n.Props.Bool("weakIdentity") || n.Props["last4"] != "1111" {
			t.Errorf("card %+v, want a weak identity ending 1111", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A record that does not map is rejected at its line, naming the segment;
// the others load.
func TestEDIFACTRejects(t *testing.T) {
	// The second person has neither a date of birth nor a document.
	two := strings.Replace(tinyPAXLST, "CNT+42:1'", "NAD+FL+++ROE:RICHARD'\nCNT+42:2'", 1)
	two = strings.Replace(two, "UNT+16+1'", "UNT+17+1'", 1)
	sum, err := Load(context.Background(), openEDIFACTStore(t), []File{{Path: writeTemp(t, "api.edi", two)}}, edifactOptions())
	if err != nil {
		t.Fatal(err)
	}
	f := sum.Files[0]
	if f.Loaded != 1 || f.Rejected != 1 {
		t.Fatalf("loaded %d rejected %d, want 1 and 1: %v", f.Loaded, f.Rejected, f.Rejects)
	}
	r := f.Rejects[0]
	if r.Line != 17 || r.Field != "NAD passengers[0].date_of_birth" {
		t.Errorf("reject %+v, want line 17 field NAD passengers[0].date_of_birth", r)
	}
}

// A fatal parser error is a last reject at the line it names; the
// records before it are kept and Load goes on with the next file.
func TestEDIFACTFatalError(t *testing.T) {
	truncated := tinyPNRGOV[:strings.Index(tinyPNRGOV, "UNT+")] + "SRC'\nRCI+AA:XYZ789'\n"
	s := openEDIFACTStore(t)
	sum, err := Load(context.Background(), s, []File{
		{Path: writeTemp(t, "pnr.edi", truncated)},
		{Path: writeTemp(t, "api.edi", tinyPAXLST)},
	}, edifactOptions())
	if err != nil {
		t.Fatal(err)
	}
	f := sum.Files[0]
	if f.Rejected == 0 || f.Rejects[len(f.Rejects)-1].Line != 17 || !errors.Is(f.Rejects[len(f.Rejects)-1], edifact.ErrTruncated) {
		t.Errorf("rejects %v, want the fatal error with its line", f.Rejects)
	}
	if sum.Files[1].Loaded != 1 {
		t.Errorf("next file loaded %d, want 1", sum.Files[1].Loaded)
	}
}
