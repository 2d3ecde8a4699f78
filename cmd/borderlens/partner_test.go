package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/access/exchange"
	"github.com/borderlens/borderlens/graph"
)

// runCmd runs the CLI and returns its stdout.
func runCmd(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if err := run(context.Background(), args, demoEnv, &out, &errb); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

// seed writes nodes into the embedded store under dir.
func seed(t *testing.T, dir string, nodes ...graph.Node) {
	t.Helper()
	s, err := openStore(context.Background(), dir, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Upsert(context.Background(), graph.Batch{Nodes: nodes}); err != nil {
		t.Fatal(err)
	}
}

func TestKeysCommand(t *testing.T) {
	dir := t.TempDir()
	token := strings.TrimSpace(runCmd(t, "keys", "create", "--data-dir", dir, "--role", "officer", "--name", "desk 4"))
	if !strings.HasPrefix(token, "blk_") {
		t.Fatalf("create printed %q, want a key", token)
	}
	id := strings.Split(token, "_")[1]
	if list := runCmd(t, "keys", "list", "--data-dir", dir); !strings.Contains(list, id) || !strings.Contains(list, "active") || strings.Contains(list, token) {
		t.Errorf("list: got\n%s\nwant the key id, active, and never the key", list)
	}
	runCmd(t, "keys", "revoke", "--data-dir", dir, id)
	if list := runCmd(t, "keys", "list", "--data-dir", dir); !strings.Contains(list, "revoked") {
		t.Errorf("list after revoke: got\n%s", list)
	}
	if err := run(context.Background(), []string{"keys", "create", "--data-dir", dir, "--role", "root", "--name", "x"}, demoEnv, io.Discard, io.Discard); err == nil {
		t.Error("create with an unknown role: got nil error")
	}
	// Key changes are audited, and the chain verifies.
	if out := runCmd(t, "audit", "verify", "--data-dir", dir); !strings.Contains(out, "ok: 2 entries") {
		t.Errorf("audit verify: got %q, want 2 entries", out)
	}
}

// TestPartnerExchange exports profiles from one agency's store with the
// CLI, imports them into a second agency's store, and sees the evidence
// on the matching trader over GraphQL with an API key.
func TestPartnerExchange(t *testing.T) {
	ours, theirs, tmp := t.TempDir(), t.TempDir(), t.TempDir()
	acme := graph.Trader{ID: "KR1", Name: "Acme Trading", Country: "KR"}.Node()
	acme.Props[graph.PropNetworkRisk] = 0.8
	acme.Props[graph.PropKnownSmugglerReason] = "informant tip"
	seed(t, ours, acme)
	mine := graph.Trader{ID: "KR1", Name: "Acme Trading", Country: "KR"}.Node()
	mine.Props[graph.PropNetworkRisk] = 0.1
	seed(t, theirs, mine)

	pub := filepath.Join(tmp, "kcs-kr.jwks")
	if err := os.WriteFile(pub, []byte(runCmd(t, "partner", "keygen", "--data-dir", ours, "--id", "kcs-kr")), 0o600); err != nil {
		t.Fatal(err)
	}
	runCmd(t, "partner", "trust", "--data-dir", theirs, pub)
	doc := filepath.Join(tmp, "profiles.jws")
	runCmd(t, "partner", "export", "--data-dir", ours, "--min-risk", "0.5", "--out", doc)
	signed, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(signed), "informant") {
		t.Fatal("document is not encoded") // a JWS payload is base64url
	}
	if ftm := runCmd(t, "partner", "verify", "--data-dir", theirs, "--ftm", doc); !strings.Contains(ftm, `"schema":"Company"`) || strings.Contains(ftm, "informant") {
		t.Errorf("verify --ftm: got %s", ftm)
	}

	// An altered copy is refused, and the refusal is audited.
	parts := strings.Split(strings.TrimSpace(string(signed)), ".")
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	parts[1] = base64.RawURLEncoding.EncodeToString(bytes.Replace(payload, []byte("0.8"), []byte("0.9"), 1))
	altered := filepath.Join(tmp, "altered.jws")
	if err := os.WriteFile(altered, []byte(strings.Join(parts, ".")), 0o600); err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	if err := run(context.Background(), []string{"partner", "import", "--data-dir", theirs, altered}, demoEnv, io.Discard, &errb); err == nil || !strings.Contains(errb.String(), "bad signature") {
		t.Fatalf("import of an altered document: got %v, %q; want refused for a bad signature", err, errb.String())
	}

	var rep exchange.ImportReport
	if err := json.Unmarshal([]byte(runCmd(t, "partner", "import", "--data-dir", theirs, doc)), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Matched) != 1 || rep.Matched[0].Trader != acme.Key {
		t.Fatalf("import report: got %+v, want Acme matched", rep)
	}
	al, err := openAudit(theirs, "", demoEnv)
	if err != nil {
		t.Fatal(err)
	}
	imports, err := al.Query(context.Background(), audit.Filter{Kind: audit.KindImport})
	al.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) != 2 || imports[0].Outcome != "refused" || imports[1].Outcome != "ok" {
		t.Errorf("audited imports: got %+v, want refused then ok", imports)
	}

	// Serve the receiving store; with a key file present, credentials are required.
	key := strings.TrimSpace(runCmd(t, "keys", "create", "--data-dir", theirs, "--role", "officer", "--name", "analyst"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := serveConfig{addr: "127.0.0.1:0", complexity: 5000, maxDepth: 12, timeout: 30 * time.Second}
	cfg.dataDir = theirs
	app, err := newApp(ctx, cfg, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx) }()
	defer func() {
		cancel()
		<-done
		app.Close()
	}()
	addr, err := app.Web.Addr(ctx)
	if err != nil {
		t.Fatal(err)
	}
	query := `{"query":"{ node(id: \"Trader:KR1\") { networkRisk properties { name value } } }"}`
	post := func(credential string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", strings.NewReader(query))
		req.Header.Set("Content-Type", "application/json")
		if credential != "" {
			req.Header.Set("Authorization", "Bearer "+credential)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if status, _ := post(""); status != http.StatusUnauthorized {
		t.Errorf("without credentials: got %d, want 401", status)
	}
	status, body := post(key)
	if status != 200 {
		t.Fatalf("with a key: got %d %s", status, body)
	}
	for _, want := range []string{`"networkRisk":0.1`, `"name":"partner_kcs_kr_risk","value":0.8`, `"name":"partnerEvidence","value":["kcs-kr"]`} {
		if !strings.Contains(body, want) {
			t.Errorf("trader as served: missing %s in %s", want, body)
		}
	}
}
