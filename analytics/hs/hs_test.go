package hs

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/graph"
)

// nomPath is the shared HS 2022 nomenclature.
var nomPath = filepath.Join("..", "..", "..", "shared", "data", "harmonized-system.csv")

type fixture struct {
	nom  *Nomenclature
	cold *Model
}

var (
	fixOnce sync.Once
	fix     fixture
	fixErr  error
)

// mustFixture loads the nomenclature and trains the cold-start model once
// per test binary.
func mustFixture(tb testing.TB) fixture {
	tb.Helper()
	if _, err := os.Stat(nomPath); err != nil {
		tb.Skipf("nomenclature not available: %v", err)
	}
	fixOnce.Do(func() {
		fix.nom, fixErr = LoadNomenclature(nomPath)
		if fixErr == nil {
			fix.cold, _, fixErr = Train(context.Background(), fix.nom, nil, TrainOptions{Seed: 1})
		}
	})
	if fixErr != nil {
		tb.Fatal(fixErr)
	}
	return fix
}

func mustEval(tb testing.TB) []LabelledRow {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", "eval.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := ReadLabelled(f, "eval.csv")
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"units and quantities dropped", "Cotton T-shirts 240PCS 12 x 500 ml, 2.5kg", []string{"cotton", "tshirt"}},
		{"accents folded and translated", "Crevettes décortiquées SURGELÉES", []string{"shrimp", "peeled", "frozen"}},
		{"abbreviations", "FRZN veg w/ s/s clips", []string{"frozen", "vegetable", "stainless", "steel", "clip"}},
		{"german", "Frische Eier 10 Stück", []string{"fresh", "egg"}},
		{"english words kept", "pan with basket, files, sales", []string{"pan", "basket", "file", "sale"}},
		{"spanish plural", "Pañales desechables", []string{"diaper", "disposable"}},
		{"german compound", "Herren Lederschuhe", []string{"men", "leather", "shoe"}},
		{"stop words", "the parts of other machines", []string{"part", "machine"}},
		{"plural", "batteries knives boxes", []string{"battery", "knife", "box"}},
		{"empty", "  1234 -- ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Tokens(tc.in)); diff != "" {
				t.Errorf("Tokens(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestTyposShareCharGrams checks that a misspelt word keeps most of its
// character n-grams, which is what makes typos recoverable.
func TestTyposShareCharGrams(t *testing.T) {
	for _, tc := range []struct{ a, b string }{{"refrigerator", "refridgerator"}, {"smartphone", "smartphne"}, {"laptop", "labtop"}} {
		ka, kb := featureKeys([]string{tc.a}), featureKeys([]string{tc.b})
		shared, total := 0, 0
		for k := range ka {
			if k[0] != 'c' {
				continue
			}
			total++
			if _, ok := kb[k]; ok {
				shared++
			}
		}
		if shared*4 < total {
			t.Errorf("%s/%s share %d of %d char n-grams, want at least a quarter", tc.a, tc.b, shared, total)
		}
	}
}

func TestCleanNomenclature(t *testing.T) {
	got := Tokens(cleanNomenclature("Seats; with wooden frames, not upholstered, (excluding medical, surgical furniture)"))
	for _, w := range got {
		if w == "upholstered" || w == "medical" {
			t.Errorf("negated word %q kept: %v", w, got)
		}
	}
}

func TestParseCode(t *testing.T) {
	f := mustFixture(t)
	for _, tc := range []struct {
		name, in string
		want     Declared
		invalid  bool
	}{
		{"current", "851713", Declared{Raw: "851713", Code: "851713", Candidates: []string{"851713"}}, false},
		{"dotted national", "8517.13.00.10", Declared{Raw: "8517.13.00.10", Code: "851713", Candidates: []string{"851713"}, Flag: FlagTruncated}, false},
		{"hs2017 mapped by table", "851712", Declared{Raw: "851712", Code: "851712", Candidates: []string{"851713", "851714"}, Flag: FlagMapped}, false},
		{"hs2017 mapped by group", "940540", Declared{Raw: "940540", Code: "940540", Candidates: []string{"940541", "940542", "940549"}, Flag: FlagMapped}, false},
		{"national old edition", "8517120000", Declared{Raw: "8517120000", Code: "851712", Candidates: []string{"851713", "851714"}, Flag: FlagMapped}, false},
		{"unknown heading", "990100", Declared{Raw: "990100", Code: "990100", Flag: FlagUnknown}, false},
		{"too short", "8517", Declared{}, true},
		{"letters", "85A713", Declared{}, true},
		{"too long", "85171300001", Declared{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.nom.ParseCode(tc.in)
			if tc.invalid {
				if graph.ErrorCode(err) != graph.EINVALID {
					t.Fatalf("ParseCode(%q) error %v, want EINVALID", tc.in, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseCode(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestRecommendHierarchy(t *testing.T) {
	f := mustFixture(t)
	cs := f.cold.Recommend("frozen shrimp peeled", 5)
	if len(cs) != 5 {
		t.Fatalf("got %d candidates, want 5", len(cs))
	}
	var sum float64
	for i, c := range cs {
		if c.Heading != c.Code[:4] || c.Chapter != c.Code[:2] {
			t.Errorf("candidate %d: code %s heading %s chapter %s", i, c.Code, c.Heading, c.Chapter)
		}
		if c.HeadingProbability < c.Probability || c.ChapterProbability < c.HeadingProbability {
			t.Errorf("candidate %d: probabilities not nested: %v", i, c)
		}
		if i > 0 && c.Probability > cs[i-1].Probability {
			t.Errorf("candidate %d more likely than %d", i, i-1)
		}
		sum += c.Probability
	}
	if sum > 1+1e-9 {
		t.Errorf("probabilities sum to %v", sum)
	}
	if cs[0].Chapter != "03" {
		t.Errorf("frozen shrimp: top chapter %s, want 03", cs[0].Chapter)
	}
}

func TestModelRoundTrip(t *testing.T) {
	f := mustFixture(t)
	var buf bytes.Buffer
	if err := f.cold.Save(&buf); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	m, err := Load(bytes.NewReader(raw), "model")
	if err != nil {
		t.Fatal(err)
	}
	if m.Version() != f.cold.Version() {
		t.Errorf("version %s, want %s", m.Version(), f.cold.Version())
	}
	for _, d := range []string{"men's cotton t-shirts", "lithium ion battery pack", "vino tinto"} {
		if diff := cmp.Diff(f.cold.Recommend(d, 5), m.Recommend(d, 5)); diff != "" {
			t.Errorf("%q after reload (-want +got):\n%s", d, diff)
		}
	}
	for _, tc := range []struct {
		name   string
		mutate func([]byte) []byte
	}{
		{"wrong version", func(b []byte) []byte { b[11] = FormatVersion + 1; return b }},
		{"bad magic", func(b []byte) []byte { b[0] = 'X'; return b }},
		{"flipped payload byte", func(b []byte) []byte { b[len(b)/2] ^= 0xff; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)-40] }},
		{"empty", func(b []byte) []byte { return nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := tc.mutate(append([]byte(nil), raw...))
			_, err := Load(bytes.NewReader(bad), "bad.bin")
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("Load error %v, want EINVALID", err)
			}
		})
	}
	// The version error names both versions and the fix.
	bad := append([]byte(nil), raw...)
	bad[11] = FormatVersion + 1
	_, err = Load(bytes.NewReader(bad), "old.bin")
	if want := "retrain"; err == nil || !bytes.Contains([]byte(err.Error()), []byte(want)) {
		t.Errorf("version error %v does not say %q", err, want)
	}
}

func TestDeterministic(t *testing.T) {
	f := mustFixture(t)
	mustTrainTwiceSame(t, f.nom, trainingSlice(mustEval(t), 0), TrainOptions{Seed: 3})
}

// mustTrainTwiceSame trains two models with the same examples and options
// and fails the test unless their model files are byte for byte equal. It
// returns the first model and its file.
func mustTrainTwiceSame(t *testing.T, nom *Nomenclature, ex []Example, o TrainOptions) (*Model, []byte) {
	t.Helper()
	var files [2]bytes.Buffer
	var first *Model
	for i := range files {
		m, _, err := Train(context.Background(), nom, ex, o)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&files[i]); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = m
		}
	}
	if !bytes.Equal(files[0].Bytes(), files[1].Bytes()) {
		t.Errorf("two trainings with the same seed and options %+v give different model files", o)
	}
	return first, files[0].Bytes()
}

// trainingSlice returns the rows whose index mod 2 is r.
func trainingSlice(rows []LabelledRow, r int) []Example {
	var ex []Example
	for i, row := range rows {
		if i%2 == r {
			ex = append(ex, row.Example)
		}
	}
	return ex
}

// TestAccuracyFloor checks the cold-start model (nomenclature and the
// built-in terms) on the held-out (odd) half of the evaluation set.
// Measured: top-5 at 6 digits 0.918, top-1 at 6 digits 0.781, top-5 at 4
// digits 0.931, top-1 at 2 digits 0.895; the floors are well below so the test is not flaky, but a
// broken normaliser, lexicon or scorer fails it.
func TestAccuracyFloor(t *testing.T) {
	f := mustFixture(t)
	mt := Evaluate(f.cold, trainingSlice(mustEval(t), 1))
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"top-5 6 digits", mt.Top5[2], 0.85},
		{"top-1 6 digits", mt.Top1[2], 0.65},
		{"top-5 4 digits", mt.Top5[1], 0.9},
		{"top-1 2 digits", mt.Top1[0], 0.8},
	} {
		if c.got < c.want {
			t.Errorf("%s: got %.3f, want >= %.2f", c.name, c.got, c.want)
		}
	}
	// The terms must be what lifts accuracy: without them the same model
	// (nomenclature only) is far lower (measured 0.60 top-5 at 6 digits).
	bare, _, err := Train(context.Background(), f.nom, nil, TrainOptions{Seed: 1, NoTerms: true})
	if err != nil {
		t.Fatal(err)
	}
	if mb := Evaluate(bare, trainingSlice(mustEval(t), 1)); mb.Top5[2] >= mt.Top5[2] {
		t.Errorf("top-5 at 6 digits without terms %.3f, with terms %.3f: terms do not help", mb.Top5[2], mt.Top5[2])
	}
	// Learning from labelled descriptions must be used: a model trained on
	// the even half ranks those descriptions' codes better than the cold
	// model, and does not lose accuracy on the odd half (measured: same
	// top-5 at 6 digits).
	even := trainingSlice(mustEval(t), 0)
	m, _, err := Train(context.Background(), f.nom, even, TrainOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got, cold := Evaluate(m, even).MRR, Evaluate(f.cold, even).MRR; got <= cold {
		t.Errorf("MRR on the training descriptions: trained %.3f, cold %.3f", got, cold)
	}
	if mt2 := Evaluate(m, trainingSlice(mustEval(t), 1)); mt2.Top5[2] < mt.Top5[2]-0.05 {
		t.Errorf("trained top-5 at 6 digits %.3f far below cold start %.3f", mt2.Top5[2], mt.Top5[2])
	}
}

func TestAssess(t *testing.T) {
	f := mustFixture(t)
	right, err := f.cold.Assess("frozen peeled shrimp", "030617")
	if err != nil {
		t.Fatal(err)
	}
	wrong, err := f.cold.Assess("frozen peeled shrimp", "870323")
	if err != nil {
		t.Fatal(err)
	}
	if !right.HasMismatch || !wrong.HasMismatch {
		t.Fatal("no mismatch score")
	}
	if right.Mismatch >= wrong.Mismatch || right.DeclaredRank >= wrong.DeclaredRank {
		t.Errorf("right code mismatch %.3f rank %d, wrong code %.3f rank %d", right.Mismatch, right.DeclaredRank, wrong.Mismatch, wrong.DeclaredRank)
	}
	// Calibrated: a clear right code is unlikely wrong, a code from an
	// unrelated chapter likely wrong.
	if right.Mismatch >= 0.5 || wrong.Mismatch <= 0.5 {
		t.Errorf("mismatch right %.3f (want < 0.5), wrong %.3f (want > 0.5)", right.Mismatch, wrong.Mismatch)
	}
	unk, err := f.cold.Assess("frozen peeled shrimp", "990100")
	if err != nil {
		t.Fatal(err)
	}
	if unk.HasMismatch || unk.Declared.Flag != FlagUnknown || unk.Recommended == "" {
		t.Errorf("unknown code: %+v", unk)
	}
	if _, err := f.cold.Assess("shrimp", "12"); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("bad code error %v, want EINVALID", err)
	}
}

func TestReadLabelledErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"missing column", "description,code\nx,010121\n", `missing column "hs6"`},
		{"bad code", "description,hs6\nx,0101\n", "line 2: field hs6"},
		{"empty description", "description,hs6\n,010121\n", "line 2: field description"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadLabelled(bytes.NewReader([]byte(tc.in)), "f.csv")
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Crevettes décortiquées 31/40", "w/ s/s 12x500ml", "Hühnereier ß æ œ", "", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok == "" {
				t.Fatalf("empty token from %q", s)
			}
		}
		_ = featureKeys(Tokens(s))
	})
}

