package audit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// Masker replaces personal data with a keyed pseudonym, "hmac:" followed by
// the first 16 hex digits of HMAC-SHA256(key, value): stable (the same
// search text or passenger id always gives the same pseudonym, so an
// auditor can follow one subject or test a suspicion with the key) and
// not reversible without the key.
type Masker struct {
	key []byte
}

// NewMasker returns a masker with key (at least 16 bytes).
// Errors: EINVALID.
func NewMasker(key []byte) (*Masker, error) {
	if len(key) < 16 {
		return nil, graph.Errorf(graph.EINVALID, "audit: masking key must be at least 16 bytes")
	}
	return &Masker{key: append([]byte(nil), key...)}, nil
}

// Token returns the pseudonym of s.
func (m *Masker) Token(s string) string {
	h := hmac.New(sha256.New, m.key)
	h.Write([]byte(s))
	return "hmac:" + hex.EncodeToString(h.Sum(nil))[:16]
}

// piiKinds are node kinds whose natural ids are personal data (names,
// document numbers, contacts, record locators).
var piiKinds = map[graph.Kind]bool{
	graph.KindPassenger: true, graph.KindDocument: true, graph.KindPhone: true,
	graph.KindEmail: true, graph.KindAddress: true, graph.KindPaymentCard: true,
	graph.KindBooking: true,
}

// ID masks a node id ("Kind:ID"): ids of PII kinds keep their kind and
// get the ID part pseudonymised; other keys are kept; anything that is
// not a key is pseudonymised whole.
func (m *Masker) ID(s string) string {
	k, err := graph.ParseKey(s)
	if err != nil {
		return m.Token(s)
	}
	if piiKinds[k.Kind] {
		return string(k.Kind) + ":" + m.Token(k.ID)
	}
	return s
}

// safeVars are variable names whose string values carry no personal data
// (paging, filters, enums, dates). Compared case-insensitively.
var safeVars = map[string]bool{
	"first": true, "last": true, "after": true, "before": true, "depth": true,
	"limit": true, "maxhops": true, "kinds": true, "relkinds": true,
	"since": true, "until": true, "officeid": true, "roles": true,
	"direction": true, "kind": true, "operation": true, "format": true,
}

// Variables returns a masked deep copy of GraphQL variables. Numbers,
// booleans and null are kept. A string that is a node id is masked by ID;
// any other string is kept only under a safe variable name (paging,
// filters, dates) and pseudonymised otherwise — search text, names,
// reasons, free text.
func (m *Masker) Variables(vars map[string]any) map[string]any {
	if vars == nil {
		return nil
	}
	out := make(map[string]any, len(vars))
	for k, v := range vars {
		out[k] = m.value(k, v)
	}
	return out
}

func (m *Masker) value(name string, v any) any {
	switch x := v.(type) {
	case string:
		if _, err := graph.ParseKey(x); err == nil {
			return m.ID(x)
		}
		if safeVars[strings.ToLower(name)] {
			return x
		}
		return m.Token(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = m.value(name, e)
		}
		return out
	case []string:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = m.value(name, e)
		}
		return out
	case map[string]any:
		return m.Variables(x)
	case nil, bool, float64, float32, int, int32, int64, uint, uint32, uint64:
		return x
	default:
		// Unknown shapes (e.g. json.Number, custom scalars) are masked whole.
		return m.Token(strings.TrimSpace(toString(x)))
	}
}

func toString(v any) string {
	if s, ok := v.(interface{ String() string }); ok {
		return s.String()
	}
	return "?"
}
