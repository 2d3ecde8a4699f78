package kcs

import (
	"errors"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

var (
	errNumber    = errors.New("not a number")
	errNegative  = errors.New("must not be negative")
	errFlag      = errors.New("must be 0 or 1")
	errCritical  = errors.New("must be 0, 1 or 2")
	errInconsist = errors.New("critical fraud set on a row whose fraud flag is 0")
	errHS        = errors.New("HS code must be 6 to 10 digits")
	errDate      = errors.New("date must be YYYY-MM-DD or yy-mm-dd")
	errWidth     = errors.New("row width differs from the header")
)

// Declaration maps one data row onto a graph.Declaration. The row must
// have the header's width. Errors are *resolve.FieldError naming the
// column as written in the header.
func (s Schema) Declaration(row []string) (graph.Declaration, error) {
	if len(row) != len(s.header) {
		return graph.Declaration{}, errWidth
	}
	get := func(f field) string {
		if c := s.col[f]; c >= 0 {
			return strings.TrimSpace(row[c])
		}
		return ""
	}
	name := func(f field) string { return s.header[s.col[f]] }
	fail := func(f field, err error) (graph.Declaration, error) {
		return graph.Declaration{}, resolve.InField(name(f), get(f), err)
	}
	var d graph.Declaration
	var err error
	if d.ID, err = resolve.Code(get(fID)); err != nil {
		return fail(fID, err)
	}
	if d.Date, err = parseDate(get(fDate)); err != nil {
		return fail(fDate, err)
	}
	if s.col[fOffice] >= 0 {
		if d.OfficeID, err = resolve.Code(get(fOffice)); err != nil {
			return fail(fOffice, err)
		}
	}
	if d.ImporterID, err = resolve.TraderID(get(fImporter)); err != nil {
		return fail(fImporter, err)
	}
	for _, p := range []struct {
		f   field
		dst *string
	}{{fDeclarant, &d.DeclarantID}, {fSeller, &d.SellerID}, {fCourier, &d.CourierID}} {
		if v := get(p.f); v != "" {
			if *p.dst, err = resolve.TraderID(v); err != nil {
				return fail(p.f, err)
			}
		}
	}
	if d.HSCode, err = hsCode(get(fHS)); err != nil {
		return fail(fHS, err)
	}
	for _, p := range []struct {
		f   field
		dst *string
	}{{fOrigin, &d.OriginCountry}, {fDeparture, &d.DepartureCountry}} {
		if v := get(p.f); v != "" {
			if *p.dst, err = countryCode(v); err != nil {
				return fail(p.f, err)
			}
		}
	}
	d.Description = get(fDescription)
	for _, p := range []struct {
		f   field
		dst *float64
	}{
		{fTaxRate, &d.TaxRate}, {fNetMass, &d.NetMassKg}, {fValue, &d.Value},
		{fFOB, &d.FOBValue}, {fTaxes, &d.Taxes}, {fQuantity, &d.Quantity},
	} {
		if *p.dst, err = number(get(p.f)); err != nil {
			return fail(p.f, err)
		}
	}
	if s.col[fGrossWeight] >= 0 && get(fGrossWeight) != "" {
		w, err := number(get(fGrossWeight))
		if err != nil {
			return fail(fGrossWeight, err)
		}
		d.Extra = graph.Props{"grossWeightKg": w}
	}
	if s.col[fFraud] >= 0 && get(fFraud) != "" {
		out := &graph.InspectionOutcome{}
		fr, err := flag(get(fFraud))
		if err != nil {
			return fail(fFraud, err)
		}
		out.Illicit = fr
		if fr {
			out.Critical = 1
		}
		if s.col[fCritical] >= 0 && get(fCritical) != "" {
			c, err := number(get(fCritical))
			if err != nil || (c != 0 && c != 1 && c != 2) {
				return fail(fCritical, errCritical)
			}
			if c > 0 && !fr {
				return fail(fCritical, errInconsist)
			}
			out.Critical = int(c)
		}
		if s.col[fRevenue] >= 0 {
			if out.Revenue, err = number(get(fRevenue)); err != nil {
				return fail(fRevenue, err)
			}
		}
		d.Outcome = out
	}
	for _, x := range s.extras {
		v := strings.TrimSpace(row[x.col])
		if v == "" {
			continue
		}
		if d.Extra == nil {
			d.Extra = graph.Props{}
		}
		d.Extra[x.prop] = v
	}
	if d.Extra == nil {
		d.Extra = graph.Props{}
	}
	d.Extra["source"] = string(s.Layout)
	return d, nil
}

// countryCode canonicalises an ISO 3166 code to alpha-2 and keeps any
// other code verbatim (upper-cased): BACUDA anonymises countries as
// "CNTRY759", and KCS uses ZZ for unknown.
func countryCode(v string) (string, error) {
	if c, err := resolve.Country(v); err == nil {
		return c, nil
	}
	return resolve.Code(v)
}

// parseDate reads YYYY-MM-DD, or the BACUDA yy-mm-dd (years 2000-2099).
func parseDate(v string) (time.Time, error) {
	if len(v) == 8 && v[2] == '-' && v[5] == '-' {
		v = "20" + v
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return time.Time{}, errDate
	}
	return t, nil
}

// hsCode keeps the digits of an HS code, restoring one leading zero lost
// by spreadsheet round trips (an odd length).
func hsCode(v string) (string, error) {
	v = strings.ReplaceAll(strings.ReplaceAll(v, ".", ""), " ", "")
	if v == "" {
		return "", resolve.ErrEmpty
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return "", errHS
		}
	}
	if len(v)%2 == 1 {
		v = "0" + v
	}
	if len(v) < 6 || len(v) > 10 {
		return "", errHS
	}
	return v, nil
}

