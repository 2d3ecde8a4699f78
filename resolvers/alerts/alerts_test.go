package alerts_test

import (
	"context"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/alerts"
)

func TestHub(t *testing.T) {
	h := alerts.NewHub(2)
	ctx, cancel := context.WithCancel(t.Context())
	a, err := h.Subscribe(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := h.Subscribe(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Subscribers(); got != 2 {
		t.Fatalf("Subscribers() = %d, want 2", got)
	}
	for i := range 3 {
		h.Publish(alerts.Alert{ID: string(rune('a' + i)), Hops: i})
	}
	for _, ch := range []<-chan alerts.Alert{a, b} {
		if got := (<-ch).ID; got != "a" {
			t.Errorf("first alert = %q, want a", got)
		}
		if got := (<-ch).ID; got != "b" {
			t.Errorf("second alert = %q, want b", got)
		}
	}
	if got := h.Dropped(); got != 2 {
		t.Errorf("Dropped() = %d, want 2 (third alert, buffer 2, two subscribers)", got)
	}

	cancel()
	if _, ok := <-a; ok {
		t.Errorf("channel still open after its context ended")
	}
	if got := h.Subscribers(); got != 1 {
		t.Errorf("Subscribers() = %d after cancel, want 1", got)
	}

	h.Close()
	if _, ok := <-b; ok {
		t.Errorf("channel still open after Close")
	}
	if _, err := h.Subscribe(t.Context()); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Subscribe after Close: %v, want unavailable", err)
	}
}

func TestAlertIDs(t *testing.T) {
	a := alerts.Alert{Subject: graph.NewKey(graph.KindPassenger, "DOE/JOHN/1970-07-12"), Smuggler: graph.NewKey(graph.KindTrader, "X")}
	if got, want := a.SubjectID(), "Passenger:DOE/JOHN/1970-07-12"; got != want {
		t.Errorf("SubjectID() = %q, want %q", got, want)
	}
	if got, want := a.SmugglerID(), "Trader:X"; got != want {
		t.Errorf("SmugglerID() = %q, want %q", got, want)
	}
}
