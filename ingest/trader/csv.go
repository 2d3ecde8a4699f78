package trader

import (
	"errors"
	"strings"
)

// csvColumn is a field of Record and the header names that select it.
var csvColumns = map[string]string{
	"id": "id", "traderid": "id",
	"name": "name", "tradername": "name",
	"country": "country",
	"address": "addresses", "addresses": "addresses",
	"phone": "phones", "phones": "phones",
	"email": "emails", "emails": "emails",
	"roles": "roles", "role": "roles",
}

// IsHeader reports whether a set of normalised header names (lower case,
// letters and digits only) is a traders CSV header: it has an id and a
// name column.
func IsHeader(have map[string]bool) bool {
	return (have["id"] || have["traderid"]) && (have["name"] || have["tradername"])
}

// ErrNoIDColumn is returned by Bind for a header without an id column.
var ErrNoIDColumn = errors.New("trader: header has no id column")

// Binding maps the columns of one traders CSV header onto Record fields.
type Binding struct {
	header []string
	field  []string // Record JSON field of each column, "" to ignore
	column map[string]string
}

// Bind binds a header row. Columns it does not know are ignored.
func Bind(header []string, normalize func(string) string) (Binding, error) {
	b := Binding{header: append([]string(nil), header...), field: make([]string, len(header)), column: map[string]string{}}
	for i, h := range header {
		f := csvColumns[normalize(h)]
		if f != "" && b.column[f] == "" {
			b.field[i] = f
			b.column[f] = h
		}
	}
	if b.column["id"] == "" {
		return Binding{}, ErrNoIDColumn
	}
	return b, nil
}

// Record reads one row (of the header's width) into a Record.
func (b Binding) Record(row []string) Record {
	var r Record
	for i, v := range row {
		switch b.field[i] {
		case "id":
			r.ID = v
		case "name":
			r.Name = v
		case "country":
			r.Country = v
		case "addresses":
			r.Addresses = splitList(v)
		case "phones":
			r.Phones = splitList(v)
		case "emails":
			r.Emails = splitList(v)
		case "roles":
			r.Roles = splitList(v)
		}
	}
	return r
}

// Column returns the header name of the column a Fragment error field
// ("phones[1]") came from.
func (b Binding) Column(field string) string {
	base, _, _ := strings.Cut(field, "[")
	if c := b.column[base]; c != "" {
		return c
	}
	return field
}

// splitList splits a multi-valued cell on ";".
func splitList(v string) []string {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	parts := strings.Split(v, ";")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
