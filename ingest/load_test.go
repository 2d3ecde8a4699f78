package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/internal/memstore"
)

func TestLoadGolden(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		format Format // the format auto detection must find
	}{
		{"kcs", "declarations_kcs.csv", FormatKCS},
		{"bacuda", "declarations_bacuda.csv", FormatBACUDA},
		{"traders-csv", "traders.csv", FormatTradersCSV},
		{"traders-json", "traders.json", FormatTradersJSON},
		{"passengers-csv", "passengers.csv", FormatPassengersCSV},
		{"passengers-json", "passengers.json", FormatPassengersJSON},
		{"seizures-csv", "seizures.csv", FormatSeizuresCSV},
		{"seizures-json", "seizures.json", FormatSeizuresJSON},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := memstore.New()
			opts := testOptions(t)
			opts.BatchSize = 2
			sum := mustLoad(t, s, opts, File{Path: filepath.Join("testdata", tc.file)})
			if got := sum.Files[0].Format; got != tc.format {
				t.Errorf("detected format %s, want %s", got, tc.format)
			}
			if sum.Loaded == 0 {
				t.Errorf("loaded 0 records, want some")
			}
			checkGolden(t, tc.name+".txt", report(sum, s))
		})
	}
}

func TestParseErrorNamesFileLineField(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		line  int
		field string
		want  string // substring of the reason
	}{
		{"kcs number", "declarations_kcs.csv", 5, "Tax Rate", "not a number"},
		{"kcs date", "declarations_kcs.csv", 6, "Date", "date must be"},
		{"kcs width", "declarations_kcs.csv", 7, "", "row has 10 fields, header has 22"},
		{"kcs negative", "declarations_kcs.csv", 8, "Net Mass", "must not be negative"},
		{"kcs critical without fraud", "declarations_kcs.csv", 9, "Critical Fraud", "critical fraud set"},
		{"bacuda flag", "declarations_bacuda.csv", 4, "illicit", "must be 0 or 1"},
		{"traders phone", "traders.csv", 5, "phone", "7 to 15 digits"},
		{"traders role", "traders.csv", 6, "roles", "role must be one of"},
		{"traders email", "traders.csv", 7, "email", "not an e-mail address"},
		{"traders id", "traders.csv", 8, "id", "empty value"},
		{"traders json unknown field", "traders.json", 6, "phone", "unknown field"},
		{"traders json type", "traders.json", 7, "roles", "want a JSON []string"},
		{"traders json country", "traders.json", 8, "country", "not an ISO 3166"},
		{"passengers phone", "passengers.json", 27, "passengers[0].phones[0]", "digits and separators"},
		{"passengers card", "passengers.json", 28, "payments[0].number", "Luhn"},
		{"passengers none", "passengers.json", 29, "passengers", "at least one passenger"},
		{"passengers identity", "passengers.json", 30, "passengers[0].date_of_birth", "date of birth, a document"},
		{"passengers leg", "passengers.json", 31, "legs[0].destination", "equals origin"},
		{"passengers unknown", "passengers.json", 32, "dob", "unknown field"},
		{"passengers csv dob", "passengers.csv", 5, "date_of_birth", "YYYY-MM-DD"},
		{"passengers csv card", "passengers.csv", 6, "card_expiry", "needs its expiry"},
		{"seizures outcome", "seizures.csv", 6, "outcome", "needs an outcome"},
		{"seizures passenger ref", "seizures.csv", 7, "involved[0]", "name/YYYY-MM-DD"},
		{"seizures kind of ref", "seizures.csv", 8, "involved[0]", "cannot be involved"},
		{"seizures nobody", "seizures.csv", 9, "involved", "at least one involved"},
		{"seizures date", "seizures.csv", 10, "date", "YYYY-MM-DD"},
		{"seizures json card", "seizures.json", 5, "involved[0]", "Luhn"},
		{"seizures json type", "seizures.json", 6, "involved", "want a JSON []string"},
	}
	cache := map[string]Summary{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sum, ok := cache[tc.file]
			if !ok {
				opts := testOptions(t)
				opts.KeepRejects = 100
				sum = mustLoad(t, memstore.New(), opts, File{Path: filepath.Join("testdata", tc.file)})
				cache[tc.file] = sum
			}
			var found *ParseError
			for _, r := range sum.Files[0].Rejects {
				if r.Line == tc.line {
					found = r
				}
			}
			if found == nil {
				t.Fatalf("no reject at line %d; rejects: %v", tc.line, sum.Files[0].Rejects)
			}
			if found.File != filepath.Join("testdata", tc.file) {
				t.Errorf("File = %q, want %q", found.File, filepath.Join("testdata", tc.file))
			}
			if found.Field != tc.field {
				t.Errorf("Field = %q, want %q (%v)", found.Field, tc.field, found)
			}
			if !strings.Contains(found.Error(), tc.want) {
				t.Errorf("Error() = %q, want it to contain %q", found.Error(), tc.want)
			}
			prefix := "ingest " + found.File + " line "
			if !strings.HasPrefix(found.Error(), prefix) {
				t.Errorf("Error() = %q, want prefix %q", found.Error(), prefix)
			}
		})
	}
}

