package edifact

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

var errBadDate = errors.New("invalid date/time")

// ErrDateFormat is wrapped by date/time parsing errors.
var ErrDateFormat = errors.New("invalid date/time")

// Century resolves a two-digit year (0-99) to a full year.
type Century func(yy int) int

// PastCentury returns a Century that places a two-digit year in the
// hundred years ending with ref's year: right for dates of birth, which are
// never in the future. A zero ref means the current year.
func PastCentury(ref time.Time) Century {
	if ref.IsZero() {
		ref = time.Now().UTC()
	}
	refYear := ref.Year()
	return func(yy int) int {
		y := refYear - refYear%100 + yy
		if y > refYear {
			y -= 100
		}
		return y
	}
}

// NearCentury returns a Century that places a two-digit year within 50
// years before and 49 years after ref's year: right for travel dates and
// document expiry dates. A zero ref means the current year.
func NearCentury(ref time.Time) Century {
	if ref.IsZero() {
		ref = time.Now().UTC()
	}
	refYear := ref.Year()
	return func(yy int) int {
		y := refYear - refYear%100 + yy
		switch {
		case y > refYear+49:
			y -= 100
		case y < refYear-50:
			y += 100
		}
		return y
	}
}

// ParseDTM parses a date or date/time value written in one of the UN/EDIFACT
// 2379 formats used in DTM segments:
//
//	101 YYMMDD           102 CCYYMMDD
//	201 YYMMDDHHMM       202 YYMMDDHHMMSS
//	203 CCYYMMDDHHMM     204 CCYYMMDDHHMMSS
//
// An empty format is inferred from the length of the value (6, 8, 10, 12 or
// 14 digits; 12 digits are read as 203). Two-digit years are resolved with
// century (NearCentury of the current time when nil). The result has no
// time zone and is returned in UTC: EDIFACT passenger messages give local
// times of the airport concerned.
func ParseDTM(value, format string, century Century) (time.Time, error) {
	v := strings.TrimSpace(value)
	f := strings.TrimSpace(format)
	if f == "" {
		switch len(v) {
		case 6:
			f = "101"
		case 8:
			f = "102"
		case 10:
			f = "201"
		case 12:
			f = "203"
		case 14:
			f = "204"
		default:
			return time.Time{}, fmt.Errorf("%w: %q has no recognisable length", ErrDateFormat, value)
		}
	}
	var yearDigits, n int
	switch f {
	case "101":
		yearDigits, n = 2, 6
	case "102":
		yearDigits, n = 4, 8
	case "201":
		yearDigits, n = 2, 10
	case "202":
		yearDigits, n = 2, 12
	case "203":
		yearDigits, n = 4, 12
	case "204":
		yearDigits, n = 4, 14
	default:
		return time.Time{}, fmt.Errorf("%w: unsupported format code %q", ErrDateFormat, format)
	}
	if len(v) != n || !allDigits(v) {
		return time.Time{}, fmt.Errorf("%w: %q does not match format %s", ErrDateFormat, value, f)
	}
	num := func(s string) int {
		x := 0
		for i := 0; i < len(s); i++ {
			x = x*10 + int(s[i]-'0')
		}
		return x
	}
	year := num(v[:yearDigits])
	if yearDigits == 2 {
		if century == nil {
			century = NearCentury(time.Time{})
		}
		year = century(year)
	}
	rest := v[yearDigits:]
	month, day := num(rest[0:2]), num(rest[2:4])
	hour, minute, sec := 0, 0, 0
	if len(rest) >= 8 {
		hour, minute = num(rest[4:6]), num(rest[6:8])
	}
	if len(rest) >= 10 {
		sec = num(rest[8:10])
	}
	t, err := Civil(year, month, day, hour, minute, sec)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %q: %v", ErrDateFormat, value, err)
	}
	return t, nil
}

// Civil builds a UTC time from calendar fields, rejecting out-of-range
// values (month 13, 30 February, 24:00, ...) instead of normalising them.
func Civil(year, month, day, hour, minute, sec int) (time.Time, error) {
	if month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || sec < 0 || sec > 59 {
		return time.Time{}, errBadDate
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month {
		return time.Time{}, errBadDate
	}
	return t, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
