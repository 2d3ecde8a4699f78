package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/borderlens/borderlens/resolvers/alerts"
	"github.com/google/go-cmp/cmp"
)

// recordingPlanner is an InspectionPlanner that keeps the outcomes.
type recordingPlanner struct {
	store graph.Store
	mu    sync.Mutex
	got   []resolvers.InspectionOutcome
}

func (p *recordingPlanner) InspectionList(context.Context, resolvers.InspectionQuery) ([]resolvers.Inspection, error) {
	return nil, graph.Errorf(graph.EUNAVAILABLE, "no scores")
}

func (p *recordingPlanner) RecordInspection(ctx context.Context, o resolvers.InspectionOutcome) error {
	p.mu.Lock()
	p.got = append(p.got, o)
	p.mu.Unlock()
	return p.store.SetProperties(ctx, []graph.PropertyUpdate{{Key: o.Declaration, Props: graph.Props{
		graph.PropInspected: true, graph.PropIllicit: o.Illicit, graph.PropRevenue: o.Revenue,
	}}})
}

// TestRecordInspection records outcomes with and without an inspection
// planner and checks what the declaration shows afterwards.
func TestRecordInspection(t *testing.T) {
	const m = `mutation($in: RecordInspectionInput!) { recordInspection(input: $in) { id inspected illicit revenue } }`
	d := declKey(3).String()
	tests := []struct {
		name    string
		planner bool
		in      map[string]any
		want    map[string]any
		code    string
	}{
		{name: "stored directly", in: map[string]any{"declarationId": d, "illicit": true, "revenue": 250.5},
			want: map[string]any{"id": d, "inspected": true, "illicit": true, "revenue": 250.5}},
		{name: "clean, no revenue", in: map[string]any{"declarationId": d, "illicit": false},
			want: map[string]any{"id": d, "inspected": true, "illicit": false, "revenue": 0.0}},
		{name: "through the planner", planner: true, in: map[string]any{"declarationId": d, "illicit": true, "revenue": 10, "note": "  x-ray  "},
			want: map[string]any{"id": d, "inspected": true, "illicit": true, "revenue": 10.0}},
		{name: "negative revenue", in: map[string]any{"declarationId": d, "illicit": true, "revenue": -1}, code: graph.EINVALID},
		{name: "not a declaration", in: map[string]any{"declarationId": kAcme.String(), "illicit": true}, code: graph.EINVALID},
		{name: "unknown declaration", in: map[string]any{"declarationId": "Declaration:NOPE", "illicit": true}, code: graph.ENOTFOUND},
		{name: "bad id", in: map[string]any{"declarationId": "nope", "illicit": true}, code: graph.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			store := MustOpenWorld(t)
			cfg := resolvers.Config{Store: store}
			p := &recordingPlanner{store: store}
			if tc.planner {
				cfg.Inspections = p
			}
			srv := newServer(t, cfg)
			r := query(t, srv, m, map[string]any{"in": tc.in})
			if tc.code != "" {
				if got := r.code(0); got != tc.code {
					t.Fatalf("code = %q, want %q (%+v)", got, tc.code, r.Errors)
				}
				return
			}
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			var data map[string]any
			_ = json.Unmarshal(r.Data, &data)
			if diff := cmp.Diff(tc.want, data["recordInspection"]); diff != "" {
				t.Errorf("mutation result (-want +got):\n%s", diff)
			}
			n, err := store.Node(context.Background(), declKey(3))
			if err != nil {
				t.Fatal(err)
			}
			if !n.Props.Bool(graph.PropInspected) || n.Props.Bool(graph.PropIllicit) != tc.want["illicit"] {
				t.Errorf("stored props %v, want inspected and illicit %v", n.Props, tc.want["illicit"])
			}
			if tc.planner {
				want := []resolvers.InspectionOutcome{{Declaration: declKey(3), Illicit: true, Revenue: 10, InspectedAt: fixedNow, Note: "x-ray"}}
				if diff := cmp.Diff(want, p.got); diff != "" {
					t.Errorf("planner got (-want +got):\n%s", diff)
				}
			} else if at := n.Props.String(graph.PropInspectedAt); at != fixedNow.Format(time.RFC3339) {
				t.Errorf("inspectedAt = %q, want %q", at, fixedNow.Format(time.RFC3339))
			}
		})
	}
}

