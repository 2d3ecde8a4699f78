// Package ingest loads source files into the customs graph: goods
// declarations, trader reference data, passenger bookings and manifests,
// and seizures and investigation results.
//
// # Pipeline
//
// Load takes a Writer (graph.Store satisfies it), a list of Files and
// Options. For each file it picks a Decoder (by Format, or detected from
// the first bytes with FormatAuto), reads one record at a time, resolves
// its identifiers (package resolve), maps it onto a graph fragment (nodes
// and relationships) and validates the fragment as a whole. Valid
// fragments are merged into batches of Options.BatchSize records, and
// each batch is one Upsert, one transaction. A rejected record is written
// to a JSON Lines reject file (see RejectLine) as a *ParseError naming
// file, line and field; it never half-writes.
//
// Keys are natural (trader id, declaration id, E.164 phone, document
// type/issuer/number, the keyed hash of a card...), so loading a file
// twice changes nothing. A checkpoint per input in Options.StateDir,
// saved after each committed batch and keyed by the file's path, size and
// the SHA-256 of its first 64 KiB, lets Options.Resume skip what was
// committed. Options.DryRun parses and validates without writing.
// Inputs are read with bounded memory: a CSV line or JSON record longer
// than Options.MaxLineBytes stops the file with ErrLineTooLong or
// ErrRecordTooLarge; UTF-16 and NUL-filled input is refused; a UTF-8 byte
// order mark is skipped; a record with invalid UTF-8 or a NUL is
// rejected.
//
// # Formats
//
// Declarations: KCS and BACUDA CSV, see package kcs. Traders: CSV and
// JSON, see package trader. Seizures and investigation results: CSV and
// JSON, see package seizure. PAXLST and PNRGOV (UN/EDIFACT, parsed by
// packages paxlst and pnrgov) fill BookingRecord and share BookingFragment
// with the passengers formats below: one record per PNR, and one per
// person of an API manifest.
//
// # Passengers JSON
//
// One object per booking (PNR), as a top-level array, inside a
// {"bookings": [...]} wrapper, or as JSON Lines. Field names follow
// BookingRecord's JSON tags; unknown fields are rejected:
//
//	{"bookings": [{
//	  "carrier": "KE", "locator": "X7K2QD", "created": "2020-11-02T09:14:00Z",
//	  "agency": {"id": "17300021", "name": "Hana Tour Gangnam", "city": "SEL", "country": "KR"},
//	  "legs": [
//	    {"carrier": "KE", "number": "901", "origin": "ICN", "destination": "CDG",
//	     "departure": "2020-12-03T13:20", "arrival": "2020-12-03T18:05"}
//	  ],
//	  "phones": ["+82 2 555 0100"],
//	  "payments": [{"type": "CC", "vendor": "VI", "number": "XXXXXXXXXXXX4242", "expiry": "11/23"}],
//	  "passengers": [
//	    {"surname": "KIM", "given": "MINJUN MR", "date_of_birth": "1985-03-02", "gender": "M",
//	     "nationality": "KOR",
//	     "documents": [{"type": "P", "issuer": "KOR", "number": "M12345678", "expiry": "2029-05-01"}],
//	     "phones": ["010-1234-5678"], "emails": ["minjun.kim@example.kr"],
//	     "addresses": ["12 Teheran-ro, Gangnam-gu, Seoul 06234, KR"]},
//	    {"name": "KIM/SEOYEON MISS", "date_of_birth": "2020-01-20", "infant": true, "infant_of": 0}
//	  ]
//	}]}
//
// Every traveller of a booking flies every leg. A booking without a
// locator is a manifest: its travellers are linked to the legs directly
// and its contacts and payments to each traveller. Card numbers may be
// full (hashed under Options.Resolve.CardKey, never stored) or masked
// (then the expiry is part of the identity and the card node is flagged
// weakIdentity).
//
// # Passengers CSV
//
// One row per passenger on one booking leg; rows naming the same booking,
// passenger or flight merge. Columns (any order, names matched ignoring
// case, spaces, dots and underscores; surname or name required):
//
//	carrier,locator,created,agency_id,agency_name,surname,given,name,date_of_birth,gender,
//	nationality,document_type,document_issuer,document_number,document_expiry,phone,email,
//	address,card_vendor,card_number,card_expiry,flight_carrier,flight_number,origin,
//	destination,departure,arrival,crew,infant
//
// phone, email and address cells may hold several values separated by
// ";". The card is a booking-level payment. Errors name the CSV column.
//
// # Graph
//
// See BookingFragment for the passenger mapping, and the packages named
// above for the others. Property accumulation across loads (a trader's
// roles, an identifier's first raw value, the earliest known-smuggler
// marking) relies on the Writer's optional NodeReader capability.
//
// Place in the dependency graph: ingest imports graph, ingest/resolve,
// ingest/kcs, ingest/trader and ingest/seizure (and will import
// ingest/paxlst and ingest/pnrgov); ingest/synth imports ingest. Only
// cmd/ and tests open a concrete store.
package ingest
