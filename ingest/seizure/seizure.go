package seizure

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// Record is one seizure or investigation result as the CSV and JSON
// formats carry it.
type Record struct {
	ID          string   `json:"id"`                    // seizure or case result id (required)
	Date        string   `json:"date"`                  // YYYY-MM-DD (required)
	Kind        string   `json:"kind,omitempty"`        // KindSeizure (default) or KindInvestigation
	Outcome     string   `json:"outcome,omitempty"`     // OutcomePositive or OutcomeNegative
	Case        string   `json:"case,omitempty"`        // case reference
	Office      string   `json:"office,omitempty"`      // customs office id
	Goods       string   `json:"goods,omitempty"`       // what was seized
	Quantity    string   `json:"quantity,omitempty"`    // amount with unit
	Description string   `json:"description,omitempty"` // free text
	Involved    []string `json:"involved,omitempty"`    // entity references (see the package documentation)
}

// Kinds and outcomes.
const (
	KindSeizure       = "seizure"
	KindInvestigation = "investigation"
	OutcomePositive   = "positive"
	OutcomeNegative   = "negative"
)

// MaxTextLength bounds the free-text fields in bytes.
const MaxTextLength = 4000

var (
	errKind            = errors.New(`kind must be "seizure" or "investigation"`)
	errOutcome         = errors.New(`outcome must be "positive" or "negative"`)
	errSeizureNegative = errors.New("a seizure cannot have a negative outcome")
	errNoOutcome       = errors.New("an investigation result needs an outcome")
	errNobody          = errors.New("a positive result must name at least one involved entity")
	errText            = errors.New("text holds control characters or is too long")
)

// Fragment returns the nodes and relationships of one record. Errors are
// *resolve.FieldError naming the JSON field ("involved[2]").
func Fragment(rec Record, r *resolve.Resolver) (graph.Batch, error) {
	id, err := resolve.Code(rec.ID)
	if err != nil {
		return graph.Batch{}, resolve.InField("id", rec.ID, err)
	}
	date, at, err := resolve.Date(rec.Date)
	if err != nil {
		return graph.Batch{}, resolve.InField("date", rec.Date, err)
	}
	kind := strings.ToLower(strings.TrimSpace(rec.Kind))
	if kind == "" {
		kind = KindSeizure
	}
	if kind != KindSeizure && kind != KindInvestigation {
		return graph.Batch{}, resolve.InField("kind", rec.Kind, errKind)
	}
	outcome := strings.ToLower(strings.TrimSpace(rec.Outcome))
	switch {
	case outcome != "" && outcome != OutcomePositive && outcome != OutcomeNegative:
		return graph.Batch{}, resolve.InField("outcome", rec.Outcome, errOutcome)
	case kind == KindSeizure && outcome == OutcomeNegative:
		return graph.Batch{}, resolve.InField("outcome", rec.Outcome, errSeizureNegative)
	case kind == KindSeizure:
		outcome = OutcomePositive
	case outcome == "":
		return graph.Batch{}, resolve.InField("outcome", "", errNoOutcome)
	}
	for _, f := range []struct{ name, v string }{
		{"case", rec.Case}, {"goods", rec.Goods}, {"quantity", rec.Quantity}, {"description", rec.Description},
	} {
		if len(f.v) > MaxTextLength || strings.ContainsRune(f.v, 0) {
			return graph.Batch{}, resolve.InField(f.name, "", errText)
		}
	}
	s := graph.Seizure{
		ID: id, Date: at, Goods: strings.TrimSpace(rec.Goods), Quantity: strings.TrimSpace(rec.Quantity),
		Source: kind, Description: strings.TrimSpace(rec.Description),
	}
	if c := strings.TrimSpace(rec.Case); c != "" {
		s.Source = kind + " " + c
	}
	var b graph.Batch
	if o := strings.TrimSpace(rec.Office); o != "" {
		if s.OfficeID, err = resolve.Code(o); err != nil {
			return graph.Batch{}, resolve.InField("office", o, err)
		}
	}
	sn := s.Node()
	sn.Props["type"] = kind
	sn.Props["outcome"] = outcome
	if c := strings.TrimSpace(rec.Case); c != "" {
		sn.Props["case"] = c
	}
	b.Nodes = append(b.Nodes, sn)
	if s.OfficeID != "" {
		ok := graph.NewKey(graph.KindOffice, s.OfficeID)
		b.Nodes = append(b.Nodes, graph.Node{Key: ok, Label: "Office " + s.OfficeID})
		b.Edges = append(b.Edges, graph.Edge{From: sn.Key, Kind: graph.RelSeizedAt, To: ok, At: at})
	}
	reason := kind
	if outcome == OutcomePositive && kind == KindInvestigation {
		reason = "positive investigation"
	}
	if s.Goods != "" {
		reason += ": " + s.Goods
	}
	var subjects []string
	seen := map[graph.Key]bool{}
	for i, ref := range rec.Involved {
		if strings.TrimSpace(ref) == "" {
			continue
		}
		n, err := ParseRef(ref, r)
		if err != nil {
			// The reference is the field: drop the resolver's inner part.
			var fe *resolve.FieldError
			if errors.As(err, &fe) {
				err = fe.Err
			}
			return graph.Batch{}, resolve.InField(fmt.Sprintf("involved[%d]", i), refValue(ref), err)
		}
		if seen[n.Key] {
			continue
		}
		seen[n.Key] = true
		if outcome == OutcomeNegative {
			subjects = append(subjects, n.Key.String())
			continue
		}
		if n.Props == nil {
			n.Props = graph.Props{}
		}
		n.Props[graph.PropKnownSmuggler] = true
		n.Props[graph.PropKnownSmugglerSince] = date
		n.Props[graph.PropKnownSmugglerSource] = id
		n.Props[graph.PropKnownSmugglerReason] = reason
		b.Nodes = append(b.Nodes, n)
		b.Edges = append(b.Edges, graph.Edge{From: n.Key, Kind: graph.RelInvolvedIn, To: sn.Key, At: at})
	}
	if outcome == OutcomePositive && len(seen) == 0 {
		return graph.Batch{}, resolve.InField("involved", "", errNobody)
	}
	if len(subjects) > 0 {
		sort.Strings(subjects)
		sn.Props["subjects"] = subjects
	}
	return b, nil
}

// refValue hides a card number in an error value.
func refValue(ref string) string {
	if t, v, ok := strings.Cut(ref, "="); ok && strings.EqualFold(strings.TrimSpace(t), "card") {
		return t + "=" + resolve.MaskCardNumber(v)
	}
	return ref
}
