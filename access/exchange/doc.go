// Package exchange shares trader risk profiles with partner agencies as
// signed documents and imports theirs.
//
// Format: a Document (format "borderlens.partner-profiles/v1", iss, iat,
// exp, jti, entities) whose entities are FollowTheMoney Company entities
// (name, country, registrationNumber, address, topics) with our risk
// assessment under the namespaced key "borderlens:risk"; see Entity and
// docs/access.md. Envelope: JWS compact serialisation (RFC 7515), alg
// EdDSA with Ed25519 keys (RFC 8037), kid = the issuing partner id, typ
// "borderlens-profiles+jws", produced and checked with go-jose.
//
// Export (Profiles) maps only the Trader fields the access policy shares
// with the partner role. Import verifies the signature against the
// configured partner keys (TrustedKeys.Verify: unknown issuer, forged or
// altered signature, issuer mismatch, expiry and content are refused with
// a *VerifyError) and attaches the evidence to matching traders under
// partner-namespaced properties (Attach), never overwriting ours.
//
// Place in the dependency graph: exchange imports access and graph.
package exchange
