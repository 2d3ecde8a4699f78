// Package pnrgov parses UN/EDIFACT PNRGOV messages: the Passenger Name
// Record data carriers push to border agencies, versions 10.1 to 13.1 of the
// IATA/WCO/ICAO PNRGOV implementation guide.
//
// Place in the dependency graph: pnrgov imports only the standard library
// and ingest/edifact, which tokenizes the input and checks its envelopes.
//
// # Message structure read
//
//	UNA? UNB UNG? UNH
//	  MSG ORG TVL EQN                         function, sender, the pushed flight, PNR count
//	  Gr.1  SRC RCI SSR DAT IFT ORG ADD EBD   one group per PNR
//	    Gr.2  TIF FTI IFT REF EBD FAR SSR ADD  traveller
//	      Gr.3  TKT MON PTK TXD DAT            ticket
//	        Gr.4  FOP IFT ADD                  form of payment, payer
//	    Gr.5  TVL TRA RPI APD SSR RCI IFT      itinerary flight (codeshare: TRA or a
//	                                           second TVL carrying the operating flight)
//	      Gr.6  DAT ORG                        check-in
//	        Gr.7  TRI TIF SSD TBD              checked-in traveller, seat, bags
//	    Gr.8  EQN RCI                          split PNR
//	    Gr.9  MSG TVL                          non-air segments (skipped)
//	    Gr.10 ABI DAT                          history
//	      Gr.11 SAC TIF SSR IFT TBD            history item
//	        Gr.12 TVL RPI                      its flight
//	    LTS                                    free-text history (13.1)
//	UNT UNE? UNZ
//
// The walker follows these groups by segment tag and context, as carriers do
// not always send them in guide order (e.g. IFT inside Gr.3). SSRs reach
// their traveller through the traveller reference (SSR C332/9944 = TIF
// C324/9944); Gr.2 SSRs belong to the traveller of the group.
//
// # Free text (AIRIMP conventions)
//
// SSR DOCS "/P/GBR/123456789/GBR/12JUL70/M/12JUL29/SURNAME/GIVEN" becomes a
// Document (and the passenger's date of birth, gender and nationality); SSR
// DOCO (visas) and DOC segments are documents too, SSR DOCA an address. CTC
// elements in SSR and OSI (IFT 4:28) text and ADD free text become contacts:
// CTCM mobile, CTCH home, CTCB business, CTCT travel agency, CTCP/CTC
// other phones, CTCE e-mail (written with "//" for "@", ".." for "_" and "./"
// for "-"), CTCR a refusal. Infants travelling on an adult's lap are linked
// to the adult through TIF (type IN, the adult's infant indicator), SSR
// INFT (which creates the infant when no TIF names it) and DOCS with the
// infant genders MI/FI sent under the adult. Card numbers are kept as sent
// when masked and masked to the last four digits otherwise.
//
// # Errors and partial results
//
// Parse returns every message it could read together with the first fatal
// error, if any: use the messages even when err is not nil. One bad PNR
// does not lose the others: a value that does not parse is recorded as a
// *FieldError in that PNR's Errors (naming the message, PNR, record locator,
// segment, line and field), lexer problems inside a PNR go to the same list,
// and the PNR keeps every other value. Message-level problems are in
// Message.Errors; Message.Err joins everything. With edifact.Strict() the
// first problem is fatal instead. Segments that are not part of PNRGOV are
// skipped and counted by tag in PNR.Unknown and Message.Unknown; they are
// never an error by themselves.
//
// Dates and times carry no time zone (TVL times are airport local time); they
// are returned as time.Time values in UTC holding the wall-clock values as
// sent. Two-digit years are resolved against the interchange preparation
// date: dates of birth into the past, other dates into the hundred years
// around it.
package pnrgov
