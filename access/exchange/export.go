package exchange

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"time"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
)

// Source is the part of graph.Store the exporter reads.
type Source interface {
	ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error
	Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error)
	Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error)
}

var _ Source = graph.Store(nil)

// RiskFunc returns a trader's network risk from an analytics run held in
// memory, and when the run was computed; ok is false when the run does
// not know the trader.
type RiskFunc func(graph.Key) (risk float64, computedAt time.Time, ok bool)

// ExportOptions select and stamp the profiles to export.
type ExportOptions struct {
	Issuer string   // our partner id (the signing key's kid)
	IDs    []string // trader ids to export; empty selects by MinRisk / KnownSmugglers
	// MinRisk selects traders whose network risk is at least this.
	MinRisk float64
	// KnownSmugglers also selects every trader marked a known smuggler,
	// whatever its risk.
	KnownSmugglers bool
	Limit          int           // at most this many, riskiest first; 0 means no limit
	Risk           RiskFunc      // risk source; nil reads the stored networkRisk property
	Now            time.Time     // issue time
	TTL            time.Duration // validity; default 30 days
}

// partnerView answers which Trader fields the policy shares with partners.
type partnerView struct{ p *access.Policy }

func (v partnerView) shares(field string) bool {
	return v.p.Field(graph.RolePartner, "Trader", field) == access.Allow
}

