package exchange

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Target is the part of graph.Store the importer uses.
type Target interface {
	ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error
	Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error)
	SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error
}

var _ Target = graph.Store(nil)

// Property names written on a matched trader. Partner evidence lives only
// under the "partner_<issuer>_" prefix (dashes in the issuer become
// underscores) plus the PropPartnerEvidence list, so an import can never
// overwrite one of our own properties or another partner's.
const (
	PropPrefix          = "partner_"
	PropPartnerEvidence = "partnerEvidence" // []string: issuers with evidence on the trader
)

// Evidence fields under PropName(issuer, field).
const (
	FieldRisk               = "risk"               // float64: the partner's network risk
	FieldKnownSmuggler      = "knownSmuggler"      // bool
	FieldKnownSmugglerSince = "knownSmugglerSince" // string
	FieldTopics             = "topics"             // []string: FtM topics
	FieldEntity             = "entity"             // string: the partner's FtM entity id
	FieldDocument           = "document"           // string: jti of the document
	FieldIssuedAt           = "issuedAt"           // string: RFC 3339 iat of the document
	FieldMatch              = "match"              // string: how the entity was matched
)

// PropName returns the trader property holding field of issuer's evidence.
func PropName(issuer, field string) string {
	return PropPrefix + strings.ReplaceAll(issuer, "-", "_") + "_" + field
}

// Match is one entity attached to one of our traders.
type Match struct {
	Entity string    `json:"entity"`
	Trader graph.Key `json:"trader"`
	By     string    `json:"by"` // "registrationNumber" or "name+country"
}

// ImportReport says what an import did.
type ImportReport struct {
	Issuer    string   `json:"issuer"`
	Document  string   `json:"document"`
	Matched   []Match  `json:"matched"`
	Unmatched []string `json:"unmatched,omitempty"` // entity ids with no matching trader
	Ambiguous []string `json:"ambiguous,omitempty"` // entity ids whose name matched several traders
	Stale     []string `json:"stale,omitempty"`     // entity ids already holding newer evidence from the issuer
}

// Attach attaches a verified document's entities to matching traders as
// external risk evidence: first by registrationNumber (our trader id),
// else by folded name and country when exactly one trader has them.
// Nothing is created and none of our own properties is touched; a trader
// already holding newer evidence from the same issuer keeps it. All
// updates go in one transaction. Call it only with a document returned by
// TrustedKeys.Verify. Errors: EINVALID, store errors.
func Attach(ctx context.Context, dst Target, doc Document) (ImportReport, error) {
	rep := ImportReport{Issuer: doc.Issuer, Document: doc.ID, Matched: []Match{}}
	if err := doc.Validate(); err != nil {
		return rep, err
	}
	var byName map[string][]graph.Key
	issuedAt := time.Unix(doc.IssuedAt, 0).UTC()
	var updates []graph.PropertyUpdate
	seen := map[graph.Key]bool{}
	for _, e := range doc.Entities {
		key, by, err := match(ctx, dst, e, &byName)
		if err != nil {
			return rep, err
		}
		switch by {
		case "":
			rep.Unmatched = append(rep.Unmatched, e.ID)
			continue
		case "ambiguous":
			rep.Ambiguous = append(rep.Ambiguous, e.ID)
			continue
		}
		if seen[key] {
			rep.Ambiguous = append(rep.Ambiguous, e.ID)
			continue
		}
		seen[key] = true
		nodes, _, err := dst.Nodes(ctx, []graph.Key{key})
		if err != nil {
			return rep, fmt.Errorf("exchange: read %s: %w", key, err)
		}
		cur := nodes[0]
		if prev, err := time.Parse(time.RFC3339, cur.Props.String(PropName(doc.Issuer, FieldIssuedAt))); err == nil && prev.After(issuedAt) {
			rep.Stale = append(rep.Stale, e.ID)
			continue
		}
		updates = append(updates, graph.PropertyUpdate{Key: key, Props: evidence(doc, e, by, cur)})
		rep.Matched = append(rep.Matched, Match{Entity: e.ID, Trader: key, By: by})
	}
	if len(updates) == 0 {
		return rep, nil
	}
	if err := dst.SetProperties(ctx, updates); err != nil {
		return rep, fmt.Errorf("exchange: attach evidence: %w", err)
	}
	return rep, nil
}

// evidence returns the namespaced properties for e, clearing fields an
// earlier document from the same issuer set and this one does not.
func evidence(doc Document, e Entity, by string, cur graph.Node) graph.Props {
	p := graph.Props{}
	set := func(field string, v any) { p[PropName(doc.Issuer, field)] = v }
	for _, f := range []string{FieldRisk, FieldKnownSmuggler, FieldKnownSmugglerSince, FieldTopics} {
		set(f, nil)
	}
	set(FieldEntity, e.ID)
	set(FieldDocument, doc.ID)
	set(FieldIssuedAt, time.Unix(doc.IssuedAt, 0).UTC().Format(time.RFC3339))
	set(FieldMatch, by)
	if t := e.Properties["topics"]; len(t) > 0 {
		set(FieldTopics, append([]string(nil), t...))
	}
	if r := e.Risk; r != nil {
		if r.NetworkRisk != nil {
			set(FieldRisk, *r.NetworkRisk)
		}
		if r.KnownSmuggler != nil {
			set(FieldKnownSmuggler, *r.KnownSmuggler)
		}
		if r.KnownSmugglerSince != "" {
			set(FieldKnownSmugglerSince, r.KnownSmugglerSince)
		}
	}
	issuers, _ := cur.Props[PropPartnerEvidence].([]string)
	if !slices.Contains(issuers, doc.Issuer) {
		issuers = append(slices.Clone(issuers), doc.Issuer)
		slices.Sort(issuers)
	}
	p[PropPartnerEvidence] = issuers
	return p
}

// match finds our trader for e.
func match(ctx context.Context, dst Target, e Entity, byName *map[string][]graph.Key) (graph.Key, string, error) {
	for _, reg := range e.Properties["registrationNumber"] {
		k := graph.NewKey(graph.KindTrader, strings.TrimSpace(reg))
		if k.Validate() != nil {
			continue
		}
		_, found, err := dst.Nodes(ctx, []graph.Key{k})
		if err != nil {
			return graph.Key{}, "", fmt.Errorf("exchange: match %s: %w", e, err)
		}
		if found[0] {
			return k, "registrationNumber", nil
		}
	}
	name, country := e.first("name"), e.first("country")
	if name == "" || country == "" {
		return graph.Key{}, "", nil
	}
	if *byName == nil {
		idx := map[string][]graph.Key{}
		err := dst.ScanNodes(ctx, []graph.Kind{graph.KindTrader}, func(n graph.Node) error {
			if c := n.Props.String("country"); c != "" && n.Label != "" {
				k := nameKey(n.Label, c)
				idx[k] = append(idx[k], n.Key)
			}
			return nil
		})
		if err != nil {
			return graph.Key{}, "", fmt.Errorf("exchange: index trader names: %w", err)
		}
		*byName = idx
	}
	switch ks := (*byName)[nameKey(name, country)]; len(ks) {
	case 0:
		return graph.Key{}, "", nil
	case 1:
		return ks[0], "name+country", nil
	default:
		return graph.Key{}, "ambiguous", nil
	}
}

func nameKey(name, country string) string {
	return graph.FoldText(name) + "\x00" + ftmCountry(country)
}