func FuzzParseCode(f *testing.F) {
	nom, err := LoadNomenclature(nomPath)
	if err != nil {
		f.Skip(err)
	}
	for _, s := range []string{"851713", "8517.13.00", "851712", "", "99999999999", "12 34 56"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := nom.ParseCode(s)
		if err != nil {
			return
		}
		if len(d.Code) != 6 {
			t.Fatalf("code %q from %q", d.Code, s)
		}
		if (d.Flag == FlagUnknown) != (len(d.Candidates) == 0) {
			t.Fatalf("flag %q with %d candidates", d.Flag, len(d.Candidates))
		}
		for _, c := range d.Candidates {
			if _, ok := nom.Entry(c); !ok {
				t.Fatalf("candidate %s not in nomenclature", c)
			}
		}
	})
}

// TestDefaultTerms checks the built-in lexicon: it parses, is large, and
// every code is an HS 2022 heading or subheading.
func TestDefaultTerms(t *testing.T) {
	f := mustFixture(t)
	terms, err := ReadTerms(bytes.NewReader([]byte(termsText)), "terms.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) < 3000 {
		t.Errorf("got %d terms, want at least 3000", len(terms))
	}
	chapters := map[string]bool{}
	for _, tm := range terms {
		if _, ok := f.nom.Entry(tm.Code); !ok {
			t.Errorf("term %q: code %s not in HS 2022", tm.Text, tm.Code)
		}
		if len(Tokens(tm.Text)) == 0 {
			t.Errorf("term %q (%s) has no tokens", tm.Text, tm.Code)
		}
		chapters[tm.Code[:2]] = true
	}
	if len(chapters) < 80 {
		t.Errorf("terms cover %d chapters, want at least 80", len(chapters))
	}
	if diff := cmp.Diff(terms, DefaultTerms()); diff != "" {
		t.Errorf("DefaultTerms differs from terms.txt (-want +got):\n%s", diff)
	}
}

func TestReadTermsErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"bad code", "# c\n84713 laptops\n", "line 2: field code"},
		{"no names", "847130 | |\n", "line 1: field names"},
		{"code only", "847130\n", "line 1: field code"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTerms(bytes.NewReader([]byte(tc.in)), "t.txt")
			if graph.ErrorCode(err) != graph.EINVALID || !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
				t.Errorf("error %v, want EINVALID containing %q", err, tc.want)
			}
		})
	}
	got, err := ReadTerms(bytes.NewReader([]byte("847130 laptops |notebook computers\n\n4412 plywood\n")), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []Term{{"847130", "laptops"}, {"847130", "notebook computers"}, {"4412", "plywood"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadTerms (-want +got):\n%s", diff)
	}
	f := mustFixture(t)
	if _, _, err := Train(context.Background(), f.nom, nil, TrainOptions{Terms: []Term{{"999999", "nothing"}}}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("Train with an unknown term code: error %v, want EINVALID", err)
	}
}

// TestMismatchRanksWrongCodes builds declarations from the even (dev)
// half of the evaluation set, declares half of them under the code of a
// row from another chapter, and checks that the calibrated mismatch ranks
// the wrong codes above the right ones (ROC AUC; measured 1.00) and
// that most right codes score below 0.5.
func TestMismatchRanksWrongCodes(t *testing.T) {
	f := mustFixture(t)
	rows := trainingSlice(mustEval(t), 0)
	type s struct {
		v     float64
		wrong bool
	}
	var all []s
	honestHigh, honest := 0, 0
	for i, r := range rows {
		code := r.Code
		wrong := i%2 == 1
		if wrong {
			for k := 1; k < len(rows); k++ {
				if c := rows[(i+7*k)%len(rows)].Code; c[:2] != r.Code[:2] {
					code = c
					break
				}
			}
		}
		a, err := f.cold.Assess(r.Description, code)
		if err != nil || !a.HasMismatch {
			t.Fatalf("Assess(%q, %s): %v %+v", r.Description, code, err, a)
		}
		if a.Mismatch < 0 || a.Mismatch > 1 {
			t.Fatalf("mismatch %v out of [0, 1]", a.Mismatch)
		}
		all = append(all, s{a.Mismatch, wrong})
		if !wrong {
			honest++
			if a.Mismatch >= 0.5 {
				honestHigh++
			}
		}
	}
	var pairs, won float64
	for _, p := range all {
		if !p.wrong {
			continue
		}
		for _, n := range all {
			if n.wrong {
				continue
			}
			pairs++
			switch {
			case p.v > n.v:
				won++
			case p.v == n.v:
				won += 0.5
			}
		}
	}
	auc := won / pairs
	t.Logf("mismatch ROC AUC %.3f, right codes >= 0.5: %d of %d", auc, honestHigh, honest)
	if auc < 0.9 {
		t.Errorf("mismatch ROC AUC %.3f, want >= 0.9", auc)
	}
	if share := float64(honestHigh) / float64(honest); share > 0.25 {
		t.Errorf("%.2f of right codes score >= 0.5, want <= 0.25", share)
	}
}

func FuzzReadTerms(f *testing.F) {
	for _, s := range []string{"847130 laptops | notebooks\n", "# x\n\n4412 plywood", "12 x", "847130 |", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		terms, err := ReadTerms(bytes.NewReader([]byte(s)), "fuzz")
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for _, tm := range terms {
			if len(tm.Code) != 4 && len(tm.Code) != 6 || tm.Text == "" {
				t.Fatalf("bad term %+v from %q", tm, s)
			}
		}
	})
}

