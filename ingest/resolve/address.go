package resolve

import (
	"strings"
)

// MaxAddressLength bounds a raw address in bytes.
const MaxAddressLength = 400

// abbreviations unify the spellings of street types, building parts and
// directions to the USPS (Publication 28) and Royal Mail short forms.
var abbreviations = map[string]string{
	"STREET": "ST", "STR": "ST", "STRASSE": "ST", "ROAD": "RD", "AVENUE": "AVE", "AV": "AVE",
	"BOULEVARD": "BLVD", "DRIVE": "DR", "LANE": "LN", "PLACE": "PL", "COURT": "CT",
	"SQUARE": "SQ", "HIGHWAY": "HWY", "PARKWAY": "PKWY", "TERRACE": "TER", "CRESCENT": "CRES",
	"BUILDING": "BLDG", "BLD": "BLDG", "APARTMENT": "APT", "FLOOR": "FL", "SUITE": "STE",
	"ROOM": "RM", "NUMBER": "NO", "NR": "NO", "UNIT": "UNIT", "DISTRICT": "DIST",
	"NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "POBOX": "PO BOX",
}

// koreanSuffixes are the romanised Korean address elements (road, street,
// district, neighbourhood, city) that sources write glued, hyphenated or
// spaced ("Teheran-ro", "Teheranro", "Teheran ro"); they are glued to the
// word before them.
var koreanSuffixes = map[string]bool{
	"RO": true, "GIL": true, "DAERO": true, "GU": true, "DONG": true, "SI": true, "GUN": true, "EUP": true, "MYEON": true,
}

// addressPunct turns the punctuation FoldText keeps into spaces and drops
// apostrophes.
var addressPunct = strings.NewReplacer(".", " ", "-", " ", "'", "", "’", "", "_", " ", "@", " ")

// Address normalises a postal address written in one field: folded,
// punctuation as spaces, street types abbreviated (STREET and ST agree),
// "P.O. Box" as "PO BOX", romanised Korean suffixes glued.
func Address(raw string) (string, error) {
	s, err := clean(raw, MaxAddressLength)
	if err != nil {
		return "", err
	}
	s = addressPunct.Replace(s)
	words := strings.Fields(Fold(s))
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "P" && i+2 < len(words) && words[i+1] == "O" && words[i+2] == "BOX" {
			out = append(out, "PO", "BOX")
			i += 2
			continue
		}
		if a, ok := abbreviations[w]; ok {
			w = a
		}
		if koreanSuffixes[w] && len(out) > 0 && !isNumber(out[len(out)-1]) {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return "", ErrEmpty
	}
	return strings.Join(out, " "), nil
}

// AddressParts normalises an address given as parts (street, city, region,
// postal code, country), joining them in that order. The country is
// canonicalised to ISO 3166 alpha-2 when recognised.
func AddressParts(street, city, region, postalCode, country string) (string, error) {
	parts := []string{street, city, region, postalCode}
	if country != "" {
		if c, err := Country(country); err == nil {
			country = c
		}
		parts = append(parts, country)
	}
	var nonEmpty []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			nonEmpty = append(nonEmpty, p)
		}
	}
	return Address(strings.Join(nonEmpty, ", "))
}

func isNumber(s string) bool { return allDigits(s) }