func TestParseErrorFormat(t *testing.T) {
	inner := errors.New("not a number")
	e := &ParseError{File: "a.csv", Line: 3, Field: "Net Mass", Value: "abc", Err: inner}
	if got, want := e.Error(), "ingest a.csv line 3 field Net Mass: not a number"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, inner) {
		t.Error("errors.Is(e, inner) = false, want true")
	}
	if got, want := (&ParseError{File: "b.json", Err: ErrUTF16}).Error(), "ingest b.json: "+ErrUTF16.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if strings.Contains(e.Error(), "abc") {
		t.Error("Error() contains the value, want it left out")
	}
}

func TestRejectFile(t *testing.T) {
	opts := testOptions(t)
	sum := mustLoad(t, memstore.New(), opts, File{Path: "testdata/traders.csv"})
	fs := sum.Files[0]
	if fs.RejectPath != filepath.Join(opts.StateDir, "traders.csv.rejects.jsonl") {
		t.Fatalf("RejectPath = %q, want traders.csv.rejects.jsonl in the state dir", fs.RejectPath)
	}
	f, err := os.Open(fs.RejectPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []RejectLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l RejectLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("reject line %q: %v", sc.Text(), err)
		}
		lines = append(lines, l)
	}
	if len(lines) != fs.Rejected || len(lines) != 4 {
		t.Fatalf("got %d reject lines, summary says %d, want 4", len(lines), fs.Rejected)
	}
	want := RejectLine{File: "testdata/traders.csv", Format: FormatTradersCSV, Line: 5, Field: "phone", Value: "02-55",
		Reason: "phone number must have 7 to 15 digits with the country code (E.164)"}
	if lines[0] != want {
		t.Errorf("first reject line = %+v, want %+v", lines[0], want)
	}

	// With tiny batches, rejects are written out as they pile up; none is
	// lost or doubled.
	opts = testOptions(t)
	opts.BatchSize = 1
	sum = mustLoad(t, memstore.New(), opts, File{Path: "testdata/traders.csv"})
	b, _ := os.ReadFile(sum.Files[0].RejectPath)
	if n := bytes.Count(b, []byte("\n")); n != 4 {
		t.Errorf("reject file has %d lines with batch size 1, want 4", n)
	}

	// A shared RejectPath collects every file's rejects, and is written
	// even in a dry run.
	shared := filepath.Join(t.TempDir(), "all.jsonl")
	opts = Options{Resolve: testResolve, RejectPath: shared, DryRun: true}
	sum, err = Load(context.Background(), nil, []File{{Path: "testdata/traders.csv"}, {Path: "testdata/seizures.csv"}}, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(shared)
	if n := bytes.Count(b, []byte("\n")); n != sum.Rejected || n == 0 {
		t.Errorf("shared reject file has %d lines, want %d", n, sum.Rejected)
	}
}

