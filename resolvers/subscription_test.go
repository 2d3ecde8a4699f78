package resolvers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/borderlens/borderlens/resolvers/alerts"
	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsMessage is a graphql-transport-ws message.
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// dialWS opens a graphql-transport-ws connection to srvURL with the given
// Origin header (none when empty).
func dialWS(ctx context.Context, srvURL, origin string) (*websocket.Conn, *http.Response, error) {
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	return websocket.Dial(ctx, "ws"+strings.TrimPrefix(srvURL, "http"), &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   h,
	})
}

func readWS(ctx context.Context, t *testing.T, c *websocket.Conn) wsMessage {
	t.Helper()
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, c, &m); err != nil {
			t.Fatalf("read: %v", err)
		}
		if m.Type != "ping" && m.Type != "pong" && m.Type != "ka" {
			return m
		}
	}
}

// TestAlertsSubscription subscribes over WebSocket, publishes alerts to the
// hub and checks only those within maxHops arrive, with their nodes.
func TestAlertsSubscription(t *testing.T) {
	hub := alerts.NewHub(0)
	var seen []string
	srv := newServer(t, resolvers.Config{
		Store:  MustOpenWorld(t),
		Alerts: hub,
		WSInit: func(ctx context.Context, p map[string]any) (context.Context, error) {
			tok, _ := p["token"].(string)
			seen = append(seen, tok)
			if tok != "secret" {
				return ctx, graph.Errorf(graph.EUNAUTHORIZED, "bad token")
			}
			return graph.NewContextWithPrincipal(ctx, graph.Principal{ID: "u1", Role: graph.RoleInvestigator}), nil
		},
	})
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()

	c, _, err := dialWS(ctx, srv.URL, "")
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.CloseNow()
	if err := wsjson.Write(ctx, c, map[string]any{"type": "connection_init", "payload": map[string]any{"token": "secret"}}); err != nil {
		t.Fatal(err)
	}
	if m := readWS(ctx, t, c); m.Type != "connection_ack" {
		t.Fatalf("got %s, want connection_ack", m.Type)
	}
	sub := map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
		"query": `subscription { alerts(maxHops: 2) { subjectId hops reason subject { label } smuggler { ... on Trader { name knownSmuggler } } } }`,
	}}
	if err := wsjson.Write(ctx, c, sub); err != nil {
		t.Fatal(err)
	}
	for hub.Subscribers() == 0 {
		select {
		case <-ctx.Done():
			t.Fatal("subscription never registered")
		case <-time.After(5 * time.Millisecond):
		}
	}
	hub.Publish(alerts.Alert{ID: "a1", At: fixedNow, Subject: kJohn, Smuggler: kShadow, Hops: 5, Reason: "too far"})
	hub.Publish(alerts.Alert{ID: "a2", At: fixedNow, Subject: kJohn, Smuggler: kShadow, Hops: 2, Reason: "shares a phone"})

	m := readWS(ctx, t, c)
	if m.Type != "next" || m.ID != "1" {
		t.Fatalf("got %s %s: %s, want next 1", m.Type, m.ID, m.Payload)
	}
	want := `{"data":{"alerts":{"subjectId":"Passenger:DOE/JOHN/1970-07-12","hops":2,"reason":"shares a phone",` +
		`"subject":{"label":"JOHN DOE"},"smuggler":{"name":"Shadow Imports","knownSmuggler":true}}}}`
	if got := string(m.Payload); got != want {
		t.Errorf("payload = %s, want %s", got, want)
	}
	if err := wsjson.Write(ctx, c, map[string]any{"id": "1", "type": "complete"}); err != nil {
		t.Fatal(err)
	}
	for hub.Subscribers() != 0 {
		select {
		case <-ctx.Done():
			t.Fatal("subscription not released after complete")
		case <-time.After(5 * time.Millisecond):
		}
	}

	// A connection whose init payload is refused is closed.
	c2, _, err := dialWS(ctx, srv.URL, "")
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c2.CloseNow()
	_ = wsjson.Write(ctx, c2, map[string]any{"type": "connection_init", "payload": map[string]any{"token": "wrong"}})
	var m2 wsMessage
	err = wsjson.Read(ctx, c2, &m2)
	if err == nil && m2.Type == "connection_ack" {
		t.Errorf("connection with a bad token was acknowledged")
	}
	if len(seen) != 2 || seen[1] != "wrong" {
		t.Errorf("init func saw %v, want [secret wrong]", seen)
	}
}

// TestWebSocketOrigin checks cross-origin upgrades are refused unless
// allowed.
func TestWebSocketOrigin(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	tests := []struct {
		name     string
		patterns []string
		origin   string
		ok       bool
	}{
		{"no origin header", nil, "", true},
		{"other origin refused", nil, "https://evil.example", false},
		{"other origin allowed by pattern", []string{"*.customs.example"}, "https://ui.customs.example", true},
		{"pattern does not match", []string{"*.customs.example"}, "https://evil.example", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t), WSOriginPatterns: tc.patterns})
			c, resp, err := dialWS(ctx, srv.URL, tc.origin)
			if c != nil {
				defer c.CloseNow()
			}
			if tc.ok && err != nil {
				t.Fatalf("dial refused: %v", err)
			}
			if !tc.ok {
				if err == nil {
					t.Fatalf("cross-origin upgrade from %s accepted", tc.origin)
				}
				if resp == nil || resp.StatusCode != http.StatusForbidden {
					t.Errorf("response %v, want 403", resp)
				}
			}
		})
	}
}

// TestSubscriptionWithoutAlerts checks the subscription fails cleanly
// without an alert source.
func TestSubscriptionWithoutAlerts(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	c, _, err := dialWS(ctx, srv.URL, "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	_ = wsjson.Write(ctx, c, map[string]any{"type": "connection_init"})
	if m := readWS(ctx, t, c); m.Type != "connection_ack" {
		t.Fatalf("got %s, want connection_ack", m.Type)
	}
	_ = wsjson.Write(ctx, c, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": `subscription { alerts { id } }`}})
	m := readWS(ctx, t, c)
	var errs []gqlError
	if m.Type == "next" {
		var p struct{ Errors []gqlError }
		_ = json.Unmarshal(m.Payload, &p)
		errs = p.Errors
	} else if m.Type == "error" {
		_ = json.Unmarshal(m.Payload, &errs)
	}
	if len(errs) == 0 || errs[0].Extensions["code"] != graph.EUNAVAILABLE {
		t.Errorf("got %s %s, want an unavailable error", m.Type, m.Payload)
	}
}
