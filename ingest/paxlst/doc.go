// Package paxlst parses UN/EDIFACT PAXLST passenger and crew lists (Advance
// Passenger Information, API) as pushed by carriers to border agencies, in
// the D:02B and D:05B directories of the WCO/IATA/ICAO API guidelines.
//
// Place in the dependency graph: paxlst imports only the standard library
// and ingest/edifact, which tokenizes the input and checks its envelopes.
//
// # Message structure read
//
//	UNA? UNB UNG? UNH
//	  BGM  RFF(TN) DTM
//	  Gr.1  NAD(MS) CTA COM                   reporting party
//	  Gr.2  TDT DTM                           flight (one group per flight number)
//	    Gr.3  LOC DTM                         airports and their times
//	  Gr.4  NAD(FL|FM|DDT|DDU) ATT DTM MEA GEI FTX LOC COM EMP NAT RFF
//	    Gr.5  DOC DTM GEI RFF LOC CPI QTY     travel documents
//	  CNT
//	UNT UNE? UNZ
//
// Legs come from the Gr.3 LOC/DTM groups: LOC 125 (departure) and LOC 87
// (arrival) delimit a leg, LOC 92 (routing) chains the airports of a
// multi-leg flight (two LOC 92 give one leg, three give two legs), LOC 130
// is the final destination. DTM 189 gives the departure and DTM 232 the
// arrival time of the airport before it. Per person: ATT 2 gender, DTM 329
// date of birth, NAT 2 nationality, LOC 174 country of residence, LOC 178
// port of embarkation, LOC 179 port of debarkation, LOC 180 place of birth,
// LOC 22 place of clearance (first arrival), GEI 4 verification (173
// verified, ZZZ not verified), FTX BAG bag tags, MEA CT/WT bag count and
// weight, RFF AVF reservation locator, RFF ABO passenger reference, RFF SEA
// seat; per document (DOC) DTM 36 expiry, DTM 182 issue date, LOC 91
// issuing country. NAD party function FL is a passenger, FM a crew member,
// DDU an in-transit passenger and DDT an in-transit crew member. PAXLST has
// no standard infant indicator: Person.Infant is set only when a carrier
// sends the AIRIMP infant genders MI or FI in ATT.
//
// # Errors and partial results
//
// Parse returns every message it could read together with the first fatal
// error, if any: use the messages even when err is not nil. Problems that
// do not stop reading (a field that does not parse, a count mismatch, an
// envelope irregularity, a skipped segment) are recorded in Message.Errors
// as *FieldError or *edifact.SyntaxError values, each naming the message,
// segment, line and field, and the rest of the message still loads. With
// edifact.Strict() the first such problem is fatal instead. Segments that
// are not part of PAXLST are skipped and counted by tag in Message.Unknown;
// they are never an error by themselves.
//
// Dates and times carry no time zone (the guidelines use airport local
// time); they are returned as time.Time values in UTC holding the wall-clock
// values as sent. Two-digit years are resolved against the interchange
// preparation date: dates of birth into the past, other dates into the
// hundred years around it.
package paxlst
