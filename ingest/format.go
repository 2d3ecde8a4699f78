package ingest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/borderlens/borderlens/ingest/kcs"
	"github.com/borderlens/borderlens/ingest/seizure"
	"github.com/borderlens/borderlens/ingest/trader"
)

// Format names an input format.
type Format string

// Formats. FormatAuto detects the format from the file's first bytes
// (and its extension when the content is ambiguous).
const (
	FormatAuto           Format = "auto"
	FormatKCS            Format = "kcs"             // KCS declarations CSV (package kcs)
	FormatBACUDA         Format = "bacuda"          // WCO BACUDA/DATE declarations CSV (package kcs)
	FormatTradersCSV     Format = "traders-csv"     // traders CSV (package trader)
	FormatTradersJSON    Format = "traders-json"    // traders JSON (package trader)
	FormatPassengersCSV  Format = "passengers-csv"  // passengers CSV, one row per passenger and leg (this package)
	FormatPassengersJSON Format = "passengers-json" // passengers JSON, one object per booking (this package)
	FormatSeizuresCSV    Format = "seizures-csv"    // seizures and investigation results CSV (package seizure)
	FormatSeizuresJSON   Format = "seizures-json"   // seizures and investigation results JSON (package seizure)
	FormatPAXLST         Format = "paxlst"          // UN/EDIFACT PAXLST (API)
	FormatPNRGOV         Format = "pnrgov"          // UN/EDIFACT PNRGOV (PNR)
)

var formats = []Format{
	FormatAuto, FormatKCS, FormatBACUDA, FormatTradersCSV, FormatTradersJSON,
	FormatPassengersCSV, FormatPassengersJSON, FormatSeizuresCSV, FormatSeizuresJSON,
	FormatPAXLST, FormatPNRGOV,
}

// Formats returns every format name, FormatAuto first.
func Formats() []Format { return append([]Format(nil), formats...) }

// ParseFormat checks a format name ("" means FormatAuto).
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FormatAuto, nil
	}
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, x := range formats {
		if x == f {
			return f, nil
		}
	}
	return "", fmt.Errorf("ingest: unknown format %q (want one of %s)", s, formatList())
}

func formatList() string {
	var s []string
	for _, f := range formats {
		s = append(s, string(f))
	}
	return strings.Join(s, ", ")
}

// isJSON reports whether f is one of the JSON formats.
func (f Format) isJSON() bool {
	return f == FormatTradersJSON || f == FormatPassengersJSON || f == FormatSeizuresJSON
}

// SniffBytes is how much of an input DetectFormat looks at.
const SniffBytes = 64 << 10

// DetectFormat tells the format of an input from its first bytes (up to
// SniffBytes) and, when they are ambiguous, its file name:
//
//   - EDIFACT (starts with UNA, UNB or UNH): PAXLST or PNRGOV from the
//     message type in UNH;
//   - JSON (starts with "[" or "{"): from the wrapper key ("bookings",
//     "traders", "seizures") or the keys of the first object;
//   - otherwise CSV, from the header row.
//
// It fails with ErrUTF16 or ErrBinary for text that is not UTF-8, and
// ErrUnknownFormat otherwise.
func DetectFormat(name string, head []byte) (Format, error) {
	head = bytes.TrimPrefix(head, utf8BOM)
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return "", ErrUTF16
	}
	body := bytes.TrimLeft(head, " \t\r\n")
	if len(body) == 0 {
		return "", fmt.Errorf("%w: the input is empty", ErrUnknownFormat)
	}
	firstLine := body
	if i := bytes.IndexByte(firstLine, '\n'); i >= 0 {
		firstLine = firstLine[:i]
	}
	if bytes.IndexByte(firstLine, 0) >= 0 {
		return "", ErrBinary
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(body, []byte("UNA")) || bytes.HasPrefix(body, []byte("UNB")) || bytes.HasPrefix(body, []byte("UNH")):
		switch {
		case bytes.Contains(body, []byte("PAXLST")):
			return FormatPAXLST, nil
		case bytes.Contains(body, []byte("PNRGOV")):
			return FormatPNRGOV, nil
		}
		return "", fmt.Errorf("%w: EDIFACT interchange without a PAXLST or PNRGOV message header", ErrUnknownFormat)
	case body[0] == '[' || body[0] == '{':
		return detectJSON(body)
	}
	if ext == ".json" || ext == ".jsonl" || ext == ".ndjson" {
		return "", fmt.Errorf("%w: %s file does not start with a JSON array or object", ErrUnknownFormat, ext)
	}
	return detectCSV(firstLine)
}

