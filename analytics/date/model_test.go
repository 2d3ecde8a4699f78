package date

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/graph"
)

// trainSmall trains on the first 80 % of a synthetic history and returns
// the model with the held-out future rows.
func trainSmall(t *testing.T, seed uint64) (*Model, []graph.Declaration) {
	t.Helper()
	ds := synthDeclarations(t, 1500, 150, 7)
	cut := len(ds) * 8 / 10
	m, err := Train(context.Background(), ds[:cut], smallOptions(seed))
	if err != nil {
		t.Fatal(err)
	}
	return m, ds[cut:]
}

func encode(t *testing.T, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestModelLearnsAndRanks(t *testing.T) {
	m, future := trainSmall(t, 1)
	scores, err := m.Score(context.Background(), future)
	if err != nil {
		t.Fatal(err)
	}
	p := make([]float64, len(scores))
	b := make([]float64, len(scores))
	y := make([]bool, len(scores))
	for i, s := range scores {
		p[i], b[i], y[i] = s.IllicitProb, s.BaselineProb, future[i].Outcome.Illicit
		if s.ID != future[i].ID {
			t.Fatalf("score %d is for %s, want %s", i, s.ID, future[i].ID)
		}
	}
	// The oracle knows the generating score; the models must come close.
	truth := make([]float64, len(future))
	for i, d := range future {
		truth[i] = d.Extra["trueScore"].(float64)
	}
	oracle := AUC(truth, y)
	for name, auc := range map[string]float64{"date": AUC(p, y), "gbdt": AUC(b, y)} {
		if auc < oracle-0.06 {
			t.Errorf("%s AUC %.3f on future rows, want >= oracle %.3f - 0.06", name, auc, oracle)
		}
	}
	ranks := map[int]bool{}
	for _, s := range scores {
		ranks[s.Rank] = true
	}
	if len(ranks) != len(scores) || !ranks[1] || !ranks[len(scores)] {
		t.Errorf("ranks are not 1..%d", len(scores))
	}
	if !m.RevenueProxy {
		t.Error("model without revenue data should use the tax proxy")
	}
	for _, s := range scores[:20] {
		if s.Revenue < 0 || math.IsNaN(s.Revenue) {
			t.Errorf("revenue %v of %s", s.Revenue, s.ID)
		}
	}
}

func TestModelUnseenParties(t *testing.T) {
	m, future := trainSmall(t, 1)
	d := future[0]
	d.ImporterID, d.DeclarantID, d.HSCode, d.OriginCountry, d.OfficeID = "NEW1", "NEW2", "999999", "ZZ", "77"
	d.Extra = graph.Props{"taxType": "never"}
	s, err := m.Score(context.Background(), []graph.Declaration{d})
	if err != nil {
		t.Fatal(err)
	}
	if p := s[0].IllicitProb; math.IsNaN(p) || p <= 0 || p >= 1 {
		t.Errorf("unseen parties: probability %v", p)
	}
	if r := m.Explain(&d); len(r) == 0 || !strings.Contains(strings.Join(r, ";"), "no past inspections") {
		t.Errorf("explanation %q does not mention the new importer", r)
	}
}

func TestModelFileRoundTrip(t *testing.T) {
	m, future := trainSmall(t, 1)
	path := filepath.Join(t.TempDir(), "model.date")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Version != m.Version || !strings.HasPrefix(m.Version, "date-") {
		t.Errorf("version %q after load, want %q", m2.Version, m.Version)
	}
	a, _ := m.Score(context.Background(), future)
	b, _ := m2.Score(context.Background(), future)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("scores differ after a round trip (-saved +loaded):\n%s", diff)
	}
}

