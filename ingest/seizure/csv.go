package seizure

import (
	"errors"
	"strings"
)

var csvColumns = map[string]string{
	"id": "id", "seizureid": "id", "date": "date", "kind": "kind", "source": "kind",
	"outcome": "outcome", "result": "outcome", "case": "case", "caseid": "case", "casereference": "case",
	"office": "office", "officeid": "office", "goods": "goods", "quantity": "quantity",
	"description": "description", "involved": "involved", "entities": "involved",
}

// IsHeader reports whether a set of normalised header names (lower case,
// letters and digits only) is a seizures CSV header: it has an involved
// column and an id or date.
func IsHeader(have map[string]bool) bool {
	return (have["involved"] || have["entities"]) && (have["id"] || have["seizureid"] || have["date"])
}

// ErrNoIDColumn is returned by Bind for a header without id or date.
var ErrNoIDColumn = errors.New("seizure: header needs id and date columns")

// Binding maps the columns of one seizures CSV header onto Record fields.
type Binding struct {
	field  []string
	column map[string]string
}

// Bind binds a header row. Columns it does not know are ignored.
func Bind(header []string, normalize func(string) string) (Binding, error) {
	b := Binding{field: make([]string, len(header)), column: map[string]string{}}
	for i, h := range header {
		f := csvColumns[normalize(h)]
		if f != "" && b.column[f] == "" {
			b.field[i] = f
			b.column[f] = h
		}
	}
	if b.column["id"] == "" || b.column["date"] == "" {
		return Binding{}, ErrNoIDColumn
	}
	return b, nil
}

// Record reads one row (of the header's width) into a Record; the
// involved cell is split on ";".
func (b Binding) Record(row []string) Record {
	var r Record
	for i, v := range row {
		switch b.field[i] {
		case "id":
			r.ID = v
		case "date":
			r.Date = v
		case "kind":
			r.Kind = v
		case "outcome":
			r.Outcome = v
		case "case":
			r.Case = v
		case "office":
			r.Office = v
		case "goods":
			r.Goods = v
		case "quantity":
			r.Quantity = v
		case "description":
			r.Description = v
		case "involved":
			for _, p := range strings.Split(v, ";") {
				if p = strings.TrimSpace(p); p != "" {
					r.Involved = append(r.Involved, p)
				}
			}
		}
	}
	return r
}

// Column returns the header name of the column a Fragment error field
// ("involved[2]") came from, keeping the index: "Involved[2]".
func (b Binding) Column(field string) string {
	base, idx, hasIdx := strings.Cut(field, "[")
	if c := b.column[base]; c != "" {
		if hasIdx {
			return c + "[" + idx
		}
		return c
	}
	return field
}
