package exchange

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/borderlens/borderlens/graph"
)

// Format is the value of Document.Format this package writes and reads.
const Format = "borderlens.partner-profiles/v1"

// Document is the payload of a signed partner exchange document: a batch of
// trader risk profiles as FollowTheMoney entities, with JWT-style
// registered claims (RFC 7519 names) for issuer, issue and expiry time and
// a unique id.
type Document struct {
	Format   string   `json:"format"`
	Issuer   string   `json:"iss"` // the issuing agency's partner id; equals the JWS kid
	IssuedAt int64    `json:"iat"` // Unix seconds
	Expires  int64    `json:"exp"` // Unix seconds
	ID       string   `json:"jti"` // unique document id
	Entities []Entity `json:"entities"`
}

// Entity is one FollowTheMoney entity in its JSON form (id, schema,
// properties as lists of strings), readable by followthemoney, OCCRP
// Aleph and OpenSanctions tooling, plus our risk assessment under the
// namespaced top-level key "borderlens:risk", which FtM keeps as context
// and schema validation ignores.
//
// Mapping of a trader:
//
//	schema                        Company
//	properties.name               Trader.name
//	properties.country            Trader.country (lower-case ISO 3166-1 alpha-2 when given so)
//	properties.registrationNumber Trader.id (the customs trader id)
//	properties.address            Trader.address (registered address)
//	properties.topics             ["crime.traffick"] when Trader.knownSmuggler
//	borderlens:risk               Risk (network risk, known-smuggler mark, roles)
//
// Each is present only when the access policy shares the Trader field
// with the partner role.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
	Risk       *Risk               `json:"borderlens:risk,omitempty"`
}

// Risk is the issuing agency's risk assessment of the entity.
type Risk struct {
	NetworkRisk        *float64 `json:"networkRisk,omitempty"`        // in [0,1], propagated from known smugglers
	KnownSmuggler      *bool    `json:"knownSmuggler,omitempty"`      // named in a seizure or positive investigation
	KnownSmugglerSince string   `json:"knownSmugglerSince,omitempty"` // RFC 3339 date
	Roles              []string `json:"roles,omitempty"`              // trade roles seen (importer, declarant, seller, courier)
	ComputedAt         string   `json:"computedAt,omitempty"`         // RFC 3339 time of the analytics run
}

// Schemas an imported entity may have: FtM LegalEntity and its
// organisation subtypes.
var importSchemas = map[string]bool{"Company": true, "Organization": true, "LegalEntity": true}

// allowedProps are the FtM properties an imported entity may carry; any
// other is rejected, so a partner cannot smuggle data we did not agree to
// receive.
var allowedProps = map[string]bool{
	"name": true, "country": true, "registrationNumber": true, "address": true,
	"topics": true, "alias": true, "jurisdiction": true,
}

var issuerRE = regexp.MustCompile(`^[a-z][a-z0-9-]{1,23}$`)

// ValidIssuer checks a partner id: 2 to 24 characters, lower-case letters,
// digits and dashes, starting with a letter. Errors: EINVALID.
func ValidIssuer(s string) error {
	if !issuerRE.MatchString(s) {
		return graph.Errorf(graph.EINVALID, "partner id %q: want 2-24 lower-case letters, digits or dashes, starting with a letter", s)
	}
	return nil
}

// Validate checks a document's shape: format, issuer, times, and every
// entity (id, schema, property names and sizes, risk range). The error
// names the entity index and field.
func (d Document) Validate() error {
	if d.Format != Format {
		return graph.Errorf(graph.EINVALID, "document format %q, want %q", d.Format, Format)
	}
	if err := ValidIssuer(d.Issuer); err != nil {
		return err
	}
	if d.ID == "" || d.IssuedAt == 0 || d.Expires == 0 {
		return graph.Errorf(graph.EINVALID, "document lacks jti, iat or exp")
	}
	if d.Expires <= d.IssuedAt {
		return graph.Errorf(graph.EINVALID, "document expires (exp) before it is issued (iat)")
	}
	seen := map[string]bool{}
	for i, e := range d.Entities {
		if err := e.validate(); err != nil {
			return graph.Errorf(graph.EINVALID, "entity %d: %s", i, graph.ErrorMessage(err))
		}
		if seen[e.ID] {
			return graph.Errorf(graph.EINVALID, "entity %d: duplicate id %q", i, e.ID)
		}
		seen[e.ID] = true
	}
	return nil
}

func (e Entity) validate() error {
	if e.ID == "" || len(e.ID) > 200 {
		return graph.Errorf(graph.EINVALID, "id: empty or longer than 200 bytes")
	}
	if !importSchemas[e.Schema] {
		return graph.Errorf(graph.EINVALID, "schema %q: want Company, Organization or LegalEntity", e.Schema)
	}
	for name, vals := range e.Properties {
		if !allowedProps[name] {
			return graph.Errorf(graph.EINVALID, "property %q is not part of the exchange format", name)
		}
		if len(vals) > 20 {
			return graph.Errorf(graph.EINVALID, "property %q: more than 20 values", name)
		}
		for _, v := range vals {
			if len(v) > 1000 || !utf8.ValidString(v) {
				return graph.Errorf(graph.EINVALID, "property %q: value longer than 1000 bytes or not UTF-8", name)
			}
		}
	}
	if r := e.Risk; r != nil && r.NetworkRisk != nil && (*r.NetworkRisk < 0 || *r.NetworkRisk > 1 || *r.NetworkRisk != *r.NetworkRisk) {
		return graph.Errorf(graph.EINVALID, "borderlens:risk.networkRisk: want a number in [0,1]")
	}
	return nil
}

// first returns the first value of an FtM property, or "".
func (e Entity) first(name string) string {
	if v := e.Properties[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// ftmCountry lower-cases ISO codes the way FtM stores countries.
func ftmCountry(c string) string { return strings.ToLower(strings.TrimSpace(c)) }

// String describes the entity for messages without its personal data.
func (e Entity) String() string { return fmt.Sprintf("%s %s", e.Schema, e.ID) }