func TestModelDeterminism(t *testing.T) {
	m1, _ := trainSmall(t, 1)
	m2, _ := trainSmall(t, 1)
	m3, _ := trainSmall(t, 2)
	b1, b2, b3 := encode(t, m1), encode(t, m2), encode(t, m3)
	if !bytes.Equal(b1, b2) {
		t.Error("equal seeds gave different model files")
	}
	if bytes.Equal(b1, b3) || m1.Version == m3.Version {
		t.Error("different seeds gave the same model")
	}
	// Input order does not matter.
	ds := synthDeclarations(t, 1500, 150, 7)[:1200]
	rev := make([]graph.Declaration, len(ds))
	for i := range ds {
		rev[len(ds)-1-i] = ds[i]
	}
	m4, err := Train(context.Background(), rev, smallOptions(1))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, encode(t, m4)) {
		t.Error("reversed input order gave a different model")
	}
}

func TestModelFileRefused(t *testing.T) {
	m, _ := trainSmall(t, 1)
	good := encode(t, m)
	tests := []struct {
		name   string
		mangle func([]byte) []byte
		want   error
		text   string
	}{
		{"wrong version", func(b []byte) []byte { binary.BigEndian.PutUint32(b[16:20], FormatVersion+1); return b }, ErrVersion, "format version 2"},
		{"corrupt body", func(b []byte) []byte { b[len(b)-10] ^= 0xff; return b }, ErrChecksum, "checksum"},
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }, ErrChecksum, "checksum"},
		{"not a model", func(b []byte) []byte { return []byte("sgd.id,prob\n1,0.5\n" + strings.Repeat("x", 100)) }, ErrNotModel, "not a DATE model"},
		{"empty", func(b []byte) []byte { return nil }, ErrNotModel, "header"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.mangle(bytes.Clone(good))
			_, err := Read(bytes.NewReader(b))
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.text) {
				t.Errorf("error %q does not say %q", err, tc.text)
			}
		})
	}
}

func TestTrainRejects(t *testing.T) {
	ds := synthDeclarations(t, 200, 20, 1)
	oneClass := synthDeclarations(t, 200, 20, 1)
	for i := range oneClass {
		oneClass[i].Outcome.Illicit = false
	}
	unlabelled := synthDeclarations(t, 200, 20, 1)
	for i := range unlabelled {
		unlabelled[i].Outcome = nil
	}
	bad := smallOptions(1)
	bad.Net.Dim = 0
	tests := []struct {
		name string
		ds   []graph.Declaration
		o    Options
		text string
	}{
		{"one class", oneClass, smallOptions(1), "one class"},
		{"no outcomes", unlabelled, smallOptions(1), "0 declarations with an inspection outcome"},
		{"bad options", ds, bad, "dim"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Train(context.Background(), tc.ds, tc.o)
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tc.text) {
				t.Errorf("error %v, want EINVALID saying %q", err, tc.text)
			}
		})
	}
}

func TestModelRevenueHead(t *testing.T) {
	ds := synthDeclarations(t, 1200, 120, 9)
	for i := range ds {
		if ds[i].Outcome.Illicit {
			ds[i].Outcome.Revenue = ds[i].Value * 0.3
		}
	}
	m, err := Train(context.Background(), ds[:1000], smallOptions(1))
	if err != nil {
		t.Fatal(err)
	}
	if m.RevenueProxy || m.Net.RevScale <= 0 {
		t.Fatalf("revenue data present but proxy=%v scale=%v", m.RevenueProxy, m.Net.RevScale)
	}
	scores, _ := m.Score(context.Background(), ds[1000:])
	rev := make([]float64, len(scores))
	actual := make([]float64, len(scores))
	y := make([]bool, len(scores))
	for i, s := range scores {
		rev[i], actual[i], y[i] = s.Revenue, ds[1000+i].Outcome.Revenue, ds[1000+i].Outcome.Illicit
	}
	// Ranking by expected revenue must find more revenue at 10 % than a
	// random 10 % would (10 % of the total).
	mt := Evaluate(rev, y, actual, []float64{10})
	if mt.Revenue == nil || mt.Revenue[0] <= 0.1 {
		t.Errorf("Revenue@10%% %v, want > 0.1", mt.Revenue)
	}
}
