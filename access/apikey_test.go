package access_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestKeyStore(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)}
	path := filepath.Join(t.TempDir(), "apikeys.json")
	ks := access.OpenKeyStore(path, clk.Now)
	if ks.Configured() {
		t.Fatal("Configured before any key: got true")
	}
	officerKey, rec, err := ks.Create(ctx, "desk officer", graph.RoleOfficer, 0)
	if err != nil {
		t.Fatal(err)
	}
	shortKey, _, err := ks.Create(ctx, "temp", graph.RolePartner, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if !ks.Configured() {
		t.Fatal("Configured after Create: got false")
	}
	// Hashed at rest: the file never holds the key, and only its owner reads it.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	secret := officerKey[strings.LastIndex(officerKey, "_")+1:]
	if strings.Contains(string(b), secret) {
		t.Error("key file contains the key's secret")
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("key file mode: got %v, want 0600", st.Mode().Perm())
	}

	// A second store on the same file (the server) sees CLI changes.
	server := access.OpenKeyStore(path, clk.Now)
	p, err := server.Authenticate(ctx, officerKey)
	if err != nil {
		t.Fatalf("authenticate: %v", err)
	}
	if want := (graph.Principal{ID: "key:" + rec.ID, Role: graph.RoleOfficer}); p != want {
		t.Errorf("principal: got %+v, want %+v", p, want)
	}
	tampered := officerKey[:len(officerKey)-2] + "xx"
	tests := []struct {
		name, key string
	}{
		{"tampered secret", tampered},
		{"malformed", "blk_short"},
		{"not a key", "hello"},
		{"unknown id", "blk_000000000000_" + secret},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := server.Authenticate(ctx, tc.key); graph.ErrorCode(err) != graph.EUNAUTHORIZED {
				t.Errorf("got %v, want unauthorized", err)
			}
		})
	}

	if _, err := ks.Revoke(ctx, rec.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := server.Authenticate(ctx, officerKey); graph.ErrorCode(err) != graph.EUNAUTHORIZED || !strings.Contains(err.Error(), "revoked") {
		t.Errorf("revoked key: got %v, want unauthorized (revoked)", err)
	}
	if _, err := ks.Revoke(ctx, "nope"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("revoke unknown: got %v, want not_found", err)
	}
	if _, err := server.Authenticate(ctx, shortKey); err != nil {
		t.Errorf("short-lived key before expiry: %v", err)
	}
	clk.Add(2 * time.Hour)
	if _, err := server.Authenticate(ctx, shortKey); graph.ErrorCode(err) != graph.EUNAUTHORIZED || !strings.Contains(err.Error(), "expired") {
		t.Errorf("expired key: got %v, want unauthorized (expired)", err)
	}
	list, err := ks.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Revoked == nil || list[1].Revoked != nil {
		t.Errorf("list: got %+v, want 2 keys, the first revoked", list)
	}
	if _, _, err := ks.Create(ctx, "", graph.RoleAdmin, 0); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("create without name: got %v, want invalid", err)
	}
	if _, _, err := ks.Create(ctx, "x", "root", 0); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("create with unknown role: got %v, want invalid", err)
	}
}

func TestKeyStoreConcurrentCreate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "apikeys.json")
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Separate stores stand for separate CLI processes.
			if _, _, err := access.OpenKeyStore(path, nil).Create(ctx, "k", graph.RoleOfficer, 0); err != nil {
				t.Errorf("create %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	list, err := access.OpenKeyStore(path, nil).List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 8 {
		t.Errorf("keys after 8 concurrent creates: got %d, want 8", len(list))
	}
}

func TestRateLimiter(t *testing.T) {
	clk := &clock{t: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)}
	l := access.NewRateLimiter(1, 3, clk.Now)
	for i := range 3 {
		if ok, _ := l.Allow("a"); !ok {
			t.Fatalf("request %d within burst refused", i)
		}
	}
	ok, wait := l.Allow("a")
	if ok || wait <= 0 {
		t.Fatalf("request over burst: got ok=%v wait=%v, want refused with a wait", ok, wait)
	}
	if ok, _ := l.Allow("b"); !ok {
		t.Error("another principal is limited by a's bucket")
	}
	clk.Add(wait)
	if ok, _ := l.Allow("a"); !ok {
		t.Error("request after the advertised wait refused")
	}
	if ok, _ := access.NewRateLimiter(0, 1, nil).Allow("x"); !ok {
		t.Error("disabled limiter refused")
	}
}
