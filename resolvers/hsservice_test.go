package resolvers

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/analytics/hs"
	"github.com/borderlens/borderlens/graph"
)

func TestHSService(t *testing.T) {
	ctx := context.Background()
	svc := NewHSService(nil)
	if _, err := svc.HSRecommend(ctx, "cotton t-shirts", 5); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("no model: error %v, want EUNAVAILABLE", err)
	}
	path := filepath.Join("..", "..", "shared", "data", "harmonized-system.csv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("nomenclature not available: %v", err)
	}
	nom, err := hs.LoadNomenclature(path)
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := hs.Train(ctx, nom, []hs.Example{{Description: "men's cotton tee shirts", Code: "610910"}}, hs.TrainOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	svc.SetModel(m)
	for _, tc := range []struct {
		name  string
		desc  string
		limit int
		code  string
		n     int
	}{
		{"ok", "cotton t-shirts for men", 3, "", 3},
		{"default limit", "cotton t-shirts", 0, "", 5},
		{"empty", "  ", 5, graph.EINVALID, 0},
		{"limit too big", "shirts", 500, graph.EINVALID, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := svc.HSRecommend(ctx, tc.desc, tc.limit)
			if graph.ErrorCode(err) != tc.code {
				t.Fatalf("error %v, want code %q", err, tc.code)
			}
			if len(got) != tc.n {
				t.Fatalf("got %d candidates, want %d", len(got), tc.n)
			}
			for _, c := range got {
				if c.Heading != c.Code[:4] || c.Chapter != c.Code[:2] || c.Description == "" {
					t.Errorf("candidate %+v", c)
				}
			}
			if tc.n > 0 && got[0].Chapter != "61" {
				t.Errorf("top chapter %s, want 61", got[0].Chapter)
			}
		})
	}
}
