// Package synth generates the deterministic demo world: a customs graph's
// worth of source files (declarations, traders, passengers, seizures)
// written in the formats package ingest reads, with planted smuggling
// rings and their ground truth, so that the demo loads through the same
// ingest.Load path as real data and analytics can be scored against
// known answers.
//
// # World
//
//   - Declarations: the Korea Customs Service synthetic declarations
//     (MIT, Institute for Basic Science & Korea Customs Service), copied
//     row for row (optionally capped) from the shared data directory.
//   - Traders: details (name, address, phone, e-mail, roles) for a subset
//     of the importers, declarants, sellers and couriers those rows use.
//   - Passengers: a few thousand travellers (Korean, Chinese, Japanese,
//     Vietnamese, ... names) on bookings through travel agencies, on real
//     routes from Incheon and Busan with their carriers, each route flying
//     about one day in eight so that travellers meet on flights; contacts,
//     passports and payment cards (masked, or full numbers in the ISO/IEC
//     7812 national-use range 9, so that no real card is written).
//   - Seizures: one per ring naming its known smugglers, plus isolated
//     seizures and negative investigations.
//
// Identifiers are written in varied forms ("010-1234-5678",
// "+82 10 1234 5678", upper-case addresses, "SMITH/JOHN MR" and
// "John SMITH") that ingest/resolve brings back to one key.
//
// # Rings and noise
//
// Each ring has 1 or 2 known smugglers, named in a seizure or positive
// investigation, and 5 to 12 hidden members (travellers and traders).
// Each member is tied to a smuggler or an earlier member by one planted
// link: a shared phone, e-mail, address or card, the same booking, or
// separate bookings on the same flights; ring trips mostly go through one
// small agency. Members are never named in a seizure. Legitimate
// sharing makes the task non-trivial: families and couples share
// addresses and bookings, colleagues travel together, agencies' call
// centres are the contact of many bookings, importers register at
// business centres, give their customs broker's phone or share a group
// switchboard, and company owners travel with the company's phone. The
// ground truth (ground_truth.json) lists rings, their seeds, members and
// links, the isolated known smugglers and the legitimate groups, all as
// graph keys ("Kind:ID") exactly as ingest stores them.
//
// Generation is deterministic: the same Options (seed included) and input
// files give byte-identical output.
//
// Place in the dependency graph: synth imports ingest (record types,
// File, Format), ingest/kcs, ingest/resolve and graph; cmd/ calls
// Generate and then ingest.Load on Manifest.Files.
package synth
