package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/web"
	"github.com/rs/zerolog"
)

type checkerFunc func(context.Context) error

func (f checkerFunc) Ready(ctx context.Context) error { return f(ctx) }

func TestProbes(t *testing.T) {
	tests := []struct {
		name       string
		path       string
		ready      web.Checker
		wantStatus int
		wantField  string
		wantValue  string
	}{
		{"healthz", "/healthz", nil, 200, "status", "ok"},
		{"readyz without checker", "/readyz", nil, 200, "status", "ready"},
		{"readyz ready", "/readyz", checkerFunc(func(context.Context) error { return nil }), 200, "status", "ready"},
		{"readyz down says why", "/readyz", checkerFunc(func(context.Context) error {
			return graph.Errorf(graph.EUNAVAILABLE, "neo4j unreachable at bolt://x")
		}), 503, "reason", "neo4j unreachable at bolt://x"},
		{"graphql unconfigured", "/graphql", nil, 503, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(web.New(web.Config{Log: zerolog.Nop(), Ready: tc.ready}).Handler())
			defer srv.Close()
			res, err := http.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			if res.StatusCode != tc.wantStatus {
				t.Fatalf("status: got %d, want %d", res.StatusCode, tc.wantStatus)
			}
			if res.Header.Get("X-Request-Id") == "" {
				t.Errorf("X-Request-Id header missing")
			}
			if res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("security headers missing")
			}
			if tc.wantField == "" {
				return
			}
			var body map[string]string
			if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
				t.Fatal(err)
			}
			if got := body[tc.wantField]; got != tc.wantValue {
				t.Errorf("%s: got %q, want %q", tc.wantField, got, tc.wantValue)
			}
		})
	}
}

func TestRunServesAndShutsDown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := web.New(web.Config{Addr: "127.0.0.1:0", Log: zerolog.Nop()})
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	addr, err := s.Addr(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("ui: got %d, want 200", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: got %v, want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("server did not shut down")
	}
}
