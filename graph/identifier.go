package graph

import "strings"

// Identifier keys. Ingest normalises the raw value (phone to E.164,
// e-mail to lower case, document number to upper case without spaces,
// address to folded text) before building the key, so that the same
// identifier from PNR, API, trader records and seizures lands on one node.

// PhoneKey returns the key of a phone number already normalised to E.164.
func PhoneKey(e164 string) Key { return NewKey(KindPhone, e164) }

// EmailKey returns the key of a normalised e-mail address.
func EmailKey(email string) Key { return NewKey(KindEmail, email) }

// AddressKey returns the key of a normalised postal address.
func AddressKey(normalised string) Key { return NewKey(KindAddress, normalised) }

// PaymentCardKey returns the key of a payment card from its keyed hash
// (see ingest: an HMAC of the PAN under the deployment's card key, or of
// the masked form when only that is known). The card number itself is
// never stored.
func PaymentCardKey(hash string) Key { return NewKey(KindPaymentCard, hash) }

// DocumentID returns the natural key id of a travel document:
// "TYPE/ISSUER/NUMBER", e.g. "P/GBR/123456789".
func DocumentID(docType, issuer, number string) string {
	return strings.ToUpper(docType) + "/" + strings.ToUpper(issuer) + "/" + strings.ToUpper(number)
}

// DocumentKey returns the key of a travel document.
func DocumentKey(docType, issuer, number string) Key {
	return NewKey(KindDocument, DocumentID(docType, issuer, number))
}
