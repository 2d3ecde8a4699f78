package resolve

import (
	"errors"
	"strings"

	"golang.org/x/text/language"
)

var errCountry = errors.New("not an ISO 3166 country code")

// icaoCodes are the ICAO Doc 9303 nationality codes that are not ISO 3166
// alpha-3 but name a country.
var icaoCodes = map[string]string{
	"D": "DE", "GBD": "GB", "GBN": "GB", "GBO": "GB", "GBP": "GB", "GBS": "GB", "RKS": "XK",
}

// Country canonicalises an ISO 3166 alpha-2 or alpha-3 code (or an ICAO
// 9303 variant such as "D" for Germany) to alpha-2 upper case: "KOR",
// "kr" and "KR" all give "KR". It returns an error for anything else,
// including the user-assigned codes (ZZ, XX): callers keep those verbatim
// when the source uses them on purpose.
func Country(code string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	if a2, ok := icaoCodes[c]; ok {
		return a2, nil
	}
	r, err := region(c)
	if err != nil {
		return "", err
	}
	return r.String(), nil
}

// CountryAlpha3 canonicalises a country code like Country, but to ISO 3166
// alpha-3 ("KR" gives "KOR"), the form travel documents use.
func CountryAlpha3(code string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	if a2, ok := icaoCodes[c]; ok {
		c = a2
	}
	r, err := region(c)
	if err != nil {
		return "", err
	}
	return r.ISO3(), nil
}

func region(c string) (language.Region, error) {
	if len(c) != 2 && len(c) != 3 {
		return language.Region{}, errCountry
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return language.Region{}, errCountry
		}
	}
	r, err := language.ParseRegion(c)
	if err != nil {
		return language.Region{}, errCountry
	}
	r = r.Canonicalize()
	if r.String() == "XK" {
		return r, nil
	}
	if !r.IsCountry() || r.IsPrivateUse() {
		return language.Region{}, errCountry
	}
	return r, nil
}

// CountryOrCode returns Country(code) when the code is recognised and the
// trimmed, upper-cased code otherwise, so that sources using private codes
// (ZZ for unknown) keep them. It fails only for a value that is not 2 or 3
// letters.
func CountryOrCode(code string) (string, error) {
	if c, err := Country(code); err == nil {
		return c, nil
	}
	c := strings.ToUpper(strings.TrimSpace(code))
	if len(c) < 2 || len(c) > 3 {
		return "", errCountry
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return "", errCountry
		}
	}
	return c, nil
}
