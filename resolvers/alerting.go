package resolvers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/alerts"
)

// Bounds on the work one mutation spends raising alerts.
const (
	// DefaultAlertHops is how far from a known smuggler a new or newly
	// linked entity raises an alert.
	DefaultAlertHops = 3
	// maxAlertSubjects bounds the new records of one upload checked.
	maxAlertSubjects = 200
	// maxAlertsPerSubject bounds the smugglers reported for one new record.
	maxAlertsPerSubject = 3
	// maxAlertsPerMark bounds the entities alerted when a node is marked.
	maxAlertsPerMark = 100
	// alertNodeLimit bounds the neighbourhood read around one record.
	alertNodeLimit = 5000
)

// alertKinds are the kinds an alert path may cross: every kind but the
// hubs (countries, airports, offices) that put everything a few hops from
// everything, as in the analytics projection.
func alertKinds() []graph.Kind { return analytics.DefaultNodeKinds() }

// alertSubjectKinds are the kinds a mark raises alerts for: the parties
// and the records an investigator acts on.
func alertSubjectKind(k graph.Kind) bool {
	switch k {
	case graph.KindTrader, graph.KindPassenger, graph.KindBooking, graph.KindDeclaration:
		return true
	}
	return false
}

func (r *Resolver) alertHops() int {
	if r.AlertHops > 0 {
		return min(r.AlertHops, graph.MaxDepth)
	}
	return DefaultAlertHops
}

func newAlertID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func riskOf(n graph.Node) *float64 {
	if v, ok := n.Props.Float(graph.PropNetworkRisk); ok {
		return &v
	}
	return nil
}

// alertNewRecords publishes an alert for each new record (booking,
// declaration, passenger, seizure) lying within the alert hops of a known
// smuggler, naming its nearest smugglers with the shortest path's hops
// (Store.ShortestPaths over alertKinds). At most maxAlertSubjects records
// are checked. It returns the number of alerts published; failures are
// logged, never returned, since the records are already stored.
func (r *Resolver) alertNewRecords(ctx context.Context, added []graph.Key) int {
	if r.Publish == nil || len(added) == 0 {
		return 0
	}
	hops, kinds, sent := r.alertHops(), alertKinds(), 0
	for _, subject := range added[:min(len(added), maxAlertSubjects)] {
		if err := ctx.Err(); err != nil {
			break
		}
		sg, err := r.Store.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{subject}, Depth: hops, NodeKinds: kinds, Limit: alertNodeLimit})
		if err != nil {
			r.Log.Warn().Err(err).Str("req_id", graph.RequestIDFromContext(ctx)).Msg("alerts: neighbourhood read failed")
			continue
		}
		var score *float64
		found := 0
		for _, n := range sg.Nodes { // nearest first
			if n.Key == subject {
				score = riskOf(n)
				continue
			}
			if found >= maxAlertsPerSubject || !n.Props.Bool(graph.PropKnownSmuggler) {
				continue
			}
			paths, err := r.Store.ShortestPaths(ctx, graph.PathQuery{From: subject, To: n.Key, MaxHops: hops, Limit: 1, NodeKinds: kinds})
			if err != nil || len(paths) == 0 {
				continue
			}
			found++
			sent++
			r.Publish.Publish(alerts.Alert{
				ID: newAlertID(), At: r.now().UTC(), Subject: subject, Smuggler: n.Key, Hops: paths[0].Hops(),
				Reason: fmt.Sprintf("new %s linked to a known smuggler via %s", subject.Kind, pathKinds(paths[0])),
				Score:  score,
			})
		}
	}
	return sent
}

// alertMarked publishes an alert for each trader, passenger, booking or
// declaration within the alert hops of a node just marked a known
// smuggler, nearest first, at most maxAlertsPerMark. It returns the number
// published; failures are logged.
func (r *Resolver) alertMarked(ctx context.Context, smuggler graph.Key) int {
	if r.Publish == nil {
		return 0
	}
	sg, err := r.Store.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{smuggler}, Depth: r.alertHops(), NodeKinds: alertKinds(), Limit: alertNodeLimit})
	if err != nil {
		r.Log.Warn().Err(err).Str("req_id", graph.RequestIDFromContext(ctx)).Msg("alerts: neighbourhood read failed")
		return 0
	}
	sent := 0
	for _, n := range sg.Nodes {
		if sent >= maxAlertsPerMark {
			break
		}
		if n.Key == smuggler || !alertSubjectKind(n.Key.Kind) || n.Props.Bool(graph.PropKnownSmuggler) {
			continue
		}
		sent++
		r.Publish.Publish(alerts.Alert{
			ID: newAlertID(), At: r.now().UTC(), Subject: n.Key, Smuggler: smuggler, Hops: sg.Distance[n.Key],
			Reason: fmt.Sprintf("a %s %s away was marked a known smuggler", smuggler.Kind, hopWord(sg.Distance[n.Key])),
			Score:  riskOf(n),
		})
	}
	return sent
}

func hopWord(h int) string {
	if h == 1 {
		return "1 hop"
	}
	return fmt.Sprintf("%d hops", h)
}

// pathKinds describes a path by the kinds it crosses ("Booking-Phone-
// Trader"), which names no person.
func pathKinds(p graph.Path) string {
	ks := make([]string, len(p.Nodes))
	for i, n := range p.Nodes {
		ks[i] = string(n.Key.Kind)
	}
	return strings.Join(ks, "-")
}