// fakeRunner is an AnalysisRunner with one run at a time that never ends
// unless finished.
type fakeRunner struct {
	mu   sync.Mutex
	runs []resolvers.AnalysisRun
	req  []resolvers.AnalysisRequest
}

func (f *fakeRunner) StartAnalysis(ctx context.Context, req resolvers.AnalysisRequest) (resolvers.AnalysisRun, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.runs); n > 0 && f.runs[n-1].State == resolvers.RunRunning {
		return resolvers.AnalysisRun{}, graph.Errorf(graph.ECONFLICT, "run %s is in progress", f.runs[n-1].ID)
	}
	f.req = append(f.req, req)
	r := resolvers.AnalysisRun{ID: "run-1", State: resolvers.RunRunning, StartedAt: fixedNow, Params: map[string]string{"seed": "7", "a": "b"}}
	f.runs = append(f.runs, r)
	return r, nil
}

func (f *fakeRunner) finish() {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := &f.runs[len(f.runs)-1]
	r.State, r.FinishedAt, r.Nodes, r.Communities, r.Modularity = resolvers.RunSucceeded, fixedNow.Add(time.Second), 100, 4, 0.5
	r.Timings = []resolvers.RunTiming{{Phase: "scan", Duration: 1500 * time.Microsecond}}
}

func (f *fakeRunner) AnalysisRun(ctx context.Context, id string) (resolvers.AnalysisRun, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := len(f.runs) - 1; i >= 0; i-- {
		if id == "" || f.runs[i].ID == id {
			return f.runs[i], nil
		}
	}
	return resolvers.AnalysisRun{}, graph.Errorf(graph.ENOTFOUND, "no run %q", id)
}

// TestAnalysisRuns starts a run, checks one run at a time and reads its
// state through analysisRun.
func TestAnalysisRuns(t *testing.T) {
	runner := &fakeRunner{}
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t), Runner: runner})
	without := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	const start = `mutation($in: StartAnalysisInput) { startAnalysis(input: $in) { id state finishedAt params { name value } } }`
	const read = `query($id: ID) { analysisRun(id: $id) { id state finishedAt error nodes communities modularity timings { phase durationMs } } }`

	if data := mustQuery(t, srv, read, nil); data["analysisRun"] != nil {
		t.Errorf("before any run: got %v, want null", data["analysisRun"])
	}
	data := mustQuery(t, srv, start, map[string]any{"in": map[string]any{"seed": 7, "resolution": 0.5, "writeBack": true}})
	want := map[string]any{"id": "run-1", "state": "RUNNING", "finishedAt": nil,
		"params": []any{map[string]any{"name": "a", "value": "b"}, map[string]any{"name": "seed", "value": "7"}}}
	if diff := cmp.Diff(want, data["startAnalysis"]); diff != "" {
		t.Errorf("startAnalysis (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]resolvers.AnalysisRequest{{Seed: 7, Resolution: 0.5, WriteBack: true}}, runner.req); diff != "" {
		t.Errorf("request (-want +got):\n%s", diff)
	}
	if r := query(t, srv, start, nil); r.code(0) != graph.ECONFLICT {
		t.Errorf("second start: got %+v, want CONFLICT", r.Errors)
	}
	runner.finish()
	data = mustQuery(t, srv, read, map[string]any{"id": "run-1"})
	want = map[string]any{"id": "run-1", "state": "SUCCEEDED", "finishedAt": "2024-05-17T12:00:01Z", "error": nil,
		"nodes": 100.0, "communities": 4.0, "modularity": 0.5, "timings": []any{map[string]any{"phase": "scan", "durationMs": 1.5}}}
	if diff := cmp.Diff(want, data["analysisRun"]); diff != "" {
		t.Errorf("analysisRun (-want +got):\n%s", diff)
	}
	if data := mustQuery(t, srv, read, map[string]any{"id": "run-9"}); data["analysisRun"] != nil {
		t.Errorf("unknown run: got %v, want null", data["analysisRun"])
	}
	for _, tc := range []struct {
		name string
		srv  *httptest.Server
		q    string
		vars map[string]any
		code string
	}{
		{"negative seed", srv, start, map[string]any{"in": map[string]any{"seed": -1}}, graph.EINVALID},
		{"zero resolution", srv, start, map[string]any{"in": map[string]any{"resolution": 0}}, graph.EINVALID},
		{"start without runner", without, start, nil, graph.EUNAVAILABLE},
		{"read without runner", without, read, nil, graph.EUNAVAILABLE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if r := query(t, tc.srv, tc.q, tc.vars); r.code(0) != tc.code {
				t.Errorf("got %+v, want %s", r.Errors, tc.code)
			}
		})
	}
}

