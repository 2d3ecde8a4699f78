// Package seizure reads seizure reports and investigation results in the
// BorderLens seizures CSV and JSON formats and maps them onto the graph,
// marking every entity they name as a known smuggler.
//
// # Fields
//
//	id           seizure or case result id (required)
//	date         YYYY-MM-DD (required)
//	kind         "seizure" (default) or "investigation"
//	outcome      "positive" or "negative"; required for an investigation,
//	             "positive" (or empty) for a seizure
//	case         case reference (optional)
//	office       customs office id (optional)
//	goods        what was seized, e.g. "methamphetamine"
//	quantity     amount with unit, e.g. "2.4 kg"
//	description  free text
//	involved     the entities involved (see below); in CSV one cell with
//	             references separated by ";", in JSON an array of strings
//
// # Entity references
//
// An entity is named by its graph key ("Trader:KR1234567",
// "Passenger:KIM/MINJUN/1985-03-02") or by an identifier that resolves to
// one, written type=value:
//
//	trader=KR1234567
//	declaration=97061800
//	passenger=KIM/MINJUN MR/1985-03-02      name (any order) / date of birth
//	document=P/KOR/M12345678                type / issuing country / number
//	phone=010-1234-5678                     any format resolve.Phone reads
//	email=someone@example.com
//	address=12 Teheran-ro, Gangnam-gu, Seoul
//	card=4111111111111111                   full number (hashed, never kept)
//	card=VI XXXXXXXXXXXX1111 12/27          masked number and expiry
//	flight=KE901/2021-01-02                 carrier+number / departure date
//	booking=KE/ABC123                       carrier / record locator
//	agency=00112233
//
// Keys and identifiers go through the same resolution as every other
// format, so "phone=+82 10 1234 5678" and a passenger's "010-1234-5678"
// name one node.
//
// # Graph
//
// A record becomes a Seizure node (type, outcome, case, goods...) with
// SEIZED_AT to its Office. For a seizure or a positive investigation,
// each entity named gets INVOLVED_IN to the seizure and the properties
// knownSmuggler=true, knownSmugglerSince (the date),
// knownSmugglerSource (the seizure id) and knownSmugglerReason; when
// several seizures name one entity the earliest one stays (the ingest
// pipeline reconciles with stored nodes). A negative investigation is
// recorded (its node, with the keys it cleared in the subjects property)
// but marks nobody and links nobody: INVOLVED_IN always means "marked".
//
// Place in the dependency graph: seizure imports graph and
// ingest/resolve; the ingest pipeline frames the input and calls it.
package seizure