// Profiles builds the exchange document of trader risk profiles: the
// selected traders mapped onto FtM Company entities (see Entity), each
// property included only when the access policy shares the Trader field
// with the partner role — the same policy that guards partner GraphQL
// queries, so the export can never hold more than a partner could query.
// It also returns the keys of the exported traders, in entity order, for
// the audit trail. Errors: EFORBIDDEN (the policy shares no trader data),
// ENOTFOUND (an id in opts.IDs is not a trader), EINVALID.
func Profiles(ctx context.Context, src Source, pol *access.Policy, opts ExportOptions) (Document, []graph.Key, error) {
	if err := ValidIssuer(opts.Issuer); err != nil {
		return Document{}, nil, err
	}
	view := partnerView{pol}
	if pol.Type(graph.RolePartner, "Trader") != access.Allow {
		return Document{}, nil, graph.Errorf(graph.EFORBIDDEN, "the access policy shares no Trader data with partners")
	}
	if opts.TTL <= 0 {
		opts.TTL = 30 * 24 * time.Hour
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	traders, err := selectTraders(ctx, src, opts)
	if err != nil {
		return Document{}, nil, err
	}
	jti := make([]byte, 16)
	if _, err := rand.Read(jti); err != nil {
		return Document{}, nil, fmt.Errorf("exchange: random: %w", err)
	}
	doc := Document{
		Format: Format, Issuer: opts.Issuer, ID: hex.EncodeToString(jti),
		IssuedAt: opts.Now.Unix(), Expires: opts.Now.Add(opts.TTL).Unix(),
		Entities: []Entity{},
	}
	keys := make([]graph.Key, 0, len(traders))
	for _, t := range traders {
		e, err := profile(ctx, src, view, opts.Issuer, t)
		if err != nil {
			return Document{}, nil, err
		}
		doc.Entities = append(doc.Entities, e)
		keys = append(keys, t.node.Key)
	}
	return doc, keys, doc.Validate()
}

// scored is a selected trader with its risk.
type scored struct {
	node       graph.Node
	risk       float64
	hasRisk    bool
	computedAt time.Time
}

func riskOf(n graph.Node, rf RiskFunc) scored {
	s := scored{node: n}
	if rf != nil {
		s.risk, s.computedAt, s.hasRisk = rf(n.Key)
		return s
	}
	s.risk, s.hasRisk = n.Props.Float(graph.PropNetworkRisk)
	if at := n.Props.String(graph.PropAnalysisTime); at != "" {
		s.computedAt, _ = time.Parse(time.RFC3339, at)
	}
	return s
}

func selectTraders(ctx context.Context, src Source, opts ExportOptions) ([]scored, error) {
	var out []scored
	if len(opts.IDs) > 0 {
		keys := make([]graph.Key, len(opts.IDs))
		for i, id := range opts.IDs {
			keys[i] = graph.NewKey(graph.KindTrader, id)
		}
		nodes, found, err := src.Nodes(ctx, keys)
		if err != nil {
			return nil, fmt.Errorf("exchange: read traders: %w", err)
		}
		for i, ok := range found {
			if !ok {
				return nil, graph.Errorf(graph.ENOTFOUND, "trader %q not found", opts.IDs[i])
			}
			out = append(out, riskOf(nodes[i], opts.Risk))
		}
		return out, nil
	}
	err := src.ScanNodes(ctx, []graph.Kind{graph.KindTrader}, func(n graph.Node) error {
		s := riskOf(n, opts.Risk)
		if (s.hasRisk && s.risk >= opts.MinRisk) || (opts.KnownSmugglers && n.Props.Bool(graph.PropKnownSmuggler)) {
			out = append(out, s)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("exchange: scan traders: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].risk != out[j].risk {
			return out[i].risk > out[j].risk
		}
		return out[i].node.Key.ID < out[j].node.Key.ID
	})
	if opts.Limit > 0 && len(out) > opts.Limit {
		out = out[:opts.Limit]
	}
	return out, nil
}

// EntityID is the FtM id of a trader in issuer's exports: issuer plus a
// SHA-256 digest of the trader id, stable across exports so partners can
// update an entity, and not the raw customs id (which goes in
// registrationNumber only when the policy shares it).
func EntityID(issuer, traderID string) string {
	h := sha256.Sum256([]byte(issuer + "\x00" + traderID))
	return issuer + "-" + hex.EncodeToString(h[:12])
}

func profile(ctx context.Context, src Source, view partnerView, issuer string, s scored) (Entity, error) {
	n := s.node
	t := graph.TraderFromNode(n)
	e := Entity{ID: EntityID(issuer, t.ID), Schema: "Company", Properties: map[string][]string{}}
	add := func(field, prop, v string) {
		if v != "" && view.shares(field) {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
	add("name", "name", t.Name)
	add("country", "country", ftmCountry(t.Country))
	add("id", "registrationNumber", t.ID)
	if view.shares("address") {
		sg, err := src.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{n.Key}, Depth: 1,
			NodeKinds: []graph.Kind{graph.KindAddress}, RelKinds: []graph.RelKind{graph.RelLocatedAt}, Limit: 10})
		if err != nil {
			return Entity{}, fmt.Errorf("exchange: addresses of %s: %w", n.Key, err)
		}
		for _, a := range sg.Nodes {
			if a.Key.Kind == graph.KindAddress {
				addr := a.Props.String(graph.PropRaw)
				if addr == "" {
					addr = a.Key.ID
				}
				add("address", "address", addr)
			}
		}
	}
	var r Risk
	known := n.Props.Bool(graph.PropKnownSmuggler)
	if view.shares("knownSmuggler") {
		r.KnownSmuggler = &known
		if known {
			add("knownSmuggler", "topics", "crime.traffick")
		}
	}
	if known && view.shares("knownSmugglerSince") {
		r.KnownSmugglerSince = n.Props.String(graph.PropKnownSmugglerSince)
	}
	if s.hasRisk && view.shares("networkRisk") {
		v := s.risk
		r.NetworkRisk = &v
		if !s.computedAt.IsZero() {
			r.ComputedAt = s.computedAt.UTC().Format(time.RFC3339)
		}
	}
	if view.shares("roles") && len(t.Roles) > 0 {
		r.Roles = append([]string(nil), t.Roles...)
	}
	if r.NetworkRisk != nil || r.KnownSmuggler != nil || len(r.Roles) > 0 {
		e.Risk = &r
	}
	return e, nil
}
