// Package audit is the tamper-evident audit trail: every GraphQL
// operation, refused request, partner export/import and key change is one
// Entry appended to a JSON Lines file, fsync'd before Append returns.
//
// Hash chain: each entry carries the hash of the one before (Prev; 64
// zeros for the first) and its own Hash, the hex SHA-256 of its canonical
// JSON with Hash empty. Editing an entry changes its hash; deleting or
// reordering entries breaks the Prev links or the Seq run; Verify reports
// the first break with its line. Cutting entries off the end leaves a
// valid shorter chain: compare Verify's head with a head recorded
// elsewhere (VerifyOptions.Head) to detect it.
//
// PII never reaches the file: Append masks variables and entity ids with
// a keyed HMAC (Masker), so equal values stay linkable by whoever holds
// the audit key, and nobody else.
//
// Place in the dependency graph: audit imports graph (and the stdlib).
package audit