func TestCardNumbersNeverStored(t *testing.T) {
	s := memstore.New()
	opts := testOptions(t)
	mustLoad(t, s, opts, File{Path: "testdata/passengers.json"}, File{Path: "testdata/passengers.csv"})
	dump := s.Dump()
	if strings.Contains(dump, "4111111111111111") || strings.Contains(dump, "4111 1111 1111 1111") {
		t.Error("graph holds a full card number")
	}
	b, _ := os.ReadFile(filepath.Join(opts.StateDir, "passengers.json.rejects.jsonl"))
	if bytes.Contains(b, []byte("411111111111")) {
		t.Errorf("reject file holds a card number: %s", b)
	}
	var cards int
	for _, n := range s.AllNodes() {
		if n.Key.Kind == graph.KindPaymentCard {
			cards++
		}
	}
	if cards != 2 {
		t.Errorf("got %d card nodes, want 2 (one masked, one hashed PAN)", cards)
	}
}

func TestLoadIdempotent(t *testing.T) {
	files := []File{
		{Path: "testdata/declarations_kcs.csv"}, {Path: "testdata/traders.csv"}, {Path: "testdata/traders.json"},
		{Path: "testdata/passengers.json"}, {Path: "testdata/passengers.csv"}, {Path: "testdata/seizures.csv"},
		{Path: "testdata/seizures.json"}, {Path: "testdata/declarations_bacuda.csv"},
	}
	t.Run("memstore", func(t *testing.T) {
		s := memstore.New()
		mustLoad(t, s, testOptions(t), files...)
		first := s.Dump()
		mustLoad(t, s, testOptions(t), files...)
		if got := s.Dump(); got != first {
			t.Errorf("second load changed the graph:\n%s", diffLines(first, got))
		}
		// A file loaded again on its own, after the others, changes
		// nothing either: accumulated properties are reconciled.
		mustLoad(t, s, testOptions(t), File{Path: "testdata/traders.json"})
		mustLoad(t, s, testOptions(t), File{Path: "testdata/seizures.json"})
		if got := s.Dump(); got != first {
			t.Errorf("reloading one file changed the graph:\n%s", diffLines(first, got))
		}
	})
	t.Run("embedded", func(t *testing.T) {
		st := openEmbedded(t)
		ctx := context.Background()
		mustLoad(t, st, testOptions(t), files...)
		before, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		mustLoad(t, st, testOptions(t), files...)
		after, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if before.NodeCount() != after.NodeCount() || before.EdgeCount() != after.EdgeCount() {
			t.Errorf("counts changed: got %d nodes %d edges, want %d and %d",
				after.NodeCount(), after.EdgeCount(), before.NodeCount(), before.EdgeCount())
		}
		tr, err := st.Node(ctx, graph.NewKey(graph.KindTrader, "IMP0002"))
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Props["roles"]; strings.Join(got.([]string), ",") != "declarant,importer" {
			t.Errorf("roles of IMP0002 = %v, want [declarant importer]", got)
		}
	})
}

