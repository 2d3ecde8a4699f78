package resolve

import (
	"github.com/borderlens/borderlens/graph"
)

// The functions below resolve a raw identifier and return its node: the
// normalised value is the key and the label (so that the label does not
// depend on which source was loaded last), and the value as given is kept
// in the raw property.

// PhoneNode resolves a phone number.
func (r *Resolver) PhoneNode(raw string) (graph.Node, error) {
	e164, err := r.Phone(raw)
	if err != nil {
		return graph.Node{}, err
	}
	return graph.Node{Key: graph.PhoneKey(e164), Label: e164, Props: rawProp(raw)}, nil
}

// EmailNode resolves an e-mail address.
func EmailNode(raw string) (graph.Node, error) {
	e, err := Email(raw)
	if err != nil {
		return graph.Node{}, err
	}
	return graph.Node{Key: graph.EmailKey(e), Label: e, Props: rawProp(raw)}, nil
}

// AddressNode resolves a one-line postal address.
func AddressNode(raw string) (graph.Node, error) {
	a, err := Address(raw)
	if err != nil {
		return graph.Node{}, err
	}
	return graph.Node{Key: graph.AddressKey(a), Label: a, Props: rawProp(raw)}, nil
}

// DocumentNode resolves a travel document; expiry (YYYY-MM-DD) is kept
// when given.
func DocumentNode(docType, issuer, number, expiry string) (graph.Node, Document, error) {
	d, err := ResolveDocument(docType, issuer, number)
	if err != nil {
		return graph.Node{}, Document{}, err
	}
	k := d.Key()
	p := graph.Props{"type": d.Type, "issuer": d.Issuer, graph.PropRaw: number}
	if expiry != "" {
		e, _, err := Date(expiry)
		if err != nil {
			return graph.Node{}, Document{}, InField("expiry", expiry, err)
		}
		p["expiry"] = e
	}
	return graph.Node{Key: k, Label: k.ID, Props: p}, d, nil
}

// CardNode resolves a payment card (see Resolver.Card). The node carries
// the masked label, the vendor, weakIdentity for a card keyed on its mask
// and expiry, and raw only for such a masked card: a full number is never
// stored.
func (r *Resolver) CardNode(vendor, number, expiry string) (graph.Node, error) {
	c, err := r.Card(vendor, number, expiry)
	if err != nil {
		return graph.Node{}, err
	}
	p := graph.Props{"last4": c.Last4, "weakIdentity": c.Weak}
	if c.Vendor != "" {
		p["vendor"] = c.Vendor
	}
	if c.Raw != "" {
		p[graph.PropRaw] = c.Raw
	}
	return graph.Node{Key: c.Key(), Label: c.Label, Props: p}, nil
}

// CountryNode returns the node of a country code canonicalised by
// CountryOrCode.
func CountryNode(code string) (graph.Node, error) {
	c, err := CountryOrCode(code)
	if err != nil {
		return graph.Node{}, err
	}
	return graph.Node{Key: graph.NewKey(graph.KindCountry, c), Label: c}, nil
}

func rawProp(raw string) graph.Props {
	return graph.Props{graph.PropRaw: truncate(trimSpace(raw))}
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}