// fakeIngester loads an upload by storing one new booking that uses the
// known smuggler's phone.
type fakeIngester struct{ store graph.Store }

var kNewBooking = graph.NewKey(graph.KindBooking, graph.BookingID("OZ", "NEW001"))

func (f fakeIngester) IngestFile(ctx context.Context, name, format string, r io.Reader) (resolvers.IngestResult, error) {
	if format != "passengers-json" {
		return resolvers.IngestResult{}, graph.Errorf(graph.EINVALID, "unknown format %q", format)
	}
	b, err := io.ReadAll(r)
	if err != nil || string(b) != "the file" {
		return resolvers.IngestResult{}, graph.Errorf(graph.EINVALID, "content %q (%v)", b, err)
	}
	err = f.store.Upsert(ctx, graph.Batch{
		Nodes: []graph.Node{graph.Booking{Carrier: "OZ", RecordLocator: "NEW001", Created: t0}.Node()},
		Edges: []graph.Edge{edge(kNewBooking, graph.RelUsesPhone, kPhone)},
	})
	return resolvers.IngestResult{Format: format, Read: 1, Loaded: 1, Nodes: 1, Edges: 1, Rejections: []string{"ingest " + name + " line 3: bad"}, Added: []graph.Key{kNewBooking}}, err
}

func postUpload(t *testing.T, url, format string, content []byte, preflight bool) (int, gqlResponse) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     `mutation($f: String!, $file: Upload!) { ingestFile(format: $f, file: $file) { format read loaded rejected nodes edges rejections alerts } }`,
		"variables": map[string]any{"f": format, "file": nil},
	})
	_ = mw.WriteField("operations", string(ops))
	_ = mw.WriteField("map", `{"0": ["variables.file"]}`)
	fw, _ := mw.CreateFormFile("0", "bookings.json")
	_, _ = fw.Write(content)
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, url, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if preflight {
		req.Header.Set("GraphQL-Require-Preflight", "1")
	}
	if !preflight {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode, gqlResponse{}
	}
	r := send(t, req)
	return r.status, r
}