func TestAccumulatedProperties(t *testing.T) {
	s := memstore.New()
	mustLoad(t, s, testOptions(t), File{Path: "testdata/declarations_kcs.csv"})
	mustLoad(t, s, testOptions(t), File{Path: "testdata/traders.csv"})
	// IMP0002 is an importer on declarations and importer+declarant in
	// the traders file: the union stays.
	n, _ := s.Node(graph.NewKey(graph.KindTrader, "IMP0002"))
	if got := strings.Join(n.Props["roles"].([]string), ","); got != "declarant,importer" {
		t.Errorf("roles = %s, want declarant,importer", got)
	}
	// IMP0004 is importer and declarant of one declaration.
	n, _ = s.Node(graph.NewKey(graph.KindTrader, "IMP0004"))
	if got := strings.Join(n.Props["roles"].([]string), ","); got != "declarant,importer" {
		t.Errorf("IMP0004 roles = %s, want declarant,importer", got)
	}
	// Two traders write the same phone differently: one node, the first
	// raw form kept.
	p, ok := s.Node(graph.PhoneKey("+8225550101"))
	if !ok || p.Props["raw"] != "02-555-0101" {
		t.Errorf("phone node = %+v, want raw 02-555-0101", p)
	}
	// IMP0003 is named by seizures of 2021-02-03 and (earlier)
	// 2021-01-15: the earliest stays, whatever the order.
	mustLoad(t, s, testOptions(t), File{Path: "testdata/seizures.csv"})
	mustLoad(t, s, testOptions(t), File{Path: "testdata/seizures.json"})
	n, _ = s.Node(graph.NewKey(graph.KindTrader, "IMP0003"))
	if n.Props[graph.PropKnownSmugglerSince] != "2021-01-15" || n.Props[graph.PropKnownSmugglerSource] != "SZ-2021-0002" {
		t.Errorf("IMP0003 marking = %v / %v, want 2021-01-15 / SZ-2021-0002",
			n.Props[graph.PropKnownSmugglerSince], n.Props[graph.PropKnownSmugglerSource])
	}
	// A negative investigation marks nobody.
	n, _ = s.Node(graph.NewKey(graph.KindTrader, "IMP0001"))
	if n.Props.Bool(graph.PropKnownSmuggler) {
		t.Error("IMP0001 cleared by a negative investigation is marked a known smuggler")
	}
	inv, _ := s.Node(graph.NewKey(graph.KindSeizure, "INV-78"))
	if subj, _ := inv.Props["subjects"].([]string); len(subj) != 2 {
		t.Errorf("INV-78 subjects = %v, want 2 keys", inv.Props["subjects"])
	}
	for _, e := range s.AllEdges() {
		if e.Kind == graph.RelInvolvedIn && e.To.ID == "INV-78" {
			t.Errorf("negative investigation has an INVOLVED_IN edge %s", e.ID())
		}
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	s := memstore.New()
	opts := testOptions(t)
	opts.DryRun = true
	sum := mustLoad(t, s, opts, File{Path: "testdata/declarations_kcs.csv"}, File{Path: "testdata/passengers.json"})
	if s.Upserts() != 0 || len(s.AllNodes()) != 0 {
		t.Errorf("dry run made %d upserts and %d nodes, want none", s.Upserts(), len(s.AllNodes()))
	}
	if sum.Loaded == 0 || sum.Rejected == 0 || sum.Batches == 0 {
		t.Errorf("dry run summary %+v: want loaded, rejected and batches counted", sum)
	}
	entries, _ := os.ReadDir(opts.StateDir)
	if len(entries) != 0 {
		t.Errorf("dry run wrote %d files in the state dir, want none", len(entries))
	}
	// The nil Writer is allowed in a dry run only.
	if _, err := Load(context.Background(), nil, []File{{Path: "testdata/traders.csv"}}, Options{Resolve: testResolve}); err == nil {
		t.Error("Load with a nil Writer and no dry run: got nil error, want one")
	}
}

// writeKCS writes a KCS CSV of n valid rows.
func writeKCS(t testing.TB, path string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud\n")
	for i := 0; i < n; i++ {
		b.WriteString(strings.Join([]string{
			itoa(20000000 + i), "2020-02-01", itoa(10 + i%7), "B", "11", "21", "11", "40",
			"D" + itoa(i%13), "I" + itoa(i%101), "S" + itoa(i%37), "", "392690", "CN", "CN", "8.0", "A", "Y", "10.5", "1000", "0", "0",
		}, ","))
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(i)) }

func fmtInt(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

func TestResumeSkipsCommittedBatches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "decl.csv")
	writeKCS(t, path, 1000)
	opts := testOptions(t)
	opts.BatchSize = 100

	// The 4th batch fails: batches 1-3 (300 records) are committed and
	// checkpointed.
	s := memstore.New()
	s.FailAt = 4
	sum, err := Load(context.Background(), s, []File{{Path: path}}, opts)
	if err == nil || graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("got %v, want the injected EUNAVAILABLE failure", err)
	}
	if sum.Loaded != 300 || sum.Batches != 3 {
		t.Fatalf("first run loaded %d records in %d batches, want 300 in 3", sum.Loaded, sum.Batches)
	}

	s.FailAt = 0
	opts.Resume = true
	sum = mustLoad(t, s, opts, File{Path: path})
	if sum.Skipped != 300 || sum.Loaded != 700 || sum.Batches != 7 {
		t.Errorf("resume: skipped %d loaded %d in %d batches, want 300, 700, 7", sum.Skipped, sum.Loaded, sum.Batches)
	}
	if got := s.Stats().Nodes[graph.KindDeclaration]; got != 1000 {
		t.Errorf("got %d declarations, want 1000", got)
	}
	// Once complete, a resumed load reads nothing.
	upserts := s.Upserts()
	sum = mustLoad(t, s, opts, File{Path: path})
	if sum.Skipped != 1000 || sum.Loaded != 0 || s.Upserts() != upserts {
		t.Errorf("complete resume: skipped %d loaded %d, %d new upserts; want 1000, 0, 0", sum.Skipped, sum.Loaded, s.Upserts()-upserts)
	}
	// A changed file is loaded again from the start.
	writeKCS(t, path, 1001)
	sum = mustLoad(t, s, opts, File{Path: path})
	if sum.Skipped != 0 || sum.Loaded != 1001 {
		t.Errorf("changed file: skipped %d loaded %d, want 0 and 1001", sum.Skipped, sum.Loaded)
	}
}

