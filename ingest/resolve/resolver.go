package resolve

import (
	"errors"
	"fmt"
)

// MinCardKeyLength is the shortest card key accepted: 128 bits.
const MinCardKeyLength = 16

// Options configures a Resolver.
type Options struct {
	// CallingCode is the country calling code (digits, e.g. "82" for
	// Korea) given to national phone numbers, those written with the trunk
	// prefix 0 or without any prefix. Empty means such numbers are
	// rejected.
	CallingCode string

	// CardKey is the deployment's secret key for payment card hashes
	// (HMAC-SHA256). It must be the same for every load into one graph, or
	// the same card lands on different nodes. It is supplied by the caller
	// (configuration, secret store), never compiled in. Empty means any
	// card is an error (ErrNoCardKey).
	CardKey []byte
}

// Resolver normalises identifiers under one set of Options. It is
// immutable and safe for concurrent use.
type Resolver struct {
	callingCode string
	cardKey     []byte
}

// New returns a Resolver, checking that CallingCode is 1 to 3 digits (or
// empty) and CardKey is empty or at least MinCardKeyLength bytes.
func New(o Options) (*Resolver, error) {
	if o.CallingCode != "" {
		if len(o.CallingCode) > 3 || !allDigits(o.CallingCode) || o.CallingCode[0] == '0' {
			return nil, errors.New("resolve: calling code must be 1 to 3 digits, not starting with 0")
		}
	}
	if len(o.CardKey) > 0 && len(o.CardKey) < MinCardKeyLength {
		return nil, fmt.Errorf("resolve: card key must be at least %d bytes", MinCardKeyLength)
	}
	return &Resolver{callingCode: o.CallingCode, cardKey: append([]byte(nil), o.CardKey...)}, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
