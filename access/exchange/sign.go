package exchange

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/go-jose/go-jose/v4"

	"github.com/borderlens/borderlens/graph"
)

// MediaType is the JWS "typ" header of exchange documents.
const MediaType = "borderlens-profiles+jws"

// MaxDocumentSize bounds a signed document read by Verify.
const MaxDocumentSize = 32 << 20

// GenerateKey returns a new Ed25519 signing key for the partner id issuer
// as a private JWK (kid = issuer, alg = EdDSA, use = sig). Share
// key.Public() with partners; keep the private key secret.
func GenerateKey(issuer string) (jose.JSONWebKey, error) {
	if err := ValidIssuer(issuer); err != nil {
		return jose.JSONWebKey{}, err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return jose.JSONWebKey{}, fmt.Errorf("exchange: generate key: %w", err)
	}
	return jose.JSONWebKey{Key: priv, KeyID: issuer, Algorithm: string(jose.EdDSA), Use: "sig"}, nil
}

// ReadSigningKey reads a private Ed25519 JWK written by GenerateKey.
// Errors: EINVALID.
func ReadSigningKey(path string) (jose.JSONWebKey, error) {
	var k jose.JSONWebKey
	b, err := os.ReadFile(path)
	if err != nil {
		return k, graph.Errorf(graph.EINVALID, "signing key %s: %v", path, err)
	}
	if err := json.Unmarshal(b, &k); err != nil {
		return k, graph.Errorf(graph.EINVALID, "signing key %s: %v", path, err)
	}
	if _, ok := k.Key.(ed25519.PrivateKey); !ok {
		return k, graph.Errorf(graph.EINVALID, "signing key %s: not an Ed25519 private key", path)
	}
	if err := ValidIssuer(k.KeyID); err != nil {
		return k, graph.Errorf(graph.EINVALID, "signing key %s: kid: %s", path, graph.ErrorMessage(err))
	}
	return k, nil
}

// Sign serialises doc and signs it with key as a JWS in compact
// serialisation (RFC 7515), alg EdDSA (RFC 8037), kid = key id, typ
// MediaType. doc.Issuer must equal the key id.
func Sign(doc Document, key jose.JSONWebKey) (string, error) {
	if doc.Issuer != key.KeyID {
		return "", graph.Errorf(graph.EINVALID, "document issuer %q differs from the signing key id %q", doc.Issuer, key.KeyID)
	}
	if err := doc.Validate(); err != nil {
		return "", err
	}
	payload, err := json.Marshal(doc)
	if err != nil {
		return "", fmt.Errorf("exchange: encode: %w", err)
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: key},
		(&jose.SignerOptions{}).WithType(MediaType).WithContentType("json"))
	if err != nil {
		return "", fmt.Errorf("exchange: signer: %w", err)
	}
	obj, err := signer.Sign(payload)
	if err != nil {
		return "", fmt.Errorf("exchange: sign: %w", err)
	}
	return obj.CompactSerialize()
}

// TrustedKeys are the public keys of partner agencies, by partner id
// (the JWK kid). They come from a JWKS file (RFC 7517).
type TrustedKeys struct {
	keys map[string]ed25519.PublicKey
}

// ReadTrustedKeys reads a JWKS of partner public keys; every key must be
// an Ed25519 public key whose kid is a valid partner id. Errors: EINVALID.
func ReadTrustedKeys(path string) (*TrustedKeys, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "partner keys %s: %v", path, err)
	}
	var set jose.JSONWebKeySet
	if err := json.Unmarshal(b, &set); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "partner keys %s: %v", path, err)
	}
	t, err := NewTrustedKeys(set)
	if err != nil {
		return nil, fmt.Errorf("partner keys %s: %w", path, err)
	}
	return t, nil
}