func TestResumeNeedsStateDir(t *testing.T) {
	_, err := Load(context.Background(), memstore.New(), nil, Options{Resume: true})
	if err == nil {
		t.Error("Resume without StateDir: got nil error, want one")
	}
}

func TestCancelBetweenBatches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "decl.csv")
	writeKCS(t, path, 500)
	ctx, cancel := context.WithCancel(context.Background())
	w := &cancelAfter{Store: memstore.New(), n: 2, cancel: cancel}
	opts := testOptions(t)
	opts.BatchSize = 100
	sum, err := Load(ctx, w, []File{{Path: path}}, opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if sum.Batches != 2 || w.Upserts() != 2 {
		t.Errorf("committed %d batches (%d upserts), want 2", sum.Batches, w.Upserts())
	}
}

// cancelAfter cancels the context after n upserts.
type cancelAfter struct {
	*memstore.Store
	n      int
	cancel func()
}

func (c *cancelAfter) Upsert(ctx context.Context, b graph.Batch) error {
	err := c.Store.Upsert(ctx, b)
	if c.Store.Upserts() >= c.n {
		c.cancel()
	}
	return err
}

func TestHugeLineFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString("id,name,country\nT1,Fine,KR\nT2,")
	chunk := bytes.Repeat([]byte("A"), 1<<20)
	for i := 0; i < 50; i++ {
		w.Write(chunk)
	}
	w.WriteString(",KR\nT3,After,KR\n")
	w.Flush()
	f.Close()

	start := time.Now()
	s := memstore.New()
	sum, err := Load(context.Background(), s, []File{{Path: path}}, testOptions(t))
	if !errors.Is(err, ErrLineTooLong) {
		t.Fatalf("got %v, want ErrLineTooLong", err)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || pe.File != path {
		t.Errorf("got %#v, want a ParseError at line 3 of %s", pe, path)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v, want a fast failure", d)
	}
	if sum.Loaded != 1 {
		t.Errorf("loaded %d records, want the 1 good record before the long line", sum.Loaded)
	}

	// A JSON record of 50 MB on one line fails the same way.
	path = filepath.Join(t.TempDir(), "huge.json")
	big := `[{"id":"T1","name":"` + strings.Repeat("B", 50<<20) + `"}]`
	if err := os.WriteFile(path, []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	_, err = Load(context.Background(), memstore.New(), []File{{Path: path, Format: FormatTradersJSON}}, testOptions(t))
	if !errors.Is(err, ErrRecordTooLarge) {
		t.Fatalf("got %v, want ErrRecordTooLarge", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v, want a fast failure", d)
	}
}

func TestEncodings(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	utf16 := []byte{0xFF, 0xFE, 'i', 0, 'd', 0, ',', 0, 'n', 0}
	tests := []struct {
		name     string
		path     string
		format   Format
		fatal    error
		loaded   int
		rejected int
		field    string
	}{
		{"utf8 bom stripped", write("bom.csv", append([]byte{0xEF, 0xBB, 0xBF}, "id,name\nT1,Alpha\n"...)), FormatAuto, nil, 1, 0, ""},
		{"utf16 bom auto", write("u16.csv", utf16), FormatAuto, ErrUTF16, 0, 0, ""},
		{"utf16 bom explicit", write("u16b.csv", utf16), FormatTradersCSV, ErrUTF16, 0, 0, ""},
		{"utf16 without bom", write("u16nobom.csv", []byte{'i', 0, 'd', 0, ',', 0, 'n', 0, 'a', 0, '\n', 0}), FormatAuto, ErrBinary, 0, 0, ""},
		{"invalid utf8 row", write("latin1.csv", []byte("id,name\nT1,Caf\xe9\nT2,Ok\n")), FormatAuto, nil, 1, 1, "name"},
		{"nul in row", write("nul.csv", []byte("id,name\nT1,A\x00B\nT2,Ok\n")), FormatAuto, nil, 1, 1, "name"},
		{"invalid utf8 json", write("latin1.json", []byte("[{\"id\":\"T1\",\"name\":\"Caf\xe9\"},{\"id\":\"T2\",\"name\":\"Ok\"}]")), FormatTradersJSON, nil, 1, 1, ""},
		{"escaped nul json", write("nul.json", []byte(`[{"id":"T1","name":"A\u0000B"},{"id":"T2","name":"Ok"}]`)), FormatTradersJSON, nil, 1, 1, ""},
		{"broken json", write("broken.json", []byte(`[{"id":"T1","name":"A"}, {"id": ]`)), FormatTradersJSON, nil, 1, 0, ""},
		{"empty csv", write("empty.csv", nil), FormatTradersCSV, nil, 0, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := testOptions(t)
			sum, err := Load(context.Background(), memstore.New(), []File{{Path: tc.path, Format: tc.format}}, opts)
			if tc.name == "broken json" {
				var pe *ParseError
				if !errors.As(err, &pe) || !strings.Contains(err.Error(), "malformed JSON") {
					t.Fatalf("got %v, want a malformed JSON ParseError", err)
				}
			} else if tc.fatal != nil {
				if !errors.Is(err, tc.fatal) {
					t.Fatalf("got %v, want %v", err, tc.fatal)
				}
				return
			} else if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if sum.Loaded != tc.loaded || sum.Rejected != tc.rejected {
				t.Errorf("loaded %d rejected %d, want %d and %d", sum.Loaded, sum.Rejected, tc.loaded, tc.rejected)
			}
			if tc.rejected > 0 && sum.Files[0].Rejects[0].Field != tc.field {
				t.Errorf("reject field %q, want %q", sum.Files[0].Rejects[0].Field, tc.field)
			}
		})
	}
}

func TestMaxRejects(t *testing.T) {
	opts := testOptions(t)
	opts.MaxRejects = 2
	_, err := Load(context.Background(), memstore.New(), []File{{Path: "testdata/traders.csv"}}, opts)
	if !errors.Is(err, ErrTooManyRejects) {
		t.Errorf("got %v, want ErrTooManyRejects", err)
	}
}

func TestNoCardKeyIsFatal(t *testing.T) {
	opts := testOptions(t)
	opts.Resolve.CardKey = nil
	_, err := Load(context.Background(), memstore.New(), []File{{Path: "testdata/passengers.json"}}, opts)
	var pe *ParseError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "no card key") {
		t.Errorf("got %v, want a fatal ParseError about the card key", err)
	}
}

func TestLogHasNoPersonalData(t *testing.T) {
	var buf bytes.Buffer
	opts := testOptions(t)
	opts.Log = zerologTo(&buf)
	mustLoad(t, memstore.New(), opts, File{Path: "testdata/passengers.json"}, File{Path: "testdata/seizures.csv"})
	logs := buf.String()
	if logs == "" {
		t.Fatal("no log lines, want some")
	}
	// Counts and rates are not personal data; drop them so a rate such
	// as 222.4022857 cannot look like a card's last four digits.
	logs = regexp.MustCompile(`:-?[0-9][0-9.eE+-]*`).ReplaceAllString(logs, ":0")
	for _, pii := range []string{"KIM", "MINJUN", "M12345678", "1234-5678", "example.kr", "4242", "SMITH"} {
		if strings.Contains(strings.ToUpper(logs), strings.ToUpper(pii)) {
			t.Errorf("logs contain %q:\n%s", pii, logs)
		}
	}
}