// number parses a non-negative finite decimal; empty is 0.
func number(v string) (float64, error) {
	if v == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, errNumber
	}
	if f < 0 {
		return 0, errNegative
	}
	return f, nil
}

// flag parses a 0/1 label ("0", "1", "0.0", "1.0", "true", "false").
func flag(v string) (bool, error) {
	switch strings.ToLower(v) {
	case "0", "0.0", "false", "n", "no":
		return false, nil
	case "1", "1.0", "true", "y", "yes":
		return true, nil
	}
	return false, errFlag
}

// Fragment returns the nodes and relationships of one declaration: the
// declaration, its traders with their roles, its office and its countries.
func Fragment(d graph.Declaration) graph.Batch {
	b := graph.Batch{Nodes: []graph.Node{d.Node()}}
	dk := b.Nodes[0].Key
	// One node per trader, with every role it plays on this declaration.
	type party struct {
		id   string
		role string
		rel  graph.RelKind
	}
	parties := []party{
		{d.ImporterID, graph.TraderRoleImporter, graph.RelImported},
		{d.DeclarantID, graph.TraderRoleDeclarant, graph.RelDeclaredBy},
		{d.SellerID, graph.TraderRoleSeller, graph.RelSoldBy},
		{d.CourierID, graph.TraderRoleCourier, graph.RelCarriedBy},
	}
	idx := map[string]int{}
	for _, p := range parties {
		if p.id == "" {
			continue
		}
		tk := graph.NewKey(graph.KindTrader, p.id)
		if i, ok := idx[p.id]; ok {
			roles := append(b.Nodes[i].Props["roles"].([]string), p.role)
			sort.Strings(roles)
			b.Nodes[i].Props["roles"] = roles
		} else {
			idx[p.id] = len(b.Nodes)
			b.Nodes = append(b.Nodes, graph.Trader{ID: p.id, Roles: []string{p.role}}.Node())
		}
		e := graph.Edge{From: dk, Kind: p.rel, To: tk, At: d.Date}
		if p.rel == graph.RelImported {
			e.From, e.To = tk, dk
		}
		b.Edges = append(b.Edges, e)
	}
	if d.OfficeID != "" {
		ok := graph.NewKey(graph.KindOffice, d.OfficeID)
		b.Nodes = append(b.Nodes, graph.Node{Key: ok, Label: "Office " + d.OfficeID})
		b.Edges = append(b.Edges, graph.Edge{From: dk, Kind: graph.RelLodgedAt, To: ok, At: d.Date})
	}
	seen := map[string]bool{}
	for _, c := range []struct {
		code string
		rel  graph.RelKind
	}{{d.OriginCountry, graph.RelOriginatesIn}, {d.DepartureCountry, graph.RelShippedFrom}} {
		if c.code == "" {
			continue
		}
		ck := graph.NewKey(graph.KindCountry, c.code)
		if !seen[c.code] {
			seen[c.code] = true
			b.Nodes = append(b.Nodes, graph.Node{Key: ck, Label: c.code})
		}
		b.Edges = append(b.Edges, graph.Edge{From: dk, Kind: c.rel, To: ck, At: d.Date})
	}
	return b
}
