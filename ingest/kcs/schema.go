package kcs

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Layout is a declarations CSV layout.
type Layout string

// Layouts.
const (
	LayoutKCS    Layout = "kcs"    // Korea Customs Service synthetic declarations
	LayoutBACUDA Layout = "bacuda" // WCO BACUDA / DATE synthetic declarations
)

// field is a declaration attribute a column maps to.
type field int

const (
	fID field = iota
	fDate
	fOffice
	fImporter
	fDeclarant
	fSeller
	fCourier
	fHS
	fDeparture
	fOrigin
	fTaxRate
	fNetMass
	fValue
	fFOB
	fTaxes
	fQuantity
	fGrossWeight
	fFraud
	fCritical
	fRevenue
	fDescription
	numFields
)

// kcsColumns maps the normalised KCS header names to fields; the columns
// of the 22 not listed are kept as extra properties.
var kcsColumns = map[string]field{
	"declarationid": fID, "date": fDate, "officeid": fOffice, "importerid": fImporter,
	"declarantid": fDeclarant, "sellerid": fSeller, "courierid": fCourier, "hs6code": fHS,
	"countryofdeparture": fDeparture, "countryoforigin": fOrigin, "taxrate": fTaxRate,
	"netmass": fNetMass, "itemprice": fValue, "fraud": fFraud, "criticalfraud": fCritical,
}

// kcsRequired are the KCS columns without which a file is not read.
var kcsRequired = []field{fID, fDate, fOffice, fImporter, fDeclarant, fHS}

var bacudaColumns = map[string]field{
	"sgdid": fID, "sgddate": fDate, "importerid": fImporter, "declarantid": fDeclarant,
	"country": fOrigin, "officeid": fOffice, "tariffcode": fHS, "quantity": fQuantity,
	"grossweight": fGrossWeight, "fobvalue": fFOB, "cifvalue": fValue, "totaltaxes": fTaxes,
	"illicit": fFraud, "revenue": fRevenue,
}

var bacudaRequired = []field{fID, fDate, fImporter, fHS}

// descriptionColumns are the accepted names of a goods-description column.
var descriptionColumns = map[string]bool{
	"description": true, "goodsdescription": true, "itemdescription": true,
	"goodsdesc": true, "itemdesc": true, "descriptionofgoods": true,
}

// fieldNames names the fields in messages about missing columns.
var fieldNames = [numFields]string{
	fID: "declaration id", fDate: "date", fOffice: "office id", fImporter: "importer id",
	fDeclarant: "declarant id", fSeller: "seller id", fCourier: "courier id", fHS: "HS code",
	fDeparture: "country of departure", fOrigin: "country of origin", fTaxRate: "tax rate",
	fNetMass: "net mass", fValue: "value", fFOB: "fob value", fTaxes: "taxes",
	fQuantity: "quantity", fGrossWeight: "gross weight", fFraud: "fraud", fCritical: "critical fraud",
	fRevenue: "revenue", fDescription: "description",
}

// ErrNotDeclarations is returned by DetectSchema for a header that is
// neither layout.
var ErrNotDeclarations = errors.New("kcs: header is neither the KCS nor the BACUDA declarations layout")

// Schema is a declarations layout bound to one file's header.
type Schema struct {
	Layout Layout // the layout the header matched
	header []string
	col    [numFields]int // column index of each field, -1 when absent
	extras []extra
}

// extra is a column kept verbatim as a property.
type extra struct {
	col  int
	prop string
}

// Width returns the number of columns of the header.
func (s Schema) Width() int { return len(s.header) }

// Column returns the name of column i as written in the header.
func (s Schema) Column(i int) string { return s.header[i] }

// DetectSchema recognises the layout from a header row. It returns
// ErrNotDeclarations when neither layout matches, and an error naming the
// missing columns when one matches only partly.
func DetectSchema(header []string) (Schema, error) {
	norm := make([]string, len(header))
	have := map[string]bool{}
	for i, h := range header {
		norm[i] = NormalizeHeader(h)
		have[norm[i]] = true
	}
	var (
		layout   Layout
		columns  map[string]field
		required []field
	)
	switch {
	case have["declarationid"] && have["hs6code"]:
		layout, columns, required = LayoutKCS, kcsColumns, kcsRequired
	case have["sgdid"] && have["tariffcode"]:
		layout, columns, required = LayoutBACUDA, bacudaColumns, bacudaRequired
	default:
		return Schema{}, ErrNotDeclarations
	}
	s := Schema{Layout: layout, header: append([]string(nil), header...)}
	for i := range s.col {
		s.col[i] = -1
	}
	used := map[string]bool{}
	for i, n := range norm {
		f, ok := columns[n]
		switch {
		case ok && s.col[f] < 0:
			s.col[f] = i
		case descriptionColumns[n] && s.col[fDescription] < 0:
			s.col[fDescription] = i
		case n == "":
		default:
			p := extraProp(header[i], used)
			used[p] = true
			s.extras = append(s.extras, extra{col: i, prop: p})
		}
	}
	var missing []string
	for _, f := range required {
		if s.col[f] < 0 {
			missing = append(missing, fieldNames[f])
		}
	}
	if len(missing) > 0 {
		return Schema{}, fmt.Errorf("kcs: %s header lacks column(s): %s", layout, strings.Join(missing, ", "))
	}
	return s, nil
}

// NormalizeHeader lower-cases a column name and keeps only its letters and
// digits: "HS6 Code", "hs6_code" and "hs6.code" all give "hs6code".
func NormalizeHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ownProps are the property names graph.Declaration.Node writes itself;
// an extra column must not shadow them.
var ownProps = map[string]bool{
	"officeId": true, "importerId": true, "declarantId": true, "sellerId": true, "courierId": true,
	"hsCode": true, "description": true, "originCountry": true, "departureCountry": true,
	"quantity": true, "netMassKg": true, "value": true, "fobValue": true, "taxes": true,
	"taxRate": true, "illicit": true, "revenue": true, "critical": true, "inspected": true,
	"grossWeightKg": true, "source": true,
	// graph.Props reserves these for the node's own fields.
	"key": true, "kind": true, "id": true, "label": true, "at": true, "from": true, "to": true,
}

// extraProp turns a column name into a camelCase property name valid under
// graph.Props rules ("Country of Origin Indicator" gives
// countryOfOriginIndicator), prefixed with "src" when it would shadow a
// property of its own or start with a digit, and numbered when taken.
func extraProp(h string, used map[string]bool) string {
	var words []string
	cur := strings.Builder{}
	for _, r := range h {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			cur.WriteRune(r)
			continue
		}
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		words = append(words, cur.String())
	}
	var b strings.Builder
	for i, w := range words {
		w = strings.ToLower(w)
		if i > 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	p := b.String()
	if p == "" || ownProps[p] || !(p[0] >= 'a' && p[0] <= 'z') {
		if p != "" {
			p = strings.ToUpper(p[:1]) + p[1:]
		}
		p = "src" + p
	}
	if len(p) > 60 {
		p = p[:60]
	}
	base := p
	for n := 2; used[p]; n++ {
		p = fmt.Sprintf("%s%d", base, n)
	}
	return p
}
