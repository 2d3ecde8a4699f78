package exchange_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/exchange"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
)

var now = time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)

func mustOpenStore(t testing.TB) graph.Store {
	t.Helper()
	s, err := embedded.Open(context.Background(), filepath.Join(t.TempDir(), "graph.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func trader(id, name, country string, props graph.Props) graph.Node {
	n := graph.Trader{ID: id, Name: name, Country: country, Roles: []string{graph.TraderRoleImporter}}.Node()
	for k, v := range props {
		n.Props[k] = v
	}
	return n
}

// ourWorld is the exporting agency's store: traders with risk, internal
// notes, a declaration with a commercial value and a passenger sharing the
// trader's phone.
func ourWorld(t testing.TB) graph.Store {
	t.Helper()
	s := mustOpenStore(t)
	acme := trader("KR1", "Acme Trading", "KR", graph.Props{
		graph.PropNetworkRisk: 0.8, graph.PropKnownSmuggler: true, graph.PropKnownSmugglerSince: "2023-01-05",
		graph.PropKnownSmugglerSource: "SZ-0042", graph.PropKnownSmugglerReason: "informant tip on cocaine in bananas",
		graph.PropDateMeanProb: 0.71, graph.PropAnalysisTime: "2024-02-28T10:00:00Z",
	})
	beta := trader("KR2", "Beta Logistics", "KR", graph.Props{graph.PropNetworkRisk: 0.2})
	gamma := trader("KR3", "Gamma Freight", "KR", graph.Props{graph.PropNetworkRisk: 0.6})
	decl := graph.Declaration{ID: "D1", Date: now, ImporterID: "KR1", HSCode: "080390", Value: 987654.25}.Node()
	pax := graph.Node{Key: graph.NewKey(graph.KindPassenger, "DOE/JOHN/1970-07-12"), Label: "DOE/JOHN"}
	addr := graph.Node{Key: graph.AddressKey("1 harbour rd busan"), Props: graph.Props{graph.PropRaw: "1 Harbour Rd, Busan"}}
	phone := graph.Node{Key: graph.PhoneKey("+821012345678")}
	err := s.Upsert(context.Background(), graph.Batch{
		Nodes: []graph.Node{acme, beta, gamma, decl, pax, addr, phone},
		Edges: []graph.Edge{
			{From: acme.Key, Kind: graph.RelImported, To: decl.Key},
			{From: acme.Key, Kind: graph.RelLocatedAt, To: addr.Key},
			{From: acme.Key, Kind: graph.RelUsesPhone, To: phone.Key},
			{From: pax.Key, Kind: graph.RelUsesPhone, To: phone.Key},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// theirWorld is the receiving partner's store: Acme under the same id with
// its own assessment, Gamma under another id (matched by name and
// country), Beta absent.
func theirWorld(t *testing.T) graph.Store {
	t.Helper()
	s := mustOpenStore(t)
	err := s.Upsert(context.Background(), graph.Batch{Nodes: []graph.Node{
		trader("KR1", "ACME TRADING CO", "KR", graph.Props{graph.PropNetworkRisk: 0.1, graph.PropKnownSmuggler: false}),
		trader("NL-77", "GAMMA  freight", "kr", nil),
	}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustKey(t testing.TB, id string) jose.JSONWebKey {
	t.Helper()
	k, err := exchange.GenerateKey(id)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func trust(t testing.TB, keys ...jose.JSONWebKey) *exchange.TrustedKeys {
	t.Helper()
	var set jose.JSONWebKeySet
	for _, k := range keys {
		set.Keys = append(set.Keys, k.Public())
	}
	tk, err := exchange.NewTrustedKeys(set)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func export(t testing.TB, s graph.Store, pol *access.Policy, key jose.JSONWebKey, opts exchange.ExportOptions) (exchange.Document, string) {
	t.Helper()
	opts.Issuer, opts.Now = key.KeyID, now
	doc, _, err := exchange.Profiles(context.Background(), s, pol, opts)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := exchange.Sign(doc, key)
	if err != nil {
		t.Fatal(err)
	}
	return doc, signed
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	ours, theirs := ourWorld(t), theirWorld(t)
	key := mustKey(t, "kcs-kr")
	doc, signed := export(t, ours, access.DefaultPolicy(), key, exchange.ExportOptions{MinRisk: 0.5, KnownSmugglers: true})

	// The partner view: nothing beyond the shared trader fields.
	payload := decodePayload(t, signed)
	for _, leak := range []string{"informant", "SZ-0042", "DOE", "JOHN", "987654", "080390", "+8210", "dateMeanProb", "0.71", "Beta"} {
		if strings.Contains(payload, leak) {
			t.Errorf("signed document leaks %q", leak)
		}
	}
	risk, known := 0.8, true
	wantAcme := exchange.Entity{
		ID: exchange.EntityID("kcs-kr", "KR1"), Schema: "Company",
		Properties: map[string][]string{
			"name": {"Acme Trading"}, "country": {"kr"}, "registrationNumber": {"KR1"},
			"address": {"1 Harbour Rd, Busan"}, "topics": {"crime.traffick"},
		},
		Risk: &exchange.Risk{NetworkRisk: &risk, KnownSmuggler: &known, KnownSmugglerSince: "2023-01-05",
			Roles: []string{"importer"}, ComputedAt: "2024-02-28T10:00:00Z"},
	}
	if len(doc.Entities) != 2 {
		t.Fatalf("entities: got %d, want 2 (Acme, Gamma)", len(doc.Entities))
	}
	if diff := cmp.Diff(wantAcme, doc.Entities[0]); diff != "" {
		t.Errorf("Acme entity (-want +got):\n%s", diff)
	}

	got, err := trust(t, key).Verify([]byte(signed), now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, got); diff != "" {
		t.Fatalf("verified document differs (-sent +received):\n%s", diff)
	}
	rep, err := exchange.Attach(ctx, theirs, got)
	if err != nil {
		t.Fatal(err)
	}
	wantMatched := []exchange.Match{
		{Entity: exchange.EntityID("kcs-kr", "KR1"), Trader: graph.NewKey(graph.KindTrader, "KR1"), By: "registrationNumber"},
		{Entity: exchange.EntityID("kcs-kr", "KR3"), Trader: graph.NewKey(graph.KindTrader, "NL-77"), By: "name+country"},
	}
	if diff := cmp.Diff(wantMatched, rep.Matched); diff != "" {
		t.Errorf("matches (-want +got):\n%s", diff)
	}
	n, err := theirs.Node(ctx, graph.NewKey(graph.KindTrader, "KR1"))
	if err != nil {
		t.Fatal(err)
	}
	// Their own assessment is untouched; ours sits beside it, namespaced.
	if r, _ := n.Props.Float(graph.PropNetworkRisk); r != 0.1 || n.Props.Bool(graph.PropKnownSmuggler) {
		t.Errorf("partner's own risk overwritten: networkRisk %v knownSmuggler %v", r, n.Props.Bool(graph.PropKnownSmuggler))
	}
	if r, _ := n.Props.Float(exchange.PropName("kcs-kr", exchange.FieldRisk)); r != 0.8 {
		t.Errorf("imported risk: got %v, want 0.8", r)
	}
	if !n.Props.Bool(exchange.PropName("kcs-kr", exchange.FieldKnownSmuggler)) {
		t.Error("imported known-smuggler mark missing")
	}
	if diff := cmp.Diff([]string{"kcs-kr"}, n.Props[exchange.PropPartnerEvidence]); diff != "" {
		t.Errorf("partnerEvidence (-want +got):\n%s", diff)
	}

	// An older document from the same partner does not roll evidence back.
	older := doc
	older.ID, older.IssuedAt = "older", now.Add(-48*time.Hour).Unix()
	rep, err = exchange.Attach(ctx, theirs, older)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Stale) != 2 || len(rep.Matched) != 0 {
		t.Errorf("older document: got %d stale, %d matched; want 2, 0", len(rep.Stale), len(rep.Matched))
	}
}

func decodePayload(t *testing.T, compact string) string {
	t.Helper()
	parts := strings.Split(compact, ".")
	if len(parts) != 3 {
		t.Fatalf("not a compact JWS: %d parts", len(parts))
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestVerifyRefuses(t *testing.T) {
	ours := ourWorld(t)
	key := mustKey(t, "kcs-kr")
	impostor := mustKey(t, "kcs-kr") // same kid, different key
	stranger := mustKey(t, "xx-customs")
	doc, signed := export(t, ours, access.DefaultPolicy(), key, exchange.ExportOptions{MinRisk: 0.5})
	_, forged := export(t, ours, access.DefaultPolicy(), impostor, exchange.ExportOptions{MinRisk: 0.5})
	_, unknown := export(t, ours, access.DefaultPolicy(), stranger, exchange.ExportOptions{MinRisk: 0.5})

	parts := strings.Split(signed, ".")
	p, _ := base64.RawURLEncoding.DecodeString(parts[1])
	altered := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(strings.Replace(string(p), "0.8", "0.1", 1))) + "." + parts[2]

	// A document whose iss differs from the kid that signed it.
	mismatch := doc
	mismatch.Issuer = "other-agency"
	b, _ := json.Marshal(mismatch)
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: key}, (&jose.SignerOptions{}).WithType(exchange.MediaType))
	if err != nil {
		t.Fatal(err)
	}
	obj, _ := signer.Sign(b)
	mismatched, _ := obj.CompactSerialize()

	// Right key, wrong typ header.
	signer2, _ := jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: key}, (&jose.SignerOptions{}).WithType("JWT"))
	b2, _ := json.Marshal(doc)
	obj2, _ := signer2.Sign(b2)
	wrongTyp, _ := obj2.CompactSerialize()

	// Signed content that breaks the format (a passenger smuggled in).
	bad := doc
	bad.Entities = append([]exchange.Entity(nil), doc.Entities...)
	bad.Entities[0].Properties = map[string][]string{"name": {"x"}, "passportNumber": {"X123"}}
	b3, _ := json.Marshal(bad)
	obj3, _ := signer.Sign(b3)
	badContent, _ := obj3.CompactSerialize()

	tk := trust(t, key)
	tests := []struct {
		name   string
		doc    string
		at     time.Time
		reason string
	}{
		{"forged (impostor key, same kid)", forged, now, "bad signature"},
		{"altered payload", altered, now, "bad signature"},
		{"unknown issuer", unknown, now, "unknown issuer"},
		{"expired", signed, now.Add(31 * 24 * time.Hour), "expired"},
		{"from the future", signed, now.Add(-time.Hour), "not yet valid"},
		{"issuer mismatch", mismatched, now, "issuer mismatch"},
		{"wrong typ", wrongTyp, now, "malformed"},
		{"content outside the format", badContent, now, "invalid content"},
		{"garbage", "not.a.jws", now, "malformed"},
		{"alg none", "eyJhbGciOiJub25lIn0." + parts[1] + ".", now, "malformed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tk.Verify([]byte(tc.doc), tc.at)
			var ve *exchange.VerifyError
			if !exchange.IsVerifyError(err) {
				t.Fatalf("got %v, want a VerifyError %q", err, tc.reason)
			}
			if ve = err.(*exchange.VerifyError); ve.Reason != tc.reason {
				t.Errorf("reason: got %q (%s), want %q", ve.Reason, ve.Detail, tc.reason)
			}
		})
	}
	if _, err := tk.Verify([]byte(signed), now); err != nil {
		t.Errorf("genuine document refused: %v", err)
	}
}

func TestExportFollowsPolicy(t *testing.T) {
	ours := ourWorld(t)
	key := mustKey(t, "kcs-kr")
	// A stricter agreement: names and addresses are not shared.
	var rules []access.Rule
	for _, r := range access.DefaultRules() {
		if r.Type == "Trader" && (r.Field == "name" || r.Field == "address") {
			continue
		}
		rules = append(rules, r)
	}
	strict, err := access.New(rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := export(t, ours, strict, key, exchange.ExportOptions{IDs: []string{"KR1"}})
	if _, ok := doc.Entities[0].Properties["name"]; ok {
		t.Error("name exported although the policy does not share Trader.name")
	}
	if _, ok := doc.Entities[0].Properties["address"]; ok {
		t.Error("address exported although the policy does not share Trader.address")
	}
	if got := doc.Entities[0].Properties["registrationNumber"]; len(got) != 1 {
		t.Errorf("registrationNumber: got %v, want it shared", got)
	}

	none, err := access.New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := exchange.Profiles(context.Background(), ours, none, exchange.ExportOptions{Issuer: "kcs-kr"}); graph.ErrorCode(err) != graph.EFORBIDDEN {
		t.Errorf("policy sharing no traders: got %v, want forbidden", err)
	}
	if _, _, err := exchange.Profiles(context.Background(), ours, access.DefaultPolicy(), exchange.ExportOptions{Issuer: "kcs-kr", IDs: []string{"NOPE"}}); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("unknown trader id: got %v, want not_found", err)
	}
}