// NewTrustedKeys builds the trust store from a key set. Errors: EINVALID.
func NewTrustedKeys(set jose.JSONWebKeySet) (*TrustedKeys, error) {
	t := &TrustedKeys{keys: map[string]ed25519.PublicKey{}}
	for i, k := range set.Keys {
		pub, ok := k.Key.(ed25519.PublicKey)
		if !ok {
			return nil, graph.Errorf(graph.EINVALID, "key %d (kid %q): not an Ed25519 public key", i, k.KeyID)
		}
		if err := ValidIssuer(k.KeyID); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "key %d: kid: %s", i, graph.ErrorMessage(err))
		}
		if _, dup := t.keys[k.KeyID]; dup {
			return nil, graph.Errorf(graph.EINVALID, "key %d: duplicate kid %q", i, k.KeyID)
		}
		t.keys[k.KeyID] = pub
	}
	return t, nil
}

// Issuers returns the trusted partner ids.
func (t *TrustedKeys) Issuers() []string {
	out := make([]string, 0, len(t.keys))
	for k := range t.keys {
		out = append(out, k)
	}
	return out
}

// VerifyError says why a signed document was refused.
type VerifyError struct {
	Reason string // "malformed", "unknown issuer", "bad signature", "issuer mismatch", "expired", "not yet valid", "invalid content"
	Detail string
}

// Error implements error.
func (e *VerifyError) Error() string {
	if e.Detail == "" {
		return "partner document refused: " + e.Reason
	}
	return "partner document refused: " + e.Reason + ": " + e.Detail
}

// Verify checks a signed document and returns its payload: compact JWS,
// alg EdDSA only, a kid naming a trusted partner, a valid Ed25519
// signature by that partner's key, an iss equal to the kid, iat not in the
// future and exp not passed at now (with one minute of leeway for clock
// skew), and valid content. Every refusal is a *VerifyError.
func (t *TrustedKeys) Verify(signed []byte, now time.Time) (Document, error) {
	var doc Document
	if len(signed) > MaxDocumentSize {
		return doc, &VerifyError{Reason: "malformed", Detail: fmt.Sprintf("larger than %d bytes", MaxDocumentSize)}
	}
	obj, err := jose.ParseSignedCompact(strings.TrimSpace(string(signed)), []jose.SignatureAlgorithm{jose.EdDSA})
	if err != nil {
		return doc, &VerifyError{Reason: "malformed", Detail: err.Error()}
	}
	if len(obj.Signatures) != 1 {
		return doc, &VerifyError{Reason: "malformed", Detail: "want exactly one signature"}
	}
	h := obj.Signatures[0].Header
	pub, ok := t.keys[h.KeyID]
	if !ok {
		return doc, &VerifyError{Reason: "unknown issuer", Detail: fmt.Sprintf("kid %q is not a configured partner", h.KeyID)}
	}
	payload, err := obj.Verify(pub)
	if err != nil {
		return doc, &VerifyError{Reason: "bad signature", Detail: fmt.Sprintf("not signed by partner %q's key", h.KeyID)}
	}
	if typ, _ := h.ExtraHeaders[jose.HeaderType].(string); typ != MediaType {
		return doc, &VerifyError{Reason: "malformed", Detail: fmt.Sprintf("typ %q, want %q", typ, MediaType)}
	}
	if err := json.Unmarshal(payload, &doc); err != nil {
		return doc, &VerifyError{Reason: "invalid content", Detail: err.Error()}
	}
	if doc.Issuer != h.KeyID {
		return doc, &VerifyError{Reason: "issuer mismatch", Detail: fmt.Sprintf("iss %q signed with kid %q", doc.Issuer, h.KeyID)}
	}
	const leeway = time.Minute
	if exp := time.Unix(doc.Expires, 0); !now.Before(exp.Add(leeway)) {
		return doc, &VerifyError{Reason: "expired", Detail: "expired at " + exp.UTC().Format(time.RFC3339)}
	}
	if iat := time.Unix(doc.IssuedAt, 0); now.Add(leeway).Before(iat) {
		return doc, &VerifyError{Reason: "not yet valid", Detail: "issued at " + iat.UTC().Format(time.RFC3339) + ", in the future"}
	}
	if err := doc.Validate(); err != nil {
		return doc, &VerifyError{Reason: "invalid content", Detail: graph.ErrorMessage(err)}
	}
	return doc, nil
}

// IsVerifyError reports whether err is a refusal by Verify.
func IsVerifyError(err error) bool {
	var v *VerifyError
	return errors.As(err, &v)
}