// collect subscribes to hub and returns a func reporting the alerts
// received so far, waiting briefly for at least n.
func collect(t *testing.T, hub *alerts.Hub) func(n int) []alerts.Alert {
	t.Helper()
	ch, err := hub.Subscribe(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var got []alerts.Alert
	return func(n int) []alerts.Alert {
		timeout := time.After(5 * time.Second)
		for len(got) < n {
			select {
			case a := <-ch:
				got = append(got, a)
			case <-timeout:
				return got
			}
		}
		for { // and whatever else is already queued
			select {
			case a := <-ch:
				got = append(got, a)
			default:
				return got
			}
		}
	}
}

// TestIngestFileRaisesAlerts uploads a file (multipart) whose new booking
// shares a phone with a known smuggler and checks the report and alert.
func TestIngestFileRaisesAlerts(t *testing.T) {
	store := MustOpenWorld(t)
	hub := alerts.NewHub(0)
	srv := newServer(t, resolvers.Config{Store: store, Ingest: fakeIngester{store}, Publish: hub, Alerts: hub})
	received := collect(t, hub)

	status, r := postUpload(t, srv.URL, "passengers-json", []byte("the file"), true)
	if status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("upload: %d %+v", status, r.Errors)
	}
	var data map[string]any
	_ = json.Unmarshal(r.Data, &data)
	want := map[string]any{"format": "passengers-json", "read": 1.0, "loaded": 1.0, "rejected": 0.0, "nodes": 1.0, "edges": 1.0,
		"rejections": []any{"ingest bookings.json line 3: bad"}, "alerts": 1.0}
	if diff := cmp.Diff(want, data["ingestFile"]); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	got := received(1)
	if len(got) != 1 {
		t.Fatalf("alerts: got %d, want 1: %+v", len(got), got)
	}
	a := got[0]
	if a.Subject != kNewBooking || a.Smuggler != kShadow || a.Hops != 2 || a.Reason != "new Booking linked to a known smuggler via Booking-Phone-Trader" || !a.At.Equal(fixedNow) {
		t.Errorf("alert %+v: want the new booking 2 hops from KR-SHADOW via its phone", a)
	}

	if status, r := postUpload(t, srv.URL, "paxlst", []byte("the file"), true); r.code(0) != graph.EINVALID {
		t.Errorf("unknown format: %d %+v, want INVALID", status, r.Errors)
	}
	if status, _ := postUpload(t, srv.URL, "passengers-json", []byte("the file"), false); status != http.StatusBadRequest {
		t.Errorf("upload without preflight header: got %d, want 400", status)
	}
	noIngest := newServer(t, resolvers.Config{Store: store})
	if _, r := postUpload(t, noIngest.URL, "passengers-json", []byte("the file"), true); r.code(0) != graph.EUNAVAILABLE {
		t.Errorf("without ingester: %+v, want UNAVAILABLE", r.Errors)
	}
}

// TestMarkRaisesAlerts marks a passenger a known smuggler and checks the
// entities near it are alerted, nearest first, and a repeated mark raises
// nothing.
func TestMarkRaisesAlerts(t *testing.T) {
	store := MustOpenWorld(t)
	hub := alerts.NewHub(256)
	srv := newServer(t, resolvers.Config{Store: store, Publish: hub, Alerts: hub, AlertHops: 2})
	received := collect(t, hub)
	const mark = `mutation($id: ID!) { markKnownSmuggler(id: $id, reason: "seized at the gate") { knownSmuggler } }`

	mustQuery(t, srv, mark, map[string]any{"id": kJane.String()})
	got := received(1)
	hops := map[graph.Key]int{}
	for i, a := range got {
		if a.Smuggler != kJane {
			t.Errorf("alert %d names smuggler %s, want %s", i, a.Smuggler, kJane)
		}
		if i > 0 && a.Hops < got[i-1].Hops {
			t.Errorf("alert %d: %d hops after %d, want nearest first", i, a.Hops, got[i-1].Hops)
		}
		hops[a.Subject] = a.Hops
	}
	// John travels with Jane (1 hop); their booking is 1 hop; Shadow is
	// already a known smuggler and the flight is not a subject kind.
	want := map[graph.Key]int{kJohn: 1, kBooking: 1}
	if diff := cmp.Diff(want, hops); diff != "" {
		t.Errorf("alerted subjects within 2 hops (-want +got):\n%s", diff)
	}
	if slices.ContainsFunc(got, func(a alerts.Alert) bool { return !strings.Contains(a.Reason, "Passenger") }) {
		t.Errorf("reasons %+v: want the marked kind named", got)
	}

	mustQuery(t, srv, mark, map[string]any{"id": kJane.String()})
	if again := received(len(got) + 1); len(again) != len(got) {
		t.Errorf("second mark raised %d more alerts, want none", len(again)-len(got))
	}
}
