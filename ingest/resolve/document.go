package resolve

import (
	"errors"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

var (
	errDocNumber = errors.New("document number must be 3 to 30 letters or digits")
	errDocType   = errors.New("document type must be 1 to 3 letters (P, I, V, ...)")
	errDocIssuer = errors.New("document issuing country must be an ISO 3166 code")
)

// DocumentNumber normalises a travel document number: upper-case, with
// spaces, dashes, dots, slashes and MRZ fillers ("<") removed.
func DocumentNumber(raw string) (string, error) {
	s, err := clean(raw, 64)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, c := range strings.ToUpper(s) {
		switch {
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			b.WriteRune(c)
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '<':
		default:
			return "", errDocNumber
		}
	}
	n := b.String()
	if len(n) < 3 || len(n) > 30 {
		return "", errDocNumber
	}
	return n, nil
}

// docTypes maps spelled-out document types to the ICAO 9303 codes.
var docTypes = map[string]string{
	"": "P", "PASSPORT": "P", "PP": "P", "PASS": "P",
	"ID": "I", "IDCARD": "I", "NATIONALID": "I", "IDENTITYCARD": "I",
	"VISA": "V", "RESIDENCEPERMIT": "IR",
}

var docTypeSeparators = strings.NewReplacer(" ", "", "-", "", "_", "")

// DocumentType normalises a document type to its ICAO 9303 code ("P"
// passport, "I" identity card, "V" visa, ...). An empty type is taken as a
// passport, by far the most common document in API and PNR data, so that a
// source that omits it meets one that does not.
func DocumentType(raw string) (string, error) {
	s := strings.ToUpper(docTypeSeparators.Replace(strings.TrimSpace(raw)))
	if t, ok := docTypes[s]; ok {
		return t, nil
	}
	if len(s) < 1 || len(s) > 3 {
		return "", errDocType
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return "", errDocType
		}
	}
	return s, nil
}

// Document is a resolved travel document.
type Document struct {
	Type   string // ICAO 9303 code
	Issuer string // ISO 3166 alpha-3
	Number string // upper case, separators removed
}

// Key returns the document's graph key.
func (d Document) Key() graph.Key { return graph.DocumentKey(d.Type, d.Issuer, d.Number) }

// ResolveDocument resolves type, issuing country and number, naming the
// failing part in the returned *FieldError ("type", "issuer", "number").
func ResolveDocument(docType, issuer, number string) (Document, error) {
	t, err := DocumentType(docType)
	if err != nil {
		return Document{}, InField("type", docType, err)
	}
	iss, err := CountryAlpha3(issuer)
	if err != nil {
		return Document{}, InField("issuer", issuer, errDocIssuer)
	}
	n, err := DocumentNumber(number)
	if err != nil {
		return Document{}, InField("number", number, err)
	}
	return Document{Type: t, Issuer: iss, Number: n}, nil
}
