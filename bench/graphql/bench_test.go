package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestQuantile(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		var out []time.Duration
		for _, x := range xs {
			out = append(out, time.Duration(x)*time.Millisecond)
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		q      float64
		want   time.Duration
	}{
		{"empty", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of four is the second", ms(1, 2, 3, 4), 0.5, 2 * time.Millisecond},
		{"p99 of 1..100", ms(hundred...), 0.99, 99 * time.Millisecond},
		{"p50 of 1..100", ms(hundred...), 0.50, 50 * time.Millisecond},
		{"max", ms(1, 2, 3), 1, 3 * time.Millisecond},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quantile(tc.sorted, tc.q); got != tc.want {
				t.Errorf("quantile(%v, %v) = %v, want %v", tc.sorted, tc.q, got, tc.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantErr string
	}{
		{"data", `{"data":{"x":1}}`, ""},
		{"errors", `{"errors":[{"message":"boom"}],"data":null}`, "boom"},
		{"null data", `{"data":null}`, "without data"},
		{"not json", `<html>`, "decode"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := check([]byte(tc.body))
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("check: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("check error = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

// fakeServer answers every POST with the centre it was asked about, and
// fails the ones whose centre is "bad". It records the centres in order.
func fakeServer(t *testing.T) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req request
		b, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(b, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		c, _ := req.Variables["c"].(string)
		mu.Lock()
		seen = append(seen, c)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if c == "bad" {
			_, _ = w.Write([]byte(`{"errors":[{"message":"no such centre"}],"data":null}`))
			return
		}
		_, _ = w.Write([]byte(`{"data":{"c":"` + c + `"}}`))
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

func TestClosedLoop(t *testing.T) {
	srv, seen := fakeServer(t)
	var bodies [][]byte
	for _, c := range []string{"a", "b", "bad"} {
		b, err := body(serverOurs, queryRisk, c, 0)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	tgt := target{Server: serverOurs, Query: queryRisk, URL: srv.URL, Bodies: bodies}
	s := closedLoop(context.Background(), srv.Client(), tgt, 1, 100*time.Millisecond)
	got := seen()
	if len(got) == 0 {
		t.Fatal("no request served")
	}
	// One worker walks the centres in order.
	for i, c := range got {
		if want := []string{"a", "b", "bad"}[i%3]; c != want {
			t.Fatalf("request %d was for %q, want %q (order %v)", i, c, want, got)
		}
	}
	if total := len(s.Latencies) + s.Errors; total != len(got) {
		t.Errorf("samples %d + errors %d = %d, want the %d requests served", len(s.Latencies), s.Errors, total, len(got))
	}
	wantErrs := 0
	for _, c := range got {
		if c == "bad" {
			wantErrs++
		}
	}
	if s.Errors != wantErrs {
		t.Errorf("errors = %d, want %d (the requests for centre bad)", s.Errors, wantErrs)
	}
	if wantErrs > 0 && !strings.Contains(s.FirstErr, "no such centre") {
		t.Errorf("first error = %q, want the server's message", s.FirstErr)
	}
}

func TestSummarize(t *testing.T) {
	var c cell
	summarize(&c, sample{
		Latencies: []time.Duration{3 * time.Millisecond, 1 * time.Millisecond, 2 * time.Millisecond},
		Errors:    1,
		Elapsed:   time.Second / 2,
	})
	got := struct {
		Requests, Errors int
		RPS              float64
		P50, Max         time.Duration
	}{c.Requests, c.Errors, c.RPS, c.P50, c.Max}
	want := struct {
		Requests, Errors int
		RPS              float64
		P50, Max         time.Duration
	}{3, 1, 6, 2 * time.Millisecond, 3 * time.Millisecond}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}

func TestSameSubgraph(t *testing.T) {
	decode := func(t *testing.T, server, s string) subgraph {
		t.Helper()
		sg, err := decodeSubgraph(server, json.RawMessage(s))
		if err != nil {
			t.Fatal(err)
		}
		return sg
	}
	ours := `{"subgraph":{"truncated":false,"nodes":[{"distance":0,"node":{"id":"Trader:A"}},{"distance":1,"node":{"id":"Phone:1"}}],"edges":[{"from":"Trader:A","kind":"USES_PHONE","to":"Phone:1"}]}}`
	tests := []struct {
		name   string
		theirs string
		want   bool
	}{
		{"same, other order", `{"subgraph2":{"truncated":false,"nodes":[{"distance":1,"node":{"key":"Phone:1"}},{"distance":0,"node":{"key":"Trader:A"}}],"edges":[{"from":"Trader:A","kind":"USES_PHONE","to":"Phone:1"}]}}`, true},
		{"other distance", `{"subgraph2":{"truncated":false,"nodes":[{"distance":2,"node":{"key":"Phone:1"}},{"distance":0,"node":{"key":"Trader:A"}}],"edges":[{"from":"Trader:A","kind":"USES_PHONE","to":"Phone:1"}]}}`, false},
		{"missing edge", `{"subgraph2":{"truncated":false,"nodes":[{"distance":1,"node":{"key":"Phone:1"}},{"distance":0,"node":{"key":"Trader:A"}}],"edges":[]}}`, false},
		{"truncation differs", `{"subgraph2":{"truncated":true,"nodes":[{"distance":1,"node":{"key":"Phone:1"}},{"distance":0,"node":{"key":"Trader:A"}}],"edges":[{"from":"Trader:A","kind":"USES_PHONE","to":"Phone:1"}]}}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := decode(t, serverOurs, ours), decode(t, serverTheirs, tc.theirs)
			if got := sameSubgraph(a, b); got != tc.want {
				t.Errorf("sameSubgraph = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDecodeRisk(t *testing.T) {
	tests := []struct {
		name, server, data string
		want               profile
	}{
		{"ours", serverOurs, `{"riskProfile":{"score":0.5,"communityId":3,"paths":[{"hops":1,"nodes":[{"id":"Trader:A"},{"id":"Trader:S"}]}]}}`,
			profile{Score: 0.5, Community: 3, Hops: 1, Paths: [][]string{{"Trader:A", "Trader:S"}}}},
		{"theirs", serverTheirs, `{"entities":[{"networkRisk":0.5,"communityId":3,"smugglerPaths":[{"hops":1,"nodes":[{"key":"Trader:A"},{"key":"Trader:S"}]}]}]}`,
			profile{Score: 0.5, Community: 3, Hops: 1, Paths: [][]string{{"Trader:A", "Trader:S"}}}},
		{"no path", serverTheirs, `{"entities":[{"networkRisk":0,"communityId":3,"smugglerPaths":[]}]}`,
			profile{Community: 3, Hops: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeRisk(tc.server, json.RawMessage(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("decodeRisk (-want +got):\n%s", diff)
			}
		})
	}
}
