// Package trader reads trader reference data (company or person details
// as registered with customs) in the BorderLens traders CSV and JSON
// formats and maps them onto the graph.
//
// # CSV
//
// A header row names the columns, in any order; only id is required:
//
//	id,name,country,address,phone,email,roles
//	KR1234567,Hanil Trading Co.,KR,"12 Teheran-ro, Gangnam-gu, Seoul",02-555-0101;010-1234-5678,info@hanil.co.kr,importer
//
// phone, email, address and roles cells may hold several values separated
// by ";". Column names are matched case-insensitively ignoring spaces,
// dots and underscores; "trader id", "phones", "emails", "addresses" are
// accepted as aliases.
//
// # JSON
//
// An array of objects, a {"traders": [...]} wrapper, or JSON Lines:
//
//	{"traders": [{"id": "KR1234567", "name": "Hanil Trading Co.", "country": "KR",
//	  "addresses": ["12 Teheran-ro, Gangnam-gu, Seoul"],
//	  "phones": ["02-555-0101"], "emails": ["info@hanil.co.kr"], "roles": ["importer"]}]}
//
// # Graph
//
// A record becomes a Trader node (label: the name) with its roles
// (importer, declarant, seller, courier), Address, Phone and Email nodes
// linked by LOCATED_AT, USES_PHONE and USES_EMAIL, and NATIONAL_OF to its
// Country. Identifiers are resolved by ingest/resolve, so a trader's phone
// written "02-555-0101" meets a passenger's "+82 2 555 0101".
//
// Place in the dependency graph: trader imports graph and ingest/resolve;
// the ingest pipeline frames the input and calls it.
package trader
