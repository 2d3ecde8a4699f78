// Package edifact is a streaming UN/EDIFACT (ISO 9735) tokenizer and
// envelope reader for the passenger-data messages that carriers push to
// border agencies (PAXLST for API, PNRGOV for PNR).
//
// Place in the dependency graph: edifact imports only the standard library;
// ingest/paxlst and ingest/pnrgov build on it; it imports no other package of
// the repository.
//
// # Layers
//
// [Reader] turns bytes into [Segment] values, one at a time, from any
// io.Reader. [MessageReader] sits on top of it and groups segments into
// [Message] values inside their envelopes: interchange (UNB ... UNZ),
// optional functional group (UNG ... UNE) and message (UNH ... UNT).
//
// # Syntax rules honoured
//
//   - UNA service string advice: component separator, data element
//     separator, decimal mark, release character, repetition separator and
//     segment terminator. Without UNA the ISO 9735 defaults ":+.? '" apply.
//     A UNA may start every interchange of a stream.
//   - The release character makes the next character literal ("?+" is a
//     plus sign, "??" a question mark). A release character before a
//     character that is not a service character is dropped.
//   - The repetition separator of syntax version 4 is recorded in
//     [Delimiters] but not interpreted: the PAXLST and PNRGOV implementation
//     guides use no repeating data elements, and carriers put "*" in data
//     (e.g. "APIS*ABE" in UNB) while declaring it.
//
// # Tolerated deviations (documented choices)
//
// Carrier systems wrap EDIFACT text at fixed widths and pad between
// segments. The reader therefore:
//
//   - skips spaces, tabs, CR and LF between segments;
//   - ignores CR and LF inside a segment (a line break is a transport
//     artefact, never data: "SMITHJ\nR" reads as "SMITHJR") unless a UNA
//     declares one of them as a separator;
//   - trims spaces around the segment tag ("UNG *PAXLST" reads as UNG);
//   - accepts a final segment that lacks its terminator, ending it at the
//     end of its first line, and reports [ErrUnterminated];
//   - repairs a malformed UNA instead of failing: a UNA cut short by a line
//     break with five characters is read as component, element, release,
//     repetition and terminator (the decimal mark was dropped); any other
//     short, non-ASCII or inconsistent service character falls back to its
//     default. The repair is reported with [ErrServiceString].
//
// Everything the reader repairs or skips is reported as a recoverable
// *[SyntaxError]; with the [Strict] option every such problem is fatal.
//
// # Character encodings
//
// Separators are ASCII, so segments are split on bytes and decoded per value:
//
//   - a segment whose bytes are valid UTF-8 is taken as UTF-8 whatever the
//     declared syntax level (UNOA/UNOB are ASCII subsets of it, and UNOW/UNOY
//     are UTF-8);
//   - otherwise its bytes are decoded as ISO 8859-1 (Latin-1) into UTF-8.
//     This is silent when the UNB syntax identifier is UNOC (ISO 8859-1 is
//     the declared repertoire); for any other identifier it is reported with
//     [ErrInvalidUTF8] because the text broke the declared repertoire;
//   - a UTF-8 byte-order mark at the start is skipped; a UTF-16 or UTF-32
//     byte-order mark, or any NUL byte, ends reading with [ErrBinaryInput]
//     (the input is not 8-bit EDIFACT text).
//
// # Bounded resources
//
// A segment longer than [Config.MaxSegmentLength] bytes (64 KiB by default)
// ends reading with [ErrSegmentTooLong] as soon as the limit is passed, so a
// 50 MB line without a terminator costs 64 KiB of memory, not 50 MB. A
// message with more than [Config.MaxMessageSegments] segments ends reading
// with [ErrMessageTooLarge].
//
// # Envelope checks
//
// [MessageReader] checks the UNT segment count and message reference, the
// UNE and UNZ counts and control references, and reports a missing UNT, UNE
// or UNZ. A message cut off by the end of input is returned with what it
// holds, and the next call reports [ErrTruncated]. Text after the last UNZ
// that does not start a new interchange is reported with [ErrTrailingData]
// and ignored.
package edifact