func TestEvaluateMismatch(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []float64
		labels []bool
		want   MismatchMetrics
	}{
		{"perfect", []float64{0.9, 0.1, 0.2, 0.8}, []bool{true, false, false, true},
			MismatchMetrics{N: 4, Misdeclared: 2, AUC: 1, PrecisionAtRate: 1, HonestFlagged: 0, MisdeclaredFlagged: 1, FlaggedPrecision: 1}},
		{"inverted", []float64{0.1, 0.9, 0.8, 0.2}, []bool{true, false, false, true},
			MismatchMetrics{N: 4, Misdeclared: 2, AUC: 0, PrecisionAtRate: 0, HonestFlagged: 1, MisdeclaredFlagged: 0}},
		{"all tied", []float64{0.3, 0.3, 0.3, 0.3}, []bool{true, false, false, false},
			MismatchMetrics{N: 4, Misdeclared: 1, AUC: 0.5, PrecisionAtRate: 0, HonestFlagged: 0, MisdeclaredFlagged: 0}},
		{"one swap", []float64{0.9, 0.7, 0.8, 0.1}, []bool{true, true, false, false},
			MismatchMetrics{N: 4, Misdeclared: 2, AUC: 0.75, PrecisionAtRate: 0.5, HonestFlagged: 0.5, MisdeclaredFlagged: 1, FlaggedPrecision: 2.0 / 3}},
		{"no positives", []float64{0.1, 0.2}, []bool{false, false}, MismatchMetrics{N: 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, EvaluateMismatch(tc.scores, tc.labels)); diff != "" {
				t.Errorf("EvaluateMismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// BenchmarkRecommend measures Recommend(k=5) per description on the
// cold-start model (nomenclature and terms) over the evaluation rows; run
// with -cpu 1 for the one-core figure.
func BenchmarkRecommend(b *testing.B) {
	f := mustFixture(b)
	rows := mustEval(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		f.cold.Recommend(rows[i%len(rows)].Description, 5)
	}
}

// BenchmarkAssess measures one declaration check (recommendation plus the
// calibrated mismatch of a declared code).
func BenchmarkAssess(b *testing.B) {
	f := mustFixture(b)
	rows := mustEval(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r := rows[i%len(rows)]
		if _, err := f.cold.Assess(r.Description, r.Code); err != nil {
			b.Fatal(err)
		}
	}
}
