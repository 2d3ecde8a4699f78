// Package resolve is ingest's entity resolution: it turns the many ways a
// source writes a name, phone number, e-mail address, postal address,
// travel document, payment card or country into the one normalised form
// that graph keys are built from, so that the same person or identifier
// seen in declarations, trader files, PNR and API data and seizure reports
// lands on one node.
//
// Every function is pure except the card functions, which need the
// deployment's card key (Options.CardKey): cards are keyed by an
// HMAC-SHA256 of the card number, never by the number, and the key is
// supplied by the caller at run time, never stored in the repository.
// Errors never contain the offending value, so they are safe to log; the
// value travels separately in FieldError.Value (masked for cards).
//
// Place in the dependency graph: resolve imports graph (for FoldText and
// the key helpers) and golang.org/x/text; the ingest decoders, ingest/kcs,
// ingest/trader, ingest/seizure and ingest/synth import resolve.
package resolve