// detectJSON looks at the wrapper key or at the keys of the first record.
func detectJSON(body []byte) (Format, error) {
	if key, ok := wrapperKey(body); ok {
		switch key {
		case "bookings":
			return FormatPassengersJSON, nil
		case "traders":
			return FormatTradersJSON, nil
		case "seizures":
			return FormatSeizuresJSON, nil
		}
	}
	keys := firstObjectKeys(body)
	switch {
	case keys["involved"] || keys["outcome"]:
		return FormatSeizuresJSON, nil
	case keys["passengers"] || keys["legs"] || keys["locator"]:
		return FormatPassengersJSON, nil
	case keys["name"] || keys["roles"] || keys["phones"]:
		return FormatTradersJSON, nil
	}
	return "", fmt.Errorf("%w: JSON records are not bookings, traders or seizures", ErrUnknownFormat)
}

// wrapperKey returns the first key of a top-level object whose value is an
// array: {"bookings": [ ...
func wrapperKey(body []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	t, err := dec.Token()
	if err != nil {
		return "", false
	}
	key, ok := t.(string)
	if !ok {
		return "", false
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return "", false
	}
	return key, true
}

// firstObjectKeys returns the keys of the first record object: the first
// element of a top-level array, of a wrapper object's array, or the first
// object of JSON Lines. body may be a truncated prefix.
func firstObjectKeys(body []byte) map[string]bool {
	keys := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(body))
	t, err := dec.Token()
	if err != nil {
		return keys
	}
	if t == json.Delim('{') {
		if _, ok := wrapperKey(body); ok {
			// Skip the key and the '[' of the wrapper.
			if _, err := dec.Token(); err != nil {
				return keys
			}
			if _, err := dec.Token(); err != nil {
				return keys
			}
			t, err = dec.Token()
			if err != nil {
				return keys
			}
		}
	} else if t == json.Delim('[') {
		if t, err = dec.Token(); err != nil {
			return keys
		}
	}
	if t != json.Delim('{') {
		return keys
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return keys
		}
		k, ok := t.(string)
		if !ok {
			return keys
		}
		keys[k] = true
		if err := skipValue(dec); err != nil {
			return keys
		}
	}
	return keys
}

// skipValue reads past one JSON value.
func skipValue(dec *json.Decoder) error {
	depth := 0
	for {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// detectCSV reads the header row.
func detectCSV(line []byte) (Format, error) {
	r := csv.NewReader(bytes.NewReader(line))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil || len(header) < 2 {
		return "", fmt.Errorf("%w: not a CSV header", ErrUnknownFormat)
	}
	if s, err := kcs.DetectSchema(header); err == nil || err != kcs.ErrNotDeclarations {
		if s.Layout == kcs.LayoutBACUDA {
			return FormatBACUDA, nil
		}
		return FormatKCS, nil
	}
	have := map[string]bool{}
	for _, h := range header {
		have[kcs.NormalizeHeader(h)] = true
	}
	switch {
	case seizure.IsHeader(have):
		return FormatSeizuresCSV, nil
	case isPassengerHeader(have):
		return FormatPassengersCSV, nil
	case trader.IsHeader(have):
		return FormatTradersCSV, nil
	}
	return "", fmt.Errorf("%w: CSV header is not declarations, traders, passengers or seizures", ErrUnknownFormat)
}
