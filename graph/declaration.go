package graph

import "time"

// Declaration is one goods declaration (one item line), with its declared
// values and, once inspected, the inspection outcome.
type Declaration struct {
	ID               string
	Date             time.Time
	OfficeID         string
	ImporterID       string
	DeclarantID      string
	SellerID         string
	CourierID        string
	HSCode           string // as declared (6 to 10 digits)
	Description      string // goods description, when the source has one
	OriginCountry    string
	DepartureCountry string
	Quantity         float64
	NetMassKg        float64
	Value            float64 // customs value (CIF, or item price) in the source currency
	FOBValue         float64
	Taxes            float64
	TaxRate          float64
	Extra            Props // other source columns kept verbatim
	Outcome          *InspectionOutcome
}

// InspectionOutcome is the recorded result of inspecting a declaration.
type InspectionOutcome struct {
	Illicit  bool
	Revenue  float64 // additional revenue raised
	Critical int     // 0 none, 1 fraud, 2 critical fraud threatening public safety
}

// Node returns the declaration as a graph node. Parties, office and
// countries become relationships (see ingest), and are also kept as
// properties so that scoring needs no joins.
func (d Declaration) Node() Node {
	p := Props{}
	for k, v := range d.Extra {
		p[k] = v
	}
	setStr := func(k, v string) {
		if v != "" {
			p[k] = v
		}
	}
	setStr("officeId", d.OfficeID)
	setStr("importerId", d.ImporterID)
	setStr("declarantId", d.DeclarantID)
	setStr("sellerId", d.SellerID)
	setStr("courierId", d.CourierID)
	setStr("hsCode", d.HSCode)
	setStr("description", d.Description)
	setStr("originCountry", d.OriginCountry)
	setStr("departureCountry", d.DepartureCountry)
	p["quantity"] = d.Quantity
	p["netMassKg"] = d.NetMassKg
	p["value"] = d.Value
	p["fobValue"] = d.FOBValue
	p["taxes"] = d.Taxes
	p["taxRate"] = d.TaxRate
	if d.Outcome != nil {
		p["illicit"] = d.Outcome.Illicit
		p["revenue"] = d.Outcome.Revenue
		p["critical"] = int64(d.Outcome.Critical)
		p["inspected"] = true
	}
	label := d.ID
	if d.HSCode != "" {
		label = d.ID + " (HS " + d.HSCode + ")"
	}
	return Node{Key: NewKey(KindDeclaration, d.ID), Label: label, At: d.Date, Props: p}
}

// DeclarationFromNode reads a Declaration back from a node of kind
// Declaration.
func DeclarationFromNode(n Node) Declaration {
	p := n.Props
	f := func(k string) float64 { v, _ := p.Float(k); return v }
	d := Declaration{
		ID: n.Key.ID, Date: n.At,
		OfficeID: p.String("officeId"), ImporterID: p.String("importerId"),
		DeclarantID: p.String("declarantId"), SellerID: p.String("sellerId"),
		CourierID: p.String("courierId"), HSCode: p.String("hsCode"),
		Description: p.String("description"), OriginCountry: p.String("originCountry"),
		DepartureCountry: p.String("departureCountry"),
		Quantity:         f("quantity"), NetMassKg: f("netMassKg"), Value: f("value"),
		FOBValue: f("fobValue"), Taxes: f("taxes"), TaxRate: f("taxRate"),
	}
	if p.Bool("inspected") {
		c, _ := p.Int("critical")
		d.Outcome = &InspectionOutcome{Illicit: p.Bool("illicit"), Revenue: f("revenue"), Critical: int(c)}
	}
	return d
}
